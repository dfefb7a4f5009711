import type { ExampleData } from '../result/evaluation-data.js';
import { queryMeans } from '../evaluate/metrics/query-values.js';
import { isScoresData, type ScoresData } from '../result/scores-data.js';
import { scoresMetrics } from '../evaluate/scores/evaluate-scores.js';
import { textMetricsOfRows } from '../evaluate/metrics/text/text-rows.js';
import { computeMetrics } from '../evaluate/metrics/index.js';
import type { Result } from '../result/schema.js';
import { silentLogger, type Logger } from '../util/progress.js';
import { loadRunFolder } from '../result/load.js';
import { InputError } from '../errors.js';

export interface LoadedBaseline {
  result: Result;
  /** The per-example sidecar, or null when the result has none (or it is missing: see warnings). */
  examples: ExampleData | ScoresData | null;
  /** E.g. "the examples file named in result.json is missing: unpaired tests only". */
  warnings: string[];
}

/**
 * Loads a baseline run folder or result.json (`loadRunFolder`) and reconciles its stored metrics
 * with the ones its sidecar implies.
 */
export async function loadBaseline(
  pathDirOrFile: string,
  logger: Logger = silentLogger,
): Promise<LoadedBaseline> {
  const { file, result, examples, warnings } = await loadRunFolder(pathDirOrFile, logger);
  if (examples) reconcileMetrics(result, examples, file, warnings);
  return { result, examples, warnings };
}

/** Relative agreement expected between stored and recomputed metrics (same code, same data). */
const AGREEMENT = 1e-9;

/**
 * The sidecar holds every example, so the metrics can be recomputed from it. A result.json whose
 * figures contradict its own sidecar was edited (or is corrupt): the recomputed figures are used
 * — they are what the paired tests see too — and a warning names each metric that disagreed.
 */
function reconcileMetrics(
  result: Result,
  examples: ExampleData | ScoresData,
  file: string,
  warnings: string[],
): void {
  if (isScoresData(examples) !== (result.task === 'scores'))
    throw new InputError(
      { file },
      `is a ${result.task} result but its examples file holds ${examples.task} rows; the files do not belong together`,
    );
  const recomputed = isScoresData(examples)
    ? scoresMetrics(examples)
    : examples.task === 'ranking'
      ? queryMeans(examples)
      : examples.task === 'text'
        ? textMetricsOfRows(examples.terms)
        : computeMetrics(examples).metrics;
  const changed: string[] = [];
  for (const [name, stored] of Object.entries(result.metrics)) {
    const fresh = (recomputed as Record<string, number | null | undefined>)[name];
    if (fresh === undefined) continue;
    const agree =
      stored === fresh ||
      (typeof stored === 'number' &&
        typeof fresh === 'number' &&
        Math.abs(stored - fresh) <= AGREEMENT * Math.max(1, Math.abs(stored), Math.abs(fresh)));
    if (agree) continue;
    changed.push(`${name} ${stored === null ? 'null' : stored} → ${fresh === null ? 'null' : fresh}`);
    result.metrics[name] = fresh;
  }
  if (changed.length)
    warnings.push(
      `${file}: the metrics in result.json contradict its examples file; using the figures recomputed from ` +
        `the examples (${changed.join(', ')}).`,
    );
}
