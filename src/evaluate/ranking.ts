/**
 * `evaluate` for `--task ranking`: the run (`--predictions`) and the qrels (`--labels`) read by
 * src/evaluate/read/trec.ts, scored by ranking-scores.ts, as a result.json whose examples are
 * the evaluated queries (`RankingData`: each query's value of every metric, for the sidecar and
 * the paired tests) and whose `statistics.terms` hold each metric's per-query moments (unpaired
 * tests against a bare result.json, and merge).
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import type { EvaluateOptions, RankingData } from '../result/evaluation-data.js';
import type { MomentSums, Result } from '../result/schema.js';
import { CompensatedSum } from '../util/sum.js';
import type { Logger } from '../util/progress.js';
import { blockingStep } from '../util/progress.js';
import { buildResult } from './build-result.js';
import { readQrels, readRun, type QrelsFile } from './read/trec.js';
import { DEFAULT_CUTOFFS, scoreRanking } from './ranking-scores.js';

export interface RankingEvaluation {
  result: Result;
  data: RankingData;
}

/** Scores a TREC run (or run table) against its qrels. */
export async function evaluateRanking(
  options: EvaluateOptions,
  logger: Logger,
  source: Result['source'],
  now: Date,
): Promise<RankingEvaluation> {
  if (options.labels === undefined)
    throw new UsageError(
      '--task ranking needs --labels QRELS: the relevance judgements (TREC qrels "qid iter docid rel", or a CSV/JSONL ' +
        'table with query, doc, relevance columns); --predictions is the run.',
    );
  const cutoffs = options.cutoffs ?? DEFAULT_CUTOFFS;
  const qrels = await readQrels(options.labels, logger);
  const run = await readRun(options.predictions, logger);
  const scored = blockingStep(logger, `Scoring ${run.queries.size.toLocaleString('en-US')} queries`, () =>
    scoreRanking(run, qrels, cutoffs),
  );
  const n = scored.queries.length;
  const m = scored.names.length;
  const terms: Record<string, MomentSums> = {};
  for (let j = 0; j < m; j++) {
    const sum = new CompensatedSum();
    const sq = new CompensatedSum();
    for (let q = 0; q < n; q++) {
      const v = scored.values[q * m + j];
      sum.add(v);
      sq.add(v * v);
    }
    terms[scored.names[j]] = { n, sum: sum.value, sum_sq: sq.value };
  }
  const result = buildResult({
    task: 'ranking',
    n,
    dataset: {
      fingerprint: judgementsFingerprint(scored.queries, qrels),
      predictions_file: options.predictions,
      labels_file: options.labels,
    },
    source,
    now,
    scored: { metrics: scored.metrics, top_confusions: [], error_rate: null, warnings: [] },
    rows: { missing_predictions: 0, extra_predictions: 0, invalid_rows: 0, missing_ids: [] },
    warnings: [...ignoredOptionWarnings(options), ...scored.warnings],
    statistics: { terms },
  });
  for (const w of result.warnings) logger.warning(w);
  const data: RankingData = {
    task: 'ranking',
    n,
    metrics: scored.names,
    values: scored.values,
    ids: scored.queries,
  };
  return { result, data };
}

/**
 * What makes two ranking results comparable: the evaluated queries and every judgement of them
 * (query, document, relevance), in a canonical order. Two runs scored on the same qrels and the
 * same queries share it, whatever they retrieve.
 */
function judgementsFingerprint(queries: readonly string[], qrels: QrelsFile): string {
  const h = createHash('sha256');
  for (const q of queries) {
    const judged = qrels.queries.get(q)!;
    const docs = [...judged.relevance.keys()].sort();
    h.update(`${JSON.stringify(q)}\n`);
    for (const d of docs) h.update(`${JSON.stringify(d)}\t${judged.relevance.get(d)}\n`);
  }
  return `sha256:${h.digest('hex')}`;
}

function ignoredOptionWarnings(options: EvaluateOptions): string[] {
  const ignored: string[] = [];
  if (options.scoreColumn !== undefined) ignored.push('--score-column');
  if (options.scorePrefix !== undefined) ignored.push('--score-prefix');
  if (options.positiveLabel !== undefined) ignored.push('--positive-label');
  if (options.missing !== 'error') ignored.push('--missing');
  return ignored.length > 0
    ? [
        `${ignored.join(', ')} ${ignored.length === 1 ? 'is' : 'are'} ignored for --task ranking (the run's columns are query, doc, score).`,
      ]
    : [];
}
