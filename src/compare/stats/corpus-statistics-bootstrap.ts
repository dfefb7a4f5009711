import { forEachResample, type BootstrapDistribution, type BootstrapOptions } from './bootstrap.js';

/**
 * The paired bootstrap of a corpus metric that is a function of per-example sufficient
 * statistics summed over the corpus (BLEU, chrF: n-gram match and total counts), as sacrebleu's
 * `--paired-bs` resamples segments. Each round draws the row bootstrap's weights (the same
 * stream as `pairedBootstrap`, so the same resamples) and scores both models from the weighted
 * column sums of their stored statistics: O(n · width) per round, never a re-tokenisation.
 *
 * `baseRows` / `candRows` are n × `width` row-major matrices; `permutation[i]` is the candidate
 * row paired with baseline row i. `score` maps summed statistics to the metric (a non-finite
 * value drops the round, as the row bootstrap does).
 */
export function pairedCorpusStatisticsBootstrap(
  baseRows: Float64Array,
  candRows: Float64Array,
  width: number,
  score: (sums: Float64Array) => number,
  permutation: Int32Array,
  options: BootstrapOptions,
): BootstrapDistribution {
  const n = permutation.length;
  if (baseRows.length !== n * width || candRows.length !== n * width)
    throw new RangeError(`expected ${n} rows of ${width} statistics on each side`);
  const sumsB = new Float64Array(width);
  const sumsC = new Float64Array(width);
  const deltas = new Float64Array(options.resamples);
  let kept = 0;
  forEachResample(n, options, (w) => {
    sumsB.fill(0);
    sumsC.fill(0);
    for (let i = 0; i < n; i++) {
      const wi = w[i]!;
      if (wi === 0) continue;
      const b = i * width;
      const c = permutation[i]! * width;
      for (let k = 0; k < width; k++) {
        sumsB[k]! += wi * baseRows[b + k]!;
        sumsC[k]! += wi * candRows[c + k]!;
      }
    }
    const delta = score(sumsC) - score(sumsB);
    if (Number.isFinite(delta)) deltas[kept++] = delta;
  });
  return { deltas: deltas.slice(0, kept), dropped: options.resamples - kept };
}
