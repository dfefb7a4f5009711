import { normalQuantile } from './stats/index.js';

/** The power the minimum detectable effect is stated at. */
export const MDE_POWER = 0.8;

/**
 * Minimum detectable effect of a one-sided test at level α with standard error `se`: the true
 * worsening it detects with 80% power, tolerance + (z₁₋α + z₀.₈)·se (normal approximation).
 */
export function minimumDetectableEffect(se: number, tolerance: number, alpha: number): number | null {
  if (!Number.isFinite(se) || se < 0) return null;
  return tolerance + (normalQuantile(1 - alpha) + normalQuantile(MDE_POWER)) * se;
}

/** Standard deviation of bootstrap deltas (their standard error). */
export function bootstrapSe(deltas: Float64Array): number | null {
  const n = deltas.length;
  if (n < 2) return null;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += deltas[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (deltas[i] - mean) ** 2;
  return Math.sqrt(ss / (n - 1));
}
