import type { Ranking } from '../../util/sort.js';
import { CompensatedSum } from '../../util/sum.js';
import type { PairedEstimate } from './paired-mean.js';

/**
 * DeLong's test for paired ROC AUCs (DeLong, DeLong & Clarke-Pearson 1988), through the
 * structural components: for a positive x, V₁₀(x) = the share of negatives it outscores (ties ½);
 * for a negative y, V₀₁(y) = the share of positives that outscore it. AUC = mean V₁₀ = mean V₀₁,
 * and for Δ = AUC_cand − AUC_base, with uᵢ = V_cand,i − V_base,i,
 *   Var(Δ) = s₁₀/P + s₀₁/N,  s₁₀ = Σ_pos (u − Δ)²/(P − 1),  s₀₁ = Σ_neg (u − Δ)²/(N − 1).
 * One ranking per model (midranks for ties come from the tie groups; the rankings are shared
 * with the evaluator: src/metrics/score-rankings.ts), then O(n).
 */
export interface AucComponents {
  /** V₁₀ for positive rows, V₀₁ for negative rows, NaN for rows left out. */
  v: Float64Array;
  auc: number;
  positives: number;
  negatives: number;
}

/** `ranking`: the included rows by descending score, in the rows `positive` is indexed by (n of them). */
export function aucComponents(ranking: Ranking, n: number, positive: Uint8Array): AucComponents {
  const { order, lastInGroup } = ranking;
  const v = new Float64Array(n).fill(NaN);
  let P = 0;
  for (let j = 0; j < order.length; j++) P += positive[order[j]];
  const N = order.length - P;
  let posAbove = 0;
  let negAbove = 0;
  let start = 0;
  const sum = new CompensatedSum();
  for (let j = 0; j < order.length; j++) {
    if (!lastInGroup[j]) continue;
    let gp = 0;
    for (let t = start; t <= j; t++) gp += positive[order[t]];
    const gn = j + 1 - start - gp;
    // Tied scores count ½: the midrank form of DeLong's components.
    const vPos = (N - negAbove - 0.5 * gn) / N;
    const vNeg = (posAbove + 0.5 * gp) / P;
    for (let t = start; t <= j; t++) {
      const row = order[t];
      if (positive[row]) {
        v[row] = vPos;
        sum.add(vPos);
      } else v[row] = vNeg;
    }
    posAbove += gp;
    negAbove += gn;
    start = j + 1;
  }
  return { v, auc: P > 0 && N > 0 ? sum.value / P : NaN, positives: P, negatives: N };
}

/**
 * Accumulates the influence of each row on a weighted sum of paired AUC differences,
 * Σ_c w_c (AUC_cand,c − AUC_base,c), so that one-vs-rest macro AUC (w_c = 1/k) gets a DeLong
 * variance that keeps the covariance between classes (every row is positive for one class and
 * negative for the others). Per class the row's term is (uᵢ − Δ_c)/√(P(P − 1)) for positives and
 * (uᵢ − Δ_c)/√(N(N − 1)) for negatives; Var = Σᵢ φᵢ². With one class and w = 1 this is exactly
 * the textbook s₁₀/P + s₀₁/N above.
 */
export class DeLongCombination {
  private readonly phi: Float64Array;
  private readonly delta = new CompensatedSum();
  private undefinedClass = false;

  constructor(rows: number) {
    this.phi = new Float64Array(rows);
  }

  /** Adds class c: both models' components on the same rows, with the weight w_c. */
  add(base: AucComponents, cand: AucComponents, positive: Uint8Array, weight: number): void {
    const P = base.positives;
    const N = base.negatives;
    if (P < 2 || N < 2 || cand.positives !== P || cand.negatives !== N) {
      this.undefinedClass = true;
      return;
    }
    const d = cand.auc - base.auc;
    this.delta.add(weight * d);
    const sPos = weight / Math.sqrt(P * (P - 1));
    const sNeg = weight / Math.sqrt(N * (N - 1));
    const phi = this.phi;
    for (let i = 0; i < phi.length; i++) {
      const u = cand.v[i] - base.v[i];
      if (u !== u) continue;
      phi[i] += (u - d) * (positive[i] ? sPos : sNeg);
    }
  }

  result(): PairedEstimate {
    if (this.undefinedClass) return { delta: NaN, se: NaN, n: 0 };
    const ss = new CompensatedSum();
    for (let i = 0; i < this.phi.length; i++) ss.add(this.phi[i] * this.phi[i]);
    return { delta: this.delta.value, se: Math.sqrt(ss.value), n: this.phi.length };
  }
}
