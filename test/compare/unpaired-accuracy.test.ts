import { describe, expect, it } from 'vitest';
import {
  exactUnconditionalTable,
  farringtonManningInterval,
  farringtonManningP,
} from '../../src/compare/stats/farrington-manning.js';
import { binomPmf } from '../../src/compare/stats/distributions.js';

/** Exact rejection probability of the gate's unpaired accuracy test at the H₀ boundary p₂ = p₁ − tolerance. */
function exactSize(n: number, p: number, tolerance: number, alpha: number): number {
  const b1 = Array.from({ length: n + 1 }, (_, k) => binomPmf(k, n, p));
  const b2 = Array.from({ length: n + 1 }, (_, k) => binomPmf(k, n, p - tolerance));
  const pv = exactUnconditionalTable(n, n, tolerance);
  let size = 0;
  for (let k1 = 0; k1 <= n; k1++) {
    if (b1[k1] < 1e-18) continue;
    for (let k2 = 0; k2 <= n; k2++) {
      const w = b1[k1] * b2[k2];
      if (w < 1e-18) continue;
      if (pv[k1 * (n + 1) + k2] <= alpha) size += w;
    }
  }
  return size;
}

describe('unpaired accuracy: exact unconditional test on the Farrington–Manning statistic', () => {
  for (const p of [0.5, 0.9, 0.99])
    for (const tolerance of [0, 0.01])
      it(`exact size ≤ α at n = 200, p = ${p}, tolerance ${tolerance} (enumeration over the binomial grid)`, () => {
        const size = exactSize(200, p, tolerance, 0.05);
        console.log(`n=200 p=${p} tol=${tolerance}: exact size ${(100 * size).toFixed(2)}%`);
        expect(size).toBeLessThanOrEqual(0.05);
      });
  it('a 200/200 baseline against 199/200 is not a regression (the Wald test called it one)', () => {
    expect(exactUnconditionalTable(200, 200, 0)[200 * 201 + 199]).toBeGreaterThan(0.05);
  });
  it('the 1 − 2α interval agrees with the decision: upper end < 0 ⇔ score p ≤ α', () => {
    for (const [k1, k2] of [
      [180, 170],
      [180, 165],
      [190, 180],
      [100, 88],
    ]) {
      const [, hi] = farringtonManningInterval(k1, 200, k2, 200, 0.05);
      const p = farringtonManningP(k1, 200, k2, 200, 0);
      expect(hi < 0).toBe(p <= 0.05);
    }
  });
});
