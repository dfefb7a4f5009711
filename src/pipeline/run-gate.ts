import type { EvaluateOptions } from '../evaluate/evaluation-data.js';
import type { Result } from '../result/schema.js';
import type { Logger } from '../util/progress.js';

export interface BenchOptions {
  /** Run through the shell (`sh -c`) when a single string; as argv when an array. */
  command: string | string[];
  runs: number;
  warmup: number;
  timeoutSeconds?: number;
  latencyFile?: string;
  allowFailure?: boolean;
}

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
  paths: { result: string; report: string; html: string; examples?: string };
  reportMarkdown: string;
  /** 0 pass / warn / no-baseline, 1 when the gate failed under fail_on. */
  exitCode: 0 | 1;
}

/** The whole pipeline: bench → evaluate → compare → report files. Used by the CLI and the Action. */
export async function runGate(_options: RunGateOptions, _logger: Logger): Promise<RunGateOutput> {
  throw new Error('runGate: not implemented yet');
}
