/**
 * Processes that escape the benchmarked command's tree (setsid, nohup, double forks, a scrubbed
 * environment) are found through /proc, named in the output and killed: after runBenchmark returns
 * none of them is alive. Each test's processes sleep for a unique duration, which names them in
 * /proc; afterEach kills any that are left, so a failing test does not leave them behind.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { runBenchmark } from '../../src/bench/index.js';
import { environHas, runMarker } from '../../src/bench/proc.js';
import {
  FIXTURES,
  MB,
  NODE,
  WORKLOAD,
  isRunning,
  namesSleep,
  processesWithArgument,
  recordingLogger,
  uniqueSleeps,
  waitUntil,
} from './helpers.js';

const linux = process.platform === 'linux';
const ESCAPE = join(FIXTURES, 'escape.mjs');
const fast = { runs: 1, warmup: 0, sampleIntervalMs: 20, killGraceMs: 300 };

const tag = uniqueSleeps();

/** The pid of the one live process sleeping `duration`, waiting for it to appear. */
async function sleeper(duration: string): Promise<number> {
  await waitUntil(() => processesWithArgument(duration).length > 0, 5000);
  const found = processesWithArgument(duration);
  expect(found).toHaveLength(1);
  return found[0][0];
}

function escapeCommand(duration: string, ...flags: string[]): string[] {
  return [NODE, ESCAPE, '--sleep', duration, ...flags];
}

describe.runIf(linux)('processes that leave the command', () => {
  it('timeout: kills a setsid grandchild orphaned before any sample, and names it', async () => {
    const t = tag();
    const error = await runBenchmark(
      { ...fast, command: `(setsid sleep ${t} &); sleep 100`, timeoutSeconds: 0.5 },
      recordingLogger(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    const message = (error as GateError).message;
    expect(message).toMatch(/timed out after 0\.5 s; its whole process tree was killed: /);
    expect(message).toMatch(namesSleep(t));
    expect(processesWithArgument(t)).toEqual([]);
  });

  it('normal exit: nohup and setsid survivors are named in a warning, then killed', async () => {
    const [a, b] = [tag(), tag()];
    const logger = recordingLogger();
    const result = await runBenchmark(
      {
        ...fast,
        command: `nohup sleep ${a} >/dev/null 2>&1 & (setsid sleep ${b} &); sleep 0.1`,
      },
      logger,
    );
    expect(result.runs[0]).toMatchObject({ exit_code: 0, timed_out: false });
    const warning = result.warnings.find((w) => /still running after it exited/.test(w));
    expect(warning).toBeDefined();
    expect(warning).toMatch(/^run 1\/1: 2 process\(es\) .* and were killed: /);
    expect(warning).toMatch(namesSleep(a));
    expect(warning).toMatch(namesSleep(b));
    expect(logger.warnings).toContain(warning);
    expect(processesWithArgument(a)).toEqual([]);
    expect(processesWithArgument(b)).toEqual([]);
  });

  it('finds a double-forked grandchild in a new session and process group (the marker variable)', async () => {
    const t = tag();
    // Samples only at the start and after the exit: ancestry cannot see the sleep's parent.
    const result = await runBenchmark(
      { ...fast, sampleIntervalMs: 60_000, command: escapeCommand(t) },
      recordingLogger(),
    );
    expect(result.warnings.join('\n')).toMatch(
      new RegExp(`and were killed: pid \\d+ \\(sleep ${t.replace('.', '\\.')}\\)`),
    );
    expect(processesWithArgument(t)).toEqual([]);
  });

  it('finds one that scrubbed its environment but stayed in the session', async () => {
    const t = tag();
    const result = await runBenchmark(
      { ...fast, sampleIntervalMs: 60_000, command: escapeCommand(t, '--scrub-env', '--same-session') },
      recordingLogger(),
    );
    expect(result.warnings.join('\n')).toMatch(namesSleep(t));
    expect(processesWithArgument(t)).toEqual([]);
  });

  it('finds one that scrubbed its environment and left the session, once a sample saw its parent', async () => {
    const t = tag();
    // The middle process lives 400 ms: many 20 ms samples see the sleep as its child.
    const result = await runBenchmark(
      { ...fast, command: escapeCommand(t, '--scrub-env', '--middle-ms', '400') },
      recordingLogger(),
    );
    expect(result.warnings.join('\n')).toMatch(namesSleep(t));
    expect(processesWithArgument(t)).toEqual([]);
  });

  it('keepSurvivors leaves them running, still named', async () => {
    const t = tag();
    const result = await runBenchmark(
      { ...fast, command: `(setsid sleep ${t} &)`, keepSurvivors: true },
      recordingLogger(),
    );
    const pid = await sleeper(t);
    expect(result.warnings.join('\n')).toContain(
      `were left running (keep-survivors): pid ${pid} (sleep ${t}). They may disturb the next runs.`,
    );
    expect(isRunning(pid)).toBe(true);
  });

  it('counts an escaped process in the peak tree RSS', async () => {
    const t = tag();
    // The escaped workload holds 120 MiB for 1.5 s, sleeping with an argument that names it; the
    // command's own processes are a few MiB.
    const result = await runBenchmark(
      {
        ...fast,
        command: `(setsid ${NODE} ${WORKLOAD} --alloc 120 --hold 1500 --report /dev/null --tag ${t} &); sleep 1`,
      },
      recordingLogger(),
    );
    expect(result.runs[0].peak_tree_rss_bytes).toBeGreaterThan(120 * MB);
    expect(processesWithArgument(t)).toEqual([]);
  });

  it('matches the marker only as a whole variable of a real process environment', async () => {
    const marker = runMarker();
    expect(marker.name).toMatch(/^MODEL_GATE_BENCH_RUN_[0-9a-f]{16}$/);
    const [t, u] = [tag(), tag()];
    const marked = spawn('sleep', [t], {
      stdio: 'ignore',
      env: { PATH: process.env.PATH, [marker.name]: '1' },
    });
    const quoted = spawn('sleep', [u], {
      stdio: 'ignore',
      env: { PATH: process.env.PATH, OTHER: `${marker.name}=1`, [`${marker.name}X`]: '1' },
    });
    try {
      expect(environHas(await sleeper(t), marker.entry)).toBe(true);
      expect(environHas(await sleeper(u), marker.entry)).toBe(false);
      expect(environHas(process.pid, marker.entry)).toBe(false);
    } finally {
      marked.kill('SIGKILL');
      quoted.kill('SIGKILL');
    }
  });
});
