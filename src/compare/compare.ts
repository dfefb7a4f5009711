import type { ClassificationData, EvaluationData } from '../evaluate/evaluation-data.js';
import { rulesForTask, type FailOn, type GateConfig, type MetricRule } from '../config/index.js';
import { metricInfo, isAccuracyLike, type MetricInfo } from '../config/metric-directions.js';
import { createMetricEvaluator } from '../metrics/index.js';
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
} from '../stats/index.js';
import { alignRows } from './align.js';
import { capitalize, fmt, fmtAmount, fmtP, hostLabel, thresholdText } from './describe.js';
import { correctnessFlips, grownConfusions } from './flips.js';

export interface CompareInput {
  /** null = no baseline yet: verdict no-baseline (absolute bounds still apply). */
  baseline: Result | null;
  candidate: Result;
  baselineExamples: EvaluationData | null;
  candidateExamples: EvaluationData | null;
  config: GateConfig;
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
  info: MetricInfo;
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
        `Unpaired tests: ${!bx ? 'the baseline' : 'the candidate'} has no per-example file (examples.jsonl.gz), so paired tests (McNemar, paired bootstrap) were not possible.`,
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
          .filter((r) => r.max_regression && !r.metric.startsWith('bench.') && !isAccuracyLike(r.metric))
          .map((r) => r.metric)
          .filter((m, i, all) => all.indexOf(m) === i);
  let boot: Record<string, BootstrapDistribution> | null = null;
  let bootKind: 'paired-bootstrap' | 'unpaired-bootstrap' | null = null;
  if (bootMetrics.length > 0 && bx && cx && sameTaskFamily) {
    const eb = makeEvaluator(bx);
    const ec = makeEvaluator(cx);
    if (permutation) {
      boot = pairedBootstrap(bx.n, bootMetrics, eb, ec, config.bootstrap, permutation);
      bootKind = 'paired-bootstrap';
    } else if (bx.n > 0 && cx.n > 0) {
      boot = unpairedBootstrap(bx.n, cx.n, bootMetrics, eb, ec, config.bootstrap);
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

  const z = alpha === null ? null : normalQuantile(1 - alpha / 2);
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

  const checks = drafts.map((d) => decide(d, alpha, baseline !== null));
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
    bootstrap: boot ? { seed: config.bootstrap.seed, resamples: config.bootstrap.resamples } : null,
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
  discordant: ReturnType<typeof correctnessFlips> | null;
}

/** One gated metric: its values, bound, tolerance and the statistical test that applies. */
function draftCheck(rule: MetricRule, ctx: DraftContext): Draft {
  const { baseline, candidate, config, alpha, z, comparable, hostMismatch, boot, bootKind, discordant } = ctx;
  const info = metricInfo(rule.metric)!;
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
  } else if (isAccuracyLike(rule.metric) && comparable) {
    accuracyTest(draft, baseline!, candidate, discordant, tol, alpha, z);
  } else if (boot && boot[rule.metric]) {
    const dist = boot[rule.metric];
    draft.pRegress = bootstrapPValue(dist.deltas, tol, higher);
    draft.check.ci = percentileInterval(dist.deltas, alpha);
    draft.check.test = bootKind!;
    if (dist.dropped > 0)
      draft.notes.push(
        `${dist.dropped} of ${config.bootstrap.resamples} resamples left ${rule.metric} undefined and were dropped`,
      );
    if (draft.check.ci) draft.improved = higher ? draft.check.ci[0] > 0 : draft.check.ci[1] < 0;
  } else if (isAccuracyLike(rule.metric)) {
    accuracyTest(draft, baseline!, candidate, null, tol, alpha, z);
  } else {
    draft.check.test = 'threshold';
    draft.notes.push(
      'no per-example data on both sides for a bootstrap, so a plain threshold on the point estimate',
    );
  }
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
    d.check.test = 'threshold';
    return;
  }
  const t = unpairedProportions(
    Math.round(accB * baseline.n),
    baseline.n,
    Math.round(accC * candidate.n),
    candidate.n,
    tol,
    alpha,
  );
  d.pRegress = t.pValue;
  d.check.ci = sign > 0 ? t.ci : [-t.ci[1], -t.ci[0]];
  d.check.test = 'wilson-newcombe';
  d.improved = t.ci[0] > 0;
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
  const r = ratioOfMedians(xs, ys, alpha);
  const mx = median(xs);
  if (r.ci) {
    d.check.ci = [(r.ci[0] - 1) * mx, (r.ci[1] - 1) * mx];
    d.improved = d.higher ? r.ci[0] > 1 : r.ci[1] < 1;
    d.notes.push(
      `median ratio ×${fmt(r.ratio)} (${fmt(100 * (1 - alpha))}% CI ×${fmt(r.ci[0])}–×${fmt(r.ci[1])}) over ${xs.length} vs ${ys.length} runs`,
    );
  } else {
    d.notes.push(
      `median ratio ×${fmt(r.ratio)}; ${xs.length} vs ${ys.length} runs are too few for a ${fmt(100 * (1 - alpha))}% interval`,
    );
  }
  if (Math.min(xs.length, ys.length) < 4)
    d.notes.push(
      'fewer than 4 runs on a side: the test cannot reach significance at the usual levels (10 runs advised)',
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

function decide(d: Draft, alpha: number | null, hasBaseline: boolean): Check {
  const c = d.check;
  const reasons: string[] = [];
  let verdict: CheckVerdict;
  c.p_value = alpha === null ? null : d.pRegress;
  if (alpha === null) c.ci = null;
  if (d.missingCandidate) {
    verdict = 'warn';
    reasons.push(`the candidate has no value for ${c.metric} (not computed for this data)`);
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
    let regress: boolean;
    if (alpha === null || d.pRegress === null) {
      regress = beyond;
      if (beyond)
        reasons.push(
          `worse by ${fmtAmount(c.metric, worsening)}, beyond the tolerated ${fmtAmount(c.metric, d.tolerance)}${alpha === null ? '' : ' (no statistical test available: plain threshold)'}`,
        );
    } else {
      regress = d.pRegress <= alpha;
      if (regress)
        reasons.push(
          `significantly worse than the tolerated ${fmtAmount(c.metric, d.tolerance)} (p ${fmtP(d.pRegress)} ≤ ${fmt(alpha)})`,
        );
      else if (beyond)
        reasons.push(
          `worse by ${fmtAmount(c.metric, worsening)}, beyond the tolerated ${fmtAmount(c.metric, d.tolerance)}, but not significantly (p ${fmtP(d.pRegress)} > ${fmt(alpha)})`,
        );
    }
    if (d.boundBroken) reasons.unshift(d.boundBroken);
    const improved = alpha === null ? gain > 0 && !regress : d.improved && !regress;
    if (d.boundBroken) verdict = 'fail';
    else if (regress && d.hostMismatch) {
      verdict = 'warn';
      reasons.push("a warning, not a failure: the benchmark host differs from the baseline's");
    } else if (regress) verdict = 'fail';
    else if (beyond) verdict = 'warn';
    else if (improved) {
      verdict = 'improved';
      reasons.push(alpha === null ? 'better than the baseline' : 'significantly better than the baseline');
    } else {
      verdict = 'pass';
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
