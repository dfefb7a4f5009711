/** The score columns checked against the classes, and how the columns as read become `data.scores`. */
import { InputError } from '../../errors.js';
import { labelNumber, showValue } from './bytes.js';
import type { Collector } from './collector.js';
import { compareCodePoints, findLabel, listLabels } from './labels.js';
import { isProbabilityScore } from '../metrics/probability.js';
import type { FinishContext } from './finish.js';
import { labelsWithWhere } from './settle-classes.js';
import { trimF } from './typed-arrays.js';

/**
 * How the score columns as read become `data.scores`: as read (a --score-column, or
 * --score-prefix columns already in `scoreClasses` order), one column (binary with
 * --score-prefix: the positive class), or the columns permuted to `scoreClasses` order.
 */
export interface ScorePlan {
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
export function planScores(
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
export function applyScores(plan: ScorePlan, scores: Float64Array, n: number): Float64Array {
  if (plan.kind === 'as-read') return trimF(scores, n * plan.columns);
  const out = new Float64Array(n * plan.width);
  transformScores(plan, scores, out, n);
  return out;
}

export function transformScores(plan: ScorePlan, scores: Float64Array, out: Float64Array, n: number): void {
  const k = plan.columns;
  const pick = plan.pick;
  if (plan.kind === 'one-column') {
    const j = pick[0];
    for (let i = 0; i < n; i++) out[i] = scores[i * k + j];
  } else if (plan.kind === 'permute') permuteRows(pick, k, scores, out, n);
}

/** Rows of k columns, column j of `out` taken from column pick[j] of `scores`. */
export function permuteRows(
  pick: Int32Array,
  k: number,
  scores: Float64Array,
  out: Float64Array,
  n: number,
): void {
  for (let i = 0; i < n; i++) {
    const base = i * k;
    for (let j = 0; j < k; j++) out[base + j] = scores[base + pick[j]];
  }
}
