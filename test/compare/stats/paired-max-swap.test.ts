import { describe, expect, it } from 'vitest';
import { pairedMaxSwapPValue } from '../../../src/compare/stats/paired-max-swap.js';
import { Rng } from '../../../src/compare/stats/prng.js';

/** Brute force: every example's two errors swapped by its own coin, both maxima recomputed. */
function bruteForceP(base: Float64Array, cand: Float64Array, tol: number, B: number, seed: number): number {
  const n = base.length;
  const rng = new Rng(seed);
  let observed = -Infinity;
  let mb = -Infinity;
  for (let i = 0; i < n; i++) {
    observed = Math.max(observed, cand[i] - tol);
    mb = Math.max(mb, base[i]);
  }
  observed -= mb;
  let atLeast = 0;
  for (let r = 0; r < B; r++) {
    let maxB = -Infinity;
    let maxC = -Infinity;
    for (let i = 0; i < n; i++) {
      const swap = rng.nextUint32() & 1;
      const a = swap ? cand[i] - tol : base[i];
      const c = swap ? base[i] : cand[i] - tol;
      maxB = Math.max(maxB, a);
      maxC = Math.max(maxC, c);
    }
    if (maxC - maxB >= observed) atLeast++;
  }
  return (atLeast + 1) / (B + 1);
}

function errors(n: number, seed: number, scale = 1, gridded = false): Float64Array {
  const rng = new Rng(seed);
  return Float64Array.from({ length: n }, () => {
    const e = -Math.log(1 - rng.nextFloat()) * scale;
    return gridded ? Math.round(e * 4) / 4 : e;
  });
}

describe('paired swap test of max_error', () => {
  it('agrees with the brute-force randomisation distribution within Monte-Carlo error', () => {
    for (const [seed, shift, gridded] of [
      [1, 0, false],
      [2, 0.3, false],
      [3, 0, true],
      [4, 0.5, true],
    ] as const) {
      const base = errors(300, seed, 1, gridded);
      const cand = errors(300, seed + 100, 1 + shift, gridded);
      for (const tol of [0, 0.2]) {
        const fast = pairedMaxSwapPValue(base, cand, tol, 4000, 9)!;
        const brute = bruteForceP(base, cand, tol, 4000, 10);
        // Two independent Monte-Carlo estimates of one p: SE ≤ √(p(1−p)/4000) each.
        expect(Math.abs(fast - brute)).toBeLessThan(4 * Math.sqrt((2 * 0.25) / 4000));
      }
    }
  });

  it('has size ≤ α in A/A (the calibration grid measured the bootstrap at 12–13%)', () => {
    const trials = 400;
    let rejections = 0;
    for (let t = 0; t < trials; t++) {
      const base = errors(200, 1000 + 2 * t);
      const cand = errors(200, 1001 + 2 * t);
      if (pairedMaxSwapPValue(base, cand, 0, 999, t)! < 0.05) rejections++;
    }
    // Exact size 5%; binomial 99.9% upper bound at 400 trials ≈ 8.6%.
    expect(rejections / trials).toBeLessThan(0.086);
  });

  it('detects a real rise of the maximum and respects the tolerance', () => {
    // Errors three times as large: many candidate errors exceed the baseline's maximum, so the
    // evidence does not rest on one extreme example (a shifted maximum alone is weak evidence).
    const base = errors(2000, 7);
    const cand = errors(2000, 8, 3);
    expect(pairedMaxSwapPValue(base, cand, 0, 999, 1)).toBeLessThan(0.01);
    expect(pairedMaxSwapPValue(base, cand, 40, 999, 1)).toBeGreaterThan(0.5);
  });

  it('is undefined without rows or with a NaN error', () => {
    expect(pairedMaxSwapPValue(new Float64Array(0), new Float64Array(0), 0, 99, 1)).toBeNull();
    expect(pairedMaxSwapPValue(new Float64Array([1, NaN]), new Float64Array([1, 2]), 0, 99, 1)).toBeNull();
  });
});
