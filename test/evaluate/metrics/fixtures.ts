import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ClassificationData, EvaluationData } from '../../../src/result/evaluation-data.js';
import type { ClassStats, Confusion, TopConfusion } from '../../../src/result/schema.js';

/** One case of test/fixtures/metrics/cases.json (written by scripts/gen-sklearn-fixtures.py). */
export interface SklearnCase {
  name: string;
  task: 'binary' | 'multiclass' | 'regression';
  classes?: string[];
  y_true: (string | number)[];
  y_pred: (string | number | null)[];
  positive?: string | null;
  scores?: (number | null)[] | null;
  score_classes?: string[] | null;
  score_kind?: 'probability' | 'decision' | null;
  weights?: number[];
  expected: Record<string, number | null>;
  expected_weighted?: Record<string, number | null>;
  per_class?: Record<string, ClassStats>;
  confusion?: Confusion;
  top_confusions?: TopConfusion[];
  notes: string[];
}

export const FIXTURES = fileURLToPath(new URL('../../fixtures/metrics/', import.meta.url));

export function loadCases(): SklearnCase[] {
  const doc = JSON.parse(readFileSync(`${FIXTURES}cases.json`, 'utf8')) as { cases: SklearnCase[] };
  return doc.cases;
}

export function toEvaluationData(c: SklearnCase): EvaluationData {
  const n = c.y_true.length;
  if (c.task === 'regression') {
    return {
      task: 'regression',
      n,
      yTrue: Float64Array.from(c.y_true as number[]),
      yPred: Float64Array.from(c.y_pred as number[]),
      ids: null,
    };
  }
  const classes = c.classes as string[];
  const index = new Map(classes.map((label, i) => [label, i]));
  const data: ClassificationData = {
    task: c.task,
    n,
    classes,
    yTrue: Int32Array.from(c.y_true as string[], (v) => index.get(v) as number),
    yPred: Int32Array.from(c.y_pred as (string | null)[], (v) =>
      v === null ? -1 : (index.get(v) as number),
    ),
    scores: c.scores ? Float64Array.from(c.scores, (v) => (v === null ? NaN : v)) : null,
    ids: null,
  };
  if (c.positive != null) data.positive = index.get(c.positive);
  if (c.score_classes) data.scoreClasses = c.score_classes;
  if (c.score_kind) data.scoreKind = c.score_kind;
  return data;
}

/** 1e-9 relative, 1e-12 absolute near 0; null exactly where scikit-learn gives NaN. */
export function expectClose(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(actual, what).toBeTypeOf('number');
  const a = actual as number;
  const tolerance = Math.max(1e-12, 1e-9 * Math.abs(expected));
  expect(Math.abs(a - expected), `${what}: got ${a}, scikit-learn ${expected}`).toBeLessThanOrEqual(
    tolerance,
  );
}

export function expectMetrics(
  actual: Record<string, number | null>,
  expected: Record<string, number | null>,
  label: string,
): void {
  expect(Object.keys(actual).sort(), `${label}: metric names`).toEqual(Object.keys(expected).sort());
  for (const [name, value] of Object.entries(expected)) expectClose(actual[name], value, `${label} ${name}`);
}
