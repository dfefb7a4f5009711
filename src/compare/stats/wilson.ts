import { normalCdf, normalQuantile } from './distributions.js';

/** Wilson score interval for k successes out of n (reference/statistics.md). */
export function wilsonInterval(k: number, n: number, z = 1.959963984540054): [number, number] {
  if (n <= 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export interface UnpairedProportionTest {
  /** p₂ − p₁ (candidate minus baseline). */
  delta: number;
  /** Newcombe's hybrid score interval (method 10) for p₂ − p₁ from the two Wilson intervals. */
  ci: [number, number];
  /** Unpooled standard error √(p₁q₁/n₁ + p₂q₂/n₂). */
  se: number;
  /** One-sided p for H₁: p₂ − p₁ < −tolerance (Wald z, unpooled). */
  pValue: number;
}

/**
 * Two independent proportions k₁/n₁ (baseline) and k₂/n₂ (candidate): Newcombe's interval for the
 * difference at level 1 − alpha and a one-sided non-inferiority z-test with the given tolerance.
 */
export function unpairedProportions(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
  tolerance: number,
  alpha = 0.05,
): UnpairedProportionTest {
  const z = normalQuantile(1 - alpha / 2);
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const [l1, u1] = wilsonInterval(k1, n1, z);
  const [l2, u2] = wilsonInterval(k2, n2, z);
  const delta = p2 - p1;
  const lo = delta - Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2);
  const hi = delta + Math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2);
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const num = delta + tolerance;
  const pValue = se === 0 ? (num < 0 ? 0 : 1) : normalCdf(num / se);
  return { delta, ci: [lo, hi], se, pValue };
}
