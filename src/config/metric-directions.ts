/**
 * Every metric a gate can name, with the direction that is better and the unit its values are in
 * (which decides how `min`/`max`/`max_regression` values such as `2GiB` or `200ms` are read).
 */
export type Direction = 'higher' | 'lower';
export type MetricUnit =
  'proportion' | 'score' | 'seconds' | 'milliseconds' | 'bytes' | 'percent' | 'per_second';

export interface MetricInfo {
  direction: Direction;
  unit: MetricUnit;
  /** 'classification' | 'regression' | 'bench': which results carry it. */
  kind: 'classification' | 'regression' | 'bench';
}

const c = (direction: Direction, unit: MetricUnit = 'proportion'): MetricInfo => ({
  direction,
  unit,
  kind: 'classification',
});
const r = (direction: Direction): MetricInfo => ({ direction, unit: 'score', kind: 'regression' });
const b = (direction: Direction, unit: MetricUnit): MetricInfo => ({ direction, unit, kind: 'bench' });

/** The one table of metric directions. */
export const METRICS: Readonly<Record<string, MetricInfo>> = {
  accuracy: c('higher'),
  error_rate: c('lower'),
  balanced_accuracy: c('higher'),
  precision_macro: c('higher'),
  recall_macro: c('higher'),
  f1_macro: c('higher'),
  precision_micro: c('higher'),
  recall_micro: c('higher'),
  f1_micro: c('higher'),
  precision_weighted: c('higher'),
  recall_weighted: c('higher'),
  f1_weighted: c('higher'),
  mcc: c('higher', 'score'),
  cohen_kappa: c('higher', 'score'),
  precision: c('higher'),
  recall: c('higher'),
  f1: c('higher'),
  roc_auc: c('higher'),
  log_loss: c('lower', 'score'),
  average_precision: c('higher'),
  brier: c('lower'),
  mae: r('lower'),
  mse: r('lower'),
  rmse: r('lower'),
  r2: r('higher'),
  mape: r('lower'),
  median_ae: r('lower'),
  max_error: r('lower'),
  'bench.wall_seconds': b('lower', 'seconds'),
  'bench.cpu_seconds': b('lower', 'seconds'),
  'bench.cpu_user_seconds': b('lower', 'seconds'),
  'bench.cpu_system_seconds': b('lower', 'seconds'),
  'bench.peak_rss_bytes': b('lower', 'bytes'),
  'bench.peak_tree_rss_bytes': b('lower', 'bytes'),
  // Higher utilisation = the same work kept the GPU busier; gate it with `min` if at all.
  'bench.gpu_utilization_percent': b('higher', 'percent'),
  'bench.gpu_memory_peak_bytes': b('lower', 'bytes'),
  'bench.latency_ms_p50': b('lower', 'milliseconds'),
  'bench.latency_ms_p90': b('lower', 'milliseconds'),
  'bench.latency_ms_p95': b('lower', 'milliseconds'),
  'bench.latency_ms_p99': b('lower', 'milliseconds'),
  'bench.throughput_per_second': b('higher', 'per_second'),
};

export const METRIC_NAMES: readonly string[] = Object.keys(METRICS);

export function metricInfo(name: string): MetricInfo | undefined {
  return Object.prototype.hasOwnProperty.call(METRICS, name) ? METRICS[name] : undefined;
}

export function isHigherBetter(name: string): boolean {
  return metricInfo(name)?.direction !== 'lower';
}

/** Metrics compared by the paired McNemar / proportion tests instead of the bootstrap. */
export function isAccuracyLike(name: string): boolean {
  return name === 'accuracy' || name === 'error_rate';
}
