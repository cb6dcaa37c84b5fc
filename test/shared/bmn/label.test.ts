// Tests shared/domain/bmn/label and kode-uakpb: the offline QR payload `BMN|UAKPB|kode barang|NUP|cek`, Code128
// `kode.NUP`, the kode registrasi and the scan reader (reference bmn.md A.5, A.6), with round-trip and tamper
// properties.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  barisLabel,
  crc16,
  kodeRegistrasi,
  muatanCode128,
  muatanQr,
  teksNup,
  uraiKodeRegistrasi,
  uraiMuatanCode128,
  uraiMuatanQr,
  uraiPindaian,
} from '../../../shared/domain/bmn/label.ts';
import type { IdentitasBmn } from '../../../shared/domain/bmn/label.ts';
import { formatKodeUakpb, isKodeSatker, uraiKodeUakpb } from '../../../shared/domain/bmn/kode-uakpb.ts';

const laptop: IdentitasBmn = { kodeUakpb: '107010199414370000KP', kodeBarang: '3100102002', nup: 12, nupSementara: false };

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const huruf = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 2, maxLength: 2 });
const identitas: fc.Arbitrary<IdentitasBmn> = fc.record({
  kodeUakpb: fc.tuple(digits(18), huruf).map(([d, h]) => d + h),
  kodeBarang: fc.tuple(fc.integer({ min: 1, max: 8 }), digits(9)).map(([g, d]) => `${g}${d}`),
  nup: fc.integer({ min: 1, max: 999_999_999 }),
  nupSementara: fc.boolean(),
});

describe('crc16 (CRC-16/CCITT-FALSE)', () => {
  it('gives the standard check value 0x29B1 for "123456789"', () => {
    expect(crc16('123456789')).toBe(0x29b1);
    expect(crc16('')).toBe(0xffff);
  });
});

describe('muatanQr / uraiMuatanQr', () => {
  it('writes BMN|UAKPB|kode barang|NUP|cek', () => {
    const muatan = muatanQr(laptop);
    expect(muatan).toMatch(/^BMN\|107010199414370000KP\|3100102002\|12\|[0-9A-F]{4}$/);
    expect(muatan.slice(-4)).toBe(crc16('BMN|107010199414370000KP|3100102002|12').toString(16).toUpperCase().padStart(4, '0'));
  });

  it('marks a temporary NUP with S', () => {
    expect(muatanQr({ ...laptop, nupSementara: true })).toMatch(/\|S12\|/);
  });

  it('round-trips every valid identity (property)', () => {
    fc.assert(
      fc.property(identitas, (id) => {
        const r = uraiMuatanQr(muatanQr(id));
        expect(r).toEqual({ ok: true, value: id });
      }),
    );
  });

  it('detects every single-character change (property)', () => {
    const alfabet = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ|'];
    fc.assert(
      fc.property(identitas, fc.nat(), fc.constantFrom(...alfabet), (id, pos, ganti) => {
        const muatan = muatanQr(id);
        const i = pos % muatan.length;
        fc.pre(muatan[i] !== ganti);
        const rusak = muatan.slice(0, i) + ganti + muatan.slice(i + 1);
        expect(uraiMuatanQr(rusak).ok).toBe(false);
      }),
    );
  });

  it("accepts lower case and the scanner's Enter", () => {
    expect(uraiMuatanQr(`  ${muatanQr(laptop).toLowerCase()}\r\n`)).toEqual({ ok: true, value: laptop });
  });

  it.each([
    ['another payload', 'https://example.org/aset/12', /Bukan label BMN/],
    ['a missing part', 'BMN|107010199414370000KP|3100102002|12', /Bukan label BMN/],
    ['a wrong check', 'BMN|107010199414370000KP|3100102002|12|0000', /Kode cek label tidak cocok/],
  ])('refuses %s', (_judul, teks, pesan) => {
    const r = uraiMuatanQr(teks);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(pesan);
  });

  it('refuses parts that are wrong even with a matching check', () => {
    const denganCek = (isi: string) => `${isi}|${crc16(isi).toString(16).toUpperCase().padStart(4, '0')}`;
    const pesan = (isi: string) => {
      const r = uraiMuatanQr(denganCek(isi));
      return r.ok ? 'ok' : r.message;
    };
    expect(pesan('BMN|107010199414370000KP|31001|12')).toMatch(/harus 10 angka/);
    expect(pesan('BMN|107010199414370000KP|9100102002|12')).toMatch(/Golongan 9/);
    expect(pesan('BMN|107010199414370000KP|3100102002|0')).toMatch(/NUP "0"/);
    expect(pesan('BMN|107010199414370000KP|3100102002|012')).toMatch(/NUP "012"/);
    expect(pesan('BMN|107.01.0199.414370.000.KP|3100102002|12')).toMatch(/tanpa titik/);
  });

  it('refuses to build a payload from a bad identity', () => {
    expect(() => muatanQr({ ...laptop, nup: 0 })).toThrow(RangeError);
    expect(() => muatanQr({ ...laptop, nup: 1_000_000_000 })).toThrow(RangeError);
    expect(() => muatanQr({ ...laptop, kodeBarang: '31001' })).toThrow(RangeError);
    expect(() => muatanQr({ ...laptop, kodeUakpb: '414370' })).toThrow(RangeError);
  });
});

describe('Code128 and kode registrasi', () => {
  it('writes kode barang.NUP and reads it back', () => {
    expect(muatanCode128(laptop)).toBe('3100102002.12');
    expect(muatanCode128({ kodeBarang: '3100102002', nup: 7, nupSementara: true })).toBe('3100102002.S7');
    expect(uraiMuatanCode128('3100102002.s7\n')).toEqual({ ok: true, value: { kodeBarang: '3100102002', nup: 7, nupSementara: true } });
    expect(uraiMuatanCode128('3100102002-12').ok).toBe(false);
  });

  it('reads the natural key seen in public BMN data (S33)', () => {
    expect(uraiKodeRegistrasi('015110199411868000KP-3100102002-1180')).toEqual({
      ok: true,
      value: { kodeUakpb: '015110199411868000KP', kodeBarang: '3100102002', nup: 1180, nupSementara: false },
    });
    expect(kodeRegistrasi(laptop)).toBe('107010199414370000KP-3100102002-12');
  });

  it('round-trips Code128 and kode registrasi (property)', () => {
    fc.assert(
      fc.property(identitas, (id) => {
        expect(uraiKodeRegistrasi(kodeRegistrasi(id))).toEqual({ ok: true, value: id });
        const { kodeUakpb: _u, ...barang } = id;
        expect(uraiMuatanCode128(muatanCode128(barang))).toEqual({ ok: true, value: barang });
      }),
    );
  });
});

describe('uraiPindaian', () => {
  it('tells the three forms apart', () => {
    expect(uraiPindaian(muatanQr(laptop))).toEqual({ ok: true, value: { format: 'qr', ...laptop } });
    expect(uraiPindaian('3100102002.12')).toEqual({
      ok: true,
      value: { format: 'code128', kodeBarang: '3100102002', nup: 12, nupSementara: false },
    });
    expect(uraiPindaian('107010199414370000kp-3100102002-12')).toEqual({ ok: true, value: { format: 'registrasi', ...laptop } });
  });

  it('passes on the reason of a damaged label and names an unknown text', () => {
    expect(uraiPindaian('BMN|107010199414370000KP|3100102002|12|0000')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Kode cek/),
    });
    expect(uraiPindaian('halo')).toMatchObject({ ok: false, message: expect.stringMatching(/"halo" bukan label BMN/) });
  });
});

describe('teksNup and barisLabel', () => {
  it('writes the NUP and the two legacy label lines', () => {
    expect(teksNup(5, false)).toBe('5');
    expect(teksNup(5, true)).toBe('S5');
    expect(() => teksNup(1.5, false)).toThrow(RangeError);
    expect(barisLabel(laptop, 2024)).toEqual({ atas: '107.01.0199.414370.000.KP 2024', bawah: '3.10.01.02.002 12' });
    expect(() => barisLabel(laptop, 0)).toThrow(/Tahun perolehan/);
  });
});

describe('kode UAKPB', () => {
  it('reads the compact and the dotted form into its parts', () => {
    const bagian = {
      kode: '107010199414370000KP',
      ba: '107',
      eselon1: '01',
      wilayah: '0199',
      satker: '414370',
      subSatker: '000',
      jenisKewenangan: 'KP',
    };
    expect(uraiKodeUakpb('107010199414370000KP')).toEqual({ ok: true, value: bagian });
    expect(uraiKodeUakpb(' 107.01.0199.414370.000.kp ')).toEqual({ ok: true, value: bagian });
    expect(formatKodeUakpb('015110199411868000KP')).toBe('015.11.0199.411868.000.KP');
  });

  it.each([
    ['the 2-digit wilayah print', '054.01.18.675547.000.KD'],
    ['a kode satker alone', '414370'],
    ['a digit for the kewenangan', '1070101994143700001P'],
    ['a misplaced dot', '107.010.199.414370.000.KP'],
  ])('refuses %s', (_judul, kode) => {
    expect(uraiKodeUakpb(kode).ok).toBe(false);
    expect(() => formatKodeUakpb(kode)).toThrow(RangeError);
  });

  it('checks a 6-digit kode satker', () => {
    expect(isKodeSatker('675547')).toBe(true);
    expect(isKodeSatker('67554')).toBe(false);
    expect(isKodeSatker('67554a')).toBe(false);
  });
});
