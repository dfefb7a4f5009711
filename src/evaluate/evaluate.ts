import { showValue } from './read/bytes.js';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEvaluationData, readEvaluationStream, type RowStream } from './read/index.js';
import { computeMetrics, type MetricsOutput } from './metrics/index.js';
import { StreamingMetrics } from './metrics/streaming.js';
import type { Result } from '../result/schema.js';
import type { Logger } from '../util/progress.js';
import { blockingStep, silentLogger } from '../util/progress.js';
import { buildResult } from './build-result.js';
import { StatisticsAccumulator, sufficientStatistics } from './sufficient-statistics.js';
import type {
  EvaluateOptions,
  EvaluationData,
  ExampleData,
  IdBytes,
  ReadStats,
  StreamingOptions,
} from '../result/evaluation-data.js';
import { ExamplesWriter, writeExamples } from '../result/examples.js';
import { readTextData } from './read/text-read.js';
import { textMetricsOfRows } from './metrics/text/text-rows.js';

export interface Evaluation {
  result: Result;
  /** The joined rows, kept for the per-example sidecar that paired tests need. */
  data: ExampleData;
}

/** An evaluation that did not keep its rows (`retainRows: false`): `data` is null when streamed. */
export interface StreamedEvaluation {
  result: Result;
  data: ExampleData | null;
  /** With `examplesDir`: the sidecar written there. */
  examplesPath?: string;
}

/**
 * Reads, joins and scores one predictions file: the `evaluate` stage.
 *
 * With `retainRows: false` (the `evaluate` command, which needs no per-example rows), the rows are
 * streamed: spooled to a temp folder a batch at a time and scored by `StreamingMetrics`, so memory
 * does not grow with the rows; the result is bit-identical to the in-memory path and `data` is
 * null. Two files joined by id are hash-partitioned by id into the temp folder and joined a
 * partition at a time (`PartitionedJoin`); below a partition's worth of label rows they are
 * joined in memory instead (`data` is then set).
 */
export async function evaluate(
  options: EvaluateOptions & StreamingOptions,
  logger?: Logger,
  source?: Result['source'],
  now?: Date,
): Promise<StreamedEvaluation>;
export async function evaluate(
  options: EvaluateOptions,
  logger?: Logger,
  source?: Result['source'],
  now?: Date,
): Promise<Evaluation>;
export async function evaluate(
  options: EvaluateOptions | (EvaluateOptions & StreamingOptions),
  logger: Logger = silentLogger,
  source: Result['source'] = {},
  now: Date = new Date(),
): Promise<StreamedEvaluation> {
  if (options.task === 'text') {
    // Text is scored as it is read (a batch of examples at a time) into rows of numbers that
    // are small beside the text: one path, streamed or not.
    const { data, stats } = await readTextData(options, logger);
    const scored = blockingStep(logger, `Scoring ${data.n.toLocaleString('en-US')} examples`, () =>
      textMetricsOutput(data.terms),
    );
    return {
      result: evaluationResult(options, data, stats, scored, source, now, logger, textStatistics(data.terms)),
      data,
    };
  }
  const streaming = 'retainRows' in options && options.retainRows === false ? options : null;
  if (!streaming) {
    const { data, stats } = await readEvaluationData(options, logger);
    const { scored, statistics } = scoreRows(data, logger);
    return {
      result: evaluationResult(options, data, stats, scored, source, now, logger, statistics),
      data,
    };
  }
  const examplesDir = streaming.examplesDir;
  const dir = mkdtempSync(join(streaming.tmpDir ?? tmpdir(), 'model-gate-'));
  try {
    const read = await readEvaluationStream(options, logger, {
      dir,
      batchRows: streaming.batchRows,
      idSortChunk: streaming.sortChunk,
      partitionRows: streaming.partitionRows,
      keepIds: examplesDir !== undefined,
    });
    if (read.data !== null) {
      const { data, stats } = read;
      const { scored, statistics } = scoreRows(data, logger);
      const result = evaluationResult(options, data, stats, scored, source, now, logger, statistics);
      if (examplesDir === undefined) return { result, data };
      return { result, data, examplesPath: await writeExamples(examplesDir, data, logger) };
    }
    const { stream, stats } = read;
    try {
      const acc = new StatisticsAccumulator();
      let writer: ExamplesWriter | null = null;
      if (examplesDir !== undefined) {
        mkdirSync(examplesDir, { recursive: true });
        // Written within the scoring step (one progress line): its own progress stays silent.
        writer = new ExamplesWriter(
          examplesDir,
          stream.meta.n,
          stream.hasIdBytes ? stream.idByteCount : null,
        );
      }
      const rows = stream.meta.n.toLocaleString('en-US');
      const label = writer ? `Scoring ${rows} rows, writing ${writer.path}` : `Scoring ${rows} rows`;
      try {
        const scored = blockingStep(logger, label, () =>
          scoreStream(stream, dir, streaming.sortChunk, acc, writer),
        );
        const examplesPath = writer?.finish();
        writer = null;
        return {
          result: evaluationResult(options, stream.meta, stats, scored, source, now, logger, acc.result()),
          data: null,
          ...(examplesPath !== undefined ? { examplesPath } : {}),
        };
      } finally {
        writer?.abort();
      }
    } finally {
      stream.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The metrics and sufficient statistics of rows in memory: seconds on millions of rows, said first. */
function scoreRows(
  data: EvaluationData,
  logger: Logger,
): { scored: MetricsOutput; statistics: Result['statistics'] } {
  return blockingStep(logger, `Scoring ${data.n.toLocaleString('en-US')} rows`, () => ({
    scored: computeMetrics(data),
    statistics: sufficientStatistics(data),
  }));
}

/** The text metrics of the rows, as a `MetricsOutput` (no classes, so no confusions). */
export function textMetricsOutput(rows: Float64Array): MetricsOutput {
  return { metrics: { ...textMetricsOfRows(rows) }, top_confusions: [], error_rate: null, warnings: [] };
}

/** `result.statistics` of text rows (`StatisticsAccumulator.addText`). */
export function textStatistics(rows: Float64Array): Result['statistics'] {
  const acc = new StatisticsAccumulator();
  acc.addText(rows);
  return acc.result();
}

/**
 * Replays the streamed rows through `StreamingMetrics` (twice for regression's R²), writing them
 * to the sidecar on the first pass when a writer is given.
 */
function scoreStream(
  stream: RowStream,
  dir: string,
  sortChunk: number | undefined,
  statistics: StatisticsAccumulator,
  sidecar: ExamplesWriter | null,
): MetricsOutput {
  let metrics: StreamingMetrics | null = null;
  let firstPass = true;
  const add = (batch: EvaluationData, start: number, ids: IdBytes | null): void => {
    if (firstPass) sidecar?.write(batch, start, ids);
    metrics ??= new StreamingMetrics(batch, { dir, sortChunk });
    metrics.add(batch);
    if (firstPass) statistics.add(batch);
    else statistics.addCentred(batch);
  };
  do {
    stream.replay(add);
    firstPass = false;
  } while (metrics !== null && (metrics as StreamingMetrics).endPass());
  if (metrics === null) throw new Error('model-gate: no rows were streamed');
  return (metrics as StreamingMetrics).result();
}

/**
 * Scores that rank the other way from the predicted labels: roc_auc below 0.5 while the labels
 * are mostly right. The usual cause is a score that is the probability of the other class (the
 * positive label is not the one the score column is about), which makes every score metric
 * wrong while accuracy looks fine; the user fixes it with --positive-label.
 */
export function invertedScoreWarning(
  data: { task: Result['task']; classes?: string[]; positive?: number },
  metrics: Readonly<Record<string, number | null>>,
  positiveNamed: boolean,
): string[] {
  const auc = metrics.roc_auc;
  const accuracy = metrics.accuracy;
  if (data.task !== 'binary' || data.positive === undefined || data.classes === undefined) return [];
  if (typeof auc !== 'number' || typeof accuracy !== 'number' || !(auc < 0.5 && accuracy > 0.5)) return [];
  const classes = data.classes;
  const pos = classes[data.positive];
  const other = classes.find((_, i) => i !== data.positive);
  return [
    `THE SCORES LOOK INVERTED: roc_auc is ${auc.toPrecision(3)} (worse than chance) while accuracy is ` +
      `${accuracy.toPrecision(3)}, so the scores rank the rows opposite to the predicted labels. The score must ` +
      `be the probability (or score) of the positive label ${showValue(pos)}` +
      (positiveNamed ? ' (as given with --positive-label)' : ' (the greater label, by default)') +
      (other !== undefined
        ? `; if it is the probability of ${showValue(other)}, pass --positive-label ${showValue(other)}.`
        : '.') +
      ' roc_auc, average_precision, log_loss and brier are wrong until then.',
  ];
}

function evaluationResult(
  options: EvaluateOptions,
  data: { task: Result['task']; n: number; classes?: string[]; positive?: number },
  stats: ReadStats,
  scored: MetricsOutput,
  source: Result['source'],
  now: Date,
  logger: Logger,
  statistics: Result['statistics'],
): Result {
  const result = buildResult({
    task: data.task,
    n: data.n,
    dataset: {
      fingerprint: stats.fingerprint,
      predictions_file: options.predictions,
      ...(options.labels !== undefined ? { labels_file: options.labels } : {}),
      ...(data.task === 'binary' && data.positive !== undefined
        ? { positive_label: data.classes![data.positive] }
        : {}),
    },
    source,
    now,
    scored,
    rows: stats,
    warnings: [
      ...stats.warnings,
      ...scored.warnings,
      ...invertedScoreWarning(data, scored.metrics, options.positiveLabel !== undefined),
    ],
    statistics,
  });
  for (const w of result.warnings) logger.warning(w);
  return result;
}
