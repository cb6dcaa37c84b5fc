// Owns the order of a penyusutan's steps (reference A.14, A.15, B.7, B.8): the status each step is
// recorded from and leads to, and which signed documents it waits for. The backend enforces it and
// the pages show it from the same table.
import { DOKUMEN_PENYUSUTAN } from './dokumen.ts';
import type { JenisPenyusutan, StatusPenyusutan } from './nilai.ts';

export const URUTAN_LANGKAH = ['panitia', 'pertimbangan', 'permintaan', 'persetujuan', 'penetapan', 'pelaksanaan'] as const;
export type NamaLangkah = (typeof URUTAN_LANGKAH)[number];

export const ALUR_LANGKAH: Readonly<Record<NamaLangkah, { dari: StatusPenyusutan; ke: StatusPenyusutan }>> = {
  panitia: { dari: 'usul', ke: 'panitia' },
  pertimbangan: { dari: 'panitia', ke: 'dinilai' },
  permintaan: { dari: 'dinilai', ke: 'diajukan' },
  persetujuan: { dari: 'diajukan', ke: 'disetujui' },
  penetapan: { dari: 'disetujui', ke: 'ditetapkan' },
  pelaksanaan: { dari: 'ditetapkan', ke: 'dilaksanakan' },
};

/** The documents (report kinds) that must be signed before a step may be recorded. */
export function syaratLangkah(jenis: JenisPenyusutan, langkah: NamaLangkah): string[] {
  const d = DOKUMEN_PENYUSUTAN[jenis];
  switch (langkah) {
    case 'panitia':
      return [d.usul];
    case 'pertimbangan':
      return [d.panitia];
    case 'permintaan':
      return [d.pertimbangan];
    case 'persetujuan':
      return [d.permintaan];
    case 'penetapan':
      return jenis === 'serah' ? [DOKUMEN_PENYUSUTAN.serah.pernyataan] : [];
    case 'pelaksanaan':
      return [d.penetapan];
  }
}
