/**
 * The order in which the collector looks up a batch of prediction ids: by their label rows' top
 * 12 bits, which the partitioned join (id-partitions.ts) reproduces to report the same first
 * duplicate.
 */

const rowCounts = new Int32Array((1 << 12) + 2);

/** A permutation of 0..count-1 ordering rows[] by value (top 12 bits of 0..n; -1 first), stable. */
export function rowOrder(rows: Int32Array, count: number, n: number, out: Int32Array): void {
  const bits = 32 - Math.clz32(Math.max(1, n));
  const shift = Math.max(0, bits - 12);
  const buckets = (1 << Math.min(12, bits)) + 1;
  rowCounts.fill(0, 0, buckets + 1);
  for (let i = 0; i < count; i++) rowCounts[(rows[i] < 0 ? 0 : (rows[i] >>> shift) + 1) + 1]++;
  for (let b = 0; b < buckets; b++) rowCounts[b + 1] += rowCounts[b];
  for (let i = 0; i < count; i++) out[rowCounts[rows[i] < 0 ? 0 : (rows[i] >>> shift) + 1]++] = i;
}
