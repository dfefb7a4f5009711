import { describe, expect, it } from 'vitest';
import { TEXT_METRICS } from '../../src/evaluate/metrics/names.js';
import {
  TEXT_STATISTIC_TERMS,
  textCorpusStatistics,
  textMeanTerms,
  textTerms,
  type TextTerms,
} from '../../src/evaluate/metrics/text/index.js';
import type { ShardResult } from '../../src/merge/confusion.js';
import { metricsFromStatistics } from '../../src/merge/sums.js';
import type { MomentSums, Result } from '../../src/result/schema.js';
import { loadTextCases } from '../evaluate/metrics/text-fixtures.js';

/** The `statistics.terms` a text result carries: one moment per mean term or statistics column. */
function termsOf(t: TextTerms): Record<string, MomentSums> {
  const out: Record<string, MomentSums> = {};
  const moments = (values: ArrayLike<number>): MomentSums => {
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < values.length; i++) {
      sum += values[i]!;
      sumSq += values[i]! * values[i]!;
    }
    return { n: values.length, sum, sum_sq: sumSq };
  };
  for (const metric of TEXT_METRICS) {
    const mean = textMeanTerms(t, metric);
    if (mean) out[TEXT_STATISTIC_TERMS[metric]![0]!] = moments(mean);
    const corpus = textCorpusStatistics(t, metric);
    if (corpus)
      TEXT_STATISTIC_TERMS[metric]!.forEach((term, k) => {
        out[term] = moments(Array.from({ length: t.n }, (_, i) => corpus.rows[i * corpus.width + k]!));
      });
  }
  return out;
}

describe('merging text results from their statistics', () => {
  it('three shards give the whole corpus’s metrics (BLEU and chrF from summed n-gram statistics)', () => {
    const c = loadTextCases().find((x) => x.name === 'random-2')!;
    const cuts = [0, 40, 97, c.predictions.length];
    const shards: ShardResult[] = cuts.slice(1).map((end, j) => {
      const t = textTerms(c.predictions.slice(cuts[j], end), c.references.slice(cuts[j], end));
      const metrics = Object.fromEntries(TEXT_METRICS.map((m) => [m, 0]));
      return {
        file: `shard-${j}/result.json`,
        result: { metrics, statistics: { terms: termsOf(t) } } as unknown as Result,
      };
    });
    const merged = metricsFromStatistics(shards, TEXT_METRICS);
    expect(merged.dropped).toEqual([]);
    for (const m of TEXT_METRICS) {
      const expected = c.metrics[m as keyof typeof c.metrics];
      expect(Math.abs(merged.metrics[m]! - expected), m).toBeLessThanOrEqual(1e-9);
    }
  });

  it('a shard without the statistics drops the metric with the reason', () => {
    const shard = {
      file: 'old/result.json',
      result: { metrics: { bleu: 10 }, statistics: { terms: {} } } as unknown as Result,
    };
    const merged = metricsFromStatistics([shard], ['bleu']);
    expect(merged.dropped[0]!.reason).toMatch(/old\/result.json has no statistics.terms.bleu_hyp_len/);
  });
});
