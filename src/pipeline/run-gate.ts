import { basename } from 'node:path';
import { runBenchmark, runInterleaved, type BenchOptions } from '../bench/index.js';
import { runServeBenchmark, SERVE_DEFAULTS, type ServeBenchOptions } from '../bench/serve/serve-bench.js';
import { UsageError } from '../errors.js';
import { checkBenchRuns, EXAMPLES_FORMAT, loadBaseline, writeExamples } from '../compare/index.js';
import { loadGateConfig } from '../config/index.js';
import type { EvaluateOptions, ExampleData } from '../result/evaluation-data.js';
import { evaluate } from '../evaluate/evaluate.js';
import { evaluateExamples } from '../evaluate/evaluate-task.js';
import { evaluateScores } from '../evaluate/scores/evaluate-scores.js';
import { SCORES_FORMAT, writeScoresExamples } from '../result/scores-examples.js';
import type { ScoresData } from '../result/scores-data.js';
import type { Result } from '../result/schema.js';
import { judgeConfirmingBench } from './confirm-bench.js';
import { writeReports } from './write-reports.js';
import type { Logger } from '../util/progress.js';

export type { BenchOptions, ServeBenchOptions };

export interface RunGateOptions {
  evaluate: EvaluateOptions;
  bench?: BenchOptions;
  /** A served model to benchmark instead (`run --serve`): its rounds are the bench runs. */
  serve?: ServeBenchOptions;
  /** gate.yml path; undefined = the default config (primary metric, max_regression 0). */
  configPath?: string;
  /** Baseline folder or result.json; undefined = no baseline (verdict no-baseline). */
  baseline?: string;
  outDir: string;
  /** Overrides gate.yml's fail_on. */
  failOn?: 'fail' | 'warn' | 'never';
  source?: Result['source'];
  /** Gate name (several gates per repository); used in reports and metrics labels. */
  name?: string;
}

export interface RunGateOutput {
  result: Result;
  baseline: Result | null;
  paths: { result: string; report: string; html: string; examples?: string };
  reportMarkdown: string;
  /** 0 pass / warn / no-baseline, 1 when the gate failed under fail_on. */
  exitCode: 0 | 1;
}

/** Evaluates with the rows kept (for pairing), then writes them to the sidecar. */
async function evaluateInMemory(
  options: RunGateOptions,
  logger: Logger,
): Promise<{ result: Result; data: ExampleData; examplesPath: string }> {
  const { result, data } = await logger.group('Evaluate', () =>
    evaluateExamples(options.evaluate, logger, options.source ?? {}),
  );
  const examplesPath = await logger.group('Examples sidecar', () =>
    writeExamples(options.outDir, data, logger),
  );
  return { result, data, examplesPath };
}

/** `--task scores`: the examples (trials folded in) in memory, then their sidecar. */
async function evaluateScoresRun(
  options: RunGateOptions,
  logger: Logger,
): Promise<{ result: Result; data: ScoresData; examplesPath: string }> {
  const { result, data } = await logger.group('Evaluate', () =>
    evaluateScores(options.evaluate, logger, options.source ?? {}),
  );
  const examplesPath = await logger.group('Examples sidecar', () =>
    writeScoresExamples(options.outDir, data),
  );
  return { result, data, examplesPath };
}

/** The whole pipeline: config → bench → evaluate → compare → report files. Used by the CLI and the Action. */
export async function runGate(options: RunGateOptions, logger: Logger): Promise<RunGateOutput> {
  const name = options.name ?? 'model-gate';
  // Config and baseline first: a typo in gate.yml or a bad baseline path should fail in a
  // second, not after a long benchmark whose figures would then be lost.
  const scores = options.evaluate.task === 'scores';
  const config = await loadGateConfig(options.configPath, { scoreMetrics: scores });
  if (options.bench) {
    const note = checkBenchRuns(config, options.bench.runs, options.configPath ?? 'the default gate');
    if (note) logger.warning(note);
  }
  if (options.bench && options.serve) throw new UsageError('give --bench or --serve, not both');
  if (options.serve) {
    const rounds = options.serve.runs ?? SERVE_DEFAULTS.runs;
    const note = checkBenchRuns(config, rounds, options.configPath ?? 'the default gate');
    if (note) logger.warning(note);
  }
  // Reading a baseline's million-row sidecar takes seconds: a step of its own in the log.
  const baselinePath = options.baseline;
  const baseline = baselinePath
    ? await logger.group(`Baseline ${baselinePath}`, () => loadBaseline(baselinePath, logger))
    : null;
  const b = options.bench;
  const bench = b
    ? await logger.group('Benchmark', () =>
        b.against ? runInterleaved({ ...b, against: b.against }, logger) : runBenchmark(b, logger),
      )
    : options.serve
      ? await logger.group('Serving benchmark', () => runServeBenchmark(options.serve!, logger))
      : undefined;
  // With a baseline the candidate's rows stay in memory to be paired with the baseline's. Without
  // one nothing is paired: the rows are streamed, and written to the sidecar as they are scored,
  // so memory does not grow with n (as `evaluate`).
  // A ranking's examples are queries (thousands, not millions) and text rows are scored from
  // memory (evaluate/read/text-read.ts): both keep their examples and write the sidecar after.
  const { result, data, examplesPath } = scores
    ? await evaluateScoresRun(options, logger)
    : baseline || options.evaluate.task === 'ranking' || options.evaluate.task === 'text'
      ? await evaluateInMemory(options, logger)
      : await logger.group('Evaluate', () =>
          evaluate(
            { ...options.evaluate, retainRows: false, examplesDir: options.outDir },
            logger,
            options.source ?? {},
          ),
        );
  if (bench) result.bench = bench;
  result.examples = {
    file: basename(examplesPath!),
    format: scores ? SCORES_FORMAT : EXAMPLES_FORMAT,
    rows: result.n,
  };

  const { gate, exitCode } = await logger.group('Compare', async () =>
    judgeConfirmingBench(
      { result, examples: data },
      baseline,
      config,
      options.failOn,
      options.bench,
      logger,
      options.evaluate.missing,
    ),
  );
  result.gate = gate;
  const written = await writeReports(options.outDir, result, baseline?.result ?? null, name);
  return {
    result,
    baseline: baseline?.result ?? null,
    paths: { ...written.paths, examples: examplesPath },
    reportMarkdown: written.reportMarkdown,
    exitCode,
  };
}
