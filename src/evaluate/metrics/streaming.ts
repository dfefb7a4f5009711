import type { EvaluationData } from '../../result/evaluation-data.js';
import type { MetricsOutput } from './index.js';
import { ClassificationStream } from './classification-stream.js';
import { RegressionStream } from './regression-stream.js';

/** Where and how the streaming metrics keep their sorted values. */
export interface StreamingMetricsOptions {
  /** A folder for sorted runs that do not fit in memory (the caller removes it). */
  dir: string;
  /** Values sorted in memory at a time (all score columns together); default 1,048,576. */
  sortChunk?: number;
}

export const DEFAULT_SORT_CHUNK = 1 << 20;

/**
 * `computeMetrics` over rows that arrive in batches (each an `EvaluationData` of consecutive rows,
 * in row order, with the same classes, positive label and score columns), in memory bounded by
 * the batch and `sortChunk`, whatever the number of rows. Every value is bit-identical to
 * `computeMetrics` on all the rows at once: sums are added in the same row order with the same
 * compensated summation and the same per-row float operations; ROC AUC, average precision and
 * the median absolute error walk the same groups of equal values in the same order (sorted runs,
 * merged; see `SortedGroups`).
 *
 * Use: `add` every batch, then `endPass()`; while it returns true (regression's R² needs the
 * mean of y first), replay every batch again through `add` and call `endPass()` again; then
 * `result()`.
 */
export class StreamingMetrics {
  private readonly impl: ClassificationStream | RegressionStream;

  constructor(first: EvaluationData, options: StreamingMetricsOptions) {
    const chunk = Math.max(1, options.sortChunk ?? DEFAULT_SORT_CHUNK);
    this.impl =
      first.task === 'regression'
        ? new RegressionStream(options.dir, chunk)
        : new ClassificationStream(first, options.dir, chunk);
  }

  add(batch: EvaluationData): void {
    this.impl.add(batch as never);
  }

  /** Ends a pass over the rows; true when another pass is needed. */
  endPass(): boolean {
    return this.impl.endPass();
  }

  result(): MetricsOutput {
    return this.impl.result();
  }
}
