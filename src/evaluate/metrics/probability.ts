import { FLOAT64_EPS } from './names.js';

/**
 * The rules about probabilities that the reader, the in-memory metrics and the streaming metrics
 * must apply identically: each is written once, here.
 */

/**
 * Whether a row of class probabilities sums to 1, as scikit-learn checks it (`numpy.allclose(1,
 * sum)`: |1 − sum| ≤ 1e-8 + 1e-5·|sum|).
 */
export function sumsToOne(sum: number): boolean {
  return Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum);
}

/** The reader's side of `sumsToOne`: true when the row is off (NaN sums are off too). */
export function probabilityRowOff(sum: number): boolean {
  return !sumsToOne(sum);
}

/**
 * Whether binary scores are probabilities (log loss and Brier apply) or decision scores: as
 * declared by the reader, else probabilities exactly when every score is in [0, 1].
 */
export function isProbabilityScore(
  declared: 'probability' | 'decision' | undefined,
  everyScoreInUnitInterval: boolean,
): boolean {
  return (declared ?? (everyScoreInUnitInterval ? 'probability' : 'decision')) === 'probability';
}

/** scikit-learn 1.2's clipping of probabilities before the log: to [eps, 1 − eps]. */
export function clipProbability(p: number): number {
  return p < FLOAT64_EPS ? FLOAT64_EPS : p > 1 - FLOAT64_EPS ? 1 - FLOAT64_EPS : p;
}

/** −ln p(true) of one binary row given the positive-class probability (p₀ = 1 − clipped p₁). */
export function binaryLogLossTerm(score: number, isPositive: boolean): number {
  const p1 = clipProbability(score);
  const p0 = 1 - p1;
  // The same float operations as scikit-learn: divide by the row sum, then take the log.
  return -Math.log((isPositive ? p1 : p0) / (p0 + p1));
}

/**
 * −ln p(true) of one row of k probabilities (from `base` in `probabilities`), each clipped, the
 * row renormalised to sum 1. Left to right like numpy's row sum for the few columns a row has
 * (k < 8); for more columns the difference is an ulp of the row sum.
 */
export function rowLogLossTerm(
  probabilities: Float64Array,
  base: number,
  k: number,
  trueColumn: number,
): number {
  let rowSum = 0;
  for (let c = 0; c < k; c++) rowSum += clipProbability(probabilities[base + c]);
  return -Math.log(clipProbability(probabilities[base + trueColumn]) / rowSum);
}
