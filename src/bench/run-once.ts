/** One measured execution of the command: spawn, sample, time out, collect. */
import { spawn } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { join } from 'node:path';
import type { BenchRun } from '../result/schema.js';
import type { Logger } from '../util/progress.js';
import { gnuTimeArgv, readGnuTimeReport } from './gnu-time.js';
import { gpuFigures, type NvidiaSmiSampler } from './gpu.js';
import {
  describeProcess,
  ownChildrenCpu,
  ProcessTreeSampler,
  runMarker,
  sleep,
  type KillReport,
  type ProcessInfo,
} from './proc.js';

/** A run as recorded: the schema's fields plus the bench process's own CPU during the run. */
export interface MeasuredRun extends BenchRun {
  /**
   * CPU seconds (user + system) of the bench process itself while the run was in flight: /proc
   * sampling, reading stderr and nvidia-smi output, the event loop. Not part of cpu_seconds: the
   * bench process is the command's parent, not its descendant.
   */
  sampler_cpu_seconds: number;
}

export interface RunContext {
  /** The command's argv (`sh -c STRING` for a string command). */
  argv: string[];
  env: NodeJS.ProcessEnv;
  /** GNU time's path, or null to measure without it. */
  gnuTime: string | null;
  /** /proc is readable (Linux). */
  useProc: boolean;
  tmpDir: string;
  sampleIntervalMs: number;
  timeoutSeconds?: number;
  killGraceMs: number;
  /** Leave processes that outlive a successful command's top process running (default: kill). */
  keepSurvivors: boolean;
  gpu: NvidiaSmiSampler | null;
  logger: Logger;
}

export interface RunOutcome {
  run: MeasuredRun;
  /** Last lines of the command's stderr (at most `STDERR_LINES`). */
  stderrTail: string[];
  /**
   * Processes of the run still alive after its top process exited normally (found through /proc:
   * ancestry, session, process group, marker variable). Killed unless `keepSurvivors`.
   */
  survivors: ProcessInfo[];
  /** Whether `survivors` were killed (false with keepSurvivors). */
  survivorsKilled: boolean;
  /** On a timeout: the processes killed. */
  killed: ProcessInfo[];
  /** Processes of the run that were signalled but are still alive after every kill attempt. */
  unkillable: ProcessInfo[];
  /** Why the command could not be started at all (no GNU time, command not found). */
  spawnError: string | null;
}

export const STDERR_LINES = 20;
const STDERR_KEEP_BYTES = 64 * 1024;

export class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > STDERR_KEEP_BYTES && this.chunks.length > 1) this.size -= this.chunks.shift()!.length;
  }
  lastLines(n: number): string[] {
    const text = Buffer.concat(this.chunks).toString('utf8');
    const lines = text.split(/\r?\n/);
    while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
    return lines.slice(-n);
  }
}

export function signalName(n: number): string {
  for (const [name, num] of Object.entries(osConstants.signals)) if (num === n) return name;
  return `signal ${n}`;
}

let sequence = 0;

export async function runOnce(
  ctx: RunContext,
  meta: { index: number; warmup: boolean; progressLabel: string },
): Promise<RunOutcome> {
  const timeFile = join(ctx.tmpDir, `rusage-${++sequence}.txt`);
  const argv = ctx.gnuTime ? gnuTimeArgv(ctx.gnuTime, timeFile, ctx.argv) : ctx.argv;
  const progress = ctx.logger.progress.start(meta.progressLabel);
  const stderr = new TailBuffer();

  const kids0 = ctx.useProc ? ownChildrenCpu() : null;
  // Every process of the run inherits this variable: how /proc finds the ones that left the tree.
  const marker = ctx.useProc ? runMarker() : null;
  const env = marker ? { ...ctx.env, [marker.name]: '1' } : ctx.env;
  const t0 = performance.now();
  // Own session and process group (detached), so a timeout can signal the whole group at once.
  const child = spawn(argv[0], argv.slice(1), {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env,
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>(
    (resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      child.once('error', (error) => resolve({ code: null, signal: null, error }));
    },
  );
  child.stderr?.on('data', (d: Buffer) => stderr.push(d));
  // The sampler's cost starts after the fork: spawning is a cost every harness (GNU time,
  // hyperfine) pays too, and on sub-second runs it would swamp what sampling costs.
  const cpu0 = process.cpuUsage();

  const sampler =
    ctx.useProc && child.pid !== undefined
      ? new ProcessTreeSampler(child.pid, {
          excludeRoot: ctx.gnuTime !== null,
          readHighWaterMark: ctx.gnuTime === null,
          marker: marker ?? undefined,
        })
      : null;
  sampler?.sample();
  let lastProgress = t0;
  const ticker = setInterval(() => {
    sampler?.sample();
    const now = performance.now();
    if (now - lastProgress >= 1000) {
      lastProgress = now;
      const elapsed = (now - t0) / 1000;
      progress.update(elapsed, ctx.timeoutSeconds, `${elapsed.toFixed(1)} s`);
    }
  }, ctx.sampleIntervalMs);

  let timedOut = false;
  // Assigned in the timer callback (a cast: TypeScript would narrow a `null` initialiser for good).
  let killing = null as Promise<KillReport | void> | null;
  const timer =
    ctx.timeoutSeconds !== undefined
      ? setTimeout(() => {
          timedOut = true;
          killing = sampler
            ? sampler.killTree(ctx.killGraceMs)
            : killGroup(child.pid, ctx.killGraceMs, exited);
        }, ctx.timeoutSeconds * 1000)
      : null;

  const ended = await exited;
  const t1 = performance.now();
  const kids1 = ctx.useProc ? ownChildrenCpu() : null;
  clearInterval(ticker);
  if (timer) clearTimeout(timer);
  const timeoutKill = killing ? ((await killing) ?? undefined) : undefined;

  // Late stderr still in the pipe; do not wait for processes that outlived the command and
  // keep the pipe open (the run ends when the command's top process exits).
  if (child.stderr && !child.stderr.readableEnded) {
    await Promise.race([new Promise((r) => child.stderr!.once('end', r)), sleep(50)]);
    child.stderr.destroy();
  }
  // What outlived a normal exit: named, then killed (a benchmark must not leave load behind that
  // disturbs the next run, nor processes nobody asked for).
  let survivors: ProcessInfo[] = [];
  let unkillable: ProcessInfo[] = timeoutKill ? timeoutKill.remaining : [];
  // Killing survivors may take the grace period, outside the run's wall time: not the sampler's
  // cost during the run (it would trip the sampler budget warning).
  const samplerCpu = process.cpuUsage(cpu0);
  const outlived = sampler && !timedOut ? sampler.survivors() : [];
  if (sampler && outlived.length > 0) {
    if (ctx.keepSurvivors) {
      survivors = outlived.map(describeProcess);
    } else {
      const kill = await sampler.killTree(ctx.killGraceMs);
      survivors = [...kill.killed, ...kill.remaining];
      unkillable = kill.remaining;
    }
  }
  const wall = (t1 - t0) / 1000;

  const report = ctx.gnuTime ? readGnuTimeReport(timeFile) : null;
  let exitCode = ended.code;
  let signal: string | null = ended.signal;
  let user = 0;
  let system = 0;
  let peakRss = 0;
  if (report) {
    exitCode = report.exitCode;
    signal = report.signalNumber === null ? null : signalName(report.signalNumber);
    user = report.userSeconds;
    system = report.systemSeconds;
    peakRss = report.maxRssBytes;
  } else if (sampler) {
    // Kernel totals of our own waited-for children: the command (and what it waited for).
    if (kids0 && kids1) {
      user = Math.max(0, kids1.user - kids0.user);
      system = Math.max(0, kids1.system - kids0.system);
    }
    const seen = sampler.lastSeenCpuSeconds();
    if (timedOut && seen > user + system) {
      // Killed processes were reaped by init, not by us: keep what /proc showed last.
      user = seen;
      system = 0;
    }
    peakRss = sampler.peakProcessRssBytes;
  }
  if (timedOut) {
    exitCode = null;
    signal = signal ?? 'SIGTERM';
  }
  const treeRss = Math.max(sampler?.peakTreeRssBytes ?? 0, peakRss);

  const run: MeasuredRun = {
    index: meta.index,
    warmup: meta.warmup,
    exit_code: exitCode,
    signal,
    timed_out: timedOut,
    wall_seconds: wall,
    cpu_seconds: user + system,
    cpu_user_seconds: user,
    cpu_system_seconds: system,
    peak_rss_bytes: peakRss,
    peak_tree_rss_bytes: treeRss,
    gpu_utilization_percent: null,
    gpu_utilization_max_percent: null,
    gpu_memory_peak_bytes: null,
    sampler_cpu_seconds: 0,
  };
  if (ctx.gpu && !ctx.gpu.failure) {
    const pids = sampler?.memberPids() ?? new Set<number>(child.pid !== undefined ? [child.pid] : []);
    Object.assign(run, gpuFigures(ctx.gpu.gpu, ctx.gpu.apps, t0, t1, pids));
  }
  run.sampler_cpu_seconds = (samplerCpu.user + samplerCpu.system) / 1e6;

  const failed = timedOut || exitCode !== 0;
  progress.done(
    timedOut
      ? `timed out after ${ctx.timeoutSeconds} s`
      : failed
        ? `${wall.toFixed(3)} s, failed (${exitCode !== null ? `exit status ${exitCode}` : signal})`
        : `${wall.toFixed(3)} s`,
  );
  return {
    run,
    stderrTail: stderr.lastLines(STDERR_LINES),
    survivors,
    survivorsKilled: survivors.length > 0 && !ctx.keepSurvivors,
    killed: timeoutKill ? timeoutKill.killed : [],
    unkillable,
    spawnError: ended.error ? ended.error.message : null,
  };
}

/** Without /proc: TERM the process group, KILL it after the grace period. */
async function killGroup(pid: number | undefined, graceMs: number, exited: Promise<unknown>): Promise<void> {
  if (pid === undefined) return;
  const send = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // gone
    }
  };
  send('SIGTERM');
  await Promise.race([exited, sleep(graceMs)]);
  send('SIGKILL');
}
