import { createHash } from 'node:crypto';
import { fmix32, hashBytes, SEED_A, SEED_B } from './bytes.js';
import type { ByteInterner } from './interner.js';

const TWO32 = 4294967296;

/**
 * Order-independent fingerprint of a multiset of (id, label) pairs: each pair gets a 64-bit hash
 * (two independent 32-bit halves), the hashes are added mod 2^64, and the sum and the count go
 * through SHA-256. Any row order gives the same value; changing an id or a label changes it.
 */
export class PairFingerprint {
  private hi = 0;
  private lo = 0;
  private count = 0;

  /** Adds a pair given the two 32-bit hashes of its id (a, b) and of its label (la, lb). */
  add(a: number, b: number, la: number, lb: number): void {
    const pa = fmix32(Math.imul(a ^ 0x1b873593, 0x9e3779b1) ^ la);
    const pb = fmix32((Math.imul(b, 0x85ebca77) + lb) ^ 0x27d4eb2f);
    let lo = this.lo + (pb >>> 0);
    let carry = 0;
    if (lo >= TWO32) {
      lo -= TWO32;
      carry = 1;
    }
    this.lo = lo;
    this.hi = (this.hi + (pa >>> 0) + carry) >>> 0;
    this.count++;
  }

  digest(): string {
    const h = createHash('sha256');
    h.update(`model-gate/fingerprint@1\n${this.count}\n${hex8(this.hi)}${hex8(this.lo)}\n`);
    return `sha256:${h.digest('hex')}`;
  }
}

function hex8(x: number): string {
  return x.toString(16).padStart(8, '0');
}

/** Hashes of each label string (UTF-8 bytes), two seeds. */
export function labelHashes(labels: readonly string[]): { a: Int32Array; b: Int32Array } {
  const a = new Int32Array(labels.length);
  const b = new Int32Array(labels.length);
  labels.forEach((l, i) => {
    const buf = Buffer.from(l, 'utf8');
    a[i] = hashBytes(buf, 0, buf.length, SEED_A);
    b[i] = hashBytes(buf, 0, buf.length, SEED_B);
  });
  return { a, b };
}

/**
 * Fingerprint of n rows: row i's id is ids' key i (or, joined by position, the decimal digits of
 * i, so the same rows with ids 0, 1, 2… fingerprint the same); its label hash comes from
 * `labelHash(i)` as [a, b] written into `out`.
 */
export function fingerprintRows(
  n: number,
  ids: ByteInterner | null,
  labelHash: (i: number, out: Int32Array) => void,
): string {
  const fp = new RowFingerprint(ids);
  const lh = new Int32Array(2);
  for (let i = 0; i < n; i++) {
    labelHash(i, lh);
    fp.add(i, lh);
  }
  return fp.digest();
}

/** `fingerprintRows` a row at a time (rows in any order, each once), for streamed rows. */
export class RowFingerprint {
  private readonly fp = new PairFingerprint();
  private readonly digits = Buffer.allocUnsafe(24);
  private readonly raw: { bytes: Buffer; offsets: Int32Array } | null;

  /** `ids` must hold every row already (its arrays are read once, here). */
  constructor(ids: ByteInterner | null) {
    this.raw = ids ? ids.raw() : null;
  }

  /** Adds row i (its id is ids' key i, or the digits of i) with its label hash [a, b]. */
  add(i: number, labelHash: Int32Array): void {
    if (this.raw) {
      const { bytes, offsets } = this.raw;
      const s = offsets[i];
      const e = offsets[i + 1];
      this.fp.add(hashBytes(bytes, s, e, SEED_A), hashBytes(bytes, s, e, SEED_B), labelHash[0], labelHash[1]);
    } else {
      const digits = this.digits;
      const len = writeDecimal(digits, i);
      this.fp.add(
        hashBytes(digits, 0, len, SEED_A),
        hashBytes(digits, 0, len, SEED_B),
        labelHash[0],
        labelHash[1],
      );
    }
  }

  /** Adds a row given the two hashes of its id (`hashBytes` with SEED_A, SEED_B) and its label hash. */
  addHashed(a: number, b: number, labelHash: Int32Array): void {
    this.fp.add(a, b, labelHash[0], labelHash[1]);
  }

  digest(): string {
    return this.fp.digest();
  }
}

function writeDecimal(out: Buffer, v: number): number {
  let len = 0;
  do {
    out[len++] = 48 + (v % 10);
    v = Math.floor(v / 10);
  } while (v > 0);
  for (let i = 0, j = len - 1; i < j; i++, j--) {
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return len;
}

/** Hashes a float64's bits (for regression labels) into out[0], out[1]. */
export function makeNumberHasher(): (v: number, out: Int32Array) => void {
  const f = new Float64Array(1);
  const w = new Int32Array(f.buffer);
  return (v, out) => {
    f[0] = v === 0 ? 0 : v; // -0 and 0 are the same label
    out[0] = fmix32(w[0] ^ Math.imul(w[1], 0x9e3779b1));
    out[1] = fmix32(Math.imul(w[0], 0x85ebca77) + w[1]);
  };
}
