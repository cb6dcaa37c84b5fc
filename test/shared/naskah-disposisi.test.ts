import { describe, it, expect } from 'vitest';
import { susunPohon, suratTuntas, bolehDibatalkan } from '../../shared/domain/naskah/disposisi.ts';

const p = (id: number, disposisiId: number, selesai: boolean, dibaca = selesai) => ({
  id,
  disposisiId,
  kepadaUserId: id * 10,
  dibacaPada: dibaca ? '2026-11-23T01:00:00Z' : null,
  selesaiPada: selesai ? '2026-11-23T02:00:00Z' : null,
});

describe('disposition tree', () => {
  it('is done only when every branch reported', () => {
    const d = [{ id: 1, indukPenerimaId: null, status: 'aktif' as const }];
    expect(suratTuntas(susunPohon(d, [p(1, 1, true), p(2, 1, false)]))).toBe(false);
    expect(suratTuntas(susunPohon(d, [p(1, 1, true), p(2, 1, true)]))).toBe(true);
  });

  it('counts a forwarded branch as done when everything forwarded is done', () => {
    const d = [
      { id: 1, indukPenerimaId: null, status: 'aktif' as const },
      { id: 2, indukPenerimaId: 2, status: 'aktif' as const },
    ];
    expect(suratTuntas(susunPohon(d, [p(1, 1, true), p(2, 1, false, true), p(3, 2, false)]))).toBe(false);
    expect(suratTuntas(susunPohon(d, [p(1, 1, true), p(2, 1, false, true), p(3, 2, true)]))).toBe(true);
  });

  it('ignores cancelled dispositions, and a letter with none is not done', () => {
    const d = [
      { id: 1, indukPenerimaId: null, status: 'dibatalkan' as const },
      { id: 2, indukPenerimaId: null, status: 'aktif' as const },
    ];
    expect(suratTuntas(susunPohon(d, [p(1, 1, false), p(2, 2, true)]))).toBe(true);
    expect(suratTuntas(susunPohon([d[0]!], [p(1, 1, false)]))).toBe(false);
  });

  it('a forward that was cancelled leaves the branch open until the recipient reports', () => {
    const d = [
      { id: 1, indukPenerimaId: null, status: 'aktif' as const },
      { id: 2, indukPenerimaId: 1, status: 'dibatalkan' as const },
    ];
    expect(suratTuntas(susunPohon(d, [p(1, 1, false, true), p(2, 2, true)]))).toBe(false);
  });

  it('can be cancelled only while nobody has opened it', () => {
    expect(bolehDibatalkan({ penerima: [{ dibacaPada: null }, { dibacaPada: null }] })).toBe(true);
    expect(bolehDibatalkan({ penerima: [{ dibacaPada: null }, { dibacaPada: '2026-11-23T01:00:00Z' }] })).toBe(false);
  });
});
