import { createReadStream, type ReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { InputError } from '../errors.js';

export type Format = 'csv' | 'tsv' | 'jsonl';

/** Bytes per read: large enough that per-chunk overhead vanishes, small enough to stream. */
export const CHUNK_BYTES = 1 << 20;

/**
 * A file as a sequence of Buffers, gunzipped when the file starts with gzip's magic bytes
 * (whatever its name says). `bytesRead` counts the bytes read from disk (compressed bytes for a
 * .gz file), comparable with `totalBytes`, for progress.
 */
export class ChunkSource {
  readonly file: string;
  readonly totalBytes: number;
  readonly gzip: boolean;
  private readonly raw: ReadStream;
  private readonly iterator: AsyncIterator<Buffer>;

  private constructor(file: string, totalBytes: number, gzip: boolean) {
    this.file = file;
    this.totalBytes = totalBytes;
    this.gzip = gzip;
    this.raw = createReadStream(file, { highWaterMark: CHUNK_BYTES });
    if (gzip) {
      const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
      this.raw.on('error', (err) => gunzip.destroy(err));
      this.raw.pipe(gunzip);
      this.iterator = gunzip[Symbol.asyncIterator]();
    } else {
      this.iterator = this.raw[Symbol.asyncIterator]();
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
    let gzip = false;
    if (size >= 2) {
      const fh = await open(file, 'r');
      try {
        const head = Buffer.alloc(2);
        await fh.read(head, 0, 2, 0);
        gzip = head[0] === 0x1f && head[1] === 0x8b;
      } finally {
        await fh.close();
      }
    }
    return new ChunkSource(file, size, gzip);
  }

  get bytesRead(): number {
    return this.raw.bytesRead;
  }

  async next(): Promise<Buffer | null> {
    try {
      const r = await this.iterator.next();
      return r.done ? null : (r.value as Buffer);
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
    void this.iterator.return?.();
    this.raw.destroy();
  }
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
