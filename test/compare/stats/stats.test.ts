import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Rng,
  binomCdf,
  binomPmf,
  binomSf,
  bootstrapPValue,
  chi2Sf1,
  erf,
  erfc,
  forEachResample,
  holm,
  mannWhitneyCounts,
  mannWhitneyU,
  mcnemar,
  normalCdf,
  normalQuantile,
  normalSf,
  pairedBootstrap,
  pairedNonInferiority,
  percentileInterval,
  quantile,
  ratioOfMedians,
  shiftInterval,
  unpairedProportions,
  wilsonInterval,
} from '../../../src/compare/stats/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ref: any = JSON.parse(
  readFileSync(new URL('../../fixtures/stats/reference.json', import.meta.url), 'utf8'),
);

/** |a − e| ≤ abs or relative error ≤ rel (tails need a relative comparison). */
function close(actual: number, expected: number, rel = 1e-9, abs = 1e-12): void {
  if (expected === actual) return;
  const ok = Math.abs(actual - expected) <= Math.max(abs, rel * Math.abs(expected));
  if (!ok) expect.fail(`expected ${expected}, got ${actual} (diff ${actual - expected})`);
}

describe('normal, erfc, chi-square', () => {
  it('erfc and erf match scipy', () => {
    for (const [x, e] of ref.erfc) close(erfc(x), e, 1e-12, 1e-300);
    for (const [x, e] of ref.erf) close(erf(x), e, 1e-13, 1e-16);
  });
  it('normal cdf/sf match scipy to 1e-12 relative, deep tails included', () => {
    for (const [z, e] of ref.norm_cdf) close(normalCdf(z), e, 1e-12, 1e-300);
    for (const [z, e] of ref.norm_sf) close(normalSf(z), e, 1e-12, 1e-300);
  });
  it('normal quantile matches scipy.stats.norm.ppf to 1e-12', () => {
    for (const [p, e] of ref.norm_ppf) close(normalQuantile(p), e, 1e-12, 1e-15);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
  });
  it('chi-square 1 df survival matches scipy', () => {
    for (const [x, e] of ref.chi2_sf_1) close(chi2Sf1(x), e, 1e-12, 1e-300);
  });
});

describe('binomial', () => {
  it('pmf, cdf and sf match scipy (large n in log space)', () => {
    for (const [k, n, p, e] of ref.binom_pmf) close(binomPmf(k, n, p), e, 1e-11, 1e-300);
    for (const [k, n, p, e] of ref.binom_cdf) close(binomCdf(k, n, p), e, 1e-10, 1e-300);
    for (const [k, n, p, e] of ref.binom_sf) close(binomSf(k, n, p), e, 1e-10, 1e-300);
  });
});

describe('McNemar and paired non-inferiority', () => {
  it('matches the exact binomial, χ² with continuity correction and mid-p', () => {
    for (const r of ref.mcnemar) {
      if (r === null) continue;
      const m = mcnemar(r.b, r.c);
      close(m.exactP, r.exact);
      close(m.exactP, r.binomtest);
      close(m.midP, r.mid_p);
      close(m.statistic, r.statistic);
      if (r.b + r.c < 25) {
        expect(m.method).toBe('exact');
        close(m.pValue, r.exact);
        close(m.pWorse, r.p_worse_exact);
      } else {
        expect(m.method).toBe('chi2');
        close(m.pValue, r.chi2_p);
        close(m.pWorse, r.p_worse_chi2);
      }
    }
    expect(mcnemar(0, 0).pValue).toBe(1);
  });
  it('normal-approximation non-inferiority test matches the reference formula', () => {
    for (const r of ref.noninferiority) {
      const t = pairedNonInferiority(r.b, r.c, r.n, r.tolerance);
      close(t.delta, r.delta);
      close(t.se, r.se);
      close(t.z, r.z);
      close(t.pValue, r.p);
    }
  });
});

describe('Wilson', () => {
  it('matches scipy BinomTestResult.proportion_ci(method="wilson")', () => {
    for (const r of ref.wilson) {
      const [lo, hi] = wilsonInterval(r.k, r.n, r.z);
      close(lo, r.lo, 1e-9, 1e-12);
      close(hi, r.hi, 1e-9, 1e-12);
    }
  });
  it('Newcombe difference interval contains the difference and is narrower for larger n', () => {
    const small = unpairedProportions(90, 100, 85, 100, 0, 0.05);
    const large = unpairedProportions(900, 1000, 850, 1000, 0, 0.05);
    expect(small.ci[0]).toBeLessThan(-0.05);
    expect(small.ci[1]).toBeGreaterThan(-0.05);
    expect(large.ci[1] - large.ci[0]).toBeLessThan(small.ci[1] - small.ci[0]);
    expect(large.pValue).toBeLessThan(0.001);
  });
});

describe('Holm', () => {
  it('adjusted p-values and step-down rejections', () => {
    for (const r of ref.holm) {
      const h = holm(r.p, r.alpha);
      expect(h.rejected).toEqual(r.rejected);
      h.adjusted.forEach((a, i) => close(a as number, r.adjusted[i]));
    }
  });
  it('skips nulls', () => {
    const h = holm([null, 0.01, null, 0.03], 0.05);
    expect(h.adjusted).toEqual([null, 0.02, null, 0.03]);
    expect(h.rejected).toEqual([false, true, false, true]);
  });
});

describe('quantile', () => {
  it("matches numpy.quantile(method='linear')", () => {
    for (const c of ref.quantile)
      c.q.forEach((q: number, i: number) => close(quantile(c.values, q), c.expected[i], 1e-12, 1e-15));
  });
});

describe('Mann-Whitney U', () => {
  it('matches scipy.stats.mannwhitneyu (exact and asymptotic, all alternatives)', () => {
    for (const c of ref.mann_whitney) {
      for (const alt of ['two-sided', 'less', 'greater'] as const) {
        const a = mannWhitneyU(c.x, c.y, alt, 'asymptotic');
        close(a.u1, c.u1);
        close(a.pValue, c[`asymptotic_${alt}`], 1e-9, 1e-15);
        if (c[`exact_${alt}`] !== undefined) {
          const e = mannWhitneyU(c.x, c.y, alt);
          expect(e.method).toBe('exact');
          close(e.pValue, c[`exact_${alt}`], 1e-9, 1e-15);
        } else {
          expect(mannWhitneyU(c.x, c.y, alt).method).toBe('asymptotic');
        }
      }
    }
  });
  it('exact null distribution equals brute-force enumeration', () => {
    for (const c of ref.moses)
      expect(Array.from(mannWhitneyCounts(c.x.length, c.y.length))).toEqual(c.counts);
  });
  it('all-tied samples give p = 1', () => {
    expect(mannWhitneyU([5, 5, 5], [5, 5, 5, 5]).pValue).toBe(1);
  });
  it('Moses shift interval matches brute force; ratio of medians CI brackets the ratio', () => {
    for (const c of ref.moses) {
      const s = shiftInterval(c.x, c.y, c.alpha);
      expect(s.ci).toEqual(c.ci);
      close(s.estimate, c.estimate);
    }
    const base = [1.0, 1.02, 0.98, 1.01, 0.99, 1.03, 0.97, 1.0];
    const cand = base.map((v) => v * 1.2);
    const r = ratioOfMedians(base, cand, 0.05);
    expect(r.method).toBe('log-shift');
    close(r.ratio, 1.2);
    expect(r.ci![0]).toBeLessThanOrEqual(1.2);
    expect(r.ci![1]).toBeGreaterThanOrEqual(1.2);
    expect(r.ci![0]).toBeGreaterThan(1);
    expect(ratioOfMedians([1, 2], [3, 4], 0.05).ci).toBeNull(); // too few samples for 95%
  });
});

describe('PRNG', () => {
  it('xoshiro128** / splitmix32 / Lemire match an independent big-integer implementation', () => {
    for (const c of ref.prng) {
      const r = new Rng(c.seed);
      expect(Array.from({ length: 8 }, () => r.nextUint32())).toEqual(c.uint32);
      for (const [n, values] of Object.entries(c.ints) as [string, number[]][])
        expect(Array.from({ length: 6 }, () => r.nextInt(Number(n)))).toEqual(values);
    }
  });
  it('nextInt is uniform enough and nextFloat is in [0, 1)', () => {
    const r = new Rng(9);
    const counts = new Array(7).fill(0);
    for (let i = 0; i < 70_000; i++) counts[r.nextInt(7)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
    for (let i = 0; i < 1000; i++) {
      const f = r.nextFloat();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
    }
  });
});

describe('bootstrap', () => {
  it('percentile CI and one-sided p follow the reference formulas', () => {
    const d = Float64Array.from(ref.bootstrap.deltas as number[]);
    const ci = percentileInterval(d, 0.05)!;
    close(ci[0], ref.bootstrap.ci95[0], 1e-12, 1e-15);
    close(ci[1], ref.bootstrap.ci95[1], 1e-12, 1e-15);
    close(bootstrapPValue(d, 0.005, true)!, ref.bootstrap['p_higher_tol_0.005']);
    close(bootstrapPValue(d, 0.005, false)!, ref.bootstrap['p_lower_tol_0.005']);
  });
  it('weight vectors sum to n and are reproducible', () => {
    const a: number[][] = [];
    const b: number[][] = [];
    forEachResample(50, { resamples: 5, seed: 3 }, (w) => a.push(Array.from(w)));
    forEachResample(50, { resamples: 5, seed: 3 }, (w) => b.push(Array.from(w)));
    expect(a).toEqual(b);
    for (const w of a) expect(w.reduce((s, x) => s + x, 0)).toBe(50);
  });
  it('paired bootstrap scores both models on the same rows', () => {
    const n = 200;
    const r = new Rng(1);
    const truth = Array.from({ length: n }, () => r.nextInt(2));
    const base = truth.map((t) => (r.nextFloat() < 0.8 ? t : 1 - t));
    const cand = base.slice(); // identical model → every Δ* is 0
    const acc = (pred: number[]) => (w?: Float64Array) => {
      let s = 0;
      let tot = 0;
      for (let i = 0; i < n; i++) {
        const wi = w ? w[i] : 1;
        tot += wi;
        if (pred[i] === truth[i]) s += wi;
      }
      return { accuracy: tot ? s / tot : null };
    };
    const d = pairedBootstrap(n, ['accuracy'], acc(base), acc(cand), { resamples: 200, seed: 5 });
    expect(Array.from(d.accuracy.deltas).every((x) => x === 0)).toBe(true);
    // With a permutation the candidate rows are reordered but still paired.
    const perm = Int32Array.from({ length: n }, (_, i) => n - 1 - i);
    const truthRev = truth.slice().reverse();
    const candRev = cand.slice().reverse();
    const accRev = (w?: Float64Array) => {
      let s = 0;
      let tot = 0;
      for (let i = 0; i < n; i++) {
        const wi = w ? w[i] : 1;
        tot += wi;
        if (candRev[i] === truthRev[i]) s += wi;
      }
      return { accuracy: s / tot };
    };
    const d2 = pairedBootstrap(n, ['accuracy'], acc(base), accRev, { resamples: 100, seed: 5 }, perm);
    expect(Array.from(d2.accuracy.deltas).every((x) => Math.abs(x) < 1e-15)).toBe(true);
  });
});
