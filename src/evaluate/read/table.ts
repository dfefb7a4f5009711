import { performance } from 'node:perf_hooks';
import { InputError, UsageError } from '../../errors.js';
import type { Progress } from '../../util/progress.js';
import { CR, LF } from './bytes.js';
import { makeCells, type Cells, type RowSink } from './cells.js';
import { DelimitedScanner } from './delimited.js';
import { JsonlScanner, parseJsonObject } from './jsonl.js';
import {
  CHUNK_BYTES,
  ChunkSource,
  formatFromName,
  maxLineBytes,
  sniffFormat,
  type Format,
} from './source.js';

const PROGRESS_EVERY_MS = 100;
/** The read window: the unscanned rest of the last read is moved to its front, then refilled. */
const WINDOW_BYTES = 2 * CHUNK_BYTES;

/**
 * Makes room for at least CHUNK_BYTES after bytes [pos, end) of `buf`: moves them to the front,
 * into a window twice as large when they fill more than half of it (a record longer than the
 * window then costs O(1) rescans per byte). Returns the window (the same Buffer unless it grew).
 */
function compact(buf: Buffer, pos: number, end: number): Buffer {
  const rest = end - pos;
  if (buf.length - rest >= CHUNK_BYTES) {
    if (rest > 0 && pos > 0) buf.copyWithin(0, pos, end);
    return buf;
  }
  const bigger = Buffer.allocUnsafe(Math.max(buf.length * 2, rest + CHUNK_BYTES));
  buf.copy(bigger, 0, pos, end);
  return bigger;
}

/** Fills buf[end…] from the source; returns the new end, and whether the file ended. */
async function fill(source: ChunkSource, buf: Buffer, end: number): Promise<{ end: number; eof: boolean }> {
  while (end < buf.length) {
    const got = await source.readInto(buf, end);
    if (got === 0) return { end, eof: true };
    end += got;
  }
  return { end, eof: false };
}

/** The error for a record longer than `maxLineBytes()` (no newline in sight: not a table?). */
function lineTooLong(file: string, line: number, max: number): InputError {
  return new InputError(
    { file, line },
    `a line (record) longer than ${max} bytes, the limit; this does not look like a CSV, TSV or ` +
      'JSON Lines file (binary data, an endless stream such as /dev/zero, or a gzip bomb?). If lines really are ' +
      'that long, raise the limit with MODEL_GATE_MAX_LINE_BYTES=<bytes>.',
  );
}

/** Bytes looked at for NUL bytes and CR-only line endings before reading the header. */
const SNIFF_BYTES = 1 << 16;

/**
 * Checks the start of a file for what is not a text table: NUL bytes (binary data, UTF-16, or
 * /dev/zero), or CR-only line endings (classic Mac: one endless line whose "header" would name
 * columns like "prediction\r1").
 */
function checkText(file: string, buf: Buffer, pos: number, end: number): void {
  const stop = Math.min(end, pos + SNIFF_BYTES);
  const nul = buf.indexOf(0, pos);
  if (nul >= 0 && nul < stop)
    throw new InputError(
      { file, line: 1 },
      `byte ${nul + 1} is a NUL (0x00): this is not UTF-8 text (binary data, UTF-16 text, or a device such as ` +
        '/dev/zero). model-gate reads CSV, TSV or JSON Lines in UTF-8 (optionally gzipped); re-encode UTF-16 with ' +
        'iconv -f utf-16 -t utf-8.',
    );
  let quoted = false;
  for (let i = pos; i < stop; i++) {
    const c = buf[i];
    if (c === 34) quoted = !quoted;
    else if (c === LF) return;
    else if (c === CR && !quoted && i + 1 < end && buf[i + 1] !== LF)
      throw new InputError(
        { file, line: 1 },
        'the lines end with a bare CR (classic Mac line endings) and no LF, so the whole file reads as one line. ' +
          "Convert the line endings to LF or CRLF, e.g. tr '\\r' '\\n' < in.csv > out.csv.",
      );
  }
}

/**
 * One input file: opened, its format and columns known (header read), then streamed once
 * through a `RowSink`. For JSON Lines the columns are the keys of the first object.
 */
export class TableReader {
  private cells: Cells | null = null;

  private constructor(
    readonly file: string,
    readonly format: Format,
    readonly columns: string[],
    private readonly source: ChunkSource,
    private readonly scanner: DelimitedScanner | JsonlScanner,
    /** The read window: bytes [pos, end) are read and not yet scanned. */
    private window: Buffer,
    private pos: number,
    private end: number,
    private eof: boolean,
  ) {}

  get totalBytes(): number {
    return this.source.totalBytes;
  }

  /** False for a pipe or device: it can be read only once (see `ChunkSource.regular`). */
  get regular(): boolean {
    return this.source.regular;
  }

  /** Data rows seen so far. */
  get rows(): number {
    return this.scanner.rows;
  }

  static async open(file: string, role: string): Promise<TableReader> {
    const source = await ChunkSource.open(file, role);
    try {
      return await TableReader.readHeader(file, role, source);
    } catch (err) {
      source.close();
      throw err;
    }
  }

  private static async readHeader(file: string, role: string, source: ChunkSource): Promise<TableReader> {
    let buf: Buffer = Buffer.allocUnsafe(WINDOW_BYTES);
    let end = 0;
    let eof = false;
    let line = 1;
    const maxLine = maxLineBytes();
    const more = async (): Promise<void> => {
      if (end > maxLine) throw lineTooLong(file, line, maxLine);
      buf = compact(buf, 0, end);
      ({ end, eof } = await fill(source, buf, end));
    };
    while (!eof && end < 4) await more();
    let pos = end >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    checkText(file, buf, pos, end);
    const format = formatFromName(file) ?? sniffFormat(buf, pos, end);
    // Blank lines before the header (or the first object) are skipped, as pandas does.
    for (;;) {
      let p = pos;
      while (p < end && (buf[p] === 32 || buf[p] === 9 || buf[p] === CR)) p++;
      if (p < end && buf[p] === LF) {
        pos = p + 1;
        line++;
        continue;
      }
      if (p < end || eof) break;
      await more();
    }
    if (pos >= end || isBlank(buf, pos, end)) {
      throw new InputError(
        { file },
        format === 'jsonl'
          ? `the ${role} file is empty; expected one JSON object per line, e.g. {"id": "a1", "label": "cat", "prediction": "dog"}.`
          : `the ${role} file is empty; expected a header row naming the columns (e.g. id,label,prediction), then one row per example.`,
      );
    }
    if (format === 'jsonl') {
      let le = indexOfLF(buf, pos, end);
      while (le < 0 && !eof) {
        await more();
        le = indexOfLF(buf, pos, end);
      }
      if (buf[pos] === 0x5b)
        throw new InputError(
          { file, line },
          'this looks like a JSON array; model-gate reads JSON Lines (one JSON object per line, no enclosing [ ]).',
        );
      const obj = parseJsonObject(buf.toString('utf8', pos, le < 0 ? end : le), file, line);
      const scanner = new JsonlScanner(file, line);
      return new TableReader(file, format, Object.keys(obj), source, scanner, buf, pos, end, eof);
    }
    const scanner = new DelimitedScanner(file, format === 'tsv' ? 9 : 44, line);
    let next: number;
    while ((next = scanner.parseRecord(buf, pos, end, eof)) < 0) await more();
    const columns: string[] = [];
    for (let f = 0; f < scanner.fieldCount; f++)
      columns.push(scanner.scratch.toString('utf8', scanner.fieldStarts[f], scanner.fieldEnds[f]));
    scanner.line = line + 1 + scanner.newlinesInRecord;
    return new TableReader(file, format, columns, source, scanner, buf, next, end, eof);
  }

  /**
   * About how many data rows the file holds, from the rows in the bytes read so far (for sizing
   * tables up front; gzip assumed to compress about 4×).
   */
  estimateRows(): number {
    const buf = this.window;
    let lines = 0;
    for (let i = indexOfLF(buf, this.pos, this.end); i >= 0; i = indexOfLF(buf, i + 1, this.end)) lines++;
    const seen = this.end - this.pos;
    if (this.eof || lines === 0 || seen <= 0) return lines + 1;
    // A pipe's size is unknown (0): the tables start small and grow.
    const total = this.source.gzip ? this.source.totalBytes * 4 : this.source.totalBytes;
    return Math.ceil((lines / seen) * total * 1.05);
  }

  /** First index of `name` among the columns, or -1. */
  indexOf(name: string): number {
    return this.columns.indexOf(name);
  }

  /**
   * Chooses the columns to read: slot i will hold the cell of column `slotColumns[i]` (which must
   * exist). Returns the cells the sink will read.
   */
  prepare(slotColumns: readonly string[], sink: RowSink): Cells {
    const cells = makeCells(slotColumns.length);
    const seen = new Map<string, number>();
    slotColumns.forEach((name, slot) => {
      if (seen.has(name))
        throw new UsageError(
          `${this.file}: column "${name}" is named for two different roles; the id, label, prediction and score columns must be different columns.`,
        );
      seen.set(name, slot);
    });
    if (this.scanner instanceof JsonlScanner) {
      this.scanner.bind(seen, this.columns, cells, sink);
    } else {
      const slotOf = new Int32Array(this.columns.length).fill(-1);
      for (const [name, slot] of seen) slotOf[this.columns.indexOf(name)] = slot;
      this.scanner.bind(slotOf, this.columns.length, cells, sink);
    }
    this.cells = cells;
    return cells;
  }

  /** Streams every data row to the sink given to `prepare`. */
  async scan(progress: Progress): Promise<void> {
    if (this.cells === null) throw new Error('TableReader.scan before prepare');
    const scanner = this.scanner;
    const source = this.source;
    let buf = this.window;
    let pos = this.pos;
    let end = this.end;
    let eof = this.eof;
    let last = performance.now();
    const maxLine = maxLineBytes();
    progress.update(source.bytesRead, source.progressTotal, undefined, scanner.rows);
    for (;;) {
      pos = scanner.scan(buf, pos, end, eof);
      if (eof) break;
      if (end - pos > maxLine) throw lineTooLong(this.file, scanner.line, maxLine);
      // The unscanned rest (an incomplete record) moves to the front; the window is refilled.
      buf = compact(buf, pos, end);
      end -= pos;
      pos = 0;
      ({ end, eof } = await fill(source, buf, end));
      const now = performance.now();
      if (now - last >= PROGRESS_EVERY_MS) {
        last = now;
        progress.update(source.bytesRead, source.progressTotal, undefined, scanner.rows);
      }
    }
    const total = source.progressTotal;
    this.window = EMPTY;
    this.pos = 0;
    this.end = 0;
    progress.update(total, total, undefined, scanner.rows);
  }

  /** JSON Lines lines with escapes must be well-formed UTF-8 too (see `JsonlScanner.strictUtf8`). */
  requireUtf8(): void {
    if (this.scanner instanceof JsonlScanner) this.scanner.strictUtf8 = true;
  }

  close(): void {
    this.source.close();
  }
}

const EMPTY: Buffer = Buffer.alloc(0);

/** Index of the first LF in buf[from, end), or -1. */
function indexOfLF(buf: Buffer, from: number, end: number): number {
  const i = buf.indexOf(LF, from);
  return i >= 0 && i < end ? i : -1;
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 32 && c !== 9 && c !== CR && c !== LF) return false;
  }
  return true;
}
