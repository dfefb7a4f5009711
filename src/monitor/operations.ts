/**
 * The operational side of a window: how many requests failed and why (the error column), and
 * latency percentiles (numpy's default linear percentile, `np.percentile(x, q)`, Hyndman & Fan
 * type 7, as the bench summary uses).
 */
import { quantileSorted } from '../compare/stats/quantile.js';
import { sumOf } from '../util/sum.js';
import type { LatencySummary, MonitorResult } from './monitor-result.js';

/** Error types listed by name; the rest are summed as "(other)". */
export const MAX_ERROR_TYPES = 20;

export function latencySummary(column: string, values: Float64Array, missing: number): LatencySummary | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return {
    column,
    n: sorted.length,
    missing,
    unit: 'milliseconds',
    mean: sumOf(sorted) / sorted.length,
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    p99: quantileSorted(sorted, 0.99),
    max: sorted[sorted.length - 1],
  };
}

export function errorSummary(
  column: string,
  rows: number,
  failed: number,
  types: Map<string, number>,
): NonNullable<MonitorResult['errors']> {
  // Most frequent first; ties in code-point order, so the list is the same on every run.
  const all = [...types].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const listed = all.slice(0, MAX_ERROR_TYPES).map(([type, count]) => ({ type, count }));
  const rest = all.slice(MAX_ERROR_TYPES).reduce((s, [, c]) => s + c, 0);
  if (rest > 0) listed.push({ type: '(other)', count: rest });
  return { column, rows, failed, rate: rows === 0 ? 0 : failed / rows, types: listed };
}
