import { describe, expect, it } from 'vitest';
import { pairedMaxSwapInterval, pairedMaxSwapPValue } from '../../src/compare/stats/paired-max-swap.js';
import type { ClassificationData, RegressionData } from '../../src/result/evaluation-data.js';
import { judgePaired, pairedTestsByShape } from '../../src/compare/paired-tests.js';
import { compareResults } from '../../src/compare/compare.js';
import { parseGateConfig } from '../../src/config/index.js';
import { createMetricEvaluator } from '../../src/evaluate/metrics/index.js';
import { pairedBootstrap, percentileInterval, bootstrapPValue, Rng } from '../../src/compare/stats/index.js';
import { regression, resultOf } from './helpers.js';

/** Binary truth with two scored models; the candidate's scores are a little noisier. */
function binaryPair(n: number, seed: number): [ClassificationData, ClassificationData] {
  const rng = new Rng(seed);
  const yTrue = Int32Array.from({ length: n }, () => (rng.nextFloat() < 0.35 ? 1 : 0));
  const model = (signal: number, noise: number): ClassificationData => {
    const scores = new Float64Array(n);
    const yPred = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const z =
        signal * (yTrue[i] ? 1 : -1) + noise * (rng.nextFloat() + rng.nextFloat() + rng.nextFloat() - 1.5);
      scores[i] = Math.round(1000 / (1 + Math.exp(-z))) / 1000; // rounded: ties
      yPred[i] = scores[i] >= 0.5 ? 1 : 0;
    }
    return { task: 'binary', n, classes: ['0', '1'], yTrue, yPred, positive: 1, scores, ids: null };
  };
  return [model(1.2, 2), model(1.0, 2.2)];
}

const B = 2000;
const options = { resamples: B, seed: 7 };
const identity = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

/** The new test against today's paired row bootstrap on the same data: p and CI within Monte-Carlo error. */
function agreesWithRowBootstrap(
  base: ClassificationData | RegressionData,
  cand: ClassificationData | RegressionData,
  metric: string,
  expectedTest: string,
  targetP: number,
  higher: boolean,
) {
  const perm = identity(base.n);
  const row = pairedBootstrap(
    base.n,
    [metric],
    createMetricEvaluator(base),
    createMetricEvaluator(cand),
    options,
    perm,
  )[metric];
  const rowCi = percentileInterval(row.deltas, 0.05)!;
  // A tolerance that puts the row bootstrap's p near `targetP`, where p is informative (not 0 or 1).
  const sorted = row.deltas.slice().sort();
  const q = sorted[Math.floor((higher ? 1 - targetP : targetP) * sorted.length)];
  const tolerance = higher ? -q : q;
  const rowP = bootstrapPValue(row.deltas, tolerance, higher)!;
  const { outcomes } = pairedTestsByShape(base, cand, perm, [metric], options);
  const outcome = outcomes.get(metric)!;
  expect(outcome.test).toBe(expectedTest);
  // α = 0.025: the gate reports the 1 − 2α interval, here the 95% one the row CI is cut at.
  const j = judgePaired(outcome, metric, tolerance, higher, 0.025, 1.959963984540054, B);
  const width = rowCi[1] - rowCi[0];
  if (process.env.SHOW_P) console.log(metric, j.pRegress, rowP, j.ci, rowCi);
  // CI endpoints: Monte-Carlo error of a 2.5% quantile at B = 2000 is ~4% of the width.
  expect(Math.abs(j.ci![0] - rowCi[0])).toBeLessThan(0.12 * width);
  expect(Math.abs(j.ci![1] - rowCi[1])).toBeLessThan(0.12 * width);
  // p: binomial MC error √(p(1−p)/B) ≈ 0.009 at p = 0.2, plus the normal approximation's own error.
  expect(Math.abs(j.pRegress! - rowP)).toBeLessThan(0.04);
  return { j, rowP, rowCi };
}

describe('shape-chosen paired tests agree with the paired row bootstrap', () => {
  const [b, c] = binaryPair(1500, 3);

  it('mean (log_loss, brier): paired z', () => {
    agreesWithRowBootstrap(b, c, 'log_loss', 'paired-z', 0.2, false);
    agreesWithRowBootstrap(b, c, 'brier', 'paired-z', 0.2, false);
  });

  it('auc (roc_auc, binary): DeLong', () => {
    agreesWithRowBootstrap(b, c, 'roc_auc', 'delong', 0.2, true);
  });

  it('confusion (f1, mcc, balanced_accuracy, precision_macro): the multinomial bootstrap', () => {
    for (const m of ['f1', 'mcc', 'balanced_accuracy', 'precision_macro', 'cohen_kappa'])
      agreesWithRowBootstrap(b, c, m, 'multinomial-bootstrap', 0.2, true);
  });

  it('smooth-of-means (rmse, r2): delta method from 200 rows, the row bootstrap below', () => {
    const truth = regression(800, 1, 1).yTrue;
    const rb = regression(800, 2, 2, truth);
    const rc = regression(800, 2.2, 3, truth);
    agreesWithRowBootstrap(rb, rc, 'rmse', 'delta-method', 0.2, false);
    agreesWithRowBootstrap(rb, rc, 'r2', 'delta-method', 0.2, true);
    const small = pairedTestsByShape(
      regression(150, 1, 2),
      regression(150, 1, 3),
      identity(150),
      ['rmse'],
      options,
    );
    expect(small.leftover).toEqual(['rmse']);
  });

  it('order-statistic max_error: p from the paired swap test, the interval its inversion, the se from the lazy bootstrap', () => {
    const truth = regression(800, 1, 1).yTrue;
    const rb = regression(800, 2, 2, truth);
    const rc = regression(800, 2.05, 3, truth);
    const perm = identity(800);
    const row = pairedBootstrap(
      800,
      ['max_error'],
      createMetricEvaluator(rb),
      createMetricEvaluator(rc),
      options,
      perm,
    ).max_error;
    const rowCi = percentileInterval(row.deltas, 0.05)!;
    const outcome = pairedTestsByShape(rb, rc, perm, ['max_error'], options).outcomes.get('max_error')!;
    expect(outcome.test).toBe('paired-max-swap');
    // The lazy bootstrap (its standard error) has the row bootstrap's distribution.
    if (outcome.kind !== 'swap') throw new Error('expected the swap outcome');
    const lazyCi = percentileInterval(outcome.distribution.deltas, 0.05)!;
    const width = rowCi[1] - rowCi[0];
    expect(Math.abs(lazyCi[0] - rowCi[0])).toBeLessThan(0.12 * width);
    expect(Math.abs(lazyCi[1] - rowCi[1])).toBeLessThan(0.12 * width);
    const tolerance = 0.1;
    const j = judgePaired(outcome, 'max_error', tolerance, false, 0.025, 1.959963984540054, B);
    const abs = (d: RegressionData) => Float64Array.from(d.yTrue, (y, i) => Math.abs(y - d.yPred[i]));
    const p = pairedMaxSwapPValue(abs(rb), abs(rc), tolerance, B, options.seed)!;
    expect(j.pRegress).toBe(p);
    // The interval shown is the swap test's: it agrees with the verdict.
    expect(j.ci).toEqual(pairedMaxSwapInterval(abs(rb), abs(rc), tolerance, B, options.seed, 0.025));
    expect(j.ci![0] > tolerance).toBe(p <= 0.025);
  });

  it('mae/mse/mape (mean): paired z', () => {
    const truth = regression(800, 1, 1).yTrue;
    const rb = regression(800, 2, 2, truth);
    const rc = regression(800, 2.2, 3, truth);
    for (const m of ['mae', 'mse', 'mape']) agreesWithRowBootstrap(rb, rc, m, 'paired-z', 0.2, false);
  });
});

describe('the lean rank/order bootstrap', () => {
  it('average_precision and median_ae: the very same Δ* as the evaluator-based paired bootstrap, rows permuted', () => {
    const shuffle = (n: number, seed: number) => {
      const rng = new Rng(seed);
      const p = Int32Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = rng.nextInt(i + 1);
        [p[i], p[j]] = [p[j], p[i]];
      }
      return p;
    };
    const opts = { resamples: 200, seed: 5 };
    const [b, c0] = binaryPair(700, 8);
    const perm = shuffle(700, 1);
    // The candidate's rows in another order: candidate row perm[i] is baseline row i.
    const permuteRows = <T extends Float64Array | Int32Array>(a: T): T => {
      const out = a.slice() as T;
      for (let i = 0; i < a.length; i++) out[perm[i]] = a[i];
      return out;
    };
    const c: ClassificationData = {
      ...c0,
      yTrue: permuteRows(c0.yTrue),
      yPred: permuteRows(c0.yPred),
      scores: permuteRows(c0.scores!),
    };
    const truth = regression(700, 1, 1).yTrue;
    const rb = regression(700, 2, 2, truth);
    const rc0 = regression(700, 2.1, 3, truth);
    const rc: RegressionData = { ...rc0, yTrue: permuteRows(rc0.yTrue), yPred: permuteRows(rc0.yPred) };
    for (const [x, y, metric] of [
      [b, c, 'average_precision'],
      [rb, rc, 'median_ae'],
    ] as const) {
      const lean = pairedTestsByShape(x, y, perm, [metric], opts).outcomes.get(metric)!;
      expect(lean.kind === 'bootstrap' && lean.test).toBe('paired-bootstrap');
      const old = pairedBootstrap(
        x.n,
        [metric],
        createMetricEvaluator(x),
        createMetricEvaluator(y),
        opts,
        perm,
      )[metric];
      if (lean.kind !== 'bootstrap') throw new Error('expected a bootstrap');
      expect(Array.from(lean.distribution.deltas)).toEqual(Array.from(old.deltas));
      expect(lean.distribution.dropped).toBe(old.dropped);
    }
  });
});

describe('the gate records which paired test ran', () => {
  it('check.test names the test per metric; order statistics keep the row bootstrap', () => {
    const [b, c] = binaryPair(600, 9);
    const config = parseGateConfig(
      'metrics:\n  roc_auc: { max_regression: 0.01 }\n  log_loss: { max_regression: 0.02 }\n  f1: { max_regression: 0.01 }\n  accuracy: { max_regression: 0.01 }\n  average_precision: { max_regression: 0.01 }\nbootstrap: { resamples: 300, seed: 1 }\n',
      'gate.yml',
    );
    const gate = compareResults({
      baseline: resultOf(b),
      candidate: resultOf(c),
      baselineExamples: b,
      candidateExamples: c,
      config,
    });
    const tests = new Map(gate.checks.map((k) => [k.metric, k.test]));
    expect(tests.get('roc_auc')).toBe('delong');
    expect(tests.get('log_loss')).toBe('paired-z');
    expect(tests.get('f1')).toBe('multinomial-bootstrap');
    expect(tests.get('accuracy')).toBe('paired-z-noninferiority');
    expect(tests.get('average_precision')).toBe('paired-bootstrap');
    // An analytic p is not floored at 1/(B + 1).
    const auc = gate.checks.find((k) => k.metric === 'roc_auc')!;
    expect(auc.p_value === null || auc.p_value >= 0).toBe(true);
  });
});

describe('progress', () => {
  it('the row bootstrap reports its rounds through the progress factory', () => {
    const [b, c] = binaryPair(300, 4);
    const config = parseGateConfig(
      'metrics:\n  average_precision: { max_regression: 0.01 }\n  roc_auc: { max_regression: 0.01 }\nbootstrap: { resamples: 100, seed: 1 }\n',
      'gate.yml',
    );
    const labels: string[] = [];
    const updates: number[] = [];
    let done = 0;
    compareResults({
      baseline: resultOf(b),
      candidate: resultOf(c),
      baselineExamples: b,
      candidateExamples: c,
      config,
      progress: {
        start: (label) => {
          labels.push(label);
          return { update: (d) => updates.push(d), done: () => done++ };
        },
      },
    });
    expect(labels).toEqual(['Paired bootstrap of average_precision (100 resamples of 300 rows)']);
    expect(updates).toHaveLength(100);
    expect(updates[99]).toBe(100);
    expect(done).toBe(1);
  });
});
