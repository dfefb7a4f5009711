import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A column of fixed-width rows kept in a temp file instead of memory: the streaming readers
 * append each batch of rows as it is read and replay them, a batch at a time, once the whole file
 * has been read (when the classes, the task and the positive label are known). Memory stays at a
 * batch however many rows the file has.
 */
export class SpoolColumn {
  private fd: number;
  /** Rows written so far. */
  rows = 0;

  constructor(
    readonly path: string,
    /** Bytes per row (4 for Int32, 8 × k for k Float64 values). */
    readonly rowBytes: number,
  ) {
    this.fd = openSync(path, 'w+');
  }

  append(values: Int32Array | Float64Array | Uint8Array, count: number): void {
    const bytes = count * this.rowBytes;
    const view = new Uint8Array(values.buffer, values.byteOffset, bytes);
    let done = 0;
    while (done < bytes)
      done += writeSync(this.fd, view, done, bytes - done, this.rows * this.rowBytes + done);
    this.rows += count;
  }

  /** Reads rows [start, start + count) into `out` (which must hold them). */
  read(out: Int32Array | Float64Array | Uint8Array, start: number, count: number): void {
    const bytes = count * this.rowBytes;
    const view = new Uint8Array(out.buffer, out.byteOffset, bytes);
    let done = 0;
    while (done < bytes) {
      const got = readSync(this.fd, view, done, bytes - done, start * this.rowBytes + done);
      if (got === 0) throw new Error(`${this.path}: unexpected end of spooled rows`);
      done += got;
    }
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

/**
 * The row ids as UTF-8 bytes (a single file with ids, or the labels file of a join by id), kept
 * only when the per-example sidecar is written from the stream: each row's byte length, and the
 * bytes back to back, replayed in row order with the rows. An id that is not well-formed UTF-8 on
 * its own is kept as its string's UTF-8 (U+FFFD for each bad sequence), as `idBytesFor` writes
 * the ids of rows held in memory, so the sidecar's bytes are the same either way.
 */
export class SpooledIds {
  readonly lengths: SpoolColumn;
  private readonly fd: number;
  /** Bytes written so far. */
  bytes = 0;

  constructor(dir: string) {
    this.lengths = new SpoolColumn(join(dir, 'rows-idLengths.bin'), 4);
    this.fd = openSync(join(dir, 'rows-idBytes.bin'), 'w+');
  }

  /** Appends `count` ids: id i is `bytes[offsets[i], offsets[i + 1])`. */
  append(bytes: Buffer, offsets: Int32Array, count: number): void {
    const lengths = new Int32Array(count);
    let out = bytes.subarray(offsets[0], offsets[count]);
    if (!isAscii(out)) {
      const pieces: Buffer[] = [];
      for (let i = 0; i < count; i++) {
        const id = bytes.subarray(offsets[i], offsets[i + 1]);
        pieces.push(isUtf8(id) ? id : Buffer.from(id.toString('utf8'), 'utf8'));
      }
      out = Buffer.concat(pieces);
      for (let i = 0; i < count; i++) lengths[i] = pieces[i].length;
    } else for (let i = 0; i < count; i++) lengths[i] = offsets[i + 1] - offsets[i];
    this.lengths.append(lengths, count);
    let done = 0;
    while (done < out.length) done += writeSync(this.fd, out, done, out.length - done, this.bytes + done);
    this.bytes += out.length;
  }

  /** Reads `length` bytes from byte `at` into `out`. */
  read(out: Buffer, at: number, length: number): void {
    let done = 0;
    while (done < length) {
      const got = readSync(this.fd, out, done, length - done, at + done);
      if (got === 0) throw new Error('model-gate: unexpected end of spooled ids');
      done += got;
    }
  }

  close(): void {
    this.lengths.close();
    closeSync(this.fd);
  }
}

/**
 * The predictions and scores of a join by id in bounded memory (`PartitionedJoin`), read in the
 * labels file's row order instead of from the `yPred` and `scores` columns.
 */
export interface JoinedColumns {
  /** Rows [start, start + count), read in order from row 0 on each pass. */
  read(yPred: Int32Array | Float64Array, scores: Float64Array | null, start: number, count: number): void;
  close(): void;
}

/** The spooled columns of one evaluation, in `dir` (the caller removes the folder). */
export class RowSpool {
  yTrue: SpoolColumn | null = null;
  yPred: SpoolColumn | null = null;
  scores: SpoolColumn | null = null;
  /** The ids (a single file, or the labels file of a join by id), as the fingerprint's two 32-bit hashes. */
  idHashes: SpoolColumn | null = null;
  /** A partitioned join by id: each label row's partition (one byte). */
  rowPartitions: SpoolColumn | null = null;
  /** A partitioned join by id: the joined predictions and scores (then `yPred`, `scores` are null). */
  joined: JoinedColumns | null = null;
  /** The ids' bytes, when `keepIds` was asked for and the rows have ids. */
  ids: SpooledIds | null = null;

  constructor(
    readonly dir: string,
    /** Rows per batch: how many rows the readers hold before appending them here. */
    readonly batchRows: number,
    /** Keep the ids' bytes (`ids`) for the per-example sidecar, not only their hashes. */
    readonly keepIds = false,
  ) {}

  column(name: 'yTrue' | 'yPred' | 'scores' | 'idHashes' | 'rowPartitions', rowBytes: number): SpoolColumn {
    const existing = this[name];
    if (existing) return existing;
    const col = new SpoolColumn(join(this.dir, `rows-${name}.bin`), rowBytes);
    this[name] = col;
    return col;
  }

  close(): void {
    this.yTrue?.close();
    this.yPred?.close();
    this.scores?.close();
    this.idHashes?.close();
    this.rowPartitions?.close();
    this.joined?.close();
    this.ids?.close();
    this.ids = null;
  }

  /** Rows [start, start + count) of the predictions (and scores, when `scores` is given). */
  readPredictions(
    yPred: Int32Array | Float64Array,
    scores: Float64Array | null,
    start: number,
    count: number,
  ): void {
    if (this.joined !== null) {
      this.joined.read(yPred, scores, start, count);
      return;
    }
    this.yPred!.read(yPred, start, count);
    if (scores !== null) this.scores!.read(scores, start, count);
  }
}
