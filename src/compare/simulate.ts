import type { ClassificationData } from '../result/evaluation-data.js';
import type { GateConfig, MetricRule } from '../config/index.js';
import { metricDeclaration } from '../registry/metrics.js';
import { RESULT_SCHEMA, type Result } from '../result/schema.js';
import { Rng } from './stats/index.js';
import { compareResults } from './compare.js';

export interface SimulateOptions {
  /** Examples per evaluation. */
  n: number;
  /** True accuracy of the baseline model. */
  accuracy: number;
  /** True accuracy drop of the regressed candidate (e.g. 0.04 = 4 points). */
  drop: number;
  config: GateConfig;
  trials?: number;
  seed?: number;
}

export interface SimulationRates {
  /** A/A (same true accuracy): share of trials where the gate failed. */
  false_alarm_rate: number;
  /** A/A: share of trials with a warning (not a failure). */
  false_warn_rate: number;
  /** True drop: share of trials where the gate failed. */
  detection_rate: number;
  /** True drop: share of trials that at least warned. */
  flagged_rate: number;
}

export interface SimulationResult {
  n: number;
  accuracy: number;
  drop: number;
  trials: number;
  seed: number;
  /** The rules simulated (accuracy-like rules of the config; accuracy max_regression 0 if none). */
  rules: string[];
  config: SimulationRates;
  significance_off: SimulationRates;
}

/**
 * Estimates by simulation what a gate configuration does on accuracy: the A/A false-alarm rate
 * and the detection rate of a true drop, for the configuration and for the same configuration
 * with `significance: off` — through the real `compareResults` path, on synthetic paired data
 * (binary labels, each model right independently with its true accuracy on each example).
 */
export function simulate(options: SimulateOptions): SimulationResult {
  const { n, accuracy, drop } = options;
  const trials = options.trials ?? 200;
  const seed = options.seed ?? 1;
  if (!(n > 0 && Number.isInteger(n))) throw new RangeError('simulate: n must be a positive integer');
  if (!(accuracy > 0 && accuracy <= 1) || !(drop >= 0 && drop < accuracy))
    throw new RangeError('simulate: bad accuracy or drop');
  let rules: MetricRule[] = options.config.default_metrics
    ? [{ metric: 'accuracy', max_regression: { kind: 'absolute', value: 0, text: '0' } }]
    : options.config.metrics.filter((r) => metricDeclaration(r.metric)?.shape === 'mean-binary');
  if (rules.length === 0)
    rules = [{ metric: 'accuracy', max_regression: { kind: 'absolute', value: 0, text: '0' } }];
  const config: GateConfig = { ...options.config, metrics: rules, default_metrics: false };
  const off: GateConfig = { ...config, significance: null };
  const rng = new Rng(seed);
  const count = { aaFail: [0, 0], aaWarn: [0, 0], dropFail: [0, 0], dropFlag: [0, 0] };
  for (let t = 0; t < trials; t++) {
    const truth = new Int32Array(n);
    for (let i = 0; i < n; i++) truth[i] = rng.nextInt(2);
    const base = model(truth, accuracy, rng);
    const same = model(truth, accuracy, rng);
    const worse = model(truth, accuracy - drop, rng);
    [config, off].forEach((cfg, k) => {
      const aa = run(base, same, cfg);
      if (aa === 'fail') count.aaFail[k]++;
      else if (aa === 'warn') count.aaWarn[k]++;
      const dr = run(base, worse, cfg);
      if (dr === 'fail') count.dropFail[k]++;
      if (dr === 'fail' || dr === 'warn') count.dropFlag[k]++;
    });
  }
  const rates = (k: number): SimulationRates => ({
    false_alarm_rate: count.aaFail[k] / trials,
    false_warn_rate: count.aaWarn[k] / trials,
    detection_rate: count.dropFail[k] / trials,
    flagged_rate: count.dropFlag[k] / trials,
  });
  return {
    n,
    accuracy,
    drop,
    trials,
    seed,
    rules: rules.map((r) =>
      [
        r.metric,
        r.min !== undefined ? `min ${r.min}` : '',
        r.max !== undefined ? `max ${r.max}` : '',
        r.max_regression ? `max_regression ${r.max_regression.text}` : '',
      ]
        .filter(Boolean)
        .join(' '),
    ),
    config: rates(0),
    significance_off: rates(1),
  };
}

function model(truth: Int32Array, accuracy: number, rng: Rng): ClassificationData {
  const n = truth.length;
  const yPred = new Int32Array(n);
  for (let i = 0; i < n; i++) yPred[i] = rng.nextFloat() < accuracy ? truth[i] : 1 - truth[i];
  return {
    task: 'binary',
    n,
    classes: ['0', '1'],
    yTrue: truth,
    yPred,
    positive: 1,
    scores: null,
    ids: null,
  };
}

function run(base: ClassificationData, cand: ClassificationData, config: GateConfig) {
  return compareResults({
    baseline: syntheticResult(base),
    candidate: syntheticResult(cand),
    baselineExamples: base,
    candidateExamples: cand,
    config,
  }).verdict;
}

function syntheticResult(d: ClassificationData): Result {
  let right = 0;
  for (let i = 0; i < d.n; i++) if (d.yPred[i] === d.yTrue[i]) right++;
  const acc = right / d.n;
  return {
    schema: RESULT_SCHEMA,
    task: 'binary',
    n: d.n,
    dataset: { fingerprint: 'simulation' },
    tool: { name: 'model-gate', version: 'simulation' },
    created_at: '1970-01-01T00:00:00.000Z',
    source: {},
    metrics: { accuracy: acc, error_rate: 1 - acc },
    errors: {
      error_rate: 1 - acc,
      top_confusions: [],
      missing_predictions: 0,
      extra_predictions: 0,
      invalid_rows: 0,
    },
    warnings: [],
  };
}
