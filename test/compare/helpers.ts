import type { ClassificationData, EvaluationData, RegressionData } from '../../src/result/evaluation-data.js';
import { computeMetrics } from '../../src/evaluate/metrics/index.js';
import { RESULT_SCHEMA, type BenchResult, type BenchRun, type Result } from '../../src/result/schema.js';
import { Rng } from '../../src/compare/stats/index.js';

export const CLASSES = ['cat', 'dog', 'fox'];

/** Truth + a model that is right with probability `accuracy` on each row (seeded). */
export function classification(
  n: number,
  accuracy: number,
  seed: number,
  truth?: Int32Array,
): ClassificationData {
  const rng = new Rng(seed);
  const yTrue = truth ?? Int32Array.from({ length: n }, () => rng.nextInt(3));
  const yPred = new Int32Array(n);
  for (let i = 0; i < n; i++)
    yPred[i] = rng.nextFloat() < accuracy ? yTrue[i] : (yTrue[i] + 1 + rng.nextInt(2)) % 3;
  return {
    task: 'multiclass',
    n,
    classes: CLASSES,
    yTrue,
    yPred,
    scores: null,
    ids: Array.from({ length: n }, (_, i) => `ex-${i}`),
  };
}

export function truthOf(n: number, seed: number): Int32Array {
  const rng = new Rng(seed);
  return Int32Array.from({ length: n }, () => rng.nextInt(3));
}

export function regression(n: number, noise: number, seed: number, truth?: Float64Array): RegressionData {
  const rng = new Rng(seed);
  const yTrue = truth ?? Float64Array.from({ length: n }, () => Math.round(rng.nextFloat() * 1000) / 10);
  const yPred = Float64Array.from(yTrue, (t) => t + (rng.nextFloat() - 0.5) * 2 * noise);
  return { task: 'regression', n, yTrue, yPred, ids: Array.from({ length: n }, (_, i) => `r${i}`) };
}

export function resultOf(data: EvaluationData, fingerprint = 'fp-1', extra: Partial<Result> = {}): Result {
  const m = computeMetrics(data);
  return {
    schema: RESULT_SCHEMA,
    task: data.task,
    n: data.n,
    dataset: { fingerprint },
    tool: { name: 'model-gate', version: 'test' },
    created_at: '2024-01-01T00:00:00.000Z',
    source: { commit: 'abc123' },
    metrics: m.metrics,
    ...(m.per_class ? { per_class: m.per_class } : {}),
    ...(m.confusion ? { confusion: m.confusion } : {}),
    errors: {
      error_rate: m.error_rate,
      top_confusions: m.top_confusions,
      missing_predictions: 0,
      extra_predictions: 0,
      invalid_rows: 0,
    },
    warnings: [],
    ...extra,
  };
}

export function bench(fields: Record<string, number[]>, hostFingerprint = 'host-A'): BenchResult {
  const names = Object.keys(fields);
  const runs: BenchRun[] = fields[names[0]].map((_, i) => {
    const run: BenchRun = {
      index: i,
      warmup: false,
      exit_code: 0,
      signal: null,
      timed_out: false,
      wall_seconds: 1,
      cpu_seconds: 1,
      cpu_user_seconds: 1,
      cpu_system_seconds: 0,
      peak_rss_bytes: 1e8,
      peak_tree_rss_bytes: 1e8,
    };
    for (const f of names) (run as unknown as Record<string, number>)[f] = fields[f][i];
    return run;
  });
  // A warm-up run with absurd values, which must be ignored.
  runs.unshift({
    ...runs[0],
    index: -1,
    warmup: true,
    wall_seconds: 1000,
    cpu_seconds: 1000,
    peak_rss_bytes: 1e12,
  });
  return {
    command: ['python', 'predict.py'],
    runs,
    summary: {},
    host: {
      cpu_model: 'Test CPU',
      cpu_cores: 8,
      memory_bytes: 1e10,
      os: 'linux',
      arch: 'x64',
      gpus: [],
      fingerprint: hostFingerprint,
    },
    method: 'test',
    warnings: [],
  };
}
