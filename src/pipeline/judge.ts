import { compareResults, gateExitCode, type LoadedBaseline } from '../compare/index.js';
import type { GateConfig } from '../config/index.js';
import type { ExampleData } from '../result/evaluation-data.js';
import type { GateResult, Result } from '../result/schema.js';
import type { Logger } from '../util/progress.js';

export interface Judgement {
  gate: GateResult;
  /** 0 pass / warn / no-baseline, 1 when the gate failed under fail_on. */
  exitCode: 0 | 1;
}

/**
 * The compare stage as `run` and `compare` both do it: the checks, the warnings met while loading
 * either side (shown first, since they explain the checks), and the exit code under fail_on.
 */
export function judge(
  candidate: { result: Result; examples: ExampleData | null; warnings?: string[] },
  baseline: LoadedBaseline | null,
  config: GateConfig,
  failOn: GateConfig['fail_on'] | undefined,
  logger: Logger,
): Judgement {
  const gate = compareResults({
    baseline: baseline?.result ?? null,
    candidate: candidate.result,
    baselineExamples: baseline?.examples ?? null,
    candidateExamples: candidate.examples,
    config,
    progress: logger.progress,
  });
  gate.warnings.unshift(...(baseline?.warnings ?? []), ...(candidate.warnings ?? []));
  for (const w of gate.warnings) logger.warning(w);
  return { gate, exitCode: gateExitCode(gate.verdict, failOn ?? config.fail_on) };
}
