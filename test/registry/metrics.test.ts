import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  BENCH_FIELD_NAMES,
  METRIC_DECLARATIONS,
  metricDeclaration,
  metricsForTask,
} from '../../src/registry/metrics.js';
import {
  BINARY_METRICS,
  BINARY_PROBABILITY_METRICS,
  CLASSIFICATION_METRICS,
  PROBABILITY_METRICS,
  REGRESSION_METRICS,
  TEXT_METRICS,
  RANKING_METRICS,
} from '../../src/evaluate/metrics/names.js';
import { BENCH_SUMMARY_FIELDS } from '../../src/result/schema.js';
import { BENCH_FIELDS, FAMILIES, toOpenMetrics } from '../../src/publish/openmetrics.js';
import { formatDelta, formatMetricValue } from '../../src/report/format.js';
import { parseGateConfig } from '../../src/config/index.js';
import {
  QUANTITY_UNITS,
  formatAmount,
  formatChange,
  formatQuantity,
  parseQuantity,
} from '../../src/util/quantity.js';
import type { Result } from '../../src/result/schema.js';

const fixture = (name: string): Result =>
  JSON.parse(readFileSync(new URL(`../fixtures/report/${name}`, import.meta.url), 'utf8')) as Result;

describe('metric registry', () => {
  test('every metric a result carries has a declaration for its task, and vice versa', () => {
    for (const [file, task] of [
      ['binary-gate.json', 'binary'],
      ['multiclass.json', 'multiclass'],
      ['regression.json', 'regression'],
    ] as const) {
      const r = fixture(file);
      const computed = Object.keys(r.metrics).sort();
      const declared = metricsForTask(task)
        .map((d) => d.name)
        .sort();
      for (const m of computed) expect(metricDeclaration(m)?.tasks, `${file}: ${m}`).toContain(task);
      // Declared metrics the result lacks must be the ones that need scores it did not have.
      for (const m of declared.filter((n) => !computed.includes(n)))
        expect(metricDeclaration(m)!.input, `${file}: ${m} declared but not computed`).not.toBe('labels');
    }
    const engineNames = [
      ...CLASSIFICATION_METRICS,
      ...BINARY_METRICS,
      ...PROBABILITY_METRICS,
      ...BINARY_PROBABILITY_METRICS,
      ...REGRESSION_METRICS,
      ...TEXT_METRICS,
      ...RANKING_METRICS,
    ].sort();
    const quality = METRIC_DECLARATIONS.filter((d) => !d.tasks.includes('bench'))
      .map((d) => d.name)
      .sort();
    expect(engineNames).toEqual(quality);
  });

  test('names are unique; every unit has a formatter and parser; OpenMetrics families are valid', () => {
    const names = METRIC_DECLARATIONS.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const u of QUANTITY_UNITS) {
      expect(formatQuantity(1.5, u), u).not.toBe('');
      expect(formatChange(2.5, u), u).toMatch(/^\+/);
      expect(formatAmount(-2.5, u), u).not.toMatch(/^-/);
      expect(parseQuantity('0.5', u), u).toBe(0.5);
    }
    for (const d of METRIC_DECLARATIONS) {
      expect(QUANTITY_UNITS, d.name).toContain(d.unit);
      expect(d.openmetrics.family, d.name).toMatch(/^model_gate_[a-z0-9_]+$/);
      for (const k of Object.keys(d.openmetrics.labels)) expect(k).toMatch(/^[a-zA-Z_][a-zA-Z0-9_]*$/);
      expect(FAMILIES[d.openmetrics.family], d.name).toBe(d.openmetrics.help);
      expect(d.label.length, d.name).toBeGreaterThan(0);
    }
  });

  test('the bench summary fields and OpenMetrics bench families are the bench declarations', () => {
    expect([...BENCH_SUMMARY_FIELDS]).toEqual([...BENCH_FIELD_NAMES]);
    expect([...BENCH_FIELDS.keys()]).toEqual([...BENCH_FIELD_NAMES]);
    expect(BENCH_FIELDS.get('latency_ms_p99')).toEqual({
      family: 'model_gate_bench_latency_seconds',
      divisor: 1000,
      labels: { quantile: '0.99' },
    });
    expect(BENCH_FIELDS.get('gpu_utilization_percent')?.divisor).toBe(100);
  });

  test('a declared metric is known to gate.yml validation, the reports and OpenMetrics', () => {
    // Every declaration, including the last one added, is accepted by gate.yml with its unit's syntax.
    for (const d of METRIC_DECLARATIONS) {
      const value = d.unit === 'bytes' ? '100MB' : d.unit === 'seconds' ? '200ms' : '"1%"';
      const cfg = parseGateConfig(`metrics:\n  ${d.name}: { max_regression: ${value} }\n`, 'gate.yml');
      expect(cfg.metrics[0].metric).toBe(d.name);
    }
    expect(() => parseGateConfig('metrics:\n  acuracy: {}\n', 'gate.yml')).toThrow(/did you mean "accuracy"/);
    // Reports take the unit from the declaration.
    expect(formatDelta('bench.peak_rss_bytes', 4.001e7)).toBe('+38.16 MiB');
    expect(formatDelta('accuracy', -0.0123)).toBe('-1.23 pts');
    expect(formatMetricValue('bench.latency_ms_p50', 0.7675)).toBe('767.5 µs');
    // OpenMetrics writes a declared metric from its declaration.
    const r = fixture('regression.json');
    const text = toOpenMetrics(r, { gate: 'g' });
    expect(text).toMatch(/^model_gate_metric\{gate="g",.*metric="rmse".*\} /m);
  });
});

describe('quantity parser', () => {
  test('sizes, durations, points, rates', () => {
    expect(parseQuantity('2GiB', 'bytes')).toBe(2 * 1024 ** 3);
    expect(parseQuantity('500MB', 'bytes')).toBe(5e8);
    expect(parseQuantity('200ms', 'seconds')).toBeCloseTo(0.2);
    expect(parseQuantity('2s', 'milliseconds')).toBe(2000);
    expect(parseQuantity('1.5pp', 'proportion')).toBeCloseTo(0.015);
    expect(parseQuantity('100/s', 'per_second')).toBe(100);
    expect(parseQuantity('2GiB', 'seconds')).toBeUndefined();
    expect(parseQuantity('1.5pp', 'score')).toBeUndefined();
  });
});

describe('check reason amounts', () => {
  test('amounts are stated in the metric unit', async () => {
    const { fmtAmount } = await import('../../src/compare/describe.js');
    expect(fmtAmount('bench.peak_rss_bytes', 4.001e7)).toBe('38.16 MiB');
    expect(fmtAmount('accuracy', -0.0123)).toBe('1.23 points');
    expect(fmtAmount('bench.latency_ms_p99', 12.5)).toBe('12.50 ms');
    expect(fmtAmount('log_loss', 0.0123)).toBe('0.0123');
  });
});
