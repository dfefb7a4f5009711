/**
 * The engine on real child processes. Workloads burn a known amount of CPU (measured by the
 * workload itself, so exact on a busy machine) and allocate and touch a known amount of memory.
 * These tests need Linux (/proc); with GNU time installed they check its exact figures, and the
 * fallback (no GNU time) is checked separately.
 */
import { dependencyPresent } from '../support/require-dependency.js';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GateError, InputError } from '../../src/errors.js';
import { runBenchmark, type MeasuredRun } from '../../src/bench/index.js';
import { isGnuTime } from '../../src/bench/gnu-time.js';
import {
  MB,
  NODE,
  WORKLOAD,
  isRunning,
  readReport,
  recordingLogger,
  tempDir,
  waitUntil,
  workload,
} from './helpers.js';

const linux = process.platform === 'linux';
const hasGnuTime =
  linux && dependencyPresent('GNU time', await isGnuTime('/usr/bin/time'), 'apt-get install time');
const dirs: string[] = [];
function dir(): string {
  const d = tempDir();
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const fast = { runs: 1, warmup: 0, sampleIntervalMs: 20 };

describe.runIf(linux)('runBenchmark on real processes', () => {
  it.runIf(hasGnuTime)(
    'measures peak RSS and CPU of an allocating, CPU-burning command (GNU time)',
    async () => {
      const d = dir();
      const report = join(d, 'r.json');
      const logger = recordingLogger();
      const result = await runBenchmark(
        { ...fast, runs: 2, command: workload('--alloc', 150, '--burn', 400, '--report', report) },
        logger,
      );
      const own = readReport(report);
      expect(result.method).toMatch(/GNU time/);
      expect(result.runs).toHaveLength(2);
      const run = result.runs[1] as MeasuredRun;
      expect(run).toMatchObject({ index: 2, warmup: false, exit_code: 0, signal: null, timed_out: false });
      // The process's own CPU + node's exit + the shell: a little above what it reported.
      expect(run.cpu_seconds).toBeGreaterThanOrEqual(own.cpu_seconds - 0.02);
      expect(run.cpu_seconds).toBeLessThan(own.cpu_seconds + 0.15);
      expect(run.cpu_seconds).toBeCloseTo(run.cpu_user_seconds + run.cpu_system_seconds, 9);
      expect(run.peak_rss_bytes).toBeGreaterThanOrEqual(150 * MB);
      expect(run.peak_rss_bytes).toBeLessThan(150 * MB + 100 * MB); // + node's own ~40-60 MB
      expect(run.peak_tree_rss_bytes).toBeGreaterThanOrEqual(run.peak_rss_bytes);
      expect(run.peak_tree_rss_bytes).toBeLessThan(run.peak_rss_bytes + 20 * MB); // + the shell
      expect(run.wall_seconds).toBeGreaterThan(0.3);
      expect(run.sampler_cpu_seconds).toBeGreaterThanOrEqual(0);
      expect(run.gpu_utilization_percent).toBeNull();
      expect(result.summary.wall_seconds.n).toBe(2);
      expect(Object.keys(result.summary)).toEqual([
        'wall_seconds',
        'cpu_seconds',
        'cpu_user_seconds',
        'cpu_system_seconds',
        'peak_rss_bytes',
        'peak_tree_rss_bytes',
      ]);
      expect(result.command).toEqual([
        'sh',
        '-c',
        workload('--alloc', 150, '--burn', 400, '--report', report),
      ]);
      expect(result.host.cpu_cores).toBeGreaterThan(0);
      expect(result.host.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      expect(logger.events[0]).toMatch(/^group Benchmark: /);
      expect(logger.events).toContain('start Run 1/2');
      expect(logger.events.some((e) => /^done Run 2\/2 \d+\.\d{3} s$/.test(e))).toBe(true);
      expect(logger.events.at(-1)).toBe('endgroup');
    },
  );

  it.runIf(hasGnuTime)(
    'sums CPU over two concurrent children; peak RSS is the larger, tree RSS the sum',
    async () => {
      const d = dir();
      const [a, b] = [join(d, 'a.json'), join(d, 'b.json')];
      const cmd =
        `${workload('--alloc', 60, '--burn', 250, '--hold', 400, '--report', a)} & ` +
        `${workload('--alloc', 140, '--burn', 250, '--hold', 400, '--report', b)} & wait`;
      const result = await runBenchmark({ ...fast, command: cmd }, recordingLogger());
      const run = result.runs[0];
      const [ra, rb] = [readReport(a), readReport(b)];
      expect(run.cpu_seconds).toBeGreaterThanOrEqual(ra.cpu_seconds + rb.cpu_seconds - 0.02);
      expect(run.cpu_seconds).toBeLessThan(ra.cpu_seconds + rb.cpu_seconds + 0.2);
      expect(run.peak_rss_bytes).toBeGreaterThanOrEqual(140 * MB);
      expect(run.peak_rss_bytes).toBeLessThan(200 * MB); // the larger process, not the sum
      expect(run.peak_tree_rss_bytes).toBeGreaterThanOrEqual(200 * MB);
      expect(run.peak_tree_rss_bytes).toBeGreaterThan(run.peak_rss_bytes);
    },
  );

  it.runIf(hasGnuTime)('counts a waited-for grandchild but not an orphaned one (kernel rusage)', async () => {
    const d = dir();
    const child = join(d, 'child.json');
    const grand = join(d, 'grand.json');
    const ready = join(d, 'ready');
    // node → (spawnSync) node: the grandchild is waited for, so the kernel adds it to the rusage.
    const waited = await runBenchmark(
      { ...fast, command: [NODE, WORKLOAD, '--spawn-child', '--burn', 300, '--report', grand].map(String) },
      recordingLogger(),
    );
    expect(waited.runs[0].cpu_seconds).toBeGreaterThanOrEqual(readReport(grand).cpu_seconds - 0.02);

    // sh → subshell → node: the subshell exits without waiting, node is reparented to init and
    // reaped there, so GNU time (the kernel) never sees its CPU. The /proc sampler finds it
    // (ancestry while the subshell lingers until node has touched its memory, then 0.2 s more; the
    // run's marker variable after), so its 100 MiB are in the tree RSS, and it is named as still
    // running after the command exited, and killed.
    const logger = recordingLogger();
    const orphan = await runBenchmark(
      {
        ...fast,
        command:
          `(${workload('--alloc', 100, '--ready', ready, '--burn', 600, '--report', child)} & ` +
          `while [ ! -e '${ready}' ]; do sleep 0.02; done; sleep 0.2); sleep 0.15`,
      },
      logger,
    );
    const run = orphan.runs[0];
    expect(run.cpu_seconds).toBeLessThan(0.1);
    expect(run.peak_rss_bytes).toBeLessThan(20 * MB); // only the shells and sleep
    expect(run.peak_tree_rss_bytes).toBeGreaterThanOrEqual(100 * MB);
    expect(orphan.warnings.join('\n')).toMatch(/still running after it exited and were killed: pid \d+ \(/);
    expect(logger.warnings.join('\n')).toMatch(/still running after it exited and were killed/);
  });

  it('kills the whole process tree on timeout, including a grandchild that left the group', async () => {
    const d = dir();
    const script = join(d, 'hang.sh');
    writeFileSync(
      script,
      [
        // A grandchild in its own session (escapes the process group) that ignores SIGTERM.
        `setsid sh -c 'trap "" TERM; echo $$ > ${d}/grandchild.pid; while :; do sleep 0.05; done' &`,
        `sleep 30 & echo $! > ${d}/child.pid`,
        `echo $$ > ${d}/shell.pid`,
        'echo "still working" >&2',
        'wait',
      ].join('\n'),
    );
    const error = await runBenchmark(
      { ...fast, runs: 2, command: ['sh', script], timeoutSeconds: 0.6, killGraceMs: 300 },
      recordingLogger(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).exitCode).toBe(2);
    expect((error as GateError).message).toMatch(
      /run 1\/2 .* timed out after 0\.6 s; its whole process tree was killed/,
    );
    expect((error as GateError).message).toContain('still working');
    const pids = ['grandchild', 'child', 'shell'].map((n) =>
      Number(readFileSync(join(d, `${n}.pid`), 'utf8')),
    );
    expect(await waitUntil(() => pids.every((p) => !isRunning(p)), 1000)).toBe(true);
  });

  it('fails with the stderr tail of a failing run; --allow-failure records it instead', async () => {
    const cmd = 'i=1; while [ $i -le 30 ]; do echo "line $i" >&2; i=$((i+1)); done; exit 3';
    const error = await runBenchmark({ ...fast, runs: 3, command: cmd }, recordingLogger()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GateError);
    const message = (error as GateError).message;
    expect(message).toMatch(
      /^Benchmark run 1\/3 of ".*" failed with exit status 3\. Last 20 line\(s\) of its stderr:/,
    );
    expect(message).toContain('line 30');
    expect(message).toContain('line 11');
    expect(message).not.toContain('line 10\n');

    const d = dir();
    const counter = join(d, 'n');
    // Fails on odd runs: 1 and 3 fail, 2 succeeds.
    const flaky = `n=$(cat ${counter} 2>/dev/null || echo 0); n=$((n+1)); echo $n > ${counter}; [ $((n % 2)) -eq 0 ]`;
    const logger = recordingLogger();
    const result = await runBenchmark({ ...fast, runs: 3, command: flaky, allowFailure: true }, logger);
    expect(result.runs.map((r) => r.exit_code)).toEqual([1, 0, 1]);
    expect(result.summary.wall_seconds.n).toBe(1);
    expect(result.warnings.filter((w) => /failed with exit status 1; recorded/.test(w))).toHaveLength(2);
    expect(logger.warnings).toEqual(result.warnings);
  });

  it('reads a latency file after each run', async () => {
    const d = dir();
    const file = join(d, 'latency.txt');
    const result = await runBenchmark(
      { ...fast, runs: 2, command: `printf '5\\n1\\n3\\n2\\n4\\n' > ${file}`, latencyFile: file },
      recordingLogger(),
    );
    const run = result.runs[0];
    expect(run.latency_ms_p50).toBe(3);
    expect(run.latency_ms_p99).toBeCloseTo(4.96, 12);
    expect(run.throughput_per_second).toBeCloseTo(5 / run.wall_seconds, 9);
    expect(result.summary.latency_ms_p90.median).toBeCloseTo(4.6, 12);
    expect(result.summary.throughput_per_second.n).toBe(2);

    const bad = runBenchmark(
      { ...fast, command: `printf '1\\nfast\\n' > ${file}`, latencyFile: file },
      recordingLogger(),
    );
    await expect(bad).rejects.toThrow(InputError);
    await expect(
      runBenchmark(
        { ...fast, command: `printf '1\\nfast\\n' > ${file}`, latencyFile: file },
        recordingLogger(),
      ),
    ).rejects.toThrow(`${file}, line 2: found "fast"`);
    await expect(
      runBenchmark({ ...fast, command: 'true', latencyFile: join(d, 'missing.txt') }, recordingLogger()),
    ).rejects.toThrow(/missing\.txt: the latency file does not exist after run 1\/1/);
  });

  it('falls back to /proc without GNU time: kernel child CPU, sampled per-process high-water mark', async () => {
    const d = dir();
    const report = join(d, 'r.json');
    const result = await runBenchmark(
      {
        ...fast,
        command: [NODE, WORKLOAD, '--alloc', '120', '--burn', '300', '--hold', '150', '--report', report],
        gnuTime: false,
      },
      recordingLogger(),
    );
    const own = readReport(report);
    const run = result.runs[0];
    expect(result.method).toMatch(/sampled/);
    expect(run.cpu_seconds).toBeGreaterThanOrEqual(own.cpu_seconds - 0.02);
    expect(run.cpu_seconds).toBeLessThan(own.cpu_seconds + 0.1);
    expect(run.peak_rss_bytes).toBeGreaterThanOrEqual(120 * MB);
    expect(run.peak_rss_bytes).toBeLessThan(220 * MB);
  });

  // The 2% target itself is measured by `npm run bench -- inference` on a quiet machine; under a
  // parallel test suite only the accounting is checked, with a bound no healthy sampler nears.
  it('records its own CPU per run, separately from the command', async () => {
    const result = await runBenchmark({ runs: 1, warmup: 0, command: ['sleep', '0.5'] }, recordingLogger());
    const run = result.runs[0] as MeasuredRun;
    expect(run.sampler_cpu_seconds).toBeGreaterThan(0);
    expect(run.sampler_cpu_seconds / run.wall_seconds).toBeLessThan(0.1);
    expect(run.cpu_seconds).toBeLessThan(0.05);
  });

  it('rejects bad options', async () => {
    await expect(runBenchmark({ runs: 0, warmup: 0, command: 'true' }, recordingLogger())).rejects.toThrow(
      /--runs/,
    );
    await expect(runBenchmark({ runs: 1, warmup: 0, command: [] }, recordingLogger())).rejects.toThrow(
      /no command/,
    );
    await expect(
      runBenchmark({ runs: 1, warmup: 0, command: 'true', timeoutSeconds: 0 }, recordingLogger()),
    ).rejects.toThrow(/--timeout/);
  });
});
