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

  append(values: Int32Array | Float64Array, count: number): void {
    const bytes = count * this.rowBytes;
    const view = new Uint8Array(values.buffer, values.byteOffset, bytes);
    let done = 0;
    while (done < bytes)
      done += writeSync(this.fd, view, done, bytes - done, this.rows * this.rowBytes + done);
    this.rows += count;
  }

  /** Reads rows [start, start + count) into `out` (which must hold them). */
  read(out: Int32Array | Float64Array, start: number, count: number): void {
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

/** The spooled columns of one evaluation, in `dir` (the caller removes the folder). */
export class RowSpool {
  yTrue: SpoolColumn | null = null;
  yPred: SpoolColumn | null = null;
  scores: SpoolColumn | null = null;
  /** A single file's ids, as the two 32-bit hashes the fingerprint takes of each. */
  idHashes: SpoolColumn | null = null;

  constructor(
    readonly dir: string,
    /** Rows per batch: how many rows the readers hold before appending them here. */
    readonly batchRows: number,
  ) {}

  column(name: 'yTrue' | 'yPred' | 'scores' | 'idHashes', rowBytes: number): SpoolColumn {
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
  }
}
