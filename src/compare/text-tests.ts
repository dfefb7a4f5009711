/**
 * The paired tests and example changes of `--task text` comparisons, from the per-example rows
 * of both sidecars (`TextData.terms`):
 * - `exact_match` (0/1 per example): the discordant counts for McNemar (accuracy-test.ts);
 * - `token_f1`, `rouge1/2/l` (means of per-example terms): paired z on the differences;
 * - `bleu`, `chrf` (functions of summed n-gram statistics): the paired bootstrap over examples on
 *   the per-example statistics (`pairedCorpusStatisticsBootstrap`, O(n) a round, seeded), as
 *   sacrebleu's `--paired-bs`.
 * Without pairing, the unpaired tests read `result.statistics` (unpaired-tests.ts).
 */
import { idAt, type TextData } from '../result/evaluation-data.js';
import { metricDeclaration } from '../registry/metrics.js';
import type { ExampleChange, ScoreDistribution } from '../result/schema.js';
import {
  textCorpusRows,
  textMeanColumn,
  TEXT_TERM_WIDTH,
  BLEU_OFFSET,
  CHRF_OFFSET,
} from '../evaluate/metrics/text/text-rows.js';
import { bleuFromStatistics } from '../evaluate/metrics/text/bleu.js';
import { chrfFromStatistics } from '../evaluate/metrics/text/chrf.js';
import { BLEU_STATISTICS } from '../evaluate/metrics/text/bleu.js';
import { CHRF_STATISTICS } from '../evaluate/metrics/text/chrf.js';
import type { BootstrapOptions } from './stats/bootstrap.js';
import { pairedCorpusStatisticsBootstrap } from './stats/corpus-statistics-bootstrap.js';
import { pairedMeanDifference } from './stats/paired-mean.js';
import type { PairedOutcome, PairedTests } from './paired-tests.js';

/** Examples of each kind the reports list. */
const MAX_CHANGES = 10;

/** The shape-chosen paired test of each gated text metric; `exact_match` is left to McNemar. */
export function textPairedTests(
  base: TextData,
  cand: TextData,
  permutation: Int32Array,
  metrics: readonly string[],
  options: BootstrapOptions,
): PairedTests {
  const outcomes = new Map<string, PairedOutcome>();
  const leftover: string[] = [];
  for (const metric of metrics) {
    const shape = metricDeclaration(metric)?.shape;
    if (shape === 'mean') {
      const b = textMeanColumn(base.terms, metric);
      const c = textMeanColumn(cand.terms, metric);
      if (b && c)
        outcomes.set(metric, {
          kind: 'analytic',
          test: 'paired-z',
          estimate: pairedMeanDifference(b, c, permutation),
        });
    } else if (shape === 'corpus-statistics') {
      const b = textCorpusRows(base.terms, metric);
      const c = textCorpusRows(cand.terms, metric);
      if (b && c && base.n > 0)
        outcomes.set(metric, {
          kind: 'bootstrap',
          test: 'paired-bootstrap',
          distribution: pairedCorpusStatisticsBootstrap(
            b.rows,
            c.rows,
            b.width,
            b.score,
            permutation,
            options,
          ),
        });
    }
    // mean-binary (exact_match): McNemar from `textDiscordant`; nothing is left to a row bootstrap.
  }
  return { outcomes, leftover };
}

/** Exact-match flips of paired examples: b right→wrong, c wrong→right, and the first ids of each. */
export function textDiscordant(
  base: TextData,
  cand: TextData,
  permutation: Int32Array,
): { b: number; c: number; rightToWrongIds: string[]; wrongToRightIds: string[] } {
  let b = 0;
  let c = 0;
  const r2w: string[] = [];
  const w2r: string[] = [];
  for (let i = 0; i < base.n; i++) {
    const was = base.terms[i * TEXT_TERM_WIDTH] === 1;
    const now = cand.terms[permutation[i]! * TEXT_TERM_WIDTH] === 1;
    if (was && !now) {
      b++;
      if (r2w.length < MAX_CHANGES) r2w.push(idAt(base, i) ?? `#${i + 1}`);
    } else if (!was && now) {
      c++;
      if (w2r.length < MAX_CHANGES) w2r.push(idAt(base, i) ?? `#${i + 1}`);
    }
  }
  return { b, c, rightToWrongIds: r2w, wrongToRightIds: w2r };
}

/** Example i's own score under `metric`: its term, or the corpus formula on its statistics alone. */
function exampleScore(rows: Float64Array, i: number, metric: string): number {
  const o = i * TEXT_TERM_WIDTH;
  if (metric === 'bleu')
    return bleuFromStatistics(rows.subarray(o + BLEU_OFFSET, o + BLEU_OFFSET + BLEU_STATISTICS));
  if (metric === 'chrf')
    return chrfFromStatistics(rows.subarray(o + CHRF_OFFSET, o + CHRF_OFFSET + CHRF_STATISTICS));
  const k = ['exact_match', 'token_f1', 'rouge1', 'rouge2', 'rouge_l'].indexOf(metric);
  return rows[o + k]!;
}

/**
 * The examples the reports show: those that lost an exact match (in row order), then the largest
 * per-example drops of the first gated metric other than exact_match (sentence-level BLEU/chrF
 * for a corpus metric; ties by row order), at most `MAX_CHANGES` each.
 */
export function textExampleChanges(
  base: TextData,
  cand: TextData,
  permutation: Int32Array,
  gated: readonly string[],
): ExampleChange[] {
  const out: ExampleChange[] = [];
  const change = (
    i: number,
    kind: ExampleChange['kind'],
    metric: string,
    b: number,
    c: number,
  ): ExampleChange => {
    const j = permutation[i]!;
    return {
      id: idAt(base, i) ?? `#${i + 1}`,
      kind,
      metric,
      baseline: b,
      candidate: c,
      prediction: cand.excerpts.prediction[j] ?? '',
      baseline_prediction: base.excerpts.prediction[i] ?? '',
      reference: base.excerpts.reference[i] ?? '',
    };
  };
  for (let i = 0; i < base.n && out.length < MAX_CHANGES; i++)
    if (base.terms[i * TEXT_TERM_WIDTH] === 1 && cand.terms[permutation[i]! * TEXT_TERM_WIDTH] !== 1)
      out.push(change(i, 'right-to-wrong', 'exact_match', 1, 0));
  const metric =
    gated.find((m) => m !== 'exact_match' && metricDeclaration(m)?.tasks.includes('text')) ?? 'token_f1';
  const drops: { i: number; b: number; c: number; d: number }[] = [];
  for (let i = 0; i < base.n; i++) {
    const b = exampleScore(base.terms, i, metric);
    const c = exampleScore(cand.terms, permutation[i]!, metric);
    const d = b - c;
    if (!(d > 0)) continue;
    // Keep the MAX_CHANGES largest so far (a small sorted list: O(n) overall).
    if (drops.length === MAX_CHANGES && d <= drops[drops.length - 1]!.d) continue;
    let at = drops.length;
    while (at > 0 && drops[at - 1]!.d < d) at--;
    drops.splice(at, 0, { i, b, c, d });
    if (drops.length > MAX_CHANGES) drops.pop();
  }
  for (const x of drops) out.push(change(x.i, 'worst', metric, x.b, x.c));
  return out;
}

/** Bins of the report's histogram. */
const BINS = 20;

/**
 * The per-example score distribution of the first gated text metric (sentence-level for BLEU and
 * chrF) on each side, in `BINS` equal bins over the metric's range (the last bin closed).
 */
export function textScoreDistribution(
  base: TextData | null,
  cand: TextData,
  gated: readonly string[],
): ScoreDistribution {
  const metric = gated.find((m) => metricDeclaration(m)?.tasks.includes('text')) ?? 'token_f1';
  const hi = metricDeclaration(metric)?.range?.[1] ?? 1;
  const edges = Array.from({ length: BINS + 1 }, (_, k) => (k * hi) / BINS);
  const counts = (d: TextData): number[] => {
    const c = new Array<number>(BINS).fill(0);
    for (let i = 0; i < d.n; i++) {
      const v = exampleScore(d.terms, i, metric);
      if (!Number.isFinite(v)) continue;
      const k = Math.min(BINS - 1, Math.max(0, Math.floor((v / hi) * BINS)));
      c[k] = c[k]! + 1;
    }
    return c;
  };
  return { metric, edges, baseline: base ? counts(base) : null, candidate: counts(cand) };
}
