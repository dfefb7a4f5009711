/**
 * `--task scores`: read per-example scores (a CSV/JSONL, or a harness's own per-sample output
 * with `--from`), fold repeated trials into examples, and build the result: every metric the
 * mean of its per-example terms, with their moment sums for unpaired tests against a bare
 * result.json.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../../errors.js';
import type { EvaluateOptions } from '../../result/evaluation-data.js';
import { RESULT_SCHEMA, type MomentSums, type Result } from '../../result/schema.js';
import { aggregateTerms, type ScoresData, type ScoreTerms } from '../../result/scores-data.js';
import { compareCodePoints } from '../read/labels.js';
import { VERSION } from '../../version.js';
import { blockingStep, type Logger } from '../../util/progress.js';
import { CompensatedSum } from '../../util/sum.js';
import { overflowWarnings } from '../build-result.js';
import { readInspect } from './inspect.js';
import { readLmEval } from './lm-eval.js';
import { readOpenAiEvals } from './openai-evals.js';
import { readPromptfoo } from './promptfoo.js';
import { readScoreTable } from './read-table.js';
import { TrialTable } from './trials.js';

export interface ScoresEvaluation {
  result: Result;
  data: ScoresData;
}

export async function readScores(
  options: EvaluateOptions,
  logger: Logger,
): Promise<{ data: ScoresData; warnings: string[] }> {
  if (options.labels !== undefined)
    throw new UsageError(
      "--labels does not apply to --task scores: the scores file holds each example's scores (its id and score columns), with nothing to join.",
    );
  if (options.missing === 'count-as-wrong')
    throw new UsageError(
      '--missing count-as-wrong does not apply to --task scores: a sample missing from one run has no score to count. Use --missing intersection to pair the samples both runs have.',
    );
  for (const [flag, given] of [
    ['--score-column', options.scoreColumn],
    ['--score-prefix', options.scorePrefix],
    ['--positive-label', options.positiveLabel],
  ] as const)
    if (given !== undefined)
      throw new UsageError(`${flag} does not apply to --task scores (did you mean --score-columns?).`);
  const table = new TrialTable();
  const path = options.predictions;
  let warnings: string[];
  switch (options.from) {
    case 'lm-eval':
      warnings = await readLmEval(path, table);
      break;
    case 'inspect':
      warnings = await readInspect(path, table);
      break;
    case 'promptfoo':
      warnings = await readPromptfoo(path, table);
      break;
    case 'openai-evals':
      warnings = await readOpenAiEvals(path, table);
      break;
    default:
      warnings = await readScoreTable(path, options.idColumn, options.scoreColumns, table, logger);
  }
  if (options.from !== undefined && options.scoreColumns !== undefined && options.scoreColumns.length > 0) {
    const names = table.metricNames;
    for (const c of options.scoreColumns)
      if (!names.includes(c))
        throw new UsageError(
          `--score-columns names "${c}", which ${path} (--from ${options.from}) does not have; its metrics are: ${names.join(', ')}.`,
        );
    for (const n of names) if (!options.scoreColumns.includes(n)) table.drop(n);
  }
  const finished = blockingStep(logger, `Folding ${table.ids.length.toLocaleString('en-US')} examples`, () =>
    table.finish(),
  );
  return { data: finished.data, warnings: [...warnings, ...finished.warnings] };
}

/** Order-independent fingerprint of the example ids (two runs over the same samples agree). */
export function scoresFingerprint(ids: readonly string[]): string {
  const sorted = [...ids].sort(compareCodePoints);
  const h = createHash('sha256');
  for (const id of sorted) h.update(`${Buffer.byteLength(id)}:${id}`);
  return `sha256:${h.digest('hex').slice(0, 32)}`;
}

function moments(t: ScoreTerms): MomentSums {
  const sum = new CompensatedSum();
  const sq = new CompensatedSum();
  let n = 0;
  for (let i = 0; i < t.values.length; i++) {
    const v = t.values[i];
    if (v !== v) continue;
    sum.add(v);
    sq.add(v * v);
    n++;
  }
  return { n, sum: sum.value, sum_sq: sq.value };
}

/** The metrics of per-example terms (what a sidecar's terms recompute too). */
export function scoresMetrics(data: ScoresData): Record<string, number | null> {
  const metrics: Record<string, number | null> = {};
  for (const t of data.terms) metrics[t.name] = aggregateTerms(t);
  return metrics;
}

export function scoresResult(
  data: ScoresData,
  predictionsFile: string,
  warnings: string[],
  source: Result['source'],
  now: Date,
): Result {
  const metrics = scoresMetrics(data);
  const terms: Record<string, MomentSums> = {};
  for (const t of data.terms) terms[t.name] = moments(t);
  return {
    schema: RESULT_SCHEMA,
    task: 'scores',
    n: data.n,
    dataset: { fingerprint: scoresFingerprint(data.ids), predictions_file: predictionsFile },
    tool: { name: 'model-gate', version: VERSION },
    created_at: now.toISOString(),
    source,
    metrics,
    statistics: { terms },
    errors: {
      error_rate: null,
      top_confusions: [],
      missing_predictions: 0,
      extra_predictions: 0,
      invalid_rows: 0,
    },
    ...(data.trials > 1 ? { trials: data.trials } : {}),
    warnings: [...warnings, ...overflowWarnings(metrics)],
  };
}

export async function evaluateScores(
  options: EvaluateOptions,
  logger: Logger,
  source: Result['source'],
  now: Date = new Date(),
): Promise<ScoresEvaluation> {
  const { data, warnings } = await readScores(options, logger);
  const result = scoresResult(data, options.predictions, warnings, source, now);
  for (const w of result.warnings) logger.warning(w);
  return { result, data };
}
