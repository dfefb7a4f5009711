import type { EvaluateOptions, ExampleData, StreamingOptions } from '../result/evaluation-data.js';
import type { Result } from '../result/schema.js';
import type { Logger } from '../util/progress.js';
import { silentLogger } from '../util/progress.js';
import { evaluate } from './evaluate.js';
import { evaluateRanking } from './ranking.js';

/**
 * The `evaluate` stage for every task: `--task ranking` scores a run against its qrels
 * (ranking.ts: its examples are queries, thousands rather than millions, held in memory);
 * every other task reads one table (or two joined) through `evaluate`, streamed when asked.
 */
export async function evaluateTask(
  options: EvaluateOptions | (EvaluateOptions & StreamingOptions),
  logger: Logger = silentLogger,
  source: Result['source'] = {},
  now: Date = new Date(),
): Promise<{ result: Result; data: ExampleData | null }> {
  if (options.task === 'ranking') return evaluateRanking(options, logger, source, now);
  return evaluate(options, logger, source, now);
}

/** `evaluateTask` keeping the examples (for the sidecar and the paired tests). */
export async function evaluateExamples(
  options: EvaluateOptions,
  logger: Logger = silentLogger,
  source: Result['source'] = {},
  now: Date = new Date(),
): Promise<{ result: Result; data: ExampleData }> {
  if (options.task === 'ranking') return evaluateRanking(options, logger, source, now);
  return evaluate(options, logger, source, now);
}
