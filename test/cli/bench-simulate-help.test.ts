import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectNoCrash, expectUserError, parseJson, runCli } from './helpers.js';

// `bench`, `simulate`, `--help` and `--version` through the committed bundle.
// Spins until it has used 0.2 s of CPU itself (not 0.2 s of wall time): true on a loaded machine too.
const BUSY_LOOP = 'const t = process.cpuUsage(); while (process.cpuUsage(t).user < 200000) {}';

describe.concurrent('bench', () => {
  it('measures a command: runs, summary, cpu and host as JSON', async () => {
    const run = await runCli([
      'bench',
      '--runs',
      '2',
      '--warmup',
      '0',
      '--format',
      'json',
      '--',
      process.execPath,
      '-e',
      BUSY_LOOP,
    ]);
    expectNoCrash(run);
    expect(run.code, run.stderr).toBe(0);
    const bench = parseJson(run);
    expect(bench.runs.filter((r: { warmup: boolean }) => !r.warmup)).toHaveLength(2);
    for (const r of bench.runs) {
      expect(r.exit_code).toBe(0);
      expect(r.wall_seconds).toBeGreaterThan(0.15);
      expect(r.peak_rss_bytes).toBeGreaterThan(1e6);
    }
    expect(bench.summary.wall_seconds.n).toBe(2);
    expect(bench.summary.wall_seconds.median).toBeGreaterThan(0.15);
    for (const k of ['median', 'mean', 'stddev', 'min', 'max'])
      expect(bench.summary.wall_seconds[k], k).toBeTypeOf('number');
    // A busy loop is CPU time, not just wall time.
    expect(bench.summary.cpu_seconds.median).toBeGreaterThan(0.1);
    expect(bench.summary.cpu_seconds.n).toBe(2);
    expect(bench.summary.peak_rss_bytes.n).toBe(2);
    expect(bench.host.cpu_cores).toBeGreaterThanOrEqual(1);
    expect(bench.host.memory_bytes).toBeGreaterThan(0);
    expect(bench.host.os).toBeTypeOf('string');
  });

  it('the text output is a summary table', async () => {
    const run = await runCli(['bench', '--runs', '1', '--warmup', '0', '--', process.execPath, '-e', '0']);
    expectNoCrash(run);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/wall/i);
    expect(run.stdout).toMatch(/cpu/i);
  });

  it('no command: exit 2, saying to put it after "--"', async () => {
    const message = expectUserError(await runCli(['bench', '--runs', '1']));
    expect(message).toMatch(/no command/);
    expect(message).toContain('"--"');
  });

  it('a failing command: exit 2 with its stderr', async () => {
    const message = expectUserError(
      await runCli([
        'bench',
        '--runs',
        '1',
        '--warmup',
        '0',
        '--',
        process.execPath,
        '-e',
        "console.error('boom'); process.exit(3)",
      ]),
    );
    expect(message).toContain('boom');
    expect(message).toMatch(/exit status 3/);
  });

  it('a failing command with --allow-failure: recorded, exit 0', async () => {
    const run = await runCli([
      'bench',
      '--runs',
      '1',
      '--warmup',
      '0',
      '--allow-failure',
      '--format',
      'json',
      '--',
      process.execPath,
      '-e',
      "console.error('boom'); process.exit(3)",
    ]);
    expectNoCrash(run);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^warning: .*exit status 3/m);
    expect(parseJson(run).runs[0].exit_code).toBe(3);
  });

  it('a non-positive timeout is refused under the name the user typed', async () => {
    const bench = expectUserError(await runCli(['bench', '--timeout', '0', '--', 'true']));
    expect(bench).toMatch(/--timeout must be > 0 seconds, found 0/);
    const run = expectUserError(
      await runCli(['run', '--predictions', 'p.csv', '--bench', 'true', '--bench-timeout', '-1']),
    );
    expect(run).toMatch(/--bench-timeout must be > 0 seconds, found -1/);
  });

  it('--timeout kills a command that hangs: exit 2 naming the timeout, promptly', async () => {
    const started = Date.now();
    const message = expectUserError(
      await runCli(['bench', '--runs', '1', '--warmup', '0', '--timeout', '1', '--', 'sleep', '30']),
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(message).toMatch(/timed out after 1 s/);
    expect(message).toContain('sleep 30');
  });
});

describe.concurrent('simulate', () => {
  const args = [
    'simulate',
    '--n',
    '3000',
    '--accuracy',
    '0.9',
    '--drop',
    '0.04',
    '--max-regression',
    '0.005',
  ];

  it('prints a table with the significance row and the plain-threshold row', async () => {
    const run = await runCli([...args, '--trials', '200']);
    expectNoCrash(run);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/n = 3000/);
    expect(run.stdout).toMatch(/^\| test \| false alarms/m);
    expect(run.stdout).toMatch(/^\| significance 0\.05 \| [\d.]+% \| [\d.]+% \| [\d.]+% \|$/m);
    expect(run.stdout).toMatch(
      /^\| significance off \(plain threshold\) \| [\d.]+% \| [\d.]+% \| [\d.]+% \|$/m,
    );
  });

  it('--format json: the significance row keeps false alarms ≤ 5% and detects the drop ≥ 95%', async () => {
    const run = await runCli([...args, '--trials', '200', '--format', 'json']);
    expectNoCrash(run);
    expect(run.code, run.stderr).toBe(0);
    const result = parseJson(run);
    expect(result).toMatchObject({ n: 3000, accuracy: 0.9, drop: 0.04, trials: 200 });
    expect(result.config.false_alarm_rate).toBeLessThanOrEqual(0.05);
    expect(result.config.detection_rate).toBeGreaterThanOrEqual(0.95);
    for (const k of ['false_alarm_rate', 'false_warn_rate', 'detection_rate'])
      expect(result.significance_off[k], k).toBeTypeOf('number');
  });

  it('is reproducible: the same seed gives the same figures', async () => {
    const [a, b] = await Promise.all([
      runCli([...args, '--trials', '50', '--seed', '7', '--format', 'json']),
      runCli([...args, '--trials', '50', '--seed', '7', '--format', 'json']),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('without --n: exit 2', async () => {
    const message = expectUserError(await runCli(['simulate', '--accuracy', '0.9']));
    expect(message).toContain('--n');
  });

  it('an accuracy outside (0, 1): exit 2', async () => {
    const message = expectUserError(await runCli(['simulate', '--n', '100', '--accuracy', '90']));
    expect(message).toContain('--accuracy');
    expect(message).toContain('90');
  });
});

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const HELP_FLAGS: Record<string, string[]> = {
  evaluate: [
    '--predictions',
    '--labels',
    '--task',
    '--id-column',
    '--label-column',
    '--prediction-column',
    '--score-column',
    '--score-prefix',
    '--positive-label',
    '--missing',
    '--out',
    '--format',
  ],
  bench: ['--runs', '--warmup', '--timeout', '--latency-file', '--allow-failure', '--out', '--format'],
  run: [
    '--predictions',
    '--labels',
    '--task',
    '--score-column',
    '--score-prefix',
    '--bench',
    '--bench-runs',
    '--config',
    '--baseline',
    '--out-dir',
    '--fail-on',
    '--format',
  ],
  compare: ['--baseline', '--candidate', '--config', '--out-dir', '--fail-on', '--format'],
  simulate: ['--n', '--accuracy', '--drop', '--config', '--max-regression', '--trials', '--seed', '--format'],
};

describe.concurrent('help and version', () => {
  for (const [command, flags] of Object.entries(HELP_FLAGS)) {
    it(`${command} --help lists its flags and exits 0`, async () => {
      const run = await runCli([command, '--help']);
      expectNoCrash(run);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: model-gate ${command}\\b`));
      for (const flag of flags) expect(run.stdout, flag).toMatch(new RegExp(`^  ${flag}\\b`, 'm'));
      expect(run.stderr).toBe('');
    });
  }

  it('--version prints the package.json version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  });

  it('--help lists every command and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of Object.keys(HELP_FLAGS))
      expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('no command: usage and exit 2', async () => {
    const run = await runCli([]);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(`${run.stdout}${run.stderr}`).toMatch(/Usage: model-gate <command>/);
  });
});
