import type { BenchResult } from '../result/schema.js';
import { mannWhitneyU, median, ratioOfMedians } from './stats/index.js';
import { minimumSignificantRuns, smallestMannWhitneyP } from './bench-runs.js';
import { fmt } from './describe.js';
import { runValues } from './gated-value.js';
import type { Draft } from './check-draft.js';

/**
 * bench.*: Mann-Whitney U of the candidate's runs against the baseline's shifted by the tolerance.
 * `baseline` is a stored baseline's bench, or this run's own `bench.against` (the interleaved
 * baseline series) — the same test either way: the pairs of an interleaved run are not used as
 * pairs (see docs/benchmark.md, "Interleaved A/B": a paired test would need ~2× the runs for
 * the same smallest p and is thrown by one bad pair).
 */
export function benchTest(
  d: Draft,
  baseline: Pick<BenchResult, 'runs'>,
  candidate: Pick<BenchResult, 'runs'> | undefined,
  alpha: number,
): void {
  const field = d.rule.metric.slice('bench.'.length);
  const xs = runValues(baseline, field);
  const ys = runValues(candidate, field);
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
