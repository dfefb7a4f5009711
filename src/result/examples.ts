import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, mkdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { endianness } from 'node:os';
import { join } from 'node:path';
import {
  idBytesOf,
  setLazyIds,
  type ClassificationData,
  type EvaluationData,
  type ExampleData,
  type IdBytes,
  type RankingData,
  type RegressionData,
  type TextData,
} from './evaluation-data.js';
import { TEXT_TERM_WIDTH } from '../evaluate/metrics/text/text-rows.js';
import { InputError } from '../errors.js';
import { silentLogger, type Logger } from '../util/progress.js';
import { EXAMPLES_FORMAT_V1, readExamplesV1, validateShape, type ExamplesHeader } from './examples-v1.js';

export { EXAMPLES_FORMAT_V1 };
export const EXAMPLES_FORMAT = 'model-gate/examples@2' as const;
/** Every sidecar format this version reads (result.json's `examples.format`). */
export const EXAMPLES_FORMATS: readonly string[] = [EXAMPLES_FORMAT, EXAMPLES_FORMAT_V1];
export const EXAMPLES_FILE = 'examples.bin';

/** The header line of a sidecar is at most this long (a class dictionary of ~100k labels). */
const MAX_HEADER_BYTES = 16 << 20;
/** Columns are written and read this many bytes at a time (progress between pieces). */
const PIECE_BYTES = 8 << 20;
const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * The per-example sidecar (`model-gate/examples@2`): one line of JSON (the header), padded with
 * spaces so that the binary columns after it start at a multiple of 8 bytes, then the columns,
 * little-endian, each padded with zero bytes to a multiple of 8:
 *
 * | column       | type        | count           | present                          |
 * |--------------|-------------|-----------------|----------------------------------|
 * | `y_true`     | int32/float64 | n             | always (int32 class codes, float64 for regression) |
 * | `y_pred`     | int32/float64 | n             | always (−1 / NaN = no prediction) |
 * | `scores`     | float64     | n × score_width | score_width > 0 (NaN = none for the row) |
 * | `id_lengths` | uint32      | n               | ids (UTF-8 byte length of each id) |
 * | `id_bytes`   | bytes       | id_bytes        | ids (the ids' UTF-8, back to back) |
 *
 * A ranking sidecar (`task: "ranking"`, one row per query) has, instead of `y_true`, `y_pred`
 * and `scores`, one `values` column: float64, n × metrics.length, each query's value of every
 * metric in the header's `metrics` order (row-major); its ids are the query ids.
 *
 * Class codes index the header's `classes` (the label dictionary). The header lists the columns
 * it declares (`columns: [{name, type, count}]`) so a reader can check the layout before reading a
 * byte of it; its other fields are those of `examples@1`. Not compressed: reading is a copy into
 * typed arrays (no per-row parsing), and the artifact upload compresses anyway.
 */
interface Header extends Omit<ExamplesHeader, 'schema' | 'task'> {
  schema: typeof EXAMPLES_FORMAT;
  task: ExampleData['task'];
  /** Ranking: the metric of each `values` column. */
  metrics?: string[];
  byte_order: 'little';
  id_bytes?: number;
  /** `text`: the width of a row of `text_terms` and the bytes of `excerpt_bytes`. */
  text_width?: number;
  excerpt_bytes?: number;
  columns: Column[];
}

/**
 * `text` sidecars hold, instead of `y_true`/`y_pred`/`scores`: `text_terms` (float64, n ×
 * `text_width`: each example's per-example metric terms and BLEU/chrF statistics, the rows of
 * `TextData.terms`), `label_hashes` (int32, 2n: its references' fingerprint hashes, so that an
 * exact merge recomputes `dataset.fingerprint`), `excerpt_lengths` (uint32, 2n: the UTF-8 byte length of each example's
 * prediction excerpt, then of its reference excerpt) and `excerpt_bytes` (their UTF-8).
 */
interface Column {
  name:
    | 'y_true'
    | 'y_pred'
    | 'scores'
    | 'values'
    | 'text_terms'
    | 'label_hashes'
    | 'excerpt_lengths'
    | 'excerpt_bytes'
    | 'id_lengths'
    | 'id_bytes';
  type: 'int32' | 'float64' | 'uint32' | 'bytes';
  count: number;
}

const WIDTH: Record<Column['type'], number> = { int32: 4, float64: 8, uint32: 4, bytes: 1 };
const pad8 = (x: number): number => Math.ceil(x / 8) * 8;

function scoreWidth(data: ExampleData): number {
  if (data.task === 'regression' || data.task === 'ranking' || data.task === 'text' || !data.scores) return 0;
  return data.task === 'binary' ? 1 : (data.scoreClasses ?? data.classes).length;
}

/** The columns a header's fields call for, in file order. */
function layout(h: {
  task: string;
  n: number;
  ids: boolean;
  score_width: number;
  id_bytes?: number;
  metrics?: string[];
  text_width?: number;
  excerpt_bytes?: number;
}): Column[] {
  const label = h.task === 'regression' ? 'float64' : 'int32';
  const cols: Column[] =
    h.task === 'ranking'
      ? [{ name: 'values', type: 'float64', count: h.n * (h.metrics?.length ?? 0) }]
      : h.task === 'text'
        ? [
            { name: 'text_terms', type: 'float64', count: h.n * (h.text_width ?? 0) },
            { name: 'label_hashes', type: 'int32', count: 2 * h.n },
            { name: 'excerpt_lengths', type: 'uint32', count: 2 * h.n },
            { name: 'excerpt_bytes', type: 'bytes', count: h.excerpt_bytes ?? 0 },
          ]
        : [
            { name: 'y_true', type: label, count: h.n },
            { name: 'y_pred', type: label, count: h.n },
          ];
  if (h.score_width > 0) cols.push({ name: 'scores', type: 'float64', count: h.n * h.score_width });
  if (h.ids) {
    cols.push({ name: 'id_lengths', type: 'uint32', count: h.n });
    cols.push({ name: 'id_bytes', type: 'bytes', count: h.id_bytes ?? 0 });
  }
  return cols;
}

/**
 * Writes DIR/examples.bin (same data → same bytes) and returns its path. Written to a temporary
 * name first and renamed, so a crash never leaves a half-written sidecar under the real name.
 */
export async function writeExamples(
  dir: string,
  data: ExampleData,
  logger: Logger = silentLogger,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  if (data.task === 'text') return writeTextExamples(dir, data, logger);
  const ids = idBytesFor(data);
  const writer = new ExamplesWriter(dir, data.n, ids ? ids.offsets[ids.n] - ids.offsets[0] : null, logger);
  try {
    writer.write(data, 0, ids);
    return writer.finish();
  } catch (e) {
    writer.abort();
    throw e;
  }
}

/**
 * Writes a sidecar a batch of rows at a time, so that rows streamed from disk never need to be
 * in memory together: each batch goes to its place in each column (positional writes; the layout
 * follows from n, the score width and the ids' byte count, all known before the first row). The
 * header is fixed by the first batch's fields (task, classes, scores…), as `writeExamples` takes
 * them from the whole data: the same rows give the same bytes however they are batched. Batches
 * come in row order. The file is written under a temporary name and renamed by `finish`.
 */
export class ExamplesWriter {
  readonly path: string;
  private readonly tmp: string;
  private fd: number;
  private columns: Column[] = [];
  /** Where each column starts in the file (the header's length first). */
  private starts: number[] = [];
  private total = 0;
  private rows = 0;
  private idAt = 0;
  private written = 0;
  private readonly progress: ReturnType<Logger['progress']['start']>;

  constructor(
    dir: string,
    private readonly n: number,
    /** The ids' UTF-8 bytes in all, or null when the rows have no ids. */
    private readonly idByteCount: number | null,
    logger: Logger = silentLogger,
  ) {
    this.path = join(dir, EXAMPLES_FILE);
    this.tmp = `${this.path}.${process.pid}.tmp`;
    this.fd = openSync(this.tmp, 'w');
    this.progress = logger.progress.start(`Writing ${this.path}`);
  }

  /** Rows [start, start + batch.n), with their ids' bytes when the rows have ids. */
  write(batch: Exclude<ExampleData, TextData>, start: number, ids: IdBytes | null): void {
    if (start !== this.rows) throw new Error(`ExamplesWriter: rows ${start}… after ${this.rows}`);
    if ((ids !== null) !== (this.idByteCount !== null))
      throw new Error('ExamplesWriter: ids given for some rows only');
    if (this.columns.length === 0) this.writeHeader(batch);
    const count = batch.n;
    const width = scoreWidth(batch);
    const put = (column: number, at: number, bytes: Uint8Array): void =>
      this.put(this.starts[column] + at, bytes);
    let next: number;
    if (batch.task === 'ranking') {
      // One row per query: its value of every metric, row-major.
      const m = batch.metrics.length;
      put(0, start * m * 8, bytesOf(canonicalNaN(batch.values.subarray(0, count * m))));
      next = 1;
    } else {
      const label = batch.task === 'regression' ? 8 : 4;
      put(0, start * label, bytesOf(batch.yTrue.subarray(0, count)));
      put(1, start * label, bytesOf(canonicalNaN(batch.yPred.subarray(0, count))));
      next = 2;
    }
    if (width > 0) {
      const scores = (batch as ClassificationData).scores!.subarray(0, count * width);
      put(next++, start * width * 8, bytesOf(canonicalNaN(scores)));
    }
    if (ids !== null) {
      const { bytes, offsets } = ids;
      const lengths = new Uint32Array(count);
      for (let i = 0; i < count; i++) lengths[i] = offsets[i + 1] - offsets[i];
      put(next++, start * 4, bytesOf(lengths));
      put(next, this.idAt, bytes.subarray(offsets[0], offsets[count]));
      this.idAt += offsets[count] - offsets[0];
    }
    this.rows += count;
  }

  /** Pads the columns, checks that every row came, and renames the file to its real name. */
  finish(): string {
    if (this.rows !== this.n) throw new Error(`ExamplesWriter: ${this.rows} of ${this.n} rows written`);
    if (this.idByteCount !== null && this.idAt !== this.idByteCount)
      throw new Error(`ExamplesWriter: ${this.idAt} of ${this.idByteCount} id bytes written`);
    this.columns.forEach((c, k) => {
      const bytes = c.count * WIDTH[c.type];
      if (pad8(bytes) > bytes) this.put(this.starts[k] + bytes, new Uint8Array(pad8(bytes) - bytes));
    });
    closeSync(this.fd);
    this.fd = -1;
    renameSync(this.tmp, this.path);
    this.progress.done(`${this.n} rows, ${(this.total / 2 ** 20).toFixed(1)} MiB`);
    return this.path;
  }

  /** Closes and removes the temporary file (after a failure). */
  abort(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    rmSync(this.tmp, { force: true });
  }

  private writeHeader(first: Exclude<ExampleData, TextData>): void {
    const header: Header = {
      schema: EXAMPLES_FORMAT,
      task: first.task,
      n: this.n,
      ids: this.idByteCount !== null,
      score_width: scoreWidth(first),
      byte_order: 'little',
      columns: [],
    };
    if (first.task === 'ranking') header.metrics = first.metrics;
    else if (first.task !== 'regression') {
      header.classes = first.classes;
      if (first.positive !== undefined) header.positive = first.positive;
      if (first.scoreClasses) header.score_classes = first.scoreClasses;
      if (first.scoreKind) header.score_kind = first.scoreKind;
    }
    if (this.idByteCount !== null) header.id_bytes = this.idByteCount;
    header.columns = layout(header);
    this.columns = header.columns;
    const line = headerLine(header);
    let at = line.length;
    for (const c of this.columns) {
      this.starts.push(at);
      at += pad8(c.count * WIDTH[c.type]);
    }
    this.total = at;
    this.put(0, line);
  }

  /** Writes `bytes` at `position`, a piece at a time (progress between pieces). */
  private put(position: number, bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
      const length = Math.min(PIECE_BYTES, bytes.length - at);
      let done = 0;
      while (done < length) done += writeSync(this.fd, bytes, at + done, length - done, position + at + done);
      this.written += length;
      this.progress.update(Math.min(this.written, this.total), this.total, undefined, undefined);
    }
  }
}

/**
 * A text sidecar, written whole (text rows are held in memory: their excerpts and terms are
 * small beside the text itself).
 */
async function writeTextExamples(
  dir: string,
  data: TextData,
  logger: Logger = silentLogger,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, EXAMPLES_FILE);
  const ids = encodedIds(data);
  const excerpts = encodeIds([...data.excerpts.prediction, ...data.excerpts.reference]);
  const header: Header = {
    schema: EXAMPLES_FORMAT,
    task: data.task,
    n: data.n,
    ids: ids !== null,
    score_width: 0,
    byte_order: 'little',
    text_width: TEXT_TERM_WIDTH,
    excerpt_bytes: excerpts.bytes.length,
    columns: [],
  };
  if (ids) header.id_bytes = ids.bytes.length;
  header.columns = layout(header);

  const columns: Uint8Array[] = [
    bytesOf(canonicalNaN(data.terms)),
    bytesOf(data.labelHashes),
    bytesOf(excerpts.lengths),
    excerpts.bytes,
  ];
  if (ids) columns.push(bytesOf(ids.lengths), ids.bytes);
  const headerBytes = headerLine(header);
  const total = headerBytes.length + columns.reduce((acc, c) => acc + pad8(c.length), 0);

  const tmp = `${path}.${process.pid}.tmp`;
  const progress = logger.progress.start(`Writing ${path}`);
  let file: FileHandle | null = await open(tmp, 'w');
  try {
    let written = 0;
    const put = async (bytes: Uint8Array): Promise<void> => {
      for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
        const piece = bytes.subarray(at, Math.min(bytes.length, at + PIECE_BYTES));
        await file!.write(piece);
        written += piece.length;
        progress.update(written, total, undefined, undefined);
      }
    };
    await put(headerBytes);
    for (const c of columns) {
      await put(c);
      if (pad8(c.length) > c.length) await put(new Uint8Array(pad8(c.length) - c.length));
    }
    await file.close();
    file = null;
    await rename(tmp, path);
  } catch (e) {
    await file?.close().catch(() => {});
    await rm(tmp, { force: true });
    throw e;
  }
  progress.done(`${data.n} rows, ${(total / 2 ** 20).toFixed(1)} MiB`);
  return path;
}

/** The header as one line, padded with spaces so its length (with the '\n') is a multiple of 8. */
function headerLine(header: Header): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = pad8(json.length + 1);
  const line = Buffer.alloc(length, 0x20);
  json.copy(line);
  line[length - 1] = 0x0a;
  return line;
}

/** The ids' UTF-8 back to back, with each id's byte length (the sidecar's two id columns). */
function encodedIds(data: ExampleData): { lengths: Uint32Array; bytes: Buffer } | null {
  const ids = idBytesFor(data);
  if (ids === null) return null;
  const { bytes, offsets, n } = ids;
  const lengths = new Uint32Array(n);
  for (let i = 0; i < n; i++) lengths[i] = offsets[i + 1] - offsets[i];
  return { lengths, bytes: bytes.subarray(offsets[0], offsets[n]) };
}

/**
 * `data.ids` as UTF-8 bytes: the reader's own bytes when it kept them (no strings built), else
 * encoded from the strings. The bytes are the same either way: each of the reader's ids is
 * well-formed UTF-8 (checked here, else the strings — which would carry U+FFFD — decide), and a
 * string decoded from UTF-8 encodes back to the same bytes. So two ids are equal exactly when
 * their bytes are, and pairing can compare bytes.
 */
export function idBytesFor(data: ExampleData): IdBytes | null {
  const raw = data.task === 'ranking' ? undefined : idBytesOf(data);
  if (raw !== undefined && raw.n === data.n) {
    const { bytes, offsets, n } = raw;
    if (isAscii(bytes.subarray(offsets[0], offsets[n])) || everyIdUtf8(bytes, offsets, n)) return raw;
  }
  return data.ids ? idBytesOfStrings(data.ids) : null;
}

/** Strings as UTF-8 bytes end to end. */
export function idBytesOfStrings(ids: readonly string[]): IdBytes {
  const { lengths, bytes } = encodeIds(ids);
  const offsets = new Int32Array(lengths.length + 1);
  for (let i = 0; i < lengths.length; i++) offsets[i + 1] = offsets[i] + lengths[i];
  return { n: lengths.length, bytes, offsets };
}

/** The ids as strings, `lengths[i]` bytes each. */
function decodeIds(bytes: Buffer, lengths: Uint32Array): string[] {
  const ids = new Array<string>(lengths.length);
  let s = 0;
  for (let i = 0; i < lengths.length; i++) {
    const e = s + lengths[i];
    ids[i] = bytes.toString('utf8', s, e);
    s = e;
  }
  return ids;
}

/** Decodes the ids on first use (`setLazyIds`). */
function decodeIdBytes({ n, bytes, offsets }: IdBytes): () => string[] {
  return () => {
    const ids = new Array<string>(n);
    for (let i = 0; i < n; i++) ids[i] = bytes.toString('utf8', offsets[i], offsets[i + 1]);
    return ids;
  };
}

/** Each id on its own is well-formed UTF-8 (the whole being so is not enough: a split sequence). */
function everyIdUtf8(bytes: Buffer, offsets: Int32Array, n: number): boolean {
  for (let i = 0; i < n; i++) if (!isUtf8(bytes.subarray(offsets[i], offsets[i + 1]))) return false;
  return true;
}

/** The ids' UTF-8 back to back, with each id's byte length. */
function encodeIds(ids: readonly string[]): { lengths: Uint32Array; bytes: Buffer } {
  const lengths = new Uint32Array(ids.length);
  let total = 0;
  for (let i = 0; i < ids.length; i++) {
    const l = Buffer.byteLength(ids[i], 'utf8');
    lengths[i] = l;
    total += l;
  }
  const bytes = Buffer.allocUnsafe(total);
  let at = 0;
  for (let i = 0; i < ids.length; i++) at += bytes.write(ids[i], at, 'utf8');
  return { lengths, bytes };
}

/** Every NaN as the one canonical NaN, so the same values always give the same bytes. */
function canonicalNaN<T extends Float64Array | Int32Array>(a: T): T {
  if (!(a instanceof Float64Array)) return a;
  let copy: Float64Array | null = null;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== a[i]) {
      copy ??= Float64Array.from(a);
      copy[i] = NaN;
    } else if (a[i] === Infinity || a[i] === -Infinity) {
      // examples@1 wrote non-finite numbers as null (read back as NaN): the same meaning here.
      copy ??= Float64Array.from(a);
      copy[i] = NaN;
    }
  }
  return (copy ?? a) as T;
}

/** The little-endian bytes of a typed array (a view when the machine is little-endian). */
function bytesOf(a: Int32Array | Uint32Array | Float64Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const out = new Uint8Array(a.byteLength);
  const view = new DataView(out.buffer);
  const w = a.BYTES_PER_ELEMENT;
  for (let i = 0; i < a.length; i++) {
    if (a instanceof Float64Array) view.setFloat64(i * w, a[i], true);
    else if (a instanceof Int32Array) view.setInt32(i * w, a[i], true);
    else view.setUint32(i * w, a[i], true);
  }
  return out;
}

/**
 * Reads a sidecar back into EvaluationData: `examples@2` (this version) or `examples@1` (gzip
 * JSON Lines, model-gate ≤ 0.1), told apart by their first bytes. The file is untrusted: the
 * header is validated, the declared layout must match the file's size exactly before anything is
 * allocated (so a garbled n cannot ask for gigabytes), and every code, number and id is checked.
 */
export async function readExamples(file: string, logger: Logger = silentLogger): Promise<EvaluationData> {
  const data = await readExampleData(file, logger);
  if (data.task === 'ranking' || data.task === 'text')
    throw new InputError(
      { file },
      `is a ${data.task} sidecar (${data.task === 'ranking' ? 'one row per query' : 'text statistics'}) where rows of a table were expected`,
    );
  return data;
}

/** `readExamples` for every task: a ranking sidecar comes back as its queries (`RankingData`). */
export async function readExampleData(file: string, logger: Logger = silentLogger): Promise<ExampleData> {
  let fh: FileHandle;
  try {
    fh = await open(file, 'r');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputError({ file }, err.code === 'ENOENT' ? 'file not found' : `cannot read: ${err.message}`);
  }
  try {
    const size = (await fh.stat()).size;
    const magic = Buffer.alloc(2);
    await fh.read(magic, 0, 2, 0);
    if (magic[0] === 0x1f && magic[1] === 0x8b) {
      await fh.close();
      return await readExamplesV1(file);
    }
    return await readColumnar(fh, file, size, logger);
  } finally {
    await fh.close().catch(() => {});
  }
}

async function readColumnar(
  fh: FileHandle,
  file: string,
  size: number,
  logger: Logger,
): Promise<ExampleData> {
  const bad = (message: string): never => {
    throw new InputError({ file }, message);
  };
  const { header, headerLength } = await readHeader(fh, file, size);
  const cols = layout(header);
  // The layout implied by the header's fields must be the one it declares, and fill the file.
  const declared = JSON.stringify(header.columns);
  if (declared !== JSON.stringify(cols))
    bad(
      `the header's "columns" ${declared.slice(0, 300)} do not match its fields (expected ${JSON.stringify(cols)})`,
    );
  const expected = headerLength + cols.reduce((acc, c) => acc + pad8(c.count * WIDTH[c.type]), 0);
  if (size < expected)
    bad(
      `truncated: the header declares ${header.n} rows (${expected} bytes in all) but the file has ${size} bytes`,
    );
  if (size > expected)
    bad(
      `${size - expected} unexpected bytes after the ${header.n} rows the header declares (a damaged file)`,
    );

  const progress = logger.progress.start(`Reading ${file}`);
  let done = headerLength;
  let at = headerLength;
  const fill = async (target: Uint8Array): Promise<void> => {
    for (let off = 0; off < target.length; off += PIECE_BYTES) {
      const len = Math.min(PIECE_BYTES, target.length - off);
      const { bytesRead } = await fh.read(target, off, len, at + off);
      if (bytesRead !== len) bad('the file shrank while it was being read');
      done += len;
      progress.update(done, size, undefined, undefined);
    }
    at += pad8(target.length);
    // Count the padding too, so the last update reaches the file's size.
    done = at;
    progress.update(done, size, undefined, undefined);
  };
  const readColumn = async <T extends Int32Array | Uint32Array | Float64Array>(
    make: (count: number) => T,
    count: number,
  ): Promise<T> => {
    const a = make(count);
    await fill(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    if (!LITTLE_ENDIAN) swapToHost(a);
    return a;
  };
  const n = header.n;
  if (header.task === 'ranking') {
    const values = await readColumn((c) => new Float64Array(c), n * header.metrics!.length);
    const ids = header.ids ? await readIdColumns(n, header, fill, readColumn, bad) : null;
    progress.done(`${n} queries`);
    for (let k = 0; k < values.length; k++)
      if (!Number.isFinite(values[k]))
        bad(
          `query ${Math.floor(k / header.metrics!.length) + 1}: ${header.metrics![k % header.metrics!.length]} is ${values[k]}, not a finite number (a damaged file)`,
        );
    const data: RankingData = { task: 'ranking', n, metrics: header.metrics!, values, ids };
    return data;
  }
  if (header.task === 'text') {
    const terms = await readColumn((c) => new Float64Array(c), n * TEXT_TERM_WIDTH);
    for (let k = 0; k < terms.length; k++)
      if (!Number.isFinite(terms[k]) || terms[k] < 0)
        bad(
          `row ${Math.floor(k / TEXT_TERM_WIDTH) + 1}: text_terms holds ${terms[k]}, not a count or score (a damaged file)`,
        );
    const labelHashes = await readColumn((c) => new Int32Array(c), 2 * n);
    const lengths = await readColumn((c) => new Uint32Array(c), 2 * n);
    let sum = 0;
    for (let i = 0; i < 2 * n; i++) sum += lengths[i];
    if (sum !== header.excerpt_bytes)
      bad(
        `the excerpt lengths add up to ${sum} bytes but the header declares "excerpt_bytes": ${header.excerpt_bytes}`,
      );
    const bytes = Buffer.allocUnsafe(header.excerpt_bytes!);
    await fill(bytes);
    const text = decodeIds(bytes, lengths);
    const ids = header.ids ? await readTextIds() : null;
    progress.done(`${n} rows`);
    const data: TextData = {
      task: 'text',
      n,
      terms,
      labelHashes,
      excerpts: { prediction: text.slice(0, n), reference: text.slice(n) },
      ids,
    };
    return data;
  }
  const regression = header.task === 'regression';
  const makeLabels = (c: number): Int32Array | Float64Array =>
    regression ? new Float64Array(c) : new Int32Array(c);
  const yTrue = await readColumn(makeLabels, n);
  const yPred = await readColumn(makeLabels, n);
  const scores =
    header.score_width > 0 ? await readColumn((c) => new Float64Array(c), n * header.score_width) : null;
  let ids: string[] | null = null;
  let idBytes: IdBytes | null = null;
  // Text sidecars' ids (few rows beside their text): read as strings.
  async function readTextIds(): Promise<string[]> {
    const lengths = await readColumn((c) => new Uint32Array(c), n);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += lengths[i];
    if (sum !== header.id_bytes)
      bad(`the id lengths add up to ${sum} bytes but the header declares "id_bytes": ${header.id_bytes}`);
    const bytes = Buffer.allocUnsafe(header.id_bytes!);
    await fill(bytes);
    if (!isUtf8(bytes)) bad('the ids are not valid UTF-8 (a damaged file)');
    return decodeIds(bytes, lengths);
  }
  if (header.ids) {
    const lengths = await readColumn((c) => new Uint32Array(c), n);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += lengths[i];
    if (sum !== header.id_bytes)
      bad(`the id lengths add up to ${sum} bytes but the header declares "id_bytes": ${header.id_bytes}`);
    const bytes = Buffer.allocUnsafe(header.id_bytes!);
    await fill(bytes);
    if (!isUtf8(bytes)) bad('the ids are not valid UTF-8 (a damaged file)');
    if (bytes.length > 0x7fffffff) ids = decodeIds(bytes, lengths);
    else {
      const offsets = new Int32Array(n + 1);
      for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + lengths[i];
      // A sequence split between two ids is valid in the whole but not per id (decoded with
      // U+FFFD): such ids are decoded now, as strings, and pair as strings.
      if (isAscii(bytes) || everyIdUtf8(bytes, offsets, n)) {
        idBytes = { n, bytes, offsets };
      } else ids = decodeIds(bytes, lengths);
    }
  }
  progress.done(`${n} rows`);

  const row = (name: string, i: number, what: string): never =>
    bad(`row ${i + 1}: ${name} ${what} (a damaged file)`);
  if (regression) {
    const t = yTrue as Float64Array;
    const p = yPred as Float64Array;
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(t[i])) row('y_true', i, `is ${t[i]}, not a finite number`);
      if (p[i] !== p[i]) p[i] = NaN;
      else if (!Number.isFinite(p[i])) row('y_pred', i, `is ${p[i]}, not a finite number or NaN`);
    }
    const data: RegressionData = { task: 'regression', n, yTrue: t, yPred: p, ids };
    if (idBytes) setLazyIds(data, idBytes, decodeIdBytes(idBytes));
    return data;
  }
  const nc = header.classes!.length;
  const t = yTrue as Int32Array;
  const p = yPred as Int32Array;
  for (let i = 0; i < n; i++) {
    if (t[i] < 0 || t[i] >= nc) row('y_true', i, `${t[i]} is not a class index from 0 to ${nc - 1}`);
    if (p[i] < -1 || p[i] >= nc) row('y_pred', i, `${p[i]} is not a class index from -1 to ${nc - 1}`);
  }
  if (scores) {
    const w = header.score_width;
    for (let k = 0; k < scores.length; k++) {
      const x = scores[k];
      if (x !== x) scores[k] = NaN;
      else if (!Number.isFinite(x)) row('score', Math.floor(k / w), `${x} is not a finite number or NaN`);
    }
  }
  const data: ClassificationData = {
    task: header.task as ClassificationData['task'],
    n,
    classes: header.classes!,
    yTrue: t,
    yPred: p,
    scores,
    ids,
  };
  if (header.positive !== undefined) data.positive = header.positive;
  if (header.score_classes) data.scoreClasses = header.score_classes;
  if (header.score_kind) data.scoreKind = header.score_kind;
  if (idBytes) setLazyIds(data, idBytes, decodeIdBytes(idBytes));
  return data;
}

/** The header line (up to the first '\n'), parsed and validated. */
async function readHeader(
  fh: FileHandle,
  file: string,
  size: number,
): Promise<{ header: Header; headerLength: number }> {
  const bad = (message: string): never => {
    throw new InputError({ file }, message);
  };
  if (size === 0) bad(`empty examples file (expected a ${EXAMPLES_FORMAT} header)`);
  let buf = Buffer.alloc(Math.min(size, 64 << 10));
  let end = -1;
  let have = 0;
  for (;;) {
    const { bytesRead } = await fh.read(buf, have, buf.length - have, have);
    if (bytesRead === 0) break;
    const from = have;
    have += bytesRead;
    end = buf.subarray(from, have).indexOf(0x0a);
    if (end >= 0) {
      end += from;
      break;
    }
    if (have < buf.length) continue;
    if (buf.length >= Math.min(size, MAX_HEADER_BYTES)) break;
    const grown = Buffer.alloc(Math.min(size, MAX_HEADER_BYTES, buf.length * 4));
    buf.copy(grown, 0, 0, have);
    buf = grown;
  }
  if (end < 0)
    bad(
      buf[0] === 0x7b
        ? `the header line has no end within ${Math.min(size, MAX_HEADER_BYTES)} bytes (a damaged file)`
        : `not a model-gate examples file (expected a ${EXAMPLES_FORMAT} header line or a gzip ${EXAMPLES_FORMAT_V1} file)`,
    );
  let value: unknown;
  try {
    value = JSON.parse(buf.toString('utf8', 0, end));
  } catch {
    bad(
      buf[0] === 0x7b
        ? 'the header line is not valid JSON (a damaged examples file)'
        : `not a model-gate examples file (expected a ${EXAMPLES_FORMAT} header line or a gzip ${EXAMPLES_FORMAT_V1} file)`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    bad(`expected a ${EXAMPLES_FORMAT} header object`);
  const h = value as Record<string, unknown>;
  if (h.schema !== EXAMPLES_FORMAT)
    bad(
      `unknown schema ${JSON.stringify(h.schema)}; this version reads "${EXAMPLES_FORMAT}" and "${EXAMPLES_FORMAT_V1}"`,
    );
  if (h.task === 'ranking') validateRankingShape(h, bad);
  else if (h.task === 'text') validateTextShape(h, size, bad);
  else validateShape(h, bad);
  if (h.byte_order !== 'little') bad(`"byte_order" ${JSON.stringify(h.byte_order)} is not "little"`);
  if (h.ids === true) {
    const b = h.id_bytes;
    if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > size)
      bad(`"id_bytes" ${JSON.stringify(b)} is not a byte count within the file's ${size} bytes`);
  } else if (h.id_bytes !== undefined) bad('"id_bytes" without ids');
  if (!Array.isArray(h.columns)) bad('"columns" must be a list');
  const headerLength = end + 1;
  if (headerLength % 8 !== 0)
    bad(`the header line is ${headerLength} bytes, not a multiple of 8 (a damaged file)`);
  return { header: h as unknown as Header, headerLength };
}

/** A text sidecar's header fields: n, ids, no scores, the terms' width and the excerpts' bytes. */
function validateTextShape(h: Record<string, unknown>, size: number, bad: (m: string) => never): void {
  if (typeof h.n !== 'number' || !Number.isInteger(h.n) || h.n < 0 || h.n > size)
    bad(`n ${JSON.stringify(h.n)} is not a row count`);
  if (typeof h.ids !== 'boolean') bad('"ids" must be true or false');
  if (h.score_width !== 0) bad('a text sidecar has no scores ("score_width" must be 0)');
  if (h.text_width !== TEXT_TERM_WIDTH)
    bad(
      `"text_width" ${JSON.stringify(h.text_width)} is not ${TEXT_TERM_WIDTH} (a sidecar of another model-gate version?)`,
    );
  const b = h.excerpt_bytes;
  if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > size)
    bad(`"excerpt_bytes" ${JSON.stringify(b)} is not a byte count within the file's ${size} bytes`);
}

/** Little-endian file bytes to host order, on a big-endian machine. */
function swapToHost(a: Int32Array | Uint32Array | Float64Array): void {
  const view = new DataView(a.buffer, a.byteOffset, a.byteLength);
  const w = a.BYTES_PER_ELEMENT;
  for (let i = 0; i < a.length; i++) {
    if (a instanceof Float64Array) a[i] = view.getFloat64(i * w, true);
    else if (a instanceof Int32Array) a[i] = view.getInt32(i * w, true);
    else a[i] = view.getUint32(i * w, true);
  }
}

/** A ranking header: n queries, ids, and the metric names of the `values` columns. */
function validateRankingShape(h: Record<string, unknown>, bad: (message: string) => never): void {
  if (typeof h.n !== 'number' || !Number.isInteger(h.n) || h.n < 0 || h.n > 0x7fffffff)
    bad(`n ${JSON.stringify(h.n)} is not a query count`);
  if (typeof h.ids !== 'boolean') bad('"ids" must be true or false');
  if (h.score_width !== 0) bad('a ranking sidecar has no scores ("score_width" must be 0)');
  const metrics = h.metrics;
  if (
    !Array.isArray(metrics) ||
    metrics.length === 0 ||
    metrics.length > 10_000 ||
    metrics.some((m) => typeof m !== 'string') ||
    new Set(metrics).size !== metrics.length
  )
    bad('"metrics" must be a non-empty list of distinct metric names');
  if ((h.n as number) * (metrics as string[]).length > 2 ** 31)
    bad(`n × metrics (${h.n as number} × ${(metrics as string[]).length}) is too large`);
}

/** The two id columns (lengths, then UTF-8 bytes), checked: the ids as strings. */
async function readIdColumns(
  n: number,
  header: Header,
  fill: (target: Uint8Array) => Promise<void>,
  readColumn: <T extends Int32Array | Uint32Array | Float64Array>(
    make: (count: number) => T,
    count: number,
  ) => Promise<T>,
  bad: (message: string) => never,
): Promise<string[]> {
  const lengths = await readColumn((c) => new Uint32Array(c), n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += lengths[i];
  if (sum !== header.id_bytes)
    bad(`the id lengths add up to ${sum} bytes but the header declares "id_bytes": ${header.id_bytes}`);
  const bytes = Buffer.allocUnsafe(header.id_bytes!);
  await fill(bytes);
  if (!isUtf8(bytes)) bad('the ids are not valid UTF-8 (a damaged file)');
  const ids = decodeIds(bytes, lengths);
  if (new Set(ids).size !== n) bad('two queries have the same id (a damaged file)');
  return ids;
}
