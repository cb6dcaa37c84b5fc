// Owns how a numbering series is described in words: its kind, its counter scope, and a live example
// of its pattern (formatNomor with sample values; a bad pattern gives the domain's own message).
import { NAMA_JENIS_NASKAH } from '../../../../shared/domain/naskah/surat.ts';
import type { JenisNaskah } from '../../../../shared/domain/naskah/surat.ts';
import { formatNomor } from '../../../../shared/domain/naskah/penomoran.ts';
import type { LingkupPencacah } from '../../../../shared/domain/naskah/penomoran.ts';
import { toIsoDate } from '../../../../shared/format/index.ts';

export const jenisSeri = (j: string) => (j === '*' ? 'Semua jenis' : (NAMA_JENIS_NASKAH[j as JenisNaskah] ?? j));

export function lingkupTeks(l: LingkupPencacah): string {
  const waktu = l.bulan ? 'diulang tiap bulan' : l.tahun ? 'diulang tiap tahun' : 'tidak pernah diulang';
  return l.klasifikasi ? `${waktu}, per kode klasifikasi` : waktu;
}

export type Contoh = { ok: true; nomor: string } | { ok: false; pesan: string };

export function contohNomor(pola: string, kodeUnit: string | null | undefined, lebarUrut: number): Contoh {
  try {
    const nomor = formatNomor(
      pola,
      { unit: kodeUnit || 'W.32', klas: 'UM.01.01', urut: 34, tanggal: toIsoDate(new Date()), jab: 'W13.PAS.PAS.49', aman: 'B' },
      lebarUrut,
    );
    return { ok: true, nomor };
  } catch (e) {
    return { ok: false, pesan: e instanceof Error ? e.message : 'Pola tidak dapat dibaca.' };
  }
}

/** A register entry's naskah: outgoing ones link to the editor. */
export function naskahTautan(naskah: string | null): { teks: string; ke: string | null } | null {
  if (!naskah) return null;
  const m = /^naskah_keluar:(\d+)$/.exec(naskah);
  return m ? { teks: `Naskah keluar #${m[1]}`, ke: `/naskah/keluar/${m[1]}` } : { teks: naskah, ke: null };
}
