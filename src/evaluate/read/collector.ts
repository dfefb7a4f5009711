import { InputError } from '../../errors.js';
import { hashBytes, parseNumber, SEED_A, SEED_B, showBytes } from './bytes.js';
import {
  KIND_BOOL,
  KIND_MISSING,
  KIND_NESTED,
  KIND_NULL,
  nestedWhat,
  type Cells,
  type RowSink,
} from './cells.js';
import {
  ID_BATCH,
  MAX_EXAMPLES,
  PHASE_LABELS,
  PHASE_PREDICTIONS,
  PHASE_SINGLE,
  type CollectorSetup,
  type Slots,
} from './collector-setup.js';
import { ByteInterner } from './interner.js';
import { LabelDictionary } from './label-dictionary.js';
import { rowOrder } from './row-order.js';
import { readScoreCell, scoreCellsEmpty } from './score-cells.js';
import { resizeF, resizeI } from './typed-arrays.js';
import type { JoinOutcome, PartitionedJoin } from './id-partitions.js';
import { SpooledIds, type RowSpool } from './spool.js';
import { duplicateIdError, type StreamedIdCheck } from './unique-ids.js';
import { probabilityRowOff } from '../metrics/probability.js';

const BATCH = ID_BATCH;

/**
 * Accumulates the evaluated rows in typed arrays while the scanners stream the files. Rows are
 * numbered in label-file order (or file order for a single file). Labels are interned (bytes →
 * label index, in first-seen order); ids, when the file has them, are interned too (bytes → row
 * index). Nothing per row is a JavaScript object or string. With a `RowSpool` (streaming: rows
 * aligned, no join by id) the arrays hold one batch, appended to the spool when full.
 */
export class Collector implements RowSink {
  phase = PHASE_SINGLE;
  file = '';
  private cells: Cells = { starts: new Int32Array(0), ends: new Int32Array(0), kinds: new Uint8Array(0) };
  private slots: Slots = { id: -1, label: -1, prediction: -1, score: -1, prob: -1 };

  /** The labels and predictions interned so far (label-dictionary.ts). */
  readonly dictionary = new LabelDictionary();
  /** The ids (joins by id, and a single file with ids read into memory), or null. */
  readonly ids: ByteInterner | null;
  /**
   * Streaming a single file with ids: the ids are not kept; their duplicate check is external
   * (`StreamedIdCheck`) and their fingerprint hashes are spooled with the rows.
   */
  readonly idCheck: StreamedIdCheck | null;
  /**
   * Streaming a join by id in bounded memory: the rows go to the partitions, and the join's
   * counts (`finishStream` reads them) once it has run.
   */
  readonly join: PartitionedJoin | null;
  joinOutcome: JoinOutcome | null = null;
  /** Streaming with `idCheck` or `join`: the batch's id hashes, [a, b] per row. */
  private idHashes: Int32Array = new Int32Array(0);
  /**
   * Streaming with `idCheck` or `join` into a spool that keeps the ids (`RowSpool.keepIds`): the
   * batch's id bytes, id `at` at `[idOffsets[at], idOffsets[at + 1])`.
   */
  private idBytes: Buffer = Buffer.allocUnsafe(0);
  private idOffsets: Int32Array = new Int32Array(1);
  /** Label rows so far. */
  n = 0;
  private cap = 1024;
  yTrueI: Int32Array = new Int32Array(0);
  yPredI: Int32Array = new Int32Array(0);
  yTrueF: Float64Array = new Float64Array(0);
  yPredF: Float64Array = new Float64Array(0);
  /** n × scoresPerRow, or null. */
  scores: Float64Array | null = null;
  readonly scoresPerRow: number;
  /** Line of each label row (joins by id: for duplicate-id messages). */
  idLine: Int32Array = new Int32Array(0);
  /** Line of the prediction row joined to each label row; 0 = none yet (joins by id). */
  predLine: Int32Array = new Int32Array(0);
  /** Prediction rows read (positional join: the next row index). */
  predRows = 0;
  /**
   * Streaming (`spool` given): the row arrays hold one batch, rows `base`… of the current pass,
   * and each full batch is appended to the spool; nothing grows with the rows.
   */
  private base = 0;
  /** Streaming: which interned labels occur as a true label. */
  trueSeen: Uint8Array = new Uint8Array(0);

  /** Where `readPrediction` writes: the row arrays, or the batch arrays when joining by id. */
  private outPredI: Int32Array = new Int32Array(0);
  private outPredF: Float64Array = new Float64Array(0);
  private outScores: Float64Array = new Float64Array(0);

  // Joining by id, prediction rows are buffered and looked up a batch at a time, in table order.
  private bN = 0;
  private bBytes: Buffer = Buffer.allocUnsafe(1 << 16);
  private bUsed = 0;
  private bOff = new Int32Array(BATCH + 1);
  private bHash = new Int32Array(BATCH);
  private bRow = new Int32Array(BATCH);
  private bLine = new Int32Array(BATCH);
  private bOrder = new Int32Array(BATCH);
  private bPredI = new Int32Array(0);
  private bPredF = new Float64Array(0);
  private bScores = new Float64Array(0);

  /** Written by the cache-warming loop so that its loads are not optimised away. */
  touched = 0;
  invalidRows = 0;
  readonly invalidExamples: string[] = [];
  extraPredictions = 0;
  readonly extraExamples: string[] = [];
  scoreMin = Infinity;
  scoreMax = -Infinity;
  probOffRows = 0;
  probOffFirstLine = 0;
  probOffFirstSum = 0;

  /** `expectedRows`: an estimate of the label rows, to size the arrays and id table up front. */
  constructor(
    readonly setup: CollectorSetup,
    expectedRows = 1024,
    readonly spool: RowSpool | null = null,
    idCheck: StreamedIdCheck | null = null,
    join: PartitionedJoin | null = null,
  ) {
    const expected = Math.min(Math.max(1024, expectedRows), 1 << 26);
    this.cap = spool ? spool.batchRows : expected;
    this.join = setup.byId && spool ? join : null;
    this.idCheck = setup.byId && spool && this.join === null ? idCheck : null;
    this.ids = setup.byId && this.idCheck === null && this.join === null ? new ByteInterner(expected) : null;
    this.scoresPerRow = setup.scoreColumn !== undefined ? 1 : setup.probColumns.length;
  }

  /** The interned labels (bytes → label index, in first-seen order). */
  get labels(): ByteInterner {
    return this.dictionary.labels;
  }

  /** Where each interned label was first read: its line, file and column. */
  get labelLine(): Int32Array {
    return this.dictionary.labelLine;
  }

  get labelFile(): string[] {
    return this.dictionary.labelFile;
  }

  get labelColumn(): string[] {
    return this.dictionary.labelColumn;
  }

  /** Whether the rows have ids (kept in `ids`, or checked by `idCheck`). */
  get hasIds(): boolean {
    return this.ids !== null || this.idCheck !== null || this.join !== null;
  }

  /** Switches to the next file: which phase, and which slots hold which columns. */
  begin(phase: number, file: string, cells: Cells, slots: Slots): void {
    this.phase = phase;
    this.file = file;
    this.cells = cells;
    this.slots = slots;
    this.base = 0;
    if (phase === PHASE_SINGLE || phase === PHASE_LABELS) this.allocate(this.cap, phase === PHASE_SINGLE);
    else this.allocatePredictions();
  }

  private allocate(cap: number, withPredictions: boolean): void {
    const regression = this.setup.regression;
    this.cap = cap;
    const n = this.n;
    if (regression) this.yTrueF = resizeF(this.yTrueF, cap, n);
    else this.yTrueI = resizeI(this.yTrueI, cap, n);
    if (withPredictions) {
      if (regression) this.yPredF = resizeF(this.yPredF, cap, n);
      else this.yPredI = resizeI(this.yPredI, cap, n);
      if (this.scoresPerRow > 0)
        this.scores = resizeF(this.scores, cap * this.scoresPerRow, n * this.scoresPerRow);
      this.outPredI = this.yPredI;
      this.outPredF = this.yPredF;
      this.outScores = this.scores ?? this.outScores;
    }
    if (this.ids) this.idLine = resizeI(this.idLine, Math.max(cap, this.idLine.length), n);
    if ((this.idCheck || this.join) && this.idHashes.length < 2 * cap)
      this.idHashes = new Int32Array(2 * cap);
    if ((this.idCheck || this.join) && this.spool?.keepIds && this.idOffsets.length < cap + 1) {
      this.idOffsets = new Int32Array(cap + 1);
      this.idBytes = Buffer.allocUnsafe(Math.max(this.idBytes.length, 1 << 16));
    }
  }

  /** After the labels pass: prediction arrays for the n label rows, all "no prediction yet". */
  private allocatePredictions(): void {
    if (this.join) {
      // One row at a time, straight to its partition.
      this.outPredI = new Int32Array(1);
      this.outPredF = new Float64Array(1);
      this.outScores = new Float64Array(this.scoresPerRow);
      return;
    }
    const n = this.spool ? Math.min(this.n, this.spool.batchRows) : this.n;
    if (this.setup.regression) this.yPredF = new Float64Array(n).fill(NaN);
    else this.yPredI = new Int32Array(n).fill(-1);
    if (this.scoresPerRow > 0) this.scores = new Float64Array(n * this.scoresPerRow).fill(NaN);
    if (this.ids) {
      this.predLine = new Int32Array(n);
      if (this.setup.regression) this.bPredF = new Float64Array(BATCH);
      else this.bPredI = new Int32Array(BATCH);
      this.bScores = new Float64Array(BATCH * this.scoresPerRow);
      this.outPredI = this.bPredI;
      this.outPredF = this.bPredF;
      this.outScores = this.bScores;
    } else {
      this.outPredI = this.yPredI;
      this.outPredF = this.yPredF;
      this.outScores = this.scores ?? this.outScores;
    }
  }

  /** Ends the current file's pass: indexes or looks up what is still buffered. */
  flush(): void {
    if (this.phase === PHASE_PREDICTIONS) {
      if (this.ids !== null) this.flushPredictions();
      if (this.join) this.predRows = this.join.predictionCount;
      else if (this.spool) this.spoolBatch(Math.min(this.predRows, this.n) - this.base);
    } else {
      if (this.ids !== null) this.indexIds();
      if (this.spool) this.spoolBatch(this.n - this.base);
      if (this.join) this.join.endLabels();
    }
  }

  /** Streaming: appends the batch's `count` rows to the spool and starts the next batch. */
  private spoolBatch(count: number): void {
    const spool = this.spool!;
    if (count <= 0) return;
    const regression = this.setup.regression;
    const k = this.scoresPerRow;
    if (this.phase !== PHASE_PREDICTIONS) {
      if (regression) spool.column('yTrue', 8).append(this.yTrueF, count);
      else {
        const y = this.yTrueI;
        if (this.trueSeen.length < this.labels.size) {
          const seen = new Uint8Array(Math.max(this.labels.size, this.trueSeen.length * 2));
          seen.set(this.trueSeen);
          this.trueSeen = seen;
        }
        const seen = this.trueSeen;
        for (let i = 0; i < count; i++) seen[y[i]] = 1;
        spool.column('yTrue', 4).append(y, count);
      }
      if (this.idCheck || this.join) spool.column('idHashes', 8).append(this.idHashes, count);
      if ((this.idCheck || this.join) && spool.keepIds) {
        spool.ids ??= new SpooledIds(spool.dir);
        spool.ids.append(this.idBytes, this.idOffsets, count);
      }
    }
    if (this.phase !== PHASE_LABELS) {
      if (regression) spool.column('yPred', 8).append(this.yPredF, count);
      else spool.column('yPred', 4).append(this.yPredI, count);
      if (k > 0) spool.column('scores', 8 * k).append(this.scores!, count);
    }
    this.base += count;
  }

  private indexIds(): void {
    const ids = this.ids!;
    const dup = ids.indexPending();
    if (dup >= 0)
      throw duplicateIdError(
        this.file,
        this.setup.idColumn,
        ids.get(dup),
        this.idLine[dup],
        this.idLine[ids.duplicateOf],
      );
  }

  row(buf: Buffer, line: number): void {
    const phase = this.phase;
    if (phase === PHASE_PREDICTIONS) {
      this.predictionRow(buf, line);
      return;
    }
    const r = this.n;
    let at = r - this.base;
    if (at === this.cap) {
      if (this.spool) {
        this.spoolBatch(at);
        at = 0;
      } else this.allocate(this.cap * 2, phase === PHASE_SINGLE);
    }
    if (this.ids !== null) this.addId(buf, line, r);
    else if (this.idCheck !== null) this.hashId(buf, line, r, at);
    else if (this.join !== null) this.partitionLabel(buf, line, at);
    this.readLabel(buf, line, at);
    if (phase === PHASE_SINGLE && !this.readPrediction(buf, line, at)) this.countInvalid(r, line, buf);
    this.n = r + 1;
    if (this.ids !== null && (r & (BATCH - 1)) === BATCH - 1) this.indexIds();
  }

  private countInvalid(r: number, line: number, buf: Buffer | null = null): void {
    this.invalidRows++;
    if (this.invalidExamples.length < MAX_EXAMPLES) {
      const sl = this.slots.id;
      this.invalidExamples.push(
        this.ids !== null
          ? this.ids.get(r)
          : this.idCheck !== null && buf !== null
            ? buf.toString('utf8', this.cells.starts[sl], this.cells.ends[sl])
            : `line ${line}`,
      );
    }
  }

  private predictionRow(buf: Buffer, line: number): void {
    if (this.join !== null) {
      const sl = this.slots.id;
      const s = this.cells.starts[sl];
      const e = this.cells.ends[sl];
      this.checkId(buf, line, s, e, this.cells.kinds[sl]);
      this.readPrediction(buf, line, 0);
      const prediction = this.setup.regression ? this.outPredF[0] : this.outPredI[0];
      this.join.addPrediction(buf, s, e, hashBytes(buf, s, e, SEED_B), line, prediction, this.outScores);
      return;
    }
    if (this.ids !== null) {
      // Buffer the row; `flushPredictions` joins a batch at a time.
      const sl = this.slots.id;
      const s = this.cells.starts[sl];
      const e = this.cells.ends[sl];
      this.checkId(buf, line, s, e, this.cells.kinds[sl]);
      const j = this.bN;
      const len = e - s;
      if (this.bUsed + len > this.bBytes.length) {
        const bigger = Buffer.allocUnsafe(Math.max(this.bBytes.length * 2, this.bUsed + len));
        this.bBytes.copy(bigger, 0, 0, this.bUsed);
        this.bBytes = bigger;
      }
      const out = this.bBytes;
      const at = this.bUsed;
      for (let i = 0; i < len; i++) out[at + i] = buf[s + i]; // Buffer#copy allocates a view per call
      this.bUsed = at + len;
      this.bOff[j + 1] = this.bUsed;
      this.bLine[j] = line;
      this.readPrediction(buf, line, j);
      this.bN = j + 1;
      if (j + 1 === BATCH) this.flushPredictions();
      return;
    }
    const r = this.predRows;
    this.predRows = r + 1;
    if (r >= this.n) return; // counted; the row-count mismatch is reported after the pass
    let at = r - this.base;
    if (this.spool !== null && at === this.spool.batchRows) {
      this.spoolBatch(at);
      at = 0;
    }
    if (!this.readPrediction(buf, line, at)) this.countInvalid(r, line);
  }

  /**
   * Joins the buffered prediction rows to label rows: ids are looked up in table order and the
   * rows written in row order, so the large arrays are walked front to back, not at random.
   */
  private flushPredictions(): void {
    const count = this.bN;
    if (count === 0) return;
    this.predRows += count;
    const bytes = this.bBytes;
    const off = this.bOff;
    const hashes = this.bHash;
    for (let j = 0; j < count; j++) hashes[j] = hashBytes(bytes, off[j], off[j + 1], SEED_A);
    const rows = this.bRow;
    this.ids!.findMany(bytes, off, hashes, count, rows);
    const order = this.bOrder;
    rowOrder(rows, count, this.n, order);
    const predLine = this.predLine;
    const regression = this.setup.regression;
    const k = this.scoresPerRow;
    // Independent loads first (the CPU overlaps their cache misses), then the dependent writes.
    let acc = 0;
    for (let o = 0; o < count; o++) {
      const r = rows[order[o]];
      if (r >= 0) acc ^= predLine[r];
    }
    this.touched = acc;
    for (let o = 0; o < count; o++) {
      const j = order[o];
      const r = rows[j];
      if (r < 0) continue;
      const seen = predLine[r];
      if (seen !== 0)
        throw new InputError(
          { file: this.file, line: this.bLine[j], column: this.setup.idColumn },
          `duplicate id ${showBytes(bytes, off[j], off[j + 1])}: it also has a prediction on ` +
            `line ${seen}. Each id may have only one prediction row.`,
        );
      predLine[r] = this.bLine[j];
      if (regression) this.yPredF[r] = this.bPredF[j];
      else this.yPredI[r] = this.bPredI[j];
      if (k > 0) {
        const scores = this.scores!;
        const bScores = this.bScores;
        for (let q = 0; q < k; q++) scores[r * k + q] = bScores[j * k + q];
      }
    }
    for (let j = 0; j < count; j++) {
      const r = rows[j];
      if (r < 0) {
        this.extraPredictions++;
        if (this.extraExamples.length < MAX_EXAMPLES)
          this.extraExamples.push(bytes.toString('utf8', off[j], off[j + 1]));
      } else if (regression ? Number.isNaN(this.bPredF[j]) : this.bPredI[j] < 0) {
        this.invalidRows++;
        if (this.invalidExamples.length < MAX_EXAMPLES)
          this.invalidExamples.push(bytes.toString('utf8', off[j], off[j + 1]));
      }
    }
    this.bN = 0;
    this.bUsed = 0;
  }

  private checkId(buf: Buffer, line: number, s: number, e: number, kind: number): void {
    if (e - s > this.dictionary.maxField)
      throw this.dictionary.fieldTooLong(this.file, line, this.setup.idColumn, e - s);
    if (s === e || kind === KIND_NULL || kind === KIND_MISSING || kind === KIND_NESTED)
      throw new InputError(
        { file: this.file, line, column: this.setup.idColumn },
        kind === KIND_NESTED
          ? `expected a string or number, got ${nestedWhat(buf, s, e)} (the id).`
          : 'empty id; every row needs an id to be joined with the other file.',
      );
  }

  private addId(buf: Buffer, line: number, r: number): void {
    const sl = this.slots.id;
    const s = this.cells.starts[sl];
    const e = this.cells.ends[sl];
    this.checkId(buf, line, s, e, this.cells.kinds[sl]);
    this.ids!.append(buf, s, e);
    if (r === this.idLine.length) this.idLine = resizeI(this.idLine, Math.max(1024, r * 2), r);
    this.idLine[r] = line;
  }

  /** Streaming: row r's id (at batch position `at`) to the duplicate check and the fingerprint. */
  private hashId(buf: Buffer, line: number, r: number, at: number): void {
    const sl = this.slots.id;
    const s = this.cells.starts[sl];
    const e = this.cells.ends[sl];
    this.checkId(buf, line, s, e, this.cells.kinds[sl]);
    const a = hashBytes(buf, s, e, SEED_A);
    const b = hashBytes(buf, s, e, SEED_B);
    this.idHashes[2 * at] = a;
    this.idHashes[2 * at + 1] = b;
    this.keepIdBytes(buf, s, e, at);
    this.idCheck!.add(buf, s, e, a, b, r);
  }

  /** Streaming into a spool that keeps the ids: the id's bytes at batch position `at`. */
  private keepIdBytes(buf: Buffer, s: number, e: number, at: number): void {
    if (!this.spool?.keepIds) return;
    const from = this.idOffsets[at];
    const len = e - s;
    if (from + len > this.idBytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.idBytes.length * 2, from + len));
      this.idBytes.copy(bigger, 0, 0, from);
      this.idBytes = bigger;
    }
    const out = this.idBytes;
    for (let i = 0; i < len; i++) out[from + i] = buf[s + i]; // Buffer#copy allocates a view per call
    this.idOffsets[at + 1] = from + len;
  }

  /** A partitioned join: the label row's id (at batch position `at`) to its partition. */
  private partitionLabel(buf: Buffer, line: number, at: number): void {
    const sl = this.slots.id;
    const s = this.cells.starts[sl];
    const e = this.cells.ends[sl];
    this.checkId(buf, line, s, e, this.cells.kinds[sl]);
    const a = hashBytes(buf, s, e, SEED_A);
    const b = hashBytes(buf, s, e, SEED_B);
    this.idHashes[2 * at] = a;
    this.idHashes[2 * at + 1] = b;
    this.keepIdBytes(buf, s, e, at);
    this.join!.addLabel(buf, s, e, b, line);
  }

  private readLabel(buf: Buffer, line: number, r: number): void {
    const sl = this.slots.label;
    const s = this.cells.starts[sl];
    const e = this.cells.ends[sl];
    const kind = this.cells.kinds[sl];
    if (s === e || kind === KIND_NULL || kind === KIND_MISSING || kind === KIND_NESTED)
      throw new InputError(
        { file: this.file, line, column: this.setup.labelColumn },
        kind === KIND_NESTED
          ? `expected a string or number, got ${nestedWhat(buf, s, e)} (the label).`
          : 'empty label; every row needs a true label (remove unlabelled rows before evaluating).',
      );
    if (this.setup.regression) {
      const v = kind === KIND_BOOL ? NaN : parseNumber(buf, s, e);
      if (!Number.isFinite(v))
        throw new InputError(
          { file: this.file, line, column: this.setup.labelColumn },
          `${showBytes(buf, s, e)} is not a finite number; regression needs numeric labels.`,
        );
      this.yTrueF[r] = v;
    } else this.yTrueI[r] = this.dictionary.intern(buf, s, e, kind, this.file, line, this.setup.labelColumn);
  }

  /**
   * Reads the prediction (and scores) of a row into the output arrays at `r`; false when the
   * prediction is empty. The scores of a row without a predicted label are still read: they are
   * valid data for the score metrics (roc_auc, log_loss…), as scikit-learn would use them.
   */
  private readPrediction(buf: Buffer, line: number, r: number): boolean {
    const cells = this.cells;
    const slots = this.slots;
    const sl = slots.prediction;
    const s = cells.starts[sl];
    const e = cells.ends[sl];
    const kind = cells.kinds[sl];
    if (kind === KIND_NESTED)
      throw new InputError(
        { file: this.file, line, column: this.setup.predictionColumn },
        `expected a string or number, got ${nestedWhat(buf, s, e)} (the prediction).`,
      );
    const empty = s === e || kind === KIND_NULL || kind === KIND_MISSING;
    if (this.setup.regression) {
      if (empty) {
        // No prediction for this row: the missing-prediction policy decides later.
        this.outPredF[r] = NaN;
        return false;
      }
      const v = kind === KIND_BOOL ? NaN : parseNumber(buf, s, e);
      if (!Number.isFinite(v))
        throw new InputError(
          { file: this.file, line, column: this.setup.predictionColumn },
          `${showBytes(buf, s, e)} is not a finite number; regression needs numeric predictions.`,
        );
      this.outPredF[r] = v;
      return true;
    }
    this.outPredI[r] = empty
      ? -1
      : this.dictionary.intern(buf, s, e, kind, this.file, line, this.setup.predictionColumn);
    this.readScores(buf, line, r, empty);
    return !empty;
  }

  /** The row's score columns; with `lenient` (no prediction) empty scores are NaN, not errors. */
  private readScores(buf: Buffer, line: number, r: number, lenient: boolean): void {
    const slots = this.slots;
    const k = this.scoresPerRow;
    if (k === 0) return;
    const scores = this.outScores;
    if (lenient && scoreCellsEmpty(this.cells, slots.score >= 0 ? slots.score : slots.prob, k)) {
      scores.fill(NaN, r * k, r * k + k);
      return;
    }
    if (slots.score >= 0) {
      const v = readScoreCell(this.cells, buf, this.file, line, slots.score, this.setup.scoreColumn!, false);
      scores[r] = v;
      if (v < this.scoreMin) this.scoreMin = v;
      if (v > this.scoreMax) this.scoreMax = v;
      return;
    }
    const base = r * k;
    const p0 = slots.prob;
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const v = readScoreCell(this.cells, buf, this.file, line, p0 + j, this.setup.probColumns[j], true);
      scores[base + j] = v;
      sum += v;
    }
    if (probabilityRowOff(sum)) {
      if (this.probOffRows === 0) {
        this.probOffFirstLine = line;
        this.probOffFirstSum = sum;
      }
      this.probOffRows++;
    }
  }
}
