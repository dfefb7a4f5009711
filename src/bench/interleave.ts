/**
 * `runInterleaved`: the baseline's and the candidate's commands measured in turn on the same
 * machine — W warm-ups of each, then baseline, candidate, baseline, candidate … — so that what
 * drifts on a runner (a noisy neighbour, thermal throttling, a cache filling up) lands on both
 * series alike instead of on the one measured later. The candidate's series is the result
 * (`bench`), the baseline's is `bench.against`; the gate compares the two (src/compare/bench-test.ts).
 */
import type { BenchAgainst, BenchResult } from '../result/schema.js';
import type { Logger } from '../util/progress.js';
import type { MeasuredRun } from './run-once.js';
import {
  BenchSession,
  checkCount,
  commandUnderTest,
  DEFAULT_RUNS,
  DEFAULT_WARMUP,
  sessionOptions,
  type CommandUnderTest,
} from './session.js';
import { median } from './stats.js';
import type { RunBenchmarkOptions } from './index.js';

export type InterleavedOptions = RunBenchmarkOptions & {
  /** The baseline's command (shell string or argv), measured before the candidate in each pair. */
  against: string | string[];
};

/**
 * The A/A noise floor of each summary field: the robust relative spread of the baseline's
 * measured runs, 1.4826 · MAD / |median| (a standard deviation, relative, for normal data, but not
 * moved by one stray run). The baseline against itself in the same slots of the same job: a
 * difference between the two medians that is well inside it is noise on this machine.
 */
export function noiseFloor(
  runs: readonly MeasuredRun[] | BenchAgainst['runs'],
  fields: readonly string[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const field of fields) {
    const values = runs
      .filter((r) => !r.warmup && !r.timed_out && r.exit_code === 0)
      .map((r) => (r as unknown as Record<string, unknown>)[field])
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (values.length < 2) continue;
    const m = median(values);
    if (m === 0) continue;
    const mad = median(values.map((v) => Math.abs(v - m)));
    out[field] = (1.4826 * mad) / Math.abs(m);
  }
  return out;
}

/**
 * Measures the two commands in turn. With `previous` (a confirming re-measurement), its series
 * are continued: the new runs are appended and numbered after the old ones (warm-ups again
 * first, since the machine has done other work in between), and `pairs` counts them all.
 */
export async function runInterleaved(
  options: InterleavedOptions,
  logger: Logger,
  previous?: BenchResult,
): Promise<BenchResult> {
  const pairs = options.runs ?? DEFAULT_RUNS;
  const warmup = options.warmup ?? DEFAULT_WARMUP;
  checkCount(previous ? '--confirm' : '--runs', pairs, 1);
  checkCount('--warmup', warmup, 0);
  const candidate = commandUnderTest(
    options.command,
    'bench: no candidate command given (model-gate bench --against "BASELINE COMMAND" -- CANDIDATE COMMAND [ARGS...])',
  );
  const baseline = commandUnderTest(
    options.against,
    'bench: --against is empty: give the baseline\'s command, e.g. --against "python predict.py --model old.onnx"',
  );
  if (previous && !previous.against)
    throw new Error('runInterleaved: the previous result has no against series');
  const session = await BenchSession.open(sessionOptions(options), logger);
  const a: MeasuredRun[] = [...((previous?.against?.runs ?? []) as MeasuredRun[])];
  const b: MeasuredRun[] = [...((previous?.runs ?? []) as MeasuredRun[])];
  const done = a.filter((r) => !r.warmup).length;
  const step = async (
    cmd: CommandUnderTest,
    side: 'baseline' | 'candidate',
    into: MeasuredRun[],
    k: number,
    of: number,
    isWarm: boolean,
  ) => {
    const what = isWarm ? 'warm-up' : 'run';
    into.push(
      await session.measure(cmd, {
        index: isWarm ? k : done + k,
        warmup: isWarm,
        name: `${side} ${what} ${isWarm ? k : done + k}/${isWarm ? of : done + of}`,
        progressLabel: `${side === 'baseline' ? 'A' : 'B'} ${what} ${isWarm ? k : done + k}/${isWarm ? of : done + of}`,
      }),
    );
  };
  try {
    const title = previous ? `Confirming: ${pairs} more pairs` : 'Interleaved benchmark';
    await logger.group(`${title}: baseline ${baseline.label} vs candidate ${candidate.label}`, async () => {
      for (let k = 1; k <= warmup; k++) {
        await step(baseline, 'baseline', a, k, warmup, true);
        await step(candidate, 'candidate', b, k, warmup, true);
      }
      for (let k = 1; k <= pairs; k++) {
        await step(baseline, 'baseline', a, k, pairs, false);
        await step(candidate, 'candidate', b, k, pairs, false);
      }
    });
  } finally {
    session.close();
  }
  if (previous) session.warnings.unshift(...previous.warnings);
  const againstSummary = session.summarize(a, warmup, 'baseline');
  const summary = session.summarize(b, warmup, 'candidate');
  const host = session.finish([...a, ...b]);
  const against: BenchAgainst = {
    command: baseline.argv,
    runs: a,
    summary: againstSummary,
    order: 'interleaved',
    pairs: done + pairs,
    noise_floor: noiseFloor(a, Object.keys(againstSummary)),
  };
  if (previous?.against?.confirm) against.confirm = previous.against.confirm;
  return {
    command: candidate.argv,
    runs: b,
    summary,
    host,
    method: session.method,
    warnings: session.warnings,
    against,
  };
}
