import type {
  ClassificationData,
  EvaluationData,
  ExampleData,
  TextData,
  MissingPolicy,
} from '../result/evaluation-data.js';
import { queryMeans } from '../evaluate/metrics/query-values.js';
import { isScoresData, type ScoresData } from '../result/scores-data.js';
import { compareScores } from './scores-compare.js';
import { textDiscordant, textExampleChanges, textPairedTests, textScoreDistribution } from './text-tests.js';
import { rulesForTask, type GateConfig } from '../config/index.js';
import { createMetricEvaluator } from '../evaluate/metrics/index.js';
import type { Flips, GateResult, Result } from '../result/schema.js';
import { normalQuantile, type MetricEvaluator } from './stats/index.js';
import type { ProgressFactory } from '../util/progress.js';
import { alignRows } from './align.js';
import { hostLabel } from './describe.js';
import { GateError } from '../errors.js';
import { correctnessFlips, grownConfusions } from './flips.js';
import { draftCheck, type Draft, type DraftContext } from './check-draft.js';
import { resampleRows } from './resampling.js';
import { adjustHolm, decide, gateVerdict } from './verdict.js';

export interface CompareInput {
  /** null = no baseline yet: verdict no-baseline (absolute bounds still apply). */
  baseline: Result | null;
  candidate: Result;
  baselineExamples: ExampleData | ScoresData | null;
  candidateExamples: ExampleData | ScoresData | null;
  /** `--missing`: for scores, `intersection` pairs on the examples both sides have. */
  missing?: MissingPolicy;
  config: GateConfig;
  /** Progress of the row bootstrap (the one step whose cost grows with n × B). */
  progress?: ProgressFactory;
  /** Metric evaluator factory for the bootstraps (default: src/metrics' createMetricEvaluator). */
  createEvaluator?: (data: EvaluationData) => MetricEvaluator;
}

/**
 * The gate: a check per gated metric, then the verdict. Pure and deterministic — the same
 * inputs give the same GateResult (byte-identical JSON).
 */
export function compareResults(input: CompareInput): GateResult {
  const { baseline, candidate, config } = input;
  const alpha = config.significance;
  const warnings: string[] = [];
  if (baseline && baseline.task !== candidate.task)
    // No statistical verdict exists: the metrics mean different things (a binary F1 is not a
    // macro F1). Bad input, exit 2, rather than a FAIL with "p 0".
    throw new GateError(
      `Not comparable: the baseline is a ${baseline.task} result and the candidate a ${candidate.task} result, so no check can be judged. Compare results of the same task: re-create the baseline from a ${candidate.task} evaluation (or drop it to start over with no baseline).`,
    );

  if (candidate.task === 'scores') {
    const bs = input.baselineExamples;
    const cs = input.candidateExamples;
    return compareScores({
      baseline,
      candidate,
      baselineExamples: isScoresData(bs) ? bs : null,
      candidateExamples: isScoresData(cs) ? cs : null,
      config,
      missing: input.missing ?? 'error',
    });
  }
  const rules = rulesForTask(config, candidate.task);
  // Scores results returned above: what is left is a table's rows, a ranking's queries or text.
  const bx = input.baselineExamples as ExampleData | null;
  const cx = input.candidateExamples as ExampleData | null;
  const sameTaskFamily = !baseline || (baseline.task === 'regression') === (candidate.task === 'regression');
  const comparable =
    !baseline || (sameTaskFamily && baseline.dataset.fingerprint === candidate.dataset.fingerprint);
  if (baseline && !comparable) {
    warnings.push(
      sameTaskFamily
        ? `NOT COMPARABLE: the baseline was evaluated on different examples (dataset fingerprint ${baseline.dataset.fingerprint} vs ${candidate.dataset.fingerprint}). Deltas compare different data: no paired tests and no prediction flips; unpaired tests only. Treat the verdict with suspicion.`
        : `NOT COMPARABLE: the baseline is a ${baseline.task} result and the candidate a ${candidate.task} result.`,
    );
  }

  // Pairing.
  let permutation: Int32Array | null = null;
  if (baseline && comparable) {
    if (bx && cx) {
      const aligned = alignRows(bx, cx);
      if ('permutation' in aligned) permutation = aligned.permutation;
      else warnings.push(`Unpaired tests: the examples could not be paired (${aligned.reason}).`);
    } else if (rules.some((r) => !r.metric.startsWith('bench.'))) {
      warnings.push(
        `Unpaired tests: ${!bx ? 'the baseline' : 'the candidate'} has no per-example file (examples.bin), so paired tests (McNemar, paired bootstrap) were not possible.`,
      );
    }
  }
  const paired = permutation !== null;

  const text = candidate.task === 'text';
  const { boot, bootKind, pairedTests } = text
    ? textResampling(bx, cx, permutation, rules, config, baseline !== null)
    : resampleRows({
        baseline,
        candidate,
        bx,
        cx,
        config,
        rules,
        permutation,
        sameTaskFamily,
        // A ranking's examples are queries whose every metric is a mean of per-query values.
        makeEvaluator: (data: ExampleData): MetricEvaluator =>
          data.task === 'ranking'
            ? (weights) => queryMeans(data, weights)
            : data.task === 'text'
              ? unreachableText()
              : (input.createEvaluator ?? createMetricEvaluator)(data),
        progress: input.progress,
      });

  // Discordant pairs for accuracy-like metrics (exact_match for text).
  let discordant: ReturnType<typeof correctnessFlips> | null = null;
  if (permutation && bx?.task === 'text' && cx?.task === 'text')
    discordant = textDiscordant(bx, cx, permutation);
  else if (
    permutation &&
    bx &&
    cx &&
    (bx.task === 'binary' || bx.task === 'multiclass') &&
    (cx.task === 'binary' || cx.task === 'multiclass')
  )
    discordant = correctnessFlips(bx as ClassificationData, cx as ClassificationData, permutation);

  // An interleaved run's bench checks compare with its own baseline series, measured on this host.
  const hostMismatch =
    !!baseline?.bench &&
    !!candidate.bench &&
    !candidate.bench.against &&
    baseline.bench.host?.fingerprint !== candidate.bench.host?.fingerprint;
  if (hostMismatch && rules.some((r) => r.metric.startsWith('bench.')))
    warnings.push(
      config.host_mismatch === 'compare'
        ? `The benchmark ran on a different host than the baseline's (${hostLabel(baseline!.bench!)} vs ${hostLabel(candidate.bench!)}); compared anyway (host_mismatch: compare).`
        : `The benchmark ran on a different host than the baseline's (${hostLabel(baseline!.bench!)} vs ${hostLabel(candidate.bench!)}): benchmark regressions are reported as warnings, not failures (set host_mismatch: compare to fail on them).`,
    );

  // Intervals are two-sided 1 − 2α: their worse-side end is the one-sided 1 − α bound the decision uses.
  const z = alpha === null ? null : normalQuantile(1 - alpha);
  const ctx: DraftContext = {
    baseline,
    candidate,
    config,
    alpha,
    z,
    comparable,
    hostMismatch,
    boot,
    bootKind,
    pairedTests: pairedTests?.outcomes ?? null,
    discordant,
  };
  const drafts: Draft[] = rules.map((rule) => draftCheck(rule, ctx));

  adjustHolm(drafts, alpha, config);

  const checks = drafts.map((d) => decide(d, alpha, baseline !== null || d.interleaved, candidate));
  const inconclusive = checks.filter((c) => c.verdict === 'inconclusive').map((c) => c.metric);
  if (inconclusive.length > 0)
    warnings.push(
      `Inconclusive (no statistical test with these inputs, neither pass nor fail): ${inconclusive.join(', ')}. Keep the per-example file (examples.jsonl.gz) beside the baseline's result.json for paired tests.`,
    );
  const verdict = gateVerdict(checks, baseline !== null || drafts.some((d) => d.interleaved));

  let flips: Flips | undefined;
  if (discordant && baseline) {
    flips = {
      right_to_wrong: discordant.b,
      wrong_to_right: discordant.c,
      right_to_wrong_ids: discordant.rightToWrongIds,
      wrong_to_right_ids: discordant.wrongToRightIds,
      grown_confusions: grownConfusions(baseline.confusion, candidate.confusion),
    };
  }

  const gate: GateResult = {
    verdict,
    checks,
    comparable,
    paired,
    significance: alpha,
    multiple_comparisons: config.multiple_comparisons,
    bootstrap:
      boot || [...(pairedTests?.outcomes.values() ?? [])].some((o) => o.kind !== 'analytic')
        ? { seed: config.bootstrap.seed, resamples: config.bootstrap.resamples }
        : null,
    baseline_source: baseline
      ? {
          ...(baseline.created_at !== undefined ? { created_at: baseline.created_at } : {}),
          ...(baseline.source?.commit !== undefined ? { commit: baseline.source.commit } : {}),
          ...(baseline.source?.ref !== undefined ? { ref: baseline.source.ref } : {}),
          fingerprint: baseline.dataset.fingerprint,
        }
      : null,
    warnings,
  };
  if (flips) gate.flips = flips;
  if (permutation && bx?.task === 'text' && cx?.task === 'text')
    gate.examples_changed = textExampleChanges(
      bx,
      cx,
      permutation,
      rules.map((r) => r.metric),
    );
  if (cx?.task === 'text')
    gate.score_distribution = textScoreDistribution(
      bx?.task === 'text' ? bx : null,
      cx,
      rules.map((r) => r.metric),
    );
  return gate;
}

/**
 * Text: the paired tests by shape when the examples pair; otherwise none here (the unpaired
 * tests read `result.statistics`: Farrington–Manning, Welch z, the delta method for BLEU/chrF).
 */
/** Text rows are resampled by `textResampling`, never through a row evaluator. */
function unreachableText(): never {
  throw new Error('internal: text rows reached the row resampler');
}

function textResampling(
  bx: ExampleData | null,
  cx: ExampleData | null,
  permutation: Int32Array | null,
  rules: readonly { metric: string; max_regression?: unknown }[],
  config: GateConfig,
  hasBaseline: boolean,
): ReturnType<typeof resampleRows> {
  const none = { boot: null, bootKind: null, pairedTests: null };
  if (
    !permutation ||
    !hasBaseline ||
    config.significance === null ||
    bx?.task !== 'text' ||
    cx?.task !== 'text'
  )
    return none;
  const metrics = [
    ...new Set(rules.filter((r) => r.max_regression && !r.metric.startsWith('bench.')).map((r) => r.metric)),
  ];
  return {
    boot: null,
    bootKind: null,
    pairedTests: textPairedTests(bx as TextData, cx as TextData, permutation, metrics, config.bootstrap),
  };
}
