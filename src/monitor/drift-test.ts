/**
 * The drift decision (docs/monitoring.md, "The drift decision"): a column alarms only when its
 * PSI exceeds a practical tolerance τ with confidence, so that identical populations alarm at
 * most α of the time at every sample size and a shift too small to matter (PSI < τ) does not
 * alarm however large the window.
 *
 * With s² = 1/n + 1/m (window n, reference m values) and df = bins − 1, the scaled statistic
 * T = PSI/s² is approximately noncentral chi-square χ²_df(λ) with λ = PSI_pop/s² (PSI is, to
 * second order, the chi-square divergence Σ(q − p)²/p of the two-sample test). H₀: PSI_pop ≤ τ is
 * rejected when T exceeds the 1 − α quantile of χ²_df(τ/s²) — the "test of close fit" of
 * Hodges & Lehmann (1954). The noncentral null takes care of PSI's upward small-sample bias
 * (its mean is PSI_pop + df·s²): no fixed PSI threshold does that. τ = 0 gives back the ordinary
 * chi-square test, whose alarms at 1M rows are the complaint this design answers.
 */
import { noncentralChiSquareCdf, noncentralityLowerBound } from './noncentral-chi-square.js';

export const DEFAULT_DRIFT_TOLERANCE = 0.1;
export const DEFAULT_DRIFT_SIGNIFICANCE = 0.05;

export interface DriftTest {
  /** One-sided p-value of H₀: PSI ≤ τ. */
  p_value: number;
  /** PSI minus its expected value under no drift, df·s² (floored at 0). */
  psi_bias_corrected: number;
  /** One-sided 1 − α lower confidence bound of the population PSI. */
  psi_lower: number;
  /** Degrees of freedom (bins − 1). */
  df: number;
}

/** The test of one column; df 0 (a single bin on both sides) is no test (p = 1). */
export function psiToleranceTest(
  psiValue: number,
  bins: number,
  n: number,
  m: number,
  tolerance: number,
  alpha: number,
  withBound = true,
): DriftTest {
  const df = bins - 1;
  const s2 = 1 / n + 1 / m;
  if (df < 1 || !Number.isFinite(psiValue))
    return {
      p_value: df < 1 ? 1 : 0,
      psi_bias_corrected: df < 1 ? 0 : psiValue,
      psi_lower: df < 1 ? 0 : psiValue,
      df: Math.max(0, df),
    };
  const t = psiValue / s2;
  const p = 1 - noncentralChiSquareCdf(t, df, tolerance / s2);
  return {
    p_value: Math.max(0, Math.min(1, p)),
    psi_bias_corrected: Math.max(0, psiValue - df * s2),
    psi_lower: withBound ? noncentralityLowerBound(t, df, alpha) * s2 : NaN,
    df,
  };
}
