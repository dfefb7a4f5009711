/**
 * Interleaved A/B through the CLI bundle: `bench --against` and `run --bench-against`, on real
 * child processes that log when they ran (the A B A B order is asserted from that log), the gate
 * comparing the two series with no stored baseline, `--bench-confirm` clearing a stretch of slow
 * runs and confirming a real slowdown, and the bad inputs.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoCrash, expectUserError, parseJson, runCli, tempDir, writeFixture } from './helpers.js';

const TAGGED = resolve('test/fixtures/bench/tagged-sleep.mjs');
const tagged = (log: string, tag: string, ms: number, ...slow: number[]) =>
  [process.execPath, TAGGED, log, tag, ms, ...slow].map((a) => `'${String(a)}'`).join(' ');
const order = (log: string) => readFileSync(log, 'utf8').trim().split('\n').join('');
const GATE = 'metrics:\n  bench.wall_seconds: { max_regression: "10%" }\n';

function setup() {
  const dir = tempDir();
  writeFixture(dir, 'p.csv', ['label,prediction', '1,1', '0,0', '1,0', '0,0']);
  writeFixture(dir, 'gate.yml', GATE);
  return { dir, log: join(dir, 'order.log') };
}
const runGate = (dir: string, candidate: string, baseline: string, ...more: string[]) =>
  runCli(
    [
      'run',
      '--predictions',
      'p.csv',
      '--config',
      'gate.yml',
      '--out-dir',
      'out',
      '--bench',
      candidate,
      '--bench-against',
      baseline,
      '--bench-warmup',
      '1',
      ...more,
    ],
    { cwd: dir },
  );
const resultOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'out', 'result.json'), 'utf8'));

// In sequence: on a shared machine, concurrent tests would be each other's noise.
describe.runIf(process.platform === 'linux')('interleaved A/B (CLI bundle)', () => {
  it('bench --against: warm-ups of each, then A B A B; both series in the JSON; the text shows the comparison', async () => {
    const { dir, log } = setup();
    const r = await runCli(
      [
        'bench',
        '--runs',
        '3',
        '--warmup',
        '1',
        '--out',
        'b.json',
        '--against',
        tagged(log, 'A', 20),
        '--',
        process.execPath,
        TAGGED,
        log,
        'B',
        '120',
      ],
      { cwd: dir },
    );
    expectNoCrash(r);
    expect(r.code, r.stderr).toBe(0);
    expect(order(log)).toBe('ABABABAB');
    const bench = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'));
    expect(bench.command).toEqual([process.execPath, TAGGED, log, 'B', '120']);
    expect(bench.against.command).toEqual(['sh', '-c', tagged(log, 'A', 20)]);
    expect(bench.against.pairs).toBe(3);
    expect(bench.summary.wall_seconds.n).toBe(3);
    expect(bench.against.summary.wall_seconds.n).toBe(3);
    expect(typeof bench.against.noise_floor.wall_seconds).toBe('number');
    expect(r.stdout).toMatch(/baseline\s+Δ median\s+A\/A noise/);
    expect(r.stdout).toContain('Interleaved A/B: the baseline');
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/A\/A noise floor of wall time ±\d+\.\d%/);
  });

  it('run --bench-against with no stored baseline: the gate compares the two series and fails a slower candidate', async () => {
    const { dir, log } = setup();
    const r = await runGate(dir, tagged(log, 'B', 600), tagged(log, 'A', 10), '--bench-runs', '5');
    expectNoCrash(r);
    expect(r.code, r.stderr).toBe(1);
    expect(order(log)).toBe('AB'.repeat(6));
    const result = resultOf(dir);
    const check = result.gate.checks.find((c: { metric: string }) => c.metric === 'bench.wall_seconds');
    expect(check.verdict).toBe('fail');
    expect(check.test).toBe('mann-whitney-exact');
    expect(check.p_value).toBeLessThanOrEqual(0.05); // 1/252 when every candidate run is the slower
    expect(check.baseline).toBeCloseTo(
      [
        ...result.bench.against.runs
          .filter((x: { warmup: boolean }) => !x.warmup)
          .map((x: { wall_seconds: number }) => x.wall_seconds),
      ].sort((x, y) => x - y)[2],
      12,
    );
    expect(result.gate.verdict).toBe('fail');
    expect(result.bench.against.confirm).toBeUndefined();
    const md = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
    expect(md).toContain('baseline (interleaved)');
    expect(md).toContain('A/A noise');
    expect(md).toContain('Interleaved A/B');
    const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    expect(html).toContain('baseline (interleaved) median ± σ');
    expect(html).toContain('Interleaved A/B');
  });

  it('--bench-confirm: a stretch of slow candidate runs is re-measured and cleared', async () => {
    const { dir, log } = setup();
    // The candidate is slow for its warm-up and its first 5 runs only.
    const r = await runGate(
      dir,
      tagged(log, 'B', 10, 300, 6),
      tagged(log, 'A', 10),
      '--bench-runs',
      '5',
      '--bench-confirm',
      '15',
    );
    expectNoCrash(r);
    expect(r.code, r.stderr).toBe(0);
    expect(order(log)).toBe('AB'.repeat(6 + 16));
    const result = resultOf(dir);
    expect(result.bench.against.pairs).toBe(20);
    expect(result.bench.summary.wall_seconds.n).toBe(20);
    expect(result.bench.against.confirm).toEqual({
      pairs: 15,
      metrics: ['bench.wall_seconds'],
      outcome: 'cleared',
    });
    const check = result.gate.checks.find((c: { metric: string }) => c.metric === 'bench.wall_seconds');
    expect(check.verdict).not.toBe('fail');
    expect(check.reason).toContain(
      'Cleared by re-measuring: it failed on the first 5 pairs but not on all 20.',
    );
    expect(r.stderr).toContain('Cleared: bench.wall_seconds no longer fails on 20 pairs.');
    expect(readFileSync(join(dir, 'out', 'report.md'), 'utf8')).toContain(
      're-measured with 15 more: cleared',
    );
  });

  it('--bench-confirm: a real slowdown is confirmed and fails', async () => {
    const { dir, log } = setup();
    const r = await runGate(
      dir,
      tagged(log, 'B', 600),
      tagged(log, 'A', 10),
      '--bench-runs',
      '5',
      '--bench-confirm',
      '3',
    );
    expectNoCrash(r);
    expect(r.code, r.stderr).toBe(1);
    expect(order(log)).toBe('AB'.repeat(6 + 4));
    const result = resultOf(dir);
    expect(result.bench.against.confirm).toEqual({
      pairs: 3,
      metrics: ['bench.wall_seconds'],
      outcome: 'confirmed',
    });
    const check = result.gate.checks.find((c: { metric: string }) => c.metric === 'bench.wall_seconds');
    expect(check.verdict).toBe('fail');
    expect(check.p_value).toBeLessThanOrEqual(0.05);
    expect(check.reason).toContain(
      'Confirmed by re-measuring: it failed on the first 5 pairs and still fails on all 8.',
    );
  });

  it('bad input: exit 2 with a plain message, nothing measured', async () => {
    const { dir, log } = setup();
    const cases: [string[], RegExp][] = [
      [['bench', '--against', '', '--', 'true'], /--against/],
      [['bench', '--against', '   ', '--', 'true'], /--against/],
      [['bench', '--against', tagged(log, 'A', 1)], /no command to measure/],
      [
        ['run', '--predictions', 'p.csv', '--bench-against', tagged(log, 'A', 1)],
        /give --bench "CANDIDATE COMMAND" too/,
      ],
      [
        ['run', '--predictions', 'p.csv', '--bench', 'true', '--bench-confirm', '2'],
        /give --bench-against "BASELINE COMMAND" too/,
      ],
      [
        [
          'run',
          '--predictions',
          'p.csv',
          '--bench',
          'true',
          '--bench-against',
          'true',
          '--bench-confirm',
          '-1',
        ],
        /--bench-confirm/,
      ],
    ];
    for (const [args, message] of cases)
      expect(expectUserError(await runCli(args, { cwd: dir }))).toMatch(message);
    expect(() => readFileSync(log)).toThrow();
  });

  it('bench --format json carries the against series', async () => {
    const { dir, log } = setup();
    const r = await runCli(
      [
        'bench',
        '--runs',
        '1',
        '--warmup',
        '0',
        '--format',
        'json',
        '--against',
        tagged(log, 'A', 1),
        '--',
        'true',
      ],
      {
        cwd: dir,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const bench = parseJson(r);
    expect(bench.against.order).toBe('interleaved');
    expect(bench.against.runs).toHaveLength(1);
  });
});
