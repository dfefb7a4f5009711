import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { binomialSample, multinomialSample } from '../../../src/compare/stats/binomial-sampler.js';
import { pairedR2Difference, pairedRmseDifference } from '../../../src/compare/stats/delta-method.js';
import { aucComponents, DeLongCombination } from '../../../src/compare/stats/delong.js';
import { pairedMeanDifference } from '../../../src/compare/stats/paired-mean.js';
import { Rng } from '../../../src/compare/stats/prng.js';
import { rankDescending } from '../../../src/util/sort.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ref: any = JSON.parse(
  readFileSync(new URL('../../fixtures/stats/reference.json', import.meta.url), 'utf8'),
).paired;
const identity = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
const f64 = (a: number[]) => Float64Array.from(a);

describe('paired z on per-example differences', () => {
  it('matches scipy.stats.ttest_rel (mean difference and its standard error)', () => {
    const r = ref.mean;
    const e = pairedMeanDifference(f64(r.base), f64(r.cand), identity(r.base.length));
    expect(e.delta).toBeCloseTo(r.delta, 14);
    expect(e.se).toBeCloseTo(r.se, 14);
    expect(e.delta / e.se).toBeCloseTo(r.statistic, 10);
  });
});

describe('DeLong', () => {
  it('binary: AUCs and se(Δ) equal the textbook O(P·N) formula with tied scores (numpy reference)', () => {
    const r = ref.delong_binary;
    const n = r.y.length;
    const positive = Uint8Array.from(r.y);
    const include = new Uint8Array(n).fill(1);
    const b = aucComponents(rankDescending(f64(r.base), include), n, positive);
    const c = aucComponents(rankDescending(f64(r.cand), include), n, positive);
    expect(b.auc).toBeCloseTo(r.auc_base, 14);
    expect(c.auc).toBeCloseTo(r.auc_cand, 14);
    const comb = new DeLongCombination(n);
    comb.add(b, c, positive, 1);
    const e = comb.result();
    expect(e.delta).toBeCloseTo(r.delta, 14);
    expect(e.se).toBeCloseTo(r.se, 14);
    // ...and within Monte-Carlo error of the row bootstrap's standard deviation (numpy, B = 2000).
    expect(Math.abs(e.se / r.bootstrap_sd - 1)).toBeLessThan(0.15);
  });

  it('one-vs-rest macro: per-class DeLong combined with the row influences (numpy reference, bootstrap cross-check)', () => {
    const r = ref.delong_multiclass;
    const n = r.y.length;
    const k = r.k;
    const include = new Uint8Array(n).fill(1);
    const comb = new DeLongCombination(n);
    for (let c = 0; c < k; c++) {
      const positive = Uint8Array.from(r.y, (y: number) => (y === c ? 1 : 0));
      const col = (flat: number[]) => Float64Array.from({ length: n }, (_, i) => flat[i * k + c]);
      comb.add(
        aucComponents(rankDescending(col(r.base), include), n, positive),
        aucComponents(rankDescending(col(r.cand), include), n, positive),
        positive,
        1 / k,
      );
    }
    const e = comb.result();
    expect(e.delta).toBeCloseTo(r.delta, 13);
    expect(e.se).toBeCloseTo(r.se, 13);
    expect(Math.abs(e.se / r.bootstrap_sd - 1)).toBeLessThan(0.15);
  });
});

describe('delta method', () => {
  it('RMSE and R² differences and their standard errors match numpy; the bootstrap agrees', () => {
    const r = ref.delta_method;
    const y = f64(r.y);
    const sq = (p: number[]) => Float64Array.from(p, (v, i) => (v - y[i]) * (v - y[i]));
    const perm = identity(y.length);
    const rmse = pairedRmseDifference(sq(r.base), sq(r.cand), perm)!;
    expect(rmse.delta).toBeCloseTo(r.rmse_delta, 13);
    expect(rmse.se).toBeCloseTo(r.rmse_se, 13);
    expect(Math.abs(rmse.se / r.bootstrap_sd_rmse - 1)).toBeLessThan(0.15);
    const r2 = pairedR2Difference(y, sq(r.base), sq(r.cand), perm)!;
    expect(r2.delta).toBeCloseTo(r.r2_delta, 13);
    expect(r2.se).toBeCloseTo(r.r2_se, 13);
    expect(Math.abs(r2.se / r.bootstrap_sd_r2 - 1)).toBeLessThan(0.15);
    // A constant target: R² is a convention there, not smooth: no delta method.
    expect(
      pairedR2Difference(
        new Float64Array(5).fill(1),
        sq(r.base).subarray(0, 5),
        sq(r.cand).subarray(0, 5),
        identity(5),
      ),
    ).toBeNull();
  });
});

describe('exact binomial sampler', () => {
  it('passes a chi-square goodness of fit against scipy.stats.binom pmf (inversion and BTRS ranges)', () => {
    const rng = new Rng(2024);
    for (const c of ref.binomial) {
      const observed = new Float64Array(c.bins.length);
      const binOf = new Int32Array(c.n + 1);
      c.bins.forEach(([lo, hi]: [number, number], b: number) => {
        for (let k = lo; k <= hi; k++) binOf[k] = b;
      });
      for (let t = 0; t < c.draws; t++) {
        const k = binomialSample(rng, c.n, c.p);
        expect(Number.isInteger(k) && k >= 0 && k <= c.n).toBe(true);
        observed[binOf[k]]++;
      }
      let chi2 = 0;
      c.bins.forEach(([, , prob]: [number, number, number], b: number) => {
        const expected = prob * c.draws;
        chi2 += ((observed[b] - expected) * (observed[b] - expected)) / expected;
      });
      expect(chi2, `n=${c.n} p=${c.p}`).toBeLessThan(c.critical);
    }
  });

  it('multinomial draws sum to n, keep empty cells empty, and are seeded', () => {
    const counts = f64([500, 0, 300, 200, 0, 1]);
    const a = new Float64Array(6);
    const b = new Float64Array(6);
    const r1 = new Rng(5);
    const r2 = new Rng(5);
    for (let t = 0; t < 200; t++) {
      multinomialSample(r1, 1001, counts, a);
      multinomialSample(r2, 1001, counts, b);
      expect(Array.from(a)).toEqual(Array.from(b));
      expect(a.reduce((s, x) => s + x, 0)).toBe(1001);
      expect(a[1] + a[4]).toBe(0);
    }
  });
});
