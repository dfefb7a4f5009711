/**
 * `runInterleaved` on real child processes: the two commands run in turn (A B A B … after
 * warm-ups of each), each series is summarised apart, the baseline's is `against` with its noise
 * floor, and a confirming re-measurement continues both series.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { noiseFloor, runInterleaved } from '../../src/bench/index.js';
import { resultProblem } from '../../src/result/validate.js';
import { FIXTURES, NODE, recordingLogger, tempDir } from './helpers.js';

const TAGGED = join(FIXTURES, 'tagged-sleep.mjs');
const dirs: string[] = [];
function dir(): string {
  const d = tempDir();
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const tagged = (log: string, tag: string, ms: number, ...slow: number[]) =>
  [NODE, TAGGED, log, tag, ms, ...slow].map((a) => `'${String(a)}'`).join(' ');
const lines = (log: string) => readFileSync(log, 'utf8').trim().split('\n');
const fast = { gnuTime: false as const, sampleIntervalMs: 20 };

describe.runIf(process.platform === 'linux')('runInterleaved on real processes', () => {
  it('runs warm-ups of each, then baseline and candidate alternately, and keeps the series apart', async () => {
    const d = dir();
    const log = join(d, 'order.log');
    const logger = recordingLogger();
    const bench = await runInterleaved(
      { ...fast, runs: 3, warmup: 1, command: tagged(log, 'B', 400), against: tagged(log, 'A', 10) },
      logger,
    );
    expect(lines(log)).toEqual(['A', 'B', 'A', 'B', 'A', 'B', 'A', 'B']);
    expect(bench.runs.map((r) => [r.index, r.warmup])).toEqual([
      [1, true],
      [1, false],
      [2, false],
      [3, false],
    ]);
    expect(bench.against!.runs.map((r) => [r.index, r.warmup])).toEqual(
      bench.runs.map((r) => [r.index, r.warmup]),
    );
    expect(bench.command.join(' ')).toContain("'B'");
    expect(bench.against!.command.join(' ')).toContain("'A'");
    expect(bench.against!).toMatchObject({ order: 'interleaved', pairs: 3 });
    expect(bench.summary.wall_seconds.n).toBe(3);
    expect(bench.against!.summary.wall_seconds.n).toBe(3);
    // The candidate sleeps 400 ms, the baseline 10 ms: each series is its own command's.
    expect(bench.summary.wall_seconds.min).toBeGreaterThan(0.4);
    expect(bench.against!.summary.wall_seconds.median).toBeLessThan(bench.summary.wall_seconds.min);
    expect(bench.against!.noise_floor.wall_seconds).toBeGreaterThanOrEqual(0);
    // What the progress shows: A and B in turn.
    const started = logger.events.filter((e) => e.startsWith('start ')).map((e) => e.slice(6));
    expect(started).toEqual([
      'A warm-up 1/1',
      'B warm-up 1/1',
      'A run 1/3',
      'B run 1/3',
      'A run 2/3',
      'B run 2/3',
      'A run 3/3',
      'B run 3/3',
    ]);
    // What it writes is a valid result's bench section.
    expect(resultProblem(JSON.parse(JSON.stringify(minimalResult(bench))))).toBeNull();
  });

  it('continues both series when re-measuring: numbered after the first pairs, warm-ups again first', async () => {
    const d = dir();
    const log = join(d, 'order.log');
    const opts = {
      ...fast,
      runs: 2,
      warmup: 1,
      command: tagged(log, 'B', 10),
      against: tagged(log, 'A', 10),
    };
    const first = await runInterleaved(opts, recordingLogger());
    const more = await runInterleaved({ ...opts, runs: 3 }, recordingLogger(), first);
    expect(lines(log)).toEqual(['A', 'B', 'A', 'B', 'A', 'B', 'A', 'B', 'A', 'B', 'A', 'B', 'A', 'B']);
    expect(more.against!.pairs).toBe(5);
    expect(more.summary.wall_seconds.n).toBe(5);
    expect(more.runs.filter((r) => !r.warmup).map((r) => r.index)).toEqual([1, 2, 3, 4, 5]);
    expect(more.against!.runs.filter((r) => r.warmup)).toHaveLength(2);
  });

  it('refuses an empty baseline or candidate command before running anything', async () => {
    const d = dir();
    const log = join(d, 'order.log');
    await expect(
      runInterleaved({ ...fast, command: tagged(log, 'B', 1), against: '  ' }, recordingLogger()),
    ).rejects.toThrow(UsageError);
    await expect(
      runInterleaved({ ...fast, command: tagged(log, 'B', 1), against: '' }, recordingLogger()),
    ).rejects.toThrow(/--against is empty/);
    await expect(
      runInterleaved({ ...fast, command: [], against: tagged(log, 'A', 1) }, recordingLogger()),
    ).rejects.toThrow(/no candidate command/);
    await expect(
      runInterleaved(
        { ...fast, runs: 0, command: tagged(log, 'B', 1), against: tagged(log, 'A', 1) },
        recordingLogger(),
      ),
    ).rejects.toThrow(/--runs must be an integer ≥ 1/);
    expect(() => readFileSync(log)).toThrow();
  });

  it('stops at a failing baseline run, naming it', async () => {
    const d = dir();
    const log = join(d, 'order.log');
    await expect(
      runInterleaved(
        { ...fast, runs: 2, warmup: 0, command: tagged(log, 'B', 1), against: 'exit 3' },
        recordingLogger(),
      ),
    ).rejects.toThrow(/Benchmark baseline run 1\/2 of "exit 3" failed with exit status 3/);
    expect(() => readFileSync(log)).toThrow(); // the candidate never ran
  });
});

describe('noiseFloor', () => {
  it('is 1.4826 · MAD / |median| of the measured, successful runs', () => {
    const run = (wall: number, extra: object = {}) => ({
      warmup: false,
      timed_out: false,
      exit_code: 0,
      wall_seconds: wall,
      ...extra,
    });
    const runs = [run(1), run(1.1), run(0.9), run(1.2), run(5, { warmup: true }), run(9, { exit_code: 1 })];
    // median 1.05; |deviations| 0.05, 0.05, 0.15, 0.15 → MAD 0.1
    expect(noiseFloor(runs as never, ['wall_seconds']).wall_seconds).toBeCloseTo((1.4826 * 0.1) / 1.05, 12);
    expect(noiseFloor([run(1)] as never, ['wall_seconds'])).toEqual({});
  });
});

describe('validation of bench.against in a result.json read back', () => {
  const host = {
    cpu_model: 'x',
    os: 'l',
    arch: 'x64',
    fingerprint: 'f',
    cpu_cores: 2,
    memory_bytes: 1,
    gpus: [],
  };
  const against = {
    command: ['sh', '-c', 'old'],
    runs: [{ index: 1, warmup: false, wall_seconds: 1 }],
    summary: { wall_seconds: { median: 1, mean: 1, stddev: 0, min: 1, max: 1, n: 1 } },
    order: 'interleaved',
    pairs: 1,
    noise_floor: {},
  };
  const withAgainst = (a: unknown) =>
    resultProblem(
      minimalResult({ command: ['new'], runs: [], summary: {}, host, method: 'm', warnings: [], against: a }),
    );

  it('accepts a well-formed series, and a result without one (older results read as before)', () => {
    expect(withAgainst(against)).toBeNull();
    expect(withAgainst(undefined)).toBeNull();
    expect(
      withAgainst({ ...against, confirm: { pairs: 2, metrics: ['bench.wall_seconds'], outcome: 'cleared' } }),
    ).toBeNull();
  });

  it('names the bad field', () => {
    expect(withAgainst([])).toBe('"bench.against" must be an object (found a list)');
    expect(withAgainst({ ...against, runs: 'x' })).toBe(
      '"bench.against.runs" must be a list (found a string)',
    );
    expect(withAgainst({ ...against, runs: [{ wall_seconds: 'slow' }] })).toBe(
      '"bench.against.runs[0].wall_seconds" must be a number (found a string)',
    );
    expect(withAgainst({ ...against, order: 'random' })).toBe(
      '"bench.against.order" must be "interleaved" (found "random")',
    );
    expect(withAgainst({ ...against, pairs: 1.5 })).toBe(
      '"bench.against.pairs" must be an integer (found a number)',
    );
    expect(withAgainst({ ...against, noise_floor: { wall_seconds: null } })).toBe(
      '"bench.against.noise_floor.wall_seconds" must be a number (found null)',
    );
    expect(withAgainst({ ...against, confirm: { pairs: 2, metrics: [], outcome: 'maybe' } })).toBe(
      '"bench.against.confirm.outcome" must be "confirmed" or "cleared" (found a string)',
    );
  });
});

function minimalResult(bench: unknown) {
  return {
    schema: 'model-gate/result@1',
    task: 'binary',
    n: 1,
    dataset: { fingerprint: 'x' },
    tool: { name: 'model-gate', version: '0' },
    created_at: '2026-01-01T00:00:00Z',
    source: {},
    metrics: {},
    errors: {},
    warnings: [],
    bench,
  };
}
