// Owns the content of an outgoing naskah (issue #4 §4; reference arsip-naskah.md A.3): its body
// blocks, addressees, signer block with a.n./u.b./Plt./Plh., the decree parts, which anatomy each
// kind is drawn with, and the workflow states konsep → paraf → siap_ttd → ditandatangani.
import { z } from 'zod';
import type { JenisNaskah } from './surat.ts';
import { assertNever } from '../../ipc/result.ts';

export const STATUS_NASKAH_KELUAR = ['konsep', 'paraf', 'siap_ttd', 'ditandatangani', 'batal'] as const;
export type StatusNaskahKeluar = (typeof STATUS_NASKAH_KELUAR)[number];
export const NAMA_STATUS_NASKAH: Record<StatusNaskahKeluar, string> = {
  konsep: 'Konsep',
  paraf: 'Menunggu paraf',
  siap_ttd: 'Siap ditandatangani',
  ditandatangani: 'Ditandatangani',
  batal: 'Dibatalkan',
};

const teks = (max: number) => z.string().trim().min(1).max(max);

export const blokSchema = z.discriminatedUnion('jenis', [
  z.object({ jenis: z.literal('paragraf'), teks: teks(5000) }),
  z.object({ jenis: z.literal('daftar'), bernomor: z.boolean().default(true), butir: z.array(teks(2000)).min(1).max(50) }),
  z.object({
    jenis: z.literal('tabel'),
    kolom: z.array(teks(100)).min(1).max(8),
    baris: z.array(z.array(z.string().max(500)).min(1).max(8)).max(200),
  }),
]);
export type Blok = z.output<typeof blokSchema>;

export const tujuanSchema = z.object({
  yth: teks(200),
  alamat: z
    .string()
    .trim()
    .max(300)
    .nullable()
    .optional()
    .transform((s) => s || null),
});

/** Mode penandatanganan (TND Kemenkumham; reference A.3.3). */
export const MODE_TTD = ['langsung', 'an', 'ub', 'plt', 'plh'] as const;
export type ModeTtd = (typeof MODE_TTD)[number];

export const keputusanSchema = z.object({
  jabatanPenetap: teks(200),
  tentang: teks(500),
  menimbang: z.array(teks(2000)).min(1).max(20),
  mengingat: z.array(teks(2000)).min(1).max(40),
  memperhatikan: z.array(teks(2000)).max(20).default([]),
  menetapkan: teks(1000),
  diktum: z.array(teks(4000)).min(1).max(20),
});

export const isiNaskahSchema = z.object({
  blok: z.array(blokSchema).max(100).default([]),
  keputusan: keputusanSchema
    .nullable()
    .optional()
    .transform((k) => k ?? null),
});
export type IsiNaskah = z.output<typeof isiNaskahSchema>;

export type Anatomi = 'surat' | 'nota' | 'judul' | 'keputusan';

/** Which TND layout a kind is drawn with (reference A.3.2). */
export function anatomiOf(jenis: JenisNaskah): Anatomi {
  switch (jenis) {
    case 'surat_dinas':
    case 'surat_undangan':
    case 'lainnya':
      return 'surat';
    case 'nota_dinas':
    case 'memorandum':
      return 'nota';
    case 'surat_keputusan':
      return 'keputusan';
    case 'surat_tugas':
    case 'surat_edaran':
    case 'berita_acara':
    case 'surat_keterangan':
    case 'surat_pengantar':
    case 'laporan':
    case 'telaahan_staf':
      return 'judul';
    default:
      return assertNever(jenis);
  }
}

/**
 * The jabatan lines above the signature: "a.n. Kepala Kantor Wilayah" / "Kepala Bagian …," (a.n.),
 * "u.b." below it, "Plt."/"Plh." before the signer's own jabatan (TND Kemenkumham).
 */
export function barisJabatanTtd(mode: ModeTtd, jabatanSigner: string, atasNama: string | null, ub: string | null): string[] {
  switch (mode) {
    case 'langsung':
      return [`${jabatanSigner},`];
    case 'an':
      return [`a.n. ${atasNama ?? ''}`, `${jabatanSigner},`];
    case 'ub':
      return [`a.n. ${atasNama ?? ''}`, `${ub ?? ''}`, `u.b.`, `${jabatanSigner},`];
    case 'plt':
      return [`Plt. ${jabatanSigner},`];
    case 'plh':
      return [`Plh. ${jabatanSigner},`];
    default:
      return assertNever(mode);
  }
}

/** KESATU, KEDUA, … for the diktum of a keputusan. */
const DIKTUM = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM', 'KETUJUH', 'KEDELAPAN', 'KESEMBILAN', 'KESEPULUH'];
export function namaDiktum(i: number): string {
  if (i < DIKTUM.length) return DIKTUM[i]!;
  const satuan = ['', 'SATU', 'DUA', 'TIGA', 'EMPAT', 'LIMA', 'ENAM', 'TUJUH', 'DELAPAN', 'SEMBILAN'];
  const n = i + 1;
  return n < 20 ? `KE${n === 11 ? 'SEBELAS' : `${satuan[n - 10]} BELAS`}` : `KE-${n}`;
}

/** Letters a., b., … for Menimbang; numbers 1., 2., … for Mengingat. */
export const hurufUrut = (i: number): string => `${String.fromCharCode(97 + (i % 26))}.`;
