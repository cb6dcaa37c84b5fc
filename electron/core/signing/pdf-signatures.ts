// Owns finding the signatures in a PDF's bytes without a PDF library: each /ByteRange with its signature
// dictionary (SubFilter, M, Name, Reason, Location as text) and the /Contents hex the range leaves out.
// Tolerant by design: anything malformed yields nulls, never an exception, so a damaged or hostile file
// is reported rather than crashing the checker.

export type RawSignature = {
  byteRange: [number, number, number, number] | null;
  /** The bytes of the gap's hex string (the CMS then zero padding); null when the gap is not a hex string. */
  cms: Buffer | null;
  /** True when the gap is exactly `<hex>` right after the /Contents key. */
  gapIsContents: boolean;
  subFilter: string | null;
  name: string | null;
  reason: string | null;
  location: string | null;
  /** ISO instant from /M, or null. */
  signedAt: string | null;
};

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

/** Appends the byte of the escape after a backslash at text[k]; returns how many characters it used. */
function escapeAt(text: string, k: number, out: number[]): number {
  const oct = /^[0-7]{1,3}/.exec(text.slice(k, k + 3));
  if (oct) {
    out.push(parseInt(oct[0], 8) & 0xff);
    return oct[0].length;
  }
  const ch = text[k] ?? '';
  if (ch === '\r' && text[k + 1] === '\n') return 2; // line continuation
  if (ch !== '\n' && ch !== '\r') out.push(ESCAPES[ch] ?? ch.charCodeAt(0));
  return 1;
}

/** Decodes the PDF literal string that starts at text[i] === '(' (nesting, escapes, octal). */
function literalBytes(text: string, i: number): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let k = i; k < text.length; k++) {
    const ch = text[k] ?? '';
    if (ch === '\\') {
      k += escapeAt(text, k + 1, out);
      continue;
    }
    if (ch === '(' && depth++ === 0) continue;
    if (ch === ')' && --depth === 0) break;
    out.push(ch.charCodeAt(0) & 0xff);
  }
  return out;
}

function textOf(bytes: number[]): string {
  const b = Buffer.from(bytes);
  if (b[0] === 0xfe && b[1] === 0xff)
    return Buffer.from(b.subarray(2, 2 + ((b.length - 2) & ~1)))
      .swap16()
      .toString('utf16le');
  return b.toString('latin1');
}

/** The string value of `/Key (...)` or `/Key <hex>` in a dictionary's text. */
export function stringEntry(dict: string, key: string): string | null {
  const m = new RegExp(`/${key}\\s*([(<])`).exec(dict);
  if (!m) return null;
  const at = m.index + m[0].length - 1;
  if (m[1] === '(') return textOf(literalBytes(dict, at));
  const hex = /^<([0-9A-Fa-f\s]*)>/.exec(dict.slice(at))?.[1]?.replace(/\s+/g, '') ?? '';
  return textOf([...Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex')]);
}

/** "D:20261123060500Z" or "D:20261123140500+08'00'" → ISO instant. */
export function pdfDateToIso(s: string | null): string | null {
  const m = s ? /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(s) : null;
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', se = '00', tz = 'Z'] = m;
  const zone = tz === 'Z' ? 'Z' : `${tz.slice(0, 3)}:${tz.replace(/'/g, '').slice(3, 5)}`;
  const t = new Date(`${y}-${mo}-${d}T${h}:${mi}:${se}${zone}`);
  return Number.isNaN(t.getTime()) ? null : t.toISOString();
}

function parseByteRange(text: string, at: number): [number, number, number, number] | null {
  const m = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text.slice(at, at + 120));
  if (!m) return null;
  const r = [m[1], m[2], m[3], m[4]].map(Number);
  return r.every(Number.isSafeInteger) ? (r as [number, number, number, number]) : null;
}

function gapOf(pdf: Buffer, text: string, br: [number, number, number, number]): { cms: Buffer | null; gapIsContents: boolean } {
  const [a, b, c] = br;
  const start = a + b;
  if (a !== 0 || start <= 0 || c <= start + 1 || c > pdf.length) return { cms: null, gapIsContents: false };
  const hex = text.slice(start + 1, c - 1);
  const isHex = pdf[start] === 0x3c && pdf[c - 1] === 0x3e && /^[0-9A-Fa-f]*$/.test(hex) && hex.length % 2 === 0;
  const afterKey = /\/Contents\s*$/.test(text.slice(Math.max(0, start - 40), start));
  const cms = isHex ? Buffer.from(hex, 'hex') : null;
  return { cms, gapIsContents: isHex && afterKey };
}

export function findSignatures(pdf: Buffer): RawSignature[] {
  const text = pdf.toString('latin1');
  const out: RawSignature[] = [];
  for (let at = text.indexOf('/ByteRange'); at !== -1; at = text.indexOf('/ByteRange', at + 10)) {
    const objStart = Math.max(0, text.lastIndexOf(' obj', at));
    const objEnd = text.indexOf('endobj', at);
    const dict = text.slice(objStart, objEnd === -1 ? text.length : objEnd);
    const byteRange = parseByteRange(text, at);
    const gap = byteRange ? gapOf(pdf, text, byteRange) : { cms: null, gapIsContents: false };
    out.push({
      byteRange,
      ...gap,
      subFilter: /\/SubFilter\s*\/([^\s/<>[\]()]+)/.exec(dict)?.[1] ?? null,
      name: stringEntry(dict, 'Name'),
      reason: stringEntry(dict, 'Reason'),
      location: stringEntry(dict, 'Location'),
      signedAt: pdfDateToIso(stringEntry(dict, 'M')),
    });
  }
  return out;
}
