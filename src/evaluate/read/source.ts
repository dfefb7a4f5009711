import { closeSync, createReadStream, open as openFd, read, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { InputError } from '../../errors.js';

export type Format = 'csv' | 'tsv' | 'jsonl';

/** Bytes per read: large enough that per-chunk overhead vanishes, small enough to stream. */
export const CHUNK_BYTES = 1 << 20;

/** A limit from the environment (a positive integer of bytes), else its default. */
function envLimit(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  return Number.isSafeInteger(v) && v > 0 ? v : fallback;
}

/**
 * Longest line (record) read, in bytes: 16 MiB, or MODEL_GATE_MAX_LINE_BYTES. A longer one is
 * an error, not an allocation that grows until the process aborts (a gzip bomb holding one
 * 600 MB line, /dev/zero given as a file).
 */
export function maxLineBytes(): number {
  return envLimit('MODEL_GATE_MAX_LINE_BYTES', 16 << 20);
}
/** Longest label, prediction or id cell, in bytes: 1 MiB, or MODEL_GATE_MAX_FIELD_BYTES. */
export function maxFieldBytes(): number {
  return envLimit('MODEL_GATE_MAX_FIELD_BYTES', 1 << 20);
}
/**
 * Most bytes a gzipped input may decompress to: 64 GiB, or MODEL_GATE_MAX_DECOMPRESSED_BYTES
 * (an endless or runaway stream stops with a message instead of running for hours).
 */
export const MAX_DECOMPRESSED_BYTES = envLimit('MODEL_GATE_MAX_DECOMPRESSED_BYTES', 64 * 2 ** 30);

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
  /**
   * False for a FIFO, a process substitution (`<(zcat f.gz)`), a character device: read once,
   * front to back, never seeked or sized (their size is unknown: `totalBytes` is 0).
   */
  readonly regular: boolean;
  /** Non-regular files: the bytes read to sniff gzip, served before the rest. */
  private head: Buffer | null = null;
  private decompressed = 0;
  /** Plain files: the descriptor (-1 once closed) and the next read's position. */
  private fd = -1;
  private position = 0;
  /** Gzip: the compressed stream, the gunzipped chunks, and the rest of the current one. */
  private readonly raw: ReadStream | null = null;
  private readonly iterator: AsyncIterator<Buffer> | null = null;
  private carry: Buffer | null = null;
  private carryAt = 0;

  private constructor(
    file: string,
    totalBytes: number,
    gzip: boolean,
    fd: number,
    regular: boolean,
    head: Buffer | null,
  ) {
    this.file = file;
    this.totalBytes = totalBytes;
    this.gzip = gzip;
    this.regular = regular;
    if (gzip) {
      this.raw = createReadStream(file, {
        highWaterMark: CHUNK_BYTES,
        fd,
        ...(regular ? { start: 0 } : {}),
        autoClose: true,
      });
      const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
      this.raw.on('error', (err) => gunzip.destroy(err));
      if (head) gunzip.write(head);
      this.raw.pipe(gunzip);
      this.iterator = gunzip[Symbol.asyncIterator]();
    } else {
      this.fd = fd;
      this.head = head && head.length > 0 ? head : null;
    }
  }

  static async open(file: string, role: string): Promise<ChunkSource> {
    let size: number;
    let regular: boolean;
    try {
      const st = await stat(file);
      if (st.isDirectory())
        throw new InputError(
          { file },
          `this is a directory; expected the ${role} file (CSV, TSV or JSON Lines).`,
        );
      regular = st.isFile();
      size = regular ? st.size : 0;
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
    let head: Buffer | null = null;
    try {
      fd = await new Promise<number>((resolve, reject) =>
        openFd(file, 'r', (err, opened) => (err ? reject(err) : resolve(opened))),
      );
      if (!regular) {
        // A pipe cannot be re-read: the sniffed bytes are kept and served first.
        const buf = Buffer.alloc(2);
        let got = 0;
        while (got < 2) {
          const n = await readFd(fd, buf, got, 2 - got, null);
          if (n === 0) break;
          got += n;
        }
        head = buf.subarray(0, got);
        gzip = got === 2 && buf[0] === 0x1f && buf[1] === 0x8b;
      } else if (size >= 2) {
        const buf = Buffer.alloc(2);
        const got = await readFd(fd, buf, 0, 2, 0);
        gzip = got === 2 && buf[0] === 0x1f && buf[1] === 0x8b;
      }
    } catch (err) {
      if (fd >= 0) closeSync(fd);
      throw new InputError({ file }, `cannot read the ${role} file: ${(err as Error).message}`);
    }
    return new ChunkSource(file, size, gzip, fd, regular, head);
  }

  get bytesRead(): number {
    return this.raw ? this.raw.bytesRead : this.position;
  }

  /** What the progress bar counts up to: the size, or (a pipe: size unknown) the bytes read so far. */
  get progressTotal(): number {
    return this.regular ? this.totalBytes : this.bytesRead;
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
        if (this.head) {
          const n = Math.min(room, this.head.length);
          this.head.copy(target, offset, 0, n);
          this.head = n < this.head.length ? this.head.subarray(n) : null;
          this.position += n;
          return n;
        }
        const got = await readFd(this.fd, target, offset, room, this.regular ? this.position : null);
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
      this.decompressed += n;
      if (this.decompressed > MAX_DECOMPRESSED_BYTES)
        throw new InputError(
          { file: this.file },
          `the gzipped data decompresses to more than ${MAX_DECOMPRESSED_BYTES} bytes (from ${this.bytesRead} compressed ` +
            'bytes read so far), the limit; a gzip bomb or a runaway stream? Raise the limit with ' +
            'MODEL_GATE_MAX_DECOMPRESSED_BYTES=<bytes> if the file really is that large.',
        );
      this.carry.copy(target, offset, this.carryAt, this.carryAt + n);
      this.carryAt += n;
      if (this.carryAt >= this.carry.length) this.carry = null;
      return n;
    } catch (err) {
      if (err instanceof InputError) throw err;
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

function readFd(
  fd: number,
  buf: Buffer,
  offset: number,
  length: number,
  position: number | null,
): Promise<number> {
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
