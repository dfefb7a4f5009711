import { GateError, InputError } from '../errors.js';
import { orderLabels } from '../evaluate/read/index.js';
import { classificationMetrics, perClassStats } from '../evaluate/metrics/classification.js';
import {
  classTotals,
  sparseConfusion,
  topConfusions,
  type PairTable,
} from '../evaluate/metrics/confusion.js';
import type { MetricsOutput } from '../evaluate/metrics/index.js';
import type { Result } from '../result/schema.js';

/** A bare shard: its result.json only (no examples sidecar). */
export interface ShardResult {
  /** The result.json path, for messages. */
  file: string;
  result: Result;
}

/**
 * Every confusion-derived classification metric of the union of disjoint shards, computed exactly
 * from the summed sparse confusion matrices — the same integers `computeMetrics` counts from the
 * rows of the whole, fed to the same metric code, so the values are bit-identical to evaluating
 * the whole: accuracy, error_rate, balanced_accuracy, precision/recall/f1 (macro, micro, weighted,
 * and binary), mcc, cohen_kappa, per_class, confusion and top_confusions.
 *
 * Missing predictions (counted as wrong) are not confusion cells; each class's count of them is
 * its `per_class` support minus its confusion row sum, which restores the whole's class totals.
 *
 * Scores-based metrics (ROC AUC, average precision, log loss, Brier) are not functions of these
 * counts and are not returned. Regression has no counts: `GateError`.
 */
export function metricsFromConfusions(shards: readonly ShardResult[]): MetricsOutput {
  if (shards.length === 0) throw new GateError('no shards to merge.');
  const task = shards[0].result.task;
  if (task === 'regression')
    throw new GateError(
      'regression results have no confusion counts to merge; merge their examples sidecars.',
    );
  // Union of the labels, in scikit-learn order.
  const distinct: string[] = [];
  const indexOf = new Map<string, number>();
  for (const { file, result } of shards) {
    if (
      !result.confusion ||
      !Array.isArray(result.confusion.labels) ||
      !Array.isArray(result.confusion.counts)
    )
      throw new InputError(
        { file },
        'has no "confusion" matrix, so it cannot be merged without its examples sidecar. Evaluate the shard ' +
          'again with this version of model-gate (`model-gate run --out-dir` writes both).',
      );
    if (!result.per_class || typeof result.per_class !== 'object')
      throw new InputError(
        { file },
        'has no "per_class" statistics (the class supports are needed to merge it).',
      );
    for (const label of result.confusion.labels)
      if (!indexOf.has(label)) {
        indexOf.set(label, distinct.length);
        distinct.push(label);
      }
  }
  const order = orderLabels(distinct);
  const classes = order.classes;
  const k = classes.length;
  const toUnion = (label: string): number => order.remap[indexOf.get(label)!];

  // Summed cells; key t·(k+1)+p, p = k for "no prediction".
  const width = k + 1;
  const cells = new Map<number, number>();
  const add = (t: number, p: number, c: number) => {
    const key = t * width + p;
    cells.set(key, (cells.get(key) ?? 0) + c);
  };
  for (const { file, result } of shards) {
    const bad = (what: string): never => {
      throw new InputError({ file }, `malformed result: ${what}`);
    };
    const labels = new Set(result.confusion!.labels);
    const rowSum = new Map<string, number>();
    for (const cell of result.confusion!.counts) {
      if (!Array.isArray(cell) || cell.length !== 3) bad('a confusion cell is not [true, predicted, count]');
      const [t, p, c] = cell;
      if (!labels.has(t) || !labels.has(p))
        bad(`confusion cell ${JSON.stringify(cell)} names a label not in "labels"`);
      if (!Number.isInteger(c) || c < 0) bad(`confusion cell ${JSON.stringify(cell)} has no whole count`);
      add(toUnion(t), toUnion(p), c);
      rowSum.set(t, (rowSum.get(t) ?? 0) + c);
    }
    let rows = 0;
    for (const [label, stats] of Object.entries(result.per_class!)) {
      const support = stats?.support;
      if (!labels.has(label))
        bad(`per_class names ${JSON.stringify(label)}, which is not in confusion.labels`);
      if (!Number.isInteger(support) || support < 0) bad(`per_class.${label}.support is not a count`);
      const missing = support - (rowSum.get(label) ?? 0);
      if (missing < 0)
        bad(`per_class.${label}.support (${support}) is below its confusion row sum (${rowSum.get(label)})`);
      if (missing > 0) add(toUnion(label), k, missing);
      rows += support;
    }
    for (const [label, sum] of rowSum)
      if (sum > 0 && !Object.hasOwn(result.per_class!, label))
        bad(`confusion row ${JSON.stringify(label)} has no per_class entry`);
    if (rows !== result.n) bad(`the per_class supports add up to ${rows}, but n = ${result.n}`);
  }

  const keys = [...cells.keys()];
  const table: PairTable = {
    k,
    pairTrue: Int32Array.from(keys, (key) => Math.floor(key / width)),
    pairPred: Int32Array.from(keys, (key) => key % width),
    rowPair: new Int32Array(0),
  };
  const counts = Float64Array.from(keys, (key) => cells.get(key)!);
  const totals = classTotals(table, counts);
  const present = new Uint8Array(k);
  for (let c = 0; c < k; c++) if (totals.trueSum[c] > 0 || totals.predSum[c] > 0) present[c] = 1;

  const warnings: string[] = [];
  let positive: number | undefined;
  if (task === 'binary') {
    if (k > 2)
      throw new GateError(
        `the shards are binary but together hold ${k} labels (${classes
          .slice(0, 10)
          .map((c) => JSON.stringify(c))
          .join(
            ', ',
          )}), so the whole is not binary. Evaluate every shard with --task multiclass and merge again.`,
      );
    const labels = shards.map((s) => s.result.dataset.positive_label);
    const idx = labels.map((l) => (l === undefined || !indexOf.has(l) ? -1 : toUnion(l)));
    const j = idx.findIndex((p) => p !== idx[0]);
    if (j >= 0)
      throw new GateError(
        `the shards have different positive labels: ${JSON.stringify(labels[0] ?? null)} in ${shards[0].file}, ` +
          `${JSON.stringify(labels[j] ?? null)} in ${shards[j].file}. Without --positive-label the positive label ` +
          'is the last class of each shard, so a shard that holds a single class makes that class positive. ' +
          'Evaluate every shard with the same --positive-label VALUE and merge again.',
      );
    if (idx[0] >= 0) positive = idx[0];
    else
      warnings.push('Binary task without a valid positive label: precision, recall and f1 are not computed.');
  }
  const metrics = classificationMetrics(totals, { present, positive, classes, warnings });
  return {
    metrics,
    per_class: perClassStats(totals, classes, present),
    confusion: sparseConfusion(classes, table, counts),
    top_confusions: topConfusions(classes, table, counts, 10),
    error_rate: metrics.error_rate ?? null,
    warnings: [...new Set(warnings)],
  };
}
