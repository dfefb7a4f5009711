import type { ClassStats } from '../../result/schema.js';
import { truncate } from '../../util/escape.js';
import { CompensatedSum } from '../../util/sum.js';
import type { ClassTotals } from './confusion.js';
import { CLASSIFICATION_METRICS, type MetricValues } from './names.js';

/**
 * Label-based classification metrics from per-class totals, as scikit-learn 1.2 with
 * `zero_division=0`. Every class in `present` counts (a class seen only in predictions is a
 * full class with a zero confusion row). All reducers are compensated sums; the class totals
 * are integer counts, exact in float64.
 */

/** Per-class precision, recall and F1, computed with scikit-learn's exact float operations so
 * the values are bit-identical to `precision_recall_fscore_support(average=None)`. */
export interface PerClass {
  precision: Float64Array;
  recall: Float64Array;
  f1: Float64Array;
}

/** P = tp/(tp+fp), R = tp/(tp+fn), any 0/0 → 0; F1 = 2PR/(P+R), 0 when P+R = 0. */
export function f1Of(precision: number, recall: number): number {
  const denom = precision + recall;
  return denom === 0 ? 0 : (2 * precision * recall) / denom;
}

export function perClassScores(totals: ClassTotals): PerClass {
  const k = totals.tp.length;
  const precision = new Float64Array(k);
  const recall = new Float64Array(k);
  const f1 = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    const tp = totals.tp[c];
    const pred = totals.predSum[c];
    const truth = totals.trueSum[c];
    precision[c] = pred === 0 ? 0 : tp / pred;
    recall[c] = truth === 0 ? 0 : tp / truth;
    f1[c] = f1Of(precision[c], recall[c]);
  }
  return { precision, recall, f1 };
}

export interface ClassificationMetricsOptions {
  /** Which classes count (those seen in y_true or y_pred); absent ones are skipped. */
  present: Uint8Array;
  /** Binary: index of the positive class, for `precision`, `recall`, `f1`. */
  positive?: number;
  classes: string[];
  /** Collects why a metric is null or differs from a naive reading; null = don't collect. */
  warnings: string[] | null;
}

/**
 * The classification metrics of result.json:
 * - `accuracy` = correct / n; a missing prediction is wrong. `error_rate` = 1 − accuracy.
 * - `balanced_accuracy` = mean recall over classes present in y_true; classes seen only in
 *   predictions are ignored (scikit-learn warns "y_pred contains classes not in y_true").
 * - `precision|recall|f1_macro` = plain mean of the per-class values over every class.
 * - `*_micro` pool tp/fp/fn over classes (P = Σtp/Σpredicted, R = Σtp/Σtrue). With missing
 *   predictions micro precision exceeds accuracy: a missing prediction is no false positive.
 * - `*_weighted` = per-class values weighted by true support; all 0 when there is no support.
 * - `mcc` (multiclass form) = (c·n − t·p) / √((n² − p·p)(n² − t·t)), c = correct, t = true
 *   counts, p = predicted counts (missing predictions form their own never-true column); a
 *   zero denominator gives 0, as scikit-learn.
 * - `cohen_kappa` = 1 − (n − c) / (n − t·p/n). Two identical constant raters give 0/0, which
 *   scikit-learn returns as NaN: reported as null with a warning (JSON has no NaN).
 * - binary `precision`, `recall`, `f1`: the per-class values of the positive label.
 */
export function classificationMetrics(
  totals: ClassTotals,
  options: ClassificationMetricsOptions,
): MetricValues {
  const { present, warnings } = options;
  const k = totals.tp.length;
  const n = totals.total;
  const out: MetricValues = {};
  if (n === 0) {
    warnings?.push('No rows to evaluate: every classification metric is null.');
    for (const name of CLASSIFICATION_METRICS) out[name] = null;
    if (options.positive !== undefined) out.precision = out.recall = out.f1 = null;
    return out;
  }
  const scores = perClassScores(totals);

  let correct = 0;
  let predTotal = 0;
  let classCount = 0;
  const pMacro = new CompensatedSum();
  const rMacro = new CompensatedSum();
  const fMacro = new CompensatedSum();
  const pWeighted = new CompensatedSum();
  const rWeighted = new CompensatedSum();
  const fWeighted = new CompensatedSum();
  const balanced = new CompensatedSum();
  let balancedCount = 0;
  const absentFromTruth: number[] = [];
  const tDotP = new CompensatedSum();
  const tDotT = new CompensatedSum();
  const pDotP = new CompensatedSum();
  for (let c = 0; c < k; c++) {
    const tp = totals.tp[c];
    const t = totals.trueSum[c];
    const p = totals.predSum[c];
    correct += tp;
    predTotal += p;
    tDotP.add(t * p);
    tDotT.add(t * t);
    pDotP.add(p * p);
    if (!present[c]) continue;
    classCount++;
    pMacro.add(scores.precision[c]);
    rMacro.add(scores.recall[c]);
    fMacro.add(scores.f1[c]);
    pWeighted.add(scores.precision[c] * t);
    rWeighted.add(scores.recall[c] * t);
    fWeighted.add(scores.f1[c] * t);
    if (t > 0) {
      balanced.add(tp / t);
      balancedCount++;
    } else absentFromTruth.push(c);
  }
  // The missing-prediction column is a predicted "class" of its own for MCC (p·p), as it is
  // when the missing predictions are given scikit-learn as a label no row has as truth.
  pDotP.add(totals.missing * totals.missing);

  const accuracy = correct / n;
  out.accuracy = accuracy;
  out.error_rate = 1 - accuracy;

  if (balancedCount === 0) {
    out.balanced_accuracy = null;
  } else {
    out.balanced_accuracy = balanced.value / balancedCount;
  }
  if (absentFromTruth.length > 0 && warnings) {
    warnings.push(
      `balanced_accuracy ignores ${absentFromTruth.length} class(es) that occur only in the predictions ` +
        `(${listLabels(absentFromTruth, options.classes)}), as scikit-learn does.`,
    );
  }

  out.precision_macro = classCount === 0 ? 0 : pMacro.value / classCount;
  out.recall_macro = classCount === 0 ? 0 : rMacro.value / classCount;
  out.f1_macro = classCount === 0 ? 0 : fMacro.value / classCount;

  const pMicro = predTotal === 0 ? 0 : correct / predTotal;
  const rMicro = correct / n;
  out.precision_micro = pMicro;
  out.recall_micro = rMicro;
  out.f1_micro = f1Of(pMicro, rMicro);

  out.precision_weighted = pWeighted.value / n;
  out.recall_weighted = rWeighted.value / n;
  out.f1_weighted = fWeighted.value / n;

  const n2 = n * n;
  const covYtYp = correct * n - tDotP.value;
  const covYpYp = n2 - pDotP.value;
  const covYtYt = n2 - tDotT.value;
  const denom = covYpYp * covYtYt;
  out.mcc = denom === 0 ? 0 : covYtYp / Math.sqrt(denom);

  const expectedDisagreement = n - tDotP.value / n;
  if (expectedDisagreement === 0) {
    out.cohen_kappa = null;
    warnings?.push(
      'cohen_kappa is undefined (0/0: truth and predictions are the same single class); reported as null ' +
        '(scikit-learn returns NaN).',
    );
  } else {
    out.cohen_kappa = 1 - (n - correct) / expectedDisagreement;
  }

  if (options.positive !== undefined) {
    const c = options.positive;
    out.precision = scores.precision[c];
    out.recall = scores.recall[c];
    out.f1 = scores.f1[c];
  }
  return out;
}
/** `per_class` of result.json: label → {precision, recall, f1, support} for every present class. */
export function perClassStats(
  totals: ClassTotals,
  classes: string[],
  present: Uint8Array,
): Record<string, ClassStats> {
  const scores = perClassScores(totals);
  // Keyed by data: without a prototype, a class named "__proto__" or "constructor" is an ordinary key.
  const out = Object.create(null) as Record<string, ClassStats>;
  for (let c = 0; c < classes.length; c++) {
    if (!present[c]) continue;
    out[classes[c]] = {
      precision: scores.precision[c],
      recall: scores.recall[c],
      f1: scores.f1[c],
      support: totals.trueSum[c],
    };
  }
  return out;
}

export function listLabels(indices: number[], classes: string[], max = 5): string {
  const shown = indices.slice(0, max).map((c) => JSON.stringify(truncate(classes[c], 60)));
  return indices.length > max ? `${shown.join(', ')}, … ${indices.length - max} more` : shown.join(', ');
}
