import type { ClassificationData, EvaluationData } from '../../result/evaluation-data.js';
import { CompensatedSum } from '../../util/sum.js';
import { classificationMetrics, listLabels } from './classification.js';
import { buildPairTable, classTotals, countPairs, type ClassTotals, type PairTable } from './confusion.js';
import { brierRowTerms } from './brier.js';
import { binaryRowLogLoss, multiclassRowLogLoss } from './log-loss.js';
import type { MetricValues } from './names.js';
import { rankedColumn, rankingValues, type RankedColumn } from './ranking.js';
import { rankScoreColumn } from './score-rankings.js';
import { prepareRegression } from './regression.js';
import { weightedMean } from './weighted-mean.js';
import { truncate } from '../../util/escape.js';
import { isProbabilityScore, sumsToOne } from './probability.js';

/**
 * Evaluates every metric of the data under optional row weights (integer multiplicities, e.g.
 * bootstrap resample counts; weight w = the row repeated w times, as scikit-learn's
 * `sample_weight`). As with `sample_weight`, the label set is fixed by the data, not by the
 * weights: a class whose rows all weigh 0 still counts in macro averages (with zeros).
 */
export type MetricEvaluator = (weights?: Float64Array) => Record<string, number | null>;

/** What `computeMetrics` needs beyond the metric values. */
export interface PreparedData {
  evaluate(weights: Float64Array | undefined, warnings: string[] | null): MetricValues;
  /** Classification: the pair table and its unweighted counts (for confusion and per_class). */
  classification?: {
    table: PairTable;
    counts: Float64Array;
    totals: ClassTotals;
    present: Uint8Array;
  };
}

/**
 * Precomputes once what does not depend on the weights — the (true, predicted) pair of each
 * row, the descending score orders and tie groups for ROC AUC / average precision, the per-row
 * log loss and Brier terms, the order of the absolute errors — so that each evaluation is O(n)
 * (O(n·k) for multiclass scores) with no sorting.
 */
export function createMetricEvaluator(data: EvaluationData): MetricEvaluator {
  const prepared = prepare(data);
  return (weights?: Float64Array) => prepared.evaluate(weights, null);
}

export function prepare(data: EvaluationData): PreparedData {
  if (data.task === 'regression') {
    const regression = prepareRegression(data);
    return {
      evaluate(weights, warnings) {
        checkWeights(weights, data.n);
        return regression.evaluate(weights, warnings);
      },
    };
  }
  return prepareClassification(data);
}

function checkWeights(weights: Float64Array | undefined, n: number): void {
  if (weights && weights.length !== n) throw new RangeError(`expected ${n} weights, got ${weights.length}`);
}

type ScoreEvaluator = (
  weights: Float64Array | undefined,
  warnings: string[] | null,
  out: MetricValues,
) => void;

function prepareClassification(data: ClassificationData): PreparedData {
  const { classes, yTrue, yPred } = data;
  const n = yTrue.length;
  const k = classes.length;
  const table = buildPairTable(k, yTrue, yPred);
  const counts = countPairs(table);
  const totals = classTotals(table, counts);
  // scikit-learn's label set is the labels that occur, whatever their weight.
  const present = new Uint8Array(k);
  for (let c = 0; c < k; c++) if (totals.trueSum[c] > 0 || totals.predSum[c] > 0) present[c] = 1;

  const setupWarnings: string[] = [];
  const positive = validPositive(data, setupWarnings);

  let scoreEvaluator: ScoreEvaluator | null = null;
  if (data.scores) {
    scoreEvaluator =
      data.task === 'binary'
        ? positive === undefined
          ? null
          : prepareBinaryScores(data, positive, setupWarnings)
        : prepareMulticlassScores(data, setupWarnings);
  }

  return {
    evaluate(weights, warnings) {
      checkWeights(weights, n);
      if (warnings) warnings.push(...setupWarnings);
      const t = weights ? classTotals(table, countPairs(table, weights)) : totals;
      const out = classificationMetrics(t, { present, positive, classes, warnings });
      if (scoreEvaluator) scoreEvaluator(weights, warnings, out);
      return out;
    },
    classification: { table, counts, totals, present },
  };
}

/** The binary task's positive class, or undefined (with a warning) when it is not a class. */
export function validPositive(data: ClassificationData, setup: string[]): number | undefined {
  const positive = data.task === 'binary' ? data.positive : undefined;
  const k = data.classes.length;
  if (data.task === 'binary' && (positive === undefined || positive < 0 || positive >= k)) {
    setup.push('Binary task without a valid positive label: precision, recall and f1 are not computed.');
    return undefined;
  }
  return positive;
}

function nanRowsWarning(skipped: number, metrics: string): string {
  return `${skipped} row(s) without scores (NaN) were left out of ${metrics}.`;
}

/**
 * Binary scores of the positive class. Probabilities (every score in [0, 1], or `scoreKind`):
 * `roc_auc`, `average_precision`, `log_loss`, `brier`; decision scores: the first two only.
 * Rows with a NaN score are left out of these, with a warning saying how many.
 */
function prepareBinaryScores(data: ClassificationData, positive: number, setup: string[]): ScoreEvaluator {
  const scores = data.scores as Float64Array;
  const n = data.yTrue.length;
  if (scores.length !== n) throw new RangeError(`expected ${n} scores, got ${scores.length}`);
  const include = new Uint8Array(n);
  const isPositive = new Uint8Array(n);
  let skipped = 0;
  let inUnitInterval = true;
  for (let i = 0; i < n; i++) {
    isPositive[i] = data.yTrue[i] === positive ? 1 : 0;
    const s = scores[i];
    if (Number.isNaN(s)) skipped++;
    else {
      include[i] = 1;
      if (!(s >= 0 && s <= 1)) inUnitInterval = false;
    }
  }
  const probability = isProbabilityScore(data.scoreKind, inUnitInterval);
  const ranked = rankedColumn(rankScoreColumn(scores, 1, 0, include), isPositive);
  const ones = new Float64Array(n).fill(1);
  const logLoss = !probability
    ? null
    : data.logLossScores
      ? matrixLogLoss(data, include)
      : binaryRowLogLoss(scores, isPositive, include);
  const brier = probability ? brierRowTerms(scores, isPositive, include) : null;
  binarySetupWarnings(skipped, probability, setup);
  // scikit-learn decides "one class only" on the unweighted labels of the scored rows.
  let pos = 0;
  for (let i = 0; i < n; i++) if (include[i] && isPositive[i]) pos++;
  const scored = n - skipped;

  return (weights, warnings, out) => {
    const r = rankingValues(ranked, weights ?? ones);
    assignBinaryScores(out, warnings, {
      auc: r.auc,
      ap: r.ap,
      pos,
      scored,
      positiveLabel: data.classes[positive],
      logLoss: logLoss ? weightedMean(logLoss, weights) : undefined,
      brier: brier ? weightedMean(brier, weights) : undefined,
    });
  };
}

/**
 * Binary log loss from every given probability column (`data.logLossScores`): each row clipped and
 * renormalised over all of them, as scikit-learn 1.2's `log_loss(y, P, labels=columns)`.
 */
export function matrixLogLoss(data: ClassificationData, include: Uint8Array): Float64Array {
  const columns = data.logLossClasses!;
  const k = columns.length;
  const columnOf = new Map(columns.map((label, j) => [label, j]));
  const classColumn = Int32Array.from(data.classes, (label) => columnOf.get(label) ?? -1);
  const trueColumn = Int32Array.from(data.yTrue, (c) => classColumn[c]);
  return multiclassRowLogLoss(data.logLossScores!, k, trueColumn, include);
}

export function binarySetupWarnings(skipped: number, probability: boolean, setup: string[]): void {
  if (skipped > 0) {
    setup.push(
      nanRowsWarning(
        skipped,
        probability ? 'roc_auc, average_precision, log_loss and brier' : 'roc_auc and average_precision',
      ),
    );
  }
}

/** What the binary score metrics are computed from (see `prepareBinaryScores`). */
export interface BinaryScoreValues {
  /** `rankingValues` of the scored rows. */
  auc: number;
  ap: number;
  /** Unweighted positives among the scored rows, and the scored rows. */
  pos: number;
  scored: number;
  positiveLabel: string;
  /** Mean log loss and Brier score (NaN: no weight), undefined for decision scores. */
  logLoss?: number;
  brier?: number;
}

/** Sets roc_auc, average_precision (and log_loss, brier) with the warnings of undefined values. */
export function assignBinaryScores(out: MetricValues, warnings: string[] | null, v: BinaryScoreValues): void {
  const { pos, scored } = v;
  const positiveLabel = JSON.stringify(truncate(v.positiveLabel, 60));
  const oneClass = pos === 0 || pos === scored;
  out.roc_auc = oneClass || Number.isNaN(v.auc) ? null : v.auc;
  if (warnings && out.roc_auc === null) {
    warnings.push(
      scored === 0
        ? 'roc_auc is undefined: no row has a score; reported as null.'
        : `roc_auc is undefined: y_true contains only ${pos === 0 ? 'negatives' : `the positive label ${positiveLabel}`}` +
            ' among the scored rows; reported as null (scikit-learn raises "Only one class present in y_true").',
    );
  }
  if (Number.isNaN(v.ap)) {
    // scikit-learn: recall is 1 at every threshold, so the step integral is (-)0.
    out.average_precision = scored === 0 ? null : 0;
    warnings?.push(
      scored === 0
        ? 'average_precision is undefined: no row has a score; reported as null.'
        : `average_precision: y_true has no positive (${positiveLabel}) among the scored rows; reported as 0, ` +
            'as scikit-learn (which warns).',
    );
  } else out.average_precision = v.ap;
  if (v.logLoss !== undefined && v.brier !== undefined) {
    out.log_loss = nullIfNaN(v.logLoss);
    out.brier = nullIfNaN(v.brier);
  }
}

/**
 * Multiclass scores, one probability column per `scoreClasses` entry (scikit-learn's `labels=`):
 * - `roc_auc`: one-vs-rest, macro — the plain mean over the columns of the binary AUC of "this
 *   class vs the rest" on that class's column. scikit-learn requires every row to sum to 1
 *   (`np.allclose`) and raises otherwise; we compute it anyway and warn. A column whose class is
 *   never (or always) the true label has no defined AUC: scikit-learn raises, we report null.
 * - `log_loss`: see log-loss.ts.
 * Rows with any NaN probability (no prediction) are left out of both, with a warning.
 */
function prepareMulticlassScores(data: ClassificationData, setup: string[]): ScoreEvaluator {
  const scores = data.scores as Float64Array;
  const columns = data.scoreClasses ?? [];
  const kc = columns.length;
  const n = data.yTrue.length;
  if (kc === 0 || scores.length !== n * kc) {
    throw new RangeError(`expected ${n} × ${kc} scores (scoreClasses), got ${scores.length}`);
  }
  const columnOf = new Map<string, number>();
  columns.forEach((label, c) => columnOf.set(label, c));
  const classColumn = Int32Array.from(data.classes, (label) => columnOf.get(label) ?? -1);
  const trueColumn = new Int32Array(n);
  const include = new Uint8Array(n);
  let skipped = 0;
  let notSummingToOne = 0;
  for (let i = 0; i < n; i++) {
    const col = classColumn[data.yTrue[i]];
    if (col < 0)
      throw new RangeError(`row ${i}: true label ${data.classes[data.yTrue[i]]} has no score column`);
    trueColumn[i] = col;
    let sum = 0;
    let nan = false;
    for (let c = 0; c < kc; c++) {
      const p = scores[i * kc + c];
      if (Number.isNaN(p)) nan = true;
      sum += p;
    }
    if (nan) {
      skipped++;
      continue;
    }
    include[i] = 1;
    if (!sumsToOne(sum)) notSummingToOne++;
  }
  multiclassSetupWarnings(skipped, notSummingToOne, setup);

  // One-vs-rest: per column, its rows' membership and its own descending order.
  const ranked: RankedColumn[] = [];
  const undefinedColumns: number[] = [];
  for (let c = 0; c < kc; c++) {
    const isPos = new Uint8Array(n);
    let pos = 0;
    let scored = 0;
    for (let i = 0; i < n; i++) {
      if (!include[i]) continue;
      scored++;
      if (trueColumn[i] === c) {
        isPos[i] = 1;
        pos++;
      }
    }
    if (pos === 0 || pos === scored) undefinedColumns.push(c);
    ranked.push(rankedColumn(rankScoreColumn(scores, kc, c, include), isPos));
  }
  const ones = new Float64Array(n).fill(1);
  const logLoss = kc >= 2 ? multiclassRowLogLoss(scores, kc, trueColumn, include) : null;
  if (!logLoss) setup.push(NO_LOG_LOSS);

  return (weights, warnings, out) => {
    assignMulticlassScores(out, warnings, {
      columns,
      undefinedColumns,
      aucOf: (c) => rankingValues(ranked[c], weights ?? ones).auc,
      logLoss: logLoss ? weightedMean(logLoss, weights) : null,
    });
  };
}

export const NO_LOG_LOSS = 'log_loss needs at least two score columns; reported as null.';

export function multiclassSetupWarnings(skipped: number, notSummingToOne: number, setup: string[]): void {
  if (skipped > 0) setup.push(nanRowsWarning(skipped, 'roc_auc and log_loss'));
  if (notSummingToOne > 0) {
    setup.push(
      `${notSummingToOne} row(s) of class probabilities do not sum to 1: roc_auc was computed anyway ` +
        '(scikit-learn raises) and log_loss renormalises each row (as scikit-learn 1.2).',
    );
  }
}

/** What the multiclass score metrics are computed from (see `prepareMulticlassScores`). */
export interface MulticlassScoreValues {
  columns: string[];
  /** Columns whose class is never, or always, the true label of a scored row. */
  undefinedColumns: number[];
  /** The one-vs-rest AUC of column c (NaN when undefined). */
  aucOf: (c: number) => number;
  /** Mean log loss (NaN: no weight), or null with fewer than two columns. */
  logLoss: number | null;
}

/** Sets roc_auc (one-vs-rest, macro) and log_loss, with the warnings of undefined values. */
export function assignMulticlassScores(
  out: MetricValues,
  warnings: string[] | null,
  v: MulticlassScoreValues,
): void {
  const { columns, undefinedColumns } = v;
  const kc = columns.length;
  if (undefinedColumns.length > 0) {
    out.roc_auc = null;
    warnings?.push(
      `roc_auc is undefined: one-vs-rest AUC needs each class present and absent in y_true, and ` +
        `${listLabels(undefinedColumns, columns)} ${undefinedColumns.length === 1 ? 'is' : 'are'} not; ` +
        'reported as null (scikit-learn raises).',
    );
  } else {
    // Macro: the plain mean of the k one-vs-rest AUCs. Weights can still empty a column's
    // positives or negatives (scikit-learn then returns NaN): null.
    const sum = new CompensatedSum();
    let defined = true;
    for (let c = 0; c < kc; c++) {
      const auc = v.aucOf(c);
      if (Number.isNaN(auc)) defined = false;
      sum.add(auc);
    }
    out.roc_auc = defined ? sum.value / kc : null;
  }
  out.log_loss = v.logLoss !== null ? nullIfNaN(v.logLoss) : null;
}

function nullIfNaN(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}
