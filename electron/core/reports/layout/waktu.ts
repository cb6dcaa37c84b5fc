// Owns date and time display in a named zone, so a report reads the same on any machine (the injected
// `now` is an instant; the office's zone — WIB, WITA or WIT — decides the calendar date and the hour).
import { formatTanggal } from '../../../../shared/format/index.ts';

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

const LABEL: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

type Parts = { iso: string; hour: string; minute: string };
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(at: Date, timeZone: string): Parts {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return { iso: `${p.year}-${p.month}-${p.day}`, hour: p.hour ?? '00', minute: p.minute ?? '00' };
}

/** "WIB", "WITA", "WIT", or the zone name for a zone outside Indonesia. */
export const zoneLabel = (timeZone: string): string => LABEL[timeZone] ?? timeZone;

/** "23 November 2026" on the calendar of `timeZone`. */
export function tanggalDi(at: Date, timeZone: string): string {
  return formatTanggal(partsIn(at, timeZone).iso);
}

/** "23 November 2026, 14.05 WIB" */
export function tanggalJamDi(at: Date, timeZone: string): string {
  const p = partsIn(at, timeZone);
  return `${formatTanggal(p.iso)}, ${p.hour}.${p.minute} ${zoneLabel(timeZone)}`;
}
