import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import { hashBytes, SEED_A, showBytes } from './bytes.js';
import { ByteInterner } from './interner.js';
import { envLimit } from './source.js';
import type { JoinedColumns, SpoolColumn } from './spool.js';
import { duplicateIdError } from './unique-ids.js';

/**
 * Label rows per partition of a streamed join by id: 262,144, or MODEL_GATE_JOIN_PARTITION_ROWS.
 * A labels file with fewer (estimated) rows is joined in memory.
 */
export function joinPartitionRows(): number {
  return envLimit('MODEL_GATE_JOIN_PARTITION_ROWS', 1 << 18, 'rows');
}

/** Most partitions (the partition of a label row is spooled as one byte). */
export const MAX_PARTITIONS = 256;

/**
 * Label rows a partition aims at: its id table (16 bytes a slot), joined rows and line numbers
 * then stay within the CPU's caches while the partition's prediction rows are looked up in
 * random order (a partition of 262,144 rows joined three times slower).
 */
const CACHED_PARTITION_ROWS = 1 << 15;

/**
 * The partition count for about `rows` label rows, at most `threshold` (and about
 * CACHED_PARTITION_ROWS) a partition: a power of two in [2, MAX_PARTITIONS].
 */
export function partitionCount(rows: number, threshold: number): number {
  const perPartition = Math.max(1, Math.min(threshold, CACHED_PARTITION_ROWS));
  let p = 2;
  while (p < MAX_PARTITIONS && p * perPartition < rows) p *= 2;
  return p;
}

const MAX_EXAMPLES = 10;
/** Bytes buffered per partition file before a write (all partitions together stay under ~8 MiB). */
const BUFFER_BYTES = 1 << 16;
const NO_PREDICTION_CODE = -1;

/**
 * An append-only temp file of 8-byte words, buffered. Records are whole words (ids padded with
 * zero bytes), so a partition read back is viewed as Int32/Float64 arrays without copying.
 */
class WordFile {
  private fd: number;
  private readonly buffer: ArrayBuffer;
  readonly i32: Int32Array;
  readonly f64: Float64Array;
  readonly u8: Buffer;
  /** Words used in the buffer. */
  at = 0;
  /** Words flushed to the file. */
  private written = 0;

  constructor(
    readonly path: string,
    bufferBytes: number,
  ) {
    this.fd = openSync(path, 'w+');
    this.buffer = new ArrayBuffer(Math.max(64, bufferBytes & ~7));
    this.i32 = new Int32Array(this.buffer);
    this.f64 = new Float64Array(this.buffer);
    this.u8 = Buffer.from(this.buffer);
  }

  /** Makes room for `words` more words (a record longer than the buffer is written directly). */
  reserve(words: number): boolean {
    if (this.at + words <= this.f64.length) return true;
    this.flush();
    return words <= this.f64.length;
  }

  /** Writes a record too long for the buffer (an id near the field limit) straight to the file. */
  writeDirect(bytes: Uint8Array): void {
    this.flush();
    writeAll(this.fd, bytes, this.written * 8);
    this.written += bytes.length / 8;
  }

  flush(): void {
    if (this.at === 0) return;
    writeAll(this.fd, this.u8.subarray(0, this.at * 8), this.written * 8);
    this.written += this.at;
    this.at = 0;
  }

  /** The whole file (flushed first), in a fresh word-aligned buffer. */
  readAll(): { i32: Int32Array; f64: Float64Array; u8: Buffer; words: number } {
    this.flush();
    const words = this.written;
    const buffer = new ArrayBuffer(words * 8);
    const u8 = Buffer.from(buffer);
    readAll(this.fd, u8, 0, this.path);
    return { i32: new Int32Array(buffer), f64: new Float64Array(buffer), u8, words };
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }

  /** Closes and deletes the file. */
  remove(): void {
    this.close();
    rmSync(this.path, { force: true });
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

function readAll(fd: number, out: Uint8Array, position: number, path: string): void {
  let done = 0;
  while (done < out.length) {
    const got = readSync(fd, out, done, out.length - done, position + done);
    if (got === 0) throw new Error(`${path}: unexpected end of a join partition`);
    done += got;
  }
}

/** Words a record of `fixed` words plus an id of `len` bytes takes. */
function recordWords(fixed: number, len: number): number {
  return fixed + ((len + 7) >>> 3);
}

/** Where the partitioned join found a fault, for the error the in-memory join throws. */
interface LabelDuplicate {
  row: number;
  line: number;
  firstLine: number;
  id: string;
}
interface PredictionDuplicate {
  /** (batch of the prediction row, bucket of its label row, prediction row): the in-memory order. */
  key: [number, number, number];
  line: number;
  firstLine: number;
  shown: string;
}
/** Up to MAX_EXAMPLES ids with the row that orders them. */
type Examples = { order: number; id: string }[];

/** What the join of all partitions found: the counts and examples of `ReadStats`. */
export interface JoinOutcome {
  missing: number;
  missingExamples: string[];
  invalid: number;
  invalidExamples: string[];
  extra: number;
  extraExamples: string[];
  /** Interned labels predicted for a joined row (1) or not (0). */
  predicted: Uint8Array;
}

export interface PartitionedJoinSetup {
  dir: string;
  partitions: number;
  regression: boolean;
  /** Score values per prediction row. */
  scoresPerRow: number;
  labelsFile: string;
  predictionsFile: string;
  idColumn: string;
  /** The label-order column of each label row's partition (one byte per row). */
  rowPartitions: SpoolColumn;
}

/**
 * A join by id in bounded memory (a Grace hash join): both files' rows are hash-partitioned by id
 * into temp files as they are read — the label rows as (row, line, id), the prediction rows as
 * (row, line, prediction, scores, id) — and each partition's label ids are then indexed in memory
 * with the partition's prediction rows looked up against them, one partition at a time. What
 * each label row joined (its prediction and scores, or none) is written per partition in label
 * order, and `JoinedPredictions` replays them in the labels file's row order (each label row's
 * partition is spooled beside it), so the metrics see exactly the rows, in exactly the order, of
 * the in-memory join. Errors (duplicate ids, with their lines) are the ones the in-memory join
 * throws for the same files: the partition joins gather every candidate and the first in the
 * in-memory order is thrown.
 */
export class PartitionedJoin {
  private readonly labels: WordFile[] = [];
  private readonly predictions: WordFile[] = [];
  private readonly mask: number;
  private readonly shift: number;
  private labelRows = 0;
  private predictionRows = 0;
  private readonly partBatch = new Uint8Array(1 << 16);
  private partUsed = 0;
  private joined: JoinedPredictions | null = null;

  constructor(readonly setup: PartitionedJoinSetup) {
    const p = setup.partitions;
    this.mask = p - 1;
    this.shift = 32 - Math.log2(p);
    const bufferBytes = Math.max(4096, Math.min(BUFFER_BYTES, (8 << 20) / p));
    for (let i = 0; i < p; i++)
      this.labels.push(new WordFile(join(setup.dir, `join-labels-${i}.bin`), bufferBytes));
    this.predictionBuffer = bufferBytes;
  }

  private readonly predictionBuffer: number;

  /** The partition of an id from its SEED_B hash (the in-partition table uses SEED_A's low bits). */
  private partitionOf(hashB: number): number {
    return this.shift === 32 ? 0 : (hashB >>> this.shift) & this.mask;
  }

  /** Label row `row` (read on `line`): id bytes [s, e) of `buf`, whose SEED_B hash is `hashB`. */
  addLabel(buf: Buffer, s: number, e: number, hashB: number, line: number): void {
    const p = this.partitionOf(hashB);
    const row = this.labelRows++;
    const len = e - s;
    const f = this.labels[p];
    writeRecord(f, 2, len, buf, s, (i32, f64, w) => {
      i32[2 * w] = row;
      i32[2 * w + 1] = line;
      i32[2 * w + 2] = len;
      i32[2 * w + 3] = 0;
    });
    const parts = this.partBatch;
    parts[this.partUsed++] = p;
    if (this.partUsed === parts.length) this.flushParts();
  }

  private flushParts(): void {
    if (this.partUsed === 0) return;
    this.setup.rowPartitions.append(this.partBatch, this.partUsed);
    this.partUsed = 0;
  }

  /** Ends the labels file: its partitions are complete. */
  endLabels(): void {
    this.flushParts();
    for (const f of this.labels) f.flush();
    const p = this.setup.partitions;
    for (let i = 0; i < p; i++)
      this.predictions.push(
        new WordFile(join(this.setup.dir, `join-predictions-${i}.bin`), this.predictionBuffer),
      );
  }

  /**
   * A prediction row: id bytes [s, e) of `buf` (SEED_B hash `hashB`), its prediction (a label
   * index, -1 for none; regression: the value, NaN for none) and `k` scores from `scores`.
   */
  addPrediction(
    buf: Buffer,
    s: number,
    e: number,
    hashB: number,
    line: number,
    prediction: number,
    scores: Float64Array,
  ): void {
    const p = this.partitionOf(hashB);
    const row = this.predictionRows++;
    const len = e - s;
    const k = this.setup.scoresPerRow;
    writeRecord(this.predictions[p], 3 + k, len, buf, s, (i32, f64, w) => {
      i32[2 * w] = row;
      i32[2 * w + 1] = line;
      i32[2 * w + 2] = len;
      i32[2 * w + 3] = 0;
      f64[w + 2] = prediction;
      for (let q = 0; q < k; q++) f64[w + 3 + q] = scores[q];
    });
  }

  /** Prediction rows read so far. */
  get predictionCount(): number {
    return this.predictionRows;
  }

  /**
   * Joins the partitions. Throws the in-memory join's first duplicate-id error: a repeated id in
   * the labels file among its first `labelLimit` rows, else a repeated prediction id among the
   * first `predictionLimit` prediction rows. With `write` the joined rows are kept for
   * `predictionsSource` (else this only looks for those errors: a later read error is thrown
   * after them, as the in-memory join would).
   */
  run(options: { labelLimit: number; predictionLimit: number; write: boolean; batch: number }): JoinOutcome {
    const { labelLimit, write } = options;
    const setup = this.setup;
    const k = setup.scoresPerRow;
    // The in-memory join looks a batch of prediction rows up in the order of their label rows'
    // top 12 bits (see `rowOrder` in row-order.ts): the first duplicate it meets is the error.
    const bits = 32 - Math.clz32(Math.max(1, this.labelRows));
    const found = new JoinFindings(options.batch, Math.max(0, bits - 12));
    const joinedFiles: string[] = [];
    const joinedRows: number[] = [];
    for (let p = 0; p < setup.partitions; p++) {
      const labels = loadLabels(this.labels[p].readAll());
      const dup = labels.ids.indexPending();
      // The first repeat within the partition; among the partitions, the lowest row is the
      // in-memory join's (which indexes the label rows in order, a batch at a time). A partition
      // whose first repeat is beyond the limit has none before it (its rows are in order).
      if (dup >= 0 && labels.rows[dup] < labelLimit) found.labelDuplicate(labels, dup);
      // A duplicate label id is the error whatever the predictions hold; without the prediction
      // partitions (a read error in the labels file) only the labels are checked.
      if (found.labelDup !== null || this.predictions.length === 0) continue;
      const m = labels.m;
      const width = 1 + k;
      const out = new Float64Array(write ? m * width : 0);
      if (write) initJoined(out, m, width, setup.regression ? NaN : NO_PREDICTION_CODE);
      const predLine = new Int32Array(m);
      probe(
        this.predictions[p].readAll(),
        labels,
        k,
        options.predictionLimit,
        setup.regression,
        predLine,
        out,
        write,
        found,
      );
      for (let i = 0; i < m; i++) if (predLine[i] === 0) found.missingRow(labels, i);
      if (write) {
        const path = join(setup.dir, `join-rows-${p}.bin`);
        const fd = openSync(path, 'w');
        try {
          writeAll(fd, new Uint8Array(out.buffer, 0, out.byteLength), 0);
        } finally {
          closeSync(fd);
        }
        joinedFiles.push(path);
        joinedRows.push(m);
        // The partition's rows are joined: its files go now, not with the folder (disk in use
        // stays at about the joined rows plus one partition).
        this.labels[p].remove();
        this.predictions[p].remove();
      }
    }
    const { labelDup, predDup } = found;
    if (labelDup !== null)
      throw duplicateIdError(
        setup.labelsFile,
        setup.idColumn,
        labelDup.id,
        labelDup.line,
        labelDup.firstLine,
      );
    if (predDup !== null)
      throw new InputError(
        { file: setup.predictionsFile, line: predDup.line, column: setup.idColumn },
        `duplicate id ${predDup.shown}: it also has a prediction on line ${predDup.firstLine}. ` +
          'Each id may have only one prediction row.',
      );
    if (write) this.joined = new JoinedPredictions(joinedFiles, joinedRows, 1 + k, setup.rowPartitions);
    return found.outcome();
  }

  /** After `run` with `write`: the joined predictions and scores, in label order. */
  predictionsSource(): JoinedPredictions {
    if (this.joined === null) throw new Error('model-gate: the partitions were not joined');
    return this.joined;
  }

  close(): void {
    for (const f of this.labels) f.close();
    for (const f of this.predictions) f.close();
  }
}

/** One partition's label rows: row index, line, and id (the interner's key i is row i's). */
interface LabelPartition {
  m: number;
  rows: Int32Array;
  lines: Int32Array;
  ids: ByteInterner;
}

function loadLabels(file: { i32: Int32Array; u8: Buffer; words: number }): LabelPartition {
  const { i32, u8, words } = file;
  const cap = Math.floor(words / 3); // a record is at least 3 words
  const rows = new Int32Array(cap);
  const lines = new Int32Array(cap);
  const ids = new ByteInterner(Math.max(16, cap));
  let m = 0;
  for (let w = 0; w < words;) {
    const len = i32[2 * w + 2];
    const s = (w + 2) * 8;
    rows[m] = i32[2 * w];
    lines[m] = i32[2 * w + 1];
    ids.append(u8, s, s + len);
    m++;
    w += 2 + ((len + 7) >>> 3);
  }
  return { m, rows, lines, ids };
}

/** Each joined row "no prediction" until a prediction row joins it. */
function initJoined(out: Float64Array, m: number, width: number, none: number): void {
  out.fill(NaN);
  for (let i = 0; i < m; i++) out[i * width] = none;
}

/**
 * Looks a partition's prediction rows (in file order) up among its label rows: a row joins the
 * first time its id is seen (its prediction and scores go to `out` when `write`), a second time
 * is a duplicate, an unknown id an extra row.
 */
function probe(
  file: { i32: Int32Array; f64: Float64Array; u8: Buffer; words: number },
  labels: LabelPartition,
  k: number,
  limit: number,
  regression: boolean,
  predLine: Int32Array,
  out: Float64Array,
  write: boolean,
  found: JoinFindings,
): void {
  const { i32, f64, u8, words } = file;
  const ids = labels.ids;
  const width = 1 + k;
  for (let w = 0; w < words;) {
    const row = i32[2 * w];
    const line = i32[2 * w + 1];
    const len = i32[2 * w + 2];
    const s = (w + 3 + k) * 8;
    const at = w;
    w += 3 + k + ((len + 7) >>> 3);
    if (row >= limit) continue;
    const li = ids.findHashed(u8, s, s + len, hashBytes(u8, s, s + len, SEED_A));
    if (li < 0) {
      found.extraRow(row, u8, s, s + len);
      continue;
    }
    if (predLine[li] !== 0) {
      found.predictionDuplicate(row, labels.rows[li], line, predLine[li], u8, s, s + len);
      continue;
    }
    predLine[li] = line;
    const prediction = f64[at + 2];
    if (regression ? Number.isNaN(prediction) : prediction < 0) found.invalidRow(row, u8, s, s + len);
    else if (!regression) found.predicted(prediction);
    if (write) {
      const o = li * width;
      out[o] = prediction;
      for (let q = 0; q < k; q++) out[o + 1 + q] = f64[at + 3 + q];
    }
  }
}

/** What the partition joins found: counts, the first examples, the first duplicates. */
class JoinFindings {
  labelDup: LabelDuplicate | null = null;
  predDup: PredictionDuplicate | null = null;
  private missing = 0;
  private invalid = 0;
  private extra = 0;
  private readonly missingEx: Examples = [];
  private readonly invalidEx: Examples = [];
  private readonly extraEx: Examples = [];
  private predictedLabels = new Uint8Array(16);

  constructor(
    private readonly batch: number,
    private readonly rowShift: number,
  ) {}

  labelDuplicate(labels: LabelPartition, dup: number): void {
    const row = labels.rows[dup];
    if (this.labelDup !== null && this.labelDup.row <= row) return;
    this.labelDup = {
      row,
      line: labels.lines[dup],
      firstLine: labels.lines[labels.ids.duplicateOf],
      id: labels.ids.get(dup),
    };
  }

  predictionDuplicate(
    row: number,
    labelRow: number,
    line: number,
    firstLine: number,
    u8: Buffer,
    s: number,
    e: number,
  ): void {
    const key: [number, number, number] = [Math.floor(row / this.batch), labelRow >>> this.rowShift, row];
    if (this.predDup === null || compareKeys(key, this.predDup.key) < 0)
      this.predDup = { key, line, firstLine, shown: showBytes(u8, s, e) };
  }

  extraRow(row: number, u8: Buffer, s: number, e: number): void {
    this.extra++;
    keepExample(this.extraEx, row, u8, s, e);
  }

  invalidRow(row: number, u8: Buffer, s: number, e: number): void {
    this.invalid++;
    keepExample(this.invalidEx, row, u8, s, e);
  }

  missingRow(labels: LabelPartition, i: number): void {
    this.missing++;
    const list = this.missingEx;
    const row = labels.rows[i];
    if (list.length < MAX_EXAMPLES || row < list[list.length - 1].order)
      insertExample(list, row, labels.ids.get(i));
  }

  predicted(label: number): void {
    if (label >= this.predictedLabels.length) {
      const bigger = new Uint8Array(Math.max(label + 1, this.predictedLabels.length * 2));
      bigger.set(this.predictedLabels);
      this.predictedLabels = bigger;
    }
    this.predictedLabels[label] = 1;
  }

  outcome(): JoinOutcome {
    return {
      missing: this.missing,
      missingExamples: this.missingEx.map((x) => x.id),
      invalid: this.invalid,
      invalidExamples: this.invalidEx.map((x) => x.id),
      extra: this.extra,
      extraExamples: this.extraEx.map((x) => x.id),
      predicted: this.predictedLabels,
    };
  }
}

function writeRecord(
  f: WordFile,
  fixed: number,
  len: number,
  buf: Buffer,
  s: number,
  fill: (i32: Int32Array, f64: Float64Array, w: number) => void,
): void {
  const words = recordWords(fixed, len);
  if (f.reserve(words)) {
    const w = f.at;
    fill(f.i32, f.f64, w);
    const u8 = f.u8;
    const at = (w + fixed) * 8;
    for (let i = 0; i < len; i++) u8[at + i] = buf[s + i]; // Buffer#copy allocates a view per call
    for (let i = len; i < (words - fixed) * 8; i++) u8[at + i] = 0;
    f.at = w + words;
    return;
  }
  // A record longer than the buffer: built on its own and written through.
  const big = new ArrayBuffer(words * 8);
  fill(new Int32Array(big), new Float64Array(big), 0);
  const u8 = new Uint8Array(big);
  u8.set(buf.subarray(s, s + len), fixed * 8);
  f.writeDirect(u8);
}

function compareKeys(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Keeps the MAX_EXAMPLES examples of lowest `order` (rows of a partition arrive in order). */
function keepExample(list: Examples, order: number, buf: Buffer, s: number, e: number): void {
  if (list.length >= MAX_EXAMPLES && order > list[list.length - 1].order) return;
  insertExample(list, order, buf.toString('utf8', s, e));
}

function insertExample(list: Examples, order: number, id: string): void {
  let i = list.length;
  while (i > 0 && list[i - 1].order > order) i--;
  list.splice(i, 0, { order, id });
  if (list.length > MAX_EXAMPLES) list.length = MAX_EXAMPLES;
}

/** Bytes of joined rows read from each partition at a time. */
const READ_BYTES = 1 << 16;

/**
 * The joined rows' predictions and scores in the labels file's row order: a k-way merge of the
 * partitions' joined files steered by the spooled partition of each label row, each partition
 * read front to back in chunks.
 */
export class JoinedPredictions implements JoinedColumns {
  private readonly fds: number[];
  private readonly chunks: Float64Array[];
  /** Per partition: rows in the chunk, the next row in it, rows read from the file. */
  private readonly inChunk: Int32Array;
  private readonly next: Int32Array;
  private readonly consumed: Float64Array;
  private readonly chunkRows: number;
  private parts = new Uint8Array(0);

  constructor(
    private readonly paths: string[],
    private readonly rows: number[],
    /** Words per joined row: the prediction and the scores. */
    private readonly width: number,
    private readonly rowPartitions: SpoolColumn,
  ) {
    const p = paths.length;
    this.fds = paths.map((path) => openSync(path, 'r'));
    const budget = Math.max(4096, Math.min(READ_BYTES, (8 << 20) / p));
    this.chunkRows = Math.max(1, Math.floor(budget / (8 * width)));
    this.chunks = paths.map(() => new Float64Array(this.chunkRows * width));
    this.inChunk = new Int32Array(p);
    this.next = new Int32Array(p);
    this.consumed = new Float64Array(p);
  }

  /** Rows [start, start + count) of the labels file: predictions into `yPred`, scores into `scores`. */
  read(yPred: Int32Array | Float64Array, scores: Float64Array | null, start: number, count: number): void {
    if (start === 0) this.rewind();
    if (this.parts.length < count) this.parts = new Uint8Array(count);
    const parts = this.parts;
    this.rowPartitions.read(parts, start, count);
    const width = this.width;
    const k = width - 1;
    const chunks = this.chunks;
    const next = this.next;
    const inChunk = this.inChunk;
    for (let i = 0; i < count; i++) {
      const p = parts[i];
      if (next[p] === inChunk[p]) this.refill(p);
      const chunk = chunks[p];
      const o = next[p]++ * width;
      yPred[i] = chunk[o];
      if (scores !== null) for (let q = 0; q < k; q++) scores[i * k + q] = chunk[o + 1 + q];
    }
  }

  private rewind(): void {
    this.inChunk.fill(0);
    this.next.fill(0);
    this.consumed.fill(0);
  }

  private refill(p: number): void {
    const left = this.rows[p] - this.consumed[p];
    const take = Math.min(this.chunkRows, left);
    if (take <= 0) throw new Error(`${this.paths[p]}: unexpected end of joined rows`);
    const chunk = this.chunks[p];
    const bytes = new Uint8Array(chunk.buffer, 0, take * this.width * 8);
    readAll(this.fds[p], bytes, this.consumed[p] * this.width * 8, this.paths[p]);
    this.consumed[p] += take;
    this.inChunk[p] = take;
    this.next[p] = 0;
  }

  close(): void {
    for (let i = 0; i < this.fds.length; i++) {
      if (this.fds[i] >= 0) closeSync(this.fds[i]);
      this.fds[i] = -1;
    }
  }
}
