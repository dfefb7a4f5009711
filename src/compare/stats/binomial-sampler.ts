import type { Rng } from './prng.js';

/**
 * Exact Binomial(n, p) variates from the seeded stream, for the multinomial bootstrap.
 * - n·min(p, 1−p) < 10: inversion by geometric waiting times (the number of successes is the
 *   number of geometric gaps that fit in n trials), O(n·p) uniforms.
 * - otherwise Hörmann's BTRS, transformed rejection with squeeze ("The generation of binomial
 *   random variates", J. Stat. Comput. Simul. 46, 1993), O(1) expected uniforms; the acceptance
 *   test uses the exact log-pmf ratio (Stirling tails), so the variates are exact.
 * p > ½ is drawn as n − Binomial(n, 1 − p).
 */
export function binomialSample(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomialSample(rng, n, 1 - p);
  return n * p < 10 ? byInversion(rng, n, p) : btrs(rng, n, p);
}

/** Uniform in (0, 1]: log never sees 0. */
function unitOpenLeft(rng: Rng): number {
  return 1 - rng.nextFloat();
}

function byInversion(rng: Rng, n: number, p: number): number {
  const logQ = Math.log1p(-p);
  let trials = 0;
  let successes = 0;
  for (;;) {
    trials += Math.ceil(Math.log(unitOpenLeft(rng)) / logQ);
    if (trials > n) return successes;
    successes++;
  }
}

/** ln k! − [(k + ½)ln(k + 1) − (k + 1) + ½ln 2π]: the Stirling tail, tabulated below 10. */
const STIRLING_TAIL = [
  0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211,
  0.0138761288230707, 0.0118967099458917, 0.010411265261972, 0.00925546218271273, 0.00833056343336287,
];

function stirlingTail(k: number): number {
  if (k <= 9) return STIRLING_TAIL[k];
  const kp1sq = (k + 1) * (k + 1);
  return (1 / 12 - (1 / 360 - 1 / 1260 / kp1sq) / kp1sq) / (k + 1);
}

function btrs(rng: Rng, n: number, p: number): number {
  const spq = Math.sqrt(n * p * (1 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const r = p / (1 - p);
  const alpha = (2.83 + 5.1 / b) * spq;
  const m = Math.floor((n + 1) * p);
  for (;;) {
    const u = rng.nextFloat() - 0.5;
    let v = unitOpenLeft(rng);
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (us >= 0.07 && v <= vr) return k; // the squeeze: inside the hat's safe region
    if (k < 0 || k > n) continue;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    const bound =
      (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1))) +
      (n + 1) * Math.log((n - m + 1) / (n - k + 1)) +
      (k + 0.5) * Math.log((r * (n - k + 1)) / (k + 1)) +
      stirlingTail(m) +
      stirlingTail(n - m) -
      stirlingTail(k) -
      stirlingTail(n - k);
    if (v <= bound) return k;
  }
}

/**
 * Multinomial(n, counts/Σcounts) by sequential conditional binomials: cell j gets
 * Binomial(n − drawn, counts[j] / remaining count). With `counts` the cell counts of n rows this
 * is exactly the distribution of the cell counts of a row bootstrap resample, at a cost in the
 * number of cells, not rows. Writes into `out`.
 */
export function multinomialSample(rng: Rng, n: number, counts: Float64Array, out: Float64Array): void {
  let remainingTrials = n;
  let remainingMass = 0;
  for (let j = 0; j < counts.length; j++) remainingMass += counts[j];
  for (let j = 0; j < counts.length; j++) {
    const cj = counts[j];
    if (remainingTrials === 0 || cj === 0) {
      out[j] = 0;
      continue;
    }
    const x =
      cj >= remainingMass ? remainingTrials : binomialSample(rng, remainingTrials, cj / remainingMass);
    out[j] = x;
    remainingTrials -= x;
    remainingMass -= cj;
  }
}
