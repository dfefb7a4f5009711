import { rankDescending } from '../../util/sort.js';
import { Rng } from './prng.js';

/**
 * The paired randomisation (swap) test of a difference of maxima: max_error, lower is better.
 *
 * Why not the bootstrap: a row bootstrap of a maximum is inconsistent (the resampled maximum
 * equals the sample maximum with probability → 1 − 1/e, whatever n), and the calibration grid
 * measured its A/A false-alarm rate at 12–13% for α = 5%. Under the null that the two models'
 * errors are exchangeable within each example (A/A: the same model twice), swapping the two
 * errors of each example at random gives the exact null distribution of
 * T = max(candidate) − max(baseline), so p = (1 + #{T* ≥ T}) / (B + 1) has size ≤ α exactly.
 * A tolerance δ is tested at its boundary by shifting the candidate's errors by −δ first (the
 * maximum shifts with them), the usual construction for a non-inferiority margin.
 *
 * Cost: one sort of the per-example larger values, then O(1) expected work per round: the
 * swapped maxima only depend on the examples from the top down to the first one whose larger
 * value lands on the other side (a fair coin per example: 2 examples on average).
 *
 * `baseValues[i]` and `candValues[i]` are example i's absolute errors (already aligned).
 */
export function pairedMaxSwapPValue(
  baseValues: Float64Array,
  candValues: Float64Array,
  tolerance: number,
  resamples: number,
  seed: number,
): number | null {
  const n = baseValues.length;
  if (n === 0 || resamples <= 0) return null;
  const hi = new Float64Array(n);
  const lo = new Float64Array(n);
  let maxB = -Infinity;
  let maxC = -Infinity;
  for (let i = 0; i < n; i++) {
    const a = baseValues[i];
    const c = candValues[i] - tolerance;
    if (!(a === a) || !(c === c)) return null;
    if (a > maxB) maxB = a;
    if (c > maxC) maxC = c;
    hi[i] = a >= c ? a : c;
    lo[i] = a >= c ? c : a;
  }
  const observed = maxC - maxB;
  const order = rankDescending(hi, null).order;
  const hiSorted = new Float64Array(n);
  const loSorted = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    hiSorted[j] = hi[order[j]];
    loSorted[j] = lo[order[j]];
  }
  const rng = new Rng(seed);
  let bits = 0;
  let bitsLeft = 0;
  const coin = (): number => {
    if (bitsLeft === 0) {
      bits = rng.nextUint32();
      bitsLeft = 32;
    }
    bitsLeft--;
    const b = bits & 1;
    bits >>>= 1;
    return b;
  };
  let atLeast = 0;
  for (let round = 0; round < resamples; round++) {
    // The top example's larger value is one side's maximum; the other side's maximum is the
    // largest value it receives further down.
    const topToCandidate = coin() === 1;
    let other = loSorted[0];
    for (let j = 1; j < n; j++) {
      if (hiSorted[j] <= other) break; // nothing further down can exceed it
      if (coin() === 1) {
        other = hiSorted[j]; // this example's larger value goes to the other side
        break;
      }
      if (loSorted[j] > other) other = loSorted[j];
    }
    const t = topToCandidate ? hiSorted[0] - other : other - hiSorted[0];
    if (t >= observed) atLeast++;
  }
  return (atLeast + 1) / (resamples + 1);
}
