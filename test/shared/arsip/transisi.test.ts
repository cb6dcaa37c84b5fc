// Tests shared/domain/arsip/transisi: the berkas lifecycle (reference arsip-naskah.md E.4 rule 1,
// B.5–B.8), checked on every pair of statuses against a hand-written list of lawful steps.
import { describe, it, expect } from 'vitest';
import { AppError } from '../../../shared/ipc/result.ts';
import { STATUS_BERKAS } from '../../../shared/domain/arsip/nilai.ts';
import type { StatusBerkas } from '../../../shared/domain/arsip/nilai.ts';
import { TRANSISI_BERKAS, bolehTransisi, pastikanTransisi } from '../../../shared/domain/arsip/transisi.ts';

const SAH = new Set([
  'aktif>ditutup',
  'ditutup>aktif',
  'ditutup>inaktif',
  'inaktif>usul_musnah',
  'inaktif>usul_serah',
  'usul_musnah>musnah',
  'usul_musnah>inaktif',
  'usul_serah>diserahkan',
  'usul_serah>inaktif',
]);
const PASANGAN = STATUS_BERKAS.flatMap((dari) => STATUS_BERKAS.map((ke) => [dari, ke] as const));

describe('bolehTransisi and pastikanTransisi', () => {
  it('cover all 49 pairs', () => {
    expect(PASANGAN).toHaveLength(49);
  });

  it.each(PASANGAN)('%s → %s', (dari, ke) => {
    const sah = SAH.has(`${dari}>${ke}`);
    expect(bolehTransisi(dari, ke)).toBe(sah);
    if (sah) expect(() => pastikanTransisi(dari, ke)).not.toThrow();
    else expect(() => pastikanTransisi(dari, ke)).toThrow(AppError);
  });
});

describe('TRANSISI_BERKAS', () => {
  it('has one frozen entry per status, matching the lawful steps', () => {
    expect(Object.keys(TRANSISI_BERKAS).sort()).toEqual([...STATUS_BERKAS].sort());
    expect(Object.isFrozen(TRANSISI_BERKAS)).toBe(true);
    const langkah = Object.entries(TRANSISI_BERKAS).flatMap(([dari, ke]) => ke.map((k) => `${dari}>${k}`));
    expect(new Set(langkah)).toEqual(SAH);
    expect(langkah).toHaveLength(SAH.size);
  });

  it('reaches every status from aktif, and musnah and diserahkan are final', () => {
    const dicapai = new Set<StatusBerkas>(['aktif']);
    for (const antre: StatusBerkas[] = ['aktif']; antre.length > 0;) {
      for (const ke of TRANSISI_BERKAS[antre.shift() ?? 'aktif']) if (!dicapai.has(ke) && dicapai.add(ke)) antre.push(ke);
    }
    expect([...dicapai].sort()).toEqual([...STATUS_BERKAS].sort());
    expect(TRANSISI_BERKAS.musnah).toEqual([]);
    expect(TRANSISI_BERKAS.diserahkan).toEqual([]);
  });
});

describe('pastikanTransisi: message', () => {
  it('names both statuses in Indonesian and the lawful next steps, as a CONFLICT', () => {
    let galat: unknown;
    try {
      pastikanTransisi('inaktif', 'aktif');
    } catch (e) {
      galat = e;
    }
    expect(galat).toBeInstanceOf(AppError);
    expect(galat).toBeInstanceOf(Error);
    expect((galat as AppError).code).toBe('CONFLICT');
    expect((galat as AppError).message).toBe(
      'Status berkas tidak dapat diubah dari "Inaktif" menjadi "Aktif (terbuka)". Dari "Inaktif" hanya dapat menjadi "Diusulkan musnah" atau "Diusulkan serah".',
    );
  });

  it('says a terminal status is final', () => {
    expect(() => pastikanTransisi('musnah', 'inaktif')).toThrow(
      'Status berkas tidak dapat diubah dari "Dimusnahkan" menjadi "Inaktif". Status "Dimusnahkan" sudah final.',
    );
  });
});
