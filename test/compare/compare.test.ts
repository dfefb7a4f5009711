import { describe, expect, it } from 'vitest';
import { compareResults, gateExitCode } from '../../src/compare/index.js';
import { defaultGateConfig, parseGateConfig, type GateConfig } from '../../src/config/index.js';
import { bench, classification, regression, resultOf, truthOf } from './helpers.js';

const cfg = (yaml: string): GateConfig => parseGateConfig(yaml, 'gate.yml');

/** A copy of the model with `k` right rows made wrong (k < 0: |k| wrong rows made right). */
function flipped(b: ReturnType<typeof classification>, k: number) {
  const yPred = b.yPred.slice();
  let left = Math.abs(k);
  for (let i = 0; i < b.n && left > 0; i++) {
    const right = yPred[i] === b.yTrue[i];
    if (k > 0 && right) {
      yPred[i] = (b.yTrue[i] + 1) % 3;
      left--;
    } else if (k < 0 && !right) {
      yPred[i] = b.yTrue[i];
      left--;
    }
  }
  return { ...b, yPred };
}

function flipRun(n: number, k: number, config: GateConfig) {
  const b = classification(n, 0.85, 11);
  const c = flipped(b, k);
  return compareResults({
    baseline: resultOf(b),
    candidate: resultOf(c),
    baselineExamples: b,
    candidateExamples: c,
    config,
  });
}

function pairedRun(n: number, accBase: number, accCand: number, config: GateConfig, seed = 1) {
  const truth = truthOf(n, seed);
  const b = classification(n, accBase, seed + 100, truth);
  const c = classification(n, accCand, seed + 200, truth);
  const gate = compareResults({
    baseline: resultOf(b),
    candidate: resultOf(c),
    baselineExamples: b,
    candidateExamples: c,
    config,
  });
  return { gate, b, c };
}

describe('compareResults: accuracy (paired McNemar / non-inferiority)', () => {
  it('pass when the candidate is the same model', () => {
    const truth = truthOf(1000, 1);
    const b = classification(1000, 0.9, 2, truth);
    const gate = compareResults({
      baseline: resultOf(b),
      candidate: resultOf(b),
      baselineExamples: b,
      candidateExamples: b,
      config: defaultGateConfig(),
    });
    expect(gate.verdict).toBe('pass');
    expect(gate.paired).toBe(true);
    expect(gate.comparable).toBe(true);
    const [check] = gate.checks;
    expect(check).toMatchObject({
      metric: 'accuracy',
      delta: 0,
      verdict: 'pass',
      test: 'mcnemar-exact',
      p_value: 1,
      ci: [0, 0],
    });
    expect(gate.flips).toMatchObject({ right_to_wrong: 0, wrong_to_right: 0 });
  });

  it('fail on a significant drop; flips and grown confusions are reported', () => {
    const { gate } = pairedRun(2000, 0.9, 0.8, cfg('metrics:\n  accuracy: { max_regression: 0.01 }\n'));
    expect(gate.verdict).toBe('fail');
    const [check] = gate.checks;
    expect(check.verdict).toBe('fail');
    expect(check.test).toBe('paired-z-noninferiority');
    expect(check.p_value!).toBeLessThan(1e-6);
    expect(check.delta!).toBeLessThan(-0.05);
    expect(check.ci![0]).toBeLessThan(check.delta!);
    expect(check.ci![1]).toBeGreaterThan(check.delta!);
    expect(check.threshold).toBe('max_regression 0.01');
    expect(gate.flips!.right_to_wrong).toBeGreaterThan(gate.flips!.wrong_to_right);
    expect(gate.flips!.right_to_wrong_ids).toHaveLength(10);
    expect(gate.flips!.right_to_wrong_ids[0]).toMatch(/^ex-/);
    expect(gate.flips!.grown_confusions.length).toBeGreaterThan(0);
    const g = gate.flips!.grown_confusions[0];
    expect(g.delta).toBe(g.candidate - g.baseline);
    expect(gate.flips!.right_to_wrong - gate.flips!.wrong_to_right).toBe(Math.round(-check.delta! * 2000));
  });

  it('warn when the point estimate is beyond the tolerance but not significant', () => {
    // 4 right→wrong flips, none the other way: exact one-sided McNemar p = 1/16.
    const gate = flipRun(200, 4, defaultGateConfig());
    const [check] = gate.checks;
    expect(check.delta!).toBeCloseTo(-0.02, 12);
    expect(check.verdict).toBe('warn');
    expect(check.test).toBe('mcnemar-exact');
    expect(check.p_value!).toBeCloseTo(1 / 16, 14);
    expect(flipRun(200, 5, defaultGateConfig()).checks[0]).toMatchObject({
      verdict: 'fail',
      p_value: 1 / 32,
    });
    expect(check.reason).toMatch(/borderline, not significant/);
    expect(gate.verdict).toBe('warn');
  });

  it('improved when significantly better; error_rate is lower-is-better', () => {
    const { gate } = pairedRun(
      2000,
      0.8,
      0.9,
      cfg('metrics:\n  accuracy: {}\n  error_rate: { max_regression: "5%" }\n'),
    );
    expect(gate.checks.map((c) => c.verdict)).toEqual(['improved', 'improved']);
    const [acc, err] = gate.checks;
    expect(err.delta!).toBeCloseTo(-acc.delta!, 12);
    expect(err.ci![1]).toBeLessThan(0);
    expect(err.threshold).toMatch(/^max_regression 5% \(0\.0\d+\)$/);
    expect(gate.verdict).toBe('pass');
  });

  it('min/max absolute bounds fail regardless of the baseline', () => {
    const { gate } = pairedRun(
      1000,
      0.9,
      0.9,
      cfg('metrics:\n  accuracy: { min: 0.95 }\n  error_rate: { max: 0.02 }\n'),
    );
    expect(gate.checks.map((c) => c.verdict)).toEqual(['fail', 'fail']);
    expect(gate.checks[0].reason).toMatch(/below min 0\.95/);
    expect(gate.checks[1].reason).toMatch(/above max 0\.02/);
    const ok = pairedRun(1000, 0.9, 0.9, cfg('metrics:\n  accuracy: { min: 0.5, max: 1 }\n')).gate;
    expect(ok.checks[0].verdict).toBe('pass');
  });

  it('significance off: plain thresholds, no statistics', () => {
    const config = cfg('significance: off\nmetrics:\n  accuracy: { max_regression: 0.001 }\n');
    const gate = flipRun(200, 1, config);
    expect(gate.significance).toBeNull();
    expect(gate.checks[0]).toMatchObject({ verdict: 'fail', ci: null, p_value: null, test: 'threshold' });
    expect(flipRun(200, -1, config).checks[0].verdict).toBe('improved');
    expect(flipRun(200, 0, config).checks[0].verdict).toBe('pass');
  });
});

describe('compareResults: bootstrap metrics', () => {
  it('relative tolerance with the multinomial (paired) bootstrap; bootstrap seed and B are recorded', () => {
    const config = cfg(
      'metrics:\n  f1_macro: { max_regression: "1%" }\nbootstrap: { resamples: 500, seed: 3 }\n',
    );
    const { gate } = pairedRun(600, 0.9, 0.7, config);
    expect(gate.bootstrap).toEqual({ seed: 3, resamples: 500 });
    const [check] = gate.checks;
    expect(check.test).toBe('multinomial-bootstrap');
    expect(check.verdict).toBe('fail');
    expect(check.p_value).toBeCloseTo(1 / 501, 12);
    expect(check.threshold).toMatch(/^max_regression 1% \(0\.00\d+\)$/);
  });

  it('regression: the default gate is rmse (lower is better)', () => {
    const truth = regression(400, 1, 1).yTrue;
    const b = regression(400, 1, 2, truth);
    const worse = regression(400, 3, 3, truth);
    const config = { ...defaultGateConfig(), bootstrap: { resamples: 300, seed: 1 } };
    const gate = compareResults({
      baseline: resultOf(b),
      candidate: resultOf(worse),
      baselineExamples: b,
      candidateExamples: worse,
      config,
    });
    expect(gate.checks[0]).toMatchObject({ metric: 'rmse', verdict: 'fail', test: 'delta-method' });
    expect(gate.checks[0].delta!).toBeGreaterThan(0);
    expect(gate.checks[0].ci![0]).toBeGreaterThan(0);
    const better = compareResults({
      baseline: resultOf(worse),
      candidate: resultOf(b),
      baselineExamples: worse,
      candidateExamples: b,
      config,
    });
    expect(better.checks[0].verdict).toBe('improved');
    expect(better.flips).toBeUndefined();
  });

  it('byte-identical output for the same inputs', () => {
    const config = cfg(
      'metrics:\n  accuracy: { max_regression: 0.005 }\n  f1_macro: { max_regression: "1%" }\n  mcc: {}\nbootstrap: { resamples: 300, seed: 9 }\n',
    );
    const a = pairedRun(500, 0.85, 0.84, config, 3).gate;
    const b = pairedRun(500, 0.85, 0.84, config, 3).gate;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const other = compareResults({
      ...(() => {
        const truth = truthOf(500, 3);
        const bb = classification(500, 0.85, 103, truth);
        const cc = classification(500, 0.84, 203, truth);
        return {
          baseline: resultOf(bb),
          candidate: resultOf(cc),
          baselineExamples: bb,
          candidateExamples: cc,
        };
      })(),
      config: { ...config, bootstrap: { resamples: 300, seed: 10 } },
    });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(a)); // the seed matters
  });
});

describe('compareResults: families, fingerprints, no baseline', () => {
  it('no baseline: verdict no-baseline, but absolute bounds still fail', () => {
    const c = classification(300, 0.9, 1);
    const gate = compareResults({
      baseline: null,
      candidate: resultOf(c),
      baselineExamples: null,
      candidateExamples: c,
      config: defaultGateConfig(),
    });
    expect(gate.verdict).toBe('no-baseline');
    expect(gate.checks[0]).toMatchObject({ verdict: 'no-baseline', baseline: null, delta: null });
    const bounded = compareResults({
      baseline: null,
      candidate: resultOf(c),
      baselineExamples: null,
      candidateExamples: c,
      config: cfg('metrics:\n  accuracy: { min: 0.99, max_regression: 0 }\n'),
    });
    expect(bounded.verdict).toBe('fail');
  });

  it('different dataset fingerprints: not comparable, unpaired score test, loud warning', () => {
    const b = classification(1000, 0.9, 1);
    const c = classification(1000, 0.8, 2);
    const gate = compareResults({
      baseline: resultOf(b, 'fp-A'),
      candidate: resultOf(c, 'fp-B'),
      baselineExamples: b,
      candidateExamples: c,
      config: defaultGateConfig(),
    });
    expect(gate.comparable).toBe(false);
    expect(gate.paired).toBe(false);
    expect(gate.flips).toBeUndefined();
    expect(gate.warnings[0]).toMatch(/^NOT COMPARABLE/);
    expect(gate.checks[0].test).toBe('farrington-manning');
    expect(gate.checks[0].verdict).toBe('fail');
  });

  it('no sidecar on one side: unpaired, with a note', () => {
    const truth = truthOf(800, 4);
    const b = classification(800, 0.9, 5, truth);
    const c = classification(800, 0.9, 6, truth);
    const gate = compareResults({
      baseline: resultOf(b),
      candidate: resultOf(c),
      baselineExamples: null,
      candidateExamples: c,
      config: defaultGateConfig(),
    });
    expect(gate.comparable).toBe(true);
    expect(gate.paired).toBe(false);
    expect(gate.warnings.join(' ')).toMatch(/no per-example file/);
    expect(gate.checks[0].test).toBe('farrington-manning');
  });

  it('Holm: two borderline p-values fail alone but not after adjustment', () => {
    const base = bench({ wall_seconds: [1.0, 1.01, 1.02], cpu_seconds: [2.0, 2.01, 2.02] });
    const cand = bench({ wall_seconds: [1.5, 1.51, 1.52], cpu_seconds: [3.0, 3.01, 3.02] });
    const c = classification(100, 0.9, 1);
    const yaml = (mc: string) =>
      `multiple_comparisons: ${mc}\nmetrics:\n  bench.wall_seconds: { max_regression: "10%" }\n  bench.cpu_seconds: { max_regression: "10%" }\n`;
    const run = (mc: string) =>
      compareResults({
        baseline: resultOf(c, 'fp', { bench: base }),
        candidate: resultOf(c, 'fp', { bench: cand }),
        baselineExamples: null,
        candidateExamples: null,
        config: cfg(yaml(mc)),
      });
    const none = run('none');
    expect(none.checks.map((k) => k.p_value)).toEqual([0.05, 0.05]); // exact 1/C(6,3)
    expect(none.checks.map((k) => k.verdict)).toEqual(['fail', 'fail']);
    const adjusted = run('holm');
    expect(adjusted.multiple_comparisons).toBe('holm');
    expect(adjusted.checks.map((k) => k.p_value)).toEqual([0.1, 0.1]);
    expect(adjusted.checks.map((k) => k.verdict)).toEqual(['warn', 'warn']);
    expect(adjusted.checks.map((k) => k.reason).join(' ')).toMatch(/Holm-adjusted over 2 metrics/);
  });
});

describe('compareResults: bench metrics (Mann-Whitney)', () => {
  const c = classification(100, 0.9, 1);
  const walls = (scale: number) =>
    [1.0, 1.03, 0.98, 1.01, 0.99, 1.02, 1.015, 0.97, 1.04, 1.005].map((v) => v * scale);
  const run = (baseWalls: number[], candWalls: number[], yaml: string, hostB = 'host-A', hostC = 'host-A') =>
    compareResults({
      baseline: resultOf(c, 'fp', {
        bench: bench({ wall_seconds: baseWalls, peak_rss_bytes: baseWalls.map((w) => w * 1e9) }, hostB),
      }),
      candidate: resultOf(c, 'fp', {
        bench: bench({ wall_seconds: candWalls, peak_rss_bytes: candWalls.map((w) => w * 1e9) }, hostC),
      }),
      baselineExamples: null,
      candidateExamples: null,
      config: cfg(yaml),
    });
  const yaml = 'metrics:\n  bench.wall_seconds: { max_regression: "10%" }\n';

  it('fails a clear slowdown beyond the tolerance; reports medians, ratio CI and the exact test', () => {
    const gate = run(walls(1), walls(1.3), yaml);
    const [check] = gate.checks;
    expect(check).toMatchObject({
      metric: 'bench.wall_seconds',
      verdict: 'fail',
      test: 'mann-whitney-exact',
    });
    expect(check.baseline).toBeCloseTo(1.0075, 12); // median of the measured runs (warm-up ignored)
    expect(check.candidate).toBeCloseTo(1.0075 * 1.3, 12);
    expect(check.ci![0]).toBeGreaterThan(0);
    expect(check.reason).toMatch(/median ratio ×1\.3/);
  });

  it('passes noise and a slowdown within the tolerance; improved on a clear speed-up', () => {
    expect(run(walls(1), walls(1).reverse(), yaml).checks[0].verdict).toBe('pass');
    expect(run(walls(1), walls(1.05), yaml).checks[0].verdict).toBe('pass');
    expect(run(walls(1), walls(0.7), yaml).checks[0].verdict).toBe('improved');
  });

  it('host mismatch: failure downgraded to a warning unless host_mismatch: compare', () => {
    const gate = run(walls(1), walls(1.3), yaml, 'host-A', 'host-B');
    expect(gate.checks[0].verdict).toBe('warn');
    expect(gate.warnings.join(' ')).toMatch(/different host/);
    const strict = run(walls(1), walls(1.3), 'host_mismatch: compare\n' + yaml, 'host-A', 'host-B');
    expect(strict.checks[0].verdict).toBe('fail');
  });

  it('sizes: max 2GiB on the candidate median', () => {
    const gate = run(walls(1), walls(2.5), 'metrics:\n  bench.peak_rss_bytes: { max: 2GiB }\n');
    expect(gate.checks[0]).toMatchObject({ verdict: 'fail', threshold: 'max 2GiB' });
  });
});

describe('gateExitCode', () => {
  it('maps verdicts under fail_on', () => {
    expect(gateExitCode('fail', 'fail')).toBe(1);
    expect(gateExitCode('warn', 'fail')).toBe(0);
    expect(gateExitCode('warn', 'warn')).toBe(1);
    expect(gateExitCode('fail', 'never')).toBe(0);
    expect(gateExitCode('no-baseline', 'warn')).toBe(0);
    expect(gateExitCode('pass', 'warn')).toBe(0);
  });
});
