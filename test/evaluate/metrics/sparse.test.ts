import { describe, expect, it } from 'vitest';
import type { ClassificationData } from '../../../src/result/evaluation-data.js';
import { computeMetrics, createMetricEvaluator } from '../../../src/evaluate/metrics/index.js';

/** Deterministic PRNG (mulberry32) so the data is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('20,000 classes: sparse confusion, no k×k allocation', () => {
  const k = 20_000;
  const n = 200_000;
  const random = mulberry32(7);
  const classes = Array.from({ length: k }, (_, i) => `class-${String(i).padStart(5, '0')}`);
  const yTrue = new Int32Array(n);
  const yPred = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i < k ? i : Math.floor(random() * k);
    yTrue[i] = t;
    const r = random();
    yPred[i] = r < 0.8 ? t : r < 0.95 ? (t + 1) % k : Math.floor(random() * k);
  }
  const data: ClassificationData = { task: 'multiclass', n, classes, yTrue, yPred, scores: null, ids: null };

  // A straightforward reference with per-class Maps (no k×k either).
  function reference() {
    const tp = new Float64Array(k);
    const pred = new Float64Array(k);
    const truth = new Float64Array(k);
    const cells = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      truth[yTrue[i]]++;
      pred[yPred[i]]++;
      if (yTrue[i] === yPred[i]) tp[yTrue[i]]++;
      const key = `${yTrue[i]},${yPred[i]}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
    }
    let f1 = 0;
    let precision = 0;
    let recall = 0;
    for (let c = 0; c < k; c++) {
      const p = pred[c] ? tp[c] / pred[c] : 0;
      const r = truth[c] ? tp[c] / truth[c] : 0;
      precision += p;
      recall += r;
      f1 += p + r ? (2 * p * r) / (p + r) : 0;
    }
    return { precision: precision / k, recall: recall / k, f1: f1 / k, cells: cells.size };
  }

  it('computes every metric, per-class stats and a sparse confusion', () => {
    const out = computeMetrics(data);
    const ref = reference();
    expect(Object.keys(out.per_class ?? {})).toHaveLength(k);
    expect(out.confusion?.labels).toHaveLength(k);
    expect(out.confusion?.counts).toHaveLength(ref.cells);
    expect(out.confusion?.counts.reduce((s, [, , c]) => s + c, 0)).toBe(n);
    expect(out.metrics.precision_macro).toBeCloseTo(ref.precision, 12);
    expect(out.metrics.recall_macro).toBeCloseTo(ref.recall, 12);
    expect(out.metrics.f1_macro).toBeCloseTo(ref.f1, 12);
    expect(out.metrics.accuracy).toBeGreaterThan(0.75);
    expect(out.top_confusions).toHaveLength(10);
    // Sorted by true then predicted label.
    const counts = out.confusion?.counts ?? [];
    for (let i = 1; i < counts.length; i++) {
      const [t0, p0] = counts[i - 1];
      const [t1, p1] = counts[i];
      expect(t0 < t1 || (t0 === t1 && p0 < p1)).toBe(true);
    }
  });

  it('evaluates with weights in linear time', () => {
    const evaluate = createMetricEvaluator(data);
    const weights = new Float64Array(n).fill(1);
    const started = performance.now();
    for (let r = 0; r < 20; r++) evaluate(weights);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(evaluate(weights)).toStrictEqual(computeMetrics(data).metrics);
  });
});
