import { InputError, UsageError } from '../../errors.js';
import type { EvaluateOptions, EvaluationData, ReadStats } from '../../result/evaluation-data.js';
import { silentLogger, type Logger } from '../../util/progress.js';
import { Collector } from './collector.js';
import { ID_BATCH, PHASE_LABELS, PHASE_PREDICTIONS, PHASE_SINGLE, type Slots } from './collector-setup.js';
import { missingColumn } from './columns.js';
import { finish } from './finish.js';
import { finishStream, type RowStream } from './row-stream.js';
import { joinPartitionRows, PartitionedJoin, partitionCount } from './id-partitions.js';
import { RowSpool } from './spool.js';
import { listLabels } from './labels.js';
import { TableReader } from './table.js';
import { DEFAULT_ID_SORT_CHUNK, StreamedIdCheck, type IdHash } from './unique-ids.js';

export { orderLabels, compareCodePoints } from './labels.js';
export type { Format } from './source.js';
export type { RowStream, StreamMeta } from './row-stream.js';
export type { IdHash } from './unique-ids.js';

/**
 * Reads the predictions (and labels) files named by `options`, joins them, and returns the rows
 * as typed arrays (`EvaluationData`) with the counts and warnings gathered on the way.
 *
 * - Formats: CSV, TSV, JSON Lines (by extension, else sniffed), each optionally gzipped (sniffed
 *   by magic bytes); UTF-8 with or without BOM; LF or CRLF; RFC 4180 quoting.
 * - Join: by `idColumn` when both files have it (any order; the rows follow the labels file), by
 *   position when neither has it (counts must match); one file with both columns when
 *   `options.labels` is undefined.
 * - Warnings are returned in `stats.warnings` (not logged): the caller decides how to show them.
 * - Failures a user can fix throw `InputError` / `UsageError` with file, line, column and value.
 */
export async function readEvaluationData(
  options: EvaluateOptions,
  logger: Logger = silentLogger,
): Promise<{ data: EvaluationData; stats: ReadStats }> {
  const read = await readRows(options, logger, null);
  if (read.data === null) throw new Error('readEvaluationData: rows were streamed');
  return { data: read.data, stats: read.stats };
}

/** Where and how `readEvaluationStream` spools rows. */
export interface StreamSetup {
  /** An empty folder for the spooled rows (the caller creates and removes it). */
  dir: string;
  /** Rows per batch (default 65,536). */
  batchRows?: number;
  /** A single file with ids: ids sorted in memory at a time by the duplicate check (default 262,144). */
  idSortChunk?: number;
  /** Tests: the 52-bit id hash of the duplicate check (default: from the fingerprint's hashes). */
  idHash?: IdHash;
  /**
   * Two files joined by id: label rows per partition of the bounded-memory join (default
   * `joinPartitionRows()`: 262,144 or MODEL_GATE_JOIN_PARTITION_ROWS). A labels file estimated
   * to hold no more rows than this is joined in memory.
   */
  partitionRows?: number;
  /** Spool the ids' bytes too (`RowStream.hasIdBytes`), for a per-example sidecar written from the stream. */
  keepIds?: boolean;
}

export const DEFAULT_BATCH_ROWS = 1 << 16;

/**
 * `readEvaluationData`, streaming: the rows are spooled to `setup.dir` a batch at a time and come
 * back as a `RowStream` (replayed in batches once the classes are known), so memory does not grow
 * with the rows. Two files joined by id are hash-partitioned by id to `setup.dir` and joined a
 * partition at a time (`PartitionedJoin`) when the labels file has more (estimated) rows than a
 * partition holds; smaller ones (and pipes, whose size is unknown) are read into memory as
 * `readEvaluationData` does (`data` set, `stream` null). Errors and warnings are the same either
 * way; `stats.fingerprint` of a stream is set by its first replay. The caller closes the stream.
 */
export async function readEvaluationStream(
  options: EvaluateOptions,
  logger: Logger,
  setup: StreamSetup,
): Promise<ReadRows> {
  return readRows(options, logger, setup);
}

export type ReadRows =
  | { data: EvaluationData; stream: null; stats: ReadStats }
  | { data: null; stream: RowStream; stats: ReadStats };

async function readRows(
  options: EvaluateOptions,
  logger: Logger,
  setup: StreamSetup | null,
): Promise<ReadRows> {
  const warnings: string[] = [];
  checkOptions(options, warnings);
  const regression = options.task === 'regression';
  const scoreColumn = regression ? undefined : options.scoreColumn;
  const scorePrefix = regression ? undefined : options.scorePrefix;

  const readers: TableReader[] = [];
  const spools: RowSpool[] = [];
  let join: PartitionedJoin | null = null;
  try {
    const preds = await TableReader.open(options.predictions, 'predictions');
    readers.push(preds);
    const labels = options.labels !== undefined ? await TableReader.open(options.labels, 'labels') : null;
    if (labels) readers.push(labels);

    const { idColumn, labelColumn, predictionColumn } = options;
    // Join mode.
    let byId: boolean;
    if (labels) {
      const inLabels = labels.indexOf(idColumn) >= 0;
      const inPreds = preds.indexOf(idColumn) >= 0;
      if (inLabels !== inPreds) {
        const lacking = inLabels ? preds : labels;
        const other = inLabels ? labels : preds;
        throw new InputError(
          { file: lacking.file, column: idColumn },
          `no id column, but ${other.file} has one, so the rows cannot be joined by id. Add the ` +
            `"${idColumn}" column to ${lacking.file}, name its id column with --id-column, or drop the id ` +
            `column from both files to join rows by position. ${lacking.file} has the columns ${listLabels(lacking.columns, 30)}.`,
        );
      }
      byId = inLabels;
    } else byId = preds.indexOf(idColumn) >= 0;

    // Columns.
    const labelSource = labels ?? preds;
    if (labelSource.indexOf(labelColumn) < 0)
      throw missingColumn(
        labelSource.file,
        labelColumn,
        '--label-column',
        labelSource.columns,
        labels ? '' : ' If the labels are in a separate file, pass it with --labels.',
      );
    if (preds.indexOf(predictionColumn) < 0)
      throw missingColumn(preds.file, predictionColumn, '--prediction-column', preds.columns);
    if (scoreColumn !== undefined && preds.indexOf(scoreColumn) < 0)
      throw missingColumn(preds.file, scoreColumn, '--score-column', preds.columns);
    let probColumns: string[] = [];
    if (scorePrefix !== undefined) {
      const roles = new Set([idColumn, labelColumn, predictionColumn]);
      probColumns = preds.columns.filter(
        (c, i) =>
          c.startsWith(scorePrefix) &&
          c.length > scorePrefix.length &&
          !roles.has(c) &&
          preds.columns.indexOf(c) === i,
      );
      if (probColumns.length === 0)
        throw new InputError(
          { file: preds.file },
          `no column starts with the --score-prefix "${scorePrefix}". The file has the columns ` +
            `${listLabels(preds.columns, 30)}. Name one probability column per class ${scorePrefix}<label>, ` +
            'or pass the prefix those columns use.',
        );
    }

    const estimate = labelSource.estimateRows();
    const partitionRows = Math.max(1, setup?.partitionRows ?? joinPartitionRows());
    const partitioned = setup !== null && labels !== null && byId && estimate > partitionRows;
    const spool =
      setup !== null && (!(labels && byId) || partitioned)
        ? new RowSpool(setup.dir, setup.batchRows ?? DEFAULT_BATCH_ROWS, setup.keepIds === true)
        : null;
    if (spool) spools.push(spool);
    if (partitioned)
      join = new PartitionedJoin({
        dir: setup.dir,
        partitions: partitionCount(estimate, partitionRows),
        regression,
        scoresPerRow: scoreColumn !== undefined ? 1 : probColumns.length,
        labelsFile: labels.file,
        predictionsFile: preds.file,
        idColumn,
        rowPartitions: spool!.column('rowPartitions', 1),
      });
    // A single streamed file with ids checks them for duplicates without keeping them.
    const idCheck =
      spool && byId && !labels
        ? new StreamedIdCheck(
            preds.file,
            idColumn,
            setup!.dir,
            setup!.idSortChunk ?? DEFAULT_ID_SORT_CHUNK,
            setup!.idHash ?? null,
          )
        : null;
    const collector = new Collector(
      {
        regression,
        byId,
        idColumn,
        labelColumn,
        predictionColumn,
        scoreColumn,
        probColumns,
      },
      estimate,
      spool,
      idCheck,
      join,
    );

    if (labels) {
      // Pass 1: the labels.
      const slotsL: Slots = { id: -1, label: -1, prediction: -1, score: -1, prob: -1 };
      const namesL: string[] = [];
      if (byId) slotsL.id = namesL.push(idColumn) - 1;
      slotsL.label = namesL.push(labelColumn) - 1;
      collector.begin(PHASE_LABELS, labels.file, labels.prepare(namesL, collector), slotsL);
      try {
        await scanWithProgress(labels, logger);
      } catch (err) {
        // Joined in memory, the label ids are checked every ID_BATCH rows: a duplicate in a batch
        // before the failing row's is the error reported. The same here.
        const labelLimit = Math.floor(collector.n / ID_BATCH) * ID_BATCH;
        if (join && labelLimit > 0)
          join.run({ labelLimit, predictionLimit: 0, write: false, batch: ID_BATCH });
        throw err;
      }
      collector.flush();
      if (collector.n === 0) throw noRows(labels.file);
      // Pass 2: the predictions, joined to the label rows.
      const { names, slots } = predictionSlots(byId, idColumn, predictionColumn, scoreColumn, probColumns);
      collector.begin(PHASE_PREDICTIONS, preds.file, preds.prepare(names, collector), slots);
      try {
        await scanWithProgress(preds, logger);
      } catch (err) {
        // Likewise a duplicate label id, then a duplicate prediction id in an earlier batch of
        // ID_BATCH prediction rows, comes before the failing row's error.
        if (join) {
          const predictionLimit = Math.floor(join.predictionCount / ID_BATCH) * ID_BATCH;
          join.run({ labelLimit: collector.n, predictionLimit, write: false, batch: ID_BATCH });
        }
        throw err;
      }
      collector.flush();
      if (join) {
        const progress = logger.progress.start('Joining by id');
        collector.joinOutcome = join.run({
          labelLimit: collector.n,
          predictionLimit: join.predictionCount,
          write: true,
          batch: ID_BATCH,
        });
        progress.done(`${collector.n} rows`);
        spool!.joined = join.predictionsSource();
      }
      if (!byId && collector.predRows !== collector.n)
        throw new InputError(
          { file: preds.file },
          `has ${collector.predRows} data rows but ${labels.file} has ${collector.n}. Neither file has an ` +
            `"${idColumn}" column, so rows are joined by position and the counts must match. Add an id column ` +
            'to both files (or name it with --id-column) to join by id.',
        );
    } else {
      const { names, slots } = predictionSlots(byId, idColumn, predictionColumn, scoreColumn, probColumns);
      slots.label = names.push(labelColumn) - 1;
      collector.begin(PHASE_SINGLE, preds.file, preds.prepare(names, collector), slots);
      try {
        await scanWithProgress(preds, logger);
        collector.flush();
      } catch (err) {
        // Read into memory, the ids are checked every ID_BATCH rows, so a duplicate id in a batch
        // before the failing row's is the error reported: the same here.
        if (idCheck) await idCheck.check(Math.floor(collector.n / ID_BATCH) * ID_BATCH, logger);
        throw err;
      }
      if (idCheck) await idCheck.check(collector.n, logger);
      if (collector.n === 0) throw noRows(preds.file);
    }

    const context = {
      options,
      predictionsFile: preds.file,
      labelsFile: labels?.file ?? preds.file,
      probClasses: probColumns.map((c) => c.slice(scorePrefix!.length)),
      warnings,
    };
    if (spool) {
      const { stream, stats } = finishStream(collector, context, spool);
      spools.length = 0; // the stream owns the spool now
      return { data: null, stream, stats };
    }
    const { data, stats } = finish(collector, context);
    return { data, stream: null, stats };
  } finally {
    for (const r of readers) r.close();
    for (const s of spools) s.close();
    join?.close();
  }
}

function predictionSlots(
  byId: boolean,
  idColumn: string,
  predictionColumn: string,
  scoreColumn: string | undefined,
  probColumns: string[],
): { names: string[]; slots: Slots } {
  const slots: Slots = { id: -1, label: -1, prediction: -1, score: -1, prob: -1 };
  const names: string[] = [];
  if (byId) slots.id = names.push(idColumn) - 1;
  slots.prediction = names.push(predictionColumn) - 1;
  if (scoreColumn !== undefined) slots.score = names.push(scoreColumn) - 1;
  if (probColumns.length > 0) {
    slots.prob = names.length;
    names.push(...probColumns);
  }
  return { names, slots };
}

async function scanWithProgress(reader: TableReader, logger: Logger): Promise<void> {
  const progress = logger.progress.start(`Reading ${reader.file}`);
  await reader.scan(progress);
  progress.done(`${reader.rows} rows`);
}

function noRows(file: string): InputError {
  return new InputError({ file }, 'no data rows after the header; there is nothing to evaluate.');
}

function checkOptions(options: EvaluateOptions, warnings: string[]): void {
  // Refused rather than ignored: a user who names score columns expects them gated.
  if (options.from !== undefined || options.scoreColumns !== undefined)
    throw new UsageError(
      `${options.from !== undefined ? '--from' : '--score-columns'} applies to --task scores only; add --task scores.`,
    );
  if (options.missing === 'intersection')
    throw new UsageError(
      '--missing intersection applies to --task scores (pairing two runs on the samples both have); for labels without a prediction use error or count-as-wrong.',
    );
  if (options.scoreColumn !== undefined && options.scorePrefix !== undefined)
    throw new UsageError(
      '--score-column and --score-prefix are alternatives: use --score-column for the positive-class score of a ' +
        'binary task, --score-prefix for one probability column per class.',
    );
  if (options.task === 'regression') {
    if (options.scoreColumn !== undefined || options.scorePrefix !== undefined)
      warnings.push('--score-column/--score-prefix are ignored for regression.');
    if (options.positiveLabel !== undefined) warnings.push('--positive-label is ignored for regression.');
    if (options.missing === 'count-as-wrong')
      throw new UsageError(
        '--missing count-as-wrong does not apply to regression: a missing numeric prediction has no "wrong" value ' +
          'to count. Provide a prediction for every labelled row.',
      );
  }
  if (options.task === 'multiclass' && options.scoreColumn !== undefined)
    throw new UsageError(
      '--score-column gives the score of the positive class of a binary task; for --task multiclass give one ' +
        'probability column per class with --score-prefix.',
    );
}
