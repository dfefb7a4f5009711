import { rankedColumn, rankingValues } from '../../evaluate/metrics/ranking.js';
import { rankScoreColumn } from '../../evaluate/metrics/score-rankings.js';
import { CompensatedSum } from '../../util/sum.js';
import type { PairedEstimate } from './paired-mean.js';

/**
 * The paired asymptotic test of a difference of average precisions, by linearisation (the
 * empirical influence function), as DeLong is for ROC AUC: O(n) after one sort per model.
 *
 * Average precision with tied scores as one threshold (as the metric defines it) is the functional
 *   AP = (1/π) ∫ y · G⁺(s)/G(s) dF,   G(s) = P(score ≥ s), G⁺(s) = P(score ≥ s, positive), π = P(positive)
 * of the distribution F of (score, label). Differentiating along F + ε(δₖ − F) gives the influence
 * of row k (counts instead of proportions; `seen(s)` = rows scoring ≥ s, `tps(s)` = positives
 * among them, h(s) = tps(s)/seen(s) the precision at s):
 *   IFₖ = (n/P) · [ yₖ (h(sₖ) + Aₖ − AP) − Cₖ ],
 *   Aₖ = Σ_{positives i, sᵢ ≤ sₖ} 1/seen(sᵢ),   Cₖ = Σ_{positives i, sᵢ ≤ sₖ} tps(sᵢ)/seen(sᵢ)²
 * (the outer average over positives; the row's own effect on the precision of every positive it
 * outranks or ties, through the numerator only when it is positive and through the denominator
 * always; the 1/π normalisation). A and C are cumulative sums over the thresholds from the lowest
 * score up, so every IFₖ comes from one pass. Σ IFₖ = 0, and unscored rows have IF = 0 (they
 * change nothing). For Δ = AP_cand − AP_base on paired rows ψᵢ = IF_cand,i − IF_base,i and
 * se² = Σ(ψ − ψ̄)²/(n(n − 1)), the row bootstrap's variance to first order.
 */
export interface AveragePrecisionInfluence {
  /** The metric's own value (rankingValues), NaN with no positive. */
  ap: number;
  /** IFₖ for every row (0 for unscored rows). */
  influence: Float64Array;
  positives: number;
  negatives: number;
}

export function averagePrecisionInfluence(
  scores: Float64Array,
  include: Uint8Array,
  isPositive: Uint8Array,
): AveragePrecisionInfluence {
  const n = scores.length;
  // The evaluator's ranking of this very column when it ranked it (shared, one sort per run).
  const ranking = rankScoreColumn(scores, 1, 0, include);
  const { order, lastInGroup } = ranking;
  const m = order.length;
  const ones = new Float64Array(n).fill(1);
  const values = rankingValues(rankedColumn(ranking, isPositive), ones);
  const P = values.positives;
  const influence = new Float64Array(n);
  if (P === 0) return { ap: NaN, influence, positives: 0, negatives: values.negatives };
  const ap = values.ap;
  // Pass 1, descending: each threshold group's end position, tps and seen (group included).
  const groupEnd: number[] = [];
  const groupTps: number[] = [];
  const groupPos: number[] = [];
  let tps = 0;
  let gp = 0;
  for (let j = 0; j < m; j++) {
    gp += isPositive[order[j]];
    if (!lastInGroup[j]) continue;
    tps += gp;
    groupEnd.push(j);
    groupTps.push(tps);
    groupPos.push(gp);
    gp = 0;
  }
  // Pass 2, ascending through the groups: A and C include the row's own group (ties count as ≥).
  const A = new CompensatedSum();
  const C = new CompensatedSum();
  const scale = n / P;
  for (let g = groupEnd.length - 1; g >= 0; g--) {
    const end = groupEnd[g];
    const start = g === 0 ? 0 : groupEnd[g - 1] + 1;
    const seen = end + 1;
    const t = groupTps[g];
    A.add(groupPos[g] / seen);
    C.add((groupPos[g] * t) / (seen * seen));
    const positiveTerm = t / seen + A.value - ap;
    const c = C.value;
    for (let j = start; j <= end; j++) {
      const row = order[j];
      influence[row] = scale * ((isPositive[row] ? positiveTerm : 0) - c);
    }
  }
  return { ap, influence, positives: P, negatives: values.negatives };
}

/**
 * Δ = AP_cand − AP_base with the influence-function standard error. `candidateRow[i]` is the
 * candidate row paired with baseline row i. Each side uses its own labels (as the bootstrap).
 */
export function pairedAveragePrecisionDifference(
  base: AveragePrecisionInfluence,
  cand: AveragePrecisionInfluence,
  candidateRow: Int32Array,
): PairedEstimate {
  const n = base.influence.length;
  if (n < 2 || !Number.isFinite(base.ap) || !Number.isFinite(cand.ap)) return { delta: NaN, se: NaN, n };
  const psi = new Float64Array(n);
  const sum = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    psi[i] = cand.influence[candidateRow[i]] - base.influence[i];
    sum.add(psi[i]);
  }
  const mean = sum.value / n;
  const ss = new CompensatedSum();
  for (let i = 0; i < n; i++) ss.add((psi[i] - mean) * (psi[i] - mean));
  return { delta: cand.ap - base.ap, se: Math.sqrt(ss.value / (n - 1) / n), n };
}
