import type { Confusion, ConfusionCell, TopConfusion } from '../../result/schema.js';

/**
 * The sparse confusion matrix: the distinct (true, predicted) pairs that occur, never a k×k
 * array, so 20,000 classes cost memory in proportion to the rows, not k².
 *
 * A missing prediction (`yPred = -1`) is stored as the pseudo-column `k` ("predicted a label
 * that is never true"): a false negative of its true class and a false positive of no class. It
 * is left out of `confusion` and `top_confusions`, which only name real labels; the reader
 * reports those rows as `missing_predictions`.
 */
export interface PairTable {
  /** Number of classes; predicted index `k` means "no prediction". */
  readonly k: number;
  readonly pairTrue: Int32Array;
  readonly pairPred: Int32Array;
  /** Pair index of each row, so weighted counting is one array pass with no hashing. */
  readonly rowPair: Int32Array;
}

export function buildPairTable(k: number, yTrue: Int32Array, yPred: Int32Array): PairTable {
  const n = yTrue.length;
  if (yPred.length !== n) throw new RangeError(`yTrue has ${n} rows but yPred has ${yPred.length}`);
  // Keys t·(k+1)+p stay below 2^53 for any class count a Map can hold.
  const width = k + 1;
  const index = new Map<number, number>();
  const rowPair = new Int32Array(n);
  const pairTrue: number[] = [];
  const pairPred: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = yTrue[i];
    const p = yPred[i];
    if (t < 0 || t >= k) throw new RangeError(`row ${i}: true class index ${t} is outside 0..${k - 1}`);
    if (p < -1 || p >= k)
      throw new RangeError(`row ${i}: predicted class index ${p} is outside -1..${k - 1}`);
    const col = p === -1 ? k : p;
    const key = t * width + col;
    let id = index.get(key);
    if (id === undefined) {
      id = pairTrue.length;
      index.set(key, id);
      pairTrue.push(t);
      pairPred.push(col);
    }
    rowPair[i] = id;
  }
  return { k, pairTrue: Int32Array.from(pairTrue), pairPred: Int32Array.from(pairPred), rowPair };
}

/** Weighted count of each pair; a weight of w is the row repeated w times. */
export function countPairs(table: PairTable, weights?: Float64Array): Float64Array {
  const counts = new Float64Array(table.pairTrue.length);
  const rowPair = table.rowPair;
  if (weights) {
    for (let i = 0; i < rowPair.length; i++) counts[rowPair[i]] += weights[i];
  } else {
    for (let i = 0; i < rowPair.length; i++) counts[rowPair[i]] += 1;
  }
  return counts;
}

/** Per-class totals derived from the pairs: what every classification metric needs. */
export interface ClassTotals {
  /** Correct predictions of each class (the diagonal). */
  tp: Float64Array;
  /** Rows predicted as each class (column sums, missing predictions excluded). */
  predSum: Float64Array;
  /** Rows whose true label is each class (row sums = support). */
  trueSum: Float64Array;
  /** Rows with no prediction (the pseudo-column). */
  missing: number;
  /** All rows (weighted). */
  total: number;
}

export function classTotals(table: PairTable, counts: Float64Array): ClassTotals {
  const { k, pairTrue, pairPred } = table;
  const tp = new Float64Array(k);
  const predSum = new Float64Array(k);
  const trueSum = new Float64Array(k);
  let missing = 0;
  // Weighted counts are integers (bootstrap resample counts): plain sums are exact below 2^53.
  for (let j = 0; j < counts.length; j++) {
    const c = counts[j];
    if (c === 0) continue;
    const t = pairTrue[j];
    const p = pairPred[j];
    trueSum[t] += c;
    if (p === k) missing += c;
    else {
      predSum[p] += c;
      if (p === t) tp[t] += c;
    }
  }
  // Every row has a true class, so the row sums add up to all rows, missing predictions included.
  let total = 0;
  for (let t = 0; t < k; t++) total += trueSum[t];
  return { tp, predSum, trueSum, missing, total };
}

/** Pair indices with a non-zero count, ordered by true then predicted label (`classes` order). */
function sortedPairs(table: PairTable, counts: Float64Array): number[] {
  const width = table.k + 1;
  const ids: number[] = [];
  for (let j = 0; j < counts.length; j++) if (counts[j] !== 0 && table.pairPred[j] !== table.k) ids.push(j);
  ids.sort(
    (a, b) => table.pairTrue[a] * width + table.pairPred[a] - (table.pairTrue[b] * width + table.pairPred[b]),
  );
  return ids;
}

/**
 * `confusion` for result.json: every class as `labels`, and the non-zero cells as
 * `[true, predicted, count]`, sorted by true label then predicted label in `labels` order.
 */
export function sparseConfusion(classes: string[], table: PairTable, counts: Float64Array): Confusion {
  const cells: ConfusionCell[] = sortedPairs(table, counts).map((j) => [
    classes[table.pairTrue[j]],
    classes[table.pairPred[j]],
    counts[j],
  ]);
  return { labels: classes.slice(), counts: cells };
}

/**
 * The most frequent mistakes: off-diagonal cells by count, descending; ties broken by true label,
 * then predicted label, in `classes` order (so the list is deterministic).
 */
export function topConfusions(
  classes: string[],
  table: PairTable,
  counts: Float64Array,
  limit = 10,
): TopConfusion[] {
  const off = sortedPairs(table, counts).filter((j) => table.pairTrue[j] !== table.pairPred[j]);
  // Array.prototype.sort is stable, so equal counts keep the (true, predicted) order.
  off.sort((a, b) => counts[b] - counts[a]);
  return off.slice(0, limit).map((j) => ({
    true: classes[table.pairTrue[j]],
    predicted: classes[table.pairPred[j]],
    count: counts[j],
  }));
}
