import { hashBytes, SEED_A } from './bytes.js';

/**
 * A set of byte strings numbered 0, 1, 2… in insertion order, looked up by their bytes: used for
 * row ids (id → row index) and label strings (label → label index). Everything lives in typed
 * arrays — the keys' bytes end to end, their offsets, and an open-addressing table — so looking
 * up a cell of the input Buffer builds no string and allocates nothing.
 *
 * Each table slot holds [hash, index + 1, byte offset, length] (16 bytes): a probe reads one
 * cache line of the table and, on a hash match, the key's bytes — two memory accesses per lookup
 * in a table far larger than the CPU caches (a million ids joined in random order).
 */
export class ByteInterner {
  private bytes: Buffer;
  private used = 0;
  private offsets: Int32Array;
  private table: Int32Array;
  /** Slots − 1 (slots are a power of two). */
  private mask: number;
  private ascii = true;
  size = 0;

  constructor(expected = 16) {
    const cap = Math.max(16, Math.min(expected, 1 << 26));
    this.bytes = Buffer.allocUnsafe(cap * 8);
    this.offsets = new Int32Array(cap + 1);
    let slots = 32;
    while (slots * MAX_LOAD < cap) slots *= 2;
    this.table = new Int32Array(slots * 4);
    this.mask = slots - 1;
  }

  /** Index of bytes [start, end) of `buf`, or -1. */
  find(buf: Buffer, start: number, end: number): number {
    return this.findHashed(buf, start, end, hashBytes(buf, start, end, SEED_A));
  }

  /** `find` given the key's hash (`hashBytes(buf, start, end, SEED_A)`). */
  findHashed(buf: Buffer, start: number, end: number, h: number): number {
    const table = this.table;
    const mask = this.mask;
    const len = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const t = slot << 2;
      const v = table[t + 1];
      if (v === 0) return -1;
      if (table[t] === h && table[t + 3] === len && this.sameBytes(table[t + 2], buf, start, len))
        return v - 1;
    }
  }

  /**
   * Index of bytes [start, end), inserting them when new. Returns `-(index + 1)` — a negative
   * number — when the key was already there, so a caller checking uniqueness can tell.
   */
  add(buf: Buffer, start: number, end: number): number {
    const h = hashBytes(buf, start, end, SEED_A);
    const table = this.table;
    const mask = this.mask;
    const len = end - start;
    let t: number;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      t = slot << 2;
      const v = table[t + 1];
      if (v === 0) break;
      if (table[t] === h && table[t + 3] === len && this.sameBytes(table[t + 2], buf, start, len)) return -v;
    }
    const idx = this.store(buf, start, len);
    table[t] = h;
    table[t + 1] = idx + 1;
    table[t + 2] = this.offsets[idx];
    table[t + 3] = len;
    if (this.size > (mask + 1) * MAX_LOAD) this.rehash();
    return idx;
  }

  /**
   * Appends a key without indexing it (its index is returned); `indexPending` later adds the
   * appended keys to the table in table order, which is several times faster for large tables
   * than inserting in arrival order (the table is far larger than the CPU caches).
   */
  append(buf: Buffer, start: number, end: number): number {
    return this.store(buf, start, end - start);
  }

  /** Numbers a key and keeps its bytes; indexing it in the table is left to the caller. */
  private store(buf: Buffer, start: number, len: number): number {
    const idx = this.size;
    if (idx + 1 === this.offsets.length) this.growOffsets();
    if (this.used + len > this.bytes.length) this.growBytes(this.used + len);
    const bytes = this.bytes;
    const at = this.used;
    for (let i = 0; i < len; i++) {
      const b = buf[start + i];
      bytes[at + i] = b;
      if (b > 127) this.ascii = false;
    }
    this.used = at + len;
    this.offsets[idx + 1] = this.used;
    this.size = idx + 1;
    return idx;
  }

  private indexed = 0;
  private hashTmp = new Int32Array(0);
  private orderTmp = new Int32Array(0);

  /**
   * Indexes the keys appended since the last call. Returns -1, or, when keys equal earlier ones,
   * the first such key (the lowest index: the first repeat in insertion order) and sets
   * `duplicateOf` to the index of the key it repeats (its first occurrence). Of equal keys the
   * earliest is always indexed first, so which repeat is reported does not depend on the table.
   */
  indexPending(): number {
    const from = this.indexed;
    const to = this.size;
    const count = to - from;
    if (count === 0) return -1;
    while (to > (this.mask + 1) * MAX_LOAD) this.rehash();
    if (this.hashTmp.length < count) {
      this.hashTmp = new Int32Array(count);
      this.orderTmp = new Int32Array(count);
    }
    const hashes = this.hashTmp;
    const offsets = this.offsets;
    const bytes = this.bytes;
    for (let i = 0; i < count; i++)
      hashes[i] = hashBytes(bytes, offsets[from + i], offsets[from + i + 1], SEED_A);
    const order = this.orderTmp;
    bucketOrder(hashes, count, this.mask, order);
    this.touch(hashes, order, count);
    const table = this.table;
    const mask = this.mask;
    let dup = -1;
    probe: for (let o = 0; o < count; o++) {
      const i = order[o];
      const h = hashes[i];
      const idx = from + i;
      const at = offsets[idx];
      const len = offsets[idx + 1] - at;
      let t: number;
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        t = slot << 2;
        const v = table[t + 1];
        if (v === 0) break;
        if (table[t] === h && table[t + 3] === len && this.sameBytes(table[t + 2], bytes, at, len)) {
          // A repeat: keep the first one (the rest of the batch is still probed to find it).
          if (dup < 0 || idx < dup) {
            dup = idx;
            this.duplicateOf = v - 1;
          }
          continue probe;
        }
      }
      table[t] = h;
      table[t + 1] = idx + 1;
      table[t + 2] = at;
      table[t + 3] = len;
    }
    this.indexed = to;
    return dup;
  }

  /** See `indexPending`. */
  duplicateOf = -1;

  /**
   * For `count` keys given by their hashes, writes into `rows` the index of each (or -1), probing
   * in table order. `keyBytes`/`keyOffsets` hold the keys end to end.
   */
  findMany(
    keyBytes: Buffer,
    keyOffsets: Int32Array,
    hashes: Int32Array,
    count: number,
    rows: Int32Array,
  ): void {
    if (this.orderTmp.length < count) {
      this.hashTmp = new Int32Array(count);
      this.orderTmp = new Int32Array(count);
    }
    const order = this.orderTmp;
    bucketOrder(hashes, count, this.mask, order);
    this.touch(hashes, order, count);
    // Probe by hash and length only, noting the candidate slot; then touch the candidates' bytes
    // (independent loads again) and compare them. A hash collision falls back to a full probe.
    const table = this.table;
    const mask = this.mask;
    const cand = rows;
    for (let o = 0; o < count; o++) {
      const i = order[o];
      const h = hashes[i];
      const len = keyOffsets[i + 1] - keyOffsets[i];
      let found = -1;
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        const t = slot << 2;
        if (table[t + 1] === 0) break;
        if (table[t] === h && table[t + 3] === len) {
          found = t;
          break;
        }
      }
      cand[i] = found;
    }
    const bytes = this.bytes;
    let acc = 0;
    for (let i = 0; i < count; i++) if (cand[i] >= 0) acc ^= bytes[table[cand[i] + 2]];
    this.touched = acc;
    for (let i = 0; i < count; i++) {
      const t = cand[i];
      if (t < 0) continue;
      const s = keyOffsets[i];
      rows[i] = this.sameBytes(table[t + 2], keyBytes, s, table[t + 3])
        ? table[t + 1] - 1
        : this.findHashed(keyBytes, s, keyOffsets[i + 1], hashes[i]);
    }
  }

  /**
   * Reads each key's home slot in a branch-free loop whose loads do not depend on each other, so
   * the CPU overlaps their cache misses; the probing loop that follows then mostly hits the cache.
   */
  private touch(hashes: Int32Array, order: Int32Array, count: number): void {
    const table = this.table;
    const mask = this.mask;
    let acc = 0;
    for (let o = 0; o < count; o++) acc ^= table[((hashes[order[o]] & mask) << 2) + 1];
    this.touched = acc;
  }

  /** Written by `touch` so that its loads are not optimised away. */
  touched = 0;

  private sameBytes(at: number, buf: Uint8Array, start: number, len: number): boolean {
    const bytes = this.bytes;
    for (let i = 0; i < len; i++) if (bytes[at + i] !== buf[start + i]) return false;
    return true;
  }

  /** Adds a string (a slow path: label values that are not the cell bytes, e.g. JSON numbers). */
  addString(s: string): number {
    const b = Buffer.from(s, 'utf8');
    return this.add(b, 0, b.length);
  }

  get(idx: number): string {
    return this.bytes.toString('utf8', this.offsets[idx], this.offsets[idx + 1]);
  }

  /** The bytes and offsets arrays, for hot loops over every key. */
  raw(): { bytes: Buffer; offsets: Int32Array } {
    return { bytes: this.bytes, offsets: this.offsets };
  }

  /**
   * Every key as a string, in insertion order. ASCII keys are sliced from one decoded string
   * (V8 keeps slices of 13 characters or more as views on it).
   */
  strings(): string[] {
    const n = this.size;
    const out = new Array<string>(n);
    const offsets = this.offsets;
    if (this.ascii) {
      const all = this.bytes.toString('latin1', 0, this.used);
      for (let i = 0; i < n; i++) out[i] = all.slice(offsets[i], offsets[i + 1]);
    } else {
      for (let i = 0; i < n; i++) out[i] = this.bytes.toString('utf8', offsets[i], offsets[i + 1]);
    }
    return out;
  }

  /** Frees the lookup table once no more lookups will come (keys stay readable). */
  releaseTable(): void {
    this.table = new Int32Array(4 * 32);
    this.mask = 31;
    this.indexed = this.size;
  }

  private growOffsets(): void {
    const offsets = new Int32Array(this.offsets.length * 2);
    offsets.set(this.offsets);
    this.offsets = offsets;
  }

  private growBytes(need: number): void {
    let cap = this.bytes.length * 2;
    while (cap < need) cap *= 2;
    if (need > 0x7fffffff) throw new RangeError('the ids (or labels) of one file exceed 2 GiB');
    const bytes = Buffer.allocUnsafe(Math.min(cap, 0x7fffffff));
    this.bytes.copy(bytes, 0, 0, this.used);
    this.bytes = bytes;
  }

  private rehash(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    const table = new Int32Array(slots * 4);
    const mask = slots - 1;
    for (let t = 0; t < old.length; t += 4) {
      if (old[t + 1] === 0) continue;
      let slot = old[t] & mask;
      while (table[(slot << 2) + 1] !== 0) slot = (slot + 1) & mask;
      const u = slot << 2;
      table[u] = old[t];
      table[u + 1] = old[t + 1];
      table[u + 2] = old[t + 2];
      table[u + 3] = old[t + 3];
    }
    this.table = table;
    this.mask = mask;
  }
}

/** Largest fill of the table before it doubles (linear probing stays short below ~0.7). */
const MAX_LOAD = 0.6;
const ORDER_BITS = 12;
const counts = new Int32Array((1 << ORDER_BITS) + 1);

/**
 * A permutation of 0..count-1 ordering the keys by their home slot's top bits (counting sort,
 * stable): probing in that order walks the table front to back.
 */
function bucketOrder(hashes: Int32Array, count: number, mask: number, out: Int32Array): void {
  const slotBits = 31 - Math.clz32(mask + 1);
  const shift = Math.max(0, slotBits - ORDER_BITS);
  const buckets = 1 << Math.min(ORDER_BITS, slotBits);
  counts.fill(0, 0, buckets + 1);
  for (let i = 0; i < count; i++) counts[((hashes[i] & mask) >>> shift) + 1]++;
  for (let b = 0; b < buckets; b++) counts[b + 1] += counts[b];
  for (let i = 0; i < count; i++) out[counts[(hashes[i] & mask) >>> shift]++] = i;
}
