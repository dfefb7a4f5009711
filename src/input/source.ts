import { closeSync, createReadStream, open as openFd, read, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { InputError } from '../errors.js';

export type Format = 'csv' | 'tsv' | 'jsonl';

/** Bytes per read: large enough that per-chunk overhead vanishes, small enough to stream. */
export const CHUNK_BYTES = 1 << 20;

/**
 * A file's bytes, read into the caller's Buffer (`readInto`), gunzipped when the file starts with
 * gzip's magic bytes (whatever its name says). A plain file is read straight into the caller's
 * Buffer, so reading allocates nothing per chunk (a stream's fresh 1 MB Buffer per read piles up
 * as garbage between collections: tens of MB of RSS); gunzipped chunks are copied from zlib's.
 * `bytesRead` counts the bytes read from disk (compressed bytes for a .gz file), comparable with
 * `totalBytes`, for progress.
 */
export class ChunkSource {
  readonly file: string;
  readonly totalBytes: number;
  readonly gzip: boolean;
  /** Plain files: the descriptor (-1 once closed) and the next read's position. */
  private fd = -1;
  private position = 0;
  /** Gzip: the compressed stream, the gunzipped chunks, and the rest of the current one. */
  private readonly raw: ReadStream | null = null;
  private readonly iterator: AsyncIterator<Buffer> | null = null;
  private carry: Buffer | null = null;
  private carryAt = 0;

  private constructor(file: string, totalBytes: number, gzip: boolean, fd: number) {
    this.file = file;
    this.totalBytes = totalBytes;
    this.gzip = gzip;
    if (gzip) {
      this.raw = createReadStream(file, { highWaterMark: CHUNK_BYTES, fd, start: 0, autoClose: true });
      const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
      this.raw.on('error', (err) => gunzip.destroy(err));
      this.raw.pipe(gunzip);
      this.iterator = gunzip[Symbol.asyncIterator]();
    } else {
      this.fd = fd;
    }
  }

  static async open(file: string, role: string): Promise<ChunkSource> {
    let size: number;
    try {
      const st = await stat(file);
      if (st.isDirectory())
        throw new InputError(
          { file },
          `this is a directory; expected the ${role} file (CSV, TSV or JSON Lines).`,
        );
      size = st.size;
    } catch (err) {
      if (err instanceof InputError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT')
        throw new InputError(
          { file },
          `file not found (${role} file). Check the path; relative paths are resolved from ${process.cwd()}.`,
        );
      throw new InputError({ file }, `cannot read the ${role} file: ${(err as Error).message}`);
    }
    let fd = -1;
    let gzip = false;
    try {
      fd = await new Promise<number>((resolve, reject) =>
        openFd(file, 'r', (err, opened) => (err ? reject(err) : resolve(opened))),
      );
      if (size >= 2) {
        const head = Buffer.alloc(2);
        const got = await readFd(fd, head, 0, 2, 0);
        gzip = got === 2 && head[0] === 0x1f && head[1] === 0x8b;
      }
    } catch (err) {
      if (fd >= 0) closeSync(fd);
      throw new InputError({ file }, `cannot read the ${role} file: ${(err as Error).message}`);
    }
    return new ChunkSource(file, size, gzip, fd);
  }

  get bytesRead(): number {
    return this.raw ? this.raw.bytesRead : this.position;
  }

  /**
   * Reads the next bytes into `target` from `offset` (at most to its end); returns how many, 0 at
   * the end of the file.
   */
  async readInto(target: Buffer, offset: number): Promise<number> {
    const room = target.length - offset;
    if (room <= 0) throw new Error('ChunkSource.readInto: no room');
    try {
      if (!this.iterator) {
        const got = await readFd(this.fd, target, offset, room, this.position);
        this.position += got;
        return got;
      }
      while (this.carry === null || this.carryAt >= this.carry.length) {
        const r = await this.iterator.next();
        if (r.done) return 0;
        this.carry = r.value as Buffer;
        this.carryAt = 0;
      }
      const n = Math.min(room, this.carry.length - this.carryAt);
      this.carry.copy(target, offset, this.carryAt, this.carryAt + n);
      this.carryAt += n;
      if (this.carryAt >= this.carry.length) this.carry = null;
      return n;
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (this.gzip && typeof e.code === 'string' && e.code.startsWith('Z_'))
        throw new InputError(
          { file: this.file },
          `the file starts like gzip data but cannot be decompressed (${e.message}). Re-create it, or store it uncompressed.`,
        );
      throw new InputError({ file: this.file }, `cannot read the file: ${e.message}`);
    }
  }

  close(): void {
    if (this.iterator) {
      void this.iterator.return?.();
      this.raw!.destroy();
    } else if (this.fd >= 0) {
      closeSync(this.fd);
      this.fd = -1;
    }
  }
}

function readFd(fd: number, buf: Buffer, offset: number, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) =>
    read(fd, buf, offset, length, position, (err, bytesRead) => (err ? reject(err) : resolve(bytesRead))),
  );
}

/** The format a file name announces (`.csv`, `.tsv`, `.jsonl`, `.ndjson`, each optionally `.gz`). */
export function formatFromName(file: string): Format | undefined {
  let name = basename(file).toLowerCase();
  if (name.endsWith('.gz')) name = name.slice(0, -3);
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.tsv') || name.endsWith('.tab')) return 'tsv';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  return undefined;
}

/**
 * The format of content whose name says nothing: a first `{` means JSON Lines; otherwise the
 * first line's tabs and commas (outside quotes) decide between TSV and CSV.
 */
export function sniffFormat(buf: Buffer, start: number, end: number): Format {
  let i = start;
  while (i < end && (buf[i] === 32 || buf[i] === 9 || buf[i] === 10 || buf[i] === 13)) i++;
  if (i < end && (buf[i] === 0x7b || buf[i] === 0x5b)) return 'jsonl';
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (; i < end; i++) {
    const c = buf[i];
    if (c === 34) quoted = !quoted;
    else if (!quoted) {
      if (c === 10) break;
      if (c === 9) tabs++;
      else if (c === 44) commas++;
    }
  }
  return tabs > commas ? 'tsv' : 'csv';
}
