/**
 * The (noncentral) chi-square distribution the drift test needs (docs/monitoring.md, "The drift
 * decision"): the regularized lower incomplete gamma P(a, x) (series below a + 1, Lentz's
 * continued fraction above: Numerical Recipes §6.2), and the noncentral CDF as its Poisson
 * mixture F(x; k, λ) = Σⱼ e^(−λ/2)(λ/2)ʲ/j! · P(k/2 + j, x/2), summed outward from the largest
 * weight until the weights no longer matter. Parity with scipy.stats.chi2 / ncx2 in
 * test/monitor/noncentral-chi-square.test.ts.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x), x > 0 (Lanczos, g = 7). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularized lower incomplete gamma P(a, x). */
export function gammaP(a: number, x: number): number {
  if (!(x > 0)) return 0;
  if (x === Infinity) return 1;
  const logPrefix = -x + a * Math.log(x) - lnGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 100000; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return Math.min(1, sum * Math.exp(logPrefix));
  }
  // Q(a, x) by the continued fraction 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − …)).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.max(0, 1 - Math.exp(logPrefix) * h);
}

/** CDF of the chi-square distribution with k degrees of freedom and noncentrality λ ≥ 0. */
export function noncentralChiSquareCdf(x: number, k: number, lambda: number): number {
  if (!(x > 0)) return 0;
  if (lambda <= 0) return gammaP(k / 2, x / 2);
  const mu = lambda / 2;
  const j0 = Math.floor(mu);
  const logWeight = (j: number): number => -mu + j * Math.log(mu) - lnGamma(j + 1);
  let sum = 0;
  let weights = 0;
  for (let j = j0; ; j++) {
    const w = Math.exp(logWeight(j));
    sum += w * gammaP(k / 2 + j, x / 2);
    weights += w;
    if (w < 1e-17 * weights || w === 0) break;
  }
  for (let j = j0 - 1; j >= 0; j--) {
    const w = Math.exp(logWeight(j));
    sum += w * gammaP(k / 2 + j, x / 2);
    weights += w;
    if (w < 1e-17 * weights) break;
  }
  return Math.min(1, sum);
}

/**
 * The smallest noncentrality λ for which `x` is still within the lower 1 − α of χ²ₖ(λ): the
 * one-sided 1 − α lower confidence bound of λ given one observation x (0 when even λ = 0 fits).
 * F(x; k, λ) falls as λ grows, so a bracket is doubled, then halved by bisection.
 */
export function noncentralityLowerBound(x: number, k: number, alpha: number): number {
  const target = 1 - alpha;
  if (noncentralChiSquareCdf(x, k, 0) <= target) return 0;
  let lo = 0;
  let hi = Math.max(1, x);
  while (noncentralChiSquareCdf(x, k, hi) > target) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 60 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (noncentralChiSquareCdf(x, k, mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
