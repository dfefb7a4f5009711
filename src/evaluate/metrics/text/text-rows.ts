import { sumOf } from '../../../util/sum.js';
import { BLEU_STATISTICS, bleuFromStatistics } from './bleu.js';
import { CHRF_STATISTICS, chrfFromStatistics } from './chrf.js';
import { TEXT_STATISTIC_TERMS, type TextMetricValues, type TextTerms } from './index.js';

/**
 * One row of numbers per example: everything the text metrics, their paired tests, the
 * sidecar and merge need, so that nothing downstream of the reader holds the text. Columns:
 * the five mean-shaped terms (`TEXT_MEAN_METRICS` order), then BLEU's `BLEU_STATISTICS`
 * sufficient statistics, then chrF's `CHRF_STATISTICS`.
 */
export const TEXT_MEAN_METRICS = ['exact_match', 'token_f1', 'rouge1', 'rouge2', 'rouge_l'] as const;
export const BLEU_OFFSET = TEXT_MEAN_METRICS.length;
export const CHRF_OFFSET = BLEU_OFFSET + BLEU_STATISTICS;
export const TEXT_TERM_WIDTH = CHRF_OFFSET + CHRF_STATISTICS;
export const TEXT_METRICS = [
  'exact_match',
  'token_f1',
  'bleu',
  'chrf',
  'rouge1',
  'rouge2',
  'rouge_l',
] as const;

/** Appends `terms` (a batch of `terms.n` examples) to `out` at row `at`. */
export function packTextTerms(terms: TextTerms, out: Float64Array, at: number): void {
  const w = TEXT_TERM_WIDTH;
  const means = [terms.exactMatch, terms.tokenF1, terms.rouge1, terms.rouge2, terms.rougeL];
  for (let i = 0; i < terms.n; i++) {
    const o = (at + i) * w;
    for (let k = 0; k < means.length; k++) out[o + k] = means[k]![i]!;
    for (let k = 0; k < BLEU_STATISTICS; k++) out[o + BLEU_OFFSET + k] = terms.bleu[i * BLEU_STATISTICS + k]!;
    for (let k = 0; k < CHRF_STATISTICS; k++) out[o + CHRF_OFFSET + k] = terms.chrf[i * CHRF_STATISTICS + k]!;
  }
}

/** Column `k` of the n rows. */
export function textColumn(rows: Float64Array, k: number): Float64Array {
  const n = rows.length / TEXT_TERM_WIDTH;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rows[i * TEXT_TERM_WIDTH + k]!;
  return out;
}

/** The per-example terms of a mean-shaped text metric, or null for another metric. */
export function textMeanColumn(rows: Float64Array, metric: string): Float64Array | null {
  const k = (TEXT_MEAN_METRICS as readonly string[]).indexOf(metric);
  return k < 0 ? null : textColumn(rows, k);
}

/** A corpus-statistics metric's rows (n × width, row-major), width and score; null for another. */
export function textCorpusRows(
  rows: Float64Array,
  metric: string,
): { rows: Float64Array; width: number; score: (sums: ArrayLike<number>) => number } | null {
  const spec =
    metric === 'bleu'
      ? {
          offset: BLEU_OFFSET,
          width: BLEU_STATISTICS,
          score: (s: ArrayLike<number>) => bleuFromStatistics(s),
        }
      : metric === 'chrf'
        ? {
            offset: CHRF_OFFSET,
            width: CHRF_STATISTICS,
            score: (s: ArrayLike<number>) => chrfFromStatistics(s),
          }
        : null;
  if (!spec) return null;
  const n = rows.length / TEXT_TERM_WIDTH;
  const out = new Float64Array(n * spec.width);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < spec.width; k++)
      out[i * spec.width + k] = rows[i * TEXT_TERM_WIDTH + spec.offset + k]!;
  return { rows: out, width: spec.width, score: spec.score };
}

/** Column sums of the rows (each statistic and term summed over the corpus). */
function columnSums(rows: Float64Array, from: number, width: number): Float64Array {
  const n = rows.length / TEXT_TERM_WIDTH;
  const sums = new Float64Array(width);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < width; k++) sums[k]! += rows[i * TEXT_TERM_WIDTH + from + k]!;
  return sums;
}

/** The corpus values of the rows (null for none), as `textMetricValues` gives for the same examples. */
export function textMetricsOfRows(rows: Float64Array): TextMetricValues {
  const n = rows.length / TEXT_TERM_WIDTH;
  const mean = (k: number): number | null => (n === 0 ? null : sumOf(textColumn(rows, k)) / n);
  return {
    exact_match: mean(0),
    token_f1: mean(1),
    bleu: n === 0 ? null : bleuFromStatistics(columnSums(rows, BLEU_OFFSET, BLEU_STATISTICS)),
    chrf: n === 0 ? null : chrfFromStatistics(columnSums(rows, CHRF_OFFSET, CHRF_STATISTICS)),
    rouge1: mean(2),
    rouge2: mean(3),
    rouge_l: mean(4),
  };
}

/**
 * The per-example influence of each example on a corpus metric: g_i = ∇f(s̄) · s_i, with f the
 * metric as a function of the mean statistics s̄ (BLEU and chrF are ratios of sums, so f(S) =
 * f(S / n)). The sample variance of g over n is ∇fᵀ Σ ∇f / n, the delta method's variance of the
 * corpus score: stored as `statistics.terms.<metric>_influence`, it gives a bare result.json
 * baseline (no sidecar) an unpaired test of BLEU/chrF. The gradient is a central difference (a
 * relative step, forward where a statistic is 0: smoothing makes f kink there).
 */
export function corpusInfluence(rows: Float64Array, metric: 'bleu' | 'chrf'): Float64Array | null {
  const c = textCorpusRows(rows, metric)!;
  const n = rows.length / TEXT_TERM_WIDTH;
  if (n === 0) return null;
  const mean = new Float64Array(c.width);
  for (let i = 0; i < n; i++) for (let k = 0; k < c.width; k++) mean[k]! += c.rows[i * c.width + k]! / n;
  const f0 = c.score(mean);
  if (!Number.isFinite(f0)) return null;
  const grad = new Float64Array(c.width);
  const probe = Float64Array.from(mean);
  for (let k = 0; k < c.width; k++) {
    const h = Math.max(Math.abs(mean[k]!), 1e-3) * 1e-5;
    probe[k] = mean[k]! + h;
    const up = c.score(probe);
    if (mean[k]! - h > 0) {
      probe[k] = mean[k]! - h;
      grad[k] = (up - c.score(probe)) / (2 * h);
    } else grad[k] = (up - f0) / h;
    probe[k] = mean[k]!;
    if (!Number.isFinite(grad[k]!)) grad[k] = 0;
  }
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < c.width; k++) s += grad[k]! * c.rows[i * c.width + k]!;
    g[i] = s;
  }
  return g;
}

/**
 * The `statistics.terms` of text rows, by name: the mean-shaped metrics' own terms, one per BLEU
 * and chrF statistic (`TEXT_STATISTIC_TERMS`, what merge sums), and the corpus metrics' influence
 * terms (`corpusInfluence`, what an unpaired test reads).
 */
export function textStatisticColumns(rows: Float64Array): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  TEXT_MEAN_METRICS.forEach((m, k) => out.set(m, textColumn(rows, k)));
  TEXT_STATISTIC_TERMS.bleu!.forEach((t, k) => out.set(t, textColumn(rows, BLEU_OFFSET + k)));
  TEXT_STATISTIC_TERMS.chrf!.forEach((t, k) => out.set(t, textColumn(rows, CHRF_OFFSET + k)));
  for (const m of ['bleu', 'chrf'] as const) {
    const g = corpusInfluence(rows, m);
    if (g) out.set(`${m}_influence`, g);
  }
  return out;
}
