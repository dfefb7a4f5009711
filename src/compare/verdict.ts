import type { Check, CheckVerdict, GateVerdict, Result } from '../result/schema.js';
import type { FailOn, GateConfig } from '../config/index.js';
import { holm } from './stats/index.js';
import { capitalize, fmt, fmtAmount, fmtP, mdeText } from './describe.js';
import type { Draft } from './check-draft.js';

/** Exit code of a gate verdict under `fail_on`: 1 when the gate failed, else 0. */
export function gateExitCode(verdict: GateVerdict, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  if (verdict === 'fail') return 1;
  return failOn === 'warn' && verdict === 'warn' ? 1 : 0;
}

/** Holm over the gated metrics' p-values (in place: each tested draft's p becomes its adjusted p). */
export function adjustHolm(drafts: Draft[], alpha: number | null, config: GateConfig): void {
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
}

/** The gate's verdict from its checks: the worst check, or no-baseline when none compared with one. */
export function gateVerdict(checks: Check[], hasBaseline: boolean): GateVerdict {
  const anyBaselineCheck = checks.some((c) => c.verdict !== 'no-baseline');
  let verdict: GateVerdict = 'pass';
  if (checks.some((c) => c.verdict === 'fail')) verdict = 'fail';
  else if (checks.some((c) => c.verdict === 'warn')) verdict = 'warn';
  else if (!hasBaseline || (!anyBaselineCheck && checks.length > 0)) verdict = 'no-baseline';
  return verdict;
}

/**
 * The verdict of one check. With significance on: fail ⇔ the one-sided p ≤ α; warn only when the
 * evidence is borderline (α < p ≤ 2α) — a point estimate that is merely worse is noise half of
 * the time at tolerance 0, so it passes with its detectable effect stated; inconclusive when no
 * test exists for the metric with these inputs (never a plain-threshold fail). A candidate that
 * lost a gated metric (null or infinite) fails.
 */
export function decide(d: Draft, alpha: number | null, hasBaseline: boolean, candidate: Result): Check {
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
