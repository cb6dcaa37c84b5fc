// Owns the kode UAKPB (kd_lokasi) of a satker: 20 characters BA(3) · Eselon I(2) · Wilayah(4) · Satker(6) ·
// Sub-satker(3) · Jenis kewenangan(2), e.g. `107010199414370000KP`, printed `107.01.0199.414370.000.KP` (reference
// bmn.md A.5 [S: S32–S34]). The layout comes from SIMAK-BMN data, not from the kodefikasi PMK (not read, F.2), and the
// BA/Eselon I codes of the Kementerian Imigrasi dan Pemasyarakatan are not confirmed (F.1): the parts are kept apart so
// that a change of BA is a data change, not a code change.
import type { ParseResult } from '../../format/tanggal.ts';

export type KodeUakpb = {
  /** Compact 20-character form, the one stored and put in QR payloads. */
  kode: string;
  ba: string;
  eselon1: string;
  wilayah: string;
  /** Kode satker, 6 digits (A.5). */
  satker: string;
  subSatker: string;
  jenisKewenangan: string;
};

/** Jenis kewenangan seen in data: KP and KD [S]; DK, TP, UB are commonly used but not confirmed [U] (A.5). */
export const NAMA_JENIS_KEWENANGAN: Readonly<Record<string, string>> = {
  KP: 'Kantor Pusat',
  KD: 'Kantor Daerah',
  DK: 'Dekonsentrasi',
  TP: 'Tugas Pembantuan',
  UB: 'Urusan Bersama',
};

const POLA = /^(\d{3})(\d{2})(\d{4})(\d{6})(\d{3})([A-Z]{2})$/;
const POLA_TITIK = /^(\d{3})\.(\d{2})\.(\d{4})\.(\d{6})\.(\d{3})\.([A-Z]{2})$/;

/**
 * Reads a kode UAKPB, compact or dotted; letters are taken in upper case. The printed form with a 2-digit wilayah
 * seen on one DBR (`054.01.18.675547.000.KD`) is refused: how it maps to the 4-digit wilayah is not known.
 */
export function uraiKodeUakpb(input: string): ParseResult<KodeUakpb> {
  const teks = input.trim().toUpperCase();
  const m = POLA.exec(teks) ?? POLA_TITIK.exec(teks);
  if (m === null) {
    return {
      ok: false,
      message: `Kode UAKPB "${input.trim()}" tidak sesuai pola BA(3).Eselon I(2).Wilayah(4).Satker(6).Sub-satker(3).Kewenangan(2), mis. 107.01.0199.414370.000.KP.`,
    };
  }
  const [ba, eselon1, wilayah, satker, subSatker, jenisKewenangan] = m.slice(1) as [string, string, string, string, string, string];
  return {
    ok: true,
    value: {
      kode: ba + eselon1 + wilayah + satker + subSatker + jenisKewenangan,
      ba,
      eselon1,
      wilayah,
      satker,
      subSatker,
      jenisKewenangan,
    },
  };
}

/** '107010199414370000KP' → '107.01.0199.414370.000.KP'; throws RangeError for a bad code. */
export function formatKodeUakpb(kode: string): string {
  const r = uraiKodeUakpb(kode);
  if (!r.ok) throw new RangeError(r.message);
  const k = r.value;
  return [k.ba, k.eselon1, k.wilayah, k.satker, k.subSatker, k.jenisKewenangan].join('.');
}

/** Kode satker: 6 digits (A.5, e.g. 411868, 675547). */
export function isKodeSatker(s: string): boolean {
  return /^\d{6}$/.test(s);
}
