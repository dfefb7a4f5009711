import { describe, expect, it } from 'vitest';
import { passAtK, TrialTable } from '../../../src/evaluate/scores/trials.js';

describe('pass@k (Chen et al. 2021, unbiased estimator)', () => {
  it('equals 1 − C(n−c, k)/C(n, k), computed by hand', () => {
    // n = 10, c = 3, k = 5: 1 − C(7,5)/C(10,5) = 1 − 21/252 = 11/12.
    expect(passAtK(10, 3, 5)).toBeCloseTo(11 / 12, 14);
    // n = 4, c = 2, k = 2: 1 − C(2,2)/C(4,2) = 5/6.
    expect(passAtK(4, 2, 2)).toBeCloseTo(5 / 6, 14);
    expect(passAtK(5, 2, 1)).toBeCloseTo(2 / 5, 14);
    expect(passAtK(3, 0, 2)).toBe(0);
    expect(passAtK(3, 2, 2)).toBe(1); // n − c < k
  });

  it('folds trials into examples: pass@K uses the smallest trial count', () => {
    const t = new TrialTable();
    const m = t.metric('ok');
    for (const [id, v] of [
      ['a', 1],
      ['a', 0],
      ['a', 0],
      ['b', 1],
      ['b', 1],
      ['b', 1],
    ] as const)
      t.add(t.example(id), m, v);
    const { data } = t.finish();
    const by = Object.fromEntries(data.terms.map((x) => [x.name, Array.from(x.values)]));
    expect(by.ok).toEqual([1 / 3, 1]);
    expect(by['ok.pass@3']).toEqual([1, 1]);
    expect(by['ok.flaky_examples']).toEqual([1, 0]);
    expect(data.terms.find((x) => x.name === 'ok')!.binary).toBe(false);
  });
});
