/**
 * The classes of a classification read: the used labels ordered as scikit-learn, binary or
 * multiclass, the positive label, and `--task auto` refusing numbers that look like a regression target.
 */
import { formatLocation, InputError, UsageError } from '../../errors.js';
import { canonicalDecimal, showValue } from './bytes.js';
import type { Collector } from './collector.js';
import { findLabel, listLabels, orderLabels } from './labels.js';
import type { FinishContext } from './finish.js';

export interface SettledClasses {
  task: 'binary' | 'multiclass';
  classes: string[];
  numeric: boolean;
  /** Interned label → index in `classes` (-1: unused). */
  remap: Int32Array;
  positive?: number;
}

/** Orders the used labels as scikit-learn, decides binary or multiclass and the positive label. */
export function settleClasses(c: Collector, ctx: FinishContext, used: Uint8Array): SettledClasses {
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
export function labelsWithWhere(
  c: Collector,
  classes: string[],
  remap: Int32Array,
  fallback: string,
): string {
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
