// Owns the order of a penyusutan's steps as the pages show them (A.14, A.15, B.7, B.8) and which
// documents each step produces; the order and what each step waits for come from shared/domain/arsip/langkah.ts.
import type { ChannelInput } from '../../../../../shared/ipc/contract.ts';
import { DOKUMEN_PENYUSUTAN } from '../../../../../shared/domain/arsip/dokumen.ts';
import type {
  LangkahPanitia,
  LangkahPelaksanaan,
  LangkahPenetapan,
  LangkahPermintaan,
  LangkahPersetujuan,
  LangkahPertimbangan,
} from '../../../../../shared/domain/arsip/dokumen.ts';
import type { JenisPenyusutan, StatusPenyusutan } from '../../../../../shared/domain/arsip/nilai.ts';
import { ALUR_LANGKAH, URUTAN_LANGKAH, syaratLangkah } from '../../../../../shared/domain/arsip/langkah.ts';
import type { NamaLangkah } from '../../../../../shared/domain/arsip/langkah.ts';
import type { PenyusutanDetail } from '../queries.ts';

export type DataLangkah = ChannelInput<'penyusutan.record'>['data'];
export type { NamaLangkah };
export { syaratLangkah };
export const URUTAN: readonly NamaLangkah[] = URUTAN_LANGKAH;

/** The step to record next, or null once carried out or cancelled. */
export const langkahSekarang = (status: StatusPenyusutan): NamaLangkah | null =>
  URUTAN.find((l) => ALUR_LANGKAH[l].dari === status) ?? null;

export function judulLangkah(l: NamaLangkah, jenis: JenisPenyusutan): string {
  switch (l) {
    case 'panitia':
      return 'Pembentukan Panitia Penilai Arsip';
    case 'pertimbangan':
      return 'Pertimbangan panitia penilai';
    case 'permintaan':
      return 'Permintaan persetujuan';
    case 'persetujuan':
      return 'Persetujuan diterima';
    case 'penetapan':
      return jenis === 'musnah' ? 'Penetapan arsip yang dimusnahkan' : 'Penetapan arsip yang diserahkan';
    case 'pelaksanaan':
      return jenis === 'musnah' ? 'Pelaksanaan pemusnahan' : 'Pelaksanaan penyerahan';
  }
}

/** Documents the step's data goes into (signed after it is recorded). */
export function dokumenLangkah(jenis: JenisPenyusutan, l: NamaLangkah): string[] {
  const d = DOKUMEN_PENYUSUTAN[jenis];
  switch (l) {
    case 'panitia':
      return [d.panitia];
    case 'pertimbangan':
      return [d.pertimbangan];
    case 'permintaan':
      return [d.permintaan];
    case 'persetujuan':
      return jenis === 'serah' ? [DOKUMEN_PENYUSUTAN.serah.pernyataan] : [];
    case 'penetapan':
      return [d.penetapan];
    case 'pelaksanaan':
      return [d.ba, d.daftar];
  }
}

export type Tercatat = {
  panitia?: LangkahPanitia;
  pertimbangan?: LangkahPertimbangan;
  permintaan?: LangkahPermintaan;
  persetujuan?: LangkahPersetujuan;
  penetapan?: LangkahPenetapan;
  pelaksanaan?: LangkahPelaksanaan;
};

/** What the steps recorded (the contract carries them as unknown JSON written by the backend). */
export const tercatat = (p: Pick<PenyusutanDetail, 'langkah'>): Tercatat => p.langkah as Tercatat;

/** The documents of `kinds` not yet signed. */
export const belumTertanda = (p: PenyusutanDetail, kinds: readonly string[]) =>
  p.dokumen.filter((d) => kinds.includes(d.kind) && !d.ditandatangani);
