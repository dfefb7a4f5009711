import { CompensatedSum } from '../util/sum.js';

/** The eval harnesses whose own per-sample output `--from` reads. */
export const HARNESSES = ['lm-eval', 'inspect', 'promptfoo', 'openai-evals'] as const;
export type Harness = (typeof HARNESSES)[number];

/**
 * `--task scores`: what the score readers produce and the gate consumes. One row per example
 * (trials already folded into it), one per-example term per metric of the result, so that every
 * metric is the mean (or, for counts, the sum) of its terms and every paired test is on the
 * per-example differences of one term. This is also what the scores sidecar stores.
 */
export interface ScoreTerms {
  /** The metric's name in result.json (`acc`, `gsm8k/exact_match`, `acc.pass@3`). */
  name: string;
  /** `mean`: the metric is the mean of the terms (NaN terms left out); `count`: their sum. */
  aggregate: 'mean' | 'count';
  /** Every term is 0 or 1 and each example had one trial: the exact paired test applies. */
  binary: boolean;
  /** One term per example; NaN = the example has no value for this metric. */
  values: Float64Array;
}

export interface ScoresData {
  task: 'scores';
  /** Examples (distinct ids), in first-seen order. */
  n: number;
  ids: string[];
  /** Every metric's terms, in result order. */
  terms: ScoreTerms[];
  /** The largest number of trials of one example (1 = no repeated trials). */
  trials: number;
}

export function isScoresData(x: { task: string } | null | undefined): x is ScoresData {
  return x !== null && x !== undefined && x.task === 'scores';
}

/** The value of a metric from its terms (null when no example has a value). */
export function aggregateTerms(t: ScoreTerms): number | null {
  const sum = new CompensatedSum();
  let n = 0;
  for (let i = 0; i < t.values.length; i++) {
    const v = t.values[i];
    if (v !== v) continue;
    sum.add(v);
    n++;
  }
  if (t.aggregate === 'count') return sum.value;
  return n === 0 ? null : sum.value / n;
}
