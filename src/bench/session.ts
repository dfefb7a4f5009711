/**
 * A benchmark session: what every measured run of one `bench` invocation shares (GNU time, the
 * nvidia-smi sampler, the host, a temp folder, the warnings), and the measuring of one run of a
 * command in it. `runBenchmark` measures one command in a session; `runInterleaved` two, in turn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GateError, UsageError } from '../errors.js';
import {
  BENCH_SUMMARY_FIELDS,
  type BenchResult,
  type HostInfo,
  type SummaryStats,
} from '../result/schema.js';
import type { Logger } from '../util/progress.js';
import type { RunBenchmarkOptions } from './index.js';
import { escapeLogText, sanitizeTerminal } from '../util/escape.js';
import { DEFAULT_GNU_TIME, isGnuTime } from './gnu-time.js';
import { findOnPath, NvidiaSmiSampler } from './gpu.js';
import { collectHost, type CollectedHost } from './host.js';
import { fileVersion, latencyFigures, readLatencyFile } from './latency.js';
import { procAvailable, type ProcessInfo } from './proc.js';
import { runOnce, STDERR_LINES, type MeasuredRun, type RunContext, type RunOutcome } from './run-once.js';
import { summarize, wallTimeWarnings } from './stats.js';

/** Longest stderr line quoted in an error; each line is made inert (no OSC/CSI, NUL) first. */
const STDERR_LINE_CHARS = 500;
/** The bench process's own CPU must stay below this share of one core (warning otherwise). */
export const SAMPLER_CPU_BUDGET = 0.02;

export const DEFAULT_RUNS = 5;
export const DEFAULT_WARMUP = 1;
export const DEFAULT_SAMPLE_INTERVAL_MS = 100;
export const DEFAULT_KILL_GRACE_MS = 2000;

export interface SessionOptions {
  env: NodeJS.ProcessEnv;
  gnuTime?: string | false;
  sampleIntervalMs: number;
  timeoutSeconds?: number;
  killGraceMs: number;
  keepSurvivors: boolean;
  latencyFile?: string;
  allowFailure: boolean;
}

/** The session options of a benchmark's options, defaults applied. */
export function sessionOptions(options: RunBenchmarkOptions): SessionOptions {
  return {
    env: options.env ?? process.env,
    gnuTime: options.gnuTime,
    sampleIntervalMs: options.sampleIntervalMs ?? DEFAULT_SAMPLE_INTERVAL_MS,
    timeoutSeconds: options.timeoutSeconds,
    killGraceMs: options.killGraceMs ?? DEFAULT_KILL_GRACE_MS,
    keepSurvivors: options.keepSurvivors === true,
    latencyFile: options.latencyFile,
    allowFailure: options.allowFailure === true,
  };
}

/** A command as measured: its argv (`sh -c STRING` for a string) and how messages name it. */
export interface CommandUnderTest {
  argv: string[];
  label: string;
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The argv and label of a command; a UsageError when it is empty (`what` says which one). */
export function commandUnderTest(command: string | string[], emptyMessage: string): CommandUnderTest {
  const argv = typeof command === 'string' ? ['sh', '-c', command] : [...command];
  if (argv.length === 0 || (typeof command === 'string' && command.trim() === ''))
    throw new UsageError(emptyMessage);
  return { argv, label: typeof command === 'string' ? command : argv.map(shellQuote).join(' ') };
}

export function checkCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw new UsageError(`${name} must be an integer ≥ ${min}, got ${value}`);
}

export class BenchSession {
  readonly warnings: string[] = [];
  private gpuWarned = false;

  private constructor(
    private readonly options: SessionOptions,
    private readonly logger: Logger,
    private readonly ctx: Omit<RunContext, 'argv'>,
    private readonly host: CollectedHost,
    readonly method: string,
    private readonly gpu: NvidiaSmiSampler | null,
  ) {}

  static async open(options: SessionOptions, logger: Logger): Promise<BenchSession> {
    if (options.timeoutSeconds !== undefined && !(options.timeoutSeconds > 0))
      throw new UsageError(`--timeout must be a number of seconds > 0, got ${options.timeoutSeconds}`);
    const interval = options.sampleIntervalMs;
    if (!(interval >= 1)) throw new UsageError(`the sampling interval must be ≥ 1 ms, got ${interval}`);
    const env = options.env;
    const useProc = procAvailable();
    const gnuTimePath = options.gnuTime === false ? null : (options.gnuTime ?? DEFAULT_GNU_TIME);
    const gnuTime =
      gnuTimePath !== null && process.platform !== 'win32' && (await isGnuTime(gnuTimePath))
        ? gnuTimePath
        : null;
    const host = await collectHost(env);
    let gpu: NvidiaSmiSampler | null = null;
    const smi = findOnPath('nvidia-smi', env);
    if (smi) {
      gpu = new NvidiaSmiSampler(smi, interval, env);
      await gpu.start();
    }
    const method = describeMethod(useProc, gnuTime, interval, smi !== null && !gpu?.failure);
    const ctx: Omit<RunContext, 'argv'> = {
      env,
      gnuTime,
      useProc,
      tmpDir: mkdtempSync(join(tmpdir(), 'model-gate-bench-')),
      sampleIntervalMs: interval,
      timeoutSeconds: options.timeoutSeconds,
      killGraceMs: options.killGraceMs,
      keepSurvivors: options.keepSurvivors,
      gpu,
      logger,
    };
    const session = new BenchSession(options, logger, ctx, host, method, gpu);
    session.checkGpu();
    return session;
  }

  get useProc(): boolean {
    return this.ctx.useProc;
  }

  warn(message: string): void {
    this.warnings.push(message);
    this.logger.warning(message);
  }

  private checkGpu(): void {
    if (this.gpu?.failure && !this.gpuWarned) {
      this.gpuWarned = true;
      this.warn(`GPU not measured: ${this.gpu.failure}`);
    }
  }

  /**
   * Runs the command once. A failing run throws (exit 2) unless allowFailure, when it is
   * recorded and warned about; `name` ("run 2/5", "baseline run 2/5") names it in messages.
   */
  async measure(
    cmd: CommandUnderTest,
    meta: { index: number; warmup: boolean; name: string; progressLabel: string },
  ): Promise<MeasuredRun> {
    const { name } = meta;
    const latencyFile = this.options.latencyFile;
    const before = latencyFile ? fileVersion(latencyFile) : null;
    const outcome = await runOnce(
      { ...this.ctx, argv: cmd.argv },
      { index: meta.index, warmup: meta.warmup, progressLabel: meta.progressLabel },
    );
    const run = outcome.run;
    this.checkGpu();
    if (outcome.survivors.length > 0)
      this.warn(survivorWarning(name, outcome.survivors, outcome.survivorsKilled));
    // (After a timeout the failure itself names them.)
    if (outcome.unkillable.length > 0 && !run.timed_out)
      this.warn(
        `${name}: ${outcome.unkillable.length} process(es) of the command could not be killed and are still ` +
          `running: ${processList(outcome.unkillable)}.`,
      );
    if (run.timed_out || run.exit_code !== 0) {
      const what = failureText(run, outcome, this.options.timeoutSeconds);
      if (!this.options.allowFailure) {
        const tail = outcome.stderrTail;
        throw new GateError(
          `Benchmark ${name} of "${cmd.label}" ${what}.` +
            (tail.length
              ? ` Last ${Math.min(tail.length, STDERR_LINES)} line(s) of its stderr:\n${tail.map((l) => `  ${sanitizeTerminal(l, STDERR_LINE_CHARS)}`).join('\n')}`
              : ' It wrote nothing to stderr.'),
        );
      }
      this.warn(`Benchmark ${name} ${what}; recorded, and left out of the summary (--allow-failure).`);
      return run;
    }
    if (latencyFile) {
      if (before !== null && fileVersion(latencyFile) === before)
        this.warn(
          `${name}: the latency file ${latencyFile} was not rewritten by the run; its numbers may be stale.`,
        );
      Object.assign(run, latencyFigures(readLatencyFile(latencyFile, name), run.wall_seconds));
    }
    return run;
  }

  /**
   * The summary of one command's recorded runs (measured, successful ones only) and the warnings
   * about them; `who` prefixes those warnings when two commands are measured ("baseline: …").
   */
  summarize(
    recorded: readonly MeasuredRun[],
    warmup: number,
    who: string | null,
  ): Record<string, SummaryStats> {
    const measured = succeeded(recorded);
    const summary: Record<string, SummaryStats> = {};
    for (const field of BENCH_SUMMARY_FIELDS) {
      if (!this.ctx.useProc && /^(cpu|peak)_/.test(field)) continue; // not measured on this platform
      const values = measured
        .map((r) => (r as unknown as Record<string, unknown>)[field])
        .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      if (values.length > 0) summary[field] = summarize(values);
    }
    const prefix = who ? `${who}: ` : '';
    if (measured.length === 0)
      this.warn(`${prefix}No measured run succeeded: the benchmark summary is empty.`);
    for (const w of wallTimeWarnings(
      measured.map((r) => r.wall_seconds),
      warmup,
    ))
      this.warn(prefix + w);
    return summary;
  }

  /** The warnings about all the session's runs together; then the temp folder and sampler go. */
  finish(recorded: readonly MeasuredRun[]): HostInfo {
    const measured = succeeded(recorded);
    const interval = this.ctx.sampleIntervalMs;
    if (
      this.gpu &&
      !this.gpu.failure &&
      measured.length > 0 &&
      measured.every((r) => r.gpu_utilization_percent == null)
    )
      this.warn(
        `GPU: no nvidia-smi sample fell inside a run (runs shorter than the ${interval} ms sampling interval?).`,
      );
    const samplerCpu = measured.reduce((s, r) => s + r.sampler_cpu_seconds, 0);
    const samplerWall = measured.reduce((s, r) => s + r.wall_seconds, 0);
    if (samplerWall >= 1 && samplerCpu / samplerWall > SAMPLER_CPU_BUDGET)
      this.warn(
        `The measuring process used ${((100 * samplerCpu) / samplerWall).toFixed(1)}% of a core during the runs ` +
          `(budget ${100 * SAMPLER_CPU_BUDGET}%); timings may be disturbed on a busy machine.`,
      );
    if (!this.ctx.useProc)
      this.warn(
        `CPU time and memory are not measured on ${process.platform} (no /proc): only wall time (and GPU) are reported; the cpu_* and peak_* fields of each run are 0. ` +
          `Processes the command leaves running, or that leave its process group, are neither found nor killed (a timeout kills the process group only).`,
      );
    return this.host.withGpus(this.gpu?.devices() ?? []);
  }

  close(): void {
    this.gpu?.stop();
    rmSync(this.ctx.tmpDir, { recursive: true, force: true });
  }
}

function succeeded(recorded: readonly MeasuredRun[]): MeasuredRun[] {
  return recorded.filter((r) => !r.warmup && !r.timed_out && r.exit_code === 0);
}

/** The result of one command measured in a session. */
export function benchResult(
  cmd: CommandUnderTest,
  recorded: MeasuredRun[],
  summary: Record<string, SummaryStats>,
  host: HostInfo,
  session: BenchSession,
): BenchResult {
  return {
    command: cmd.argv,
    runs: recorded,
    summary,
    host,
    method: session.method,
    warnings: session.warnings,
  };
}

/** At most this many processes are named in one warning (the count says how many in all). */
const PROCESSES_NAMED = 5;
const COMMAND_CHARS = 80;

/** "pid 123 (sleep 400), pid 124 (…) and 3 more", each command made inert for a log or terminal. */
export function processList(processes: ProcessInfo[]): string {
  const named = processes
    .slice(0, PROCESSES_NAMED)
    .map((p) => `pid ${p.pid} (${escapeLogText(p.command, COMMAND_CHARS)})`)
    .join(', ');
  const more = processes.length - PROCESSES_NAMED;
  return more > 0 ? `${named} and ${more} more` : named;
}

function survivorWarning(name: string, survivors: ProcessInfo[], killed: boolean): string {
  return (
    `${name}: ${survivors.length} process(es) started by the command were still running after it exited ` +
    (killed ? 'and were killed' : 'and were left running (keep-survivors)') +
    `: ${processList(survivors)}. ` +
    (killed ? '' : 'They may disturb the next runs. ') +
    "Their CPU time and memory after the exit are not measured, nor at all by the kernel's accounting if " +
    'their parent did not wait for them.'
  );
}

function failureText(run: MeasuredRun, outcome: RunOutcome, timeout: number | undefined): string {
  if (outcome.spawnError) return `could not be started (${outcome.spawnError})`;
  if (run.timed_out) {
    const killed = outcome.killed.length ? `: ${processList(outcome.killed)}` : '';
    return outcome.unkillable.length
      ? `timed out after ${timeout} s; its process tree was signalled${killed}, but ` +
          `${outcome.unkillable.length} process(es) could not be killed: ${processList(outcome.unkillable)}`
      : `timed out after ${timeout} s; its whole process tree was killed${killed}`;
  }
  if (run.exit_code === null) return `was killed by ${run.signal}`;
  return `failed with exit status ${run.exit_code}${run.exit_code === 127 ? ' (command not found?)' : ''}`;
}

function describeMethod(useProc: boolean, gnuTime: string | null, interval: number, gpu: boolean): string {
  const parts: string[] = [];
  if (useProc && gnuTime)
    parts.push(
      `CPU time and peak RSS: GNU time (${gnuTime}), the kernel's rusage of the command and its waited-for descendants (exact)`,
    );
  else if (useProc)
    parts.push(
      `CPU time: the kernel's totals of the bench process's waited-for children (/proc/self/stat, exact to 10 ms); peak RSS: per-process VmHWM from /proc every ${interval} ms (sampled)`,
    );
  else parts.push(`wall time only (no /proc on ${process.platform})`);
  if (useProc)
    parts.push(`tree RSS: sum over the live process tree from /proc every ${interval} ms (sampled)`);
  parts.push(gpu ? `GPU: nvidia-smi every ${interval} ms (sampled)` : 'GPU: not measured');
  return parts.join('; ');
}
