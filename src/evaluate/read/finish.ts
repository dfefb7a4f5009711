import { formatLocation, InputError, UsageError } from '../../errors.js';
import type {
  ClassificationData,
  EvaluateOptions,
  EvaluationData,
  ReadStats,
  RegressionData,
} from '../../result/evaluation-data.js';
import { canonicalDecimal, labelNumber, showValue } from './bytes.js';
import type { Collector } from './collector.js';
import type { ByteInterner } from './interner.js';
import { fingerprintRows, labelHashes, makeNumberHasher, RowFingerprint } from './fingerprint.js';
import { compareCodePoints, findLabel, listLabels, orderLabels } from './labels.js';
import type { RowSpool } from './spool.js';
import { isProbabilityScore } from '../metrics/probability.js';

const MAX_MISSING_IDS = 10;
const SHOWN_IN_ERRORS = 5;

export interface FinishContext {
  options: EvaluateOptions;
  predictionsFile: string;
  labelsFile: string;
  /** --score-prefix classes (column name minus the prefix), in header order. */
  probClasses: string[];
  warnings: string[];
}

/** Applies the missing-prediction policy, orders the classes, settles the task and scores. */
export function finish(c: Collector, ctx: FinishContext): { data: EvaluationData; stats: ReadStats } {
  const n = c.n;
  const stats = readStats(c, ctx);

  if (c.setup.regression) {
    const yTrue = trimF(c.yTrueF, n);
    const hasher = makeNumberHasher();
    stats.fingerprint = fingerprintRows(n, c.ids, (i, out) => hasher(yTrue[i], out));
    const data: EvaluationData = { task: 'regression', n, yTrue, yPred: trimF(c.yPredF, n), ids: null };
    setIds(data, c.ids);
    return { data, stats };
  }

  // Classes: sorted union of true and predicted labels. Labels read only from prediction rows
  // that joined no label row (extra predictions) were interned too; they are left out here.
  const yTrue = trimI(c.yTrueI, n);
  const yPred = trimI(c.yPredI, n);
  const used = new Uint8Array(c.labels.size);
  for (let i = 0; i < n; i++) {
    used[yTrue[i]] = 1;
    if (yPred[i] >= 0) used[yPred[i]] = 1;
  }
  const settled = settleClasses(c, ctx, used);
  const { remap, classes } = settled;
  for (let i = 0; i < n; i++) {
    yTrue[i] = remap[yTrue[i]];
    const p = yPred[i];
    if (p >= 0) yPred[i] = remap[p];
  }
  const hashes = labelHashes(classes);
  stats.fingerprint = fingerprintRows(n, c.ids, (i, out) => {
    out[0] = hashes.a[yTrue[i]];
    out[1] = hashes.b[yTrue[i]];
  });

  const data: ClassificationData = {
    task: settled.task,
    n,
    classes,
    yTrue,
    yPred,
    scores: null,
    ids: null,
  };
  setIds(data, c.ids);
  if (settled.positive !== undefined) data.positive = settled.positive;
  if (c.scores !== null) {
    const present = new Uint8Array(classes.length);
    for (let i = 0; i < n; i++) present[yTrue[i]] = 1;
    const plan = planScores(c, ctx, data, settled.numeric, present, settled.remap);
    data.scores = applyScores(plan, c.scores, n);
    if (plan.scoreClasses) data.scoreClasses = plan.scoreClasses;
    else data.scoreKind = plan.scoreKind;
    if (plan.logLossPick) {
      data.logLossScores = new Float64Array(n * plan.columns);
      permuteRows(plan.logLossPick, plan.columns, c.scores, data.logLossScores, n);
      data.logLossClasses = plan.logLossClasses;
    }
  }
  return { data, stats };
}

/** The counts and warnings of result.errors, after the missing-prediction policy. */
function readStats(c: Collector, ctx: FinishContext): ReadStats {
  const n = c.n;
  // Label rows that no prediction row joined (joins by id).
  let missing = 0;
  const missingExamples: string[] = [];
  if (c.ids !== null && c.setup.byId && c.predLine.length === n) {
    const predLine = c.predLine;
    for (let r = 0; r < n; r++)
      if (predLine[r] === 0) {
        missing++;
        if (missingExamples.length < MAX_MISSING_IDS) missingExamples.push(c.ids.get(r));
      }
  }
  const invalid = c.invalidRows;
  if (missing + invalid > 0) checkMissingPolicy(c, ctx, missing, missingExamples, invalid);

  const stats: ReadStats = {
    missing_predictions: missing,
    extra_predictions: c.extraPredictions,
    invalid_rows: invalid,
    missing_ids: [...missingExamples, ...c.invalidExamples].slice(0, MAX_MISSING_IDS),
    warnings: ctx.warnings,
    fingerprint: '',
  };
  if (c.extraPredictions > 0)
    ctx.warnings.push(
      `${ctx.predictionsFile} has ${c.extraPredictions} prediction row(s) whose id is not in ${ctx.labelsFile} ` +
        `(first: ${listLabels(c.extraExamples, SHOWN_IN_ERRORS)}); they are ignored.`,
    );
  return stats;
}

interface SettledClasses {
  task: 'binary' | 'multiclass';
  classes: string[];
  numeric: boolean;
  /** Interned label → index in `classes` (-1: unused). */
  remap: Int32Array;
  positive?: number;
}

/** Orders the used labels as scikit-learn, decides binary or multiclass and the positive label. */
function settleClasses(c: Collector, ctx: FinishContext, used: Uint8Array): SettledClasses {
  const { options } = ctx;
  const all = c.labels.strings();
  const usedIndex = new Int32Array(all.length).fill(-1);
  const interned: string[] = [];
  for (let l = 0; l < all.length; l++) if (used[l] === 1) usedIndex[l] = interned.push(all[l]) - 1;
  let order = orderLabels(interned);
  const explicit = options.task;
  if (explicit === 'binary' && order.classes.length > 2) {
    const remapAll = new Int32Array(all.length);
    for (let l = 0; l < all.length; l++) remapAll[l] = usedIndex[l] >= 0 ? order.remap[usedIndex[l]] : -1;
    throw new InputError(
      { file: ctx.labelsFile },
      `--task binary, but the labels and predictions hold ${order.classes.length} distinct labels: ` +
        `${labelsWithWhere(c, order.classes, remapAll, ctx.labelsFile)}. A binary task has exactly two; fix the ` +
        'stray rows, or use --task multiclass (or auto).',
    );
  }
  const binary = explicit === 'binary' || (explicit !== 'multiclass' && order.classes.length === 2);
  if (
    binary &&
    order.classes.length < 2 &&
    options.positiveLabel !== undefined &&
    findLabel(order.classes, options.positiveLabel, order.numeric) < 0
  ) {
    // Every row has the same label; the positive label the user named is the other class.
    order = orderLabels([...interned, options.positiveLabel]);
  }
  const { classes, numeric } = order;
  const remap = new Int32Array(all.length);
  for (let l = 0; l < all.length; l++) remap[l] = usedIndex[l] >= 0 ? order.remap[usedIndex[l]] : -1;
  if ((explicit === undefined || explicit === 'auto') && numeric) refuseNumericTargets(c, classes, remap);
  const settled: SettledClasses = { task: binary ? 'binary' : 'multiclass', classes, numeric, remap };
  if (binary) {
    let positive = classes.length - 1;
    if (options.positiveLabel !== undefined) {
      positive = findLabel(classes, options.positiveLabel, numeric);
      if (positive < 0)
        throw new UsageError(
          `--positive-label ${showValue(options.positiveLabel)} is not one of the labels; ` +
            `the labels are ${listLabels(classes)}.`,
        );
    }
    settled.positive = positive;
  } else if (options.positiveLabel !== undefined) {
    ctx.warnings.push(
      `--positive-label ${showValue(options.positiveLabel)} is ignored: the task is multiclass (${classes.length} labels).`,
    );
  }
  return settled;
}

/** Where interned label `l` was first read, for a message: `file, line N, column "x"`. */
export function labelWhere(c: Collector, l: number): string {
  return formatLocation({ file: c.labelFile[l], line: c.labelLine[l], column: c.labelColumn[l] });
}

/**
 * The first classes with where each first appears (a stray third label is usually one bad row):
 * `"c" (first at preds.csv, line 4, column "label")`, and a count of the rest.
 */
function labelsWithWhere(c: Collector, classes: string[], remap: Int32Array, fallback: string): string {
  const shown = classes.slice(0, 5).map((cl, k) => {
    const l = firstInterned(remap, k);
    return `${showValue(cl)} (first at ${l >= 0 ? labelWhere(c, l) : fallback})`;
  });
  return shown.join(', ') + (classes.length > 5 ? ` and ${classes.length - 5} more` : '');
}

/** The first interned label that became class `k`. */
function firstInterned(remap: Int32Array, k: number): number {
  for (let l = 0; l < remap.length; l++) if (remap[l] === k) return l;
  return -1;
}

/** More distinct numeric labels than this, and more than half the rows, look like a regression target. */
const MAX_NUMERIC_CLASSES = 50;

/**
 * `--task auto` on numbers that look like a regression target (a non-integer label, or many
 * distinct values: more than MAX_NUMERIC_CLASSES and more than half the rows) stops with exit 2
 * rather than guessing: classification metrics of a 200-class "multiclass" reading of prices are
 * numbers nobody wants, and regression metrics of class ids would be as wrong. The user says
 * which with --task.
 */
function refuseNumericTargets(c: Collector, classes: string[], remap: Int32Array): void {
  const fractional = classes.findIndex((cl) => canonicalDecimal(cl).includes('.'));
  const many = classes.length > MAX_NUMERIC_CLASSES && classes.length > c.n / 2;
  if (fractional < 0 && !many) return;
  const l = firstInterned(remap, fractional >= 0 ? fractional : 0);
  const why =
    fractional >= 0
      ? `the label ${showValue(classes[fractional])} is not an integer`
      : `there are ${classes.length} distinct numeric labels in ${c.n} rows`;
  throw new InputError(
    { file: c.labelFile[l] ?? c.file, line: c.labelLine[l], column: c.labelColumn[l] },
    `--task auto: ${why}, which looks like a regression target, not classes. Pass --task regression ` +
      'for regression metrics, or --task multiclass (or binary) if these numbers really are class names.',
  );
}

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
  // Every interned label is used: no extra prediction rows without an id join.
  const settled = settleClasses(c, ctx, new Uint8Array(c.labels.size).fill(1));
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

  /** Calls `onBatch` with each batch of rows, in row order. The batch's arrays are reused. */
  replay(onBatch: (batch: EvaluationData, start: number) => void): void {
    const { meta, spool, remap, plan } = this;
    const n = meta.n;
    const size = spool.batchRows;
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
        spool.yPred!.read(yPred, start, count);
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
        onBatch(batch, start);
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
        spool.yPred!.read(yPred, start, count);
        if (idHashes) spool.idHashes!.read(idHashes, start, count);
        for (let i = 0; i < count; i++) {
          yTrue[i] = remap![yTrue[i]];
          const p = yPred[i];
          if (p >= 0) yPred[i] = remap![p];
        }
        let scores: Float64Array | null = null;
        if (plan) {
          spool.scores!.read(raw!, start, count);
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
        onBatch(batch, start);
      }
    }
    if (fp) {
      this.stats.fingerprint = fp.digest();
      this.fingerprinted = true;
    }
  }
}

function checkMissingPolicy(
  c: Collector,
  ctx: FinishContext,
  missing: number,
  missingExamples: string[],
  invalid: number,
): void {
  const { options } = ctx;
  const parts: string[] = [];
  if (missing > 0)
    parts.push(
      `${missing} of the ${c.n} ids in ${ctx.labelsFile} have no prediction row ` +
        `(first: ${listLabels(missingExamples, SHOWN_IN_ERRORS)})`,
    );
  if (invalid > 0)
    parts.push(
      `${invalid} row(s) have an empty "${options.predictionColumn}" cell ` +
        `(first: ${c.hasIds ? listLabels(c.invalidExamples, SHOWN_IN_ERRORS) : c.invalidExamples.slice(0, SHOWN_IN_ERRORS).join(', ')})`,
    );
  const what = parts.join(' and ');
  if (c.setup.regression)
    throw new InputError(
      { file: ctx.predictionsFile },
      `${what}. Regression cannot count a missing prediction as wrong (there is no "wrong" value), ` +
        'so every labelled row needs a numeric prediction.',
    );
  if (options.missing === 'error')
    throw new InputError(
      { file: ctx.predictionsFile },
      `${what}. Every labelled example needs a prediction; to score missing predictions as wrong instead, ` +
        'pass --missing count-as-wrong.',
    );
}

/**
 * How the score columns as read become `data.scores`: as read (a --score-column, or
 * --score-prefix columns already in `scoreClasses` order), one column (binary with
 * --score-prefix: the positive class), or the columns permuted to `scoreClasses` order.
 */
interface ScorePlan {
  kind: 'as-read' | 'one-column' | 'permute';
  /** Columns per row as read. */
  columns: number;
  /** Columns per row in `data.scores`. */
  width: number;
  /** 'one-column': the column; 'permute': the source column of each output column. */
  pick: Int32Array;
  scoreKind: 'probability' | 'decision';
  scoreClasses?: string[];
  /** 'one-column' from --score-prefix: all columns, permuted to `logLossClasses` order, for log loss. */
  logLossPick?: Int32Array;
  logLossClasses?: string[];
}

/** Checks the score columns against the classes (errors and warnings as `finish` reports them). */
function planScores(
  c: Collector,
  ctx: FinishContext,
  data: { task: string; classes?: string[]; positive?: number },
  numeric: boolean,
  present: Uint8Array,
  /** Interned label → class index (to say where a label first appears). */
  remap: Int32Array,
): ScorePlan {
  const classes = data.classes!;
  const { options } = ctx;
  const k = c.scoresPerRow;
  if (options.scoreColumn !== undefined) {
    if (data.task !== 'binary') {
      const where = labelsWithWhere(c, classes, remap, ctx.labelsFile);
      throw new InputError(
        { file: ctx.predictionsFile },
        `--score-column ${showValue(options.scoreColumn)} gives the score of the positive class, which only applies ` +
          `to binary tasks, but the labels and predictions hold ${classes.length} distinct labels: ${where}. ` +
          'Fix the stray rows, or for multiclass ' +
          'give one probability column per class with --score-prefix.',
      );
    }
    let scoreKind: ScorePlan['scoreKind'] = 'probability';
    if (!isProbabilityScore(undefined, !(c.scoreMin < 0 || c.scoreMax > 1))) {
      scoreKind = 'decision';
      ctx.warnings.push(
        `Scores in "${options.scoreColumn}" range from ${c.scoreMin} to ${c.scoreMax}, outside [0, 1], so they are ` +
          'treated as decision scores: ROC AUC and average precision are computed, log loss and Brier score are not.',
      );
    }
    return { kind: 'as-read', columns: 1, width: 1, pick: new Int32Array(0), scoreKind };
  }
  // --score-prefix: one probability column per class.
  const colNumeric = ctx.probClasses.every((s) => Number.isFinite(labelNumber(s)));
  // A column class that names a label numerically ("1.0" for label "1") takes the label's name.
  const colClass = ctx.probClasses.map((s) => {
    const i = findLabel(classes, s, numeric && colNumeric);
    return i >= 0 ? classes[i] : s;
  });
  const perm = Array.from({ length: k }, (_, j) => j);
  if (colNumeric) perm.sort((a, b) => labelNumber(colClass[a]) - labelNumber(colClass[b]) || a - b);
  else perm.sort((a, b) => compareCodePoints(colClass[a], colClass[b]) || a - b);
  const scoreClasses = perm.map((j) => colClass[j]);
  // Every true label needs a column.
  const lacking = classes.filter((cl, i) => present[i] === 1 && !scoreClasses.includes(cl));
  if (lacking.length > 0) {
    const prefix = options.scorePrefix!;
    throw new InputError(
      { file: ctx.predictionsFile },
      `no probability column for the true label(s) ${listLabels(lacking, 10)}: --score-prefix "${prefix}" found ` +
        `the columns ${listLabels(
          ctx.probClasses.map((s) => prefix + s),
          20,
        )}. Every true label needs a column named ${prefix}<label> (e.g. ${showValue(prefix + lacking[0])}).`,
    );
  }
  if (c.probOffRows > 0)
    ctx.warnings.push(
      `${c.probOffRows} row(s) of --score-prefix probabilities in ${ctx.predictionsFile} do not sum to 1 ` +
        `(within numpy.allclose's tolerance, as scikit-learn checks), first on line ${c.probOffFirstLine} (sum ${c.probOffFirstSum}); ` +
        'they are renormalised per row, as scikit-learn does.',
    );
  if (data.task === 'binary') {
    const pos = classes[data.positive!];
    const j = colClass.indexOf(pos);
    if (j < 0)
      throw new InputError(
        { file: ctx.predictionsFile },
        `no probability column for the positive label ${showValue(pos)}: expected a column named ` +
          `${showValue(options.scorePrefix + pos)}.`,
      );
    const given = listLabels(
      perm.map((q) => options.scorePrefix! + ctx.probClasses[q]),
      10,
    );
    ctx.warnings.push(
      `Binary task with ${k} --score-prefix columns (${given}): roc_auc, average_precision and brier use the ` +
        `positive label's column ${showValue(options.scorePrefix! + ctx.probClasses[j])}; log_loss clips each row ` +
        `and renormalises it over all ${k} columns, as scikit-learn 1.2's log_loss does with a probability matrix.`,
    );
    return {
      kind: 'one-column',
      columns: k,
      width: 1,
      pick: Int32Array.of(j),
      scoreKind: 'probability',
      logLossPick: Int32Array.from(perm),
      logLossClasses: scoreClasses,
    };
  }
  let identity = true;
  for (let j = 0; j < k; j++) if (perm[j] !== j) identity = false;
  return {
    kind: identity ? 'as-read' : 'permute',
    columns: k,
    width: k,
    pick: Int32Array.from(perm),
    scoreKind: 'probability',
    scoreClasses,
  };
}

/** `data.scores` of n rows from the scores as read. */
function applyScores(plan: ScorePlan, scores: Float64Array, n: number): Float64Array {
  if (plan.kind === 'as-read') return trimF(scores, n * plan.columns);
  const out = new Float64Array(n * plan.width);
  transformScores(plan, scores, out, n);
  return out;
}

function transformScores(plan: ScorePlan, scores: Float64Array, out: Float64Array, n: number): void {
  const k = plan.columns;
  const pick = plan.pick;
  if (plan.kind === 'one-column') {
    const j = pick[0];
    for (let i = 0; i < n; i++) out[i] = scores[i * k + j];
  } else if (plan.kind === 'permute') permuteRows(pick, k, scores, out, n);
}

/** Rows of k columns, column j of `out` taken from column pick[j] of `scores`. */
function permuteRows(pick: Int32Array, k: number, scores: Float64Array, out: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const base = i * k;
    for (let j = 0; j < k; j++) out[base + j] = scores[base + pick[j]];
  }
}

/**
 * `data.ids`: the row ids as strings, built on first read. A million ids as JavaScript strings
 * cost ~100 ms and tens of MB, which `evaluate` alone never needs (the examples sidecar does).
 * Until then they stay in the interner's compact bytes. Assigning `ids` replaces the getter.
 */
function setIds(data: EvaluationData, ids: ByteInterner | null): void {
  if (ids === null) return;
  ids.releaseTable();
  let cache: string[] | null = null;
  Object.defineProperty(data, 'ids', {
    enumerable: true,
    configurable: true,
    get: () => (cache ??= ids.strings()),
    set: (value: string[] | null) =>
      Object.defineProperty(data, 'ids', { value, writable: true, enumerable: true, configurable: true }),
  });
}

function trimI(a: Int32Array, n: number): Int32Array {
  return a.length === n ? a : a.slice(0, n);
}

function trimF(a: Float64Array, n: number): Float64Array {
  return a.length === n ? a : a.slice(0, n);
}
