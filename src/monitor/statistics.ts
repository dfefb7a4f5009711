/**
 * The four label-free drift statistics of a monitored column, each defined as its reference
 * implementation computes it (docs/monitoring.md, "Drift statistics"; parity fixtures from
 * scripts/gen-monitor-fixtures.py):
 * - Kolmogorov–Smirnov: `scipy.stats.ks_2samp(reference, window).statistic`, the largest gap
 *   between the two empirical CDFs, evaluated at every observed value (right-continuous CDFs);
 *   its p-value here is the asymptotic one, `scipy.stats.kstwobign.sf(√(nm/(n+m))·D)`.
 * - Wasserstein-1: `scipy.stats.wasserstein_distance(reference, window)` = ∫|F − G| dx.
 * - PSI: Σᵢ (qᵢ − pᵢ)·ln(qᵢ/pᵢ) over bins, pᵢ the reference and qᵢ the window share of bin i, each
 *   floored at `PSI_EPSILON` (so an empty bin costs a large but finite amount).
 * - Jensen–Shannon: `scipy.spatial.distance.jensenshannon(p, q, base=2)` over the same bins (the
 *   distance, the square root of the divergence, in [0, 1]).
 * Continuous columns (scores, regression predictions) are binned at the reference's deciles
 * (numpy's default linear quantile, duplicate edges merged; bin i holds eᵢ₋₁ < x ≤ eᵢ); a label
 * column's bins are its classes. KS and Wasserstein need an order and are left out for labels.
 */
import { quantileSorted } from '../compare/stats/quantile.js';
import { CompensatedSum } from '../util/sum.js';

/** Bins of a continuous column: the reference's deciles. */
export const DEFAULT_BINS = 10;
/** Floor of a bin's share in PSI (the usual rule: an empty bin counts as 0.01 %). */
export const PSI_EPSILON = 1e-4;

/**
 * The interior bin edges: the reference's quantiles at k/bins (k = 1 … bins − 1), numpy linear,
 * duplicates merged (a score with ties, or a constant one, then has fewer bins).
 */
export function referenceBinEdges(sortedReference: Float64Array, bins = DEFAULT_BINS): Float64Array {
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const e = quantileSorted(sortedReference, k / bins);
    if (edges.length === 0 || e !== edges[edges.length - 1]) edges.push(e);
  }
  return Float64Array.from(edges);
}

/** Counts of sorted values per bin: bin i holds edges[i − 1] < x ≤ edges[i] (numpy searchsorted 'left'). */
export function binCounts(sorted: Float64Array, edges: Float64Array): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  let bin = 0;
  for (let i = 0; i < sorted.length; i++) {
    const x = sorted[i];
    while (bin < edges.length && x > edges[bin]) bin++;
    counts[bin]++;
  }
  return counts;
}

/** PSI of two count vectors over the same bins (`reference` → p, `window` → q). */
export function psi(reference: Float64Array, window: Float64Array, epsilon = PSI_EPSILON): number {
  const m = total(reference);
  const n = total(window);
  const sum = new CompensatedSum();
  for (let i = 0; i < reference.length; i++) {
    const p = Math.max(reference[i] / m, epsilon);
    const q = Math.max(window[i] / n, epsilon);
    sum.add((q - p) * Math.log(q / p));
  }
  return sum.value;
}

/** scipy's rel_entr: x·ln(x/y), 0 at x = 0. */
function relEntr(x: number, y: number): number {
  if (x === 0) return 0;
  if (y === 0) return Infinity;
  return x * Math.log(x / y);
}

/** Jensen–Shannon distance (base 2) of two count vectors over the same bins, as scipy computes it. */
export function jensenShannon(reference: Float64Array, window: Float64Array): number {
  const m = total(reference);
  const n = total(window);
  const left = new CompensatedSum();
  const right = new CompensatedSum();
  for (let i = 0; i < reference.length; i++) {
    const p = reference[i] / m;
    const q = window[i] / n;
    const mid = (p + q) / 2;
    left.add(relEntr(p, mid));
    right.add(relEntr(q, mid));
  }
  const js = (left.value + right.value) / Math.log(2);
  return Math.sqrt(js / 2);
}

function total(counts: Float64Array): number {
  let s = 0;
  for (let i = 0; i < counts.length; i++) s += counts[i];
  return s;
}

export interface EcdfDistances {
  /** sup |F − G| over the observed values (ks_2samp's statistic). */
  ks: number;
  /** ∫ |F − G| dx (wasserstein_distance). */
  wasserstein: number;
}

/**
 * KS and Wasserstein in one merge of the two sorted samples: at each distinct value x (in
 * order) both CDFs step past every value ≤ x; the KS gap is read there and the area up to the
 * next value is added (compensated, as numpy's pairwise sum is close to exact).
 */
export function ecdfDistances(a: Float64Array, b: Float64Array): EcdfDistances {
  const n = a.length;
  const m = b.length;
  let i = 0;
  let j = 0;
  let ks = 0;
  const area = new CompensatedSum();
  while (i < n || j < m) {
    const x = j >= m || (i < n && a[i] <= b[j]) ? a[i] : b[j];
    while (i < n && a[i] <= x) i++;
    while (j < m && b[j] <= x) j++;
    const gap = Math.abs(i / n - j / m);
    if (gap > ks) ks = gap;
    if (i < n || j < m) {
      const next = j >= m || (i < n && a[i] <= b[j]) ? a[i] : b[j];
      area.add(gap * (next - x));
    }
  }
  return { ks, wasserstein: area.value };
}

/**
 * The Kolmogorov distribution's survival function, P(K > x) (scipy.stats.kstwobign.sf): the
 * alternating series 2·Σ (−1)^(k−1)·e^(−2k²x²) for x ≥ 1, and 1 − √(2π)/x·Σ e^(−(2k−1)²π²/(8x²))
 * below, where that one converges fast.
 */
export function kolmogorovSf(x: number): number {
  if (!(x > 0)) return 1;
  if (x < 1) {
    const c = (Math.PI * Math.PI) / (8 * x * x);
    let s = 0;
    for (let k = 1; k < 100; k++) {
      const t = Math.exp(-(2 * k - 1) * (2 * k - 1) * c);
      s += t;
      if (t < 1e-18 * s) break;
    }
    return 1 - (Math.sqrt(2 * Math.PI) / x) * s;
  }
  let s = 0;
  for (let k = 1; k < 100; k++) {
    const t = Math.exp(-2 * k * k * x * x);
    s += k % 2 === 1 ? t : -t;
    if (t < 1e-18 * Math.abs(s)) break;
  }
  return Math.min(1, Math.max(0, 2 * s));
}

/** The asymptotic two-sided KS p-value of D between samples of n and m values. */
export function ksPValue(d: number, n: number, m: number): number {
  return kolmogorovSf(Math.sqrt((n * m) / (n + m)) * d);
}
