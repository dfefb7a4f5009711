import { binomCdf, binomPmf, binomSf, chi2Sf1, normalCdf } from './distributions.js';

export interface McNemarResult {
  /** Discordant pairs: b = baseline right / candidate wrong, c = baseline wrong / candidate right. */
  b: number;
  c: number;
  /** 'exact' (binomial, used when b + c < 25) or 'chi2' (continuity-corrected χ², 1 df). */
  method: 'exact' | 'chi2';
  /** χ² statistic (|b − c| − 1)²/(b + c) (0 when b + c = 0), reported for both methods. */
  statistic: number;
  /** Two-sided p-value of the chosen method. */
  pValue: number;
  /** Exact two-sided p-value, min(1, 2·BinomCDF(min(b, c); b + c, ½)). */
  exactP: number;
  /** Mid-p: min(1, 2·[BinomCDF(k) − ½·BinomPmf(k)]), k = min(b, c) (Fagerland et al. 2013). */
  midP: number;
  /** One-sided p-value for "the candidate is worse" (b larger than chance): P(X ≥ b), exact or
   * normal with continuity correction, the same method as `pValue`. */
  pWorse: number;
}

/** McNemar's test for paired binary outcomes (see reference/statistics.md). */
export function mcnemar(b: number, c: number): McNemarResult {
  if (!(Number.isInteger(b) && Number.isInteger(c) && b >= 0 && c >= 0))
    throw new RangeError(`mcnemar: counts must be non-negative integers, got ${b}, ${c}`);
  const m = b + c;
  if (m === 0) return { b, c, method: 'exact', statistic: 0, pValue: 1, exactP: 1, midP: 1, pWorse: 1 };
  const k = Math.min(b, c);
  const exactP = Math.min(1, 2 * binomCdf(k, m, 0.5));
  const midP = Math.min(1, 2 * binomCdf(k, m, 0.5) - binomPmf(k, m, 0.5));
  const statistic = Math.max(0, Math.abs(b - c) - 1) ** 2 / m;
  if (m < 25) {
    // P(X ≥ b) with X ~ Bin(b + c, ½).
    const pWorse = b === 0 ? 1 : binomSf(b - 1, m, 0.5);
    return { b, c, method: 'exact', statistic, pValue: exactP, exactP, midP, pWorse };
  }
  const pValue = chi2Sf1(statistic);
  const z = (b - c - 1) / Math.sqrt(m);
  const pWorse = b - c - 1 > 0 ? pValue / 2 : normalCdf(-z);
  return { b, c, method: 'chi2', statistic, pValue, exactP, midP, pWorse };
}

export interface PairedNonInferiority {
  /** Δ = (c − b)/n: candidate accuracy minus baseline accuracy. */
  delta: number;
  /** se(Δ) = √(b + c − (c − b)²/n)/n. */
  se: number;
  /** (Δ + δ)/se; ±Infinity when se = 0. */
  z: number;
  /** One-sided p for H₁: Δ < −δ (worse than the tolerance), Φ(z). */
  pValue: number;
}

/**
 * Normal-approximation non-inferiority test for paired accuracy with tolerance δ ≥ 0 (reference):
 * fail when (Δ + δ)/se < −z₁₋α, i.e. when pValue < α.
 */
export function pairedNonInferiority(
  b: number,
  c: number,
  n: number,
  tolerance: number,
): PairedNonInferiority {
  const delta = (c - b) / n;
  const se = Math.sqrt(Math.max(0, b + c - ((c - b) * (c - b)) / n)) / n;
  const num = delta + tolerance;
  if (se === 0) {
    const z = num > 0 ? Infinity : num < 0 ? -Infinity : 0;
    return { delta, se, z, pValue: num < 0 ? 0 : 1 };
  }
  const z = num / se;
  return { delta, se, z, pValue: normalCdf(z) };
}
