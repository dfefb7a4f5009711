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
