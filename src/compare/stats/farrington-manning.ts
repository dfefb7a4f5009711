import { normalCdf } from './distributions.js';

/**
 * Farrington–Manning score test for two independent proportions: baseline k₁/n₁, candidate
 * k₂/n₂, H₀: p₂ − p₁ ≥ −tolerance (no worse than tolerated), H₁: p₂ − p₁ < −tolerance.
 *
 * Why not the Wald z with unpooled variance: a 200/200 baseline has zero estimated variance, so a
 * single candidate error is "significant"; its exact size at n = 200, p = .99 is 5.85% > 5%. The
 * score test takes its variance from the maximum-likelihood estimate of (p₁, p₂) *under H₀'s
 * boundary* p₂ = p₁ − tolerance, which never collapses to zero when the other side has errors.
 * Its exact size over the binomial grid is checked in test/compare/unpaired-accuracy.test.ts.
 */
export function farringtonManningP(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
  tolerance: number,
): number {
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const [r1, r2] = restrictedMle(k1, n1, k2, n2, tolerance);
  const v = (r1 * (1 - r1)) / n1 + (r2 * (1 - r2)) / n2;
  const num = p2 - p1 + tolerance;
  if (!(v > 0)) return num < 0 ? 0 : 1;
  return normalCdf(num / Math.sqrt(v));
}

/** Maximum-likelihood (p₁, p₂) subject to p₂ = p₁ − d (concave in p₁: bisection on the score). */
export function restrictedMle(k1: number, n1: number, k2: number, n2: number, d: number): [number, number] {
  if (d === 0) {
    const p = (k1 + k2) / (n1 + n2);
    return [p, p];
  }
  // p₁ ranges over [lo, hi] so that both p₁ and p₂ = p₁ − d lie in [0, 1].
  let lo = Math.max(0, d);
  let hi = Math.min(1, 1 + d);
  const score = (p: number): number => {
    const q = p - d;
    let s = 0;
    if (k1 > 0) s += k1 / p;
    if (n1 - k1 > 0) s -= (n1 - k1) / (1 - p);
    if (k2 > 0) s += k2 / q;
    if (n2 - k2 > 0) s -= (n2 - k2) / (1 - q);
    return s;
  };
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (score(mid) > 0) lo = mid;
    else hi = mid;
  }
  const p = (lo + hi) / 2;
  return [p, p - d];
}

/**
 * The interval of differences p₂ − p₁ that the one-sided score tests at `alpha` do not reject on
 * either side: a two-sided 1 − 2α interval whose upper end is the score test's one-sided bound
 * (the score test rejects ⇔ the upper end is below −tolerance).
 */
export function farringtonManningInterval(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
  alpha: number,
): [number, number] {
  const delta = k2 / n2 - k1 / n1;
  // pBelow(δ₀): p of H₁ p₂ − p₁ < δ₀ (falls as δ₀ rises above δ); pAbove mirrors it on failures.
  const pBelow = (d0: number): number => farringtonManningP(k1, n1, k2, n2, -d0);
  const pAbove = (d0: number): number => farringtonManningP(n1 - k1, n1, n2 - k2, n2, d0);
  const lower = solve(pAbove, delta, -1, alpha);
  const upper = solve(pBelow, delta, 1, alpha);
  return [lower, upper];
}

/** Bisection for the δ₀ between `from` and the end `to` where f crosses alpha. */
function solve(f: (d0: number) => number, from: number, to: number, alpha: number): number {
  let inside = from;
  let outside = to;
  if (f(outside) > alpha) return outside;
  for (let i = 0; i < 60; i++) {
    const mid = (inside + outside) / 2;
    if (f(mid) > alpha) inside = mid;
    else outside = mid;
  }
  return (inside + outside) / 2;
}

/** Largest n₁·n₂ for which the exact unconditional p-value is computed (beyond: the score test's normal p). */
export const EXACT_UNCONDITIONAL_MAX_TABLES = 260_000;
const NUISANCE_STEPS = 293;

/**
 * Exact unconditional p-value (Suissa–Shuster style) with the Farrington–Manning statistic:
 * sup over the nuisance p₁ on H₀'s boundary (p₂ = p₁ − tolerance) of P(Z ≤ z_observed), summed
 * over every (k₁, k₂) table. The score test's normal p is not ≤ α at every p (6.56% at n = 200,
 * p = .99, tolerance .01: the binomial grid is coarse near 1); this one's size is ≤ α by
 * construction, up to the nuisance grid of 293 steps.
 */
export function exactUnconditionalP(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
  tolerance: number,
): number {
  return exactUnconditionalTable(n1, n2, tolerance)[k1 * (n2 + 1) + k2];
}

/** p-values of every table (k₁ · (n₂ + 1) + k₂), sorted-cumulative over the nuisance grid. */
export function exactUnconditionalTable(n1: number, n2: number, tolerance: number): Float64Array {
  const tables = (n1 + 1) * (n2 + 1);
  const z = new Float64Array(tables);
  for (let a = 0; a <= n1; a++)
    for (let b = 0; b <= n2; b++) z[a * (n2 + 1) + b] = scoreZ(a, n1, b, n2, tolerance);
  const order = Array.from({ length: tables }, (_, i) => i).sort((i, j) => z[i] - z[j]);
  const pv = new Float64Array(tables);
  const lo = Math.max(0, tolerance);
  const hi = Math.min(1, 1 + tolerance);
  const pmf1 = new Float64Array(n1 + 1);
  const pmf2 = new Float64Array(n2 + 1);
  for (let s = 0; s <= NUISANCE_STEPS; s++) {
    const p1 = lo + ((hi - lo) * s) / NUISANCE_STEPS;
    binomialRow(n1, p1, pmf1);
    binomialRow(n2, Math.min(1, Math.max(0, p1 - tolerance)), pmf2);
    let cum = 0;
    for (let i = 0; i < tables;) {
      // A tie group counts whole: P(Z ≤ z) includes every table with the same z.
      let j = i;
      let group = 0;
      while (j < tables && z[order[j]] === z[order[i]]) {
        const t = order[j];
        group += pmf1[Math.floor(t / (n2 + 1))] * pmf2[t % (n2 + 1)];
        j++;
      }
      cum += group;
      for (let m = i; m < j; m++) if (cum > pv[order[m]]) pv[order[m]] = cum;
      i = j;
    }
  }
  for (let i = 0; i < tables; i++) pv[i] = Math.min(1, pv[i]);
  return pv;
}

/** The score statistic (p̂₂ − p̂₁ + tolerance) / SE under H₀'s restricted MLE; ±∞/0 when SE is 0. */
function scoreZ(k1: number, n1: number, k2: number, n2: number, tolerance: number): number {
  const [r1, r2] = restrictedMle(k1, n1, k2, n2, tolerance);
  const v = (r1 * (1 - r1)) / n1 + (r2 * (1 - r2)) / n2;
  const num = k2 / n2 - k1 / n1 + tolerance;
  if (!(v > 0)) return num < 0 ? -Infinity : num > 0 ? Infinity : 0;
  return num / Math.sqrt(v);
}

/** Binomial(n, p) probabilities of 0..n by the multiplicative recurrence from the mode (stable). */
function binomialRow(n: number, p: number, out: Float64Array): void {
  out.fill(0);
  if (p <= 0) {
    out[0] = 1;
    return;
  }
  if (p >= 1) {
    out[n] = 1;
    return;
  }
  const mode = Math.floor((n + 1) * p);
  const m = Math.min(n, mode);
  out[m] = 1;
  const r = p / (1 - p);
  for (let k = m + 1; k <= n; k++) out[k] = (out[k - 1] * (n - k + 1) * r) / k;
  for (let k = m - 1; k >= 0; k--) out[k] = (out[k + 1] * (k + 1)) / ((n - k) * r);
  let total = 0;
  for (let k = 0; k <= n; k++) total += out[k];
  for (let k = 0; k <= n; k++) out[k] /= total;
}

/**
 * The gate's unpaired accuracy p-value: exact unconditional when n₁·n₂ is small enough to
 * enumerate, else the Farrington–Manning normal approximation (accurate at such n).
 */
export function unpairedAccuracyP(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
  tolerance: number,
): {
  p: number;
  method: 'exact-unconditional' | 'farrington-manning';
} {
  if ((n1 + 1) * (n2 + 1) <= EXACT_UNCONDITIONAL_MAX_TABLES)
    return { p: exactUnconditionalP(k1, n1, k2, n2, tolerance), method: 'exact-unconditional' };
  return { p: farringtonManningP(k1, n1, k2, n2, tolerance), method: 'farrington-manning' };
}
