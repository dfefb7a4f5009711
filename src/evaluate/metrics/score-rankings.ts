import { rankDescending, type Ranking } from '../../util/sort.js';

/**
 * Descending rankings of score columns, shared by every stage that ranks the same column in one
 * process: the evaluator (ROC AUC, average precision), the baseline's reconciliation (the same
 * evaluator on the sidecar), DeLong and average precision's influence test. One sort per column
 * per run instead of up to four — at a million rows a sort is the largest single cost of a gate.
 *
 * Keyed by the score matrix itself (the typed array of an `EvaluationData`, never written after it
 * is read), the column and the row width, and the include mask, which is compared in full
 * (O(n), far cheaper than a sort): a different mask ranks afresh. The rankings are read-only to
 * callers. They live as long as the score matrix does (a WeakMap).
 */
const cache = new WeakMap<Float64Array, Map<string, { include: Uint8Array; ranking: Ranking }>>();

export function rankScoreColumn(
  matrix: Float64Array,
  width: number,
  column: number,
  include: Uint8Array,
): Ranking {
  const key = `${width}:${column}`;
  let columns = cache.get(matrix);
  const hit = columns?.get(key);
  if (hit && sameMask(hit.include, include)) return hit.ranking;
  const n = include.length;
  let values = matrix;
  if (width !== 1 || matrix.length !== n) {
    values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = matrix[i * width + column];
  }
  const ranking = rankDescending(values, include);
  if (!columns) {
    columns = new Map();
    cache.set(matrix, columns);
  }
  columns.set(key, { include: include.slice(), ranking });
  return ranking;
}

function sameMask(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The ranking of a candidate column in baseline row numbers (`candidateRow[i]` = the candidate row
 * of baseline row i): the candidate's own ranking with each row renamed. Tie groups are sets of
 * equal scores, so they carry over; only the order of rows inside a group changes, which neither
 * DeLong nor average precision looks at. `candInclude` is the include mask in candidate rows.
 */
export function rankScoreColumnInBaseRows(
  matrix: Float64Array,
  width: number,
  column: number,
  candInclude: Uint8Array,
  candidateRow: Int32Array,
  identity: boolean,
): Ranking {
  const ranking = rankScoreColumn(matrix, width, column, candInclude);
  if (identity) return ranking;
  const baseOf = new Int32Array(candidateRow.length);
  for (let i = 0; i < candidateRow.length; i++) baseOf[candidateRow[i]] = i;
  return { order: Int32Array.from(ranking.order, (row) => baseOf[row]), lastInGroup: ranking.lastInGroup };
}
