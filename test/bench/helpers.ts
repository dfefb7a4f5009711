import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { Logger } from '../../src/util/progress.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'bench');
export const WORKLOAD = join(FIXTURES, 'workload.mjs');
export const NODE = process.execPath;
export const MB = 1024 * 1024;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'model-gate-bench-test-'));
}

export interface Report {
  pid: number;
  cpu_seconds: number;
  rss_bytes: number;
}

export function readReport(file: string): Report {
  return JSON.parse(readFileSync(file, 'utf8')) as Report;
}

/** `node workload.mjs ...` as one shell word list. */
export function workload(...args: (string | number)[]): string {
  return [NODE, WORKLOAD, ...args].map((a) => `'${String(a)}'`).join(' ');
}

export interface RecordingLogger extends Logger {
  warnings: string[];
  events: string[];
}

export function recordingLogger(): RecordingLogger {
  const warnings: string[] = [];
  const events: string[] = [];
  return {
    warnings,
    events,
    info: (m) => events.push(`info ${m}`),
    warning: (m) => warnings.push(m),
    group: async (name, fn) => {
      events.push(`group ${name}`);
      try {
        return await fn();
      } finally {
        events.push('endgroup');
      }
    },
    progress: {
      start(label) {
        events.push(`start ${label}`);
        return {
          update: (done, total, detail) => events.push(`update ${label} ${done} ${total} ${detail}`),
          done: (summary) => events.push(`done ${label} ${summary}`),
        };
      },
    },
  };
}

/** True while the process exists and is not a zombie. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

export async function waitUntil(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return cond();
}

/** Live (not zombie) processes with `arg` among their arguments, as [pid, command line]. */
export function processesWithArgument(arg: string): [number, string][] {
  const found: [number, string][] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0+$/, '').split('\0');
    } catch {
      continue;
    }
    if (args.includes(arg) && isRunning(Number(name))) found.push([Number(name), args.join(' ')]);
  }
  return found;
}

/** SIGKILLs every live process with `arg` among its arguments (test clean-up, even on failure). */
export function killWithArgument(arg: string): void {
  for (const [pid] of processesWithArgument(arg)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}

let tagSequence = 0;
/**
 * A sleep duration no other process uses (`700.<this pid><n>` seconds): it names a test's
 * processes in /proc, so the test can find the ones that escaped. Call at the top of a test file:
 * every duration it hands out is cleaned up after each test (any process still sleeping it is
 * killed), so a failing test does not leave processes behind.
 */
export function uniqueSleeps(): () => string {
  const handedOut: string[] = [];
  afterEach(() => {
    for (const t of handedOut.splice(0)) killWithArgument(t);
  });
  return () => {
    const t = `700.${process.pid}${++tagSequence}`;
    handedOut.push(t);
    return t;
  };
}

/** Matches "pid N (sleep DURATION)", how warnings and errors name a process. */
export function namesSleep(duration: string): RegExp {
  return new RegExp(`pid \\d+ \\(sleep ${duration.replace('.', '\\.')}\\)`);
}
