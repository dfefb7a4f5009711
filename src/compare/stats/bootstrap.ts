import { Rng } from './prng.js';
import { quantileSorted } from './quantile.js';

/** All metrics of one model for the rows with the given integer weights (resample counts). */
export type MetricEvaluator = (weights?: Float64Array) => Record<string, number | null>;

export interface BootstrapOptions {
  resamples: number;
  seed: number;
}

/**
 * Draws `resamples` index resamples of size n as weight vectors (weight[i] = how often row i was
 * drawn) in a fixed order — round by round, n draws of Lemire's unbiased integer from one
 * xoshiro128** stream — and calls `visit` with each. The vector is reused between rounds.
 */
export function forEachResample(
  n: number,
  options: BootstrapOptions,
  visit: (weights: Float64Array, round: number) => void,
  rng: Rng = new Rng(options.seed),
): void {
  const weights = new Float64Array(n);
  for (let round = 0; round < options.resamples; round++) {
    weights.fill(0);
    for (let i = 0; i < n; i++) weights[rng.nextInt(n)] += 1;
    visit(weights, round);
  }
}

export interface BootstrapDistribution {
  /** Δ* = M_cand(x*) − M_base(x*) per round where both were defined, in round order. */
  deltas: Float64Array;
  /** Rounds where the metric was undefined (null) on either side and so were dropped. */
  dropped: number;
}

/**
 * Paired bootstrap (reference): each round scores both models on the same resampled rows.
 * `permutation[i]` is the candidate row aligned with baseline row i (identity when omitted).
 */
export function pairedBootstrap(
  n: number,
  metrics: readonly string[],
  baseline: MetricEvaluator,
  candidate: MetricEvaluator,
  options: BootstrapOptions,
  permutation?: Int32Array,
): Record<string, BootstrapDistribution> {
  const out = collector(metrics, options.resamples);
  const candWeights = permutation ? new Float64Array(n) : null;
  forEachResample(n, options, (w) => {
    let wc = w;
    if (candWeights && permutation) {
      for (let i = 0; i < n; i++) candWeights[permutation[i]] = w[i];
      wc = candWeights;
    }
    out.add(baseline(w), candidate(wc));
  });
  return out.result();
}

/**
 * Unpaired bootstrap: each round resamples the baseline's n₁ rows and the candidate's n₂ rows
 * independently (baseline first, then candidate, from one stream).
 */
export function unpairedBootstrap(
  nBaseline: number,
  nCandidate: number,
  metrics: readonly string[],
  baseline: MetricEvaluator,
  candidate: MetricEvaluator,
  options: BootstrapOptions,
): Record<string, BootstrapDistribution> {
  const out = collector(metrics, options.resamples);
  const rng = new Rng(options.seed);
  const wb = new Float64Array(nBaseline);
  const wc = new Float64Array(nCandidate);
  for (let round = 0; round < options.resamples; round++) {
    wb.fill(0);
    for (let i = 0; i < nBaseline; i++) wb[rng.nextInt(nBaseline)] += 1;
    wc.fill(0);
    for (let i = 0; i < nCandidate; i++) wc[rng.nextInt(nCandidate)] += 1;
    out.add(baseline(wb), candidate(wc));
  }
  return out.result();
}

function collector(metrics: readonly string[], resamples: number) {
  const buffers = metrics.map(() => new Float64Array(resamples));
  const counts = metrics.map(() => 0);
  const dropped = metrics.map(() => 0);
  return {
    add(base: Record<string, number | null>, cand: Record<string, number | null>) {
      metrics.forEach((m, j) => {
        const b = base[m];
        const c = cand[m];
        if (
          b === null ||
          b === undefined ||
          c === null ||
          c === undefined ||
          !Number.isFinite(b) ||
          !Number.isFinite(c)
        )
          dropped[j]++;
        else buffers[j][counts[j]++] = c - b;
      });
    },
    result(): Record<string, BootstrapDistribution> {
      const r: Record<string, BootstrapDistribution> = {};
      metrics.forEach((m, j) => {
        r[m] = { deltas: buffers[j].slice(0, counts[j]), dropped: dropped[j] };
      });
      return r;
    },
  };
}

/** Percentile interval: the α/2 and 1 − α/2 quantiles of Δ* (numpy 'linear'). */
export function percentileInterval(deltas: Float64Array, alpha: number): [number, number] | null {
  if (deltas.length === 0) return null;
  const sorted = deltas.slice().sort();
  return [quantileSorted(sorted, alpha / 2), quantileSorted(sorted, 1 - alpha / 2)];
}

/**
 * One-sided bootstrap p-value for "worse than the baseline by more than `tolerance`" (reference):
 * higher-is-better: (#(Δ* ≥ −δ) + 1)/(B + 1); lower-is-better: (#(Δ* ≤ δ) + 1)/(B + 1).
 */
export function bootstrapPValue(
  deltas: Float64Array,
  tolerance: number,
  higherIsBetter: boolean,
): number | null {
  const B = deltas.length;
  if (B === 0) return null;
  let count = 0;
  if (higherIsBetter) {
    for (let i = 0; i < B; i++) if (deltas[i] >= -tolerance) count++;
  } else {
    for (let i = 0; i < B; i++) if (deltas[i] <= tolerance) count++;
  }
  return (count + 1) / (B + 1);
}
