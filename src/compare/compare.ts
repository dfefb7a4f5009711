import type { ClassificationData, EvaluationData } from '../result/evaluation-data.js';
import { rulesForTask, type FailOn, type GateConfig, type MetricRule } from '../config/index.js';
import { metricDeclaration, type MetricDeclaration } from '../registry/metrics.js';
import { createMetricEvaluator } from '../evaluate/metrics/index.js';
import type {
  BenchResult,
  Check,
  CheckVerdict,
  Flips,
  GateResult,
  GateVerdict,
  Result,
} from '../result/schema.js';
import {
  bootstrapPValue,
  holm,
  mannWhitneyU,
  mcnemar,
  median,
  normalQuantile,
  pairedBootstrap,
  pairedNonInferiority,
  percentileInterval,
  ratioOfMedians,
  unpairedBootstrap,
  unpairedProportions,
  type BootstrapDistribution,
  type MetricEvaluator,
} from './stats/index.js';
import type { ProgressFactory } from '../util/progress.js';
import { alignRows } from './align.js';
import { minimumSignificantRuns, smallestMannWhitneyP } from './bench-runs.js';
import { capitalize, fmt, fmtAmount, fmtP, hostLabel, mdeText, thresholdText } from './describe.js';
import { GateError } from '../errors.js';
import { unpairedAccuracyP, farringtonManningInterval } from './stats/farrington-manning.js';
import { bootstrapSe, minimumDetectableEffect } from './power.js';
import { isConfusionShaped, normalRegressionP, rowsFromConfusion, summaryTest } from './unpaired-tests.js';
import { judgePaired, pairedTestsByShape, type PairedOutcome, type PairedTests } from './paired-tests.js';
import { correctnessFlips, grownConfusions } from './flips.js';

export interface CompareInput {
  /** null = no baseline yet: verdict no-baseline (absolute bounds still apply). */
  baseline: Result | null;
  candidate: Result;
  baselineExamples: EvaluationData | null;
  candidateExamples: EvaluationData | null;
  config: GateConfig;
  /** Progress of the row bootstrap (the one step whose cost grows with n × B). */
  progress?: ProgressFactory;
  /** Metric evaluator factory for the bootstraps (default: src/metrics' createMetricEvaluator). */
  createEvaluator?: (data: EvaluationData) => MetricEvaluator;
}

/** Exit code of a gate verdict under `fail_on`: 1 when the gate failed, else 0. */
export function gateExitCode(verdict: GateVerdict, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  if (verdict === 'fail') return 1;
  return failOn === 'warn' && verdict === 'warn' ? 1 : 0;
}

/** What one rule's statistics produced, before the verdict. */
interface Draft {
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
}

/**
 * The gate: a check per gated metric, then the verdict. Pure and deterministic — the same
 * inputs give the same GateResult (byte-identical JSON).
 */
export function compareResults(input: CompareInput): GateResult {
  const { baseline, candidate, config } = input;
  const alpha = config.significance;
  const warnings: string[] = [];
  const rules = rulesForTask(config, candidate.task);
  if (baseline && baseline.task !== candidate.task)
    // No statistical verdict exists: the metrics mean different things (a binary F1 is not a
    // macro F1). Bad input, exit 2, rather than a FAIL with "p 0".
    throw new GateError(
      `Not comparable: the baseline is a ${baseline.task} result and the candidate a ${candidate.task} result, so no check can be judged. Compare results of the same task: re-create the baseline from a ${candidate.task} evaluation (or drop it to start over with no baseline).`,
    );

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
  const bx = input.baselineExamples;
  const cx = input.candidateExamples;
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

  // Bootstrap once for every metric that needs one.
  const makeEvaluator = input.createEvaluator ?? createMetricEvaluator;
  const bootMetrics =
    alpha === null || !baseline
      ? []
      : rules
          .filter(
            (r) =>
              r.max_regression &&
              !r.metric.startsWith('bench.') &&
              metricDeclaration(r.metric)?.shape !== 'mean-binary',
          )
          .map((r) => r.metric)
          .filter((m, i, all) => all.indexOf(m) === i);
  let boot: Record<string, BootstrapDistribution> | null = null;
  let bootKind: 'paired-bootstrap' | 'unpaired-bootstrap' | null = null;
  if (bootMetrics.length > 0 && baseline && !permutation && !(bx && cx)) {
    // A bare result.json on one side: the confusion-shaped metrics resample the stored tables.
    const confusionMetrics = bootMetrics.filter(isConfusionShaped);
    const rb = rowsFromConfusion(baseline);
    const rc = rowsFromConfusion(candidate);
    if (confusionMetrics.length > 0 && rb && rc && rb.n > 0 && rc.n > 0) {
      boot = unpairedBootstrap(
        rb.n,
        rc.n,
        confusionMetrics,
        makeEvaluator(rb),
        makeEvaluator(rc),
        config.bootstrap,
      );
      bootKind = 'unpaired-bootstrap';
    }
  }
  let pairedTests: PairedTests | null = null;
  if (bootMetrics.length > 0 && bx && cx && sameTaskFamily) {
    if (permutation) {
      // The cheapest exact or O(n) test each metric's shape allows; the row bootstrap for the rest.
      pairedTests = pairedTestsByShape(bx, cx, permutation, bootMetrics, config.bootstrap, input.progress);
      if (pairedTests.leftover.length > 0) {
        const B = config.bootstrap.resamples;
        const progress = input.progress?.start(
          `Paired bootstrap of ${pairedTests.leftover.join(', ')} (${B} resamples of ${bx.n} rows)`,
        );
        const candidateEvaluator = makeEvaluator(cx);
        let round = 0;
        boot = pairedBootstrap(
          bx.n,
          pairedTests.leftover,
          makeEvaluator(bx),
          (w) => {
            const values = candidateEvaluator(w);
            round++;
            progress?.update(round, B, undefined, round);
            return values;
          },
          config.bootstrap,
          permutation,
        );
        progress?.done();
        bootKind = 'paired-bootstrap';
      }
    } else if (bx.n > 0 && cx.n > 0) {
      boot = unpairedBootstrap(
        bx.n,
        cx.n,
        bootMetrics,
        makeEvaluator(bx),
        makeEvaluator(cx),
        config.bootstrap,
      );
      bootKind = 'unpaired-bootstrap';
    }
  }

  // Discordant pairs for accuracy-like metrics.
  let discordant: ReturnType<typeof correctnessFlips> | null = null;
  if (permutation && bx && cx && bx.task !== 'regression' && cx.task !== 'regression')
    discordant = correctnessFlips(bx as ClassificationData, cx as ClassificationData, permutation);

  const hostMismatch =
    !!baseline?.bench &&
    !!candidate.bench &&
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

  // Holm over the gated metrics' p-values.
  const tested = drafts.filter((d) => d.pRegress !== null);
  let adjusted: (number | null)[] = drafts.map((d) => d.pRegress);
  if (alpha !== null && config.multiple_comparisons === 'holm' && tested.length >= 2) {
    adjusted = holm(
      drafts.map((d) => d.pRegress),
      alpha,
    ).adjusted;
    // Said once in the checks header (multiple_comparisons) and per check in its reason, not as a warning.
    drafts.forEach((d, i) => {
      if (d.pRegress !== null)
        d.notes.push(`Holm-adjusted over ${tested.length} metrics (raw p ${fmtP(d.pRegress)})`);
      d.pRegress = adjusted[i];
    });
  }

  const checks = drafts.map((d) => decide(d, alpha, baseline !== null, candidate));
  const inconclusive = checks.filter((c) => c.verdict === 'inconclusive').map((c) => c.metric);
  if (inconclusive.length > 0)
    warnings.push(
      `Inconclusive (no statistical test with these inputs, neither pass nor fail): ${inconclusive.join(', ')}. Keep the per-example file (examples.jsonl.gz) beside the baseline's result.json for paired tests.`,
    );
  const anyBaselineCheck = checks.some((c) => c.verdict !== 'no-baseline');
  let verdict: GateVerdict = 'pass';
  if (checks.some((c) => c.verdict === 'fail')) verdict = 'fail';
  else if (checks.some((c) => c.verdict === 'warn')) verdict = 'warn';
  else if (!baseline || (!anyBaselineCheck && checks.length > 0)) verdict = 'no-baseline';

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
  return gate;
}

/** accuracy / error_rate: McNemar (δ = 0) or the paired z non-inferiority test; unpaired: Wilson/Newcombe. */

interface DraftContext {
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
}

/** One gated metric: its values, bound, tolerance and the statistical test that applies. */
function draftCheck(rule: MetricRule, ctx: DraftContext): Draft {
  const { baseline, candidate, config, alpha, z, comparable, hostMismatch, boot, bootKind, discordant } = ctx;
  const pairedOutcome = ctx.pairedTests?.get(rule.metric);
  const info = metricDeclaration(rule.metric)!;
  const higher = info.direction === 'higher';
  const isBench = rule.metric.startsWith('bench.');
  const baseValue = baseline ? metricValue(baseline, rule.metric) : null;
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
    hostMismatch: isBench && hostMismatch && config.host_mismatch === 'warn',
    boundBroken: null,
    missingCandidate: candValue === null,
    se: null,
    noTest: false,
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
    benchTest(draft, baseline!, candidate, alpha);
  } else if (metricDeclaration(rule.metric)?.shape === 'mean-binary' && comparable) {
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
  } else if (metricDeclaration(rule.metric)?.shape === 'mean-binary') {
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

function accuracyTest(
  d: Draft,
  baseline: Result,
  candidate: Result,
  discordant: { b: number; c: number } | null,
  tol: number,
  alpha: number,
  z: number,
): void {
  const sign = d.higher ? 1 : -1; // accuracy-space delta = sign · metric delta
  if (discordant && baseline.n === candidate.n && baseline.n > 0) {
    const { b, c } = discordant;
    const n = baseline.n;
    const ni = pairedNonInferiority(b, c, n, tol);
    const accCi: [number, number] = [ni.delta - z * ni.se, ni.delta + z * ni.se];
    d.check.ci = sign > 0 ? accCi : [-accCi[1], -accCi[0]];
    d.se = ni.se;
    const mc = mcnemar(b, c);
    if (tol === 0) {
      d.pRegress = mc.pWorse;
      d.check.test = mc.method === 'exact' ? 'mcnemar-exact' : 'mcnemar-chi2';
    } else {
      d.pRegress = ni.pValue;
      d.check.test = 'paired-z-noninferiority';
    }
    d.notes.push(`${b} right→wrong, ${c} wrong→right (McNemar two-sided p ${fmtP(mc.pValue)})`);
    d.improved = accCi[0] > 0;
    return;
  }
  const accB = accuracyOf(baseline, d.rule.metric);
  const accC = accuracyOf(candidate, d.rule.metric);
  if (accB === null || accC === null || baseline.n === 0 || candidate.n === 0) {
    d.check.test = 'none';
    d.noTest = true;
    return;
  }
  const k1 = Math.round(accB * baseline.n);
  const k2 = Math.round(accC * candidate.n);
  const t = unpairedAccuracyP(k1, baseline.n, k2, candidate.n, tol);
  d.pRegress = t.p;
  const ci = farringtonManningInterval(k1, baseline.n, k2, candidate.n, alpha);
  d.check.ci = sign > 0 ? ci : [-ci[1], -ci[0]];
  d.check.test = t.method;
  d.se = unpairedProportions(k1, baseline.n, k2, candidate.n, tol, alpha).se;
  d.improved = ci[0] > 0;
}

function accuracyOf(r: Result, metric: string): number | null {
  const v = r.metrics[metric];
  if (v === null || v === undefined) return null;
  return metric === 'error_rate' ? 1 - v : v;
}

/** bench.*: Mann-Whitney U of the candidate's runs against the baseline's shifted by the tolerance. */
function benchTest(d: Draft, baseline: Result, candidate: Result, alpha: number): void {
  const field = d.rule.metric.slice('bench.'.length);
  const xs = runValues(baseline.bench, field);
  const ys = runValues(candidate.bench, field);
  if (xs.length === 0 || ys.length === 0) {
    d.check.test = 'threshold';
    return;
  }
  const tol = d.rule.max_regression!;
  // H0: the candidate is no worse than the baseline moved by the tolerance.
  const shifted = xs.map((x) =>
    tol.kind === 'relative'
      ? x * (d.higher ? 1 - tol.value : 1 + tol.value)
      : d.higher
        ? x - tol.value
        : x + tol.value,
  );
  const mw = mannWhitneyU(ys, shifted, d.higher ? 'less' : 'greater');
  d.pRegress = mw.pValue;
  d.check.test = mw.method === 'exact' ? 'mann-whitney-exact' : 'mann-whitney';
  const r = ratioOfMedians(xs, ys, 2 * alpha);
  const mx = median(xs);
  if (r.ci) {
    d.check.ci = [(r.ci[0] - 1) * mx, (r.ci[1] - 1) * mx];
    d.improved = d.higher ? r.ci[0] > 1 : r.ci[1] < 1;
    d.notes.push(
      `median ratio ×${fmt(r.ratio)} (${fmt(100 * (1 - 2 * alpha))}% CI ×${fmt(r.ci[0])}–×${fmt(r.ci[1])}) over ${xs.length} vs ${ys.length} runs`,
    );
  } else {
    d.notes.push(
      `median ratio ×${fmt(r.ratio)}; ${xs.length} vs ${ys.length} runs are too few for a ${fmt(100 * (1 - 2 * alpha))}% interval`,
    );
  }
  const smallest = smallestMannWhitneyP(xs.length, ys.length);
  if (smallest > alpha)
    d.notes.push(
      `with ${xs.length} vs ${ys.length} runs the test's smallest possible p is 1/${Math.round(1 / smallest)}, above ${alpha}: this check cannot fail (use at least ${minimumSignificantRuns(alpha)} runs per side)`,
    );
}

function runValues(bench: BenchResult | undefined, field: string): number[] {
  if (!bench) return [];
  const out: number[] = [];
  for (const run of bench.runs ?? []) {
    if (run.warmup) continue;
    const v = (run as unknown as Record<string, unknown>)[field];
    if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/** Value of a gated metric: result.metrics, or for bench.* the median over the measured runs. */
function metricValue(r: Result, metric: string): number | null {
  if (metric.startsWith('bench.')) {
    const field = metric.slice('bench.'.length);
    const runs = runValues(r.bench, field);
    if (runs.length > 0) return median(runs);
    const s = r.bench?.summary?.[field];
    return s && Number.isFinite(s.median) ? s.median : null;
  }
  const v = r.metrics[metric];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * The verdict of one check. With significance on: fail ⇔ the one-sided p ≤ α; warn only when the
 * evidence is borderline (α < p ≤ 2α) — a point estimate that is merely worse is noise half of
 * the time at tolerance 0, so it passes with its detectable effect stated; inconclusive when no
 * test exists for the metric with these inputs (never a plain-threshold fail). A candidate that
 * lost a gated metric (null or infinite) fails.
 */
function decide(d: Draft, alpha: number | null, hasBaseline: boolean, candidate: Result): Check {
  const c = d.check;
  const reasons: string[] = [];
  let verdict: CheckVerdict;
  c.p_value = alpha === null ? null : d.pRegress;
  if (alpha === null) {
    c.ci = null;
    delete c.ci_level;
    delete c.mde;
  }
  const detects = c.mde !== undefined && c.mde !== null ? mdeText(candidate.n, c.mde, c.metric) : null;
  if (d.missingCandidate) {
    const raw = c.metric.startsWith('bench.') ? null : candidate.metrics[c.metric];
    const what =
      typeof raw === 'number'
        ? `${c.metric} is ${String(raw)}`
        : `the candidate has no value for ${c.metric}`;
    if (c.baseline !== null || d.rule.min !== undefined || d.rule.max !== undefined) {
      verdict = 'fail';
      reasons.push(
        `the candidate lost a gated metric: ${what}${c.baseline !== null ? ` (the baseline had ${fmt(c.baseline)})` : ''}`,
      );
    } else {
      verdict = 'warn';
      reasons.push(`${what} (not computed for this data, nor for the baseline)`);
    }
  } else if (d.tolerance === null || c.delta === null) {
    if (d.boundBroken) {
      verdict = 'fail';
      reasons.push(d.boundBroken);
    } else if (d.rule.max_regression && (!hasBaseline || c.baseline === null)) {
      verdict = 'no-baseline';
      reasons.push(hasBaseline ? `the baseline has no value for ${c.metric}` : 'no baseline to compare with');
    } else {
      verdict = 'pass';
      reasons.push('within the bounds');
    }
  } else {
    const gain = d.higher ? c.delta : -c.delta;
    const worsening = -gain;
    const beyond = worsening > d.tolerance * (1 + 1e-12) + 1e-15;
    let regress = false;
    let borderline = false;
    if (alpha === null) {
      regress = beyond;
      if (beyond)
        reasons.push(
          `worse by ${fmtAmount(c.metric, worsening)}, beyond the tolerated ${fmtAmount(c.metric, d.tolerance)}`,
        );
    } else if (d.pRegress === null) {
      reasons.push(
        `${beyond ? `worse by ${fmtAmount(c.metric, worsening)}, beyond the tolerated ${fmtAmount(c.metric, d.tolerance)}` : worsening > 0 ? `worse by ${fmtAmount(c.metric, worsening)}, within the tolerated ${fmtAmount(c.metric, d.tolerance)}` : 'no worse than the baseline'}, but no statistical test exists for ${c.metric} with these inputs, so the check cannot tell`,
      );
    } else {
      regress = d.pRegress <= alpha;
      borderline = !regress && beyond && d.pRegress <= 2 * alpha;
      if (regress)
        reasons.push(
          `significantly worse than the tolerated ${fmtAmount(c.metric, d.tolerance)} (p ${fmtP(d.pRegress)} ≤ ${fmt(alpha)})`,
        );
      else if (borderline)
        reasons.push(
          `worse by ${fmtAmount(c.metric, worsening)}, beyond the tolerated ${fmtAmount(c.metric, d.tolerance)}: borderline, not significant (p ${fmtP(d.pRegress)} > ${fmt(alpha)})${detects ? `; ${detects}` : ''}`,
        );
      else if (beyond)
        reasons.push(
          `worse by ${fmtAmount(c.metric, worsening)}, within noise (p ${fmtP(d.pRegress)}): not significant${detects ? `; ${detects}` : ''}`,
        );
    }
    if (d.boundBroken) reasons.unshift(d.boundBroken);
    const improved = alpha === null ? gain > 0 && !regress : d.improved && !regress;
    if (d.boundBroken) verdict = 'fail';
    else if (regress && d.hostMismatch) {
      verdict = 'warn';
      reasons.push("a warning, not a failure: the benchmark host differs from the baseline's");
    } else if (regress) verdict = 'fail';
    else if (alpha !== null && d.pRegress === null) verdict = 'inconclusive';
    else if (borderline || (alpha === null && beyond)) verdict = 'warn';
    else if (improved) {
      verdict = 'improved';
      reasons.push(alpha === null ? 'better than the baseline' : 'significantly better than the baseline');
    } else {
      verdict = 'pass';
      if (!beyond)
        reasons.push(
          worsening > 0
            ? `worse by ${fmtAmount(c.metric, worsening)}, within the tolerated ${fmtAmount(c.metric, d.tolerance)}`
            : 'no worse than the baseline',
        );
    }
  }
  c.verdict = verdict;
  const all = [...reasons, ...d.notes];
  if (all.length) c.reason = capitalize(all.join('; ')) + '.';
  return c;
}
