/**
 * The value of a gated metric as the checks read it: result.metrics, or for `bench.*` the
 * measured (non-warm-up) runs and their median.
 */
import type { BenchResult, Result } from '../result/schema.js';
import { median } from './stats/index.js';

export function runValues(bench: BenchResult | undefined, field: string): number[] {
  if (!bench) return [];
  const out: number[] = [];
  for (const run of bench.runs ?? []) {
    if (run.warmup) continue;
    const v = (run as unknown as Record<string, unknown>)[field];
    if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/** Value of a gated metric: result.metrics, or for bench.* the median over the measured runs. */
export function metricValue(r: Result, metric: string): number | null {
  if (metric.startsWith('bench.')) {
    const field = metric.slice('bench.'.length);
    const runs = runValues(r.bench, field);
    if (runs.length > 0) return median(runs);
    const s = r.bench?.summary?.[field];
    return s && Number.isFinite(s.median) ? s.median : null;
  }
  const v = r.metrics[metric];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
