import { CompensatedSum } from '../../util/sum.js';
import { normalCdf } from './distributions.js';

/**
 * An analytic paired test's estimate of Δ = M_candidate − M_baseline and its standard error,
 * from which the non-inferiority p-value and the interval follow for any tolerance.
 */
export interface PairedEstimate {
  delta: number;
  se: number;
  /** Examples the estimate used. */
  n: number;
}

/**
 * Paired z test on per-example differences dᵢ = term_cand,i − term_base,i (pairs where either
 * term is NaN are left out): Δ = mean d, se = sd(d)/√n with the n − 1 sample variance — scipy's
 * `ttest_rel` statistic, read against the normal (n is large wherever it matters).
 * `candidateRow[i]` is the candidate row paired with baseline row i.
 */
export function pairedMeanDifference(
  baseTerms: Float64Array,
  candTerms: Float64Array,
  candidateRow: Int32Array,
): PairedEstimate {
  const n0 = baseTerms.length;
  const d = new Float64Array(n0);
  let n = 0;
  const sum = new CompensatedSum();
  for (let i = 0; i < n0; i++) {
    const x = candTerms[candidateRow[i]] - baseTerms[i];
    if (x !== x) continue;
    d[n++] = x;
    sum.add(x);
  }
  if (n === 0) return { delta: NaN, se: NaN, n };
  const mean = sum.value / n;
  const ss = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const e = d[i] - mean;
    ss.add(e * e);
  }
  const se = n > 1 ? Math.sqrt(ss.value / (n - 1) / n) : NaN;
  return { delta: mean, se, n };
}

/**
 * One-sided p for "worse than the baseline by more than `tolerance`" from a normal estimate:
 * higher-is-better Φ((Δ + δ)/se), lower-is-better Φ((δ − Δ)/se). With se = 0 the estimate is
 * exact: 0 when beyond the tolerance, else 1. Null when undefined.
 */
export function analyticPRegress(
  e: PairedEstimate,
  tolerance: number,
  higherIsBetter: boolean,
): number | null {
  if (!Number.isFinite(e.delta) || !(e.se >= 0)) return null;
  const margin = higherIsBetter ? e.delta + tolerance : tolerance - e.delta;
  if (e.se === 0) return margin < 0 ? 0 : 1;
  return normalCdf(margin / e.se);
}

/** Δ ± z·se, or null when undefined. */
export function analyticInterval(e: PairedEstimate, z: number): [number, number] | null {
  if (!Number.isFinite(e.delta) || !(e.se >= 0) || !Number.isFinite(e.se)) return null;
  return [e.delta - z * e.se, e.delta + z * e.se];
}
