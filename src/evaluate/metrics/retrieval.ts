/**
 * Ranking (retrieval) metrics per query, as trec_eval 9.0.x computes them: `map`, `recip_rank`
 * (here `mrr`), `ndcg`, `ndcg_cut_k` (`ndcg@k`), `P_k` (`precision@k`) and `recall_k`
 * (`recall@k`). The input of one query is its retrieved documents' relevance in rank order
 * (`rankRelevance`) and the count of judged documents at each relevance level.
 *
 * trec_eval's definitions, restated (its default relevance level is 1):
 * - a document is relevant when its judged relevance is ≥ 1; retrieved documents missing from the
 *   qrels, or judged negative, are not relevant and gain nothing;
 * - `num_rel` counts every judged document of the query at level ≥ 1, retrieved or not;
 * - map = Σ over relevant retrieved docs of (relevant so far / rank), ÷ num_rel (0 when none);
 * - recip_rank = 1 / rank of the first relevant document (0 when none);
 * - P_k = relevant in the top min(k, retrieved) ÷ k (missing ranks count as non-relevant);
 * - recall_k = relevant in the top k ÷ num_rel (0 when num_rel is 0);
 * - ndcg: gain = the relevance level, discount log2(rank + 1), normalised by the ideal DCG of
 *   every judged document sorted by level (ndcg over all retrieved ranks, the ideal over every
 *   judged relevant document); ndcg_cut_k cuts both at k. 0 when the ideal DCG is 0.
 * The sums run rank by rank in plain double arithmetic as in trec_eval's C, so the values agree
 * to the last bits, not only to 1e-9.
 */

/** Relevance of a retrieved document absent from the qrels (trec_eval's RELVALUE_NONPOOL). */
export const NOT_JUDGED = -1;

/** The metric names for `cutoffs` (ascending, distinct, positive), in report order. */
export function retrievalMetricNames(cutoffs: readonly number[]): string[] {
  return [
    'map',
    'mrr',
    'ndcg',
    ...cutoffs.map((k) => `ndcg@${k}`),
    ...cutoffs.map((k) => `precision@${k}`),
    ...cutoffs.map((k) => `recall@${k}`),
  ];
}

/** A query's judged documents, counted by relevance level (levels ≥ 0; negatives are not levels). */
export interface RelevanceLevels {
  /** `counts[level]` = judged documents at that level (index 0 = judged non-relevant). */
  counts: readonly number[];
}

/**
 * Writes a query's metrics, in `retrievalMetricNames(cutoffs)` order, to `out[at…]`.
 * `rankRelevance[i]` is the relevance of the document at rank i + 1 (`NOT_JUDGED`, or the qrels
 * value, possibly negative).
 */
export function queryMetrics(
  rankRelevance: ArrayLike<number>,
  levels: RelevanceLevels,
  cutoffs: readonly number[],
  out: Float64Array,
  at: number,
): void {
  const retrieved = rankRelevance.length;
  const counts = levels.counts;
  let numRel = 0;
  for (let level = 1; level < counts.length; level++) numRel += counts[level];

  // map and recip_rank.
  let relSoFar = 0;
  let apSum = 0;
  let firstRelevant = -1;
  for (let i = 0; i < retrieved; i++) {
    if (rankRelevance[i] >= 1) {
      relSoFar++;
      apSum += relSoFar / (i + 1);
      if (firstRelevant < 0) firstRelevant = i;
    }
  }
  out[at] = relSoFar > 0 ? apSum / numRel : 0;
  out[at + 1] = firstRelevant >= 0 ? 1 / (firstRelevant + 1) : 0;

  // DCG rank by rank, and the ideal DCG of the judged levels (highest first), each kept at the
  // cutoffs as trec_eval's loops read them (before adding rank k + 1).
  const nc = cutoffs.length;
  const dcgAt = new Float64Array(nc);
  const idealAt = new Float64Array(nc);
  const relAt = new Float64Array(nc);
  let dcg = 0;
  let relCount = 0;
  let c = 0;
  for (let i = 0; i < retrieved; i++) {
    while (c < nc && i === cutoffs[c]) {
      dcgAt[c] = dcg;
      relAt[c] = relCount;
      c++;
    }
    const gain = rankRelevance[i];
    if (gain > 0) dcg += gain / Math.log2(i + 2);
    if (gain >= 1) relCount++;
  }
  for (; c < nc; c++) {
    dcgAt[c] = dcg;
    relAt[c] = relCount;
  }
  let ideal = 0;
  let level = counts.length - 1;
  let left = level >= 1 ? counts[level] : 0;
  c = 0;
  for (let i = 0; ; i++) {
    while (level >= 1 && left === 0) {
      level--;
      left = level >= 1 ? counts[level] : 0;
    }
    if (level < 1) break;
    while (c < nc && i === cutoffs[c]) idealAt[c++] = ideal;
    ideal += level / Math.log2(i + 2);
    left--;
  }
  for (; c < nc; c++) idealAt[c] = ideal;

  out[at + 2] = ideal > 0 ? dcg / ideal : 0;
  let o = at + 3;
  for (let k = 0; k < nc; k++) out[o++] = idealAt[k] > 0 ? dcgAt[k] / idealAt[k] : dcgAt[k];
  for (let k = 0; k < nc; k++) out[o++] = relAt[k] / cutoffs[k];
  for (let k = 0; k < nc; k++) out[o++] = numRel > 0 ? relAt[k] / numRel : 0;
}

/** The float32 that trec_eval keeps of a score (its `sim` field is a C float). */
export const trecScore = Math.fround;
