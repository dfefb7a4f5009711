/**
 * Ranks rows by value without a comparator callback (a comparator sort of 2M rows takes ~1.5 s):
 * a stable LSD radix sort of the float64 bit patterns made order-preserving. Ties share a group;
 * -0 and 0 are one value, as in numpy. NaN must be excluded by the caller.
 */
export interface Ranking {
  /** Included rows, ascending by value (rows of equal value in row order). */
  order: Int32Array;
  /** 1 at the last position of each group of equal values, in `order`. */
  lastInGroup: Uint8Array;
}

export function rankAscending(values: Float64Array, include: Uint8Array | null, descending = false): Ranking {
  const n = values.length;
  let m = 0;
  for (let i = 0; i < n; i++) if (!include || include[i]) m++;
  if (m >= DISTINCT_MIN_ROWS) {
    const ranked = rankByDistinctValues(values, include, m, descending);
    if (ranked) return ranked;
  }
  const f = new Float64Array(m);
  const sorter = new KeySorter();
  sorter.reserve(m);
  const rows = sorter.values;
  for (let i = 0, j = 0; i < n; i++) {
    if (include && !include[i]) continue;
    const v = values[i];
    f[j] = v === 0 ? 0 : v; // -0 → 0: one value, as numpy's comparisons
    rows[j++] = i;
  }
  encodeFloatKeys(f, m, sorter.hi, sorter.lo, descending);
  sorter.sort(m, 3);
  const { hi, lo } = sorter;
  const lastInGroup = new Uint8Array(m);
  for (let j = 0; j + 1 < m; j++) if (lo[j] !== lo[j + 1] || hi[j] !== hi[j + 1]) lastInGroup[j] = 1;
  if (m > 0) lastInGroup[m - 1] = 1;
  // A fresh sorter's buffers are exactly m long, and row indices fit 31 bits.
  return { order: new Int32Array(sorter.values.buffer, 0, m), lastInGroup };
}

/** Columns of at least this many rows try the distinct-value ranking first. */
const DISTINCT_MIN_ROWS = 1 << 16;
/** At most this many distinct values: beyond it the radix sort is the faster one. */
const DISTINCT_LIMIT = 1 << 16;

/**
 * The same ranking (identical `order` and `lastInGroup`) for columns with few distinct values —
 * scores and errors rounded to a few decimals, the common case, where a million rows hold some
 * thousands of values: the distinct values are collected in an open-addressing table keyed by
 * their bits (-0 as 0, so bit equality is numeric equality), sorted alone, and the rows placed by
 * a counting sort on their value's rank, which keeps equal values in row order (stable). Three
 * passes over the rows instead of the radix sort's six scatter passes of three arrays. Null once
 * the column shows more than `DISTINCT_LIMIT` values (found early: the radix sort runs instead).
 */
function rankByDistinctValues(
  values: Float64Array,
  include: Uint8Array | null,
  m: number,
  descending: boolean,
): Ranking | null {
  const n = values.length;
  const bits = 17; // a table twice the limit: short probe sequences
  const size = 1 << bits;
  const mask = size - 1;
  const slotWords = new Uint32Array(2 * size);
  const slotId = new Int32Array(size).fill(-1);
  const distinct = new Float64Array(DISTINCT_LIMIT);
  const distinctWords = new Uint32Array(distinct.buffer);
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const idOf = new Int32Array(n);
  let d = 0;
  for (let i = 0; i < n; i++) {
    if (include && !include[i]) continue;
    const lo = words[2 * i];
    let hi = words[2 * i + 1];
    if (lo === 0 && hi === 0x80000000) hi = 0; // -0 → 0: one value, as numpy's comparisons
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> (32 - bits);
    let id = slotId[h];
    while (id >= 0 && (slotWords[2 * h] !== lo || slotWords[2 * h + 1] !== hi)) {
      h = (h + 1) & mask;
      id = slotId[h];
    }
    if (id < 0) {
      if (d === DISTINCT_LIMIT) return null;
      id = d++;
      slotId[h] = id;
      slotWords[2 * h] = lo;
      slotWords[2 * h + 1] = hi;
      distinctWords[2 * id] = lo;
      distinctWords[2 * id + 1] = hi;
    }
    idOf[i] = id;
  }
  // Rank of each distinct value (ascending, or descending), then a stable counting sort of rows.
  // Sorting ids by value: the value's key (encodeFloatKeys' order) in the high bits would need 80
  // bits, so sort the values and find each one's id again in the table.
  const sorted = distinct.slice(0, d).sort();
  const sortedWords = new Uint32Array(sorted.buffer);
  const rankOf = new Int32Array(d);
  for (let r = 0; r < d; r++) {
    const lo = sortedWords[2 * r];
    const hi = sortedWords[2 * r + 1];
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> (32 - bits);
    while (slotWords[2 * h] !== lo || slotWords[2 * h + 1] !== hi) h = (h + 1) & mask;
    rankOf[slotId[h]] = descending ? d - 1 - r : r;
  }
  const start = new Int32Array(d + 1);
  for (let i = 0; i < n; i++) if (!include || include[i]) start[rankOf[idOf[i]] + 1]++;
  for (let r = 0; r < d; r++) start[r + 1] += start[r];
  const lastInGroup = new Uint8Array(m);
  for (let r = 0; r < d; r++) lastInGroup[start[r + 1] - 1] = 1;
  const order = new Int32Array(m);
  for (let i = 0; i < n; i++) if (!include || include[i]) order[start[rankOf[idOf[i]]]++] = i;
  return { order, lastInGroup };
}

/** The same groups, by descending value (rows of equal value still in row order). */
export function rankDescending(values: Float64Array, include: Uint8Array | null): Ranking {
  return rankAscending(values, include, true);
}

if (new Uint8Array(new Float64Array([1]).buffer)[7] !== 0x3f) {
  throw new Error('model-gate metrics assume a little-endian platform');
}

/**
 * Writes the first m values as order-preserving 64-bit keys, split in two 32-bit words: flipping
 * the sign bit of positives and every bit of negatives makes unsigned order match numeric order.
 * -0 must already be 0 (its bits would sort it below 0).
 */
export function encodeFloatKeys(
  values: Float64Array,
  m: number,
  hi: Uint32Array,
  lo: Uint32Array,
  descending = false,
): void {
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * m);
  const flip = descending ? 0xffffffff : 0;
  for (let j = 0; j < m; j++) {
    const l = words[2 * j];
    const h = words[2 * j + 1];
    if (h & 0x80000000) {
      hi[j] = (~h ^ flip) >>> 0;
      lo[j] = (~l ^ flip) >>> 0;
    } else {
      hi[j] = ((h | 0x80000000) ^ flip) >>> 0;
      lo[j] = (l ^ flip) >>> 0;
    }
  }
}

/** The float64 whose key `encodeFloatKeys` wrote as (h, l) (ascending), into `words` at float g. */
export function decodeFloatKey(h: number, l: number, words: Uint32Array, g: number): void {
  if (h & 0x80000000) {
    words[2 * g + 1] = h & 0x7fffffff;
    words[2 * g] = l;
  } else {
    words[2 * g + 1] = ~h >>> 0;
    words[2 * g] = ~l >>> 0;
  }
}

/**
 * A stable LSD radix sort of 64-bit keys, as (`hi`, `lo`) words, each carrying a 32-bit value
 * (a row, a flag): equal keys keep their input order. 11-bit digits keep the 2048 buckets in
 * cache. The buffers are reused from one sort to the next: the external sort sorts a run per
 * chunk, and the allocator keeps freed memory, so per-run temporaries would pile up.
 */
export class KeySorter {
  hi = new Uint32Array(0);
  lo = new Uint32Array(0);
  values = new Uint32Array(0);
  private hi2 = new Uint32Array(0);
  private lo2 = new Uint32Array(0);
  private values2 = new Uint32Array(0);
  private readonly counts = new Int32Array(2048);

  /** Room for m entries: fill the first m of `hi`, `lo` and `values`, then `sort(m)`. */
  reserve(m: number): void {
    this.reserveValues(m, 0);
    if (this.hi.length >= m) return;
    this.hi = new Uint32Array(m);
    this.lo = new Uint32Array(m);
    this.hi2 = new Uint32Array(m);
    this.lo2 = new Uint32Array(m);
    this.values2 = new Uint32Array(m);
  }

  /**
   * Room for m values, keeping the first `keep`: a caller that buffers its values here while it
   * collects keys saves a copy, and the key buffers are only allocated (`reserve`) once full.
   */
  reserveValues(m: number, keep: number): void {
    if (this.values.length >= m) return;
    const values = new Uint32Array(m);
    values.set(this.values.subarray(0, keep));
    this.values = values;
  }

  /** Sorts the first m entries; the key's high word has at most 11 × `hiDigits` bits. */
  sort(m: number, hiDigits: number): void {
    let { hi, lo, values, hi2, lo2, values2 } = this;
    const counts = this.counts;
    for (let d = 0; d < 3 + hiDigits && m > 0; d++) {
      const src = d < 3 ? lo : hi;
      const shift = (d < 3 ? d : d - 3) * 11;
      counts.fill(0);
      for (let j = 0; j < m; j++) counts[(src[j] >>> shift) & 0x7ff]++;
      if (counts[(src[0] >>> shift) & 0x7ff] === m) continue; // one bucket: nothing to do
      for (let b = 0, sum = 0; b < 2048; b++) {
        const c = counts[b];
        counts[b] = sum;
        sum += c;
      }
      for (let j = 0; j < m; j++) {
        const at = counts[(src[j] >>> shift) & 0x7ff]++;
        hi2[at] = hi[j];
        lo2[at] = lo[j];
        values2[at] = values[j];
      }
      [hi, hi2] = [hi2, hi];
      [lo, lo2] = [lo2, lo];
      [values, values2] = [values2, values];
    }
    this.hi = hi;
    this.lo = lo;
    this.values = values;
    this.hi2 = hi2;
    this.lo2 = lo2;
    this.values2 = values2;
  }

  /** Frees the buffers (a later `reserve` allocates them again). */
  release(): void {
    this.hi = this.lo = this.values = this.hi2 = this.lo2 = this.values2 = new Uint32Array(0);
  }
}
