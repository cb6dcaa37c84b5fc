// The archive's printed documents (issue #5) on a real migrated database seeded by plain SQL: every kind is
// generated through the engine, its text extracted with pdftotext and checked (titles, numbers, names,
// counts, witnesses); a step not yet recorded is a CONFLICT; pages are rendered to PNG to look at; one
// document is signed and checked with pdfsig.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReport } from '../../electron/core/reports/engine.ts';
import type { ReportDefinition, ReportEnv } from '../../electron/core/reports/engine.ts';
import { arsipReports } from '../../electron/core/reports/arsip/index.ts';
import { hariTanggalTerbilang, kurunWaktu, namaKantor } from '../../electron/core/reports/arsip/teks.ts';
import { DOKUMEN_DAFTAR, DOKUMEN_PEMINDAHAN, DOKUMEN_PENYUSUTAN } from '../../shared/domain/arsip/dokumen.ts';
import { setUpApp } from '../fixtures/backend.ts';
import type { TestApp } from '../fixtures/backend.ts';
import { signatureFor, testPki } from '../signing/pki.ts';
import { KOP, NOW, OUT_DIR, pdfText, tempFile, tool } from './helpers.ts';

let app: TestApp;
let env: ReportEnv;
let ids: SeedIds;

beforeAll(async () => {
  app = await setUpApp();
  ids = seedArsip(app.env.raw);
  env = { conn: app.env.db, now: NOW, kop: KOP, timeZone: 'Asia/Makassar' };
}, 60_000);
afterAll(async () => app?.close());

const SHOTS = path.resolve('test-results/screenshots');

function defOf(kind: string): ReportDefinition {
  const d = arsipReports.find((x) => x.kind === kind);
  if (!d) throw new Error(`jenis ${kind} tidak ada`);
  return d;
}

/** Generates, saves PNGs of the first pages, and returns the text with whitespace collapsed. */
async function cetak(
  kind: string,
  params: unknown,
  halaman = 2,
  varian = '',
): Promise<{ text: string; lay: string; pages: number; pdf: Buffer }> {
  const r = await generateReport({ def: defOf(kind), params, env });
  fs.mkdirSync(SHOTS, { recursive: true });
  const nama = `${kind.startsWith('arsip-') ? kind : `arsip-${kind}`}${varian}`;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `${nama}.pdf`);
  fs.writeFileSync(file, r.pdf);
  tool('pdftoppm', ['-r', '50', '-png', '-l', String(halaman), file, path.join(SHOTS, nama)]);
  // `text` in reading order (paragraphs, cells); `lay` as laid out (a "Label : value" row on one line).
  const rapat = (t: string) => t.replace(/\s+/g, ' ');
  return { text: rapat(pdfText(r.pdf)), lay: rapat(pdfText(r.pdf, undefined, true)), pages: r.pages, pdf: r.pdf };
}

const conflict = (kind: string, params: unknown, message: string | RegExp) =>
  expect(generateReport({ def: defOf(kind), params, env })).rejects.toMatchObject({ code: 'CONFLICT', message });

describe('wording', () => {
  it('names the office, writes the day and date in words, and the kurun waktu', () => {
    expect(namaKantor(KOP)).toBe('Kantor Wilayah Direktorat Jenderal Pemasyarakatan Nusa Tenggara Barat');
    expect(namaKantor({ ...KOP, baris: [...KOP.baris, 'LEMBAGA PEMASYARAKATAN KELAS IIA MATARAM'] })).toBe(
      'Lembaga Pemasyarakatan Kelas IIA Mataram',
    );
    expect(namaKantor({ ...KOP, baris: [...KOP.baris, 'LPKA KELAS II LOMBOK TENGAH'] })).toBe('LPKA Kelas II Lombok Tengah');
    expect(hariTanggalTerbilang('2026-11-23')).toBe(
      'Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam (23-11-2026)',
    );
    expect(kurunWaktu('2026-03-02', '2026-11-20')).toBe('Maret–November 2026');
    expect(kurunWaktu('2024-03-02', '2026-01-20')).toBe('Maret 2024–Januari 2026');
    expect(kurunWaktu(null, null, '2025')).toBe('2025');
  });

  it('has every kind of shared/domain/arsip/dokumen.ts once', () => {
    const kinds = new Set([
      ...Object.values(DOKUMEN_DAFTAR),
      ...Object.values(DOKUMEN_PEMINDAHAN),
      ...Object.values(DOKUMEN_PENYUSUTAN.musnah),
      ...Object.values(DOKUMEN_PENYUSUTAN.serah),
    ]);
    expect(new Set(arsipReports.map((d) => d.kind))).toEqual(kinds);
    expect(arsipReports.length).toBe(kinds.size);
    // What the UI asks for before printing: nothing, a pemindahan, or a penyusutan.
    const parameter = (k: string) => defOf(k).parameter;
    for (const k of Object.values(DOKUMEN_DAFTAR)) expect(parameter(k)).toBe('tanpa');
    for (const k of Object.values(DOKUMEN_PEMINDAHAN)) expect(parameter(k)).toBe('pemindahan');
    for (const k of [...Object.values(DOKUMEN_PENYUSUTAN.musnah), ...Object.values(DOKUMEN_PENYUSUTAN.serah)])
      expect(parameter(k)).toBe('penyusutan');
  });
});

describe('daftar arsip', () => {
  it('daftar-arsip-aktif: one row per item under its berkas, per unit pengolah, with location and class', async () => {
    const { text, lay, pages } = await cetak(DOKUMEN_DAFTAR.aktif, {});
    expect(text).toContain('DAFTAR ARSIP AKTIF');
    expect(lay).toContain('Unit Pengolah : Subbagian Umum');
    expect(lay).toContain('Unit Pengolah : Subbagian Kepegawaian');
    expect(text).toContain('Rapat koordinasi pengelolaan arsip');
    expect(text).toContain('Undangan rapat koordinasi');
    expect(text).toContain('Nomor W.23-UM.01.01-77');
    expect(text).toContain('Ruang TU Lemari 2 Laci 1 Folder 3');
    expect(text).toContain('Rahasia'); // the class is printed, the item is not left out
    expect(text).toContain('Notulen rapat terbatas');
    expect(text).not.toContain('Arsip inaktif nomor'); // inactive berkas are not on the active list
    expect(text).toContain('Jumlah: 3 berkas, 5 item arsip.'); // Subbagian Umum
    expect(text).toContain('Jumlah seluruhnya: 4 berkas, 6 item arsip.');
    expect(pages).toBe(2); // one page per unit pengolah
  });

  it('daftar-arsip-aktif filtered by unit and year; an empty list says so', async () => {
    const a = await cetak(DOKUMEN_DAFTAR.aktif, { unitPengolah: 'Subbagian Kepegawaian', tahun: '2026' }, 1, '-saring');
    expect(a.lay).toContain('Tahun : 2026');
    expect(a.text).not.toContain('Subbagian Umum');
    expect(a.text).toContain('Jumlah: 1 berkas, 1 item arsip.');
    expect(a.text).not.toContain('seluruhnya');
    const b = await generateReport({ def: defOf(DOKUMEN_DAFTAR.aktif), params: { tahun: 1999 }, env });
    expect(pdfText(b.pdf).replace(/\s+/g, ' ')).toContain('Tidak ada berkas aktif.');
    await expect(generateReport({ def: defOf(DOKUMEN_DAFTAR.aktif), params: { lain: 1 }, env })).rejects.toThrow();
  });

  it('daftar-arsip-inaktif: A.12 columns, boxes and folders, shelf, jangka simpan and nasib akhir, over several pages', async () => {
    const { text, lay, pages } = await cetak(DOKUMEN_DAFTAR.inaktif, {}, 3);
    expect(text).toContain('DAFTAR ARSIP INAKTIF');
    expect(lay).toContain('Pencipta Arsip : Kantor Wilayah Direktorat Jenderal Pemasyarakatan Nusa Tenggara Barat');
    expect(text).toContain('Boks 1 Folder 1');
    expect(text).toContain('Gedung Arsip Ruang Penyimpanan Rak 2');
    expect(text).toContain('Inaktif s.d. 31 Desember 2025 Musnah');
    expect(text).toContain('Diusulkan musnah');
    expect(text).toContain('Arsip inaktif nomor 40');
    expect(text).toContain('Jumlah: 49 berkas, 10 boks.');
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= pages; p++) expect(pdfText(await pdfOf(DOKUMEN_DAFTAR.inaktif, {}), p)).toContain('Kode');
  });

  it('daftar-arsip-vital: jenis, perlindungan and duplicate location from vital_json', async () => {
    const { text } = await cetak(DOKUMEN_DAFTAR.vital, {}, 1);
    expect(text).toContain('DAFTAR ARSIP VITAL');
    expect(text).toContain('Sertifikat tanah kantor');
    expect(text).toContain('Bukti kepemilikan aset');
    expect(text).toContain('Duplikasi dan brankas tahan api');
    expect(text).toContain('Duplikat di Kantor Pusat');
    expect(text).toContain('Aktif 5 th, inaktif 10 th');
    expect(text).toContain('Jumlah: 1 berkas arsip vital.');
  });

  it('label-boks: one label per box with its folders, location and years, 2 or 3 per row', async () => {
    const besar = await cetak(DOKUMEN_DAFTAR.labelBoks, {}, 2);
    expect(besar.text).toContain('BOKS No. 1');
    expect(besar.text).toContain('Lokasi: Gedung Arsip · Ruang Penyimpanan · Rak 2');
    expect(besar.text).toContain('Tahun 2019–2020');
    expect(besar.text).toContain('KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN NUSA TENGGARA BARAT');
    const kecil = await cetak(DOKUMEN_DAFTAR.labelBoks, { ukuran: 'kecil' }, 1, '-kecil');
    expect(kecil.pages).toBeLessThan(besar.pages);
    // Boxes 1–8, 13 and 20 (the vital berkas), each once, on both sizes; box 8's 20 folders do not fit.
    for (const t of [besar.text, kecil.text]) expect(t.match(/BOKS No\./g)?.length).toBe(10);
    expect(besar.text).toContain('20 KP.02.01 Arsip inaktif nomor 40');
    expect(kecil.text).toMatch(/… dan \d+ folder lainnya/);
    const dua = await cetak(DOKUMEN_DAFTAR.labelBoks, { nomorBoks: '2, 99' }, 1, '-pilih');
    expect(dua.text).toContain('BOKS No. 2');
    expect(dua.text).not.toContain('BOKS No. 1 ');
    expect(dua.text).toContain('Boks tidak ditemukan (atau isinya sudah dimusnahkan/diserahkan): 99.');
  });
});

async function pdfOf(kind: string, params: unknown): Promise<Buffer> {
  return (await generateReport({ def: defOf(kind), params, env })).pdf;
}

describe('pemindahan', () => {
  it('arsip-usul-pindah: the unit and its berkas with the A.12 columns', async () => {
    const { text, lay } = await cetak(DOKUMEN_PEMINDAHAN.usul, { pemindahanId: ids.pemindahanUsul }, 1);
    expect(text).toContain('DAFTAR ARSIP USUL PINDAH');
    expect(lay).toContain('Unit Pengolah : Subbagian Keuangan');
    expect(text).toContain('Laporan keuangan semester');
    expect(text).toContain('Jumlah: 2 berkas, 2 item arsip.');
  });

  it('arsip-daftar-pindah and arsip-ba-pindah: BA number, date in words, both parties, count', async () => {
    const daftar = await cetak(DOKUMEN_PEMINDAHAN.daftar, { pemindahanId: ids.pemindahanSelesai }, 1);
    expect(daftar.text).toContain('DAFTAR ARSIP YANG DIPINDAHKAN');
    expect(daftar.lay).toContain('Nomor Berita Acara : W.23-UM.01.02-15');
    expect(daftar.lay).toContain('Tanggal Berita Acara : 16 November 2026');
    expect(daftar.text).toContain('Boks 1 Folder 2');
    const ba = await cetak(DOKUMEN_PEMINDAHAN.ba, { pemindahanId: ids.pemindahanSelesai }, 2);
    expect(ba.text).toContain('BERITA ACARA PEMINDAHAN ARSIP INAKTIF');
    expect(ba.text).toContain('NOMOR W.23-UM.01.02-15');
    expect(ba.text).toContain('Pada hari ini Senin tanggal enam belas bulan November tahun dua ribu dua puluh enam (16-11-2026)');
    expect(ba.text).toContain('dari Unit Pengolah Subbagian Umum ke Unit Kearsipan Subbagian Tata Usaha');
    expect(ba.text).toContain('sebanyak 3 (tiga) berkas');
    expect(ba.text).toContain('Daftar Arsip yang Dipindahkan terlampir');
    expect(ba.text).toContain('Ahmad Fauzi');
    expect(ba.text).toContain('NIP 19790312 200501 1 002');
    expect(ba.text).toContain('Dewi Lestari');
    expect(ba.text).toContain('Yang menerima, PIHAK KEDUA');
    expect(ba.text).toContain('Yang menyerahkan, PIHAK PERTAMA');
    expect(ba.pages).toBe(1);
  });

  it('refuses the BA and the daftar before the BA is recorded, and an unknown pemindahan', async () => {
    await conflict(DOKUMEN_PEMINDAHAN.ba, { pemindahanId: ids.pemindahanUsul }, 'Nomor dan tanggal Berita Acara Pemindahan belum dicatat.');
    await conflict(
      DOKUMEN_PEMINDAHAN.daftar,
      { pemindahanId: ids.pemindahanUsul },
      'Nomor dan tanggal Berita Acara Pemindahan belum dicatat.',
    );
    await expect(generateReport({ def: defOf(DOKUMEN_PEMINDAHAN.usul), params: { pemindahanId: 999 }, env })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('pemusnahan', () => {
  const musnah = () => ({ penyusutanId: ids.musnah });
  const M = DOKUMEN_PENYUSUTAN.musnah;

  it('arsip-usul-musnah and arsip-daftar-musnah: A.14 columns, BA number and date', async () => {
    const usul = await cetak(M.usul, musnah(), 1);
    expect(usul.text).toContain('DAFTAR ARSIP USUL MUSNAH');
    expect(usul.text).toContain('Aktif 2 th, inaktif 3 th Musnah');
    expect(usul.text).toContain('Surat perintah perjalanan dinas 2019');
    expect(usul.text).toContain('Jumlah: 2 berkas, 2 item arsip.');
    const daftar = await cetak(M.daftar, musnah(), 1);
    expect(daftar.text).toContain('DAFTAR ARSIP YANG DIMUSNAHKAN');
    expect(daftar.lay).toContain('Nomor Berita Acara : W.23-UM.01.03-21');
    expect(daftar.lay).toContain('Tanggal Berita Acara : 20 November 2026');
  });

  it('arsip-sk-panitia: the decree with Menimbang, Mengingat and the members', async () => {
    const { text } = await cetak(M.panitia, musnah());
    expect(text).toContain(
      'KEPUTUSAN KEPALA KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN NUSA TENGGARA BARAT NOMOR W.23-KP.04.01-5 TAHUN 2026',
    );
    expect(text).toContain('TENTANG PEMBENTUKAN PANITIA PENILAI ARSIP');
    expect(text).toContain('Menimbang');
    expect(text).toContain('Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan');
    expect(text).toContain('Peraturan Pemerintah Nomor 28 Tahun 2012');
    expect(text).toContain('MEMUTUSKAN');
    expect(text).toContain('KESATU');
    expect(text).toMatch(/Rina Wulandari.*Ketua/);
    expect(text).toContain('Sekretaris');
    expect(text).toContain('Ditetapkan di Mataram pada tanggal 2 November 2026');
  });

  it('arsip-pertimbangan and arsip-permintaan cite the SK and the pertimbangan', async () => {
    const p = await cetak(M.pertimbangan, musnah());
    expect(p.lay).toContain('Nomor : W.23-UM.01.03-10');
    expect(p.lay).toContain('Hal : Pertimbangan Pemusnahan Arsip');
    expect(p.text).toContain('Nomor W.23-KP.04.01-5 TAHUN 2026 tanggal 2 November 2026');
    expect(p.text).toContain('sebanyak 2 (dua) berkas (2 item arsip) dengan kurun waktu tahun 2019–2020');
    expect(p.text).toContain('Arsip telah dinilai satu per satu oleh panitia.');
    expect(p.text).toMatch(/KU\.01\.01 1 1 2019/);
    const r = await cetak(M.permintaan, musnah());
    expect(r.text).toContain('Kepala Arsip Nasional Republik Indonesia di Jakarta');
    expect(r.lay).toContain('Hal : Permohonan Persetujuan Pemusnahan Arsip');
    expect(r.text).toContain('Surat Pertimbangan Panitia Penilai Arsip Nomor W.23-UM.01.03-10 tanggal 5 November 2026');
  });

  it('arsip-penetapan cites the approval; arsip-ba-musnah: date in words, method, place, witnesses', async () => {
    const t = await cetak(M.penetapan, musnah());
    expect(t.text).toContain('TENTANG PENETAPAN ARSIP YANG DIMUSNAHKAN');
    expect(t.text).toContain('NOMOR W.23-UM.01.03-19 TAHUN 2026');
    expect(t.text).toContain(
      'Kepala Arsip Nasional Republik Indonesia telah memberikan persetujuan pemusnahan arsip tersebut dengan surat Nomor B-1234/ANRI/2026 tanggal 15 November 2026',
    );
    const ba = await cetak(M.ba, musnah());
    expect(ba.text).toContain('BERITA ACARA PEMUSNAHAN ARSIP');
    expect(ba.text).toContain('NOMOR W.23-UM.01.03-21');
    expect(ba.text).toContain('Pada hari ini Jumat tanggal dua puluh bulan November tahun dua ribu dua puluh enam (20-11-2026)');
    expect(ba.text).toContain('bertempat di Halaman belakang kantor');
    expect(ba.text).toContain('dengan cara pencacahan dengan mesin penghancur kertas');
    expect(ba.text).toContain('sebanyak 2 (dua) berkas');
    for (const s of ['Hendra Gunawan', 'Sri Handayani', 'Saksi 1,', 'Saksi 2,', 'Rina Wulandari']) expect(ba.text).toContain(s);
  });

  it('refuses each step whose record is missing, with what to record', async () => {
    const kosong = { penyusutanId: ids.musnahKosong };
    await conflict(
      M.panitia,
      kosong,
      'Nomor SK panitia penilai belum dicatat. Catat keputusan pembentukan Panitia Penilai Arsip terlebih dahulu.',
    );
    await conflict(M.pertimbangan, kosong, /^Nomor SK panitia penilai belum dicatat/);
    await conflict(M.permintaan, kosong, /^Nomor SK panitia penilai belum dicatat/);
    await conflict(M.penetapan, kosong, 'Surat pertimbangan Panitia Penilai Arsip belum dicatat.');
    await conflict(M.ba, kosong, /^Nomor SK panitia penilai belum dicatat/);
    await conflict(M.daftar, kosong, 'Pelaksanaan pemusnahan (nomor dan tanggal berita acara) belum dicatat.');
    await conflict(M.ba, { penyusutanId: ids.musnahSatuSaksi }, /paling sedikit 2 \(dua\) pejabat.*baru 1\./);
    await conflict(
      M.usul,
      { penyusutanId: ids.serah },
      'Penyusutan ini adalah penyerahan arsip; dokumen ini hanya untuk pemusnahan arsip.',
    );
    // The usul itself needs no step.
    expect((await cetak(M.usul, kosong, 1, '-kosong')).text).toContain('DAFTAR ARSIP USUL MUSNAH');
  });
});

describe('penyerahan', () => {
  const serah = () => ({ penyusutanId: ids.serah });
  const S = DOKUMEN_PENYUSUTAN.serah;

  it('arsip-usul-serah, arsip-pernyataan, arsip-penetapan, arsip-ba-serah, arsip-daftar-serah', async () => {
    const usul = await cetak(S.usul, serah(), 1);
    expect(usul.text).toContain('DAFTAR ARSIP USUL SERAH');
    expect(usul.text).toContain('Permanen');
    const pn = await cetak(S.pernyataan, serah(), 1);
    expect(pn.text).toContain('SURAT PERNYATAAN');
    expect(pn.text).toContain('autentik, terpercaya, utuh, dan dapat digunakan');
    expect(pn.text).toContain('diserahkan kepada Arsip Nasional Republik Indonesia');
    const t = await cetak(S.penetapan, serah(), 1);
    expect(t.text).toContain('TENTANG PENETAPAN ARSIP YANG DISERAHKAN');
    expect(t.text).toContain('Nomor B-77/ANRI/2026');
    const ba = await cetak(S.ba, serah(), 2);
    expect(ba.text).toContain('BERITA ACARA PENYERAHAN ARSIP STATIS');
    expect(ba.text).toContain('NOMOR W.23-UM.01.04-3');
    expect(ba.text).toContain('kepada Arsip Nasional Republik Indonesia, selanjutnya disebut PIHAK KEDUA');
    expect(ba.text).toContain('Bambang Sutrisno');
    expect(ba.text).toContain('Lina Marlina');
    const d = await cetak(S.daftar, serah(), 1);
    expect(d.text).toContain('DAFTAR ARSIP YANG DISERAHKAN');
    expect(d.lay).toContain('Nomor Berita Acara : W.23-UM.01.04-3');
    const r = await cetak(S.permintaan, serah(), 1);
    expect(r.lay).toContain('Hal : Permohonan Persetujuan Penyerahan Arsip Statis');
    await conflict(S.pernyataan, { penyusutanId: ids.musnah }, /dokumen ini hanya untuk penyerahan arsip/);
  });
});

describe('signed archive document', () => {
  it('arsip-ba-musnah signed: the visible block after the witnesses, valid in pdfsig', async () => {
    const r = await generateReport({
      def: defOf(DOKUMEN_PENYUSUTAN.musnah.ba),
      params: { penyusutanId: ids.musnah },
      env,
      signature: signatureFor(testPki()),
    });
    const file = tempFile('ba-musnah-ttd.pdf', r.pdf);
    const sig = tool('pdfsig', [file]).out;
    expect(sig).toContain('Signature Validation: Signature is Valid.');
    expect(sig).toContain('Total document signed');
    const text = pdfText(r.pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Ditandatangani secara elektronik oleh:');
    expect(text).toContain('Budi Santoso, S.Kom.');
    expect(r.pages).toBe(1); // the ketua and both witnesses on one row leave room for the block
    tool('pdftoppm', ['-r', '50', '-png', file, path.join(SHOTS, 'arsip-ba-musnah-ttd')]);
  });

  it('arsip-sk-panitia signed: the block right under "Ditetapkan di … pada tanggal …" and the jabatan', async () => {
    const r = await generateReport({
      def: defOf(DOKUMEN_PENYUSUTAN.musnah.panitia),
      params: { penyusutanId: ids.musnah },
      env,
      signature: signatureFor(testPki()),
    });
    const file = tempFile('sk-panitia-ttd.pdf', r.pdf);
    expect(tool('pdfsig', [file]).out).toContain('Signature Validation: Signature is Valid.');
    const last = pdfText(r.pdf, r.pages).replace(/\s+/g, ' ');
    expect(last).toMatch(/pada tanggal 2 November 2026 KEPALA KANTOR WILAYAH .*BARAT, Ditandatangani secara elektronik oleh:/);
    tool('pdftoppm', ['-r', '50', '-png', file, path.join(SHOTS, 'arsip-sk-panitia-ttd')]);
  });
});

// ---- Seeding by plain SQL (the JSON shapes of shared/domain/arsip/dokumen.ts) ----

type Raw = TestApp['env']['raw'];
type SeedIds = {
  pemindahanSelesai: number;
  pemindahanUsul: number;
  musnah: number;
  musnahKosong: number;
  musnahSatuSaksi: number;
  serah: number;
};

const T = '2026-11-01T00:00:00.000Z';

function insert(raw: Raw, table: string, row: Record<string, unknown>): number {
  const cols = Object.keys(row);
  const sql = `insert into ${table} (${cols.join(', ')}) values (${cols.map((c) => `@${c}`).join(', ')})`;
  return Number(raw.prepare(sql).run(row).lastInsertRowid);
}

const BERKAS = {
  unit_pengolah: 'Subbagian Umum',
  tahun: 2026,
  kurun_awal: null,
  kurun_akhir: null,
  kategori: 'umum',
  keamanan: 'B',
  media: 'tekstual',
  status: 'aktif',
  tanggal_tutup: null,
  retensi_aktif: null,
  retensi_inaktif: null,
  nasib_akhir: null,
  jatuh_tempo_aktif: null,
  jatuh_tempo_inaktif: null,
  lok_ruang: null,
  lok_lemari: null,
  lok_laci: null,
  lok_folder: null,
  lok_gedung: null,
  lok_ruang_inaktif: null,
  lok_rak: null,
  nomor_boks: null,
  nomor_folder: null,
  vital_json: null,
  keterangan: null,
  created_at: T,
  updated_at: T,
};

const INAKTIF = {
  status: 'inaktif',
  tanggal_tutup: '2020-12-31',
  retensi_aktif: 2,
  retensi_inaktif: 3,
  nasib_akhir: 'musnah',
  jatuh_tempo_aktif: '2022-12-31',
  jatuh_tempo_inaktif: '2025-12-31',
  lok_gedung: 'Arsip',
  lok_ruang_inaktif: 'Penyimpanan',
  lok_rak: '2',
};

function berkas(raw: Raw, b: Record<string, unknown>, items: Record<string, unknown>[] = []): number {
  const id = insert(raw, 'berkas_arsip', { ...BERKAS, ...b });
  items.forEach((it, i) =>
    insert(raw, 'item_arsip', {
      berkas_id: id,
      nomor_item: i + 1,
      sumber: 'manual',
      tanggal: `${String(b.tahun ?? 2026)}-03-02`,
      tingkat_perkembangan: 'asli',
      media: 'tekstual',
      kondisi: 'baik',
      keamanan: 'B',
      created_at: T,
      ...it,
    }),
  );
  return id;
}

const pejabat = (nama: string, jabatan: string, nip: string | null = null) => ({ nama, jabatan, nip });

function langkahLengkap(saksi: ReturnType<typeof pejabat>[], jenis: 'musnah' | 'serah') {
  return {
    panitia_json: JSON.stringify({
      nomor: 'W.23-KP.04.01-5 TAHUN 2026',
      tanggal: '2026-11-02',
      anggota: [
        { ...pejabat('Agus Salim', 'Kepala Subbagian Keuangan'), peran: 'anggota' },
        { ...pejabat('Rina Wulandari', 'Kepala Bagian Tata Usaha dan Umum', '198203152006042001'), peran: 'ketua' },
        { ...pejabat('Yusuf Hamdani', 'Arsiparis Ahli Muda'), peran: 'sekretaris' },
      ],
    }),
    pertimbangan_json: JSON.stringify({
      nomor: 'W.23-UM.01.03-10',
      tanggal: '2026-11-05',
      isi: 'Arsip telah dinilai satu per satu oleh panitia.',
    }),
    permintaan_json: JSON.stringify({ nomor: 'W.23-UM.01.03-11', tanggal: '2026-11-06', kepada: 'kepala_anri' }),
    persetujuan_json: JSON.stringify({
      nomor: jenis === 'musnah' ? 'B-1234/ANRI/2026' : 'B-77/ANRI/2026',
      tanggal: '2026-11-15',
      oleh: 'kepala_anri',
    }),
    penetapan_json: JSON.stringify({ nomor: 'W.23-UM.01.03-19 TAHUN 2026', tanggal: '2026-11-18' }),
    pelaksanaan_json: JSON.stringify(
      jenis === 'musnah'
        ? { baNomor: 'W.23-UM.01.03-21', tanggal: '2026-11-20', metode: 'cacah', tempat: 'Halaman belakang kantor', saksi }
        : { baNomor: 'W.23-UM.01.04-3', tanggal: '2026-11-20', metode: 'serah', tempat: 'Kantor ANRI, Jakarta', saksi },
    ),
  };
}

function penyusutan(raw: Raw, admin: number, jenis: 'musnah' | 'serah', langkah: Record<string, string>, berkasIds: number[]): number {
  const id = insert(raw, 'penyusutan', { jenis, status: 'usul', dibuat_oleh: admin, created_at: T, updated_at: T, ...langkah });
  for (const b of berkasIds) insert(raw, 'penyusutan_berkas', { penyusutan_id: id, berkas_id: b });
  return id;
}

function seedAktif(raw: Raw): void {
  const lok = { lok_ruang: 'TU', lok_lemari: '2', lok_laci: '1', lok_folder: '3' };
  berkas(
    raw,
    {
      nomor_berkas: 1,
      klasifikasi_kode: 'UM.01.01',
      uraian: 'Rapat koordinasi pengelolaan arsip',
      kurun_awal: '2026-03-02',
      kurun_akhir: '2026-11-20',
      ...lok,
    },
    [
      { uraian: 'Undangan rapat koordinasi', nomor_naskah: 'W.23-UM.01.01-77' },
      { uraian: 'Notulen rapat terbatas', keamanan: 'R', tingkat_perkembangan: 'salinan', tanggal: '2026-03-05' },
      { uraian: 'Daftar hadir peserta', jumlah: 3, tanggal: '2026-03-05' },
    ],
  );
  berkas(raw, { nomor_berkas: 2, status: 'ditutup', klasifikasi_kode: 'KU.02.01', uraian: 'Pengadaan alat tulis kantor' }, [
    { uraian: 'Nota pesanan alat tulis' },
    { uraian: 'Berita acara serah terima barang', kondisi: 'rusak' },
  ]);
  berkas(raw, { nomor_berkas: 3, klasifikasi_kode: 'UM.02.01', uraian: 'Berkas baru tanpa item' });
  berkas(
    raw,
    { unit_pengolah: 'Subbagian Kepegawaian', nomor_berkas: 1, klasifikasi_kode: 'KP.05.01', uraian: 'Kenaikan gaji berkala pegawai' },
    [{ uraian: 'Surat pemberitahuan kenaikan gaji berkala' }],
  );
}

function seedArsip(raw: Raw): SeedIds {
  const admin = (raw.prepare("select id from users where username = 'admin'").get() as { id: number }).id;
  seedAktif(raw);
  const sppd = berkas(
    raw,
    {
      ...INAKTIF,
      status: 'usul_musnah',
      tahun: 2019,
      nomor_berkas: 4,
      klasifikasi_kode: 'KU.01.01',
      uraian: 'Surat perintah perjalanan dinas 2019',
      nomor_boks: 1,
      nomor_folder: 1,
    },
    [{ uraian: 'SPPD Januari' }],
  );
  const dipindah = [
    sppd,
    berkas(
      raw,
      {
        ...INAKTIF,
        tahun: 2020,
        nomor_berkas: 5,
        klasifikasi_kode: 'UM.01.01',
        uraian: 'Rapat kerja tahunan 2020',
        nomor_boks: 1,
        nomor_folder: 2,
      },
      [{ uraian: 'Notulen rapat kerja' }],
    ),
    berkas(raw, {
      ...INAKTIF,
      tahun: 2020,
      nomor_berkas: 6,
      klasifikasi_kode: 'UM.01.02',
      uraian: 'Perjalanan dinas dalam daerah 2020',
      nomor_boks: 1,
      nomor_folder: 3,
    }),
  ];
  const kuitansi = berkas(
    raw,
    {
      ...INAKTIF,
      status: 'usul_musnah',
      tahun: 2020,
      nomor_berkas: 7,
      klasifikasi_kode: 'KU.01.02',
      uraian: 'Kuitansi belanja 2020',
      nomor_boks: 2,
      nomor_folder: 1,
    },
    [{ uraian: 'Kuitansi' }],
  );
  const vital = {
    ...INAKTIF,
    kategori: 'vital',
    tahun: 2015,
    nomor_berkas: 9,
    klasifikasi_kode: 'PL.01.01',
    uraian: 'Sertifikat tanah kantor',
    retensi_aktif: 5,
    retensi_inaktif: 10,
    nasib_akhir: 'permanen',
    nomor_boks: 20,
    nomor_folder: 1,
    vital_json: JSON.stringify({
      jenis: 'Bukti kepemilikan aset',
      perlindungan: 'Duplikasi dan brankas tahan api',
      lokasiDuplikat: 'Kantor Pusat',
    }),
  };
  berkas(raw, vital, [{ uraian: 'Sertifikat hak pakai' }]);
  for (let i = 0; i < 40; i++)
    berkas(
      raw,
      {
        ...INAKTIF,
        unit_pengolah: 'Subbagian Kepegawaian',
        tahun: 2018,
        nomor_berkas: i + 1,
        klasifikasi_kode: 'KP.02.01',
        uraian: `Arsip inaktif nomor ${i + 1} tentang administrasi kepegawaian`,
        // Boxes 3–7 hold 4 folders each; box 8 holds 20, more than a label has lines for.
        nomor_boks: i < 20 ? 3 + Math.floor(i / 4) : 8,
        nomor_folder: i < 20 ? (i % 4) + 1 : i - 19,
      },
      [{ uraian: 'Surat' }],
    );
  const keuangan = [1, 2].map((n) =>
    berkas(
      raw,
      {
        ...INAKTIF,
        unit_pengolah: 'Subbagian Keuangan',
        tahun: 2021,
        nomor_berkas: n,
        klasifikasi_kode: 'KU.03.01',
        uraian: `Laporan keuangan semester ${n === 1 ? 'I' : 'II'}`,
        lok_gedung: null,
        lok_ruang_inaktif: null,
        lok_rak: null,
      },
      [{ uraian: 'Laporan' }],
    ),
  );
  const statis = [1, 2].map((n) =>
    berkas(
      raw,
      {
        ...INAKTIF,
        status: 'usul_serah',
        nasib_akhir: 'permanen',
        tahun: 2010,
        nomor_berkas: n,
        klasifikasi_kode: 'OT.01.01',
        uraian: `Dokumen pembentukan kantor wilayah bagian ${n}`,
        nomor_boks: 13,
        nomor_folder: n,
      },
      [{ uraian: 'Keputusan' }],
    ),
  );
  const pindah = (o: Record<string, unknown>, list: number[]) => {
    const id = insert(raw, 'pemindahan', {
      status: 'usul',
      dibuat_oleh: admin,
      created_at: '2026-11-10T02:00:00.000Z',
      updated_at: T,
      ...o,
    });
    for (const b of list) insert(raw, 'pemindahan_berkas', { pemindahan_id: id, berkas_id: b });
    return id;
  };
  const pj = {
    unitPengolah: pejabat('Ahmad Fauzi', 'Kepala Subbagian Umum', '197903122005011002'),
    unitKearsipan: pejabat('Dewi Lestari', 'Kepala Subbagian Tata Usaha'),
    namaUnitKearsipan: 'Subbagian Tata Usaha',
  };
  const saksi = [
    pejabat('Hendra Gunawan', 'Kepala Subbagian Hukum', '198001012005011002'),
    pejabat('Sri Handayani', 'Auditor Inspektorat'),
  ];
  return {
    pemindahanSelesai: pindah(
      {
        unit_pengolah: 'Subbagian Umum',
        status: 'selesai',
        ba_nomor: 'W.23-UM.01.02-15',
        ba_tanggal: '2026-11-16',
        pejabat_json: JSON.stringify(pj),
      },
      dipindah,
    ),
    pemindahanUsul: pindah({ unit_pengolah: 'Subbagian Keuangan' }, keuangan),
    musnah: penyusutan(raw, admin, 'musnah', langkahLengkap(saksi, 'musnah'), [sppd, kuitansi]),
    musnahKosong: penyusutan(raw, admin, 'musnah', {}, []),
    musnahSatuSaksi: penyusutan(raw, admin, 'musnah', langkahLengkap(saksi.slice(0, 1), 'musnah'), [kuitansi]),
    serah: penyusutan(
      raw,
      admin,
      'serah',
      langkahLengkap([pejabat('Bambang Sutrisno', 'Arsiparis ANRI'), pejabat('Lina Marlina', 'Kepala Subbagian Umum')], 'serah'),
      statis,
    ),
  };
}
