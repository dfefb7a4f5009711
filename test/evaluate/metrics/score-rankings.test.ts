import { describe, expect, it } from 'vitest';
import { rankScoreColumn, rankScoreColumnInBaseRows } from '../../../src/evaluate/metrics/score-rankings.js';
import { rankDescending } from '../../../src/util/sort.js';

describe('shared score-column rankings', () => {
  const matrix = Float64Array.from([0.3, 0.7, 0.9, 0.1, 0.5, 0.5, 0.2, 0.8]); // 4 rows × 2 columns
  const all = new Uint8Array(4).fill(1);

  it('ranks a strided column as rankDescending of the copied column, once per mask', () => {
    const r = rankScoreColumn(matrix, 2, 1, all);
    const ref = rankDescending(Float64Array.from([0.7, 0.1, 0.5, 0.8]), all);
    expect(Array.from(r.order)).toEqual(Array.from(ref.order));
    expect(Array.from(r.lastInGroup)).toEqual(Array.from(ref.lastInGroup));
    expect(rankScoreColumn(matrix, 2, 1, Uint8Array.from(all))).toBe(r); // same mask contents: shared
    const partial = Uint8Array.from([1, 0, 1, 1]);
    const p = rankScoreColumn(matrix, 2, 1, partial);
    expect(Array.from(p.order)).toEqual([3, 0, 2]); // a different mask ranks afresh
    partial[1] = 1; // the cache kept its own copy of the mask
    expect(rankScoreColumn(matrix, 2, 1, Uint8Array.from([1, 0, 1, 1]))).toBe(p);
  });

  it('renames a candidate ranking into baseline rows, tie groups intact', () => {
    const cand = Float64Array.from([0.5, 0.9, 0.5, 0.1]);
    const candidateRow = Int32Array.from([2, 0, 3, 1]); // baseline row i ↔ candidate row candidateRow[i]
    const r = rankScoreColumnInBaseRows(cand, 1, 0, all, candidateRow, false);
    const inBase = Float64Array.from({ length: 4 }, (_, i) => cand[candidateRow[i]]);
    const scoresInOrder = Array.from(r.order, (row) => inBase[row]);
    expect(scoresInOrder).toEqual([0.9, 0.5, 0.5, 0.1]);
    expect(Array.from(r.lastInGroup)).toEqual(Array.from(rankDescending(inBase, all).lastInGroup));
  });
});
