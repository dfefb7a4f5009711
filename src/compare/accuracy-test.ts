import type { Result } from '../result/schema.js';
import { mcnemar, pairedNonInferiority, unpairedProportions } from './stats/index.js';
import { fmtP } from './describe.js';
import { unpairedAccuracyP, farringtonManningInterval } from './stats/farrington-manning.js';
import type { Draft } from './check-draft.js';

/** accuracy / error_rate: McNemar (δ = 0) or the paired z non-inferiority test; unpaired: Farrington–Manning (exact size ≤ α; Wilson/Newcombe over-rejected at n = 200). */
export function accuracyTest(
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
