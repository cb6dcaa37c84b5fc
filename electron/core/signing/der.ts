// Owns a minimal DER (ASN.1) reader and writer for CMS and X.509 structures. Exact byte slices matter:
// a CMS signature covers the DER of the signed attributes and names must match byte for byte, so this
// works on raw TLVs instead of re-encoding parsed objects. The reader bounds-checks everything and throws
// a plain Error on malformed input (verification turns that into "data tanda tangan rusak").

export type Tlv = { tag: number; start: number; headerEnd: number; end: number; buf: Buffer };

export const TAG = { INTEGER: 0x02, OCTET_STRING: 0x04, NULL: 0x05, OID: 0x06, UTF8: 0x0c, SEQUENCE: 0x30, SET: 0x31 } as const;
export const ctxTag = (n: number, constructed = true): number => (constructed ? 0xa0 : 0x80) | n;

export function readTlv(buf: Buffer, start: number, limit = buf.length): Tlv {
  if (start + 2 > limit) throw new Error('DER terpotong');
  const tag = buf[start] ?? 0;
  if ((tag & 0x1f) === 0x1f) throw new Error('DER: tag panjang tidak didukung');
  let len = buf[start + 1] ?? 0;
  let headerEnd = start + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || headerEnd + n > limit) throw new Error('DER: panjang tidak valid');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (buf[headerEnd + i] ?? 0);
    headerEnd += n;
  }
  const end = headerEnd + len;
  if (end > limit) throw new Error('DER terpotong');
  return { tag, start, headerEnd, end, buf };
}

/** The direct children of a constructed TLV. */
export function children(t: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = t.headerEnd; at < t.end;) {
    const c = readTlv(t.buf, at, t.end);
    out.push(c);
    at = c.end;
  }
  return out;
}

export const raw = (t: Tlv): Buffer => t.buf.subarray(t.start, t.end);
export const content = (t: Tlv): Buffer => t.buf.subarray(t.headerEnd, t.end);

export function child(t: Tlv, i: number, tag?: number): Tlv {
  const c = children(t)[i];
  if (!c || (tag !== undefined && c.tag !== tag)) throw new Error('DER: struktur tidak sesuai');
  return c;
}

export function decodeOid(t: Tlv): string {
  const b = content(t);
  if (b.length === 0) throw new Error('DER: OID kosong');
  const first = b[0] ?? 0;
  const parts = [Math.min(2, Math.floor(first / 40)), first - Math.min(2, Math.floor(first / 40)) * 40];
  let v = 0;
  for (const byte of b.subarray(1)) {
    v = v * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(v);
      v = 0;
    }
  }
  return parts.join('.');
}

// ---- writer ----

function lengthBytes(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export const tlv = (tag: number, body: Buffer): Buffer => Buffer.concat([Buffer.from([tag]), lengthBytes(body.length), body]);
export const seq = (...items: Buffer[]): Buffer => tlv(TAG.SEQUENCE, Buffer.concat(items));
export const octets = (b: Buffer): Buffer => tlv(TAG.OCTET_STRING, b);
export const nullDer = (): Buffer => Buffer.from([TAG.NULL, 0]);

/** SET OF in DER order: the encodings sorted as octet strings (X.690 §11.6). */
export const setOf = (...items: Buffer[]): Buffer => tlv(TAG.SET, Buffer.concat([...items].sort(Buffer.compare)));

export function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [a * 40 + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(TAG.OID, Buffer.from(bytes));
}

export const integer = (n: number): Buffer => tlv(TAG.INTEGER, Buffer.from([n]));
