import { performance } from 'node:perf_hooks';
import { InputError, UsageError } from '../errors.js';
import type { Progress } from '../util/progress.js';
import { CR, LF } from './bytes.js';
import { makeCells, type Cells, type RowSink } from './cells.js';
import { DelimitedScanner } from './delimited.js';
import { JsonlScanner, parseJsonObject } from './jsonl.js';
import { ChunkSource, formatFromName, sniffFormat, type Format } from './source.js';

const EMPTY: Buffer = Buffer.alloc(0);
const PROGRESS_EVERY_MS = 100;

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
    private pending: Buffer,
    private pos: number,
    private eof: boolean,
  ) {}

  get totalBytes(): number {
    return this.source.totalBytes;
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
    let buf: Buffer = EMPTY;
    let eof = false;
    const more = async (): Promise<void> => {
      const chunk = await source.next();
      if (chunk === null) eof = true;
      else buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
    };
    while (!eof && buf.length < 4) await more();
    let pos = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    const format = formatFromName(file) ?? sniffFormat(buf, pos, buf.length);
    let line = 1;
    // Blank lines before the header (or the first object) are skipped, as pandas does.
    for (;;) {
      let p = pos;
      while (p < buf.length && (buf[p] === 32 || buf[p] === 9 || buf[p] === CR)) p++;
      if (p < buf.length && buf[p] === LF) {
        pos = p + 1;
        line++;
        continue;
      }
      if (p < buf.length || eof) break;
      await more();
    }
    if (pos >= buf.length || isBlank(buf, pos, buf.length)) {
      throw new InputError(
        { file },
        format === 'jsonl'
          ? `the ${role} file is empty; expected one JSON object per line, e.g. {"id": "a1", "label": "cat", "prediction": "dog"}.`
          : `the ${role} file is empty; expected a header row naming the columns (e.g. id,label,prediction), then one row per example.`,
      );
    }
    if (format === 'jsonl') {
      let le = buf.indexOf(LF, pos);
      while (le < 0 && !eof) {
        await more();
        le = buf.indexOf(LF, pos);
      }
      if (buf[pos] === 0x5b)
        throw new InputError(
          { file, line },
          'this looks like a JSON array; model-gate reads JSON Lines (one JSON object per line, no enclosing [ ]).',
        );
      const obj = parseJsonObject(buf.toString('utf8', pos, le < 0 ? buf.length : le), file, line);
      const scanner = new JsonlScanner(file, line);
      return new TableReader(file, format, Object.keys(obj), source, scanner, buf, pos, eof);
    }
    const scanner = new DelimitedScanner(file, format === 'tsv' ? 9 : 44, line);
    let next: number;
    while ((next = scanner.parseRecord(buf, pos, buf.length, eof)) < 0) await more();
    const columns: string[] = [];
    for (let f = 0; f < scanner.fieldCount; f++)
      columns.push(scanner.scratch.toString('utf8', scanner.fieldStarts[f], scanner.fieldEnds[f]));
    scanner.line = line + 1 + scanner.newlinesInRecord;
    return new TableReader(file, format, columns, source, scanner, buf, next, eof);
  }

  /**
   * About how many data rows the file holds, from the rows in the bytes read so far (for sizing
   * tables up front; gzip assumed to compress about 4×).
   */
  estimateRows(): number {
    const buf = this.pending;
    let lines = 0;
    for (let i = buf.indexOf(LF, this.pos); i >= 0; i = buf.indexOf(LF, i + 1)) lines++;
    const seen = buf.length - this.pos;
    if (this.eof || lines === 0 || seen <= 0) return lines + 1;
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
    const total = source.totalBytes;
    let buf = this.pending;
    let pos = this.pos;
    let eof = this.eof;
    let last = performance.now();
    progress.update(source.bytesRead, total);
    for (;;) {
      pos = scanner.scan(buf, pos, buf.length, eof);
      if (eof) break;
      const chunk = await source.next();
      if (chunk === null) {
        eof = true;
        continue;
      }
      const rest = buf.length - pos;
      if (rest === 0) buf = chunk;
      else if (rest <= chunk.length) buf = Buffer.concat([buf.subarray(pos), chunk]);
      else {
        // A record longer than a chunk: grow geometrically so it is rescanned O(1) times per byte.
        const parts = [buf.subarray(pos), chunk];
        let got = chunk.length;
        while (got < rest) {
          const c = await source.next();
          if (c === null) {
            eof = true;
            break;
          }
          parts.push(c);
          got += c.length;
        }
        buf = Buffer.concat(parts);
      }
      pos = 0;
      const now = performance.now();
      if (now - last >= PROGRESS_EVERY_MS) {
        last = now;
        progress.update(source.bytesRead, total);
      }
    }
    this.pending = EMPTY;
    progress.update(total, total);
  }

  close(): void {
    this.source.close();
  }
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 32 && c !== 9 && c !== CR && c !== LF) return false;
  }
  return true;
}
