/**
 * The ranking task's scoring: a run joined with its qrels query by query, each query's documents
 * ranked as trec_eval 9.0.x ranks them, and the per-query metrics of
 * src/evaluate/metrics/retrieval.ts averaged over the evaluated queries.
 *
 * trec_eval's choices, kept exactly:
 * - the rank column of the run is ignored: documents are ranked by score, descending, the score
 *   first rounded to a 32-bit float (trec_eval stores it in a C `float`, so scores that differ
 *   only beyond float precision tie); ties go to the greater document id (byte order, strcmp),
 *   i.e. document ids descending;
 * - the evaluated queries are those with both run rows and qrels (its default; `-c` is not
 *   offered); a query judged but not retrieved, or retrieved but not judged, is left out, and
 *   the counts are warned;
 * - the mean over queries is the plain mean of the per-query values.
 */
import { InputError, UsageError } from '../errors.js';
import { compareCodePoints } from './read/labels.js';
import { showValue } from './read/bytes.js';
import type { QrelsFile, RunFile } from './read/trec.js';
import { NOT_JUDGED, queryMetrics, retrievalMetricNames, trecScore } from './metrics/retrieval.js';
import { sumOf } from '../util/sum.js';

export const DEFAULT_CUTOFFS: readonly number[] = [5, 10, 100];

/** The largest cutoff accepted (trec_eval's are C longs; a run of more documents is unusual). */
const MAX_CUTOFF = 1_000_000;

/** `--cutoffs 5,10,100`: positive integers, distinct; returned ascending. */
export function parseCutoffs(text: string, source = '--cutoffs'): number[] {
  const parts = text.split(',').map((p) => p.trim());
  const values: number[] = [];
  for (const p of parts) {
    if (!/^[1-9]\d*$/.test(p) || Number(p) > MAX_CUTOFF)
      throw new UsageError(
        `${source}: ${JSON.stringify(p)} is not a cutoff; expected positive whole numbers up to ${MAX_CUTOFF}, comma-separated (e.g. 5,10,100).`,
      );
    const k = Number(p);
    if (values.includes(k)) throw new UsageError(`${source}: the cutoff ${k} is given twice.`);
    values.push(k);
  }
  return values.sort((a, b) => a - b);
}

export interface RankingScores {
  /** The evaluated queries, in trec_eval's order (query id, byte order). */
  queries: string[];
  /** Metric names, in `retrievalMetricNames` order. */
  names: string[];
  /** Per-query values, queries × names, row-major. */
  values: Float64Array;
  /** Mean over the queries of each metric. */
  metrics: Record<string, number>;
  /** Counts of left-out queries and unjudged documents. */
  warnings: string[];
  /** Run rows of the evaluated queries. */
  rows: number;
}

/** Scores a run against its qrels (see the module comment for trec_eval's rules). */
export function scoreRanking(run: RunFile, qrels: QrelsFile, cutoffs: readonly number[]): RankingScores {
  const names = retrievalMetricNames(cutoffs);
  const m = names.length;
  const queries = [...run.queries.keys()].filter((q) => qrels.queries.has(q)).sort(compareCodePoints);
  if (queries.length === 0)
    throw new InputError(
      { file: run.file },
      `no query of the run is in the qrels (${qrels.file}): the run has ${run.queries.size} quer${run.queries.size === 1 ? 'y' : 'ies'} ` +
        `(e.g. ${showValue(run.queries.keys().next().value as string)}), the qrels ${qrels.queries.size} ` +
        `(e.g. ${showValue(qrels.queries.keys().next().value as string)}). Check that the two files use the same query ids.`,
    );
  const values = new Float64Array(queries.length * m);
  let rows = 0;
  let unjudged = 0;
  for (let qi = 0; qi < queries.length; qi++) {
    const query = queries[qi];
    const docs = run.queries.get(query)!;
    const judged = qrels.queries.get(query)!;
    rows += docs.docs.length;
    checkDuplicates(run.file, query, docs);
    const order = rankDocuments(docs);
    const rel = new Float64Array(order.length);
    for (let r = 0; r < order.length; r++) {
      const v = judged.relevance.get(docs.docs[order[r]]);
      if (v === undefined) unjudged++;
      rel[r] = v ?? NOT_JUDGED;
    }
    queryMetrics(rel, { counts: levelCounts(judged.relevance) }, cutoffs, values, qi * m);
  }
  const metrics: Record<string, number> = {};
  const column = new Float64Array(queries.length);
  for (let j = 0; j < m; j++) {
    for (let qi = 0; qi < queries.length; qi++) column[qi] = values[qi * m + j];
    metrics[names[j]] = sumOf(column) / queries.length;
  }
  const warnings: string[] = [];
  const runOnly = run.queries.size - queries.length;
  const qrelsOnly = qrels.queries.size - queries.length;
  if (runOnly > 0)
    warnings.push(
      `${runOnly} quer${runOnly === 1 ? 'y' : 'ies'} of the run ${runOnly === 1 ? 'has' : 'have'} no judgements in the qrels and ${runOnly === 1 ? 'is' : 'are'} not evaluated (as trec_eval does).`,
    );
  if (qrelsOnly > 0)
    warnings.push(
      `${qrelsOnly} judged quer${qrelsOnly === 1 ? 'y' : 'ies'} ${qrelsOnly === 1 ? 'is' : 'are'} missing from the run and not evaluated (trec_eval's default; they would count as 0 with trec_eval -c).`,
    );
  if (unjudged > 0)
    warnings.push(
      `${unjudged} retrieved document${unjudged === 1 ? ' is' : 's are'} not in the qrels and count${unjudged === 1 ? 's' : ''} as not relevant.`,
    );
  return { queries, names, values, metrics, warnings, rows };
}

/** Row indexes of a query's documents in trec_eval's rank order. */
export function rankDocuments(docs: { docs: string[]; scores: number[] }): Int32Array {
  const n = docs.docs.length;
  const sims = new Float64Array(n);
  for (let i = 0; i < n; i++) sims[i] = trecScore(docs.scores[i]);
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    const d = sims[b] - sims[a];
    if (d !== 0) return d > 0 ? 1 : -1;
    return compareCodePoints(docs.docs[b], docs.docs[a]);
  });
  return Int32Array.from(order);
}

/** Judged documents per relevance level ≥ 0 (index = level). */
function levelCounts(relevance: Map<string, number>): number[] {
  const counts: number[] = [];
  for (const v of relevance.values())
    if (v >= 0) {
      while (counts.length <= v) counts.push(0);
      counts[v]++;
    }
  return counts;
}

function checkDuplicates(file: string, query: string, q: { docs: string[]; lines: number[] }): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < q.docs.length; i++) {
    const earlier = seen.get(q.docs[i]);
    if (earlier !== undefined)
      throw new InputError(
        { file, line: q.lines[i] },
        `duplicate document: query ${showValue(query)} retrieves ${showValue(q.docs[i])} again (first on line ` +
          `${q.lines[earlier]}). Each document may appear once per query in a run.`,
      );
    seen.set(q.docs[i], i);
  }
}
