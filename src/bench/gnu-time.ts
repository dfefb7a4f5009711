/**
 * GNU time (`/usr/bin/time -f FORMAT -o FILE -- COMMAND...`): the kernel's own accounting.
 *
 * GNU time forks, execs the command and `wait`s for it; what it prints is the rusage the kernel
 * returns for that waited-for child — its own usage plus that of every descendant it (or they)
 * waited for. GNU time's own ~1.4 MB resident set and CPU are NOT included (it reports its
 * child's rusage, not RUSAGE_SELF; checked: `/usr/bin/time -f %M sleep 1` prints sleep's VmHWM,
 * larger than time's own). `%M` (ru_maxrss) is the peak of the largest single process among those,
 * not a sum. A command given as one string runs under `sh -c`, so the shell is part of the tree
 * (its CPU is counted, and its ~1 MB can be the peak only if nothing larger runs).
 *
 * Not included by the kernel: descendants that were orphaned (their parent exited before them,
 * so they were reparented to init and reaped there) and processes still running when the
 * command's top process exits.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const DEFAULT_GNU_TIME = '/usr/bin/time';

/** A marker first, so the line is found even after GNU time's "Command exited with ..." line. */
export const GNU_TIME_FORMAT = 'model-gate-rusage %e %U %S %M %x';

export interface GnuTimeReport {
  elapsedSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  maxRssBytes: number;
  exitCode: number | null;
  /** Set when GNU time reported "Command terminated by signal N". */
  signalNumber: number | null;
}

const probes = new Map<string, Promise<boolean>>();

/** True when `path` is GNU time (it accepts `--version` and says so). Cached per path. */
export function isGnuTime(path: string): Promise<boolean> {
  let p = probes.get(path);
  if (!p) {
    p = new Promise<boolean>((resolve) => {
      if (!existsSync(path)) return resolve(false);
      let out = '';
      const child = spawn(path, ['--version'], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('error', () => resolve(false));
      child.on('close', (code) => resolve(code === 0 && /GNU/.test(out)));
    });
    probes.set(path, p);
  }
  return p;
}

export function gnuTimeArgv(timePath: string, outFile: string, command: string[]): string[] {
  return [timePath, '-f', GNU_TIME_FORMAT, '-o', outFile, '--', ...command];
}

/** Parses GNU time's -o file; null when it is missing or has no report (GNU time was killed). */
export function readGnuTimeReport(file: string): GnuTimeReport | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  return parseGnuTimeReport(text);
}

export function parseGnuTimeReport(text: string): GnuTimeReport | null {
  const line = text.split('\n').find((l) => l.startsWith('model-gate-rusage '));
  if (!line) return null;
  const [e, u, s, m, x] = line.slice('model-gate-rusage '.length).trim().split(/\s+/).map(Number);
  if (![e, u, s, m, x].every(Number.isFinite)) return null;
  const sig = /Command terminated by signal (\d+)/.exec(text);
  return {
    elapsedSeconds: e,
    userSeconds: u,
    systemSeconds: s,
    maxRssBytes: m * 1024,
    exitCode: sig ? null : x,
    signalNumber: sig ? Number(sig[1]) : null,
  };
}
