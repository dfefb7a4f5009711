import type { Ranking } from '../../util/sort.js';

/**
 * Ranking metrics of one score column. The descending order and the groups of tied scores are
 * computed once (`rankDescending`), with each row's class membership laid out in that order, so
 * each weighted evaluation is one O(n) pass with no re-sorting.
 */
export interface RankedColumn {
  /** Scored rows by descending score. */
  readonly order: Int32Array;
  /** 1 where the row at that position is of the class ("positive"). */
  readonly positive: Uint8Array;
  /** 1 at the last position of each group of equal scores (one threshold each). */
  readonly lastInGroup: Uint8Array;
}

export function rankedColumn(ranking: Ranking, isPositive: Uint8Array): RankedColumn {
  const { order, lastInGroup } = ranking;
  const positive = new Uint8Array(order.length);
  for (let j = 0; j < order.length; j++) positive[j] = isPositive[order[j]];
  return { order, positive, lastInGroup };
}

export interface RankingValues {
  /** ROC AUC, or NaN when y_true (weighted) has no positive or no negative. */
  auc: number;
  /** Average precision, or NaN when there is no positive. */
  ap: number;
  positives: number;
  negatives: number;
}

/**
 * One pass over the thresholds (distinct scores, descending) computing both:
 *
 * - ROC AUC, binary: the Mann-Whitney form [#(s⁺ > s⁻) + ½·#(s⁺ = s⁻)] / (P·N), which equals
 *   scikit-learn's trapezoidal area under the ROC curve, tied scores counting half. Undefined when
 *   y_true holds one class only (scikit-learn raises).
 * - Average precision: step-wise, AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ over the distinct score thresholds in
 *   descending order (tied scores form one threshold; no interpolation, not the trapezoid).
 *   With no positive scikit-learn returns 0 with a warning; the caller decides.
 *
 * `weights` are row multiplicities (all ones when unweighted; 16-bit counts from the lean
 * paired bootstrap in src/compare/stats/weighted-rank-bootstrap.ts). With integer weights the AUC
 * numerator is a sum of halves below 2^52 (up to ~10^8 rows), so plain summation is exact; the
 * AP terms are not, and are Neumaier-compensated.
 */
export function rankingValues(column: RankedColumn, weights: Float64Array | Uint16Array): RankingValues {
  const { order, positive, lastInGroup } = column;
  let tps = 0;
  let fps = 0;
  let gp = 0;
  let gn = 0;
  let aucNumerator = 0;
  let apSum = 0;
  let apCompensation = 0;
  for (let j = 0; j < order.length; j++) {
    // Branch-free: the class of neighbouring rows is unpredictable.
    const w = weights[order[j]];
    const pw = positive[j] * w;
    gp += pw;
    gn += w - pw;
    if (lastInGroup[j] === 0) continue;
    // Negatives at this threshold rank below every earlier positive and tie with this group's.
    aucNumerator += gn * (tps + gp * 0.5);
    tps += gp;
    fps += gn;
    // A threshold without positives adds 0 (testing gp would be an unpredictable branch).
    const seen = tps + fps;
    const x = seen > 0 ? gp * (tps / seen) : 0;
    const t = apSum + x;
    apCompensation += apSum >= x ? apSum - t + x : x - t + apSum; // both ≥ 0: no Math.abs
    apSum = t;
    gp = 0;
    gn = 0;
  }
  const auc = tps === 0 || fps === 0 ? NaN : aucNumerator / (tps * fps);
  const ap = tps === 0 ? NaN : (apSum + apCompensation) / tps;
  return { auc, ap, positives: tps, negatives: fps };
}
