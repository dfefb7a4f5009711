import { describe, expect, it } from 'vitest';
import { namesSleep, processesWithArgument, uniqueSleeps } from '../bench/helpers.js';
import { expectNoCrash, expectUserError, runCli } from './helpers.js';

// `model-gate bench` through the committed bundle leaves no process of the command behind, and
// says which ones it killed (pid and command). The sleeps have unique durations, which name them
// in /proc; afterEach kills any that survived, so a failing test leaves nothing running.
const tag = uniqueSleeps();
/** One measured run, no warm-up. */
const ONCE = ['bench', '--runs', '1', '--warmup', '0'];

describe.runIf(process.platform === 'linux')('bench: processes that escape the command', () => {
  it('--timeout kills a grandchild that left with setsid before any sample, and names it', async () => {
    const t = tag();
    const run = await runCli([
      ...ONCE,
      '--timeout',
      '1',
      '--',
      'sh',
      '-c',
      `(setsid sleep ${t} &); sleep 100`,
    ]);
    const message = expectUserError(run);
    expect(message).toMatch(/timed out after 1 s; its whole process tree was killed: /);
    expect(message).toMatch(namesSleep(t));
    expect(processesWithArgument(t)).toEqual([]);
  });

  it('after a normal exit, nohup and setsid survivors are named on stderr and stdout, and killed', async () => {
    const [a, b] = [tag(), tag()];
    const run = await runCli([
      ...ONCE,
      '--',
      'sh',
      '-c',
      `nohup sleep ${a} >/dev/null 2>&1 & (setsid sleep ${b} &); sleep 0.1`,
    ]);
    expectNoCrash(run);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/warning: run 1\/1: 2 process\(es\) .* and were killed: /);
    for (const out of [run.stderr, run.stdout]) {
      expect(out).toMatch(namesSleep(a));
      expect(out).toMatch(namesSleep(b));
    }
    expect(processesWithArgument(a)).toEqual([]);
    expect(processesWithArgument(b)).toEqual([]);
  });

  it('--keep-survivors leaves them running, still named (with --format json, in bench.warnings)', async () => {
    const t = tag();
    const run = await runCli([
      ...ONCE,
      '--keep-survivors',
      '--format',
      'json',
      '--',
      'sh',
      '-c',
      `(setsid sleep ${t} &)`,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const bench = JSON.parse(run.stdout) as { warnings: string[] };
    const [[pid]] = processesWithArgument(t);
    expect(bench.warnings.join('\n')).toContain(
      `were left running (keep-survivors): pid ${pid} (sleep ${t})`,
    );
  });
});
