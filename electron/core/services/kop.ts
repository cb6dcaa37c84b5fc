// Owns turning the office identity into what the report engine prints: kop surat, city, time zone.
import type { KantorInfo } from '../../../shared/domain/kantor.ts';
import { zonaWaktu } from '../../../shared/domain/kantor.ts';
import type { KopSurat } from '../reports/engine.ts';
import { kanwilByNo, readKantor } from './kantor.ts';
import type { Conn } from '../../../db/connection.ts';

function logoBuffer(dataUrl: string | null): Buffer | null {
  if (!dataUrl) return null;
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? null : Buffer.from(dataUrl.slice(comma + 1), 'base64');
}

export function kopOf(k: KantorInfo): KopSurat {
  const kontak = [k.telepon ? `Telepon ${k.telepon}` : null, k.email ? `Surel ${k.email}` : null, k.laman ? `Laman ${k.laman}` : null]
    .filter(Boolean)
    .join(' · ');
  return { baris: k.kopBaris, alamat: k.alamat, kontak: kontak || null, kota: k.kota, logo: logoBuffer(k.logo) };
}

export const timeZoneOf = (k: KantorInfo): string => zonaWaktu(kanwilByNo(k.kanwilNo).provinsi);

/** The calendar date (TTTT-BB-HH) at `instant` in the office's time zone (WIB, WITA or WIT), not UTC's. */
export async function tanggalKantor(conn: Conn, instant: string): Promise<string> {
  const kantor = await readKantor(conn);
  const timeZone = kantor ? timeZoneOf(kantor) : 'Asia/Jakarta';
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}
