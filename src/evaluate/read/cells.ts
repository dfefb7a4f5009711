/**
 * How scanners hand rows to their consumer without building objects: the scanner writes, for
 * each needed column ("slot"), where its cell starts and ends in a Buffer, then calls
 * `sink.row(buffer, line)`. The Buffer is the input chunk for plain rows, or a scratch Buffer
 * holding unescaped cells for rows that needed unquoting/unescaping.
 */
export interface Cells {
  starts: Int32Array;
  ends: Int32Array;
  /** What each cell held, one of the `KIND_*` values (CSV/TSV cells are always text). */
  kinds: Uint8Array;
}

/** Text (CSV/TSV cell or JSON string). */
export const KIND_TEXT = 0;
/** A JSON number token (bytes as written). */
export const KIND_NUMBER = 1;
/** A JSON boolean: the bytes are `true` or `false`. */
export const KIND_BOOL = 2;
/** JSON null: an empty cell. */
export const KIND_NULL = 3;
/** The key is absent from this JSON object. */
export const KIND_MISSING = 4;
/** A JSON object or array. */
export const KIND_NESTED = 5;

export function makeCells(slots: number): Cells {
  return { starts: new Int32Array(slots), ends: new Int32Array(slots), kinds: new Uint8Array(slots) };
}

export interface RowSink {
  /** One data row; `line` is its first physical line in the file (the header is line 1). */
  row(buf: Buffer, line: number): void;
}

export interface Scanner {
  /** Physical line (1-based) where the next record starts. */
  line: number;
  /** Data rows passed to the sink so far. */
  rows: number;
  /**
   * Scans complete records in buf[pos, end) and returns where the first incomplete one starts
   * (`end` when none); with `eof`, the last record needs no newline.
   */
  scan(buf: Buffer, pos: number, end: number, eof: boolean): number;
}

/** What a JSON value of KIND_NESTED is, from its first byte (the cell holds its JSON text). */
export function nestedWhat(buf: Buffer, s: number, e: number): string {
  return s < e && buf[s] === 0x5b ? 'an array' : 'an object';
}
