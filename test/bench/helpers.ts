import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
