import type { RegressionData } from '../../result/evaluation-data.js';
import { CompensatedSum } from '../../util/sum.js';
import { FLOAT64_EPS, type MetricValues } from './names.js';
import { rankAscending } from '../../util/sort.js';

/**
 * Regression metrics, scikit-learn 1.2 (`sample_weight` = row multiplicity):
 * - `mae` = mean |ŷ − y|; `mse` = mean (ŷ − y)²; `rmse` = √mse; `max_error` = max |ŷ − y|.
 * - `median_ae` = median of |ŷ − y|; for an even count the mean of the two middle values. With
 *   weights it is the median of the rows repeated w times (scikit-learn's weighted percentile
 *   would pick the lower middle instead).
 * - `mape` = mean(|ŷ − y| / max(|y|, eps)), eps = 2.220446049250313e-16: a fraction, not a
 *   percentage; a zero target gives a huge but finite value.
 * - `r2` = 1 − SSE/SST, SST = Σ(y − ȳ)². A constant target (SST = 0) gives 1 when SSE = 0 else 0
 *   (scikit-learn's `force_finite`); the target counts as constant when every y is equal, which
 *   we test exactly rather than trusting a rounded mean (scikit-learn's rounded mean can make a
 *   constant target like 0.1 look non-constant). Fewer than 2 rows (Σw with weights): null
 *   (scikit-learn returns NaN with a warning).
 *
 * Rows whose prediction is NaN are left out (regression refuses missing predictions upstream).
 */
export interface PreparedRegression {
  evaluate(weights: Float64Array | undefined, warnings: string[] | null): MetricValues;
}

export function prepareRegression(data: RegressionData): PreparedRegression {
  const { yTrue, yPred } = data;
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yTrue has ${n} rows but yPred has ${yPred.length}`);
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(yPred[i]) && !Number.isNaN(yTrue[i])) rows.push(i);
  const m = rows.length;
  const skipped = n - m;
  const index = Int32Array.from(rows);
  const y = new Float64Array(m);
  const abs = new Float64Array(m);
  const sq = new Float64Array(m);
  const ape = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const i = index[j];
    y[j] = yTrue[i];
    abs[j] = absoluteError(yTrue[i], yPred[i]);
    sq[j] = squaredError(yTrue[i], yPred[i]);
    ape[j] = absolutePercentageError(yTrue[i], yPred[i]);
  }
  // Sorted once so a weighted median is a walk, not a sort per resample.
  const byAbs = rankAscending(abs, null).order;

  return {
    evaluate(weights, warnings) {
      if (skipped > 0) warnings?.push(`${skipped} row(s) without a numeric prediction were left out.`);
      const w = weights ? new Float64Array(m) : null;
      if (weights && w) for (let j = 0; j < m; j++) w[j] = weights[index[j]];
      const sAbs = new CompensatedSum();
      const sSq = new CompensatedSum();
      const sApe = new CompensatedSum();
      const sY = new CompensatedSum();
      let total = 0;
      let maxError = -Infinity;
      let yMin = Infinity;
      let yMax = -Infinity;
      for (let j = 0; j < m; j++) {
        const wj = w ? w[j] : 1;
        if (wj === 0) continue;
        total += wj;
        sAbs.add(wj * abs[j]);
        sSq.add(wj * sq[j]);
        sApe.add(wj * ape[j]);
        sY.add(wj * y[j]);
        if (abs[j] > maxError) maxError = abs[j];
        if (y[j] < yMin) yMin = y[j];
        if (y[j] > yMax) yMax = y[j];
      }
      return regressionMetrics(
        { total, sAbs, sSq, sApe, sY, maxError, yMin, yMax },
        () => weightedMedian(abs, byAbs, w, total),
        (mean) => {
          const sst = new CompensatedSum();
          for (let j = 0; j < m; j++) {
            const wj = w ? w[j] : 1;
            if (wj === 0) continue;
            const d = y[j] - mean;
            sst.add(wj * d * d);
          }
          return sst.value;
        },
        warnings,
      );
    },
  };
}

/** The per-example terms of mae, mse and mape (also the paired tests' per-example differences). */
export function absoluteError(yTrue: number, yPred: number): number {
  return Math.abs(yPred - yTrue);
}

export function squaredError(yTrue: number, yPred: number): number {
  const e = yPred - yTrue;
  return e * e;
}

export function absolutePercentageError(yTrue: number, yPred: number): number {
  return Math.abs(yPred - yTrue) / Math.max(Math.abs(yTrue), FLOAT64_EPS);
}

/** The sums of one pass over the rows (see `prepareRegression`). */
export interface RegressionSums {
  total: number;
  sAbs: CompensatedSum;
  sSq: CompensatedSum;
  sApe: CompensatedSum;
  sY: CompensatedSum;
  maxError: number;
  yMin: number;
  yMax: number;
}

/** Whether r2 needs Σ(y − ȳ)² (a second pass over the rows). */
export function needsTotalSquares(s: RegressionSums): boolean {
  return s.total >= 2 && s.yMin !== s.yMax;
}

/** The regression metrics from the sums, the median |error| and Σ w(y − mean)² (`sst`). */
export function regressionMetrics(
  s: RegressionSums,
  median: () => number,
  sst: (mean: number) => number,
  warnings: string[] | null,
): MetricValues {
  const { total } = s;
  if (total === 0) {
    warnings?.push('No rows to evaluate: every regression metric is null.');
    return { mae: null, mse: null, rmse: null, r2: null, mape: null, median_ae: null, max_error: null };
  }
  const mse = s.sSq.value / total;
  const out: MetricValues = {
    mae: s.sAbs.value / total,
    mse,
    rmse: Math.sqrt(mse),
    r2: null,
    mape: s.sApe.value / total,
    median_ae: median(),
    max_error: s.maxError,
  };
  // Counted in repeated rows: one row of weight 2 is two equal rows (scikit-learn counts rows).
  if (total < 2) {
    warnings?.push('r2 needs at least two rows; reported as null (scikit-learn returns NaN).');
  } else {
    const sse = s.sSq.value;
    if (s.yMin === s.yMax) {
      out.r2 = sse === 0 ? 1 : 0;
      warnings?.push(
        `r2: the target is constant, so R² is ${out.r2} by convention (scikit-learn's force_finite).`,
      );
    } else {
      out.r2 = sse === 0 ? 1 : 1 - sse / sst(s.sY.value / total);
    }
  }
  return out;
}

/** The median of a sorted walk: feed each value (ascending) with its count until it returns true. */
export class MedianWalk {
  private readonly lowRank: number;
  private readonly highRank: number;
  private low = NaN;
  private seen = 0;
  value = NaN;

  constructor(total: number) {
    // 0-based ranks of the two middle values in the repeated multiset (equal when total is odd).
    this.lowRank = Math.floor((total - 1) / 2);
    this.highRank = Math.floor(total / 2);
  }

  /** Returns true once the median is known (`value`). */
  add(v: number, count: number): boolean {
    this.seen += count;
    if (this.low !== this.low && this.seen > this.lowRank) this.low = v;
    if (this.seen > this.highRank) {
      this.value = (this.low + v) / 2;
      return true;
    }
    this.value = this.low;
    return false;
  }
}

/** Median of the values repeated w times: the middle one, or the mean of the two middle ones. */
function weightedMedian(
  values: Float64Array,
  order: Int32Array,
  weights: Float64Array | null,
  total: number,
): number {
  // 0-based ranks of the two middle values in the repeated multiset (equal when total is odd).
  const lowRank = Math.floor((total - 1) / 2);
  const highRank = Math.floor(total / 2);
  let low = NaN;
  let seen = 0;
  for (let j = 0; j < order.length; j++) {
    const row = order[j];
    const wj = weights ? weights[row] : 1;
    if (wj === 0) continue;
    seen += wj;
    if (low !== low && seen > lowRank) low = values[row];
    if (seen > highRank) return (low + values[row]) / 2;
  }
  return low;
}
