/** Run statistics: summaries, numpy-linear percentiles and hyperfine's outlier checks. */
import type { SummaryStats } from '../result/schema.js';
import { sumOf } from '../util/sum.js';

/** numpy's default (linear, "type 7") percentile of already sorted values; q in [0, 100]. */
export function percentileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = ((n - 1) * q) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values as ArrayLike<number>).sort();
}

export function median(values: ArrayLike<number>): number {
  return percentileSorted(sortedCopy(values), 50);
}

/** median, mean, sample standard deviation (n − 1; 0 for a single value), min, max, n. */
export function summarize(values: ArrayLike<number>): SummaryStats {
  const n = values.length;
  if (n === 0) throw new Error('summarize: no values');
  const sorted = sortedCopy(values);
  const mean = sumOf(sorted) / n;
  let stddev = 0;
  if (n > 1) {
    const sq = new Float64Array(n);
    for (let i = 0; i < n; i++) sq[i] = (sorted[i] - mean) ** 2;
    stddev = Math.sqrt(sumOf(sq) / (n - 1));
  }
  return {
    median: percentileSorted(sorted, 50),
    mean,
    stddev,
    min: sorted[0],
    max: sorted[n - 1],
    n,
  };
}

/** hyperfine's threshold: 10 robust standard deviations, as a modified z-score (1.4826 · 10). */
export const OUTLIER_THRESHOLD = 14.826;

/**
 * hyperfine's modified z-scores: (x − median) / (1.4826 · MAD), MAD = median absolute deviation
 * (1.4826 · MAD estimates the standard deviation of normal data). Null when MAD is 0.
 */
export function modifiedZScores(values: ArrayLike<number>): number[] | null {
  const m = median(values);
  const dev = Array.from(values as ArrayLike<number>, (x) => Math.abs(x - m));
  const mad = median(dev);
  if (!(mad > 0)) return null;
  return Array.from(values as ArrayLike<number>, (x) => (x - m) / (1.4826 * mad));
}

/**
 * hyperfine's two warnings on the measured wall times (in run order): the first run much slower
 * than the rest (modified z-score > 14.826 → suggest --warmup), else any outlier (|z| > 14.826).
 */
export function wallTimeWarnings(wall: readonly number[], warmup: number): string[] {
  if (wall.length < 3) return [];
  const z = modifiedZScores(wall);
  if (!z) return [];
  if (z[0] > OUTLIER_THRESHOLD) {
    const rest = median(wall.slice(1));
    return [
      `The first measured run was much slower than the rest (${wall[0].toFixed(3)} s vs a median of ` +
        `${rest.toFixed(3)} s). Caches (files, JIT, GPU kernels) may not have been warm: consider ` +
        `${warmup > 0 ? 'more warm-up runs' : 'warm-up runs'} (--warmup ${Math.max(2, warmup + 1)}).`,
    ];
  }
  const outliers = z.map((s, i) => [s, i] as const).filter(([s]) => Math.abs(s) > OUTLIER_THRESHOLD);
  if (outliers.length === 0) return [];
  return [
    `Statistical outliers in the wall times (run ${outliers.map(([, i]) => i + 1).join(', ')}: more than ` +
      `10 robust standard deviations from the median, hyperfine's modified z-score > 14.826). Other ` +
      `programs may have interfered; consider re-running on a quieter machine or with --warmup.`,
  ];
}
