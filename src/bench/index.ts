/**
 * `runBenchmark`: run a command N times (after W warm-ups) and measure each run and its whole
 * process tree. See ./README.md for what is measured, how, and how exact it is on each platform.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GateError, UsageError } from '../errors.js';
import { BENCH_SUMMARY_FIELDS, type BenchResult, type SummaryStats } from '../result/schema.js';
import type { Logger } from '../util/progress.js';
import { DEFAULT_GNU_TIME, isGnuTime } from './gnu-time.js';
import { findOnPath, NvidiaSmiSampler } from './gpu.js';
import { collectHost } from './host.js';
import { fileVersion, latencyFigures, readLatencyFile } from './latency.js';
import { procAvailable, type ProcessInfo } from './proc.js';
import { runOnce, STDERR_LINES, type MeasuredRun, type RunContext, type RunOutcome } from './run-once.js';
import { summarize, wallTimeWarnings } from './stats.js';
import { escapeLogText, sanitizeTerminal } from '../util/escape.js';

/** Longest stderr line quoted in an error; each line is made inert (no OSC/CSI, NUL) first. */
const STDERR_LINE_CHARS = 500;

export type { MeasuredRun } from './run-once.js';
export {
  summarize,
  percentileSorted,
  modifiedZScores,
  wallTimeWarnings,
  OUTLIER_THRESHOLD,
} from './stats.js';
export { parseLatencies, latencyFigures } from './latency.js';
export { parseGpuLine, parseAppLine, gpuFigures } from './gpu.js';
export { parseGnuTimeReport } from './gnu-time.js';

export const DEFAULT_RUNS = 5;
export const DEFAULT_WARMUP = 1;
export const DEFAULT_SAMPLE_INTERVAL_MS = 100;
export const DEFAULT_KILL_GRACE_MS = 2000;
/** The bench process's own CPU must stay below this share of one core (warning otherwise). */
export const SAMPLER_CPU_BUDGET = 0.02;

/** What to benchmark: shared by `model-gate bench`, `run --bench` and the Action's bench-command. */
export interface BenchOptions {
  /** Run through the shell (`sh -c`) when a single string; as argv when an array. */
  command: string | string[];
  runs: number;
  warmup: number;
  timeoutSeconds?: number;
  latencyFile?: string;
  allowFailure?: boolean;
}

export type RunBenchmarkOptions = Omit<BenchOptions, 'runs' | 'warmup'> & {
  /** Default 5. */
  runs?: number;
  /** Default 1. */
  warmup?: number;
  /** /proc and nvidia-smi sampling interval; default 100 ms. */
  sampleIntervalMs?: number;
  /** Environment of the command and where nvidia-smi is looked up; default process.env at call time. */
  env?: NodeJS.ProcessEnv;
  /** GNU time to use (default /usr/bin/time when it is GNU time); false = measure without it. */
  gnuTime?: string | false;
  /** Time between SIGTERM and SIGKILL (after a timeout, and for survivors); default 2000 ms. */
  killGraceMs?: number;
  /**
   * Leave processes that outlive a run's top process running (a daemon the user wants) instead
   * of killing them; they are still named in a warning. Default false.
   */
  keepSurvivors?: boolean;
};

/** Summary fields, in report order. GPU and latency fields appear only when measured. */
export const SUMMARY_FIELDS = BENCH_SUMMARY_FIELDS;

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw new UsageError(`${name} must be an integer ≥ ${min}, got ${value}`);
}

export async function runBenchmark(options: RunBenchmarkOptions, logger: Logger): Promise<BenchResult> {
  const runs = options.runs ?? DEFAULT_RUNS;
  const warmup = options.warmup ?? DEFAULT_WARMUP;
  const interval = options.sampleIntervalMs ?? DEFAULT_SAMPLE_INTERVAL_MS;
  checkCount('--runs', runs, 1);
  checkCount('--warmup', warmup, 0);
  if (options.timeoutSeconds !== undefined && !(options.timeoutSeconds > 0))
    throw new UsageError(`--timeout must be a number of seconds > 0, got ${options.timeoutSeconds}`);
  if (!(interval >= 1)) throw new UsageError(`the sampling interval must be ≥ 1 ms, got ${interval}`);
  const argv = typeof options.command === 'string' ? ['sh', '-c', options.command] : [...options.command];
  if (argv.length === 0 || (typeof options.command === 'string' && options.command.trim() === ''))
    throw new UsageError('bench: no command given (model-gate bench [options] -- COMMAND [ARGS...])');
  const label = typeof options.command === 'string' ? options.command : argv.map(shellQuote).join(' ');
  const env = options.env ?? process.env;

  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    logger.warning(message);
  };

  const useProc = procAvailable();
  const gnuTimePath = options.gnuTime === false ? null : (options.gnuTime ?? DEFAULT_GNU_TIME);
  const gnuTime =
    gnuTimePath !== null && process.platform !== 'win32' && (await isGnuTime(gnuTimePath))
      ? gnuTimePath
      : null;
  const host = await collectHost(env);

  let gpu: NvidiaSmiSampler | null = null;
  let gpuWarned = false;
  const smi = findOnPath('nvidia-smi', env);
  if (smi) {
    gpu = new NvidiaSmiSampler(smi, interval, env);
    await gpu.start();
  }
  const checkGpu = () => {
    if (gpu?.failure && !gpuWarned) {
      gpuWarned = true;
      warn(`GPU not measured: ${gpu.failure}`);
    }
  };
  checkGpu();

  const method = describeMethod(useProc, gnuTime, interval, smi !== null && !gpu?.failure);
  const tmpDir = mkdtempSync(join(tmpdir(), 'model-gate-bench-'));
  const ctx: RunContext = {
    argv,
    env,
    gnuTime,
    useProc,
    tmpDir,
    sampleIntervalMs: interval,
    timeoutSeconds: options.timeoutSeconds,
    killGraceMs: options.killGraceMs ?? DEFAULT_KILL_GRACE_MS,
    keepSurvivors: options.keepSurvivors === true,
    gpu,
    logger,
  };
  const recorded: MeasuredRun[] = [];
  try {
    await logger.group(`Benchmark: ${label}`, async () => {
      for (let i = 0; i < warmup + runs; i++) {
        const isWarm = i < warmup;
        const k = isWarm ? i + 1 : i - warmup + 1;
        const of = isWarm ? warmup : runs;
        const name = isWarm ? `warm-up run ${k}/${of}` : `run ${k}/${of}`;
        const before = options.latencyFile ? fileVersion(options.latencyFile) : null;
        const outcome = await runOnce(ctx, {
          index: k,
          warmup: isWarm,
          progressLabel: isWarm ? `Warm-up ${k}/${of}` : `Run ${k}/${of}`,
        });
        const run = outcome.run;
        checkGpu();
        recorded.push(run);
        if (outcome.survivors.length > 0)
          warn(survivorWarning(name, outcome.survivors, outcome.survivorsKilled));
        // (After a timeout the failure itself names them.)
        if (outcome.unkillable.length > 0 && !run.timed_out)
          warn(
            `${name}: ${outcome.unkillable.length} process(es) of the command could not be killed and are still ` +
              `running: ${processList(outcome.unkillable)}.`,
          );
        if (run.timed_out || run.exit_code !== 0) {
          const what = failureText(run, outcome, options.timeoutSeconds);
          if (!options.allowFailure) {
            const tail = outcome.stderrTail;
            throw new GateError(
              `Benchmark ${name} of "${label}" ${what}.` +
                (tail.length
                  ? ` Last ${Math.min(tail.length, STDERR_LINES)} line(s) of its stderr:\n${tail.map((l) => `  ${sanitizeTerminal(l, STDERR_LINE_CHARS)}`).join('\n')}`
                  : ' It wrote nothing to stderr.'),
            );
          }
          warn(`Benchmark ${name} ${what}; recorded, and left out of the summary (--allow-failure).`);
          continue;
        }
        if (options.latencyFile) {
          if (before !== null && fileVersion(options.latencyFile) === before)
            warn(
              `${name}: the latency file ${options.latencyFile} was not rewritten by the run; its numbers may be stale.`,
            );
          Object.assign(run, latencyFigures(readLatencyFile(options.latencyFile, name), run.wall_seconds));
        }
      }
    });
  } finally {
    gpu?.stop();
    rmSync(tmpDir, { recursive: true, force: true });
  }

  const measured = recorded.filter((r) => !r.warmup && !r.timed_out && r.exit_code === 0);
  const summary: Record<string, SummaryStats> = {};
  for (const field of SUMMARY_FIELDS) {
    if (!useProc && /^(cpu|peak)_/.test(field)) continue; // not measured on this platform
    const values = measured
      .map((r) => (r as unknown as Record<string, unknown>)[field])
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (values.length > 0) summary[field] = summarize(values);
  }
  if (measured.length === 0) warn('No measured run succeeded: the benchmark summary is empty.');
  for (const w of wallTimeWarnings(
    measured.map((r) => r.wall_seconds),
    warmup,
  ))
    warn(w);
  if (gpu && !gpu.failure && measured.length > 0 && measured.every((r) => r.gpu_utilization_percent == null))
    warn(
      `GPU: no nvidia-smi sample fell inside a run (runs shorter than the ${interval} ms sampling interval?).`,
    );
  const samplerCpu = measured.reduce((s, r) => s + r.sampler_cpu_seconds, 0);
  const samplerWall = measured.reduce((s, r) => s + r.wall_seconds, 0);
  if (samplerWall >= 1 && samplerCpu / samplerWall > SAMPLER_CPU_BUDGET)
    warn(
      `The measuring process used ${((100 * samplerCpu) / samplerWall).toFixed(1)}% of a core during the runs ` +
        `(budget ${100 * SAMPLER_CPU_BUDGET}%); timings may be disturbed on a busy machine.`,
    );
  if (!useProc)
    warn(
      `CPU time and memory are not measured on ${process.platform} (no /proc): only wall time (and GPU) are reported; the cpu_* and peak_* fields of each run are 0. ` +
        `Processes the command leaves running, or that leave its process group, are neither found nor killed (a timeout kills the process group only).`,
    );

  return {
    command: argv,
    runs: recorded,
    summary,
    host: host.withGpus(gpu?.devices() ?? []),
    method,
    warnings,
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
