/**
 * The metric registry: one declaration per metric. Everything else — gate.yml validation,
 * reports, OpenMetrics, merge, the paired tests — reads a metric's facts from here, so adding a
 * metric is one declaration, its definition and its tests.
 *
 * A declaration says what a metric *is*; how it is computed lives with its definition in
 * src/evaluate/metrics/. `test` names the statistical shape of the metric, which decides the paired test
 * the gate runs (see src/compare/): the cheapest exact or O(n) test that shape allows.
 */

import type { QuantityUnit } from '../util/quantity.js';

/** Which results carry the metric. */
export type MetricTask = 'binary' | 'multiclass' | 'regression' | 'text' | 'ranking' | 'scores' | 'bench';

export type Direction = 'higher' | 'lower';

/**
 * The unit a metric's values are in (src/util/quantity.ts owns its parser and formatter). It
 * decides how gate.yml values (`2GiB`, `200ms`, `1.5pp`) are read and how values are printed.
 * `proportion` is a fraction in [0, 1] whose changes are shown in percentage points.
 */
export type MetricUnit = Exclude<QuantityUnit, 'count'>;

/**
 * The statistical shape of a metric, which picks its test:
 * - `mean-binary`: mean of a 0/1 per-example term (accuracy) — McNemar / exact paired test.
 * - `mean`: mean of a real per-example term (log loss, brier, MAE, MSE) — paired z/t on the
 *   per-example differences.
 * - `confusion`: a function of the confusion counts (precision/recall/F1, MCC, kappa) —
 *   multinomial resampling of the (true, baseline, candidate) table; cost independent of n.
 * - `auc`: ROC AUC — DeLong's paired test.
 * - `rank`: other rank metrics (average precision) — bootstrap with O(n) resamples over a
 *   precomputed order.
 * - `smooth-of-means`: a smooth function of per-example means (RMSE, R²) — delta method.
 * - `corpus-statistics`: a smooth function of per-example sufficient statistics summed over the
 *   corpus (BLEU, chrF: n-gram match and total counts) — paired bootstrap over examples, each
 *   resample a weighted sum of the stored per-example statistics, O(n) (sacrebleu's
 *   `--paired-bs`), never a re-tokenisation.
 * - `order-statistic`: medians and maxima — bootstrap (nothing better exists).
 * - `timing`: benchmark samples — Mann-Whitney U on the runs.
 */
export type MetricShape =
  | 'mean-binary'
  | 'mean'
  | 'confusion'
  | 'auc'
  | 'rank'
  | 'smooth-of-means'
  | 'corpus-statistics'
  | 'order-statistic'
  | 'timing';

/**
 * How a metric merges across shards/slices:
 * - `sums`: recomputed from summed per-example sufficient statistics;
 * - `confusion`: recomputed from the summed confusion table;
 * - `sorted`: needs every example's value/score (merged sorted runs);
 * - `not-merged`: per-runner figures (benchmarks) are dropped from merged results.
 */
export type MergeRule = 'sums' | 'confusion' | 'sorted' | 'not-merged';

/**
 * What a classification metric needs besides labels: nothing, any ranking score (ROC AUC and
 * average precision accept decision scores), or calibrated probabilities (log loss, Brier).
 */
export type MetricInput = 'labels' | 'scores' | 'probabilities';

/** An OpenMetrics family and the labels that identify one metric in it. */
export interface OpenMetricsSeries {
  family: string;
  labels: Readonly<Record<string, string>>;
  /** The family's HELP line (families shared by several metrics repeat the same text). */
  help: string;
}

export interface MetricDeclaration {
  /** The name in result.json and gate.yml (`bench.<field>` for bench summary fields). */
  name: string;
  tasks: readonly MetricTask[];
  input: MetricInput;
  direction: Direction;
  unit: MetricUnit;
  /** Short human label for reports (bench rows; sentence case). */
  label: string;
  /** Closed range of possible values, when the metric is bounded (used to validate inputs). */
  range?: readonly [number, number];
  /** OpenMetrics: the family, and the labels that identify this metric in it. */
  openmetrics: OpenMetricsSeries;
  merge: MergeRule;
  shape: MetricShape;
}

const CLASS: readonly MetricTask[] = ['binary', 'multiclass'];
const BIN: readonly MetricTask[] = ['binary'];
const REG: readonly MetricTask[] = ['regression'];
const TEXT: readonly MetricTask[] = ['text'];
const RANKING: readonly MetricTask[] = ['ranking'];
const BENCH: readonly MetricTask[] = ['bench'];

function metric(
  name: string,
  label: string,
  tasks: readonly MetricTask[],
  direction: Direction,
  unit: MetricUnit,
  shape: MetricShape,
  merge: MergeRule,
  range?: readonly [number, number],
  input: MetricInput = 'labels',
): MetricDeclaration {
  return {
    name,
    tasks,
    input,
    direction,
    unit,
    label,
    range,
    openmetrics: { family: 'model_gate_metric', labels: { metric: name }, help: METRIC_HELP },
    merge,
    shape,
  };
}

function bench(
  field: string,
  label: string,
  direction: Direction,
  unit: MetricUnit,
  openmetrics: OpenMetricsSeries,
): MetricDeclaration {
  return {
    name: `bench.${field}`,
    tasks: BENCH,
    input: 'labels',
    direction,
    unit,
    label,
    openmetrics,
    merge: 'not-merged',
    shape: 'timing',
  };
}

const METRIC_HELP =
  'Quality metric value (scikit-learn semantics), by metric name. Undefined metrics are omitted.';

const UNIT: readonly [number, number] = [0, 1];
// BLEU is bp·exp(Σ log pₙ / 4): for a perfect match exp(log 100) rounds to 100.00000000000004
// (sacrebleu reports the same), so the bound leaves room for rounding, not for a larger score.
const HUNDRED: readonly [number, number] = [0, 100 + 1e-9];
const latency = (q: string): OpenMetricsSeries => ({
  family: 'model_gate_bench_latency_seconds',
  labels: { quantile: q },
  // serve-bench rounds fill the same fields (the HELP text is kept: dashboards and the golden file read it).
  help: 'Per-request latency quantile from the latency file, by statistic over the runs.',
});
const family = (f: string, help: string): OpenMetricsSeries => ({ family: f, labels: {}, help });
const OVER_RUNS = 'by statistic over the runs.';

/** Every metric, in report order. */
export const METRIC_DECLARATIONS: readonly MetricDeclaration[] = [
  metric('accuracy', 'Accuracy', CLASS, 'higher', 'proportion', 'mean-binary', 'confusion', UNIT),
  metric('error_rate', 'Error rate', CLASS, 'lower', 'proportion', 'mean-binary', 'confusion', UNIT),
  metric(
    'balanced_accuracy',
    'Balanced accuracy',
    CLASS,
    'higher',
    'proportion',
    'confusion',
    'confusion',
    UNIT,
  ),
  metric(
    'precision_macro',
    'Precision (macro)',
    CLASS,
    'higher',
    'proportion',
    'confusion',
    'confusion',
    UNIT,
  ),
  metric('recall_macro', 'Recall (macro)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
  metric('f1_macro', 'F1 (macro)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
  metric(
    'precision_micro',
    'Precision (micro)',
    CLASS,
    'higher',
    'proportion',
    'confusion',
    'confusion',
    UNIT,
  ),
  metric('recall_micro', 'Recall (micro)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
  metric('f1_micro', 'F1 (micro)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
  metric(
    'precision_weighted',
    'Precision (weighted)',
    CLASS,
    'higher',
    'proportion',
    'confusion',
    'confusion',
    UNIT,
  ),
  metric(
    'recall_weighted',
    'Recall (weighted)',
    CLASS,
    'higher',
    'proportion',
    'confusion',
    'confusion',
    UNIT,
  ),
  metric('f1_weighted', 'F1 (weighted)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
  metric('mcc', 'MCC', CLASS, 'higher', 'score', 'confusion', 'confusion', [-1, 1]),
  metric('cohen_kappa', "Cohen's kappa", CLASS, 'higher', 'score', 'confusion', 'confusion', [-1, 1]),
  metric('precision', 'Precision', BIN, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
  metric('recall', 'Recall', BIN, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
  metric('f1', 'F1', BIN, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
  metric('roc_auc', 'ROC AUC', CLASS, 'higher', 'proportion', 'auc', 'sorted', UNIT, 'scores'),
  metric('log_loss', 'Log loss', CLASS, 'lower', 'score', 'mean', 'sums', [0, Infinity], 'probabilities'),
  metric(
    'average_precision',
    'Average precision',
    BIN,
    'higher',
    'proportion',
    'rank',
    'sorted',
    UNIT,
    'scores',
  ),
  // A mean squared error, not a share of examples: changes read as decimals, not points.
  metric('brier', 'Brier score', BIN, 'lower', 'score', 'mean', 'sums', UNIT, 'probabilities'),
  metric('mae', 'MAE', REG, 'lower', 'score', 'mean', 'sums', [0, Infinity]),
  metric('mse', 'MSE', REG, 'lower', 'score', 'mean', 'sums', [0, Infinity]),
  metric('rmse', 'RMSE', REG, 'lower', 'score', 'smooth-of-means', 'sums', [0, Infinity]),
  metric('r2', 'R²', REG, 'higher', 'score', 'smooth-of-means', 'sums', [-Infinity, 1]),
  metric('mape', 'MAPE', REG, 'lower', 'score', 'mean', 'sums', [0, Infinity]),
  metric('median_ae', 'Median absolute error', REG, 'lower', 'score', 'order-statistic', 'sorted', [
    0,
    Infinity,
  ]),
  metric('max_error', 'Max error', REG, 'lower', 'score', 'order-statistic', 'sorted', [0, Infinity]),
  // Text generation (src/evaluate/metrics/text/). Means of per-example terms merge by sums of
  // the terms; BLEU and chrF (0–100, changes in BLEU/chrF points) by sums of their per-example
  // n-gram statistics.
  metric('exact_match', 'Exact match', TEXT, 'higher', 'proportion', 'mean-binary', 'sums', UNIT),
  metric('token_f1', 'Token F1', TEXT, 'higher', 'proportion', 'mean', 'sums', UNIT),
  metric('bleu', 'BLEU', TEXT, 'higher', 'score', 'corpus-statistics', 'sums', HUNDRED),
  metric('chrf', 'chrF', TEXT, 'higher', 'score', 'corpus-statistics', 'sums', HUNDRED),
  metric('rouge1', 'ROUGE-1', TEXT, 'higher', 'proportion', 'mean', 'sums', UNIT),
  metric('rouge2', 'ROUGE-2', TEXT, 'higher', 'proportion', 'mean', 'sums', UNIT),
  metric('rouge_l', 'ROUGE-L', TEXT, 'higher', 'proportion', 'mean', 'sums', UNIT),
  // Ranking (src/evaluate/metrics/retrieval.ts, trec_eval 9.0.x): means over queries of per-query
  // values, so each is `mean`-shaped (paired z on the per-query differences) and merges by sums.
  // The `@k` declarations stand for every cutoff (`ndcg@10`…): `metricDeclaration` resolves them.
  metric('map', 'MAP', RANKING, 'higher', 'score', 'mean', 'sums', UNIT),
  metric('mrr', 'MRR', RANKING, 'higher', 'score', 'mean', 'sums', UNIT),
  metric('ndcg', 'nDCG', RANKING, 'higher', 'score', 'mean', 'sums', UNIT),
  metric('ndcg@k', 'nDCG@k', RANKING, 'higher', 'score', 'mean', 'sums', UNIT),
  metric('precision@k', 'Precision@k', RANKING, 'higher', 'proportion', 'mean', 'sums', UNIT),
  metric('recall@k', 'Recall@k', RANKING, 'higher', 'proportion', 'mean', 'sums', UNIT),
  bench(
    'wall_seconds',
    'Wall time',
    'lower',
    'seconds',
    family('model_gate_bench_wall_seconds', `Wall-clock time of one benchmark run, ${OVER_RUNS}`),
  ),
  bench(
    'cpu_seconds',
    'CPU time',
    'lower',
    'seconds',
    family(
      'model_gate_bench_cpu_seconds',
      `User+system CPU time of the command and its descendants, ${OVER_RUNS}`,
    ),
  ),
  bench(
    'cpu_user_seconds',
    'CPU user',
    'lower',
    'seconds',
    family(
      'model_gate_bench_cpu_user_seconds',
      `User CPU time of the command and its descendants, ${OVER_RUNS}`,
    ),
  ),
  bench(
    'cpu_system_seconds',
    'CPU system',
    'lower',
    'seconds',
    family(
      'model_gate_bench_cpu_system_seconds',
      `System CPU time of the command and its descendants, ${OVER_RUNS}`,
    ),
  ),
  bench(
    'peak_rss_bytes',
    'Peak RSS',
    'lower',
    'bytes',
    family('model_gate_bench_peak_rss_bytes', `Largest resident set size of a single process, ${OVER_RUNS}`),
  ),
  bench(
    'peak_tree_rss_bytes',
    'Peak tree RSS',
    'lower',
    'bytes',
    family(
      'model_gate_bench_peak_tree_rss_bytes',
      `Largest summed resident set size of the process tree, ${OVER_RUNS}`,
    ),
  ),
  // Higher utilisation = the same work kept the GPU busier; gate it with `min` if at all.
  // OpenMetrics writes it as a ratio (0–1): the percent unit's base divisor.
  bench(
    'gpu_utilization_percent',
    'GPU utilization',
    'higher',
    'percent',
    family('model_gate_bench_gpu_utilization_ratio', `Mean GPU utilisation (0-1), ${OVER_RUNS}`),
  ),
  bench(
    'gpu_memory_peak_bytes',
    'GPU memory peak',
    'lower',
    'bytes',
    family('model_gate_bench_gpu_memory_peak_bytes', `Peak GPU memory used, ${OVER_RUNS}`),
  ),
  // Stored in milliseconds (the latency file's unit); OpenMetrics writes seconds.
  bench('latency_ms_p50', 'Latency p50', 'lower', 'milliseconds', latency('0.5')),
  bench('latency_ms_p90', 'Latency p90', 'lower', 'milliseconds', latency('0.9')),
  bench('latency_ms_p95', 'Latency p95', 'lower', 'milliseconds', latency('0.95')),
  bench('latency_ms_p99', 'Latency p99', 'lower', 'milliseconds', latency('0.99')),
  bench(
    'throughput_per_second',
    'Throughput',
    'higher',
    'per_second',
    family(
      'model_gate_bench_throughput_per_second',
      `Requests per second from the latency file, ${OVER_RUNS}`,
    ),
  ),
  // serve-bench: the share of a round's requests that failed (status ≥ 400, connection error,
  // timeout); a proportion, so gate.yml reads it in points ("max_regression: 0.5pp").
  {
    ...bench(
      'error_rate',
      'Error rate',
      'lower',
      'proportion',
      family('model_gate_bench_error_rate', `Share of serve-bench requests that failed, ${OVER_RUNS}`),
    ),
    range: UNIT,
  },
];

const BY_NAME: ReadonlyMap<string, MetricDeclaration> = new Map(METRIC_DECLARATIONS.map((d) => [d.name, d]));

/** Every metric name a gate can use, in report order. */
export const METRIC_NAMES: readonly string[] = METRIC_DECLARATIONS.map((d) => d.name);

/** A metric at a cutoff (`ndcg@10`): its family's `@k` declaration, named for that cutoff. */
const AT_CUTOFF = /^([a-z_]+)@([1-9]\d{0,8})$/;
const atCutoff = new Map<string, MetricDeclaration>();

/** The declaration of `name`, or undefined when no such metric exists. */
export function metricDeclaration(name: string): MetricDeclaration | undefined {
  const declared = BY_NAME.get(name);
  if (declared !== undefined) return declared;
  const cut = AT_CUTOFF.exec(name);
  if (cut === null) return undefined;
  const family = BY_NAME.get(`${cut[1]}@k`);
  if (family === undefined) return undefined;
  let d = atCutoff.get(name);
  if (d === undefined) {
    d = {
      ...family,
      name,
      label: family.label.replace('@k', `@${cut[2]}`),
      openmetrics: { ...family.openmetrics, labels: { metric: name } },
    };
    atCutoff.set(name, d);
  }
  return d;
}

/** The metrics a result of `task` can carry, in report order. */
export function metricsForTask(task: MetricTask): MetricDeclaration[] {
  return METRIC_DECLARATIONS.filter((d) => d.tasks.includes(task));
}

/** The tasks that carry `name`, for messages ("… is computed for binary, multiclass results"). */
export function tasksOf(name: string): readonly MetricTask[] {
  return metricDeclaration(name)?.tasks ?? [];
}

/** Bench summary fields (result.json `bench.summary` keys), in report order. */
export const BENCH_FIELD_NAMES: readonly string[] = METRIC_DECLARATIONS.filter((d) =>
  d.tasks.includes('bench'),
).map((d) => d.name.slice('bench.'.length));

/**
 * `--task scores`: every per-example score column (or harness metric) is a metric named after it,
 * so these declarations are made from the name rather than listed. A score is better higher,
 * except the per-example costs (`cost`, `tokens`, `latency_ms`, also as `task/cost`…) and the
 * count of flaky examples. Every one is the mean of a per-example term (`flaky_examples`: their
 * sum), so the paired test is on the per-example differences and shards merge by sums.
 */
export const SCORE_COST_NAMES: readonly string[] = ['cost', 'tokens', 'latency_ms'];

/** The suffixes `--task scores` adds to a binary score's name (`acc.pass@1`, `acc.flaky_examples`). */
export const FLAKY_SUFFIX = '.flaky_examples';

export function scoreMetricDeclaration(name: string): MetricDeclaration {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const lower = SCORE_COST_NAMES.includes(base) || name.endsWith(FLAKY_SUFFIX);
  const unit: MetricUnit = base === 'latency_ms' ? 'milliseconds' : 'score';
  return {
    ...metric(name, name, ['scores'], lower ? 'lower' : 'higher', unit, 'mean', 'sums'),
    openmetrics: {
      family: 'model_gate_score',
      labels: { metric: name },
      help: 'Mean over examples of a per-example score (--task scores), by score name.',
    },
  };
}

/** A metric's declaration as a result of `task` carries it: scores are named by the data. */
export function declarationFor(name: string, task: string): MetricDeclaration | undefined {
  if (task === 'scores' && !name.startsWith('bench.')) return scoreMetricDeclaration(name);
  return metricDeclaration(name);
}
