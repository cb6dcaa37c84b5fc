// Owns the model of an outgoing naskah as printed (TND anatomy, reference A.3): the particulars
// formatted for the page, the jabatan lines above the signature, and the printed signer block for a
// wet signature when it is not signed electronically.
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { NAMA_JENIS_NASKAH, NAMA_KEAMANAN, NAMA_URGENSI } from '../../../../shared/domain/naskah/surat.ts';
import { anatomiOf, barisJabatanTtd } from '../../../../shared/domain/naskah/keluar.ts';
import type { Anatomi, IsiNaskah } from '../../../../shared/domain/naskah/keluar.ts';
import { formatNip } from '../../../../shared/format/index.ts';

export type NaskahModel = {
  anatomi: Anatomi;
  judul: string;
  nomor: string;
  tempatTanggal: string;
  sifat: string;
  lampiran: string;
  hal: string;
  tujuan: { yth: string; alamat: string | null }[];
  tembusan: string[];
  isi: IsiNaskah;
  jabatanBaris: string[];
  penandatangan: { nama: string; nip: string | null };
  elektronik: boolean;
  konsep: boolean;
  dari: string;
};

export type NaskahSumber = {
  detail: ChannelOutput<'naskahKeluar.get'>;
  signer: { nama: string; nip: string | null };
  kota: string;
  tanggalTeks: string;
  elektronik: boolean;
};

export function buildNaskahModel(s: NaskahSumber): NaskahModel {
  const d = s.detail;
  return {
    anatomi: anatomiOf(d.jenis),
    judul: NAMA_JENIS_NASKAH[d.jenis].toUpperCase(),
    nomor: d.nomor ?? '(nomor diberikan saat ditandatangani)',
    tempatTanggal: `${s.kota}, ${s.tanggalTeks}`,
    sifat: `${NAMA_KEAMANAN[d.keamanan]}${d.urgensi === 'biasa' ? '' : ` — ${NAMA_URGENSI[d.urgensi]}`}`,
    lampiran: d.lampiran ?? '-',
    hal: d.hal,
    tujuan: d.tujuan,
    tembusan: d.tembusan,
    isi: d.isi,
    jabatanBaris: barisJabatanTtd(d.modeTtd, d.jabatanTtd, d.atasNama, d.untukBeliau),
    penandatangan: { nama: s.signer.nama, nip: s.signer.nip ? formatNip(s.signer.nip) : null },
    elektronik: s.elektronik,
    konsep: d.status !== 'ditandatangani' && !s.elektronik,
    dari: d.jabatanTtd,
  };
}
