import { readEvaluationData } from '../input/index.js';
import { computeMetrics } from '../metrics/index.js';
import { RESULT_SCHEMA, type Result } from '../result/schema.js';
import type { Logger } from '../util/progress.js';
import { silentLogger } from '../util/progress.js';
import { VERSION } from '../version.js';
import type { EvaluateOptions, EvaluationData } from './evaluation-data.js';

export interface Evaluation {
  result: Result;
  /** The joined rows, kept for the per-example sidecar that paired tests need. */
  data: EvaluationData;
}

/** Reads, joins and scores one predictions file: the `evaluate` stage. */
export async function evaluate(
  options: EvaluateOptions,
  logger: Logger = silentLogger,
  source: Result['source'] = {},
  now: Date = new Date(),
): Promise<Evaluation> {
  const { data, stats } = await readEvaluationData(options, logger);
  const scored = computeMetrics(data);
  const result: Result = {
    schema: RESULT_SCHEMA,
    task: data.task,
    n: data.n,
    dataset: {
      fingerprint: stats.fingerprint,
      predictions_file: options.predictions,
      ...(options.labels !== undefined ? { labels_file: options.labels } : {}),
      ...(data.task === 'binary' && data.positive !== undefined
        ? { positive_label: data.classes[data.positive] }
        : {}),
    },
    tool: { name: 'model-gate', version: VERSION },
    created_at: now.toISOString(),
    source,
    metrics: scored.metrics,
    ...(scored.per_class ? { per_class: scored.per_class } : {}),
    ...(scored.confusion ? { confusion: scored.confusion } : {}),
    errors: {
      error_rate: scored.error_rate,
      top_confusions: scored.top_confusions,
      missing_predictions: stats.missing_predictions,
      extra_predictions: stats.extra_predictions,
      invalid_rows: stats.invalid_rows,
      ...(stats.missing_ids.length > 0 ? { missing_ids: stats.missing_ids } : {}),
    },
    warnings: [...stats.warnings, ...scored.warnings],
  };
  for (const w of result.warnings) logger.warning(w);
  return { result, data };
}
