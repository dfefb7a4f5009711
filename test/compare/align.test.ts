import { describe, expect, it } from 'vitest';
import { alignRows, joinIds } from '../../src/compare/align.js';
import type { ClassificationData } from '../../src/result/evaluation-data.js';

/** The old pairing (a Map over the ids), to check the typed-array join against. */
function byMap(base: string[], cand: string[]): Int32Array {
  const index = new Map(cand.map((id, j) => [id, j]));
  return Int32Array.from(base, (id) => index.get(id)!);
}

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

describe('alignRows / joinIds', () => {
  it('pairs shuffled ids like a Map does, identity when the order is the same', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `id-${i}-${'é'.repeat(i % 3)}`);
    const shuffled = [...ids];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    expect(joinIds(ids, shuffled)).toEqual(byMap(ids, shuffled));
    expect(joinIds(ids, [...ids])).toEqual(Int32Array.from(ids, (_, i) => i));
  });

  it('names a duplicate or a missing id', () => {
    expect(joinIds(['a', 'b', 'c'], ['c', 'a', 'a'])).toBe(`the candidate's id "a" occurs twice`);
    expect(joinIds(['a', 'b', 'b'], ['a', 'b', 'b'])).toBe(`the candidate's id "b" occurs twice`);
    expect(joinIds(['a', 'b', 'x'], ['b', 'a', 'c'])).toBe(
      `the baseline's id "x" is not among the candidate's`,
    );
    expect(joinIds(['a', 'a', 'b'], ['b', 'a', 'c'])).toBe(`the baseline's id "a" occurs twice`);
  });

  it('checks the true labels through the permutation', () => {
    const data = (ids: string[], y: number[]): ClassificationData => ({
      task: 'binary',
      n: ids.length,
      classes: ['0', '1'],
      yTrue: Int32Array.from(y),
      yPred: Int32Array.from(y),
      positive: 1,
      scores: null,
      ids,
    });
    const ok = alignRows(data(['a', 'b', 'c'], [0, 1, 1]), data(['c', 'a', 'b'], [1, 0, 1]));
    expect(ok).toEqual({ permutation: Int32Array.of(1, 2, 0) });
    expect(alignRows(data(['a', 'b', 'c'], [0, 1, 1]), data(['c', 'a', 'b'], [0, 0, 1]))).toEqual({
      reason: 'the true labels differ at id "c"',
    });
  });
});
