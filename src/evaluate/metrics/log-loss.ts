import { binaryLogLossTerm, rowLogLossTerm } from './probability.js';

/**
 * Log loss as scikit-learn 1.2: clip every probability to [eps, 1 − eps] with
 * eps = 2.220446049250313e-16 (float64 machine epsilon; ≤ 1.1 used 1e-15), renormalise each row
 * to sum 1, then the mean of −ln p(true class). Binary with one score column: p₁ = score,
 * p₀ = 1 − score (after clipping, as scikit-learn). Multiclass: the columns are `scoreClasses`
 * (scikit-learn's `labels=`), so a column class seen in no row still takes part in the
 * renormalisation. (scikit-learn 1.5+ stopped renormalising; we match 1.2.)
 *
 * These return the loss of each row (NaN for rows without scores), so that a weighted mean is an
 * O(n) pass per bootstrap resample.
 */
export function binaryRowLogLoss(
  scores: Float64Array,
  isPositive: Uint8Array,
  include: Uint8Array,
): Float64Array {
  const n = scores.length;
  const loss = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (!include[i]) continue;
    loss[i] = binaryLogLossTerm(scores[i], isPositive[i] === 1);
  }
  return loss;
}

/**
 * @param probabilities n × k, row-major, columns in `scoreClasses` order.
 * @param trueColumn the score column of each row's true class.
 */
export function multiclassRowLogLoss(
  probabilities: Float64Array,
  k: number,
  trueColumn: Int32Array,
  include: Uint8Array,
): Float64Array {
  const n = trueColumn.length;
  const loss = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (!include[i]) continue;
    loss[i] = rowLogLossTerm(probabilities, i * k, k, trueColumn[i]);
  }
  return loss;
}
