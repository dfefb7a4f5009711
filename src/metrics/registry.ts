/**
 * The metric registry: one declaration per metric. Everything else — gate.yml validation,
 * reports, OpenMetrics, merge, the paired tests — reads a metric's facts from here, so adding a
 * metric is one declaration, its definition and its tests.
 *
 * A declaration says what a metric *is*; how it is computed lives with its definition in
 * src/metrics/. `test` names the statistical shape of the metric, which decides the paired test
 * the gate runs (see src/compare/): the cheapest exact or O(n) test that shape allows.
 */

/** Which results carry the metric. */
export type MetricTask = 'binary' | 'multiclass' | 'regression' | 'bench';

export type Direction = 'higher' | 'lower';

/**
 * The unit a metric's values are in. It decides how gate.yml values (`2GiB`, `200ms`, `1.5pp`)
 * are read and how values are printed. `proportion` is a fraction in [0, 1] shown as points.
 */
export type MetricUnit =
  'proportion' | 'score' | 'seconds' | 'milliseconds' | 'bytes' | 'percent' | 'per_second';

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
 * - `order-statistic`: medians and maxima — bootstrap (nothing better exists).
 * - `timing`: benchmark samples — Mann-Whitney U on the runs.
 */
export type MetricShape =
  'mean-binary' | 'mean' | 'confusion' | 'auc' | 'rank' | 'smooth-of-means' | 'order-statistic' | 'timing';

/**
 * How a metric merges across shards/slices:
 * - `sums`: recomputed from summed per-example sufficient statistics;
 * - `confusion`: recomputed from the summed confusion table;
 * - `sorted`: needs every example's value/score (merged sorted runs);
 * - `not-merged`: per-runner figures (benchmarks) are dropped from merged results.
 */
export type MergeRule = 'sums' | 'confusion' | 'sorted' | 'not-merged';

export interface MetricDeclaration {
  name: string;
  tasks: readonly MetricTask[];
  direction: Direction;
  unit: MetricUnit;
  /** Short human label for reports. */
  label: string;
  /** Closed range of possible values, when the metric is bounded (used to validate inputs). */
  range?: readonly [number, number];
  /** OpenMetrics: the family, and the labels that identify this metric in it. */
  openmetrics: { family: string; labels: Readonly<Record<string, string>> };
  merge: MergeRule;
  shape: MetricShape;
}

const CLASS: readonly MetricTask[] = ['binary', 'multiclass'];
const BIN: readonly MetricTask[] = ['binary'];
const REG: readonly MetricTask[] = ['regression'];
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
): MetricDeclaration {
  return {
    name,
    tasks,
    direction,
    unit,
    label,
    range,
    openmetrics: { family: 'model_gate_metric', labels: { metric: name } },
    merge,
    shape,
  };
}

function bench(
  field: string,
  label: string,
  direction: Direction,
  unit: MetricUnit,
  openmetrics: MetricDeclaration['openmetrics'],
): MetricDeclaration {
  return {
    name: `bench.${field}`,
    tasks: BENCH,
    direction,
    unit,
    label,
    openmetrics,
    merge: 'not-merged',
    shape: 'timing',
  };
}

const UNIT: readonly [number, number] = [0, 1];
const latency = (q: string): MetricDeclaration['openmetrics'] => ({
  family: 'model_gate_bench_latency_seconds',
  labels: { quantile: q },
});
const family = (f: string): MetricDeclaration['openmetrics'] => ({ family: f, labels: {} });

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
  metric('roc_auc', 'ROC AUC', CLASS, 'higher', 'proportion', 'auc', 'sorted', UNIT),
  metric('log_loss', 'Log loss', CLASS, 'lower', 'score', 'mean', 'sums', [0, Infinity]),
  metric('average_precision', 'Average precision', BIN, 'higher', 'proportion', 'rank', 'sorted', UNIT),
  metric('brier', 'Brier score', BIN, 'lower', 'proportion', 'mean', 'sums', UNIT),
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
  bench('wall_seconds', 'Wall time', 'lower', 'seconds', family('model_gate_bench_wall_seconds')),
  bench('cpu_seconds', 'CPU time', 'lower', 'seconds', family('model_gate_bench_cpu_seconds')),
  bench(
    'cpu_user_seconds',
    'CPU time (user)',
    'lower',
    'seconds',
    family('model_gate_bench_cpu_user_seconds'),
  ),
  bench(
    'cpu_system_seconds',
    'CPU time (system)',
    'lower',
    'seconds',
    family('model_gate_bench_cpu_system_seconds'),
  ),
  bench('peak_rss_bytes', 'Peak memory', 'lower', 'bytes', family('model_gate_bench_peak_rss_bytes')),
  bench(
    'peak_tree_rss_bytes',
    'Peak memory (process tree)',
    'lower',
    'bytes',
    family('model_gate_bench_peak_tree_rss_bytes'),
  ),
  // Higher utilisation = the same work kept the GPU busier; gate it with `min` if at all.
  bench(
    'gpu_utilization_percent',
    'GPU utilisation',
    'higher',
    'percent',
    family('model_gate_bench_gpu_utilization_ratio'),
  ),
  bench(
    'gpu_memory_peak_bytes',
    'GPU memory (peak)',
    'lower',
    'bytes',
    family('model_gate_bench_gpu_memory_peak_bytes'),
  ),
  bench('latency_ms_p50', 'Latency p50', 'lower', 'milliseconds', latency('0.5')),
  bench('latency_ms_p90', 'Latency p90', 'lower', 'milliseconds', latency('0.9')),
  bench('latency_ms_p95', 'Latency p95', 'lower', 'milliseconds', latency('0.95')),
  bench('latency_ms_p99', 'Latency p99', 'lower', 'milliseconds', latency('0.99')),
  bench(
    'throughput_per_second',
    'Throughput',
    'higher',
    'per_second',
    family('model_gate_bench_throughput_per_second'),
  ),
];

const BY_NAME: ReadonlyMap<string, MetricDeclaration> = new Map(METRIC_DECLARATIONS.map((d) => [d.name, d]));

/** Every metric name a gate can use, in report order. */
export const METRIC_NAMES: readonly string[] = METRIC_DECLARATIONS.map((d) => d.name);

/** The declaration of `name`, or undefined when no such metric exists. */
export function metricDeclaration(name: string): MetricDeclaration | undefined {
  return BY_NAME.get(name);
}
