/** Metric names as they appear in result.json `metrics` (see CONTRACT.md). */
export const CLASSIFICATION_METRICS = [
  'accuracy',
  'error_rate',
  'balanced_accuracy',
  'precision_macro',
  'recall_macro',
  'f1_macro',
  'precision_micro',
  'recall_micro',
  'f1_micro',
  'precision_weighted',
  'recall_weighted',
  'f1_weighted',
  'mcc',
  'cohen_kappa',
] as const;

/** Binary only: the scores of the positive label. */
export const BINARY_METRICS = ['precision', 'recall', 'f1'] as const;

/** With probability scores (binary: also `average_precision`, `brier`). */
export const PROBABILITY_METRICS = ['roc_auc', 'log_loss'] as const;
export const BINARY_PROBABILITY_METRICS = ['average_precision', 'brier'] as const;

/** Binary decision scores (not probabilities): ranking metrics only. */
export const DECISION_METRICS = ['roc_auc', 'average_precision'] as const;

export const REGRESSION_METRICS = ['mae', 'mse', 'rmse', 'r2', 'mape', 'median_ae', 'max_error'] as const;

/** float64 machine epsilon: scikit-learn 1.2's log-loss clip and MAPE floor. */
export const FLOAT64_EPS = 2.220446049250313e-16;

export type MetricValues = Record<string, number | null>;
