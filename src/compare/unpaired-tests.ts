/**
 * Unpaired tests from what a bare result.json stores (no examples sidecar): `statistics` for the
 * mean-shaped metrics (and RMSE/R² by the delta method), the confusion table for the
 * confusion-shaped ones (rebuilt as rows for the unpaired bootstrap), Hanley–McNeil's variance
 * for a binary ROC AUC. A metric with none of these (order statistics, average precision,
 * multiclass AUC) gets no test, and its check says it is inconclusive.
 */
import type { ClassificationData } from '../result/evaluation-data.js';
import { declarationFor, FLAKY_SUFFIX, metricDeclaration } from '../registry/metrics.js';
import type { MomentSums, Result } from '../result/schema.js';
import { normalCdf } from './stats/index.js';

export interface SummaryTest {
  /** Candidate minus baseline, in the metric's unit. */
  delta: number;
  /** Standard error of `delta`. */
  se: number;
  test: string;
}

/** The standard error of the difference from summaries, or null when nothing supports a test. */
export function summaryTest(metric: string, baseline: Result, candidate: Result): SummaryTest | null {
  const shape = declarationFor(metric, candidate.task)?.shape;
  const b = baseline.metrics[metric];
  const c = candidate.metrics[metric];
  if (typeof b !== 'number' || typeof c !== 'number' || !Number.isFinite(b) || !Number.isFinite(c))
    return null;
  const delta = c - b;
  if (shape === 'mean') {
    const vb = meanVariance(baseline.statistics?.terms[metric]);
    const vc = meanVariance(candidate.statistics?.terms[metric]);
    if (vb === null || vc === null) return null;
    if (candidate.task === 'scores' && metric.endsWith(FLAKY_SUFFIX)) {
      // A count: the sum of per-example indicators, whose variance is n² times its mean's.
      const nb = baseline.statistics?.terms[metric]?.n ?? 0;
      const nc = candidate.statistics?.terms[metric]?.n ?? 0;
      return { delta, se: Math.sqrt(nb * nb * vb + nc * nc * vc), test: 'welch-z' };
    }
    return { delta, se: Math.sqrt(vb + vc), test: 'welch-z' };
  }
  if (shape === 'corpus-statistics') {
    // BLEU, chrF: the delta method, from the per-example influence terms each result stores
    // (`corpusInfluence`: their variance over n is the corpus score's).
    const vb = meanVariance(baseline.statistics?.terms[`${metric}_influence`]);
    const vc = meanVariance(candidate.statistics?.terms[`${metric}_influence`]);
    if (vb === null || vc === null) return null;
    return { delta, se: Math.sqrt(vb + vc), test: 'delta-method' };
  }
  if (metric === 'rmse' || metric === 'r2') {
    const vb = meanVariance(baseline.statistics?.terms.mse);
    const vc = meanVariance(candidate.statistics?.terms.mse);
    if (vb === null || vc === null) return null;
    if (metric === 'rmse') {
      // d√m/dm = 1/(2√m): the delta method on the mean squared error.
      if (!(b > 0 && c > 0)) return null;
      return { delta, se: Math.sqrt(vb / (4 * b * b) + vc / (4 * c * c)), test: 'delta-method' };
    }
    const yb = labelVariance(baseline.statistics?.terms.y);
    const yc = labelVariance(candidate.statistics?.terms.y);
    if (!yb || !yc) return null;
    // R² = 1 − MSE / Var(y); the labels' variance is taken as known (the same labels on both sides).
    return { delta, se: Math.sqrt(vb / (yb * yb) + vc / (yc * yc)), test: 'delta-method' };
  }
  if (shape === 'auc' && baseline.task === 'binary' && candidate.task === 'binary') {
    const vb = hanleyMcNeil(b, baseline);
    const vc = hanleyMcNeil(c, candidate);
    if (vb === null || vc === null) return null;
    return { delta, se: Math.sqrt(vb + vc), test: 'hanley-mcneil' };
  }
  return null;
}

/** One-sided p for "worse by more than tolerance" from a normal (delta, se). */
export function normalRegressionP(delta: number, se: number, tolerance: number, higher: boolean): number {
  const gain = higher ? delta : -delta;
  const num = gain + tolerance;
  if (!(se > 0)) return num < 0 ? 0 : 1;
  return normalCdf(num / se);
}

/** Variance of a mean from its sums: s² / n. */
function meanVariance(m: MomentSums | undefined): number | null {
  if (!m || m.n < 2) return null;
  const mean = m.sum / m.n;
  const s2 = Math.max(0, (m.sum_sq - m.n * mean * mean) / (m.n - 1));
  return s2 / m.n;
}

function labelVariance(m: MomentSums | undefined): number | null {
  if (!m || m.n < 2) return null;
  const mean = m.sum / m.n;
  return Math.max(0, m.sum_sq / m.n - mean * mean);
}

/** Hanley & McNeil (1982) variance of an AUC from its value and the class counts. */
function hanleyMcNeil(a: number, r: Result): number | null {
  const positive = r.dataset.positive_label;
  if (!r.confusion || positive === undefined) return null;
  let nPos = 0;
  let nNeg = 0;
  for (const [t, , count] of r.confusion.counts) {
    if (t === positive) nPos += count;
    else nNeg += count;
  }
  if (nPos < 1 || nNeg < 1) return null;
  const q1 = a / (2 - a);
  const q2 = (2 * a * a) / (1 + a);
  return (a * (1 - a) + (nPos - 1) * (q1 - a * a) + (nNeg - 1) * (q2 - a * a)) / (nPos * nNeg);
}

/**
 * Rows rebuilt from a stored confusion table (order is irrelevant to confusion-shaped metrics),
 * so that the unpaired bootstrap resamples the table multinomially. Null when no table is stored.
 */
export function rowsFromConfusion(r: Result): ClassificationData | null {
  if ((r.task !== 'binary' && r.task !== 'multiclass') || !r.confusion) return null;
  const labels = r.confusion.labels;
  const index = new Map(labels.map((l, i) => [l, i]));
  let n = 0;
  for (const [, , count] of r.confusion.counts) n += count;
  const yTrue = new Int32Array(n);
  const yPred = new Int32Array(n);
  let row = 0;
  for (const [t, p, count] of r.confusion.counts) {
    const ti = index.get(t);
    const pi = index.get(p);
    if (ti === undefined || pi === undefined) return null;
    yTrue.fill(ti, row, row + count);
    yPred.fill(pi, row, row + count);
    row += count;
  }
  const positive = r.dataset.positive_label !== undefined ? index.get(r.dataset.positive_label) : undefined;
  if (r.task === 'binary' && positive === undefined) return null;
  return {
    task: r.task,
    n,
    classes: labels,
    yTrue,
    yPred,
    ...(positive !== undefined ? { positive } : {}),
    scores: null,
    ids: null,
  };
}

/** Whether a metric is a function of the confusion table (resampled from the stored tables). */
export function isConfusionShaped(metric: string): boolean {
  return metricDeclaration(metric)?.shape === 'confusion';
}
