/**
 * The calibration grid behind README's "Calibration" table (`npm run bench -- gate`): for each
 * gated metric, size n and design (paired: both sides keep their examples; unpaired: the
 * baseline is a bare result.json), through the real `compareResults`:
 * - A/A: two independent models of the same true quality, gated at tolerance 0 — drop 0 is then
 *   the null's boundary, so the fail rate is the test's size (≤ α) and the warn rate ≈ α;
 * - power: a true worsening of 2δ, gated at δ.
 * Tolerance rule: δ = TOLERANCE_SE_MULTIPLE (3) × the standard deviation of the metric's delta
 * against the power candidate (worse by 2δ) at that n, measured on `pilot` pairs (a fixed point,
 * reached from the A/A standard deviation in two steps); an ideal test then has power
 * Φ(3 − z₁₋α) = 91% at 2δ, so "power ≥ 80%" asks whether the gate comes close to it.
 *
 * Synthetic models. Binary: truth ~ Bernoulli(½); a model's positive-class score is U(0.35, 1) on
 * positives and U(0, 0.65) on negatives (accuracy ≈ 0.77), prediction = score ≥ ½. Regression:
 * y ~ U(0, 100), prediction y + 5·z. A worse candidate replaces a share ρ of its rows by an
 * uninformative score U(0, 1) (regression: error 15·z). The true worsening at ρ is the metric's
 * population value (max(100,000, 50 n) rows, common random numbers over a grid of ρ) — for
 * max_error, whose value grows with n, the exact expectation of the maximum at n. ρ is
 * interpolated from it.
 *
 * Trials are independent of each other (each has its own seed), so the grid splits into shards
 * (trial t goes to shard t mod count) whose counts add up to the unsharded grid's.
 */
import type { ClassificationData, EvaluationData, RegressionData } from '../result/evaluation-data.js';
import { sufficientStatistics } from '../evaluate/sufficient-statistics.js';
import { defaultGateConfig, type GateConfig, type MetricRule } from '../config/index.js';
import { computeMetrics } from '../evaluate/metrics/index.js';
import { metricDeclaration } from '../registry/metrics.js';
import { RESULT_SCHEMA, type Result } from '../result/schema.js';
import { normalCdf, normalQuantile, Rng } from './stats/index.js';
import { compareResults } from './compare.js';

export interface CalibrationMetric {
  metric: string;
  /** The statistical family it stands for in the table. */
  family: string;
}

/** One or more metrics per statistical shape (src/metrics/registry.ts `shape`). */
export const CALIBRATION_METRICS: readonly CalibrationMetric[] = [
  { metric: 'accuracy', family: 'mean-binary' },
  { metric: 'log_loss', family: 'mean' },
  { metric: 'brier', family: 'mean' },
  { metric: 'mae', family: 'mean' },
  { metric: 'mse', family: 'mean' },
  { metric: 'precision', family: 'confusion' },
  { metric: 'recall', family: 'confusion' },
  { metric: 'f1', family: 'confusion' },
  { metric: 'mcc', family: 'confusion' },
  { metric: 'balanced_accuracy', family: 'confusion' },
  { metric: 'cohen_kappa', family: 'confusion' },
  { metric: 'roc_auc', family: 'auc' },
  { metric: 'rmse', family: 'smooth' },
  { metric: 'r2', family: 'smooth' },
  { metric: 'average_precision', family: 'rank/order' },
  { metric: 'median_ae', family: 'rank/order' },
  { metric: 'max_error', family: 'max' },
];

/** The five-metric gate whose family-wise A/A failure rate (Holm, tolerance 0) the grid reports. */
export const FIVE_METRIC_GATE: readonly string[] = ['accuracy', 'f1', 'roc_auc', 'log_loss', 'brier'];

export const TOLERANCE_SE_MULTIPLE = 3;

export type CalibrationDesign = 'paired' | 'unpaired';

/** What a cell's question is: its tolerance and the model changes asked about. */
export interface CalibrationPlan {
  metric: string;
  family: string;
  n: number;
  /** Standard deviation of the A/A delta at n (pilot). */
  sd: number;
  /** Standard deviation of the delta against the power candidate (pilot, at the last iteration's ρ). */
  sd_alternative: number;
  /** Φ(margin / sd_alternative − z₁₋α): the power of an ideal test with that standard error. */
  ideal_power: number;
  tolerance: number;
  /** Share of regressed rows for a true worsening of 2δ. */
  rho_power: number;
  /** The true worsening at rho_power (2δ unless even ρ = 1 falls short: then reachable is false). */
  power_worsening: number;
  reachable: boolean;
}

/** Counts of one (metric, n, design) cell over this shard's trials. */
export interface CalibrationCounts {
  metric: string;
  family: string;
  n: number;
  design: CalibrationDesign;
  trials: number;
  aa_fail: number;
  aa_warn: number;
  aa_inconclusive: number;
  power_fail: number;
  power_inconclusive: number;
  /** Tests the checks used, e.g. "paired-z". */
  tests: string[];
}

export interface CalibrationShard {
  seed: number;
  alpha: number;
  resamples: number;
  pilot: number;
  tolerance_se_multiple: number;
  shard: { index: number; count: number };
  plans: CalibrationPlan[];
  cells: CalibrationCounts[];
}

export interface CalibrationOptions {
  metrics?: readonly string[];
  sizes?: readonly number[];
  /** Trials per cell of the whole grid (this shard runs its share). */
  trials?: number;
  /** A/A pairs measuring the delta's standard deviation per n. */
  pilot?: number;
  seed?: number;
  /** Bootstrap resamples inside the gate (fewer than the default 2000, to keep the grid fast). */
  resamples?: number;
  alpha?: number;
  shard?: { index: number; count: number };
  /** Rows of the sample that gives each metric's population value per ρ (default max(100,000, 50 × the largest n)). */
  populationRows?: number;
  /** Called after each trial of each n. */
  onProgress?: (n: number, done: number, total: number) => void;
}

export function calibrationGrid(options: CalibrationOptions = {}): CalibrationShard {
  const wanted = options.metrics ?? CALIBRATION_METRICS.map((m) => m.metric);
  const metrics = CALIBRATION_METRICS.filter((m) => wanted.includes(m.metric));
  const sizes = options.sizes ?? [200, 2000, 20000];
  const trials = options.trials ?? 100;
  const pilot = options.pilot ?? 100;
  const alpha = options.alpha ?? 0.05;
  const resamples = options.resamples ?? 400;
  const seed = options.seed ?? 1;
  const shard = options.shard ?? { index: 0, count: 1 };
  const five = FIVE_METRIC_GATE.every((m) => wanted.includes(m));
  const byTask = new Map<Generator, CalibrationMetric[]>();
  for (const m of metrics) {
    const gen = generatorOf(m.metric);
    byTask.set(gen, [...(byTask.get(gen) ?? []), m]);
  }
  const curves = new Map<string, WorseningCurve>();
  const rows = options.populationRows ?? populationRowsFor(sizes);
  for (const [gen, ms] of byTask) for (const [k, c] of worseningCurves(gen, ms, rows)) curves.set(k, c);

  const plans: CalibrationPlan[] = [];
  const cells: CalibrationCounts[] = [];
  for (const n of sizes) {
    // δ = 3 × the delta's sd where the power is asked (a worse candidate is often noisier than
    // the baseline: regressed rows have larger, heavier-tailed losses), found by fixed-point
    // iteration from the A/A sd: measure the sd at ρ(2δ), set δ from it, twice.
    const sdAt = (rhoOf: (metric: string) => number) => {
      const out = new Map<string, number>();
      for (const [gen, ms] of byTask)
        for (const [k, sd] of pilotSd(gen, ms, n, pilot, seed, rhoOf)) out.set(k, sd);
      return out;
    };
    const aa = sdAt(() => 0);
    const nPlans = new Map<string, CalibrationPlan>();
    for (const m of metrics)
      nPlans.set(
        m.metric,
        planCell(m, n, aa.get(m.metric)!, aa.get(m.metric)!, curves.get(m.metric)!, alpha),
      );
    for (let iteration = 0; iteration < 2; iteration++) {
      const alt = sdAt((metric) => nPlans.get(metric)!.rho_power);
      for (const m of metrics)
        nPlans.set(
          m.metric,
          planCell(m, n, aa.get(m.metric)!, alt.get(m.metric)!, curves.get(m.metric)!, alpha),
        );
    }
    plans.push(...nPlans.values());
    const cell = new Map<string, CalibrationCounts>();
    const counts = (metric: string, family: string, design: CalibrationDesign): CalibrationCounts => {
      const key = `${metric}/${design}`;
      let c = cell.get(key);
      if (!c) {
        c = {
          metric,
          family,
          n,
          design,
          trials: 0,
          aa_fail: 0,
          aa_warn: 0,
          aa_inconclusive: 0,
          power_fail: 0,
          power_inconclusive: 0,
          tests: [],
        };
        cell.set(key, c);
      }
      return c;
    };
    for (const m of metrics) for (const d of DESIGNS) counts(m.metric, m.family, d);
    if (five) for (const d of DESIGNS) counts(FIVE_METRIC_NAME, 'five-metric gate (Holm)', d);
    const mine = Array.from({ length: trials }, (_, t) => t).filter((t) => t % shard.count === shard.index);
    mine.forEach((t, done) => {
      for (const [gen, ms] of byTask) {
        const rng = new Rng(trialSeed(seed, n, t, gen.task));
        const truth = gen.truth(n, rng);
        const base = gen.latent(truth, rng);
        const cand = gen.latent(truth, rng);
        const baseData = gen.model(base, 0);
        const sameData = gen.model(cand, 0);
        const baseResult = resultOf(baseData);
        const sameResult = resultOf(sameData);
        for (const m of ms) {
          const plan = nPlans.get(m.metric)!;
          const power = gen.model(cand, plan.rho_power);
          const powerResult = resultOf(power);
          const zero = gateConfig([m.metric], 0, alpha, resamples, t);
          const tol = gateConfig([m.metric], plan.tolerance, alpha, resamples, t);
          for (const design of DESIGNS) {
            const c = counts(m.metric, m.family, design);
            c.trials++;
            const aa = verdictOf(baseData, baseResult, sameData, sameResult, zero, design, c);
            if (aa === 'fail') c.aa_fail++;
            else if (aa === 'warn') c.aa_warn++;
            else if (aa === 'inconclusive') c.aa_inconclusive++;
            const p = verdictOf(baseData, baseResult, power, powerResult, tol, design, c);
            if (p === 'fail') c.power_fail++;
            else if (p === 'inconclusive') c.power_inconclusive++;
          }
        }
        if (five && gen.task === 'binary') {
          const config = gateConfig(FIVE_METRIC_GATE, 0, alpha, resamples, t);
          for (const design of DESIGNS) {
            const c = counts(FIVE_METRIC_NAME, 'five-metric gate (Holm)', design);
            c.trials++;
            const aa = verdictOf(baseData, baseResult, sameData, sameResult, config, design, c);
            if (aa === 'fail') c.aa_fail++;
            else if (aa === 'warn') c.aa_warn++;
            else if (aa === 'inconclusive') c.aa_inconclusive++;
          }
        }
      }
      options.onProgress?.(n, done + 1, mine.length);
    });
    cells.push(...cell.values());
  }
  return {
    seed,
    alpha,
    resamples,
    pilot,
    tolerance_se_multiple: TOLERANCE_SE_MULTIPLE,
    shard,
    plans,
    cells,
  };
}

/** The name of the five-metric gate's row in `cells`. */
export const FIVE_METRIC_NAME = FIVE_METRIC_GATE.join('+');

const DESIGNS: readonly CalibrationDesign[] = ['paired', 'unpaired'];

function trialSeed(seed: number, n: number, t: number, task: string): number {
  // Distinct streams per (seed, n, trial, task); Rng mixes the integer through splitmix32.
  return (
    (Math.imul(seed, 0x9e3779b1) ^ Math.imul(n, 0x85ebca6b) ^ Math.imul(t + 1, 0xc2b2ae35) ^ task.length) >>>
    0
  );
}

function planCell(
  m: CalibrationMetric,
  n: number,
  sd: number,
  sdAlternative: number,
  curve: WorseningCurve,
  alpha: number,
): CalibrationPlan {
  const tolerance = TOLERANCE_SE_MULTIPLE * sdAlternative;
  const rhoFor = (target: number): number | null => {
    const w = curve.at(n);
    for (let k = 1; k < RHO_GRID.length; k++) {
      if (w[k] >= target) {
        const f = (target - w[k - 1]) / (w[k] - w[k - 1]);
        return RHO_GRID[k - 1] + Math.max(0, Math.min(1, f)) * (RHO_GRID[k] - RHO_GRID[k - 1]);
      }
    }
    return null;
  };
  const w = curve.at(n);
  const rhoP = rhoFor(2 * tolerance);
  return {
    metric: m.metric,
    family: m.family,
    n,
    sd,
    sd_alternative: sdAlternative,
    tolerance,
    ideal_power: normalCdf(
      (rhoP === null ? w[w.length - 1] - tolerance : tolerance) / sdAlternative - normalQuantile(1 - alpha),
    ),
    rho_power: rhoP ?? 1,
    power_worsening: rhoP === null ? w[w.length - 1] : 2 * tolerance,
    reachable: rhoP !== null,
  };
}

function gateConfig(
  metrics: readonly string[],
  tolerance: number,
  alpha: number,
  resamples: number,
  trial: number,
): GateConfig {
  const rules: MetricRule[] = metrics.map((metric) => ({
    metric,
    max_regression: { kind: 'absolute', value: tolerance, text: String(tolerance) },
  }));
  return {
    ...defaultGateConfig(),
    significance: alpha,
    // A seed per trial: the resampling noise is part of what the grid measures.
    bootstrap: { resamples, seed: trial + 1 },
    metrics: rules,
    default_metrics: false,
  };
}

/** The gate's verdict, or "inconclusive" when any of its checks had no test. */
function verdictOf(
  baseData: EvaluationData,
  baseline: Result,
  candData: EvaluationData,
  candidate: Result,
  config: GateConfig,
  design: CalibrationDesign,
  counts: CalibrationCounts,
): string {
  const gate = compareResults({
    baseline,
    candidate,
    baselineExamples: design === 'paired' ? baseData : null,
    candidateExamples: candData,
    config,
  });
  for (const c of gate.checks) if (c.test && !counts.tests.includes(c.test)) counts.tests.push(c.test);
  counts.tests.sort();
  // A gate of inconclusive checks passes; the grid counts them apart from real passes.
  if (gate.verdict !== 'fail' && gate.checks.some((c) => c.verdict === 'inconclusive')) return 'inconclusive';
  return gate.verdict;
}

/** A model before the choice of ρ: its good and regressed outputs per row and the uniform picking. */
interface Latent {
  truth: Int32Array | Float64Array;
  good: Float64Array;
  bad: Float64Array;
  u: Float64Array;
}

interface Generator {
  task: 'binary' | 'regression';
  truth(n: number, rng: Rng): Int32Array | Float64Array;
  latent(truth: Int32Array | Float64Array, rng: Rng): Latent;
  model(latent: Latent, rho: number): EvaluationData;
}

const binaryModel: Generator = {
  task: 'binary',
  truth: (n, rng) => Int32Array.from({ length: n }, () => rng.nextInt(2)),
  latent(truth, rng) {
    const n = truth.length;
    const good = new Float64Array(n);
    const bad = new Float64Array(n);
    const u = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      good[i] = truth[i] === 1 ? 0.35 + 0.65 * rng.nextFloat() : 0.65 * rng.nextFloat();
      bad[i] = rng.nextFloat();
      u[i] = rng.nextFloat();
    }
    return { truth, good, bad, u };
  },
  model({ truth, good, bad, u }, rho): ClassificationData {
    const n = truth.length;
    const scores = new Float64Array(n);
    const yPred = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const s = u[i] < rho ? bad[i] : good[i];
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
  task: 'regression',
  truth: (n, rng) => Float64Array.from({ length: n }, () => 100 * rng.nextFloat()),
  latent(truth, rng) {
    const n = truth.length;
    const good = new Float64Array(n);
    const u = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      good[i] = gaussian(rng);
      u[i] = rng.nextFloat();
    }
    return { truth, good, bad: good, u };
  },
  model({ truth, good, u }, rho): RegressionData {
    const yPred = Float64Array.from(truth, (y, i) => y + good[i] * (u[i] < rho ? 15 : 5));
    return { task: 'regression', n: truth.length, yTrue: truth as Float64Array, yPred, ids: null };
  },
};

function generatorOf(metric: string): Generator {
  return metricDeclaration(metric)?.tasks.includes('regression') ? regressionModel : binaryModel;
}

function gaussian(rng: Rng): number {
  const u = 1 - rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
}

function worseBy(metric: string, base: number, cand: number): number {
  return metricDeclaration(metric)!.direction === 'higher' ? base - cand : cand - base;
}

/** ρ values of the worsening curves: dense near 0, where large n asks small worsenings. */
const RHO_GRID: readonly number[] = Array.from({ length: 49 }, (_, k) => (k / 48) ** 2);

interface WorseningCurve {
  /** The true worsening at each RHO_GRID value, for test sets of n rows. */
  at(n: number): readonly number[];
}

/**
 * The population sample must be much larger than the test sets, not just large: its value at ρ
 * is the mean change over its ≈ ρN regressed rows, whose sampling error, beside the delta's
 * standard deviation at n, grows like √(ρn/N) — and at large n the ρ of a 2δ worsening is small.
 * With N = 100,000 at n = 20,000 that error was ≈ 0.2 sd: log_loss's curve put 0.605 per
 * regressed row where the exact expectation is 1 − E[−ln U(0.35, 1)] = 0.565, so ρ(2δ) gave a
 * true worsening of 1.87δ and the power cells measured ≈ 70% where the ideal test has 91%.
 * At N = 50 n the error is ≈ 0.06 sd.
 */
function populationRowsFor(sizes: readonly number[]): number {
  return Math.max(100_000, 50 * Math.max(0, ...sizes));
}

function worseningCurves(
  gen: Generator,
  ms: readonly CalibrationMetric[],
  rows: number,
): Map<string, WorseningCurve> {
  const rng = new Rng(12345);
  const latent = gen.latent(gen.truth(rows, rng), rng);
  const values = RHO_GRID.map((rho) => computeMetrics(gen.model(latent, rho)).metrics);
  const out = new Map<string, WorseningCurve>();
  for (const { metric } of ms) {
    if (metric === 'max_error') {
      out.set(metric, {
        at: (n) => RHO_GRID.map((rho) => expectedMaxError(rho, n) - expectedMaxError(0, n)),
      });
      continue;
    }
    const w = values.map((v) => worseBy(metric, values[0][metric]!, v[metric]!));
    out.set(metric, { at: () => w });
  }
  return out;
}

/**
 * E[max |e|] over n rows whose |e| is |5z| with probability 1 − ρ and |15z| with probability ρ:
 * ∫₀^∞ 1 − F(x)ⁿ dx with F the mixture's CDF (trapezoid rule, step 0.005, to 120 = 8 σ).
 */
function expectedMaxError(rho: number, n: number): number {
  const F = (x: number) => (1 - rho) * (2 * normalCdf(x / 5) - 1) + rho * (2 * normalCdf(x / 15) - 1);
  const h = 0.005;
  let s = 0;
  for (let x = 0; x < 120; x += h) s += h * (1 - 0.5 * (F(x) ** n + F(x + h) ** n));
  return s;
}

/**
 * The standard deviation of each metric's delta at n between a baseline and a candidate with a
 * share `rhoOf(metric)` of regressed rows, over `pairs` independent pairs (the same pairs each call).
 */
function pilotSd(
  gen: Generator,
  ms: readonly CalibrationMetric[],
  n: number,
  pairs: number,
  seed: number,
  rhoOf: (metric: string) => number,
): Map<string, number> {
  const deltas = new Map(ms.map((m) => [m.metric, [] as number[]]));
  for (let t = 0; t < pairs; t++) {
    const rng = new Rng(trialSeed(seed + 1_000_003, n, t, gen.task));
    const truth = gen.truth(n, rng);
    const a = computeMetrics(gen.model(gen.latent(truth, rng), 0)).metrics;
    const cand = gen.latent(truth, rng);
    const byRho = new Map<number, Record<string, number | null>>();
    for (const { metric } of ms) {
      const rho = rhoOf(metric);
      let b = byRho.get(rho);
      if (!b) byRho.set(rho, (b = computeMetrics(gen.model(cand, rho)).metrics));
      const d = b[metric]! - a[metric]!;
      if (Number.isFinite(d)) deltas.get(metric)!.push(d);
    }
  }
  const out = new Map<string, number>();
  for (const [metric, d] of deltas) {
    const mean = d.reduce((x, y) => x + y, 0) / d.length;
    out.set(metric, Math.sqrt(d.reduce((x, y) => x + (y - mean) ** 2, 0) / (d.length - 1)));
  }
  return out;
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
