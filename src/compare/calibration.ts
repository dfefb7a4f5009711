/**
 * The calibration grid behind README's "Calibration" table (`npm run bench -- gate`): for each
 * metric family, size n and design (paired: both sides keep their examples; unpaired: the
 * baseline is a bare result.json), the A/A false-alarm and warning rates and the power against a
 * true worsening of twice the tolerance — all through the real `compareResults`.
 *
 * Synthetic models: binary truth, a model whose positive-class score is U(0.35, 1) on positives
 * and U(0, 0.65) on negatives (accuracy ≈ 0.77); a regressed candidate replaces a share ρ of its
 * rows by an uninformative score U(0, 1), with ρ set so that the metric's expected worsening is
 * twice the tolerance (measured once on 200,000 rows). Regression: y ~ U(0, 100), prediction
 * y + N(0, 5²), regressed rows N(0, 15²).
 */
import type { ClassificationData, EvaluationData, RegressionData } from '../result/evaluation-data.js';
import { sufficientStatistics } from '../evaluate/sufficient-statistics.js';
import { defaultGateConfig, type GateConfig } from '../config/index.js';
import { computeMetrics } from '../evaluate/metrics/index.js';
import { metricDeclaration } from '../registry/metrics.js';
import { RESULT_SCHEMA, type Result } from '../result/schema.js';
import { Rng } from './stats/index.js';
import { compareResults } from './compare.js';

export interface CalibrationFamily {
  metric: string;
  /** Tolerance at n = 2000; scaled by √(2000/n) so every n is asked a question it can answer. */
  tolerance2k: number;
}

export const CALIBRATION_FAMILIES: readonly CalibrationFamily[] = [
  { metric: 'accuracy', tolerance2k: 0.02 },
  { metric: 'log_loss', tolerance2k: 0.03 },
  { metric: 'f1_macro', tolerance2k: 0.02 },
  { metric: 'roc_auc', tolerance2k: 0.015 },
  { metric: 'rmse', tolerance2k: 0.2 },
];

export interface CalibrationCell {
  metric: string;
  n: number;
  design: 'paired' | 'unpaired';
  tolerance: number;
  trials: number;
  false_alarm_rate: number;
  warn_rate: number;
  power: number;
  /** Tests the checks used (A/A runs), e.g. "mcnemar-exact". */
  tests: string[];
}

export interface CalibrationOptions {
  families?: readonly CalibrationFamily[];
  sizes?: readonly number[];
  trials?: number;
  seed?: number;
  /** Bootstrap resamples inside the gate (fewer than the default 2000, to keep the grid fast). */
  resamples?: number;
  alpha?: number;
}

export function calibrationGrid(options: CalibrationOptions = {}): CalibrationCell[] {
  const families = options.families ?? CALIBRATION_FAMILIES;
  const sizes = options.sizes ?? [200, 2000, 20000];
  const trials = options.trials ?? 100;
  const alpha = options.alpha ?? 0.05;
  const cells: CalibrationCell[] = [];
  for (const fam of families) {
    const regression = metricDeclaration(fam.metric)?.tasks.includes('regression') ?? false;
    const gen = regression ? regressionModel : classificationModel;
    const effect = unitEffect(fam.metric, gen);
    for (const n of sizes) {
      const tolerance = fam.tolerance2k * Math.sqrt(2000 / n);
      const rho = Math.min(1, (2 * tolerance) / effect);
      const config: GateConfig = gateConfig(fam.metric, tolerance, alpha, options.resamples ?? 400);
      for (const design of ['paired', 'unpaired'] as const) {
        const rng = new Rng((options.seed ?? 1) * 7919 + n);
        let aaFail = 0;
        let aaWarn = 0;
        let detected = 0;
        const tests = new Set<string>();
        for (let t = 0; t < trials; t++) {
          const truth = gen.truth(n, rng);
          const base = gen.model(truth, 0, rng);
          const same = gen.model(truth, 0, rng);
          const worse = gen.model(truth, rho, rng);
          const aa = run(base, same, config, design);
          if (aa.verdict === 'fail') aaFail++;
          else if (aa.verdict === 'warn') aaWarn++;
          for (const c of aa.checks) if (c.test) tests.add(c.test);
          if (run(base, worse, config, design).verdict === 'fail') detected++;
        }
        cells.push({
          metric: fam.metric,
          n,
          design,
          tolerance,
          trials,
          false_alarm_rate: aaFail / trials,
          warn_rate: aaWarn / trials,
          power: detected / trials,
          tests: [...tests].sort(),
        });
      }
    }
  }
  return cells;
}

/** The grid as a Markdown table, with each rate's binomial standard error stated once. */
export function calibrationTable(cells: readonly CalibrationCell[], alpha = 0.05): string {
  const trials = cells[0]?.trials ?? 0;
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `| metric | n | design | tolerance | A/A fail | A/A warn | power at 2× tolerance | test |`,
    `|---|---:|---|---:|---:|---:|---:|---|`,
    ...cells.map(
      (c) =>
        `| ${c.metric} | ${c.n} | ${c.design} | ${Number(c.tolerance.toPrecision(3))} | ${pct(c.false_alarm_rate)} | ${pct(c.warn_rate)} | ${pct(c.power)} | ${c.tests.join(', ')} |`,
    ),
    '',
    `${trials} trials per cell: a rate's binomial standard error is ${pct(Math.sqrt((alpha * (1 - alpha)) / trials))} at ${pct(alpha)} and ${pct(Math.sqrt(0.16 / trials))} at 80%.`,
  ];
  return lines.join('\n');
}

function gateConfig(metric: string, tolerance: number, alpha: number, resamples: number): GateConfig {
  return {
    ...defaultGateConfig(),
    significance: alpha,
    bootstrap: { resamples, seed: 1 },
    metrics: [{ metric, max_regression: { kind: 'absolute', value: tolerance, text: String(tolerance) } }],
    default_metrics: false,
  };
}

interface Generator {
  truth(n: number, rng: Rng): Int32Array | Float64Array;
  model(truth: Int32Array | Float64Array, rho: number, rng: Rng): EvaluationData;
}

const classificationModel: Generator = {
  truth: (n, rng) => Int32Array.from({ length: n }, () => rng.nextInt(2)),
  model(truth, rho, rng): ClassificationData {
    const n = truth.length;
    const scores = new Float64Array(n);
    const yPred = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const s =
        rng.nextFloat() < rho
          ? rng.nextFloat()
          : truth[i] === 1
            ? 0.35 + 0.65 * rng.nextFloat()
            : 0.65 * rng.nextFloat();
      scores[i] = Math.min(1 - 1e-6, Math.max(1e-6, s));
      yPred[i] = scores[i] >= 0.5 ? 1 : 0;
    }
    return {
      task: 'binary',
      n,
      classes: ['0', '1'],
      yTrue: truth as Int32Array,
      yPred,
      positive: 1,
      scores,
      scoreKind: 'probability',
      ids: null,
    };
  },
};

const regressionModel: Generator = {
  truth: (n, rng) => Float64Array.from({ length: n }, () => 100 * rng.nextFloat()),
  model(truth, rho, rng): RegressionData {
    const yPred = Float64Array.from(truth, (y) => y + gaussian(rng) * (rng.nextFloat() < rho ? 15 : 5));
    return { task: 'regression', n: truth.length, yTrue: truth as Float64Array, yPred, ids: null };
  },
};

function gaussian(rng: Rng): number {
  const u = 1 - rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
}

/** The worsening of the metric when every row is regressed (ρ = 1), on 200,000 rows. */
function unitEffect(metric: string, gen: Generator): number {
  const rng = new Rng(12345);
  const truth = gen.truth(200_000, rng);
  const good = computeMetrics(gen.model(truth, 0, rng)).metrics[metric]!;
  const bad = computeMetrics(gen.model(truth, 1, rng)).metrics[metric]!;
  const higher = metricDeclaration(metric)!.direction === 'higher';
  return higher ? good - bad : bad - good;
}

function run(base: EvaluationData, cand: EvaluationData, config: GateConfig, design: 'paired' | 'unpaired') {
  return compareResults({
    baseline: resultOf(base),
    candidate: resultOf(cand),
    baselineExamples: design === 'paired' ? base : null,
    candidateExamples: cand,
    config,
  });
}

function resultOf(d: EvaluationData): Result {
  const m = computeMetrics(d);
  const statistics = sufficientStatistics(d);
  return {
    schema: RESULT_SCHEMA,
    task: d.task,
    n: d.n,
    dataset: { fingerprint: 'calibration', ...(d.task === 'binary' ? { positive_label: '1' } : {}) },
    tool: { name: 'model-gate', version: 'calibration' },
    created_at: '1970-01-01T00:00:00.000Z',
    source: {},
    metrics: m.metrics,
    ...(m.confusion ? { confusion: m.confusion } : {}),
    ...(statistics ? { statistics } : {}),
    errors: {
      error_rate: m.error_rate,
      top_confusions: [],
      missing_predictions: 0,
      extra_predictions: 0,
      invalid_rows: 0,
    },
    warnings: [],
  };
}
