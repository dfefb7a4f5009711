/**
 * `--bench-confirm N` (Action: `bench-confirm`): a bench check of an interleaved run that fails is
 * re-measured before it fails. N more pairs of the two commands are measured (warm-ups again
 * first) and appended to both series, and the gate is judged again on the whole series — one
 * unlucky stretch of a noisy runner is diluted, a real slowdown stays. The first judgement is
 * kept only when nothing needs confirming; the outcome is recorded in `bench.against.confirm`
 * and in each re-measured check's reason.
 */
import { runInterleaved, type BenchOptions } from '../bench/index.js';
import type { LoadedBaseline } from '../compare/index.js';
import type { GateConfig } from '../config/index.js';
import type { ExampleData, MissingPolicy } from '../result/evaluation-data.js';
import type { ScoresData } from '../result/scores-data.js';
import type { Result } from '../result/schema.js';
import type { Logger } from '../util/progress.js';
import { judge, type Judgement } from './judge.js';

export async function judgeConfirmingBench(
  candidate: { result: Result; examples: ExampleData | ScoresData | null },
  baseline: LoadedBaseline | null,
  config: GateConfig,
  failOn: GateConfig['fail_on'] | undefined,
  bench: BenchOptions | undefined,
  logger: Logger,
  missing?: MissingPolicy,
): Promise<Judgement> {
  const pairs = bench?.confirmPairs ?? 0;
  const first = candidate.result.bench?.against;
  if (!bench?.against || pairs <= 0 || !first)
    return judge(candidate, baseline, config, failOn, logger, { missing });
  const initial = judge(candidate, baseline, config, failOn, logger, { missing, quiet: true });
  const failing = initial.gate.checks.filter((c) => c.metric.startsWith('bench.') && c.verdict === 'fail');
  if (failing.length === 0) {
    for (const w of initial.gate.warnings) logger.warning(w);
    return initial;
  }
  const before = first.pairs;
  const metrics = failing.map((c) => c.metric);
  logger.info(
    `${metrics.join(', ')} failed on ${before} interleaved pairs; re-measuring with ${pairs} more before deciding (--bench-confirm ${pairs}).`,
  );
  candidate.result.bench = await runInterleaved(
    { ...bench, against: bench.against, runs: pairs },
    logger,
    candidate.result.bench,
  );
  const again = judge(candidate, baseline, config, failOn, logger, { missing });
  const stillFailing = again.gate.checks.filter((c) => metrics.includes(c.metric) && c.verdict === 'fail');
  const total = before + pairs;
  for (const c of again.gate.checks) {
    if (!metrics.includes(c.metric)) continue;
    const note =
      c.verdict === 'fail'
        ? `Confirmed by re-measuring: it failed on the first ${before} pairs and still fails on all ${total}`
        : `Cleared by re-measuring: it failed on the first ${before} pairs but not on all ${total}`;
    c.reason = c.reason ? `${c.reason} ${note}.` : `${note}.`;
  }
  const outcome = stillFailing.length > 0 ? 'confirmed' : 'cleared';
  candidate.result.bench.against!.confirm = { pairs, metrics, outcome };
  logger.info(
    outcome === 'confirmed'
      ? `Confirmed: ${stillFailing.map((c) => c.metric).join(', ')} still fail${stillFailing.length === 1 ? 's' : ''} on ${total} pairs.`
      : `Cleared: ${metrics.join(', ')} no longer fail${metrics.length === 1 ? 's' : ''} on ${total} pairs.`,
  );
  return again;
}
