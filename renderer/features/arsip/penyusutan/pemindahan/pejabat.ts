// Owns reading what pemindahan.setBa recorded (pejabat_json comes back as unknown).
import type { PejabatPemindahan } from '../../../../../shared/domain/arsip/dokumen.ts';
import { DOKUMEN_PEMINDAHAN } from '../../../../../shared/domain/arsip/dokumen.ts';
import type { DokumenLangkah, PemindahanDetail } from '../queries.ts';

export function pejabatDari(p: Pick<PemindahanDetail, 'pejabat'>): PejabatPemindahan | null {
  const v = p.pejabat;
  if (!v || typeof v !== 'object' || !('unitPengolah' in v) || !('unitKearsipan' in v)) return null;
  return v as PejabatPemindahan;
}

/** The Berita Acara and the Daftar Arsip yang Dipindahkan: both signed before completion. */
export const dokumenAkhir = (p: PemindahanDetail): DokumenLangkah[] =>
  p.dokumen.filter((d) => d.kind === DOKUMEN_PEMINDAHAN.ba || d.kind === DOKUMEN_PEMINDAHAN.daftar);

/** "boks 12–14" from the definitive box numbers given to the berkas, or null before. */
export function rentangBoks(p: PemindahanDetail): string | null {
  const n = p.berkas.map((b) => b.nomorBoks).filter((x): x is number => x !== null);
  if (!n.length) return null;
  const a = Math.min(...n);
  const b = Math.max(...n);
  return a === b ? `boks ${a}` : `boks ${a}–${b}`;
}
