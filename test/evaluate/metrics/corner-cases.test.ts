import { describe, expect, it } from 'vitest';
import type { ClassificationData, RegressionData } from '../../../src/result/evaluation-data.js';
import { computeMetrics, createMetricEvaluator } from '../../../src/evaluate/metrics/index.js';
import { loadCases, toEvaluationData } from './fixtures.js';

const byName = new Map(loadCases().map((c) => [c.name, c]));
function fixture(name: string) {
  const c = byName.get(name);
  if (!c) throw new Error(`no case ${name}`);
  return toEvaluationData(c);
}

function binary(yTrue: number[], yPred: number[], scores: number[] | null, positive = 1): ClassificationData {
  return {
    task: 'binary',
    n: yTrue.length,
    classes: ['0', '1'],
    yTrue: Int32Array.from(yTrue),
    yPred: Int32Array.from(yPred),
    positive,
    scores: scores ? Float64Array.from(scores) : null,
    ids: null,
  };
}

describe('warnings and nulls where scikit-learn warns, raises or returns NaN', () => {
  it('one class only in y_true: roc_auc null, average_precision 0, each with a clear warning', () => {
    const out = computeMetrics(fixture('single_class'));
    expect(out.metrics.roc_auc).toBeNull();
    expect(out.metrics.average_precision).toBe(0);
    expect(out.warnings.join('\n')).toMatch(/roc_auc is undefined: y_true contains only negatives/);
    expect(out.warnings.join('\n')).toMatch(/average_precision: y_true has no positive \("pos"\)/);
    expect(out.warnings.join('\n')).toMatch(/balanced_accuracy ignores 1 class\(es\).*"pos"/);
  });

  it('two identical constant raters: cohen_kappa null (NaN in scikit-learn), mcc 0', () => {
    const out = computeMetrics(fixture('constant_raters'));
    expect(out.metrics.cohen_kappa).toBeNull();
    expect(out.metrics.mcc).toBe(0);
    expect(out.warnings.join('\n')).toMatch(/cohen_kappa is undefined/);
    // per_class has no prototype (its keys are data); JSON gives it a plain one.
    expect(JSON.parse(JSON.stringify(out))).toStrictEqual({ ...out, per_class: { ...out.per_class } });
  });

  it('rows with NaN scores are left out of the score metrics, and the warning says how many', () => {
    const out = computeMetrics(fixture('missing_binary'));
    expect(out.warnings).toContain(
      '17 row(s) without scores (NaN) were left out of roc_auc, average_precision, log_loss and brier.',
    );
  });

  it('probabilities not summing to 1: roc_auc computed anyway, with a warning', () => {
    const out = computeMetrics(fixture('multiclass_unnormalised'));
    expect(out.metrics.roc_auc).toBeTypeOf('number');
    expect(out.warnings.join('\n')).toMatch(/do not sum to 1: roc_auc was computed anyway/);
  });

  it('a score column whose class never occurs: multiclass roc_auc null, naming the class', () => {
    const out = computeMetrics(fixture('multiclass_extra_column'));
    expect(out.metrics.roc_auc).toBeNull();
    expect(out.metrics.log_loss).toBeTypeOf('number');
    expect(out.warnings.join('\n')).toMatch(/"dog" is not/);
  });

  it('r2 of a single row is null; of a constant target follows force_finite', () => {
    expect(computeMetrics(fixture('regression_single')).metrics.r2).toBeNull();
    expect(computeMetrics(fixture('regression_constant_target')).metrics.r2).toBe(0);
    expect(computeMetrics(fixture('regression_constant_exact')).metrics.r2).toBe(1);
  });

  it('a constant target whose mean does not round-trip (0.1) still counts as constant', () => {
    const data: RegressionData = {
      task: 'regression',
      n: 3,
      yTrue: Float64Array.from([0.1, 0.1, 0.1]),
      yPred: Float64Array.from([0.2, 0.1, 0.0]),
      ids: null,
    };
    expect(computeMetrics(data).metrics.r2).toBe(0);
  });

  it('no rows: every metric null, with a warning, never NaN', () => {
    const cls = computeMetrics(binary([], [], []));
    expect(Object.values(cls.metrics).every((v) => v === null)).toBe(true);
    expect(cls.warnings.join('\n')).toMatch(/No rows/);
    const reg = computeMetrics({
      task: 'regression',
      n: 0,
      yTrue: new Float64Array(),
      yPred: new Float64Array(),
      ids: null,
    });
    expect(Object.values(reg.metrics).every((v) => v === null)).toBe(true);
  });
});

describe('definitions on small hand-checked inputs', () => {
  it('ROC AUC counts ties half (Mann-Whitney); AP is step-wise over distinct thresholds', () => {
    // scikit-learn's docstring examples: roc_auc 0.75, average_precision 0.8333…
    const out = computeMetrics(binary([0, 0, 1, 1], [0, 0, 0, 1], [0.1, 0.4, 0.35, 0.8]));
    expect(out.metrics.roc_auc).toBeCloseTo(0.75, 15);
    expect(out.metrics.average_precision).toBeCloseTo(0.8333333333333333, 15);
    // All scores tied: one threshold, AUC ½, AP = prevalence.
    const tied = computeMetrics(binary([0, 1, 1, 0, 1], [0, 1, 1, 0, 1], [0.5, 0.5, 0.5, 0.5, 0.5]));
    expect(tied.metrics.roc_auc).toBe(0.5);
    expect(tied.metrics.average_precision).toBeCloseTo(0.6, 15);
  });

  it('binary scores outside [0, 1] are decision scores: ranking metrics only', () => {
    const out = computeMetrics(binary([0, 1, 1, 0], [0, 1, 1, 1], [-2, 3, 0.5, 1]));
    expect(out.metrics.roc_auc).toBe(0.75);
    expect(out.metrics).not.toHaveProperty('log_loss');
    expect(out.metrics).not.toHaveProperty('brier');
  });

  it('a missing prediction is a false negative of its class and nobody’s false positive', () => {
    const data: ClassificationData = {
      task: 'multiclass',
      n: 4,
      classes: ['a', 'b'],
      yTrue: Int32Array.from([0, 0, 1, 1]),
      yPred: Int32Array.from([0, -1, 1, -1]),
      scores: null,
      ids: null,
    };
    const out = computeMetrics(data);
    expect(out.metrics.accuracy).toBe(0.5);
    expect(out.metrics.precision_micro).toBe(1);
    expect(out.metrics.recall_micro).toBe(0.5);
    expect({ ...out.per_class }).toStrictEqual({
      a: { precision: 1, recall: 0.5, f1: 2 / 3, support: 2 },
      b: { precision: 1, recall: 0.5, f1: 2 / 3, support: 2 },
    });
    expect(out.confusion?.counts).toStrictEqual([
      ['a', 'a', 1],
      ['b', 'b', 1],
    ]);
    expect(out.top_confusions).toStrictEqual([]);
  });

  it('top_confusions: count descending, ties by true then predicted label order, at most 10', () => {
    const k = 6;
    const yTrue: number[] = [];
    const yPred: number[] = [];
    for (let t = 0; t < k; t++) {
      for (let p = 0; p < k; p++) {
        const count = t === p ? 5 : (t + p) % 3;
        for (let r = 0; r < count; r++) {
          yTrue.push(t);
          yPred.push(p);
        }
      }
    }
    const data: ClassificationData = {
      task: 'multiclass',
      n: yTrue.length,
      classes: ['a', 'b', 'c', 'd', 'e', 'f'],
      yTrue: Int32Array.from(yTrue),
      yPred: Int32Array.from(yPred),
      scores: null,
      ids: null,
    };
    const top = computeMetrics(data).top_confusions;
    expect(top).toHaveLength(10);
    // (t + p) % 3 = 2 off the diagonal: ten cells of 2, listed by true then predicted label.
    const pairs = ['ac', 'af', 'be', 'ca', 'cd', 'dc', 'df', 'eb', 'fa', 'fd'];
    expect(top).toStrictEqual(pairs.map(([t, p]) => ({ true: t, predicted: p, count: 2 })));
    for (let i = 1; i < top.length; i++) expect(top[i - 1].count).toBeGreaterThanOrEqual(top[i].count);
  });

  it('rejects class indices out of range and weights of the wrong length', () => {
    expect(() => computeMetrics(binary([0, 2], [0, 1], null))).toThrow(RangeError);
    expect(() => computeMetrics(binary([0, 1], [0, -2], null))).toThrow(RangeError);
    const evaluate = createMetricEvaluator(binary([0, 1], [0, 1], null));
    expect(() => evaluate(new Float64Array(3))).toThrow(RangeError);
  });
});
