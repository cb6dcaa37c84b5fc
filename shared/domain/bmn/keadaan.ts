// Owns the state of one BMN unit derived from its dated transactions (reference bmn.md A.12, B.1–B.7, E): a fold over
// the history in date order, one exhaustive switch over the transaction codes. A transaction that does not fit the
// state (a second acquisition, a transfer of an asset already written off, 30x for a unit dihentikan) is refused with
// a VALIDATION error naming the transaction, in Indonesian.
import { AppError, assertNever } from '../../ipc/result.ts';
import { formatTanggal, parseIsoDate } from '../../format/tanggal.ts';
import { KONDISI, PENGUASAAN, STATUS_PENGGUNAAN } from './nilai.ts';
import type { DaftarKhusus } from './nilai.ts';
import { KEADAAN_AWAL, KODE_TRANSAKSI, urutkanTransaksi } from './transaksi.ts';
import type { KeadaanAset, KodePerolehan, TransaksiBmn } from './transaksi.ts';

const salah = (t: TransaksiBmn, pesan: string): AppError => {
  const tgl = parseIsoDate(t.tanggal).ok ? formatTanggal(t.tanggal) : t.tanggal;
  return new AppError('VALIDATION', `Transaksi ${t.kode} tanggal ${tgl}: ${pesan}`);
};

function rupiah(t: TransaksiBmn, minimum: 0 | 1): number {
  const n = t.nilai;
  if (n === undefined || !Number.isSafeInteger(n) || n < minimum) throw salah(t, `nilai harus bilangan bulat rupiah ≥ ${minimum}.`);
  return n;
}

function pastikanTercatat(k: KeadaanAset, t: TransaksiBmn): void {
  if (k.register === 'belum') throw salah(t, 'aset belum tercatat; transaksi pertama harus transaksi perolehan (1xx).');
  if (k.register === 'keluar') throw salah(t, `aset sudah keluar dari register (transaksi ${k.kodeKeluar ?? '-'}).`);
}

const NAMA_DAFTAR: Record<DaftarKhusus, string> = {
  hilang: 'Daftar Barang Hilang',
  usul_hapus: 'daftar barang yang diusulkan dihapus',
  usang: 'Daftar Barang Usang',
};

function pastikanAktif(k: KeadaanAset, t: TransaksiBmn): void {
  pastikanTercatat(k, t);
  if (k.register === 'aktif') return;
  const daftar = NAMA_DAFTAR[k.register as DaftarKhusus];
  throw salah(t, `aset berada di ${daftar}; batalkan pencatatannya lebih dulu.`);
}

function pilihan<T extends string>(t: TransaksiBmn, nilai: T | undefined, daftar: readonly T[], nama: string): T | undefined {
  if (nilai !== undefined && !daftar.includes(nilai)) throw salah(t, `${nama} "${String(nilai)}" tidak dikenal.`);
  return nilai;
}

function perolehan(k: KeadaanAset, t: TransaksiBmn, kode: KodePerolehan): KeadaanAset {
  if (k.register !== 'belum') throw salah(t, 'aset ini sudah tercatat; perolehan baru dicatat dengan NUP baru.');
  const kuantitas = t.kuantitas ?? 1;
  if (!(kuantitas > 0) || !Number.isFinite(kuantitas)) throw salah(t, `kuantitas harus > 0: ${kuantitas}`);
  const tanggalPerolehan = t.tanggalPerolehan ?? t.tanggal;
  if (!parseIsoDate(tanggalPerolehan).ok || tanggalPerolehan > t.tanggal) {
    throw salah(t, `tanggal perolehan ${tanggalPerolehan} harus tanggal yang sah dan tidak sesudah tanggal transaksi.`);
  }
  const penggunaan = pilihan(t, t.penggunaan, STATUS_PENGGUNAAN, 'Status penggunaan') ?? 'digunakan';
  if (penggunaan === 'dihentikan') throw salah(t, 'aset baru tidak dapat langsung berstatus dihentikan; catat transaksi 401.');
  return {
    ...k,
    register: 'aktif',
    kuantitas,
    nilai: rupiah(t, 0),
    kondisi: pilihan(t, t.kondisi, KONDISI, 'Kondisi') ?? 'B',
    lokasiId: t.lokasiId ?? null,
    pemakai: t.pemakai ?? null,
    penguasaan: pilihan(t, t.penguasaan, PENGUASAAN, 'Penguasaan') ?? 'milik_sendiri',
    penggunaan,
    tanggalPerolehan,
    kodeAsal: kode,
  };
}

function batalHapus(k: KeadaanAset, t: TransaksiBmn): KeadaanAset {
  if (k.register !== 'keluar' || (k.kodeKeluar !== '301' && k.kodeKeluar !== '391') || k.sebelumKeluar === null) {
    throw salah(t, 'pembatalan penghapusan hanya untuk aset yang dihapus dengan transaksi 301 atau 391.');
  }
  return { ...k, ...k.sebelumKeluar, kodeKeluar: null, sebelumKeluar: null };
}

function ubahNilai(k: KeadaanAset, t: TransaksiBmn, arah: 1 | -1, kapitalisasi: boolean): KeadaanAset {
  if (kapitalisasi) pastikanAktif(k, t);
  else pastikanTercatat(k, t);
  const besar = rupiah(t, 1);
  if (arah < 0 && besar > k.nilai) throw salah(t, `koreksi berkurang ${besar} melebihi nilai tercatat ${k.nilai}.`);
  const tambah = kapitalisasi ? (t.tambahMasaManfaatTahun ?? 0) : 0;
  if (!Number.isInteger(tambah) || tambah < 0) throw salah(t, `tambahan masa manfaat harus bilangan bulat tahun ≥ 0: ${tambah}`);
  return { ...k, nilai: k.nilai + arah * besar, tambahMasaManfaatTahun: k.tambahMasaManfaatTahun + tambah };
}

/** 30x, and 39x for BMN already dihentikan dari penggunaan (A.12: "same as 301–307 for BMN already dihentikan"). */
function keluar(k: KeadaanAset, t: TransaksiBmn, untukDihentikan: boolean): KeadaanAset {
  pastikanTercatat(k, t);
  const dihentikan = k.penggunaan === 'dihentikan';
  if (dihentikan !== untukDihentikan) {
    throw salah(
      t,
      dihentikan
        ? 'aset sudah dihentikan dari penggunaan; gunakan kode 39x.'
        : 'kode 39x hanya untuk aset yang dihentikan dari penggunaan (401).',
    );
  }
  const sebelumKeluar = { register: k.register, kuantitas: k.kuantitas, nilai: k.nilai };
  return { ...k, register: 'keluar', kuantitas: 0, nilai: 0, kodeKeluar: t.kode, sebelumKeluar };
}

function hentikan(k: KeadaanAset, t: TransaksiBmn, henti: boolean): KeadaanAset {
  pastikanAktif(k, t);
  if ((k.penggunaan === 'dihentikan') === henti) {
    throw salah(t, henti ? 'aset sudah dihentikan dari penggunaan.' : 'aset tidak sedang dihentikan dari penggunaan.');
  }
  return { ...k, penggunaan: henti ? 'dihentikan' : 'digunakan' };
}

function daftarKhusus(k: KeadaanAset, t: TransaksiBmn, daftar: DaftarKhusus, masuk: boolean): KeadaanAset {
  if (masuk) {
    pastikanAktif(k, t);
    return { ...k, register: daftar };
  }
  pastikanTercatat(k, t);
  if (k.register !== daftar) throw salah(t, 'aset tidak berada di daftar yang dibatalkan pencatatannya.');
  return { ...k, register: 'aktif' };
}

function susut(k: KeadaanAset, t: TransaksiBmn): KeadaanAset {
  pastikanAktif(k, t);
  return { ...k, penyusutanDibukukan: k.penyusutanDibukukan + rupiah(t, 1) };
}

function ubahKondisi(k: KeadaanAset, t: TransaksiBmn): KeadaanAset {
  pastikanTercatat(k, t);
  const kondisi = pilihan(t, t.kondisi, KONDISI, 'Kondisi');
  if (kondisi === undefined) throw salah(t, 'kondisi baru harus diisi.');
  if (kondisi === k.kondisi) throw salah(t, `kondisi sudah ${kondisi}; tidak ada yang berubah.`);
  return { ...k, kondisi };
}

function pindah(k: KeadaanAset, t: TransaksiBmn): KeadaanAset {
  pastikanTercatat(k, t);
  const lokasiId = t.lokasiId === undefined ? k.lokasiId : t.lokasiId;
  const pemakai = t.pemakai === undefined ? k.pemakai : t.pemakai;
  if (lokasiId === k.lokasiId && pemakai === k.pemakai) throw salah(t, 'lokasi dan pemakai tidak berubah.');
  return { ...k, lokasiId, pemakai };
}

function ubahPenggunaan(k: KeadaanAset, t: TransaksiBmn): KeadaanAset {
  pastikanAktif(k, t);
  const penggunaan = pilihan(t, t.penggunaan, STATUS_PENGGUNAAN, 'Status penggunaan');
  if (penggunaan === undefined) throw salah(t, 'status penggunaan baru harus diisi.');
  if (penggunaan === 'dihentikan' || k.penggunaan === 'dihentikan') {
    throw salah(t, 'penghentian dan penggunaan kembali dicatat dengan transaksi 401/402.');
  }
  if (penggunaan === k.penggunaan) throw salah(t, 'status penggunaan tidak berubah.');
  return { ...k, penggunaan };
}

function ubahPenguasaan(k: KeadaanAset, t: TransaksiBmn): KeadaanAset {
  pastikanTercatat(k, t);
  const penguasaan = pilihan(t, t.penguasaan, PENGUASAAN, 'Penguasaan');
  if (penguasaan === undefined) throw salah(t, 'penguasaan baru harus diisi.');
  if (penguasaan === k.penguasaan) throw salah(t, 'penguasaan tidak berubah.');
  return { ...k, penguasaan };
}

function terapkanKode(k: KeadaanAset, t: TransaksiBmn): KeadaanAset {
  switch (t.kode) {
    case '100':
    case '101':
    case '102':
    case '103':
    case '104':
    case '105':
    case '107':
    case '112':
    case '113':
    case '115':
      return perolehan(k, t, t.kode);
    case '106':
      return batalHapus(k, t);
    case '202':
    case '208':
      return ubahNilai(k, t, 1, true);
    case '204':
      return ubahNilai(k, t, 1, false);
    case '264':
      return ubahNilai(k, t, -1, false);
    case '301':
    case '302':
    case '303':
    case '304':
    case '305':
      return keluar(k, t, false);
    case '391':
    case '392':
    case '393':
    case '394':
      return keluar(k, t, true);
    case '401':
      return hentikan(k, t, true);
    case '402':
      return hentikan(k, t, false);
    case '901':
      return daftarKhusus(k, t, 'hilang', true);
    case '902':
      return daftarKhusus(k, t, 'hilang', false);
    case '911':
      return daftarKhusus(k, t, 'usul_hapus', true);
    case '912':
      return daftarKhusus(k, t, 'usul_hapus', false);
    case '941':
      return daftarKhusus(k, t, 'usang', true);
    case '942':
      return daftarKhusus(k, t, 'usang', false);
    case '931':
      return susut(k, t);
    case 'SATU-KONDISI':
      return ubahKondisi(k, t);
    case 'SATU-PINDAH':
      return pindah(k, t);
    case 'SATU-PENGGUNAAN':
      return ubahPenggunaan(k, t);
    case 'SATU-PENGUASAAN':
      return ubahPenguasaan(k, t);
    default:
      return assertNever(t.kode);
  }
}

/** The state after one more transaction; VALIDATION when it does not fit the state or comes before the last one. */
export function terapkanTransaksi(k: KeadaanAset, t: TransaksiBmn): KeadaanAset {
  if (!(KODE_TRANSAKSI as readonly string[]).includes(t.kode)) throw salah(t, 'kode transaksi tidak dikenal SATU.');
  if (!parseIsoDate(t.tanggal).ok) throw salah(t, 'tanggal tidak valid.');
  if (k.tanggalTerakhir !== null && t.tanggal < k.tanggalTerakhir) {
    throw salah(t, `tanggal sebelum transaksi terakhir (${formatTanggal(k.tanggalTerakhir)}).`);
  }
  return { ...terapkanKode(k, t), tanggalTerakhir: t.tanggal };
}

/** The current state: every transaction applied in date order. */
export function keadaanAset(transaksi: readonly TransaksiBmn[]): KeadaanAset {
  return urutkanTransaksi(transaksi).reduce(terapkanTransaksi, KEADAAN_AWAL);
}

/** The state at the end of a date: transactions dated on or before it. */
export function keadaanAsetPada(transaksi: readonly TransaksiBmn[], tanggal: string): KeadaanAset {
  if (!parseIsoDate(tanggal).ok) throw new AppError('VALIDATION', `Tanggal tidak valid: ${tanggal}`);
  return keadaanAset(transaksi.filter((t) => t.tanggal <= tanggal));
}

/** The state after each transaction, for the history of one NUP. */
export function riwayatKeadaan<T extends TransaksiBmn>(transaksi: readonly T[]): { transaksi: T; keadaan: KeadaanAset }[] {
  const hasil: { transaksi: T; keadaan: KeadaanAset }[] = [];
  let k = KEADAAN_AWAL;
  for (const t of urutkanTransaksi(transaksi)) {
    k = terapkanTransaksi(k, t);
    hasil.push({ transaksi: t, keadaan: k });
  }
  return hasil;
}
