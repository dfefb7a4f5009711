import { truncate } from '../../util/escape.js';

/**
 * Byte-level helpers for the hot path: hashing, comparing and parsing numbers straight from the
 * input Buffers, without building a string per cell.
 */

export const LF = 10;
export const CR = 13;
export const QUOTE = 34;
export const COMMA = 44;
export const TAB = 9;
export const BACKSLASH = 92;

/** 32-bit FNV-1a over bytes [start, end) followed by murmur3's finaliser. */
export function hashBytes(buf: Uint8Array, start: number, end: number, seed: number): number {
  let h = seed | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
  return fmix32(h ^ (end - start));
}

/** murmur3's 32-bit finaliser: full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

export const SEED_A = 0x811c9dc5 | 0;
export const SEED_B = 0x2545f491;

export function bytesEqual(
  a: Uint8Array,
  as: number,
  ae: number,
  b: Uint8Array,
  bs: number,
  be: number,
): boolean {
  const len = ae - as;
  if (len !== be - bs) return false;
  for (let i = 0; i < len; i++) if (a[as + i] !== b[bs + i]) return false;
  return true;
}

/** Powers of ten that are exact doubles (10^0 … 10^22). */
const POW10 = new Float64Array(23);
for (let i = 0, p = 1; i < 23; i++, p *= 10) POW10[i] = p;

const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const SPECIAL = /^\s*([+-]?)(?:(inf|infinity)|nan)\s*$/i;

/**
 * Parses a number from bytes [start, end), as Python's `float()` would: decimal forms with an
 * optional exponent, surrounding spaces, `inf`/`nan` (returned as ±Infinity/NaN so that the
 * caller can report them). Anything else (including an empty cell) is NaN.
 *
 * Fast path (Clinger): at most 15 significant digits and at most 22 after the point, no exponent
 * — the integer mantissa and the power of ten are exact doubles, so one division rounds
 * correctly. Other forms fall back to `Number()` on a string of the cell.
 */
export function parseNumber(buf: Buffer, start: number, end: number): number {
  if (start >= end) return NaN;
  let i = start;
  let neg = false;
  let c = buf[i];
  if (c === 45) {
    neg = true;
    i++;
  } else if (c === 43) i++;
  const digitStart = i;
  let mant = 0;
  let digits = 0;
  let frac = 0;
  for (; i < end; i++) {
    c = buf[i] - 48;
    if (c < 0 || c > 9) break;
    mant = mant * 10 + c;
    if (mant !== 0) digits++;
  }
  const intEnd = i;
  if (i < end && buf[i] === 46) {
    i++;
    for (; i < end; i++) {
      c = buf[i] - 48;
      if (c < 0 || c > 9) break;
      mant = mant * 10 + c;
      if (mant !== 0) digits++;
      frac++;
    }
  }
  if (i === end && digits <= 15 && frac <= 22 && (intEnd > digitStart || frac > 0)) {
    const v = frac === 0 ? mant : mant / POW10[frac];
    return neg ? -v : v;
  }
  return parseNumberSlow(buf.toString('latin1', start, end));
}

export function parseNumberSlow(s: string): number {
  if (DECIMAL.test(s)) return Number(s);
  const m = SPECIAL.exec(s);
  if (m) return m[2] !== undefined ? (m[1] === '-' ? -Infinity : Infinity) : NaN;
  return NaN;
}

/** Strict "is this label a number" test used to choose the class order (and for finite-ness). */
export function labelNumber(s: string): number {
  return DECIMAL.test(s) ? Number(s) : NaN;
}

/**
 * True when the JSON number token [start, end) is already in JavaScript's canonical form for an
 * integer (`String(Number(token)) === token`): optional minus, no leading zero, at most 15 digits,
 * not "-0".
 */
export function isCanonicalJsonInteger(buf: Uint8Array, start: number, end: number): boolean {
  let i = start;
  if (buf[i] === 45) i++;
  const len = end - i;
  if (len < 1 || len > 15) return false;
  if (buf[i] === 48) return len === 1 && i === start;
  for (; i < end; i++) {
    const c = buf[i] - 48;
    if (c < 0 || c > 9) return false;
  }
  return true;
}

/** Decodes [start, end) as UTF-8. */
export function utf8(buf: Buffer, start: number, end: number): string {
  return buf.toString('utf8', start, end);
}

/** Longest data value quoted in a message, in code points (a 50 MB label must not be copied). */
export const SHOWN_VALUE_LENGTH = 60;

/** A cell as a user sees it in a message: quoted, shortened when long. */
export function showValue(value: string): string {
  return JSON.stringify(truncate(value, SHOWN_VALUE_LENGTH));
}

/**
 * `showValue` of bytes [start, end) without decoding all of them: only the first few bytes of a
 * long cell are turned into a string.
 */
export function showBytes(buf: Uint8Array, start: number, end: number): string {
  const stop = Math.min(end, start + 4 * SHOWN_VALUE_LENGTH + 4);
  const text = Buffer.from(buf.buffer, buf.byteOffset + start, stop - start).toString('utf8');
  // 4 bytes per code point at most: a cut cell still has more than SHOWN_VALUE_LENGTH of them,
  // so `truncate` marks the cut.
  return showValue(text);
}

/**
 * Offset of the first byte of [start, end) that is not part of well-formed UTF-8 (as the WHATWG
 * decoder in fatal mode defines it: no overlong forms, no surrogates, so no CESU-8, nothing above
 * U+10FFFF), or -1 when all of it is.
 */
export function firstInvalidUtf8(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = buf[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= end) return i;
    const b1 = buf[i + 1];
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k <= need; k++) if (buf[i + k] < 0x80 || buf[i + k] > 0xbf) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * The exact canonical decimal text of a decimal number (`DECIMAL` syntax): no sign for zero or
 * positives, no leading zeros, no trailing fractional zeros, no exponent ("1.0" → "1",
 * "-0012.50e1" → "-125", "9007199254740993" stays itself). Two spellings denote the same number
 * exactly when their canonical texts are equal; unlike a double, this never merges two different
 * integers beyond 2^53. Exponents beyond ±400 (outside a double's range anyway) fall back to
 * JavaScript's shortest double text.
 */
export function canonicalDecimal(text: string): string {
  const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text);
  if (!m) return text;
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  if (Math.abs(exp) > 400) return String(Number(text));
  let digits = m[2] + (m[3] ?? '');
  let point = m[2].length + exp;
  let lead = 0;
  while (lead < digits.length && digits.charCodeAt(lead) === 48) lead++;
  digits = digits.slice(lead);
  point -= lead;
  let trail = digits.length;
  while (trail > 0 && digits.charCodeAt(trail - 1) === 48) trail--;
  digits = digits.slice(0, trail);
  if (digits.length === 0) return '0';
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return m[1] === '-' ? '-' + out : out;
}

/** Orders two `canonicalDecimal` texts by the numbers they denote, exactly. */
export function compareCanonicalDecimals(a: string, b: string): number {
  const na = a.charCodeAt(0) === 45;
  const nb = b.charCodeAt(0) === 45;
  if (na !== nb) return na ? -1 : 1;
  const mag = compareMagnitudes(na ? a.slice(1) : a, nb ? b.slice(1) : b);
  return na ? -mag : mag;
}

function compareMagnitudes(a: string, b: string): number {
  const pa = a.indexOf('.');
  const pb = b.indexOf('.');
  const ia = pa < 0 ? a : a.slice(0, pa);
  const ib = pb < 0 ? b : b.slice(0, pb);
  // "0.x" has integer part "0": shorter than any other integer part except another "0".
  const la = ia === '0' ? 0 : ia.length;
  const lb = ib === '0' ? 0 : ib.length;
  if (la !== lb) return la - lb;
  if (ia !== ib) return ia < ib ? -1 : 1;
  const fa = pa < 0 ? '' : a.slice(pa + 1);
  const fb = pb < 0 ? '' : b.slice(pb + 1);
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}
