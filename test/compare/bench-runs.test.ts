import { describe, expect, it } from 'vitest';
import { checkBenchRuns, minimumSignificantRuns, smallestMannWhitneyP } from '../../src/compare/index.js';
import { parseGateConfig } from '../../src/config/index.js';
import { mannWhitneyU } from '../../src/compare/stats/index.js';

const config = (yaml: string) => parseGateConfig(yaml, 'gate.yml');

describe('bench runs that can never be significant', () => {
  it('the smallest one-sided p is one ordering in C(2r, r), what the test gives fully separated runs', () => {
    expect(smallestMannWhitneyP(2, 2)).toBeCloseTo(1 / 6, 15);
    expect(smallestMannWhitneyP(3, 3)).toBeCloseTo(1 / 20, 15);
    expect(smallestMannWhitneyP(4, 4)).toBeCloseTo(1 / 70, 15);
    expect(smallestMannWhitneyP(5, 5)).toBeCloseTo(1 / 252, 15);
    // The gate's own test on a candidate slower in every run than every baseline run.
    for (const r of [2, 3, 4, 5]) {
      const base = Array.from({ length: r }, (_, i) => 1 + i / 100);
      const cand = Array.from({ length: r }, (_, i) => 2 + i / 100);
      expect(mannWhitneyU(cand, base, 'greater').pValue).toBeCloseTo(smallestMannWhitneyP(r, r), 15);
    }
    expect(minimumSignificantRuns(0.05)).toBe(3);
    expect(minimumSignificantRuns(0.05 / 3)).toBe(4);
    expect(minimumSignificantRuns(0.01)).toBe(5);
  });

  it('refuses a gated speed rule that can never fail, naming the rule, the p and the runs needed', () => {
    const c = config('metrics:\n  bench.wall_seconds: { max_regression: "10%" }\n');
    expect(() => checkBenchRuns(c, 2, 'gate.yml')).toThrow(
      "gate.yml: bench.wall_seconds is gated with max_regression, but with 2 measured runs per side the Mann-Whitney test's smallest possible one-sided p is 1/6, above significance 0.05: that check can never fail. Use at least 3 runs",
    );
    const strict = config('significance: 0.01\nmetrics:\n  bench.wall_seconds: { max_regression: "10%" }\n');
    expect(() => checkBenchRuns(strict, 4, 'gate.yml')).toThrow(
      /smallest possible one-sided p is 1\/70, above significance 0.01/,
    );
    expect(checkBenchRuns(strict, 5, 'gate.yml')).toBeNull();
  });

  it('warns when Holm holds the smallest p below reach unless every other rule fails too', () => {
    const c = config(
      'metrics:\n  accuracy: { max_regression: 0.01 }\n  f1: { max_regression: 0.01 }\n  bench.wall_seconds: { max_regression: "10%" }\n',
    );
    expect(checkBenchRuns(c, 3, 'gate-gpu.yml')).toBe(
      'gate-gpu.yml: with 3 measured runs per side the smallest possible p of bench.wall_seconds is 1/20; Holm over 3 gated metrics holds it to 0.05/3, so it can fail only if every other gated metric fails too. Use at least 4 runs for it to fail on its own.',
    );
    expect(checkBenchRuns(c, 4, 'gate-gpu.yml')).toBeNull();
    const none = config(
      'multiple_comparisons: none\nmetrics:\n  accuracy: { max_regression: 0.01 }\n  bench.wall_seconds: { max_regression: "10%" }\n',
    );
    expect(checkBenchRuns(none, 3, 'gate.yml')).toBeNull();
  });

  it('says nothing when no speed rule is tested: thresholds only, or significance off', () => {
    expect(checkBenchRuns(config('metrics:\n  bench.wall_seconds: { max: 2s }\n'), 1, 'gate.yml')).toBeNull();
    expect(
      checkBenchRuns(
        config('significance: off\nmetrics:\n  bench.wall_seconds: { max_regression: "10%" }\n'),
        1,
        'gate.yml',
      ),
    ).toBeNull();
  });
});
