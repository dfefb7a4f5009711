import { sumOf } from '../../../util/sum.js';
import { BLEU_STATISTICS, bleuFromStatistics, bleuSegmentStatistics } from './bleu.js';
import { CHRF_STATISTICS, chrfFromStatistics, chrfSegmentStatistics } from './chrf.js';
import { rougeScores } from './rouge.js';
import { squadScores } from './squad.js';

export { BLEU_STATISTICS, bleuFromStatistics } from './bleu.js';
export { CHRF_STATISTICS, chrfFromStatistics } from './chrf.js';

/**
 * The text-generation metrics of a corpus: per-example terms and sufficient statistics, and the
 * corpus values. `exact_match`, `token_f1` and the ROUGE F-measures are means of per-example
 * terms (0–1); `bleu` and `chrf` (0–100) are functions of the per-example statistics summed
 * over the corpus (rows of `bleu` / `chrf`, `BLEU_STATISTICS` / `CHRF_STATISTICS` wide), so any
 * subset, merge or resample re-sums rows instead of re-tokenising.
 */
export interface TextTerms {
  n: number;
  exactMatch: Float64Array;
  tokenF1: Float64Array;
  rouge1: Float64Array;
  rouge2: Float64Array;
  rougeL: Float64Array;
  /** n × BLEU_STATISTICS, row-major. */
  bleu: Float64Array;
  /** n × CHRF_STATISTICS, row-major. */
  chrf: Float64Array;
}

export function textTerms(
  predictions: readonly string[],
  references: readonly (readonly string[])[],
): TextTerms {
  const n = predictions.length;
  if (references.length !== n)
    throw new RangeError(`${n} predictions but ${references.length} reference lists`);
  const t: TextTerms = {
    n,
    exactMatch: new Float64Array(n),
    tokenF1: new Float64Array(n),
    rouge1: new Float64Array(n),
    rouge2: new Float64Array(n),
    rougeL: new Float64Array(n),
    bleu: new Float64Array(n * BLEU_STATISTICS),
    chrf: new Float64Array(n * CHRF_STATISTICS),
  };
  for (let i = 0; i < n; i++) {
    const pred = predictions[i]!;
    const refs = references[i]!;
    const squad = squadScores(pred, refs);
    t.exactMatch[i] = squad.exactMatch;
    t.tokenF1[i] = squad.tokenF1;
    const rouge = rougeScores(pred, refs);
    t.rouge1[i] = rouge.rouge1;
    t.rouge2[i] = rouge.rouge2;
    t.rougeL[i] = rouge.rougeL;
    bleuSegmentStatistics(pred, refs, t.bleu, i * BLEU_STATISTICS);
    chrfSegmentStatistics(pred, refs, t.chrf, i * CHRF_STATISTICS);
  }
  return t;
}

/** Column sums of an n × width row-major matrix, for the rows where `weights` (if any) is > 0. */
export function sumRows(rows: Float64Array, width: number, weights?: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(width);
  const n = rows.length / width;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i]! : 1;
    if (w === 0) continue;
    for (let k = 0; k < width; k++) sums[k]! += w * rows[i * width + k]!;
  }
  return sums;
}

function mean(values: Float64Array): number | null {
  if (values.length === 0) return null;
  return sumOf(values) / values.length;
}

export type TextMetricValues = Record<
  'exact_match' | 'token_f1' | 'bleu' | 'chrf' | 'rouge1' | 'rouge2' | 'rouge_l',
  number | null
>;

/** The corpus metrics of `terms` (null for an empty corpus). */
export function textMetricValues(terms: TextTerms): TextMetricValues {
  const empty = terms.n === 0;
  return {
    exact_match: mean(terms.exactMatch),
    token_f1: mean(terms.tokenF1),
    bleu: empty ? null : bleuFromStatistics(sumRows(terms.bleu, BLEU_STATISTICS)),
    chrf: empty ? null : chrfFromStatistics(sumRows(terms.chrf, CHRF_STATISTICS)),
    rouge1: mean(terms.rouge1),
    rouge2: mean(terms.rouge2),
    rouge_l: mean(terms.rougeL),
  };
}

/**
 * The per-example terms of a mean-shaped text metric (exact_match: 0/1, token_f1, the ROUGE
 * F-measures), which its paired test (McNemar, paired z) and any merge or slice average; null for
 * a metric that is not one of them.
 */
export function textMeanTerms(terms: TextTerms, metric: string): Float64Array | null {
  switch (metric) {
    case 'exact_match':
      return terms.exactMatch;
    case 'token_f1':
      return terms.tokenF1;
    case 'rouge1':
      return terms.rouge1;
    case 'rouge2':
      return terms.rouge2;
    case 'rouge_l':
      return terms.rougeL;
    default:
      return null;
  }
}

/** A corpus-statistics text metric's per-example rows, their width and the score of their sums. */
export interface TextCorpusStatistics {
  rows: Float64Array;
  width: number;
  score: (sums: ArrayLike<number>) => number;
}

export function textCorpusStatistics(terms: TextTerms, metric: string): TextCorpusStatistics | null {
  if (metric === 'bleu')
    return { rows: terms.bleu, width: BLEU_STATISTICS, score: (s) => bleuFromStatistics(s) };
  if (metric === 'chrf')
    return { rows: terms.chrf, width: CHRF_STATISTICS, score: (s) => chrfFromStatistics(s) };
  return null;
}

/**
 * The `statistics.terms` (result.json) each text metric is merged from. A mean-shaped metric is
 * its own per-example term; BLEU and chrF are one term per statistics column (its `sum` is the
 * column's corpus sum), in `bleu` / `chrf` row order.
 */
const BLEU_TERMS = [
  'bleu_hyp_len',
  'bleu_ref_len',
  ...[1, 2, 3, 4].map((n) => `bleu_correct_${n}`),
  ...[1, 2, 3, 4].map((n) => `bleu_total_${n}`),
];
const CHRF_TERMS = [1, 2, 3, 4, 5, 6].flatMap((n) => [`chrf_hyp_${n}`, `chrf_ref_${n}`, `chrf_match_${n}`]);
export const TEXT_STATISTIC_TERMS: Readonly<Record<string, readonly string[]>> = {
  exact_match: ['exact_match'],
  token_f1: ['token_f1'],
  bleu: BLEU_TERMS,
  chrf: CHRF_TERMS,
  rouge1: ['rouge1'],
  rouge2: ['rouge2'],
  rouge_l: ['rouge_l'],
};

/** BLEU or chrF from the corpus sums of its `TEXT_STATISTIC_TERMS` (null for an empty corpus). */
export function corpusScoreFromTermSums(metric: string, sums: readonly number[], n: number): number | null {
  if (n === 0) return null;
  if (metric === 'bleu') return bleuFromStatistics(sums);
  if (metric === 'chrf') return chrfFromStatistics(sums);
  throw new RangeError(`${metric} is not a corpus-statistics text metric`);
}
