// Owns the lifecycle of a berkas arsip: which status may follow which (reference arsip-naskah.md E.4
// rule 1, B.5–B.8). Reopening a closed berkas and cancelling a proposal are the only steps back;
// musnah and diserahkan are final.
import { AppError } from '../../ipc/result.ts';
import { NAMA_STATUS_BERKAS } from './nilai.ts';
import type { StatusBerkas } from './nilai.ts';

export const TRANSISI_BERKAS: Readonly<Record<StatusBerkas, readonly StatusBerkas[]>> = Object.freeze({
  aktif: Object.freeze(['ditutup'] as const),
  ditutup: Object.freeze(['aktif', 'inaktif'] as const),
  inaktif: Object.freeze(['usul_musnah', 'usul_serah'] as const),
  usul_musnah: Object.freeze(['musnah', 'inaktif'] as const),
  musnah: Object.freeze([] as const),
  usul_serah: Object.freeze(['diserahkan', 'inaktif'] as const),
  diserahkan: Object.freeze([] as const),
});

export function bolehTransisi(dari: StatusBerkas, ke: StatusBerkas): boolean {
  return TRANSISI_BERKAS[dari].includes(ke);
}

/** Throws a CONFLICT AppError (an Error) whose Indonesian message names both statuses and the lawful next steps. */
export function pastikanTransisi(dari: StatusBerkas, ke: StatusBerkas): void {
  if (bolehTransisi(dari, ke)) return;
  const nama = (s: StatusBerkas): string => `"${NAMA_STATUS_BERKAS[s]}"`;
  const lanjut = TRANSISI_BERKAS[dari];
  const saran =
    lanjut.length === 0
      ? `Status ${nama(dari)} sudah final.`
      : `Dari ${nama(dari)} hanya dapat menjadi ${lanjut.map(nama).join(' atau ')}.`;
  throw new AppError('CONFLICT', `Status berkas tidak dapat diubah dari ${nama(dari)} menjadi ${nama(ke)}. ${saran}`);
}
