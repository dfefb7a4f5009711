import { describe, expect, it } from 'vitest';
import { pairedBootstrap } from '../../../src/compare/stats/bootstrap.js';
import { pairedCorpusStatisticsBootstrap } from '../../../src/compare/stats/corpus-statistics-bootstrap.js';
import {
  BLEU_STATISTICS,
  bleuFromStatistics,
  CHRF_STATISTICS,
  chrfFromStatistics,
  sumRows,
  textTerms,
} from '../../../src/evaluate/metrics/text/index.js';
import { loadTextCases } from '../../evaluate/metrics/text-fixtures.js';

/**
 * The O(n) paired bootstrap of BLEU / chrF from stored per-example statistics gives exactly the
 * row bootstrap's distribution (same seed, same resamples): each round's BLEU of the weighted
 * statistic sums is the BLEU of the resampled corpus.
 */
describe('paired bootstrap of corpus-statistics metrics', () => {
  const cases = loadTextCases();
  const base = cases.find((c) => c.name === 'random-0')!;
  const cand = cases.find((c) => c.name === 'random-1')!;
  const n = Math.min(base.predictions.length, cand.predictions.length);
  // The candidate's rows in reverse order, paired back by the permutation.
  const tb = textTerms(base.predictions.slice(0, n), base.references.slice(0, n));
  const tc = textTerms(cand.predictions.slice(0, n).reverse(), cand.references.slice(0, n).reverse());
  const permutation = Int32Array.from({ length: n }, (_, i) => n - 1 - i);
  const options = { resamples: 200, seed: 7 };

  for (const [metric, width, score, rows] of [
    ['bleu', BLEU_STATISTICS, bleuFromStatistics, (t: typeof tb) => t.bleu],
    ['chrf', CHRF_STATISTICS, chrfFromStatistics, (t: typeof tb) => t.chrf],
  ] as const) {
    it(`${metric}: the same deltas as the row bootstrap re-scoring each resample`, () => {
      const fast = pairedCorpusStatisticsBootstrap(rows(tb), rows(tc), width, score, permutation, options);
      const evaluator = (t: typeof tb) => (w?: Float64Array) => ({
        [metric]: score(sumRows(rows(t), width, w)),
      });
      const slow = pairedBootstrap(n, [metric], evaluator(tb), evaluator(tc), options, permutation)[metric]!;
      expect(fast.dropped).toBe(slow.dropped);
      expect(fast.deltas.length).toBe(options.resamples);
      for (let i = 0; i < fast.deltas.length; i++)
        expect(Math.abs(fast.deltas[i]! - slow.deltas[i]!)).toBeLessThanOrEqual(1e-9);
    });
  }

  it('identical models give zero deltas', () => {
    const d = pairedCorpusStatisticsBootstrap(
      tb.bleu,
      tb.bleu,
      BLEU_STATISTICS,
      bleuFromStatistics,
      Int32Array.from({ length: n }, (_, i) => i),
      options,
    );
    expect([...d.deltas].every((x) => x === 0)).toBe(true);
  });

  it('refuses statistics of the wrong size', () => {
    expect(() =>
      pairedCorpusStatisticsBootstrap(
        tb.bleu,
        tb.chrf,
        BLEU_STATISTICS,
        bleuFromStatistics,
        permutation,
        options,
      ),
    ).toThrow(RangeError);
  });
});
