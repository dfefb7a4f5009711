/** The streamed evaluation's rows: `finishStream` and the `RowStream` that replays them from the spool. */
import type {
  ClassificationData,
  EvaluationData,
  IdBytes,
  ReadStats,
  RegressionData,
} from '../../result/evaluation-data.js';
import type { Collector } from './collector.js';
import type { ByteInterner } from './interner.js';
import { labelHashes, makeNumberHasher, RowFingerprint } from './fingerprint.js';
import type { RowSpool, SpoolColumn, SpooledIds } from './spool.js';
import { readStats, type FinishContext } from './finish.js';
import { settleClasses } from './settle-classes.js';
import { permuteRows, planScores, transformScores, type ScorePlan } from './score-plan.js';

/**
 * Streaming: the same decisions as `finish` from the counts and labels gathered while reading,
 * and a `RowStream` that replays the spooled rows (remapped to the classes, scores in
 * `scoreClasses` order) a batch at a time, computing the fingerprint on its first pass.
 */
export function finishStream(
  c: Collector,
  ctx: FinishContext,
  spool: RowSpool,
): { stream: RowStream; stats: ReadStats } {
  const n = c.n;
  const stats = readStats(c, ctx);
  if (c.setup.regression) {
    const meta: StreamMeta = { task: 'regression', n };
    return { stream: new RowStream(meta, spool, null, null, c.ids, stats), stats };
  }
  // Without an id join every interned label is used (there are no extra prediction rows); with
  // one, the labels of the label rows and those predicted for them.
  const used = new Uint8Array(c.labels.size).fill(1);
  if (c.joinOutcome !== null) {
    const predicted = c.joinOutcome.predicted;
    const seen = c.trueSeen;
    for (let l = 0; l < used.length; l++) used[l] = seen[l] === 1 || predicted[l] === 1 ? 1 : 0;
  }
  const settled = settleClasses(c, ctx, used);
  const { classes, remap } = settled;
  const meta: StreamMeta = { task: settled.task, n, classes, positive: settled.positive };
  let plan: ScorePlan | null = null;
  if (c.scoresPerRow > 0) {
    const present = new Uint8Array(classes.length);
    const seen = c.trueSeen;
    for (let l = 0; l < seen.length; l++) if (seen[l] === 1) present[remap[l]] = 1;
    plan = planScores(c, ctx, meta, settled.numeric, present, remap);
    if (plan.scoreClasses) meta.scoreClasses = plan.scoreClasses;
    else meta.scoreKind = plan.scoreKind;
    if (plan.logLossClasses) meta.logLossClasses = plan.logLossClasses;
  }
  return { stream: new RowStream(meta, spool, remap, plan, c.ids, stats), stats };
}

/** What the metrics need to know about the rows before seeing them (see `ClassificationData`). */
export interface StreamMeta {
  task: 'binary' | 'multiclass' | 'regression';
  n: number;
  classes?: string[];
  positive?: number;
  scoreKind?: 'probability' | 'decision';
  scoreClasses?: string[];
  logLossClasses?: string[];
}

/**
 * The rows of a streamed evaluation, replayed from the spool as `EvaluationData` batches (each a
 * complete `EvaluationData` of `batch.n` consecutive rows). The first full replay computes
 * `stats.fingerprint`.
 */
export class RowStream {
  private fingerprinted = false;

  constructor(
    readonly meta: StreamMeta,
    private readonly spool: RowSpool,
    private readonly remap: Int32Array | null,
    private readonly plan: ScorePlan | null,
    private readonly ids: ByteInterner | null,
    private readonly stats: ReadStats,
  ) {}

  /** Closes the spooled files (the caller removes their folder). */
  close(): void {
    this.spool.close();
  }

  /** Whether the replayed batches come with their ids' bytes (the spool kept them). */
  get hasIdBytes(): boolean {
    return this.spool.ids !== null;
  }

  /** The ids' UTF-8 bytes in all, when the spool kept them (the sidecar's `id_bytes`). */
  get idByteCount(): number {
    return this.spool.ids?.bytes ?? 0;
  }

  /**
   * Calls `onBatch` with each batch of rows, in row order, and the batch's ids as bytes when the
   * spool kept them (`hasIdBytes`). The batch's arrays are reused.
   */
  replay(onBatch: (batch: EvaluationData, start: number, ids: IdBytes | null) => void): void {
    const { meta, spool, remap, plan } = this;
    const n = meta.n;
    const size = spool.batchRows;
    const ids = spool.ids !== null ? new BatchIds(spool.ids.lengths, size) : null;
    const idsOf = (start: number, count: number): IdBytes | null =>
      ids === null ? null : ids.read(spool.ids!, start, count);
    const fp = this.fingerprinted ? null : new RowFingerprint(this.ids);
    const lh = new Int32Array(2);
    // Ids spooled as their hashes (a single file with ids): read along with the rows.
    const idHashes = fp && spool.idHashes ? new Int32Array(2 * size) : null;
    const addRow = (start: number, i: number): void => {
      if (idHashes) fp!.addHashed(idHashes[2 * i], idHashes[2 * i + 1], lh);
      else fp!.add(start + i, lh);
    };
    if (meta.task === 'regression') {
      const yTrue = new Float64Array(size);
      const yPred = new Float64Array(size);
      const hasher = makeNumberHasher();
      for (let start = 0; start < n; start += size) {
        const count = Math.min(size, n - start);
        spool.yTrue!.read(yTrue, start, count);
        spool.readPredictions(yPred, null, start, count);
        if (idHashes) spool.idHashes!.read(idHashes, start, count);
        const batch: RegressionData = {
          task: 'regression',
          n: count,
          yTrue: count === size ? yTrue : yTrue.subarray(0, count),
          yPred: count === size ? yPred : yPred.subarray(0, count),
          ids: null,
        };
        if (fp)
          for (let i = 0; i < count; i++) {
            hasher(yTrue[i], lh);
            addRow(start, i);
          }
        onBatch(batch, start, idsOf(start, count));
      }
    } else {
      const classes = meta.classes!;
      const hashes = labelHashes(classes);
      const yTrue = new Int32Array(size);
      const yPred = new Int32Array(size);
      const k = plan ? plan.columns : 0;
      const raw = plan ? new Float64Array(size * k) : null;
      const out = plan && plan.kind !== 'as-read' ? new Float64Array(size * plan.width) : raw;
      const logLossOut = plan?.logLossPick ? new Float64Array(size * k) : null;
      for (let start = 0; start < n; start += size) {
        const count = Math.min(size, n - start);
        spool.yTrue!.read(yTrue, start, count);
        spool.readPredictions(yPred, raw, start, count);
        if (idHashes) spool.idHashes!.read(idHashes, start, count);
        for (let i = 0; i < count; i++) {
          yTrue[i] = remap![yTrue[i]];
          const p = yPred[i];
          if (p >= 0) yPred[i] = remap![p];
        }
        let scores: Float64Array | null = null;
        if (plan) {
          transformScores(plan, raw!, out!, count);
          scores = out!.subarray(0, count * plan.width);
          if (logLossOut) permuteRows(plan.logLossPick!, k, raw!, logLossOut, count);
        }
        const batch: ClassificationData = {
          task: meta.task as 'binary' | 'multiclass',
          n: count,
          classes,
          yTrue: count === size ? yTrue : yTrue.subarray(0, count),
          yPred: count === size ? yPred : yPred.subarray(0, count),
          scores,
          ids: null,
        };
        if (meta.positive !== undefined) batch.positive = meta.positive;
        if (meta.scoreKind) batch.scoreKind = meta.scoreKind;
        if (meta.scoreClasses) batch.scoreClasses = meta.scoreClasses;
        if (logLossOut) {
          batch.logLossScores = logLossOut.subarray(0, count * k);
          batch.logLossClasses = meta.logLossClasses;
        }
        if (fp)
          for (let i = 0; i < count; i++) {
            lh[0] = hashes.a[yTrue[i]];
            lh[1] = hashes.b[yTrue[i]];
            addRow(start, i);
          }
        onBatch(batch, start, idsOf(start, count));
      }
    }
    if (fp) {
      this.stats.fingerprint = fp.digest();
      this.fingerprinted = true;
    }
  }
}

/** One batch of spooled ids at a time, read in row order (`RowStream.replay`). */
class BatchIds {
  private readonly lengths: Int32Array;
  private readonly offsets: Int32Array;
  private bytes = Buffer.allocUnsafe(1 << 16);
  /** Byte position of the next batch's first id; rows are read in order from row 0. */
  private at = 0;

  constructor(
    private readonly lengthColumn: SpoolColumn,
    size: number,
  ) {
    this.lengths = new Int32Array(size);
    this.offsets = new Int32Array(size + 1);
  }

  read(spooled: SpooledIds, start: number, count: number): IdBytes {
    if (start === 0) this.at = 0;
    const { lengths, offsets } = this;
    this.lengthColumn.read(lengths, start, count);
    for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i] + lengths[i];
    const total = offsets[count];
    if (total > this.bytes.length) this.bytes = Buffer.allocUnsafe(Math.max(total, this.bytes.length * 2));
    spooled.read(this.bytes, this.at, total);
    this.at += total;
    return { n: count, bytes: this.bytes, offsets: this.offsets };
  }
}
