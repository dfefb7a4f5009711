import { InputError } from '../../errors.js';
import { CR, LF, QUOTE } from './bytes.js';
import type { Cells, RowSink, Scanner } from './cells.js';

/**
 * CSV/TSV records straight from Buffers. A record without a quote at the start of a field (the
 * usual case) is scanned once, byte by byte, noting only where the needed fields start and end:
 * the cells stay in the input Buffer. A record with a quoted field goes through `parseRecord`
 * (RFC 4180: delimiters, newlines and doubled quotes inside quotes), which copies unescaped
 * fields into a scratch Buffer. A quote inside an unquoted field is kept as a literal character,
 * as pandas does.
 */
export class DelimitedScanner implements Scanner {
  /** Physical line (1-based) where the next record starts. */
  line: number;
  rows = 0;
  /** Fields of the last `parseRecord` call, as offsets into `scratch`. */
  fieldStarts = new Int32Array(64);
  fieldEnds = new Int32Array(64);
  fieldCount = 0;
  scratch = Buffer.allocUnsafe(1 << 16);
  private slotOf: Int32Array = new Int32Array(0);
  private ncols = 0;
  private cells: Cells | null = null;
  private sink: RowSink | null = null;

  constructor(
    readonly file: string,
    readonly delim: number,
    line: number,
  ) {
    this.line = line;
  }

  /** `slotOf[column index]` = the cell slot that column fills, or -1. */
  bind(slotOf: Int32Array, ncols: number, cells: Cells, sink: RowSink): void {
    this.slotOf = slotOf;
    this.ncols = ncols;
    this.cells = cells;
    this.sink = sink;
    cells.kinds.fill(0);
  }

  scan(buf: Buffer, pos: number, end: number, eof: boolean): number {
    const delim = this.delim;
    const slotOf = this.slotOf;
    const ncols = this.ncols;
    const cells = this.cells!;
    const starts = cells.starts;
    const ends = cells.ends;
    const sink = this.sink!;
    while (pos < end) {
      const ls = pos;
      let i = pos;
      let fs = pos;
      let field = 0;
      let quoted = false;
      while (i < end) {
        const c = buf[i];
        if (c === delim) {
          const sl = field < ncols ? slotOf[field] : -1;
          if (sl >= 0) {
            starts[sl] = fs;
            ends[sl] = i;
          }
          field++;
          fs = i + 1;
        } else if (c === LF) break;
        else if (c === QUOTE && i === fs) {
          quoted = true;
          break;
        }
        i++;
      }
      if (quoted) {
        const next = this.parseRecord(buf, ls, end, eof);
        if (next < 0) return ls;
        const nf = this.fieldCount;
        if (nf !== ncols) throw this.fieldCountError(nf);
        const fstarts = this.fieldStarts;
        const fends = this.fieldEnds;
        for (let f = 0; f < nf; f++) {
          const sl = slotOf[f];
          if (sl >= 0) {
            starts[sl] = fstarts[f];
            ends[sl] = fends[f];
          }
        }
        sink.row(this.scratch, this.line);
        this.rows++;
        this.line += 1 + this.newlinesInRecord;
        pos = next;
        continue;
      }
      if (i >= end && !eof) return ls;
      let fe = i;
      if (fe > fs && buf[fe - 1] === CR) fe--;
      pos = i + 1;
      if (field === 0 && fe === ls) {
        this.line++; // blank line
        continue;
      }
      if (field + 1 !== ncols) throw this.fieldCountError(field + 1);
      const sl = slotOf[field];
      if (sl >= 0) {
        starts[sl] = fs;
        ends[sl] = fe;
      }
      sink.row(buf, this.line);
      this.rows++;
      this.line++;
    }
    return pos > end ? end : pos;
  }

  private fieldCountError(found: number): InputError {
    const name = this.delim === 9 ? 'tab' : `"${String.fromCharCode(this.delim)}"`;
    return new InputError(
      { file: this.file, line: this.line },
      `expected ${this.ncols} fields (as in the header), found ${found}. ` +
        (found > this.ncols
          ? `A value that contains the delimiter (${name}) must be enclosed in double quotes.`
          : 'Every row needs a value (possibly empty) for every column in the header.'),
    );
  }

  newlinesInRecord = 0;

  /**
   * Parses one record starting at `start` into `scratch`/`fieldStarts`/`fieldEnds`/`fieldCount`
   * (all fields, unescaped) and returns the offset just past it, or -1 when the record is not
   * complete before `end` and more data will come.
   */
  parseRecord(buf: Buffer, start: number, end: number, eof: boolean): number {
    const delim = this.delim;
    if (this.scratch.length < end - start)
      this.scratch = Buffer.allocUnsafe(Math.max(end - start, this.scratch.length * 2));
    const out = this.scratch;
    let o = 0;
    let pos = start;
    let field = 0;
    let newlines = 0;
    for (;;) {
      const fo = o;
      if (pos < end && buf[pos] === QUOTE) {
        pos++;
        for (;;) {
          if (pos >= end) {
            if (!eof) return -1;
            throw new InputError(
              { file: this.file, line: this.line },
              'a quoted field that starts on this line is never closed (a " without its closing "). ' +
                'Inside a quoted field, write a double quote as "".',
            );
          }
          const c = buf[pos];
          if (c === QUOTE) {
            if (pos + 1 >= end && !eof) return -1;
            if (pos + 1 < end && buf[pos + 1] === QUOTE) {
              out[o++] = QUOTE;
              pos += 2;
              continue;
            }
            pos++;
            break;
          }
          if (c === LF) newlines++;
          out[o++] = c;
          pos++;
        }
      }
      // Unquoted field, or what follows a closing quote (kept literally, as pandas does).
      for (;;) {
        if (pos >= end) {
          if (!eof) return -1;
          this.setField(field++, fo, o);
          this.fieldCount = field;
          this.newlinesInRecord = newlines;
          return end;
        }
        const c = buf[pos];
        if (c === delim) {
          this.setField(field++, fo, o);
          pos++;
          break;
        }
        if (c === LF) {
          this.setField(field++, fo, o);
          this.fieldCount = field;
          this.newlinesInRecord = newlines;
          return pos + 1;
        }
        if (c === CR) {
          if (pos + 1 >= end) {
            if (!eof) return -1;
            pos++; // a CR ending the file
            continue;
          }
          if (buf[pos + 1] === LF) {
            pos++;
            continue;
          }
        }
        out[o++] = c;
        pos++;
      }
    }
  }

  private setField(f: number, start: number, end: number): void {
    if (f >= this.fieldStarts.length) {
      const s = new Int32Array(this.fieldStarts.length * 2);
      s.set(this.fieldStarts);
      this.fieldStarts = s;
      const e = new Int32Array(this.fieldEnds.length * 2);
      e.set(this.fieldEnds);
      this.fieldEnds = e;
    }
    this.fieldStarts[f] = start;
    this.fieldEnds[f] = end;
  }
}
