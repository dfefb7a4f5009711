/**
 * `runBenchmark`: run a command N times (after W warm-ups) and measure each run and its whole
 * process tree. See ./README.md for what is measured, how, and how exact it is on each platform.
 */
import { BENCH_SUMMARY_FIELDS, type BenchResult } from '../result/schema.js';
import type { Logger } from '../util/progress.js';
import type { MeasuredRun } from './run-once.js';
import {
  benchResult,
  BenchSession,
  checkCount,
  commandUnderTest,
  DEFAULT_RUNS,
  DEFAULT_WARMUP,
  sessionOptions,
} from './session.js';

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
export { processList, SAMPLER_CPU_BUDGET } from './session.js';
export { runInterleaved, noiseFloor, type InterleavedOptions } from './interleave.js';

export {
  DEFAULT_RUNS,
  DEFAULT_WARMUP,
  DEFAULT_SAMPLE_INTERVAL_MS,
  DEFAULT_KILL_GRACE_MS,
} from './session.js';

/** What to benchmark: shared by `model-gate bench`, `run --bench` and the Action's bench-command. */
export interface BenchOptions {
  /** Run through the shell (`sh -c`) when a single string; as argv when an array. */
  command: string | string[];
  runs: number;
  warmup: number;
  timeoutSeconds?: number;
  latencyFile?: string;
  allowFailure?: boolean;
  /**
   * The baseline's command (`--against`, `bench-baseline-command`): measured in turn with
   * `command` (runs = pairs) and recorded as `bench.against`; the gate then compares the two.
   */
  against?: string | string[];
  /** With `against`: re-measure a failing timing check with this many more pairs before it fails. */
  confirmPairs?: number;
}

export type RunBenchmarkOptions = Omit<BenchOptions, 'runs' | 'warmup' | 'against' | 'confirmPairs'> & {
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

export async function runBenchmark(options: RunBenchmarkOptions, logger: Logger): Promise<BenchResult> {
  const runs = options.runs ?? DEFAULT_RUNS;
  const warmup = options.warmup ?? DEFAULT_WARMUP;
  checkCount('--runs', runs, 1);
  checkCount('--warmup', warmup, 0);
  const cmd = commandUnderTest(
    options.command,
    'bench: no command given (model-gate bench [options] -- COMMAND [ARGS...])',
  );
  const session = await BenchSession.open(sessionOptions(options), logger);
  const recorded: MeasuredRun[] = [];
  try {
    await logger.group(`Benchmark: ${cmd.label}`, async () => {
      for (let i = 0; i < warmup + runs; i++) {
        const isWarm = i < warmup;
        const k = isWarm ? i + 1 : i - warmup + 1;
        const of = isWarm ? warmup : runs;
        recorded.push(
          await session.measure(cmd, {
            index: k,
            warmup: isWarm,
            name: isWarm ? `warm-up run ${k}/${of}` : `run ${k}/${of}`,
            progressLabel: isWarm ? `Warm-up ${k}/${of}` : `Run ${k}/${of}`,
          }),
        );
      }
    });
  } finally {
    session.close();
  }
  const summary = session.summarize(recorded, warmup, null);
  return benchResult(cmd, recorded, summary, session.finish(recorded), session);
}
