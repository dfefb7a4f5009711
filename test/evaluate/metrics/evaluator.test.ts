import { describe, expect, it } from 'vitest';
import type { EvaluationData } from '../../../src/result/evaluation-data.js';
import { computeMetrics, createMetricEvaluator } from '../../../src/evaluate/metrics/index.js';
import { expectMetrics, loadCases, toEvaluationData } from './fixtures.js';

/** The data with row i repeated counts[i] times: what a weight means. */
function repeatRows(data: EvaluationData, counts: Float64Array): EvaluationData {
  const rows: number[] = [];
  for (let i = 0; i < data.n; i++) for (let r = 0; r < counts[i]; r++) rows.push(i);
  if (data.task === 'regression') {
    return {
      ...data,
      n: rows.length,
      yTrue: Float64Array.from(rows, (i) => data.yTrue[i]),
      yPred: Float64Array.from(rows, (i) => data.yPred[i]),
    };
  }
  const k = data.task === 'multiclass' && data.scoreClasses ? data.scoreClasses.length : 1;
  const scores = data.scores;
  return {
    ...data,
    n: rows.length,
    yTrue: Int32Array.from(rows, (i) => data.yTrue[i]),
    yPred: Int32Array.from(rows, (i) => data.yPred[i]),
    scores: scores
      ? Float64Array.from(rows.flatMap((i) => Array.from(scores.subarray(i * k, (i + 1) * k))))
      : null,
  };
}

function resampleCounts(n: number, seed: number, min = 0): Float64Array {
  // A bootstrap resample: n draws with replacement (deterministic LCG), plus `min` per row.
  let state = seed >>> 0;
  const counts = new Float64Array(n).fill(min);
  for (let d = 0; d < n; d++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    counts[Math.floor((state / 4294967296) * n)]++;
  }
  return counts;
}

const cases = loadCases();

describe('createMetricEvaluator: weight w = the row repeated w times', () => {
  // With every row drawn at least once the label set cannot change, so repeated rows and
  // sample_weight agree on every metric (including median_ae and max_error).
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const data = toEvaluationData(c);
    const counts = resampleCounts(data.n, 12345, 1);
    const weighted = createMetricEvaluator(data)(counts);
    expectMetrics(
      weighted,
      computeMetrics(repeatRows(data, counts)).metrics as Record<string, number | null>,
      c.name,
    );
  });

  it('a plain bootstrap resample (zeros included) of a binary case with ties', () => {
    const c = cases.find((x) => x.name === 'binary_ties');
    if (!c) throw new Error('missing case');
    const data = toEvaluationData(c);
    const counts = resampleCounts(data.n, 99);
    expect(counts.some((w) => w === 0)).toBe(true);
    expectMetrics(
      createMetricEvaluator(data)(counts),
      computeMetrics(repeatRows(data, counts)).metrics,
      c.name,
    );
  });

  it('2,000 resamples of 5,000 rows × 7 class probabilities stay fast', () => {
    const c = cases.find((x) => x.name === 'large_multiclass');
    if (!c) throw new Error('missing case');
    const data = toEvaluationData(c);
    const evaluate = createMetricEvaluator(data);
    const resamples = Array.from({ length: 20 }, (_, r) => resampleCounts(data.n, r + 1));
    const started = performance.now();
    let sum = 0;
    for (let r = 0; r < 2000; r++) sum += evaluate(resamples[r % resamples.length]).f1_macro ?? 0;
    const elapsed = performance.now() - started;
    expect(sum).toBeGreaterThan(0);
    // ~0.3 s on a laptop; generous for slow CI machines.
    expect(elapsed).toBeLessThan(15_000);
  });
});
