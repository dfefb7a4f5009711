/**
 * Whether a gated benchmark rule can ever fail with the configured number of runs — said before
 * the benchmark runs, not as a per-check note on every PR forever after.
 *
 * A `bench.*` rule with `max_regression` is decided by the one-sided Mann-Whitney U test of the
 * candidate's runs against the baseline's (bench-test.ts `benchTest`; exact without ties at these
 * sizes). With r runs per side (the baseline is assumed to come from the same workflow, so the
 * same r), its smallest achievable p is one ordering in C(2r, r): 1/20 for 3 runs, 1/70 for 4,
 * 1/252 for 5. The check fails only when p ≤ α — and under Holm with m tested rules the smallest
 * p is held to α/m unless every other rule fails too.
 */
import type { GateConfig } from '../config/index.js';
import { UsageError } from '../errors.js';
import { mannWhitneyCounts } from './stats/mann-whitney.js';

/** The smallest one-sided p of the exact Mann-Whitney U test with n₁ and n₂ untied values. */
export function smallestMannWhitneyP(n1: number, n2: number): number {
  const counts = mannWhitneyCounts(n1, n2);
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  return counts[0] / total;
}

/** The fewest runs per side whose smallest p is at most `level`. */
export function minimumSignificantRuns(level: number): number {
  let r = 1;
  while (smallestMannWhitneyP(r, r) > level && r < 50) r++;
  return r;
}

/**
 * Throws a UsageError when a gated bench rule can never fail with `runs` measured runs; returns
 * a warning when it can fail only if every other Holm-tested rule fails too; null otherwise.
 */
export function checkBenchRuns(config: GateConfig, runs: number, where: string): string | null {
  const alpha = config.significance;
  if (alpha === null) return null;
  const gated = config.metrics.filter((r) => r.metric.startsWith('bench.') && r.max_regression);
  if (gated.length === 0) return null;
  const tested = config.metrics.filter((r) => r.max_regression).length + (config.default_metrics ? 1 : 0);
  const m = config.multiple_comparisons === 'holm' ? Math.max(1, tested) : 1;
  const p = smallestMannWhitneyP(runs, runs);
  const names = gated.map((r) => r.metric).join(', ');
  const pText = `1/${Math.round(1 / p)}`;
  if (p > alpha)
    throw new UsageError(
      `${where}: ${names} ${gated.length === 1 ? 'is' : 'are'} gated with max_regression, but with ${runs} measured run${runs === 1 ? '' : 's'} per side the Mann-Whitney test's smallest possible one-sided p is ${pText}, above significance ${alpha}: that check can never fail. Use at least ${minimumSignificantRuns(alpha)} runs (bench runs; ${minimumSignificantRuns(alpha / m)} with Holm over ${m} gated metrics), or gate it with an absolute max.`,
    );
  if (m > 1 && p * m > alpha)
    return `${where}: with ${runs} measured runs per side the smallest possible p of ${names} is ${pText}; Holm over ${m} gated metrics holds it to ${alpha}/${m}, so it can fail only if every other gated metric fails too. Use at least ${minimumSignificantRuns(alpha / m)} runs for it to fail on its own.`;
  return null;
}
