import { describe, expect, it } from 'vitest';
import type { ClassificationData, RegressionData } from '../../src/result/evaluation-data.js';
import {
  ANALYTIC_ORDER_MIN_ROWS,
  judgePaired,
  pairedTestsByShape,
  type PairedOutcome,
} from '../../src/compare/paired-tests.js';
import { computeMetrics } from '../../src/evaluate/metrics/index.js';
import {
  averagePrecisionInfluence,
  pairedAveragePrecisionDifference,
} from '../../src/compare/stats/average-precision-influence.js';
import { pairedMedianDifference } from '../../src/compare/stats/paired-median.js';
import { bootstrapPValue, percentileInterval, Rng } from '../../src/compare/stats/index.js';

/**
 * average_precision's influence-function test and median_ae's Bahadur test against the paired
 * row bootstrap (the lean one, whose Δ* equal the evaluator-based bootstrap's: paired-tests.test.ts)
 * on the same data, and their size under A/A.
 */

const Z975 = 1.959963984540054;
const identity = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
const gauss = (rng: Rng) => {
  // Box–Muller from the seeded stream.
  const u = 1 - rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
};

/** Binary truth and two models whose scores share a per-row component (correlated, as real models). */
function binaryPair(n: number, seed: number, shift: [number, number], digits?: number) {
  const rng = new Rng(seed);
  const yTrue = Int32Array.from({ length: n }, () => (rng.nextFloat() < 0.3 ? 1 : 0));
  const shared = Float64Array.from({ length: n }, () => gauss(rng));
  const model = (signal: number): ClassificationData => {
    const scores = new Float64Array(n);
    const yPred = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const z = signal * yTrue[i] + 0.8 * shared[i] + 0.6 * gauss(rng);
      let p = 1 / (1 + Math.exp(-(z - signal / 2)));
      if (digits !== undefined) p = Math.round(p * 10 ** digits) / 10 ** digits; // ties
      scores[i] = p;
      yPred[i] = p >= 0.5 ? 1 : 0;
    }
    return { task: 'binary', n, classes: ['0', '1'], yTrue, yPred, positive: 1, scores, ids: null };
  };
  return [model(shift[0]), model(shift[1])] as const;
}

/** Regression with correlated errors (a shared per-row component) of two scales. */
function regressionPair(n: number, seed: number, scale: [number, number]) {
  const rng = new Rng(seed);
  const yTrue = Float64Array.from({ length: n }, () => rng.nextFloat() * 100);
  const shared = Float64Array.from({ length: n }, () => gauss(rng));
  const model = (s: number): RegressionData => ({
    task: 'regression',
    n,
    yTrue,
    yPred: Float64Array.from(yTrue, (t, i) => t + s * (0.8 * shared[i] + 0.6 * gauss(rng))),
    ids: null,
  });
  return [model(scale[0]), model(scale[1])] as const;
}

function analyticOutcome(
  metric: string,
  base: ClassificationData | RegressionData,
  cand: ClassificationData | RegressionData,
): PairedOutcome {
  const perm = identity(base.n);
  if (metric === 'average_precision') {
    const side = (d: ClassificationData) =>
      averagePrecisionInfluence(
        d.scores!,
        new Uint8Array(d.n).fill(1),
        Uint8Array.from(d.yTrue, (y) => (y === 1 ? 1 : 0)),
      );
    const estimate = pairedAveragePrecisionDifference(
      side(base as ClassificationData),
      side(cand as ClassificationData),
      perm,
    );
    return { kind: 'analytic', test: 'ap-influence', estimate };
  }
  const abs = (d: RegressionData) => Float64Array.from(d.yTrue, (y, i) => Math.abs(d.yPred[i] - y));
  const estimate = pairedMedianDifference(abs(base as RegressionData), abs(cand as RegressionData), perm)!;
  return { kind: 'analytic', test: 'median-bahadur', estimate };
}

/** p near `targetP` (an informative tolerance) and the 95% CI: analytic vs the row bootstrap. */
function agrees(
  metric: string,
  base: ClassificationData | RegressionData,
  cand: ClassificationData | RegressionData,
  higher: boolean,
  pSlack = 0.04,
  ciSlack = 0.12,
): number {
  const B = 2000;
  const boot = pairedTestsByShape(base, cand, identity(base.n), [metric], { resamples: B, seed: 11 });
  const row = boot.outcomes.get(metric)!;
  if (row.kind !== 'bootstrap') throw new Error('expected the bootstrap below the threshold');
  const rowCi = percentileInterval(row.distribution.deltas, 0.05)!;
  const analytic = analyticOutcome(metric, base, cand);
  if (analytic.kind !== 'analytic') throw new Error('expected an estimate');
  // Δ is the metric's own difference (the evaluator's values).
  const mb = computeMetrics(base).metrics[metric]!;
  const mc = computeMetrics(cand).metrics[metric]!;
  expect(analytic.estimate.delta).toBeCloseTo(mc - mb, 12);
  const sorted = row.distribution.deltas.slice().sort();
  const width = rowCi[1] - rowCi[0];
  let worst = 0;
  for (const targetP of [0.05, 0.2, 0.5]) {
    const q = sorted[Math.floor((higher ? 1 - targetP : targetP) * sorted.length)];
    const tolerance = higher ? -q : q;
    const rowP = bootstrapPValue(row.distribution.deltas, tolerance, higher)!;
    const j = judgePaired(analytic, metric, tolerance, higher, 0.025, Z975, B);
    if (process.env.SHOW_P) console.log(metric, targetP, j.pRegress, rowP, j.ci, rowCi);
    // Binomial MC error √(p(1−p)/B) ≤ 0.011, plus the normal approximation's own error.
    expect(Math.abs(j.pRegress! - rowP)).toBeLessThan(pSlack);
    worst = Math.max(worst, Math.abs(j.pRegress! - rowP));
    // CI endpoints: a 2.5% quantile's MC error at B = 2000 is ~4% of the width.
    expect(Math.abs(j.ci![0] - rowCi[0])).toBeLessThan(ciSlack * width);
    expect(Math.abs(j.ci![1] - rowCi[1])).toBeLessThan(ciSlack * width);
  }
  return worst;
}

describe('average_precision: influence-function test', () => {
  it('agrees with the paired row bootstrap (continuous scores and tied scores)', () => {
    const [b, c] = binaryPair(4000, 21, [2, 1.8]);
    agrees('average_precision', b, c, true);
    const [bt, ct] = binaryPair(4000, 22, [2, 1.85], 2);
    agrees('average_precision', bt, ct, true);
  });

  it('influences sum to zero and unscored rows have none', () => {
    const [b] = binaryPair(3000, 5, [2, 2], 2);
    const include = Uint8Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? 0 : 1));
    const side = averagePrecisionInfluence(
      b.scores!,
      include,
      Uint8Array.from(b.yTrue, (y) => y),
    );
    let sum = 0;
    for (let i = 0; i < 3000; i++) {
      sum += side.influence[i];
      if (!include[i]) expect(side.influence[i]).toBe(0);
    }
    expect(Math.abs(sum)).toBeLessThan(1e-9);
  });

  it('is what the gate runs from ANALYTIC_ORDER_MIN_ROWS rows', () => {
    const [b, c] = binaryPair(ANALYTIC_ORDER_MIN_ROWS, 3, [2, 1.9]);
    const o = pairedTestsByShape(b, c, identity(b.n), ['average_precision'], { resamples: 50, seed: 1 });
    expect(o.outcomes.get('average_precision')!.test).toBe('ap-influence');
    const [bs, cs] = binaryPair(ANALYTIC_ORDER_MIN_ROWS - 1, 3, [2, 1.9]);
    const small = pairedTestsByShape(bs, cs, identity(bs.n), ['average_precision'], {
      resamples: 50,
      seed: 1,
    });
    expect(small.outcomes.get('average_precision')!.test).toBe('paired-bootstrap');
  });
});

describe('median_ae: Bahadur-representation test', () => {
  it('agrees with the paired row bootstrap', () => {
    // The bootstrap's own variance estimate of a median is rough (relative error of order n^(−1/4),
    // Hall & Martin 1988: ~12% at n = 4,000), so one data set can differ by more than the
    // Monte-Carlo error of B alone: each of several data sets within a wider band, their mean
    // within the usual one.
    const worst: number[] = [];
    for (const seed of [31, 32, 33, 34, 35]) {
      const [b, c] = regressionPair(4000, seed, [1, 1.05]);
      worst.push(agrees('median_ae', b, c, false, 0.08, 0.2));
    }
    expect(worst.reduce((a, b) => a + b) / worst.length).toBeLessThan(0.04);
  });

  it('its standard error matches the sampling spread of Δ over replicate data sets', () => {
    // The truth the bootstrap estimates: the sd of Δ over 300 independent data sets (its own
    // relative error ≈ 1/√600 ≈ 4%).
    const R = 300;
    const deltas: number[] = [];
    let seSum = 0;
    for (let r = 0; r < R; r++) {
      const [b, c] = regressionPair(4000, 100 + r, [1, 1.05]);
      const o = analyticOutcome('median_ae', b, c);
      if (o.kind !== 'analytic') throw new Error('expected an estimate');
      deltas.push(o.estimate.delta);
      seSum += o.estimate.se;
    }
    const mean = deltas.reduce((a, b) => a + b) / R;
    const sd = Math.sqrt(deltas.reduce((a, d) => a + (d - mean) ** 2, 0) / (R - 1));
    expect(Math.abs(seSum / R / sd - 1)).toBeLessThan(0.12);
  });

  it('is what the gate runs from ANALYTIC_ORDER_MIN_ROWS rows; errors on a coarse grid keep the bootstrap', () => {
    const n = ANALYTIC_ORDER_MIN_ROWS;
    const [b, c] = regressionPair(n, 4, [1, 1.02]);
    const o = pairedTestsByShape(b, c, identity(n), ['median_ae'], { resamples: 20, seed: 1 });
    expect(o.outcomes.get('median_ae')!.test).toBe('median-bahadur');
    const coarse = (d: RegressionData): RegressionData => ({
      ...d,
      yPred: Float64Array.from(d.yPred, (p, i) => d.yTrue[i] + Math.round(p - d.yTrue[i])),
    });
    const g = pairedTestsByShape(coarse(b), coarse(c), identity(n), ['median_ae'], {
      resamples: 20,
      seed: 1,
    });
    expect(g.outcomes.get('median_ae')!.test).toBe('paired-bootstrap');
  });
});

describe('size under A/A (exchangeable models)', () => {
  // R replicates at α = 0.05, tolerance 0: false alarms ≤ α + 3·√(α(1 − α)/R) ≈ 0.083.
  const R = 400;
  const alpha = 0.05;
  const bound = alpha + 3 * Math.sqrt((alpha * (1 - alpha)) / R);

  it('average_precision', () => {
    let alarms = 0;
    for (let r = 0; r < R; r++) {
      const [b, c] = binaryPair(1500, 1000 + r, [1.5, 1.5]);
      const j = judgePaired(
        analyticOutcome('average_precision', b, c),
        'average_precision',
        0,
        true,
        alpha,
        Z975,
        0,
      );
      if (j.pRegress! <= alpha) alarms++;
    }
    if (process.env.SHOW_P) console.log('A/A average_precision', alarms / R);
    expect(alarms / R).toBeLessThanOrEqual(bound);
    expect(alarms / R).toBeGreaterThan(0.02); // not a test that never fires
  });

  it('median_ae', () => {
    let alarms = 0;
    for (let r = 0; r < R; r++) {
      const [b, c] = regressionPair(1500, 5000 + r, [1, 1]);
      const j = judgePaired(analyticOutcome('median_ae', b, c), 'median_ae', 0, false, alpha, Z975, 0);
      if (j.pRegress! <= alpha) alarms++;
    }
    if (process.env.SHOW_P) console.log('A/A median_ae', alarms / R);
    expect(alarms / R).toBeLessThanOrEqual(bound);
    expect(alarms / R).toBeGreaterThan(0.02);
  });
});

describe('analytic rank tests on candidate rows in another order', () => {
  it('DeLong and the influence test give the same estimate as on aligned rows (shared rankings renamed)', () => {
    const n = ANALYTIC_ORDER_MIN_ROWS;
    const [b, c] = binaryPair(n, 9, [2, 1.9], 3);
    const rng = new Rng(2);
    const perm = Int32Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = rng.nextInt(i + 1);
      [perm[i], perm[j]] = [perm[j], perm[i]];
    }
    const permute = <T extends Float64Array | Int32Array>(a: T): T => {
      const out = a.slice() as T;
      for (let i = 0; i < n; i++) out[perm[i]] = a[i];
      return out;
    };
    const shuffled: ClassificationData = {
      ...c,
      yTrue: permute(c.yTrue),
      yPred: permute(c.yPred),
      scores: permute(c.scores!),
    };
    const metrics = ['roc_auc', 'average_precision'];
    const aligned = pairedTestsByShape(b, c, identity(n), metrics, { resamples: 10, seed: 1 }).outcomes;
    const moved = pairedTestsByShape(b, shuffled, perm, metrics, { resamples: 10, seed: 1 }).outcomes;
    for (const m of metrics) {
      const x = aligned.get(m)!;
      const y = moved.get(m)!;
      if (x.kind !== 'analytic' || y.kind !== 'analytic') throw new Error('expected estimates');
      expect(y.estimate.delta).toBeCloseTo(x.estimate.delta, 14);
      expect(y.estimate.se).toBeCloseTo(x.estimate.se, 14);
    }
  });
});
