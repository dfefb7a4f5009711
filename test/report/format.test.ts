import { describe, expect, test } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatDelta,
  formatDeltaWithCi,
  formatMetric,
  formatPValue,
  formatSeconds,
  formatPercent,
  shortFingerprint,
} from '../../src/report/index.js';

describe('format', () => {
  test('metrics: 4 decimals, exponent when tiny or huge, missing as a dash', () => {
    expect(formatMetric(0.912345)).toBe('0.9123');
    expect(formatMetric(1)).toBe('1.0000');
    expect(formatMetric(-0.00001)).toBe('-1.000e-5');
    expect(formatMetric(-0.00000000001 + 0.00000000001)).toBe('0.0000');
    expect(formatMetric(123456789)).toBe('1.235e+8');
    expect(formatMetric(null)).toBe('—');
    expect(formatMetric(Number.NaN)).toBe('—');
    expect(formatMetric(Infinity)).toBe('∞');
  });

  test('p-values', () => {
    expect(formatPValue(0.0004)).toBe('< 0.001');
    expect(formatPValue(0.003)).toBe('0.003');
    expect(formatPValue(0.0499)).toBe('0.0499'); // never rounds up across α = 0.05
    expect(formatPValue(0.21)).toBe('0.210');
    expect(formatPValue(1)).toBe('1.000');
    expect(formatPValue(null)).toBe('—');
  });

  test('deltas: points for proportions, units for bench, signed', () => {
    expect(formatDelta('accuracy', -0.012)).toBe('-1.20 pts');
    expect(formatDelta('f1_macro', 0.0005)).toBe('+0.05 pts');
    expect(formatDelta('accuracy', 0)).toBe('0.00 pts');
    expect(formatDelta('log_loss', 0.0078)).toBe('+0.0078');
    expect(formatDelta('bench.wall_seconds', 0.1831)).toBe('+183.1 ms');
    expect(formatDelta('bench.peak_rss_bytes', 59098441)).toBe('+56.36 MiB');
    expect(formatDeltaWithCi('accuracy', -0.0135, [-0.0206, -0.0066])).toBe('-1.35 pts [-2.06, -0.66]');
    expect(formatDeltaWithCi('bench.wall_seconds', 0.183, [0.141, 0.236], 1.522)).toBe(
      '+183.0 ms (+12.0%) [+141.0 ms, +236.0 ms]',
    );
  });

  test('units', () => {
    expect(formatSeconds(1.23456)).toBe('1.235 s');
    expect(formatSeconds(0.0123)).toBe('12.30 ms');
    expect(formatSeconds(0.0000456)).toBe('45.60 µs');
    expect(formatSeconds(123.456)).toBe('123.5 s');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1.5 * 1024 ** 2)).toBe('1.500 MiB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2.000 GiB');
    expect(formatBytes(812.4 * 1024 ** 2)).toBe('812.4 MiB');
    expect(formatPercent(87.54)).toBe('87.5%');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(shortFingerprint('sha256:3f2a9c1b4e5d6a7b8c9d')).toBe('3f2a9c1b4e5d');
  });
});
