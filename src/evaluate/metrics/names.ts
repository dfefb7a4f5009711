/**
 * Metric names as they appear in result.json `metrics` (see docs/metrics.md), grouped by what a
 * result needs to carry them. Derived from the metric registry (./registry.ts): a new metric is a
 * declaration there, not an entry here.
 */
import { METRIC_DECLARATIONS, type MetricDeclaration } from '../../registry/metrics.js';

const names = (keep: (d: MetricDeclaration) => boolean): readonly string[] =>
  METRIC_DECLARATIONS.filter(keep).map((d) => d.name);

/** Every classification result (binary and multiclass), from labels alone. */
export const CLASSIFICATION_METRICS = names((d) => d.tasks.includes('multiclass') && d.input === 'labels');

/** Binary only: the scores of the positive label. */
export const BINARY_METRICS = names(
  (d) => d.tasks.length === 1 && d.tasks[0] === 'binary' && d.input === 'labels',
);

/** With probability scores (binary: also `average_precision`, `brier`). */
export const PROBABILITY_METRICS = names((d) => d.tasks.includes('multiclass') && d.input !== 'labels');
export const BINARY_PROBABILITY_METRICS = names(
  (d) => !d.tasks.includes('multiclass') && d.tasks.includes('binary') && d.input !== 'labels',
);

/** Binary decision scores (not probabilities): ranking metrics only. */
export const DECISION_METRICS = names((d) => d.tasks.includes('binary') && d.input === 'scores');

export const REGRESSION_METRICS = names((d) => d.tasks.includes('regression'));

/** Generated text against references (src/evaluate/metrics/text/). */
export const TEXT_METRICS = names((d) => d.tasks.includes('text'));

/** Ranking (src/evaluate/metrics/retrieval.ts): `@k` names stand for every cutoff. */
export const RANKING_METRICS = names((d) => d.tasks.includes('ranking'));

/** float64 machine epsilon: scikit-learn 1.2's log-loss clip and MAPE floor. */
export const FLOAT64_EPS = 2.220446049250313e-16;

export type MetricValues = Record<string, number | null>;
