import { describe, expect, it } from 'vitest';
import { pairedMaxSwapInterval, pairedMaxSwapPValue } from '../../../src/compare/stats/paired-max-swap.js';
import { judgePaired } from '../../../src/compare/paired-tests.js';
import { pairedMaxBootstrap } from '../../../src/compare/stats/weighted-rank-bootstrap.js';
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

describe('the interval max_error shows: the swap test inverted', () => {
  const alpha = 0.05;
  const B = 999;
  const cases = [
    { n: 200, scale: 1, gridded: false },
    { n: 2000, scale: 1.3, gridded: false },
    { n: 2000, scale: 3, gridded: false },
    { n: 500, scale: 1, gridded: true },
    { n: 5000, scale: 0.7, gridded: true },
  ];

  it('agrees with the verdict: the lower end is above the tolerance exactly when the test rejects', () => {
    let rejected = 0;
    let kept = 0;
    for (const [k, { n, scale, gridded }] of cases.entries()) {
      const base = errors(n, 50 + k, 1, gridded);
      const cand = errors(n, 80 + k, scale, gridded);
      for (const tol of [0, 0.5, 1, 2, 5, 20]) {
        const p = pairedMaxSwapPValue(base, cand, tol, B, 3)!;
        const [lower, upper] = pairedMaxSwapInterval(base, cand, tol, B, 3, alpha)!;
        expect(lower).toBeLessThanOrEqual(upper);
        expect(lower > tol, `n ${n} scale ${scale} tol ${tol}: p ${p}, interval [${lower}, ${upper}]`).toBe(
          p <= alpha,
        );
        if (p <= alpha) rejected++;
        else kept++;
        // Through judgePaired, as the gate shows it: the check's interval and p say the same.
        const permutation = Int32Array.from({ length: n }, (_, i) => i);
        const judged = judgePaired(
          {
            kind: 'swap',
            test: 'paired-max-swap',
            base,
            cand,
            seed: 3,
            distribution: pairedMaxBootstrap(base, cand, permutation, { resamples: B, seed: 3 }),
          },
          'max_error',
          tol,
          false,
          alpha,
          1.6448536269514722,
          B,
        );
        expect(judged.pRegress).toBe(p);
        expect(judged.ci).toEqual([lower, upper]);
      }
    }
    // Both outcomes occur, so the agreement is tested both ways.
    expect(rejected).toBeGreaterThan(3);
    expect(kept).toBeGreaterThan(3);
  });

  it('its lower end is where the test stops rejecting (the fast probes equal the full test)', () => {
    for (const [k, { n, scale, gridded }] of cases.entries()) {
      const base = errors(n, 50 + k, 1, gridded);
      const cand = errors(n, 80 + k, scale, gridded);
      const [lower, upper] = pairedMaxSwapInterval(base, cand, 0, B, 3, alpha)!;
      const spread = Math.max(...cand) + Math.max(...base);
      const step = 1e-6 * spread;
      expect(pairedMaxSwapPValue(base, cand, lower, B, 3)!).toBeGreaterThan(alpha);
      expect(pairedMaxSwapPValue(base, cand, lower - step, B, 3)!).toBeLessThanOrEqual(alpha);
      // The upper end likewise, for the mirrored test (the sides exchanged, the shift negated).
      expect(pairedMaxSwapPValue(cand, base, -upper, B, 3)!).toBeGreaterThan(alpha);
      expect(pairedMaxSwapPValue(cand, base, -upper - step, B, 3)!).toBeLessThanOrEqual(alpha);
    }
  });
});
