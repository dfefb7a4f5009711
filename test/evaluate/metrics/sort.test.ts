import { describe, expect, it } from 'vitest';
import { rankAscending, rankDescending } from '../../../src/util/sort.js';

describe('radix ranking of float64 values', () => {
  const values = Float64Array.from([0.5, -0, 3, -Infinity, 0, Infinity, -2.5, 0.5, 1e-300, -1e-300, 3]);

  it('orders like a comparator sort, ties in row order, -0 equal to 0', () => {
    const { order, lastInGroup } = rankAscending(values, null);
    const expected = Array.from(values.keys()).sort((a, b) => values[a] - values[b] || a - b);
    expect(Array.from(order)).toStrictEqual(expected);
    // Groups: -inf | -2.5 | -1e-300 | -0,0 | 1e-300 | 0.5,0.5 | 3,3 | inf
    expect(Array.from(lastInGroup)).toStrictEqual([1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1]);
  });

  it('descending keeps ties in row order and skips excluded rows', () => {
    const include = Uint8Array.from(values, (_, i) => (i === 5 ? 0 : 1));
    const { order, lastInGroup } = rankDescending(values, include);
    expect(Array.from(order)).toStrictEqual([2, 10, 0, 7, 8, 1, 4, 9, 6, 3]);
    expect(Array.from(lastInGroup)).toStrictEqual([0, 1, 0, 1, 1, 0, 1, 1, 1, 1]);
  });

  it('handles no rows and random data', () => {
    expect(rankAscending(new Float64Array(0), null).order).toHaveLength(0);
    let s = 3;
    const v = Float64Array.from({ length: 5000 }, () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return Math.round((s / 2 ** 32 - 0.5) * 200) / 7;
    });
    const { order } = rankAscending(v, null);
    const expected = Array.from(v.keys()).sort((a, b) => v[a] - v[b] || a - b);
    expect(Array.from(order)).toStrictEqual(expected);
  });
});

describe('distinct-value ranking (columns with few distinct values)', () => {
  // Large enough for the distinct-value path; the radix path is the reference (a comparator sort).
  const n = 80_000;
  let s = 11;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const few = Float64Array.from({ length: n }, (_, i) =>
    i % 97 === 0 ? -0 : i % 89 === 0 ? 0 : Math.round((next() - 0.3) * 2000) / 1000,
  );
  const many = Float64Array.from({ length: n }, () => next() - 0.5); // > 65,536 values: the radix sort
  const include = Uint8Array.from({ length: n }, (_, i) => (i % 13 === 0 ? 0 : 1));

  it('equals a stable comparator sort: ascending, descending, with an include mask, -0 as 0', () => {
    for (const v of [few, many])
      for (const mask of [null, include])
        for (const descending of [false, true]) {
          const rows = Array.from(v.keys()).filter((i) => !mask || mask[i]);
          const key = (i: number) => (descending ? -v[i] : v[i]) + 0; // + 0: -0 → 0
          const expected = rows.sort((a, b) => key(a) - key(b) || a - b);
          const { order, lastInGroup } = rankAscending(v, mask, descending);
          expect(Array.from(order)).toStrictEqual(expected);
          const groups = expected.map((row, j) =>
            j + 1 === expected.length || key(expected[j + 1]) !== key(row) ? 1 : 0,
          );
          expect(Array.from(lastInGroup)).toStrictEqual(groups);
        }
  });
});
