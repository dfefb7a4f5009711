import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  gpuFigures,
  latencyFigures,
  modifiedZScores,
  parseAppLine,
  parseGnuTimeReport,
  parseGpuLine,
  parseLatencies,
  percentileSorted,
  summarize,
  wallTimeWarnings,
} from '../../src/bench/index.js';
import type { GpuAppSample, GpuSample } from '../../src/bench/gpu.js';

describe('statistics', () => {
  it('percentiles match numpy (linear)', () => {
    const x = [1, 2, 3, 4, 5];
    // numpy.percentile([1,2,3,4,5], [50, 90, 95, 99]) = [3, 4.6, 4.8, 4.96]
    expect(percentileSorted(x, 50)).toBe(3);
    expect(percentileSorted(x, 90)).toBeCloseTo(4.6, 12);
    expect(percentileSorted(x, 95)).toBeCloseTo(4.8, 12);
    expect(percentileSorted(x, 99)).toBeCloseTo(4.96, 12);
    expect(percentileSorted([7], 99)).toBe(7);
  });

  it('summarizes with the sample standard deviation', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({
      median: 2.5,
      mean: 2.5,
      stddev: Math.sqrt(5 / 3),
      min: 1,
      max: 4,
      n: 4,
    });
    expect(summarize([5])).toEqual({ median: 5, mean: 5, stddev: 0, min: 5, max: 5, n: 1 });
  });

  it("uses hyperfine's modified z-scores for outliers and a slow first run", () => {
    const z = modifiedZScores([1.0, 1.01, 0.99, 1.0, 1.02, 2.0])!;
    expect(z[5]).toBeCloseTo(0.995 / (1.4826 * 0.01), 9);
    expect(modifiedZScores([1, 1, 1])).toBeNull();
    const outliers = wallTimeWarnings([1.0, 1.01, 0.99, 1.0, 1.02, 2.0], 1);
    expect(outliers).toHaveLength(1);
    expect(outliers[0]).toMatch(/outliers.*run 6/);
    const slow = wallTimeWarnings([3.0, 1.0, 1.01, 0.99, 1.0], 0);
    expect(slow).toHaveLength(1);
    expect(slow[0]).toMatch(/first measured run was much slower.*--warmup/);
    expect(wallTimeWarnings([1.0, 1.01, 0.99, 1.0, 1.02], 1)).toEqual([]);
  });
});

describe('latency file', () => {
  it('reads one number per line or a JSON array', () => {
    const a = parseLatencies('5\n1\r\n\n# comment\n3\n2\n4\n', 'lat.txt');
    expect(Array.from(a)).toEqual([5, 1, 3, 2, 4]);
    const f = latencyFigures(a, 2);
    expect(f.latency_ms_p50).toBe(3);
    expect(f.latency_ms_p90).toBeCloseTo(4.6, 12);
    expect(f.latency_ms_p95).toBeCloseTo(4.8, 12);
    expect(f.latency_ms_p99).toBeCloseTo(4.96, 12);
    expect(f.throughput_per_second).toBe(2.5);
    expect(Array.from(parseLatencies(' [1.5, 2, 3e1] ', 'lat.json'))).toEqual([1.5, 2, 30]);
  });

  it('names the file and line of a bad value', () => {
    expect(() => parseLatencies('1\nabc\n', 'lat.txt')).toThrow(InputError);
    expect(() => parseLatencies('1\nabc\n', 'lat.txt')).toThrow(/lat\.txt, line 2: found "abc"/);
    expect(() => parseLatencies('[1, "x"]', 'lat.json')).toThrow(
      /lat\.json: element 2 of the JSON array is "x"/,
    );
    expect(() => parseLatencies('[1, 2', 'lat.json')).toThrow(/lat\.json: not valid JSON/);
    expect(() => parseLatencies('\n', 'lat.txt')).toThrow(/lat\.txt: the latency file is empty/);
    expect(() => parseLatencies('-1', 'lat.txt')).toThrow(/line 1/);
  });
});

describe('GNU time report', () => {
  it('parses exit status, signal and kilobytes', () => {
    expect(parseGnuTimeReport('model-gate-rusage 1.50 1.20 0.30 204800 0\n')).toEqual({
      elapsedSeconds: 1.5,
      userSeconds: 1.2,
      systemSeconds: 0.3,
      maxRssBytes: 204800 * 1024,
      exitCode: 0,
      signalNumber: null,
    });
    const failed = parseGnuTimeReport(
      'Command exited with non-zero status 3\nmodel-gate-rusage 0.00 0.00 0.00 1608 3\n',
    );
    expect(failed?.exitCode).toBe(3);
    const killed = parseGnuTimeReport(
      'Command terminated by signal 9\nmodel-gate-rusage 0.00 0.00 0.00 1544 0\n',
    );
    expect(killed).toMatchObject({ exitCode: null, signalNumber: 9 });
    expect(parseGnuTimeReport('')).toBeNull();
  });
});

describe('nvidia-smi output', () => {
  it('parses query lines, [N/A] and non-data lines', () => {
    expect(parseGpuLine('0, NVIDIA H100 80GB HBM3, 37, 1024, 81559, 535.104.05')).toEqual({
      index: 0,
      name: 'NVIDIA H100 80GB HBM3',
      utilizationPercent: 37,
      memoryUsedMiB: 1024,
      memoryTotalMiB: 81559,
      driver: '535.104.05',
    });
    expect(parseGpuLine('3, NVIDIA A100-SXM4-40GB MIG 1g.5gb, [N/A], 10, 40960, 550.54.15')).toMatchObject({
      index: 3,
      utilizationPercent: null,
      memoryUsedMiB: 10,
    });
    expect(
      parseGpuLine("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."),
    ).toBeNull();
    expect(parseAppLine('4242, 2048')).toEqual({ pid: 4242, usedMemoryMiB: 2048 });
    expect(parseAppLine('4242, [N/A]')).toBeNull();
    expect(parseAppLine('No running processes found')).toBeNull();
  });

  it('computes utilisation mean/max, the device memory peak per cycle and per-process peaks', () => {
    const g = (t: number, cycle: number, index: number, util: number, mem: number): GpuSample => ({
      t,
      cycle,
      index,
      name: 'GPU',
      utilizationPercent: util,
      memoryUsedMiB: mem,
      memoryTotalMiB: 81559,
      driver: '1',
    });
    const gpu = [
      g(5, 0, 0, 99, 9999), // before the run: ignored
      g(10, 1, 0, 0, 100),
      g(10, 1, 1, 10, 500),
      g(20, 2, 0, 50, 2000),
      g(20, 2, 1, 10, 500),
      g(30, 3, 0, 100, 4000),
      g(30, 3, 1, 30, 100),
      g(45, 4, 0, 100, 8000), // after the run: ignored
    ];
    const apps: GpuAppSample[] = [
      { t: 12, pid: 7, usedMemoryMiB: 512 },
      { t: 22, pid: 7, usedMemoryMiB: 1024 },
      { t: 22, pid: 1, usedMemoryMiB: 300 }, // not in the tree
      { t: 50, pid: 7, usedMemoryMiB: 4096 }, // after the run
    ];
    const f = gpuFigures(gpu, apps, 10, 40, new Set([7, 8]));
    expect(f.gpu_utilization_percent).toBeCloseTo((0 + 10 + 50 + 10 + 100 + 30) / 6, 12);
    expect(f.gpu_utilization_max_percent).toBe(100);
    expect(f.gpu_memory_peak_bytes).toBe(4100 * 1024 * 1024);
    expect(f.gpu_process_memory_peak_bytes).toEqual({ '7': 1024 * 1024 * 1024 });
    expect(gpuFigures(gpu, apps, 100, 200, new Set())).toEqual({
      gpu_utilization_percent: null,
      gpu_utilization_max_percent: null,
      gpu_memory_peak_bytes: null,
    });
  });
});
