import { describe, expect, it } from 'vitest';
import { computeMetrics, createMetricEvaluator } from '../../../src/evaluate/metrics/index.js';
import { expectMetrics, loadCases, toEvaluationData } from './fixtures.js';

const cases = loadCases();

describe('scikit-learn 1.2 parity (test/fixtures/metrics/cases.json)', () => {
  it('has the cases the generator promises', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const data = toEvaluationData(c);

    it('computeMetrics matches every metric', () => {
      const out = computeMetrics(data);
      expectMetrics(out.metrics, c.expected, c.name);
      for (const value of Object.values(out.metrics)) {
        if (value !== null) expect(Number.isFinite(value)).toBe(true);
      }
      if (c.task === 'regression') {
        expect(out.per_class).toBeUndefined();
        expect(out.confusion).toBeUndefined();
        expect(out.error_rate).toBeNull();
      } else {
        expect(out.error_rate).toBe(out.metrics.error_rate);
      }
    });

    if (c.task !== 'regression') {
      it('per_class, confusion and top_confusions match exactly', () => {
        const out = computeMetrics(data);
        // Same float operations as scikit-learn: bit-identical, not merely close.
        // per_class has no prototype (keys are data): compared as a plain object.
        expect({ ...out.per_class }).toStrictEqual(c.per_class);
        expect(out.confusion).toStrictEqual(c.confusion);
        expect(out.top_confusions).toStrictEqual(c.top_confusions);
      });
    }

    it('the evaluator without weights, and with all-ones weights, equals computeMetrics', () => {
      const evaluate = createMetricEvaluator(data);
      const expected = computeMetrics(data).metrics;
      expect(evaluate()).toStrictEqual(expected);
      const ones = evaluate(new Float64Array(data.n).fill(1));
      expectMetrics(ones, c.expected, `${c.name} (weights 1)`);
    });

    if (c.weights && c.expected_weighted) {
      const weights = Float64Array.from(c.weights);
      const expectedWeighted = c.expected_weighted;
      it('the evaluator with integer weights matches sample_weight', () => {
        const evaluate = createMetricEvaluator(data);
        expectMetrics(evaluate(weights), expectedWeighted, `${c.name} (weighted)`);
        // Evaluating is repeatable: no state leaks from one call to the next.
        expectMetrics(evaluate(weights), expectedWeighted, `${c.name} (weighted, again)`);
        expectMetrics(evaluate(), c.expected, `${c.name} (unweighted after weighted)`);
      });
    }
  });
});
