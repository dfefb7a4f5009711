import type { MetricRule, GateConfig } from '../config/index.js';
import { declarationFor, type MetricDeclaration } from '../registry/metrics.js';
import type { Check, Result } from '../result/schema.js';
import { bootstrapPValue, percentileInterval, type BootstrapDistribution } from './stats/index.js';
import { fmt, thresholdText } from './describe.js';
import { bootstrapSe, minimumDetectableEffect } from './power.js';
import { normalRegressionP, summaryTest } from './unpaired-tests.js';
import { judgePaired, type PairedOutcome } from './paired-tests.js';
import type { correctnessFlips } from './flips.js';
import { accuracyTest } from './accuracy-test.js';
import { benchTest } from './bench-test.js';
import { benchBaselineSeries, benchValue, metricValue } from './gated-value.js';

/** What one rule's statistics produced, before the verdict. */
export interface Draft {
  check: Check;
  rule: MetricRule;
  info: MetricDeclaration;
  higher: boolean;
  /** Tolerated worsening in the metric's unit (relative tolerances resolved against the baseline). */
  tolerance: number | null;
  /** One-sided p for "worse by more than the tolerance"; null = no test. */
  pRegress: number | null;
  /** Significantly better (the CI excludes 0 on the better side). */
  improved: boolean;
  notes: string[];
  hostMismatch: boolean;
  boundBroken: string | null;
  missingCandidate: boolean;
  /** Standard error of the delta, for the minimum detectable effect; null = unknown. */
  se: number | null;
  /** Significance is on but no test exists for this metric and design. */
  noTest: boolean;
  /** A bench.* check against this run's own interleaved baseline series (`bench.against`). */
  interleaved: boolean;
}

export interface DraftContext {
  baseline: Result | null;
  candidate: Result;
  config: GateConfig;
  alpha: number | null;
  z: number | null;
  comparable: boolean;
  hostMismatch: boolean;
  boot: Record<string, BootstrapDistribution> | null;
  bootKind: 'paired-bootstrap' | 'unpaired-bootstrap' | null;
  /** The shape-chosen paired tests (paired-tests.ts), by metric. */
  pairedTests: Map<string, PairedOutcome> | null;
  discordant: ReturnType<typeof correctnessFlips> | null;
  /**
   * `--task scores`: the discordant pairs of each binary single-trial score (its exact paired
   * test), and the number of paired examples they come from.
   */
  discordantByMetric?: Map<string, { b: number; c: number }>;
  pairedN?: number;
}

/** One gated metric: its values, bound, tolerance and the statistical test that applies. */
export function draftCheck(rule: MetricRule, ctx: DraftContext): Draft {
  const { baseline, candidate, config, alpha, z, comparable, hostMismatch, boot, bootKind, discordant } = ctx;
  const pairedOutcome = ctx.pairedTests?.get(rule.metric);
  const info = declarationFor(rule.metric, candidate.task)!;
  const scoreDiscordant = ctx.discordantByMetric?.get(rule.metric);
  const shape = scoreDiscordant ? 'mean-binary' : info.shape;
  const higher = info.direction === 'higher';
  const isBench = rule.metric.startsWith('bench.');
  // A bench check of an interleaved run compares with the baseline series measured beside it.
  const benchBase = isBench ? benchBaselineSeries(candidate, baseline) : null;
  const interleaved = benchBase?.interleaved === true;
  const baseValue = benchBase
    ? benchValue(benchBase.series, rule.metric.slice('bench.'.length))
    : baseline && !isBench
      ? metricValue(baseline, rule.metric)
      : null;
  const candValue = metricValue(candidate, rule.metric);
  const draft: Draft = {
    check: {
      metric: rule.metric,
      baseline: baseValue,
      candidate: candValue,
      delta: baseValue !== null && candValue !== null ? candValue - baseValue : null,
      ci: null,
      p_value: null,
      threshold: thresholdText(rule, baseValue),
      verdict: 'pass',
    },
    rule,
    info,
    higher,
    tolerance: null,
    pRegress: null,
    improved: false,
    notes: [],
    hostMismatch: isBench && !interleaved && hostMismatch && config.host_mismatch === 'warn',
    boundBroken: null,
    missingCandidate: candValue === null,
    se: null,
    noTest: false,
    interleaved,
  };
  if (candValue !== null) {
    if (rule.min !== undefined && candValue < rule.min)
      draft.boundBroken = `${fmt(candValue)} is below min ${fmt(rule.min)}`;
    if (rule.max !== undefined && candValue > rule.max)
      draft.boundBroken = `${fmt(candValue)} is above max ${fmt(rule.max)}`;
  }
  if (!rule.max_regression || baseValue === null || candValue === null) return draft;
  const tol =
    rule.max_regression.kind === 'relative'
      ? rule.max_regression.value * Math.abs(baseValue)
      : rule.max_regression.value;
  draft.tolerance = tol;
  if (alpha === null || z === null) {
    draft.check.test = 'threshold';
    return draft;
  }
  if (isBench) {
    benchTest(draft, benchBase!.series, candidate.bench, alpha);
  } else if (scoreDiscordant) {
    // The paired examples only: with --missing intersection the two results' n differ.
    const n = ctx.pairedN ?? candidate.n;
    accuracyTest(draft, { ...baseline!, n }, { ...candidate, n }, scoreDiscordant, tol, alpha, z);
  } else if (shape === 'mean-binary' && comparable) {
    accuracyTest(draft, baseline!, candidate, discordant, tol, alpha, z);
  } else if (pairedOutcome) {
    const j = judgePaired(pairedOutcome, rule.metric, tol, higher, alpha, z, config.bootstrap.resamples);
    draft.pRegress = j.pRegress;
    draft.check.ci = j.ci;
    draft.check.test = j.test;
    draft.improved = j.improved;
    draft.se = j.se;
    draft.notes.push(...j.notes);
  } else if (boot && boot[rule.metric]) {
    const dist = boot[rule.metric];
    draft.pRegress = bootstrapPValue(dist.deltas, tol, higher);
    draft.check.ci = percentileInterval(dist.deltas, 2 * alpha);
    draft.check.test = bootKind!;
    draft.se = bootstrapSe(dist.deltas);
    if (dist.dropped > 0)
      draft.notes.push(
        `${dist.dropped} of ${config.bootstrap.resamples} resamples left ${rule.metric} undefined and were dropped`,
      );
    if (draft.check.ci) draft.improved = higher ? draft.check.ci[0] > 0 : draft.check.ci[1] < 0;
  } else if (shape === 'mean-binary') {
    accuracyTest(draft, baseline!, candidate, null, tol, alpha, z);
  } else {
    const t = summaryTest(rule.metric, baseline!, candidate);
    if (t) {
      draft.pRegress = normalRegressionP(t.delta, t.se, tol, higher);
      draft.check.ci = [t.delta - z * t.se, t.delta + z * t.se];
      draft.check.test = t.test;
      draft.se = t.se;
      draft.improved = higher ? draft.check.ci[0] > 0 : draft.check.ci[1] < 0;
    } else {
      draft.check.test = 'none';
      draft.noTest = true;
    }
  }
  if (draft.check.ci) draft.check.ci_level = 1 - 2 * alpha;
  if (draft.se !== null) draft.check.mde = minimumDetectableEffect(draft.se, tol, alpha);
  return draft;
}
