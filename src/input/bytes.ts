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

/** A cell as a user sees it in a message: quoted, shortened when long. */
export function showValue(value: string): string {
  const s = value.length > 60 ? value.slice(0, 57) + '...' : value;
  return JSON.stringify(s);
}
