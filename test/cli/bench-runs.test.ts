import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoCrash, expectUserError, runCli, tempDir, writeFixture } from './helpers.js';

// `run --bench` with a gated speed rule: too few runs are said at config time, before the benchmark.
describe.concurrent('bench runs against a gated speed rule', () => {
  const setup = (gate: string) => {
    const dir = tempDir();
    writeFixture(dir, 'p.csv', ['label,prediction', '1,1', '0,0', '1,0', '0,0']);
    writeFixture(dir, 'gate.yml', gate);
    return dir;
  };
  const run = (dir: string, runs: string) =>
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
        `touch ran-${runs}`,
        '--bench-runs',
        runs,
        '--bench-warmup',
        '0',
      ],
      { cwd: dir },
    );

  it('2 runs: exit 2 before the benchmark runs — the check could never fail', async () => {
    const dir = setup('metrics:\n  bench.wall_seconds: { max_regression: "10%" }\n');
    const message = expectUserError(await run(dir, '2'));
    expect(message).toContain(
      "gate.yml: bench.wall_seconds is gated with max_regression, but with 2 measured runs per side the Mann-Whitney test's smallest possible one-sided p is 1/6, above significance 0.05: that check can never fail. Use at least 3 runs",
    );
    expect(existsSync(join(dir, 'ran-2'))).toBe(false);
  });

  it('3 runs under Holm over 3 metrics: one warning up front, then the gate runs', async () => {
    const dir = setup(
      'metrics:\n  accuracy: { max_regression: 0.01 }\n  f1: { max_regression: 0.01 }\n  bench.wall_seconds: { max_regression: "10%" }\n',
    );
    const r = await run(dir, '3');
    expectNoCrash(r);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /^warning: gate\.yml: with 3 measured runs per side the smallest possible p of bench\.wall_seconds is 1\/20; Holm over 3 gated metrics/m,
    );
    expect(existsSync(join(dir, 'ran-3'))).toBe(true);
  });
});
