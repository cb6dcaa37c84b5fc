// Owns spelling whole numbers out in Indonesian words ("seribu dua ratus"), as used on kuitansi and letters.

const SATUAN = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;

/** Scale word of each group of three digits, lowest first. */
const SKALA = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun'] as const;

/** The largest value spelled: 10^18 - 1 (just under one kuintiliun). */
export const TERBILANG_MAX = 10n ** 18n - 1n;

function satuan(n: number): string {
  const kata = SATUAN[n];
  if (kata === undefined) throw new RangeError(`Digit tidak valid: ${n}`);
  return kata;
}

/** 1..99 */
function puluhan(n: number): string {
  if (n < 10) return satuan(n);
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${satuan(n - 10)} belas`;
  const tens = `${satuan(Math.floor(n / 10))} puluh`;
  return n % 10 === 0 ? tens : `${tens} ${satuan(n % 10)}`;
}

/** 1..999 */
function ratusan(n: number): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (h === 1) parts.push('seratus');
  else if (h > 1) parts.push(`${satuan(h)} ratus`);
  if (rest > 0) parts.push(puluhan(rest));
  return parts.join(' ');
}

/** One group of three digits (1..999) with its scale: "seribu", "dua ribu", "satu juta". */
function kelompok(n: number, skala: number): string {
  if (skala === 1 && n === 1) return 'seribu';
  const kata = SKALA[skala];
  if (kata === undefined) throw new RangeError('Angka terlalu besar untuk terbilang');
  return kata === '' ? ratusan(n) : `${ratusan(n)} ${kata}`;
}

function toBigInt(n: number | bigint): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`Terbilang butuh bilangan bulat yang aman (gunakan bigint untuk angka besar): ${n}`);
  }
  return BigInt(n);
}

/**
 * 1250000 → "satu juta dua ratus lima puluh ribu"; 0 → "nol"; -5 → "minus lima".
 * Lowercase, single spaces. Numbers must be safe integers; bigint reaches ±(10^18 - 1). Throws RangeError beyond.
 */
export function terbilang(n: number | bigint): string {
  const v = toBigInt(n);
  const abs = v < 0n ? -v : v;
  if (abs > TERBILANG_MAX) throw new RangeError(`Angka terlalu besar untuk terbilang: ${v}`);
  if (abs === 0n) return 'nol';
  const parts: string[] = [];
  let rest = abs;
  for (let skala = 0; rest > 0n; skala++) {
    const group = Number(rest % 1000n);
    if (group > 0) parts.unshift(kelompok(group, skala));
    rest /= 1000n;
  }
  return (v < 0n ? 'minus ' : '') + parts.join(' ');
}

/** 1200000 → "Satu Juta Dua Ratus Ribu Rupiah" (each word capitalised), as written on a kuitansi. */
export function terbilangRupiah(n: number | bigint): string {
  const words = terbilang(n)
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return `${words.join(' ')} Rupiah`;
}
