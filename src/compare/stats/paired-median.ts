import { rankAscending } from '../../util/sort.js';
import { CompensatedSum } from '../../util/sum.js';
import { normalPdf, normalQuantile } from './distributions.js';
import type { PairedEstimate } from './paired-mean.js';
import { quantileSorted } from './quantile.js';

/**
 * The paired asymptotic test of a difference of medians (median_ae: medians of |error|) through
 * the Bahadur representation m̂ = m + (½ − Fₙ(m))/f(m) + o(n^−½): each row's influence on a
 * median is (½ − 1[xᵢ ≤ m])/f(m), so for Δ = m_cand − m_base on paired rows
 *   ψᵢ = (½ − 1[cᵢ ≤ m_c])/f_c(m_c) − (½ − 1[bᵢ ≤ m_b])/f_b(m_b),   se² = Σ(ψ − ψ̄)²/(n(n − 1)),
 * whose variance is ¼/f_c² + ¼/f_b² − 2(P(c ≤ m_c, b ≤ m_b) − ¼)/(f_b f_c): the joint indicator
 * keeps the covariance between the two models' errors on the same rows.
 *
 * The density at the median comes from the Hall–Sheather difference quotient (Koenker,
 * Quantile Regression, 2005, §3.4; what statsmodels' QuantReg and R's quantreg use for the
 * sparsity 1/f): f̂(m) = 2h / (Q(½ + h) − Q(½ − h)) with the sample quantiles Q and
 * hₙ = n^(−1/3) z^(2/3) [1.5 φ(0)²]^(1/3), z = Φ⁻¹(0.975) — a uniform kernel in the quantile
 * domain whose width adapts to the data's scale, with the bandwidth rate that is optimal for
 * the studentised quantile. O(n) after one sort per model.
 *
 * Values must not be NaN (the caller refuses those). Null (the caller keeps the bootstrap) when
 * the representation does not hold: a density window without spread, or a median whose tie group
 * holds more than a tenth of the window's rows (errors on a coarse grid — the bootstrap
 * distribution of the median is then lumpy, not normal).
 */
export function pairedMedianDifference(
  baseValues: Float64Array,
  candValues: Float64Array,
  candidateRow: Int32Array,
): PairedEstimate | null {
  const n = baseValues.length;
  if (n < 2 || candValues.length !== n) return null;
  const cand = Float64Array.from({ length: n }, (_, i) => candValues[candidateRow[i]]);
  const sideB = medianSide(baseValues);
  const sideC = medianSide(cand);
  if (!sideB || !sideC) return null;
  const psi = new Float64Array(n);
  const sum = new CompensatedSum();
  const ib = 1 / sideB.density;
  const ic = 1 / sideC.density;
  for (let i = 0; i < n; i++) {
    const x =
      (0.5 - (cand[i] <= sideC.median ? 1 : 0)) * ic - (0.5 - (baseValues[i] <= sideB.median ? 1 : 0)) * ib;
    psi[i] = x;
    sum.add(x);
  }
  const mean = sum.value / n;
  const ss = new CompensatedSum();
  for (let i = 0; i < n; i++) ss.add((psi[i] - mean) * (psi[i] - mean));
  return { delta: sideC.median - sideB.median, se: Math.sqrt(ss.value / (n - 1) / n), n };
}

/** Hall–Sheather bandwidth at the median (α = 0.05), in probability units. */
export function hallSheatherBandwidth(n: number): number {
  const z = normalQuantile(0.975);
  const phi0 = normalPdf(0);
  return Math.pow(n, -1 / 3) * Math.pow(z, 2 / 3) * Math.pow(1.5 * phi0 * phi0, 1 / 3);
}

/** One model's median (the metric's: the mean of the two middle values) and density there. */
function medianSide(values: Float64Array): { median: number; density: number } | null {
  const n = values.length;
  // The shared ranking (a counting sort for errors on a grid of a few thousand values; radix else).
  const { order } = rankAscending(values, null);
  const sorted = Float64Array.from(order, (row) => values[row]);
  const low = sorted[Math.floor((n - 1) / 2)];
  const high = sorted[Math.floor(n / 2)];
  const median = (low + high) / 2;
  const h = Math.min(hallSheatherBandwidth(n), 0.49);
  const spread = quantileSorted(sorted, 0.5 + h) - quantileSorted(sorted, 0.5 - h);
  if (!(spread > 0) || !Number.isFinite(spread)) return null;
  // The tie group of the middle values: rows equal to `low` or `high`.
  const window = 2 * h * n;
  let ties = 0;
  for (const v of low === high ? [low] : [low, high]) ties += countEqual(sorted, v);
  if (ties > Math.max(2, window / 10)) return null;
  return { median, density: (2 * h) / spread };
}

function countEqual(sorted: Float64Array, v: number): number {
  return upperBound(sorted, v) - lowerBound(sorted, v);
}

function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
