import { InputError, UsageError } from '../errors.js';
import type {
  ClassificationData,
  EvaluateOptions,
  EvaluationData,
  ReadStats,
} from '../evaluate/evaluation-data.js';
import { labelNumber } from './bytes.js';
import type { Collector } from './collector.js';
import type { ByteInterner } from './interner.js';
import { fingerprintRows, labelHashes, makeNumberHasher } from './fingerprint.js';
import { compareCodePoints, findLabel, listLabels, orderLabels } from './labels.js';

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
  const { options } = ctx;
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
  const all = c.labels.strings();
  const yTrue = trimI(c.yTrueI, n);
  const yPred = trimI(c.yPredI, n);
  const used = new Uint8Array(all.length);
  for (let i = 0; i < n; i++) {
    used[yTrue[i]] = 1;
    if (yPred[i] >= 0) used[yPred[i]] = 1;
  }
  const usedIndex = new Int32Array(all.length).fill(-1);
  const interned: string[] = [];
  for (let l = 0; l < all.length; l++) if (used[l] === 1) usedIndex[l] = interned.push(all[l]) - 1;
  let order = orderLabels(interned);
  const explicit = options.task;
  if (explicit === 'binary' && order.classes.length > 2)
    throw new InputError(
      { file: ctx.labelsFile },
      `--task binary, but the labels and predictions hold ${order.classes.length} distinct labels: ` +
        `${listLabels(order.classes)}. A binary task has exactly two; use --task multiclass (or auto).`,
    );
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
    task: binary ? 'binary' : 'multiclass',
    n,
    classes,
    yTrue,
    yPred,
    scores: null,
    ids: null,
  };
  setIds(data, c.ids);
  if (binary) {
    let positive = classes.length - 1;
    if (options.positiveLabel !== undefined) {
      positive = findLabel(classes, options.positiveLabel, numeric);
      if (positive < 0)
        throw new UsageError(
          `--positive-label ${JSON.stringify(options.positiveLabel)} is not one of the labels; ` +
            `the labels are ${listLabels(classes)}.`,
        );
    }
    data.positive = positive;
  } else if (options.positiveLabel !== undefined) {
    ctx.warnings.push(
      `--positive-label ${JSON.stringify(options.positiveLabel)} is ignored: the task is multiclass (${classes.length} labels).`,
    );
  }
  if (c.scores !== null) attachScores(c, ctx, data, numeric);
  return { data, stats };
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
        `(first: ${c.ids ? listLabels(c.invalidExamples, SHOWN_IN_ERRORS) : c.invalidExamples.slice(0, SHOWN_IN_ERRORS).join(', ')})`,
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

function attachScores(c: Collector, ctx: FinishContext, data: ClassificationData, numeric: boolean): void {
  const n = data.n;
  const { options } = ctx;
  const scores = c.scores!;
  if (options.scoreColumn !== undefined) {
    if (data.task !== 'binary')
      throw new UsageError(
        `--score-column "${options.scoreColumn}" gives the score of the positive class, which only applies to ` +
          `binary tasks, but there are ${data.classes.length} labels (${listLabels(data.classes, 10)}). ` +
          'For multiclass, give one probability column per class with --score-prefix.',
      );
    data.scores = trimF(scores, n);
    if (c.scoreMin < 0 || c.scoreMax > 1) {
      data.scoreKind = 'decision';
      ctx.warnings.push(
        `Scores in "${options.scoreColumn}" range from ${c.scoreMin} to ${c.scoreMax}, outside [0, 1], so they are ` +
          'treated as decision scores: ROC AUC and average precision are computed, log loss and Brier score are not.',
      );
    } else data.scoreKind = 'probability';
    return;
  }
  // --score-prefix: one probability column per class.
  const k = c.scoresPerRow;
  const colNumeric = ctx.probClasses.every((s) => Number.isFinite(labelNumber(s)));
  // A column class that names a label numerically ("1.0" for label "1") takes the label's name.
  const colClass = ctx.probClasses.map((s) => {
    const i = findLabel(data.classes, s, numeric && colNumeric);
    return i >= 0 ? data.classes[i] : s;
  });
  const perm = Array.from({ length: k }, (_, j) => j);
  if (colNumeric) perm.sort((a, b) => labelNumber(colClass[a]) - labelNumber(colClass[b]) || a - b);
  else perm.sort((a, b) => compareCodePoints(colClass[a], colClass[b]) || a - b);
  const scoreClasses = perm.map((j) => colClass[j]);
  // Every true label needs a column.
  const present = new Uint8Array(data.classes.length);
  for (let i = 0; i < n; i++) present[data.yTrue[i]] = 1;
  const lacking = data.classes.filter((cl, i) => present[i] === 1 && !scoreClasses.includes(cl));
  if (lacking.length > 0) {
    const prefix = options.scorePrefix!;
    throw new InputError(
      { file: ctx.predictionsFile },
      `no probability column for the true label(s) ${listLabels(lacking, 10)}: --score-prefix "${prefix}" found ` +
        `the columns ${listLabels(
          ctx.probClasses.map((s) => prefix + s),
          20,
        )}. Every true label needs a column named ${prefix}<label> (e.g. "${prefix}${lacking[0]}").`,
    );
  }
  if (c.probOffRows > 0)
    ctx.warnings.push(
      `${c.probOffRows} row(s) of --score-prefix probabilities in ${ctx.predictionsFile} do not sum to 1 ` +
        `(within 1e-3), first on line ${c.probOffFirstLine} (sum ${c.probOffFirstSum}); ` +
        'they are renormalised per row, as scikit-learn does.',
    );
  if (data.task === 'binary') {
    const pos = data.classes[data.positive!];
    const j = colClass.indexOf(pos);
    if (j < 0)
      throw new InputError(
        { file: ctx.predictionsFile },
        `no probability column for the positive label ${JSON.stringify(pos)}: expected a column named ` +
          `"${options.scorePrefix}${pos}".`,
      );
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = scores[i * k + j];
    data.scores = out;
    data.scoreKind = 'probability';
    return;
  }
  let identity = true;
  for (let j = 0; j < k; j++) if (perm[j] !== j) identity = false;
  if (identity) data.scores = trimF(scores, n * k);
  else {
    const out = new Float64Array(n * k);
    for (let i = 0; i < n; i++) {
      const base = i * k;
      for (let j = 0; j < k; j++) out[base + j] = scores[base + perm[j]];
    }
    data.scores = out;
  }
  data.scoreClasses = scoreClasses;
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
