import type { EvaluationData } from '../../result/evaluation-data.js';
import type { ClassStats, Confusion, TopConfusion } from '../../result/schema.js';
import { perClassStats } from './classification.js';
import { sparseConfusion, topConfusions } from './confusion.js';
import { prepare } from './evaluator.js';

export { createMetricEvaluator, type MetricEvaluator } from './evaluator.js';
export * from './names.js';

/**
 * Everything the metrics stage contributes to result.json. A metric that is undefined for the
 * data (scikit-learn returns NaN or raises) is `null`, never NaN, and `warnings` says why.
 */
export interface MetricsOutput {
  metrics: Record<string, number | null>;
  /** Classification: label → precision, recall, F1 and support, for every class that occurs. */
  per_class?: Record<string, ClassStats>;
  /** Classification: the sparse confusion matrix (missing predictions are not a cell). */
  confusion?: Confusion;
  /** The 10 most frequent off-diagonal cells (empty for regression). */
  top_confusions: TopConfusion[];
  /** Classification: 1 − accuracy (missing predictions count as wrong); null for regression. */
  error_rate: number | null;
  warnings: string[];
}

/**
 * All metrics of the data, as scikit-learn 1.2 computes them (to ~1e-15 relative; tested to
 * 1e-9), plus per-class statistics, the sparse confusion matrix and the top confusions.
 */
export function computeMetrics(data: EvaluationData): MetricsOutput {
  const warnings: string[] = [];
  const prepared = prepare(data);
  const metrics = prepared.evaluate(undefined, warnings);
  const cls = prepared.classification;
  if (data.task === 'regression' || !cls) {
    return { metrics, top_confusions: [], error_rate: null, warnings: dedupe(warnings) };
  }
  return {
    metrics,
    per_class: perClassStats(cls.totals, data.classes, cls.present),
    confusion: sparseConfusion(data.classes, cls.table, cls.counts),
    top_confusions: topConfusions(data.classes, cls.table, cls.counts, 10),
    error_rate: metrics.error_rate ?? null,
    warnings: dedupe(warnings),
  };
}

function dedupe(warnings: string[]): string[] {
  return [...new Set(warnings)];
}
