/**
 * The drift test's calibration by simulation (README "Drift test: false alarms and power", run by
 * scripts/bench-monitor.mjs): reference and window of n values each, drawn from N(0, 1) and
 * N(δ, 1) (a score's logit; PSI and KS do not change under a monotone map such as the sigmoid),
 * with a seeded generator. Per cell: how often the PSI tolerance test alarms, against the
 * ordinary tests of "no difference at all" (the KS test and the chi-square test of the same bins,
 * i.e. the tolerance test at τ = 0), whose alarm rate grows with n for any fixed shift.
 */
import { normalCdf, normalQuantile } from '../compare/stats/distributions.js';
import { Rng } from '../compare/stats/prng.js';
import { psiToleranceTest } from './drift-test.js';
import { binCounts, DEFAULT_BINS, ecdfDistances, ksPValue, psi, referenceBinEdges } from './statistics.js';

export interface DriftCell {
  n: number;
  shift: number;
  /** PSI of the two populations over the reference's population deciles. */
  population_psi: number;
  trials: number;
  /** Alarms of the PSI tolerance test (H₀: PSI ≤ τ). */
  tolerance_alarms: number;
  /** Alarms of the KS test of F = G (p < α). */
  ks_alarms: number;
  /** Alarms of the chi-square test of the same bins (the tolerance test at τ = 0). */
  chi_square_alarms: number;
}

/** Standard normals by Box–Muller from the seeded generator (both values of each pair used). */
function fillNormal(rng: Rng, out: Float64Array, mean: number): void {
  for (let i = 0; i < out.length; i += 2) {
    const u = 1 - rng.nextFloat();
    const v = rng.nextFloat();
    const r = Math.sqrt(-2 * Math.log(u));
    out[i] = mean + r * Math.cos(2 * Math.PI * v);
    if (i + 1 < out.length) out[i + 1] = mean + r * Math.sin(2 * Math.PI * v);
  }
}

/** PSI of N(δ, 1) against N(0, 1) over the deciles of N(0, 1), with the same ε floor. */
export function populationPsi(shift: number, bins = DEFAULT_BINS): number {
  let sum = 0;
  let prev = 0;
  for (let i = 1; i <= bins; i++) {
    const cdf = i === bins ? 1 : normalCdf(normalQuantile(i / bins) - shift);
    const q = Math.max(cdf - prev, 1e-4);
    const p = 1 / bins;
    sum += (q - p) * Math.log(q / p);
    prev = cdf;
  }
  return sum;
}

export function simulateDriftCell(
  n: number,
  shift: number,
  trials: number,
  seed: number,
  tolerance: number,
  alpha: number,
): DriftCell {
  const rng = new Rng(seed);
  const ref = new Float64Array(n);
  const win = new Float64Array(n);
  let tol = 0;
  let ks = 0;
  let chi = 0;
  for (let t = 0; t < trials; t++) {
    fillNormal(rng, ref, 0);
    fillNormal(rng, win, shift);
    ref.sort();
    win.sort();
    const edges = referenceBinEdges(ref);
    const rc = binCounts(ref, edges);
    const wc = binCounts(win, edges);
    const value = psi(rc, wc);
    if (psiToleranceTest(value, rc.length, n, n, tolerance, alpha, false).p_value < alpha) tol++;
    if (psiToleranceTest(value, rc.length, n, n, 0, alpha, false).p_value < alpha) chi++;
    if (ksPValue(ecdfDistances(ref, win).ks, n, n) < alpha) ks++;
  }
  return {
    n,
    shift,
    population_psi: populationPsi(shift),
    trials,
    tolerance_alarms: tol,
    ks_alarms: ks,
    chi_square_alarms: chi,
  };
}
