import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../src/compare/stats/prng.js';
import { expectNoCrash, parseJson, runCli, tempDir, writeFixture } from '../cli/helpers.js';

// `model-gate monitor` through the CLI bundle, on real files written here from a seeded generator.
const dir = tempDir('model-gate-monitor-');

/** A window of n served predictions: logit ~ N(shift, 1), 2 % timeouts, latency 10 + id mod 90 ms. */
function windowLines(n: number, seed: number, shift: number): string[] {
  const rng = new Rng(seed);
  const lines = ['id,p_cat,p_dog,prediction,latency_ms,error'];
  for (let i = 0; i < n; i++) {
    const u = 1 - rng.nextFloat();
    const z = shift + Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
    const p = 1 / (1 + Math.exp(-z));
    const error = rng.nextFloat() < 0.02 ? 'timeout' : '';
    lines.push(
      `r${i},${(1 - p).toFixed(6)},${p.toFixed(6)},${p > 0.5 ? 'dog' : 'cat'},${10 + (i % 90)},${error}`,
    );
  }
  return lines;
}

let reference: string;
let same: string;
let shifted: string;
beforeAll(() => {
  reference = writeFixture(dir, 'reference.csv', windowLines(3000, 1, 0));
  same = writeFixture(dir, 'same.csv', windowLines(3000, 2, 0));
  shifted = writeFixture(dir, 'shifted.csv', windowLines(3000, 3, 0.8));
});

const out = (name: string): string[] => ['--out-dir', join(dir, name)];

describe('model-gate monitor', () => {
  it('identical populations: no alarm, exit 0, every column compared', async () => {
    const run = await runCli([
      'monitor',
      '--window',
      same,
      '--reference',
      reference,
      '--format',
      'json',
      ...out('a'),
    ]);
    expectNoCrash(run);
    expect(run.code).toBe(0);
    const r = parseJson(run);
    expect(r.schema).toBe('model-gate/monitor@1');
    expect(r.alarm).toBe(false);
    expect(r.drift.columns.map((c: { column: string }) => c.column)).toEqual([
      'p_cat',
      'p_dog',
      'prediction',
    ]);
    const pred = r.drift.columns[2];
    expect(pred).toMatchObject({ type: 'categorical', ks: null, wasserstein: null, bins: 2 });
    expect(r.drift.columns[0]).toMatchObject({ type: 'continuous', bins: 10, n: 3000, reference_n: 3000 });
    expect(readFileSync(join(dir, 'a', 'monitor.json'), 'utf8')).toBe(run.stdout);
  });

  it('a window compared with itself: every statistic is 0', async () => {
    const run = await runCli([
      'monitor',
      '--window',
      same,
      '--reference',
      same,
      '--format',
      'json',
      ...out('b'),
    ]);
    expect(run.code).toBe(0);
    for (const c of parseJson(run).drift.columns) {
      expect(c.psi).toBe(0);
      expect(c.js).toBe(0);
      if (c.type === 'continuous') expect([c.ks, c.wasserstein]).toEqual([0, 0]);
    }
  });

  it('a shifted window alarms (exit 1) and names the drifted columns', async () => {
    const om = join(dir, 'c', 'monitor.om.txt');
    const run = await runCli([
      'monitor',
      '--window',
      shifted,
      '--reference',
      reference,
      '--format',
      'markdown',
      '--openmetrics',
      om,
      ...out('c'),
    ]);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('🔴 alarm');
    expect(run.stdout).toMatch(/p\\_dog drifted: PSI 0\.\d+, at least 0\.\d+ with 95% confidence/);
    const r = JSON.parse(readFileSync(join(dir, 'c', 'monitor.json'), 'utf8'));
    expect(r.alarm).toBe(true);
    expect(r.drift.columns.every((c: { alarm: boolean }) => c.alarm)).toBe(true);
    const text = readFileSync(om, 'utf8');
    expect(text).toMatch(/^model_gate_monitor_alarm\{gate="model-gate"\} 1$/m);
    expect(text).toMatch(/^model_gate_monitor_drift_alarm\{gate="model-gate",column="p_dog"\} 1$/m);
    expect(text).toMatch(
      /^model_gate_monitor_drift\{gate="model-gate",column="p_dog",statistic="psi"\} 0\.\d+$/m,
    );
    expect(text.endsWith('# EOF\n')).toBe(true);
  });

  it('errors and latency: rate, types, numpy-linear percentiles', async () => {
    const lines = ['id,p_1,latency_ms,error'];
    for (let i = 1; i <= 100; i++)
      lines.push(`r${i},${(i % 10) / 10},${i},${i % 25 === 0 ? 'oom' : i % 10 === 0 ? 'timeout' : ''}`);
    const w = writeFixture(dir, 'ops.csv', lines);
    const run = await runCli([
      'monitor',
      '--window',
      w,
      '--reference',
      w,
      '--latency-column',
      'latency_ms',
      '--error-column',
      'error',
      '--max-error-rate',
      '0.05',
      '--format',
      'json',
      ...out('d'),
    ]);
    expect(run.code).toBe(1); // 12 % failed > 5 %
    const r = parseJson(run);
    expect(r.errors).toMatchObject({ rows: 100, failed: 12, rate: 0.12 });
    expect(r.errors.types).toEqual([
      { type: 'timeout', count: 8 },
      { type: 'oom', count: 4 },
    ]);
    // np.percentile(np.arange(1, 101), [50, 90, 99]) = 50.5, 90.1, 99.01
    expect(r.latency.p50).toBeCloseTo(50.5, 12);
    expect(r.latency.p90).toBeCloseTo(90.1, 12);
    expect(r.latency.p99).toBeCloseTo(99.01, 12);
    expect(r.alarms.join(' ')).toContain('error rate 12.00%');
  });

  it(
    "the release's run folder is a reference; delayed labels give the task's metrics",
    { timeout: 60_000 },
    async () => {
      const lines = windowLines(800, 4, 0);
      const labelled = [
        lines[0] + ',label',
        ...lines.slice(1).map((l, i) => `${l},${i % 3 === 0 ? 'cat' : 'dog'}`),
      ];
      const release = writeFixture(dir, 'release.csv', labelled);
      const gate = await runCli([
        'run',
        '--predictions',
        release,
        '--score-prefix',
        'p_',
        '--out-dir',
        join(dir, 'rel'),
      ]);
      expect(gate.code, gate.stderr).toBe(0);
      const labels = writeFixture(dir, 'labels.csv', [
        'id,label',
        'r0,cat',
        'r1,dog',
        'r2,dog',
        'r3,cat',
        'r4,dog',
      ]);
      const run = await runCli([
        'monitor',
        '--window',
        same,
        '--reference',
        join(dir, 'rel'),
        '--labels',
        labels,
        '--format',
        'json',
        ...out('e'),
      ]);
      expectNoCrash(run);
      expect(run.code, run.stderr).toBe(0);
      const r = parseJson(run);
      expect(r.reference).toMatchObject({ kind: 'result', rows: 800, task: 'binary' });
      // Binary: the sidecar keeps the positive class's scores; p_cat is 1 − p_dog.
      expect(r.drift.columns.map((c: { column: string }) => c.column)).toEqual(['p_dog', 'prediction']);
      expect(r.warnings.join(' ')).toContain('p_cat: not monitored');
      expect(r.performance).toMatchObject({ n: 5, task: 'binary' });
      expect(typeof r.performance.metrics.accuracy).toBe('number');
      expect(typeof r.performance.reference_metrics.accuracy).toBe('number');
    },
  );
});

describe('model-gate monitor: JSON Lines', () => {
  it('reads a JSONL window; a failed request may have null scores', async () => {
    const rows = [];
    for (let i = 0; i < 200; i++)
      rows.push(
        JSON.stringify(
          i % 20 === 0
            ? { id: `r${i}`, p_1: null, prediction: null, error: 'unavailable' }
            : { id: `r${i}`, p_1: (i % 10) / 10, prediction: i % 10 >= 5 ? 'yes' : 'no', error: null },
        ),
      );
    const w = writeFixture(dir, 'window.jsonl', rows);
    const run = await runCli([
      'monitor',
      '--window',
      w,
      '--reference',
      w,
      '--error-column',
      'error',
      '--format',
      'json',
      ...out('j'),
    ]);
    expectNoCrash(run);
    expect(run.code, run.stderr).toBe(0);
    const r = parseJson(run);
    expect(r.errors).toMatchObject({ rows: 200, failed: 10, types: [{ type: 'unavailable', count: 10 }] });
    expect(r.drift.columns[0]).toMatchObject({ column: 'p_1', n: 190, missing: 10, psi: 0 });
    expect(r.drift.columns[1]).toMatchObject({ column: 'prediction', type: 'categorical', n: 190 });
  });
});

describe('model-gate monitor: bad input is exit 2 with a clear message', () => {
  const bad = async (args: string[], message: RegExp): Promise<void> => {
    const run = await runCli(['monitor', ...args, ...out('bad')]);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  };

  it('a score that is not a number: file, line, column, what was found', async () => {
    const w = writeFixture(dir, 'badscore.csv', ['id,p_1', 'a,0.5', 'b,high']);
    await bad(
      ['--window', w, '--reference', reference],
      /badscore\.csv, line 3, column "p_1": expected a score \(a finite number\), found "high"/,
    );
  });

  it('a reference without the monitored column', async () => {
    const w = writeFixture(dir, 'other.csv', ['id,p_bird', 'a,0.5']);
    await bad(['--window', w, '--reference', reference], /reference\.csv.*column "p_bird".*column not found/);
  });

  it('nothing to monitor, a missing flag, a bad tolerance, a result without sidecar, a missing file', async () => {
    const w = writeFixture(dir, 'nothing.csv', ['id,x', 'a,1']);
    await bad(['--window', w, '--reference', w], /nothing to monitor/);
    await bad(['--reference', reference], /--window is required/);
    await bad(
      ['--window', same, '--reference', reference, '--drift-tolerance', 'lots'],
      /--drift-tolerance: "lots" is not a PSI tolerance/,
    );
    const ev = await runCli([
      'evaluate',
      '--predictions',
      join(dir, 'release.csv'),
      '--score-prefix',
      'p_',
      '--out',
      join(dir, 'bare', 'result.json'),
    ]);
    expect(ev.code, ev.stderr).toBe(0);
    await bad(['--window', same, '--reference', join(dir, 'bare')], /no per-example sidecar/);
    await bad(['--window', join(dir, 'absent.csv'), '--reference', reference], /absent\.csv/);
  }, 120_000);
});
