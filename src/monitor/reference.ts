/**
 * What the window is compared with, as one sample per monitored column: a reference window
 * (a file in the window's format, e.g. the first week after a release), or the release's own run
 * folder / result.json with its per-example sidecar (examples.bin: the evaluated rows' predicted
 * labels and scores), so that a release gated with `model-gate run --out-dir` is its own
 * reference.
 */
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { loadRunFolder, type LoadedRunFolder } from '../result/load.js';
import type { Logger } from '../util/progress.js';
import { latencySummary } from './operations.js';
import type { LatencySummary, MonitorResult } from './monitor-result.js';
import {
  DEFAULT_SCORE_PREFIX,
  readWindow,
  type FlagNames,
  type WindowColumnOptions,
  type WindowData,
  type WindowLayout,
} from './window.js';

export type ColumnSample =
  | { type: 'continuous'; values: Float64Array }
  | { type: 'categorical'; codes: Int32Array; classes: string[] };

export interface Reference {
  info: MonitorResult['reference'];
  /** Per monitored column of the window (by name). */
  columns: Map<string, ColumnSample>;
  latency: LatencySummary | null;
  metrics?: Record<string, number | null>;
  warnings: string[];
}

/** The samples of a window's monitored columns. */
export function windowSamples(data: WindowData): Map<string, ColumnSample> {
  const out = new Map<string, ColumnSample>();
  data.layout.scoreColumns.forEach((c, i) => out.set(c, { type: 'continuous', values: data.scores[i] }));
  const p = data.layout.predictionColumn;
  if (p !== null) {
    if (data.predictionValues) out.set(p, { type: 'continuous', values: data.predictionValues });
    else if (data.predictionCodes)
      out.set(p, { type: 'categorical', codes: data.predictionCodes, classes: data.classes });
  }
  return out;
}

/** A run folder or result.json (else a window file): a folder, or a name ending in .json. */
export async function isRunFolder(path: string): Promise<boolean> {
  if (path.endsWith('.json')) return true;
  const st = await stat(path).catch(() => undefined);
  return st?.isDirectory() ?? false;
}

export async function loadReferenceRun(path: string, logger: Logger): Promise<LoadedRunFolder> {
  return loadRunFolder(path, logger);
}

/** The reference window: a file with the window's monitored columns. */
export async function referenceFromWindow(
  file: string,
  layout: WindowLayout,
  options: WindowColumnOptions,
  flags: FlagNames,
  logger: Logger,
): Promise<Reference> {
  const data = await readWindow(file, 'reference window', options, flags, logger, layout);
  return {
    info: { kind: 'window', file, rows: data.rows },
    columns: windowSamples(data),
    latency:
      data.latencies && layout.latencyColumn !== null
        ? latencySummary(layout.latencyColumn, data.latencies, data.latencyMissing)
        : null,
    warnings: [],
  };
}

/**
 * The reference from a release's run folder: each window score column PREFIX+class is the
 * sidecar's score column of that class (binary: the positive class's, which is also the one
 * --score-column names), and the prediction column is the sidecar's predicted labels.
 */
export function referenceFromRun(
  run: LoadedRunFolder,
  layout: WindowLayout,
  options: WindowColumnOptions,
): Reference {
  const file = run.file;
  const data = run.examples;
  if (data !== null && data.task === 'scores')
    throw new InputError(
      { file },
      'this is a --task scores result: it has per-example scores, not the predictions a drift reference needs. Give a classification run folder or a reference window file.',
    );
  if (data === null)
    throw new InputError(
      { file },
      'this result has no per-example sidecar (examples.bin), which holds the predictions a drift reference needs. ' +
        'Write one with `model-gate run --out-dir DIR` (the gate keeps it), or give a reference window file instead.',
    );
  if (data.task === 'ranking')
    throw new InputError(
      { file },
      'this is a ranking result (one row per query, no predictions): a drift reference needs the run of a table ' +
        'task. Give a reference window file instead.',
    );
  if (data.task === 'text')
    throw new InputError(
      { file },
      'this is a text result: its sidecar keeps per-example metric statistics, not predicted labels or scores, so it ' +
        'cannot be a drift reference; give a reference window file instead.',
    );
  const columns = new Map<string, ColumnSample>();
  const warnings: string[] = [];
  const prefix = options.scorePrefix ?? DEFAULT_SCORE_PREFIX;
  const n = data.n;
  for (const column of layout.scoreColumns) {
    if (data.task === 'regression' || data.scores === null)
      throw new InputError(
        { file, column },
        `the window has the score column ${JSON.stringify(column)}, but this ${data.task} result stored no scores; ` +
          'give a reference window file, or monitor the prediction column only (--score-column / --score-prefix unset and no p_* columns).',
      );
    let width = 1;
    let index = 0;
    if (data.task === 'multiclass') {
      const classes = data.scoreClasses ?? [];
      width = classes.length;
      index = column.startsWith(prefix) ? classes.indexOf(column.slice(prefix.length)) : -1;
      if (options.scoreColumn !== undefined || index < 0)
        throw new InputError(
          { file, column },
          `the reference stores one score per class (${classes
            .slice(0, 20)
            .map((c) => JSON.stringify(prefix + c))
            .join(', ')}) and none matches the window's column ${JSON.stringify(column)}.`,
        );
    } else if (options.scoreColumn === undefined) {
      const positive = data.classes[data.positive ?? 1];
      if (column !== prefix + positive) {
        // Binary: the other class's probability is 1 − the positive one's, so nothing is lost.
        warnings.push(
          `${column}: not monitored; the reference (a binary result) stores the positive class's scores ` +
            `(${JSON.stringify(prefix + positive)}) only. Give a reference window file to monitor every column.`,
        );
        continue;
      }
    }
    const values = new Float64Array(n);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const v = data.scores[i * width + index];
      if (!Number.isNaN(v)) values[k++] = v;
    }
    columns.set(column, { type: 'continuous', values: values.subarray(0, k) });
  }
  if (layout.predictionColumn !== null) {
    if (data.task === 'regression') {
      const values = data.yPred.filter((v) => !Number.isNaN(v));
      columns.set(layout.predictionColumn, { type: 'continuous', values });
    } else {
      const codes = data.yPred.filter((c) => c >= 0);
      columns.set(layout.predictionColumn, { type: 'categorical', codes, classes: data.classes });
    }
  }
  return {
    info: {
      kind: 'result',
      file,
      rows: n,
      task: run.result.task,
      ...(run.result.source?.commit ? { commit: run.result.source.commit } : {}),
    },
    columns,
    latency: null,
    metrics: run.result.metrics,
    warnings,
  };
}
