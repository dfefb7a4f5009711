/**
 * Reads a window of served predictions (or a reference window) into typed arrays: one
 * Float64Array per score column, the predicted labels as codes into their classes (or numbers
 * for regression), latencies, and the error column's counts. The same readers as `evaluate`
 * (CSV/TSV/JSON Lines, gzip, BOM, CRLF, RFC 4180), streamed once; nothing per row is an object.
 *
 * Every cell is checked: a score or latency that is not a finite number is an error naming the
 * file, line and column, except on a row whose error column says the request failed (a failed
 * request has no prediction to check). Empty cells are counted as missing, not guessed.
 */
import { InputError, UsageError } from '../errors.js';
import { firstInvalidUtf8, parseNumber, showBytes } from '../evaluate/read/bytes.js';
import { KIND_BOOL, KIND_MISSING, KIND_NESTED, KIND_NULL, type Cells } from '../evaluate/read/cells.js';
import { missingColumn } from '../evaluate/read/columns.js';
import { ByteInterner } from '../evaluate/read/interner.js';
import { TableReader } from '../evaluate/read/table.js';
import { resizeF, resizeI } from '../evaluate/read/typed-arrays.js';
import type { Logger } from '../util/progress.js';

/** What the user named (undefined = the default rule). */
export interface WindowColumnOptions {
  scoreColumn?: string;
  scorePrefix?: string;
  /** undefined: `prediction` when the file has it. */
  predictionColumn?: string;
  latencyColumn?: string;
  errorColumn?: string;
  /** Regression: the prediction column holds numbers (compared as a continuous column). */
  numericPrediction: boolean;
}

/** The columns chosen in the window, then required in a reference window. */
export interface WindowLayout {
  scoreColumns: string[];
  predictionColumn: string | null;
  latencyColumn: string | null;
  errorColumn: string | null;
  numericPrediction: boolean;
}

/** The default score columns when neither --score-column nor --score-prefix is given. */
export const DEFAULT_SCORE_PREFIX = 'p_';

export interface WindowData {
  file: string;
  rows: number;
  layout: WindowLayout;
  /** Per score column, its numbers (rows with an empty cell left out). */
  scores: Float64Array[];
  scoreMissing: number[];
  /** Categorical predictions: a code per non-empty cell into `classes`. */
  predictionCodes: Int32Array | null;
  classes: string[];
  /** Numeric predictions (regression). */
  predictionValues: Float64Array | null;
  predictionMissing: number;
  /** Latencies of the rows that have one. */
  latencies: Float64Array | null;
  latencyMissing: number;
  /** Rows whose error column is non-empty, by value (first-seen order). */
  errorTypes: Map<string, number>;
  errorRows: number;
}

/** Flags as the user typed them, for messages (`--score-column` / input "score-column"). */
export interface FlagNames {
  scoreColumn: string;
  scorePrefix: string;
  predictionColumn: string;
  latencyColumn: string;
  errorColumn: string;
}

export const CLI_FLAG_NAMES: FlagNames = {
  scoreColumn: '--score-column',
  scorePrefix: '--score-prefix',
  predictionColumn: '--prediction-column',
  latencyColumn: '--latency-column',
  errorColumn: '--error-column',
};

/** Chooses the monitored columns from the window's header. */
export function chooseLayout(
  file: string,
  columns: string[],
  options: WindowColumnOptions,
  flags: FlagNames,
): WindowLayout {
  const need = (name: string | undefined, flag: string): string | null => {
    if (name === undefined) return null;
    if (!columns.includes(name)) throw missingColumn(file, name, flag, columns);
    return name;
  };
  let scoreColumns: string[];
  if (options.scoreColumn !== undefined) scoreColumns = [need(options.scoreColumn, flags.scoreColumn)!];
  else {
    const prefix = options.scorePrefix ?? DEFAULT_SCORE_PREFIX;
    scoreColumns = columns.filter((c) => c.startsWith(prefix) && c.length > prefix.length);
    if (options.scorePrefix !== undefined && scoreColumns.length === 0)
      throw new InputError(
        { file },
        `no column starts with ${JSON.stringify(prefix)} (${flags.scorePrefix}); the file has the columns ${columns
          .slice(0, 30)
          .map((c) => JSON.stringify(c))
          .join(', ')}.`,
      );
  }
  const predictionColumn =
    options.predictionColumn !== undefined
      ? need(options.predictionColumn, flags.predictionColumn)
      : columns.includes('prediction')
        ? 'prediction'
        : null;
  const layout: WindowLayout = {
    scoreColumns,
    predictionColumn,
    latencyColumn: need(options.latencyColumn, flags.latencyColumn),
    errorColumn: need(options.errorColumn, flags.errorColumn),
    numericPrediction: options.numericPrediction,
  };
  const used = [...scoreColumns, predictionColumn, layout.latencyColumn, layout.errorColumn].filter(
    (c): c is string => c !== null,
  );
  if (new Set(used).size !== used.length)
    throw new UsageError(
      `${file}: one column is named for two roles (scores, prediction, latency, error); each must be its own column.`,
    );
  if (scoreColumns.length === 0 && predictionColumn === null)
    throw new InputError(
      { file },
      `nothing to monitor: no score column (columns named ${DEFAULT_SCORE_PREFIX}<class>, or ${flags.scoreColumn} / ` +
        `${flags.scorePrefix}) and no prediction column (${flags.predictionColumn}, default "prediction").`,
    );
  return layout;
}

/** Reads a window; with `layout`, the columns a reference window must have (the window's). */
export async function readWindow(
  file: string,
  role: string,
  options: WindowColumnOptions,
  flags: FlagNames,
  logger: Logger,
  layout?: WindowLayout,
): Promise<WindowData> {
  const reader = await TableReader.open(file, role);
  try {
    const chosen = layout ?? chooseLayout(file, reader.columns, options, flags);
    if (layout) {
      const columnFlag = (c: string): string =>
        c === layout.predictionColumn
          ? flags.predictionColumn
          : c === layout.latencyColumn
            ? flags.latencyColumn
            : c === layout.errorColumn
              ? flags.errorColumn
              : `${flags.scorePrefix} (a score column of the window)`;
      for (const c of [...layout.scoreColumns, layout.predictionColumn].filter(
        (x): x is string => x !== null,
      ))
        if (!reader.columns.includes(c)) throw missingColumn(file, c, columnFlag(c), reader.columns);
    }
    // A reference window needs the monitored columns only; its latency and error columns are optional.
    const latencyColumn =
      chosen.latencyColumn !== null && reader.columns.includes(chosen.latencyColumn)
        ? chosen.latencyColumn
        : null;
    const errorColumn =
      chosen.errorColumn !== null && reader.columns.includes(chosen.errorColumn) ? chosen.errorColumn : null;
    const sink = new WindowSink(
      file,
      chosen,
      latencyColumn !== null,
      errorColumn !== null,
      reader.estimateRows(),
    );
    const slots = [...chosen.scoreColumns];
    if (chosen.predictionColumn !== null) slots.push(chosen.predictionColumn);
    if (latencyColumn !== null) slots.push(latencyColumn);
    if (errorColumn !== null) slots.push(errorColumn);
    sink.cells = reader.prepare(slots, sink);
    const progress = logger.progress.start(`Reading the ${role} ${file}`);
    await reader.scan(progress);
    progress.done(`${reader.rows.toLocaleString('en-US')} rows`);
    return sink.finish(reader.rows);
  } finally {
    reader.close();
  }
}

/** True when a cell holds nothing (empty CSV cell, JSON null or absent key). */
function isEmpty(cells: Cells, slot: number): boolean {
  const k = cells.kinds[slot];
  return cells.starts[slot] === cells.ends[slot] || k === KIND_NULL || k === KIND_MISSING;
}

class WindowSink {
  cells!: Cells;
  private readonly scores: Float64Array[];
  private readonly scoreCount: Int32Array;
  private readonly scoreMissing: number[];
  private codes: Int32Array;
  private values: Float64Array;
  private predictions = 0;
  private predictionMissing = 0;
  private latencies: Float64Array;
  private latencyCount = 0;
  private latencyMissing = 0;
  private readonly interner = new ByteInterner();
  private readonly errorTypes = new ByteInterner();
  private errorCounts: Float64Array = new Float64Array(16);
  private errorRows = 0;
  private readonly predictionSlot: number;
  private readonly latencySlot: number;
  private readonly errorSlot: number;

  constructor(
    private readonly file: string,
    private readonly layout: WindowLayout,
    hasLatency: boolean,
    hasError: boolean,
    expected: number,
  ) {
    const cap = Math.max(16, Math.min(expected, 1 << 26));
    const k = layout.scoreColumns.length;
    this.scores = layout.scoreColumns.map(() => new Float64Array(cap));
    this.scoreCount = new Int32Array(k);
    this.scoreMissing = layout.scoreColumns.map(() => 0);
    let slot = k;
    this.predictionSlot = layout.predictionColumn !== null ? slot++ : -1;
    this.latencySlot = hasLatency ? slot++ : -1;
    this.errorSlot = hasError ? slot : -1;
    const categorical = this.predictionSlot >= 0 && !layout.numericPrediction;
    this.codes = new Int32Array(categorical ? cap : 0);
    this.values = new Float64Array(this.predictionSlot >= 0 && layout.numericPrediction ? cap : 0);
    this.latencies = new Float64Array(hasLatency ? cap : 0);
  }

  row(buf: Buffer, line: number): void {
    const cells = this.cells;
    // A failed request (a non-empty error cell) may lack its prediction: its cells are not checked.
    let failed = false;
    if (this.errorSlot >= 0 && !isEmpty(cells, this.errorSlot)) {
      const s = cells.starts[this.errorSlot];
      const e = cells.ends[this.errorSlot];
      const kind = cells.kinds[this.errorSlot];
      // JSON false / 0 / "" mean no error.
      const text = kind === KIND_BOOL ? buf.toString('latin1', s, e) : null;
      const zero = e - s === 1 && buf[s] === 48;
      if (text !== 'false' && !zero) {
        failed = true;
        this.checkText(buf, s, e, line, this.layout.errorColumn!);
        let idx = this.errorTypes.add(buf, s, e);
        if (idx < 0) idx = -idx - 1;
        if (idx >= this.errorCounts.length)
          this.errorCounts = resizeF(this.errorCounts, idx * 2, this.errorCounts.length);
        this.errorCounts[idx]++;
        this.errorRows++;
      }
    }
    const k = this.scores.length;
    for (let c = 0; c < k; c++) {
      if (isEmpty(cells, c)) {
        this.scoreMissing[c]++;
        continue;
      }
      const v = this.number(buf, c, line, this.layout.scoreColumns[c], 'a score', failed);
      if (Number.isNaN(v)) continue;
      let arr = this.scores[c];
      const at = this.scoreCount[c];
      if (at === arr.length) this.scores[c] = arr = resizeF(arr, at * 2, at);
      arr[at] = v;
      this.scoreCount[c] = at + 1;
    }
    if (this.predictionSlot >= 0) this.prediction(buf, line, failed);
    if (this.latencySlot >= 0) {
      if (isEmpty(cells, this.latencySlot)) this.latencyMissing++;
      else {
        const v = this.number(buf, this.latencySlot, line, this.layout.latencyColumn!, 'a latency', false);
        if (v < 0)
          throw new InputError(
            { file: this.file, line, column: this.layout.latencyColumn! },
            `a latency must be ≥ 0 (milliseconds); found ${v}.`,
          );
        if (this.latencyCount === this.latencies.length)
          this.latencies = resizeF(this.latencies, this.latencyCount * 2, this.latencyCount);
        this.latencies[this.latencyCount++] = v;
      }
    }
  }

  private prediction(buf: Buffer, line: number, failed: boolean): void {
    const slot = this.predictionSlot;
    const cells = this.cells;
    if (isEmpty(cells, slot)) {
      this.predictionMissing++;
      return;
    }
    const column = this.layout.predictionColumn!;
    if (this.layout.numericPrediction) {
      const v = this.number(buf, slot, line, column, 'a predicted value', failed);
      if (Number.isNaN(v)) return;
      if (this.predictions === this.values.length)
        this.values = resizeF(this.values, this.predictions * 2, this.predictions);
      this.values[this.predictions++] = v;
      return;
    }
    const s = cells.starts[slot];
    const e = cells.ends[slot];
    if (cells.kinds[slot] === KIND_NESTED) {
      if (failed) return;
      throw new InputError(
        { file: this.file, line, column },
        `expected a predicted label (a string, number or boolean), found ${showBytes(buf, s, e)}.`,
      );
    }
    this.checkText(buf, s, e, line, column);
    let idx = this.interner.add(buf, s, e);
    if (idx < 0) idx = -idx - 1;
    if (this.predictions === this.codes.length)
      this.codes = resizeI(this.codes, this.predictions * 2, this.predictions);
    this.codes[this.predictions++] = idx;
  }

  private checkText(buf: Buffer, s: number, e: number, line: number, column: string): void {
    const bad = firstInvalidUtf8(buf, s, e);
    if (bad >= 0)
      throw new InputError(
        { file: this.file, line, column },
        `byte ${bad - s + 1} of the cell is not valid UTF-8; model-gate reads UTF-8 text.`,
      );
  }

  /** A finite number, else an error (or NaN, skipped, on a failed request's row). */
  private number(
    buf: Buffer,
    slot: number,
    line: number,
    column: string,
    what: string,
    lenient: boolean,
  ): number {
    const cells = this.cells;
    const s = cells.starts[slot];
    const e = cells.ends[slot];
    const kind = cells.kinds[slot];
    const v = kind === KIND_BOOL || kind === KIND_NESTED ? NaN : parseNumber(buf, s, e);
    if (Number.isFinite(v)) return v;
    if (lenient) return NaN;
    throw new InputError(
      { file: this.file, line, column },
      `expected ${what} (a finite number), found ${showBytes(buf, s, e)}.`,
    );
  }

  finish(rows: number): WindowData {
    const errorTypes = new Map<string, number>();
    for (let i = 0; i < this.errorTypes.size; i++)
      errorTypes.set(this.errorTypes.get(i), this.errorCounts[i]);
    const categorical = this.predictionSlot >= 0 && !this.layout.numericPrediction;
    return {
      file: this.file,
      rows,
      layout: this.layout,
      scores: this.scores.map((a, c) => a.subarray(0, this.scoreCount[c])),
      scoreMissing: this.scoreMissing,
      predictionCodes: categorical ? this.codes.subarray(0, this.predictions) : null,
      classes: categorical ? this.interner.strings() : [],
      predictionValues:
        this.predictionSlot >= 0 && this.layout.numericPrediction
          ? this.values.subarray(0, this.predictions)
          : null,
      predictionMissing: this.predictionMissing,
      latencies: this.latencySlot >= 0 ? this.latencies.subarray(0, this.latencyCount) : null,
      latencyMissing: this.latencyMissing,
      errorTypes,
      errorRows: this.errorRows,
    };
  }
}
