import type { MetricsOutput } from './metrics/index.js';
import { RESULT_SCHEMA, type Result } from '../result/schema.js';
import { VERSION } from '../version.js';
import type { ReadStats } from '../result/evaluation-data.js';

/** The input-side counts of `result.errors`; the rest of `errors` comes from the scores. */
export type RowCounts = Pick<
  ReadStats,
  'missing_predictions' | 'extra_predictions' | 'invalid_rows' | 'missing_ids'
>;

export interface ResultParts {
  task: Result['task'];
  n: number;
  dataset: Result['dataset'];
  source: Result['source'];
  now: Date;
  scored: MetricsOutput;
  rows: RowCounts;
  /** Every warning, the scorer's included: callers differ in how they order and dedupe them. */
  warnings: string[];
  /** Per-example sufficient statistics (see result.statistics); omitted when none apply. */
  statistics?: Result['statistics'];
}

/**
 * A result without bench or gate sections. `evaluate` and `merge` both build one here so that a
 * merged result.json has the same keys in the same order as an evaluated one.
 */
export function buildResult(parts: ResultParts): Result {
  const { scored, rows } = parts;
  return {
    schema: RESULT_SCHEMA,
    task: parts.task,
    n: parts.n,
    dataset: parts.dataset,
    tool: { name: 'model-gate', version: VERSION },
    created_at: parts.now.toISOString(),
    source: parts.source,
    metrics: scored.metrics,
    ...(scored.per_class ? { per_class: scored.per_class } : {}),
    ...(scored.confusion ? { confusion: scored.confusion } : {}),
    ...(parts.statistics ? { statistics: parts.statistics } : {}),
    errors: {
      error_rate: scored.error_rate,
      top_confusions: scored.top_confusions,
      missing_predictions: rows.missing_predictions,
      extra_predictions: rows.extra_predictions,
      invalid_rows: rows.invalid_rows,
      ...(rows.missing_ids.length > 0 ? { missing_ids: rows.missing_ids } : {}),
    },
    warnings: [...parts.warnings, ...overflowWarnings(scored.metrics)],
  };
}

/**
 * A metric that is ±Infinity overflowed double precision (e.g. squared errors of predictions
 * like 1e200): it is reported as infinite ("inf" in result.json), never as null, and said here.
 */
export function overflowWarnings(metrics: Readonly<Record<string, number | null>>): string[] {
  const out: string[] = [];
  for (const [name, v] of Object.entries(metrics))
    if (v === Infinity || v === -Infinity)
      out.push(
        `${name} overflowed: it is ${v > 0 ? '+' : '-'}infinity (the values are too large for double precision; ` +
          `scikit-learn gives ${v > 0 ? '' : '-'}inf too). result.json records it as "${v > 0 ? '' : '-'}inf".`,
      );
  return out;
}
