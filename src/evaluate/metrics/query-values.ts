/**
 * A ranking result's examples are its queries, each holding its value of every metric
 * (`RankingData`, from src/evaluate/ranking.ts): every ranking metric is the mean of its
 * per-query values. These are the reads the sidecar's consumers need — one metric's column (the
 * paired tests' per-example terms) and the (weighted) means (the bootstrap's evaluator, the
 * baseline's reconciliation).
 */
import type { RankingData } from '../../result/evaluation-data.js';
import { CompensatedSum, sumOf } from '../../util/sum.js';

/** The per-query values of `metric`, or null when the data does not carry it. */
export function queryColumn(data: RankingData, metric: string): Float64Array | null {
  const j = data.metrics.indexOf(metric);
  if (j < 0) return null;
  const m = data.metrics.length;
  const out = new Float64Array(data.n);
  for (let q = 0; q < data.n; q++) out[q] = data.values[q * m + j];
  return out;
}

/**
 * Each metric's mean over the queries, each query weighted by `weights[q]` (a bootstrap
 * resample's counts) or 1; null when the weights sum to 0.
 */
export function queryMeans(data: RankingData, weights?: Float64Array): Record<string, number | null> {
  const m = data.metrics.length;
  const out: Record<string, number | null> = {};
  const total = weights ? sumOf(weights) : data.n;
  for (let j = 0; j < m; j++) {
    const sum = new CompensatedSum();
    for (let q = 0; q < data.n; q++) {
      const v = data.values[q * m + j];
      sum.add(weights ? weights[q] * v : v);
    }
    out[data.metrics[j]] = total > 0 ? sum.value / total : null;
  }
  return out;
}
