import { describe, expect, it } from 'vitest';
import type { RegressionData } from '../../../src/result/evaluation-data.js';
import { computeMetrics } from '../../../src/evaluate/metrics/index.js';

/**
 * Naive left-to-right summation drifts over millions of rows (the reference notes ~5e-11 on a
 * 2M-row MAE); numpy sums pairwise. Every reducer here is compensated, so the result must sit
 * within an ulp or two of the exact value, computed with BigInt.
 */
describe('2M-row reducers do not drift', () => {
  const n = 2_000_000;
  const SCALE = 2 ** 52;
  // Errors in [1, 2) with full 52-bit fractions: each is k / 2^52 exactly, and so is its square
  // rounded to float64 (in [1, 4), a multiple of 2^-52 too).
  let state = 0x9e3779b9;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const yTrue = new Float64Array(n);
  const yPred = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const fraction = (next() * 2 ** 20 + (next() >>> 12)) / SCALE; // 52 random bits
    yPred[i] = 1 + fraction;
  }
  const data: RegressionData = { task: 'regression', n, yTrue, yPred, ids: null };

  function exactMean(terms: (i: number) => number): { exact: number; naive: number } {
    let sum = 0n;
    let naive = 0;
    for (let i = 0; i < n; i++) {
      const t = terms(i);
      sum += BigInt(t * SCALE); // exact: t is a multiple of 2^-52 below 2^2
      naive += t;
    }
    // One rounding in Number(sum) and one in the division: within ~1 ulp of the true mean.
    return { exact: Number(sum) / SCALE / n, naive: naive / n };
  }

  it('MAE and MSE match the exact mean to ~1e-16 where a naive sum does not', () => {
    const out = computeMetrics(data).metrics;
    const mae = exactMean((i) => Math.abs(yPred[i] - yTrue[i]));
    const mse = exactMean((i) => (yPred[i] - yTrue[i]) * (yPred[i] - yTrue[i]));
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
    expect(rel(out.mae as number, mae.exact)).toBeLessThan(5e-16);
    expect(rel(out.mse as number, mse.exact)).toBeLessThan(5e-16);
    // The test means something: plain accumulation is visibly off on this data.
    expect(rel(mae.naive, mae.exact)).toBeGreaterThan(1e-14);
  });
});
