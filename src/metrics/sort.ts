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
  // Order-preserving 64-bit keys of the values, as two 32-bit words (little-endian float64).
  const f = new Float64Array(m);
  let idx = new Int32Array(m);
  for (let i = 0, j = 0; i < n; i++) {
    if (include && !include[i]) continue;
    const v = values[i];
    f[j] = v === 0 ? 0 : v; // -0 → 0: one value, as numpy's comparisons
    idx[j++] = i;
  }
  const words = new Uint32Array(f.buffer);
  let lo = new Uint32Array(m);
  let hi = new Uint32Array(m);
  for (let j = 0; j < m; j++) {
    const l = words[2 * j];
    const h = words[2 * j + 1];
    if (h & 0x80000000) {
      hi[j] = ~h >>> 0;
      lo[j] = ~l >>> 0;
    } else {
      hi[j] = (h | 0x80000000) >>> 0;
      lo[j] = l;
    }
    if (descending) {
      hi[j] = ~hi[j] >>> 0;
      lo[j] = ~lo[j] >>> 0;
    }
  }
  // LSD radix sort, 11-bit digits (cache-friendly buckets), stable: equal keys keep row order.
  let lo2 = new Uint32Array(m);
  let hi2 = new Uint32Array(m);
  let idx2 = new Int32Array(m);
  const counts = new Int32Array(2048);
  for (const [useHi, shift] of DIGITS) {
    const src = useHi ? hi : lo;
    counts.fill(0);
    for (let j = 0; j < m; j++) counts[(src[j] >>> shift) & 0x7ff]++;
    if (m === 0 || counts[(src[0] >>> shift) & 0x7ff] === m) continue; // one bucket: nothing to do
    for (let d = 0, sum = 0; d < 2048; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let j = 0; j < m; j++) {
      const at = counts[(src[j] >>> shift) & 0x7ff]++;
      lo2[at] = lo[j];
      hi2[at] = hi[j];
      idx2[at] = idx[j];
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
    [idx, idx2] = [idx2, idx];
  }
  const lastInGroup = new Uint8Array(m);
  for (let j = 0; j + 1 < m; j++) if (lo[j] !== lo[j + 1] || hi[j] !== hi[j + 1]) lastInGroup[j] = 1;
  if (m > 0) lastInGroup[m - 1] = 1;
  return { order: idx, lastInGroup };
}

const DIGITS: [boolean, number][] = [
  [false, 0],
  [false, 11],
  [false, 22],
  [true, 0],
  [true, 11],
  [true, 22],
];

if (new Uint8Array(new Float64Array([1]).buffer)[7] !== 0x3f) {
  throw new Error('model-gate metrics assume a little-endian platform');
}

/** The same groups, by descending value (rows of equal value still in row order). */
export function rankDescending(values: Float64Array, include: Uint8Array | null): Ranking {
  return rankAscending(values, include, true);
}
