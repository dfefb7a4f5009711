/**
 * The value of a gated metric as the checks read it: result.metrics, or for `bench.*` the
 * measured (non-warm-up) runs and their median.
 */
import type { BenchResult, Result } from '../result/schema.js';
import { median } from './stats/index.js';

export function runValues(bench: Pick<BenchResult, 'runs'> | undefined, field: string): number[] {
  if (!bench) return [];
  const out: number[] = [];
  for (const run of bench.runs ?? []) {
    if (run.warmup) continue;
    const v = (run as unknown as Record<string, unknown>)[field];
    if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/**
 * The series a bench.* check of `candidate` compares with: its own interleaved baseline series
 * (`bench.against`) when it has one, else the stored baseline's bench (null: none).
 */
export function benchBaselineSeries(
  candidate: Result,
  baseline: Result | null,
): { series: Pick<BenchResult, 'runs' | 'summary'>; interleaved: boolean } | null {
  if (candidate.bench?.against) return { series: candidate.bench.against, interleaved: true };
  return baseline?.bench ? { series: baseline.bench, interleaved: false } : null;
}

/** The median of a bench field over a series' measured runs (else its summary's median). */
export function benchValue(
  bench: Pick<BenchResult, 'runs' | 'summary'> | undefined,
  field: string,
): number | null {
  const runs = runValues(bench, field);
  if (runs.length > 0) return median(runs);
  const s = bench?.summary?.[field];
  return s && Number.isFinite(s.median) ? s.median : null;
}

/** Value of a gated metric: result.metrics, or for bench.* the median over the measured runs. */
export function metricValue(r: Result, metric: string): number | null {
  if (metric.startsWith('bench.')) {
    return benchValue(r.bench, metric.slice('bench.'.length));
  }
  const v = r.metrics[metric];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
