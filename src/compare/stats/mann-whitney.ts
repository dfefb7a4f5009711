import { normalQuantile, normalSf } from './distributions.js';
import { median, quantileSorted } from './quantile.js';

/** Largest sample size (each side) for which the exact null distribution of U is used. */
export const MANN_WHITNEY_EXACT_LIMIT = 50;

export type Alternative = 'two-sided' | 'less' | 'greater';

export interface MannWhitneyResult {
  /** U of the first sample: R₁ − n₁(n₁ + 1)/2, with midranks for ties. */
  u1: number;
  /** n₁n₂ − U₁. */
  u2: number;
  /** 'exact' (no ties and n₁, n₂ ≤ 50) or 'asymptotic' (tie-corrected normal, continuity ½). */
  method: 'exact' | 'asymptotic';
  /** p-value for `alternative` (scipy semantics: 'greater' = x tends to be larger than y). */
  pValue: number;
  hasTies: boolean;
}

/** Midranks (1-based) of the values and the tie term Σ(t³ − t). */
export function midranks(values: ArrayLike<number>): { ranks: Float64Array; tieTerm: number } {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const ranks = new Float64Array(n);
  let tieTerm = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]] === values[order[i]]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = r;
    const t = j - i + 1;
    tieTerm += t * t * t - t;
    i = j + 1;
  }
  return { ranks, tieTerm };
}

const exactCache = new Map<string, Float64Array>();

/**
 * Null distribution of U for sample sizes n₁, n₂ without ties, as counts of arrangements
 * (index u = 0..n₁n₂), by the recurrence f(m, n, u) = f(m − 1, n, u − n) + f(m, n − 1, u).
 * Only additions, so the counts keep full relative precision in doubles.
 */
export function mannWhitneyCounts(n1: number, n2: number): Float64Array {
  const key = `${n1},${n2}`;
  const cached = exactCache.get(key);
  if (cached) return cached;
  // prev[n] = f(m − 1, n, ·); start with m = 0: f(0, n, u) = [u = 0].
  let prev: Float64Array[] = [];
  for (let n = 0; n <= n2; n++) prev.push(Float64Array.of(1));
  for (let m = 1; m <= n1; m++) {
    const cur: Float64Array[] = [Float64Array.of(1)];
    for (let n = 1; n <= n2; n++) {
      const arr = new Float64Array(m * n + 1);
      const a = prev[n]; // f(m − 1, n, ·), length (m − 1)n + 1, shifted by n
      for (let u = 0; u < a.length; u++) arr[u + n] += a[u];
      const b = cur[n - 1]; // f(m, n − 1, ·), length m(n − 1) + 1
      for (let u = 0; u < b.length; u++) arr[u] += b[u];
      cur.push(arr);
    }
    prev = cur;
  }
  const counts = prev[n2];
  if (exactCache.size > 64) exactCache.clear();
  exactCache.set(key, counts);
  return counts;
}

/** P(U ≥ u) under the exact null distribution. */
function exactSf(u: number, n1: number, n2: number): number {
  const counts = mannWhitneyCounts(n1, n2);
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  // Sum the smaller side for accuracy; the distribution is symmetric: P(U ≥ u) = P(U ≤ n₁n₂ − u).
  const k = Math.ceil(u);
  const mirror = n1 * n2 - k;
  let s = 0;
  if (mirror < 0) return 0;
  for (let i = 0; i <= Math.min(mirror, counts.length - 1); i++) s += counts[i];
  return Math.min(1, s / total);
}

/**
 * Mann-Whitney U test of x against y (scipy.stats.mannwhitneyu semantics, use_continuity=True).
 * Exact when there are no ties and both samples have ≤ 50 values, unless `method` says otherwise;
 * otherwise the normal approximation with tie correction σ = √(n₁n₂/12·[(N + 1) − Σ(t³ − t)/(N(N − 1))])
 * and continuity correction ½. Two-sided: U = max(U₁, U₂), p = min(1, 2·P(U' ≥ U)).
 */
export function mannWhitneyU(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  alternative: Alternative = 'two-sided',
  method: 'auto' | 'exact' | 'asymptotic' = 'auto',
): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('mannWhitneyU: both samples need at least one value');
  const all = new Float64Array(n1 + n2);
  for (let i = 0; i < n1; i++) all[i] = x[i];
  for (let j = 0; j < n2; j++) all[n1 + j] = y[j];
  const { ranks, tieTerm } = midranks(all);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i];
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const hasTies = tieTerm > 0;
  const chosen =
    method === 'auto'
      ? !hasTies && n1 <= MANN_WHITNEY_EXACT_LIMIT && n2 <= MANN_WHITNEY_EXACT_LIMIT
        ? 'exact'
        : 'asymptotic'
      : method;
  const [u, factor] =
    alternative === 'greater' ? [u1, 1] : alternative === 'less' ? [u2, 1] : [Math.max(u1, u2), 2];
  let p: number;
  if (chosen === 'exact') {
    p = exactSf(u, n1, n2);
  } else {
    const N = n1 + n2;
    const mu = (n1 * n2) / 2;
    const s = Math.sqrt(((n1 * n2) / 12) * (N + 1 - tieTerm / (N * (N - 1))));
    if (s === 0 || !Number.isFinite(s)) p = u - mu - 0.5 > 0 ? 0 : 1;
    else p = normalSf((u - mu - 0.5) / s);
  }
  return { u1, u2, method: chosen, pValue: Math.min(1, Math.max(0, p * factor)), hasTies };
}

export interface ShiftInterval {
  /** Hodges–Lehmann estimate: median of all pairwise differences y_j − x_i (or log ratios). */
  estimate: number;
  /** [D₍ₖ₎, D₍ₘ₋ₖ₊₁₎], m = n₁n₂; null when the samples are too small for level 1 − α. */
  ci: [number, number] | null;
  /** Achieved confidence level of the order-statistic interval (≥ 1 − α when exact). */
  level: number | null;
}

/**
 * Distribution-free confidence interval for the shift y − x (Moses 1965; the interval that
 * inverts the Mann-Whitney test): with the m = n₁n₂ pairwise differences sorted,
 * [D₍ₖ₎, D₍ₘ₋ₖ₊₁₎] where k is the largest integer with P(U ≤ k − 1) ≤ α/2 under the exact null
 * distribution (n₁, n₂ ≤ 50) or k = ⌊n₁n₂/2 − z₁₋α/₂·σ⌋ otherwise (σ without tie correction).
 */
export function shiftInterval(x: ArrayLike<number>, y: ArrayLike<number>, alpha: number): ShiftInterval {
  const n1 = x.length;
  const n2 = y.length;
  const m = n1 * n2;
  const d = new Float64Array(m);
  let t = 0;
  for (let i = 0; i < n1; i++) for (let j = 0; j < n2; j++) d[t++] = y[j] - x[i];
  d.sort();
  const estimate = quantileSorted(d, 0.5);
  let k: number;
  let level: number | null;
  if (n1 <= MANN_WHITNEY_EXACT_LIMIT && n2 <= MANN_WHITNEY_EXACT_LIMIT) {
    const counts = mannWhitneyCounts(n1, n2);
    let total = 0;
    for (let i = 0; i < counts.length; i++) total += counts[i];
    let cdf = 0;
    k = 0;
    // cdf after adding counts[0..k-1] = P(U ≤ k − 1)
    while (k < counts.length && cdf + counts[k] <= (alpha / 2) * total) {
      cdf += counts[k];
      k++;
    }
    level = k > 0 ? 1 - (2 * cdf) / total : null;
  } else {
    const sigma = Math.sqrt((m * (n1 + n2 + 1)) / 12);
    k = Math.floor(m / 2 - normalQuantile(1 - alpha / 2) * sigma);
    level = k > 0 ? 1 - alpha : null;
  }
  if (k < 1 || k > m - k + 1) return { estimate, ci: null, level: null };
  return { estimate, ci: [d[k - 1], d[m - k]], level };
}

export interface RatioOfMedians {
  /** median(y)/median(x) (candidate over baseline). */
  ratio: number;
  /** CI of the ratio at level 1 − α, or null when the samples are too small. */
  ci: [number, number] | null;
  /** 'log-shift' (all values > 0: exp of the Moses interval of log y − log x, i.e. of the
   * scale ratio) or 'shift/median' (some value ≤ 0: 1 + Moses interval of y − x over median(x)). */
  method: 'log-shift' | 'shift/median';
}

/**
 * Ratio of medians candidate/baseline with a confidence interval. Method (documented in README):
 * under the Mann-Whitney location-scale model the candidate's values are the baseline's times a
 * factor θ; the Moses order-statistic interval of the pairwise log ratios log y_j − log x_i is a
 * distribution-free CI for log θ, so exp() of it is a CI for θ, the ratio of medians. The same
 * order statistics that make the Mann-Whitney test reject make the interval exclude 1, so the
 * test and the interval agree. benchstat reports a CI per median (order statistics); a CI of the
 * ratio is what a gate needs.
 */
export function ratioOfMedians(x: ArrayLike<number>, y: ArrayLike<number>, alpha: number): RatioOfMedians {
  const mx = median(x);
  const my = median(y);
  const ratio = my / mx;
  let positive = true;
  for (let i = 0; i < x.length; i++) if (!(x[i] > 0)) positive = false;
  for (let j = 0; j < y.length; j++) if (!(y[j] > 0)) positive = false;
  if (positive) {
    const s = shiftInterval(Array.from(x, Math.log), Array.from(y, Math.log), alpha);
    return { ratio, ci: s.ci ? [Math.exp(s.ci[0]), Math.exp(s.ci[1])] : null, method: 'log-shift' };
  }
  const s = shiftInterval(x, y, alpha);
  const ci: [number, number] | null = s.ci && mx > 0 ? [1 + s.ci[0] / mx, 1 + s.ci[1] / mx] : null;
  return { ratio, ci, method: 'shift/median' };
}
