import { basename } from 'node:path';
import { runBenchmark, type BenchOptions } from '../bench/index.js';
import { checkBenchRuns, EXAMPLES_FORMAT, loadBaseline, writeExamples } from '../compare/index.js';
import { loadGateConfig } from '../config/index.js';
import type { EvaluateOptions } from '../result/evaluation-data.js';
import { evaluate } from '../evaluate/evaluate.js';
import { evaluateScores } from '../evaluate/scores/evaluate-scores.js';
import { SCORES_FORMAT, writeScoresExamples } from '../result/scores-examples.js';
import type { EvaluationData } from '../result/evaluation-data.js';
import type { ScoresData } from '../result/scores-data.js';
import type { Result } from '../result/schema.js';
import { judge } from './judge.js';
import { writeReports } from './write-reports.js';
import type { Logger } from '../util/progress.js';

export type { BenchOptions };

export interface RunGateOptions {
  evaluate: EvaluateOptions;
  bench?: BenchOptions;
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
  // Reading a baseline's million-row sidecar takes seconds: a step of its own in the log.
  const baselinePath = options.baseline;
  const baseline = baselinePath
    ? await logger.group(`Baseline ${baselinePath}`, () => loadBaseline(baselinePath, logger))
    : null;
  const bench = options.bench
    ? await logger.group('Benchmark', () => runBenchmark(options.bench!, logger))
    : undefined;
  const { result, data } = await logger.group(
    'Evaluate',
    (): Promise<{ result: Result; data: EvaluationData | ScoresData }> =>
      scores
        ? evaluateScores(options.evaluate, logger, options.source ?? {})
        : evaluate(options.evaluate, logger, options.source ?? {}),
  );
  if (bench) result.bench = bench;

  const examplesPath = await logger.group('Examples sidecar', () =>
    data.task === 'scores'
      ? writeScoresExamples(options.outDir, data)
      : writeExamples(options.outDir, data, logger),
  );
  result.examples = {
    file: basename(examplesPath),
    format: data.task === 'scores' ? SCORES_FORMAT : EXAMPLES_FORMAT,
    rows: data.n,
  };

  const { gate, exitCode } = await logger.group('Compare', async () =>
    judge({ result, examples: data }, baseline, config, options.failOn, logger, options.evaluate.missing),
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
