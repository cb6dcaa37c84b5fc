// Owns parsing the CLI's command line (node:util parseArgs) into global options and a command.
import { parseArgs } from 'node:util';

export type CliArgs = {
  db: string | undefined;
  data: string | undefined;
  json: boolean;
  help: boolean;
  command: string[];
  options: Record<string, string | boolean | string[] | undefined>;
};

export function parseCli(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      data: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      nama: { type: 'string' },
      role: { type: 'string' },
      nip: { type: 'string' },
      jabatan: { type: 'string' },
      'password-file': { type: 'string' },
      'password-stdin': { type: 'boolean' },
      input: { type: 'string' },
      force: { type: 'boolean' },
      param: { type: 'string', multiple: true },
      out: { type: 'string' },
      'sign-as': { type: 'string' },
      p12: { type: 'string' },
      'passphrase-file': { type: 'string' },
    },
  });
  const { db, data, json, help, ...options } = values;
  return { db, data, json: json ?? false, help: help ?? false, command: positionals, options };
}

export const HELP = `SATU — Sistem Administrasi Tata Usaha (antarmuka baris perintah)

Pemakaian: npx satu [--db BERKAS] [--data FOLDER] [--json] <perintah> [argumen]

Perintah:
  init                         Buat atau perbarui basis data (migrasi) dan tampilkan versinya
  demo                         Muat data contoh: 33 Kanwil, satker NTB dan Maluku Utara
  users list                   Daftar pengguna
  users add NAMA_PENGGUNA --nama "Nama Lengkap" --role PERAN[,PERAN]
            [--nip NIP] [--jabatan JABATAN] [--password-file BERKAS | --password-stdin]
                               Tambah pengguna (peran: administrator, operator_persuratan,
                               pengelola_bmn, pengelola_kinerja, pimpinan, pembaca)
  backup BERKAS_TUJUAN         Cadangkan basis data (API backup daring SQLite)
  restore BERKAS_CADANGAN      Periksa cadangan lalu pulihkan (basis data lama dicadangkan dulu)
  check                        Periksa integritas, kunci asing, dan rantai jejak audit
                               (keluar dengan kode 1 bila ada yang rusak)
  report list                  Daftar jenis laporan
  report JENIS --out BERKAS.pdf [--param k=v ...]
            [--sign-as PENGGUNA --p12 BERKAS.p12 --passphrase-file BERKAS]
                               Buat laporan PDF (ditandatangani bila --sign-as diberikan;
                               penanda tangan harus berperan Pimpinan)
  verify BERKAS.pdf [...]      Verifikasi tanda tangan dan kecocokan dengan registri
                               (keluar dengan kode 1 bila tidak sah atau diubah)
  channels                     Daftar semua kanal layanan
  call KANAL [--input JSON]    Panggil satu kanal layanan secara langsung

Opsi umum:
  --db BERKAS     Berkas basis data (bawaan: <folder data>/satu.sqlite)
  --data FOLDER   Folder data (bawaan: SATU_DATA_DIR atau folder data pengguna)
  --json          Keluaran JSON untuk skrip
  -h, --help      Tampilkan bantuan ini
`;
