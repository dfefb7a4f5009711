import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadGateConfig,
  metricDeclaration,
  parseDuration,
  parseGateConfig,
  parseSize,
  rulesForTask,
} from '../../src/config/index.js';
import { UsageError } from '../../src/errors.js';
import {
  CLASSIFICATION_METRICS,
  BINARY_METRICS,
  PROBABILITY_METRICS,
  BINARY_PROBABILITY_METRICS,
  REGRESSION_METRICS,
} from '../../src/evaluate/metrics/index.js';

const parse = (text: string) => parseGateConfig(text, 'gate.yml');
const error = (text: string): string => {
  try {
    parse(text);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('gate.yml', () => {
  it('parses the CONTRACT example', () => {
    const c = parse(`significance: 0.05     # alpha
fail_on: fail
metrics:
  accuracy: { min: 0.90, max_regression: 0.005 }   # absolute points
  f1_macro: { max_regression: "1%" }                # relative
  log_loss: { max: 0.40 }
  bench.wall_seconds: { max_regression: "10%" }
  bench.peak_rss_bytes: { max: 2GiB, max_regression: "15%" }
`);
    expect(c.significance).toBe(0.05);
    expect(c.fail_on).toBe('fail');
    expect(c.multiple_comparisons).toBe('holm');
    expect(c.host_mismatch).toBe('warn');
    expect(c.bootstrap).toEqual({ resamples: 2000, seed: 1 });
    expect(c.metrics).toEqual([
      {
        metric: 'accuracy',
        line: 4,
        min: 0.9,
        max_regression: { kind: 'absolute', value: 0.005, text: '0.005' },
      },
      { metric: 'f1_macro', line: 5, max_regression: { kind: 'relative', value: 0.01, text: '1%' } },
      { metric: 'log_loss', line: 6, max: 0.4 },
      {
        metric: 'bench.wall_seconds',
        line: 7,
        max_regression: { kind: 'relative', value: 0.1, text: '10%' },
      },
      {
        metric: 'bench.peak_rss_bytes',
        line: 8,
        max: 2 * 1024 ** 3,
        max_regression: { kind: 'relative', value: 0.15, text: '15%' },
      },
    ]);
  });

  it('reads every option, sizes and durations in the metric unit', () => {
    const c = parse(`significance: off
fail_on: warn
multiple_comparisons: none
host_mismatch: compare
bootstrap: { resamples: 5000, seed: 42 }
metrics:
  bench.peak_tree_rss_bytes: { max: 1.5 GB, max_regression: 500MB }
  bench.wall_seconds: { max: 2s, max_regression: 200ms }
  bench.latency_ms_p99: { max: 1.5s, max_regression: 10 ms }
  accuracy: { min: "90%", max_regression: 10 % }
  mcc:
`);
    expect(c.significance).toBeNull();
    expect(c).toMatchObject({
      fail_on: 'warn',
      multiple_comparisons: 'none',
      host_mismatch: 'compare',
      bootstrap: { resamples: 5000, seed: 42 },
    });
    const [rss, wall, lat, acc, mcc] = c.metrics;
    expect(rss).toMatchObject({ max: 1.5e9, max_regression: { kind: 'absolute', value: 5e8 } });
    expect(wall).toMatchObject({ max: 2, max_regression: { kind: 'absolute', value: 0.2, text: '200ms' } });
    expect(lat).toMatchObject({ max: 1500, max_regression: { kind: 'absolute', value: 10 } });
    expect(acc).toMatchObject({ min: 0.9, max_regression: { kind: 'relative', value: 0.1 } });
    expect(mcc.max_regression).toEqual({ kind: 'absolute', value: 0, text: '0' });
  });

  it('defaults: no file = the primary metric with max_regression 0 at α = 0.05', async () => {
    const c = await loadGateConfig();
    expect(c.significance).toBe(0.05);
    expect(c.source).toBeNull();
    expect(rulesForTask(c, 'binary')).toEqual([
      { metric: 'accuracy', max_regression: { kind: 'absolute', value: 0, text: '0' } },
    ]);
    expect(rulesForTask(c, 'regression')[0].metric).toBe('rmse');
    const onlyAlpha = parse('significance: 0.01\n');
    expect(rulesForTask(onlyAlpha, 'multiclass')[0].metric).toBe('accuracy');
    expect(parse('').default_metrics).toBe(true);
  });

  it('loads from a file and names it in errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'model-gate-config-'));
    const f = join(dir, 'gate.yml');
    await writeFile(f, 'metrics:\n  accuracy: { max_regression: 0.01 }\n');
    expect((await loadGateConfig(f)).metrics[0].metric).toBe('accuracy');
    await writeFile(f, '\n\nmetrics:\n  acuracy: { min: 0.9 }\n');
    await expect(loadGateConfig(f)).rejects.toThrow(
      `${f}, line 4: unknown metric "acuracy"; did you mean "accuracy"?`,
    );
    await expect(loadGateConfig(join(dir, 'nope.yml'))).rejects.toThrow(/config file not found: .*nope\.yml/);
  });

  it('every error message a user can see', () => {
    expect(error('metrics:\n  acuracy: { min: 0.9 }\n')).toBe(
      'gate.yml, line 2: unknown metric "acuracy"; did you mean "accuracy"?',
    );
    expect(error('metrics:\n  wall_seconds: { max: 1 }\n')).toBe(
      'gate.yml, line 2: unknown metric "wall_seconds"; did you mean "bench.wall_seconds"?',
    );
    expect(error('metrics:\n  bench.peak_rss_bytes: { max: 2 gigs }\n')).toBe(
      'gate.yml, line 2: metrics.bench.peak_rss_bytes.max: "2 gigs" is not valid; expected a size such as 2GiB or 500MB',
    );
    expect(error('metrics:\n  bench.wall_seconds: { max_regression: 2 fortnights }\n')).toMatch(
      /^gate.yml, line 2: metrics.bench.wall_seconds.max_regression: "2 fortnights" is not valid; expected a duration such as 200ms or 2s, or a percentage such as "10%"$/,
    );
    expect(error('metrics:\n  accuracy: { min: 90 }\n')).toBe(
      'gate.yml, line 2: metrics.accuracy.min: 90 is out of range; accuracy is a proportion between 0 and 1 (did you mean 0.9 or "90%"?)',
    );
    expect(error('metrics:\n  accuracy: { max_regression: -0.01 }\n')).toMatch(
      /line 2: metrics.accuracy.max_regression: -0.01 is negative/,
    );
    expect(error('metrics:\n  accuracy: { max_regression: "-1%" }\n')).toMatch(/"-1%" is negative/);
    expect(error('metrics:\n  accuracy: { max_regression: lots }\n')).toBe(
      'gate.yml, line 2: metrics.accuracy.max_regression: "lots" is not valid; expected an absolute amount such as 0.005 or "1%" (relative)',
    );
    expect(error('metrics:\n  accuracy: { max_regresion: 0.01 }\n')).toBe(
      'gate.yml, line 2: metrics.accuracy: unknown rule "max_regresion"; did you mean "max_regression"? (rules: min, max, max_regression)',
    );
    expect(error('metrics:\n  accuracy: { min: 0.9, max: 0.8 }\n')).toMatch(
      /line 2: metrics.accuracy: min 0.9 is greater than max 0.8/,
    );
    expect(error('metrics:\n  accuracy: 0.005\n')).toMatch(
      /^gate.yml, line 2: metrics.accuracy: expected a mapping such as \{ max_regression: /,
    );
    expect(error('metrics:\n  log_loss: { max: "5%" }\n')).toMatch(
      /a percentage is only meaningful for max_regression here/,
    );
    expect(error('metrics: {}\n')).toMatch(/line 1: metrics: no metric listed/);
    expect(error('metrics: accuracy\n')).toMatch(/line 1: metrics: expected a mapping of metric name → rule/);
    expect(error('significance: 5\n')).toBe(
      'gate.yml, line 1: significance: 5 is not valid; expected a number between 0 and 1 such as 0.05, or "off" for plain thresholds (did you mean 0.05 or "5%"?)',
    );
    expect(error('significance: maybe\n')).toMatch(/significance: "maybe" is not valid/);
    expect(error('significance: 0\n')).toMatch(/significance: 0 is not valid/);
    expect(error('fail_on: fial\n')).toBe(
      'gate.yml, line 1: fail_on: "fial" is not one of fail, warn, never; did you mean "fail"?',
    );
    expect(error('multiple_comparisons: bonferroni\n')).toMatch(
      /multiple_comparisons: "bonferroni" is not one of holm, none/,
    );
    expect(error('host_mismatch: ignore\n')).toMatch(/host_mismatch: "ignore" is not one of warn, compare/);
    expect(error('signifcance: off\n')).toMatch(
      /^gate.yml, line 1: unknown setting "signifcance"; did you mean "significance"\?/,
    );
    expect(error('bootstrap: { resamples: 10 }\n')).toMatch(
      /bootstrap.resamples: 10 is not valid; expected a whole number from 100 to 1000000/,
    );
    expect(error('bootstrap: { seed: -1 }\n')).toMatch(/bootstrap.seed: -1 is not valid/);
    expect(error('bootstrap: { seeds: 1 }\n')).toMatch(
      /bootstrap: unknown setting "seeds"; did you mean "seed"\?/,
    );
    expect(error('metrics:\n  accuracy: {min: 0.9\n')).toMatch(
      /^gate.yml, line \d+, column \d+: invalid YAML: /,
    );
    expect(error('metrics:\n  accuracy: {}\n  accuracy: {}\n')).toMatch(
      /^gate\.yml, line 3: duplicate key "accuracy"/,
    );
    expect(error('- accuracy\n')).toMatch(/line 1: expected a mapping of settings/);
  });

  it('lenient where unambiguous', () => {
    expect(parse('significance: "5%"\n').significance).toBe(0.05);
    expect(parse('significance: false\n').significance).toBeNull();
    expect(parse('fail_on: WARN\n').fail_on).toBe('warn');
    expect(parse('metrics:\n  bench.peak_rss_bytes: { max: 2gib }\n').metrics[0].max).toBe(2 * 1024 ** 3);
    expect(
      parse('metrics:\n  accuracy: { max_regression: "0.5 %" }\n').metrics[0].max_regression,
    ).toMatchObject({ kind: 'relative', value: 0.005 });
  });

  it('sizes and durations', () => {
    expect(parseSize('2GiB')).toBe(2147483648);
    expect(parseSize('500MB')).toBe(5e8);
    expect(parseSize('1.5 GB')).toBe(1.5e9);
    expect(parseSize('1024')).toBe(1024);
    expect(parseSize('2 gigs')).toBeUndefined();
    expect(parseDuration('200ms')).toBeCloseTo(0.2, 15);
    expect(parseDuration('2s')).toBe(2);
    expect(parseDuration('1.5 min')).toBe(90);
    expect(parseDuration('250us')).toBeCloseTo(2.5e-4, 18);
    expect(parseDuration('2 fortnights')).toBeUndefined();
  });

  it('the registry declares every metric name the metrics module produces', () => {
    const names = [
      ...CLASSIFICATION_METRICS,
      ...BINARY_METRICS,
      ...PROBABILITY_METRICS,
      ...BINARY_PROBABILITY_METRICS,
      ...REGRESSION_METRICS,
    ];
    for (const n of names) expect(metricDeclaration(n), n).toBeDefined();
    for (const f of [
      'wall_seconds',
      'cpu_seconds',
      'cpu_user_seconds',
      'cpu_system_seconds',
      'peak_rss_bytes',
      'peak_tree_rss_bytes',
      'gpu_utilization_percent',
      'gpu_memory_peak_bytes',
      'latency_ms_p50',
      'latency_ms_p90',
      'latency_ms_p95',
      'latency_ms_p99',
      'throughput_per_second',
    ])
      expect(metricDeclaration(`bench.${f}`), f).toBeDefined();
    expect(metricDeclaration('log_loss')?.direction).toBe('lower');
    expect(metricDeclaration('bench.throughput_per_second')?.direction).toBe('higher');
  });
});
