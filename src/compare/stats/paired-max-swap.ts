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
  let maxBase = -Infinity;
  let maxCand = -Infinity;
  for (let i = 0; i < n; i++) {
    const a = baseValues[i];
    const c = candValues[i];
    if (!(a === a) || !(c === c)) return null;
    if (a > maxBase) maxBase = a;
    if (c > maxCand) maxCand = c;
  }
  return swapPValue(baseValues, candValues, maxBase, maxCand, tolerance, resamples, seed, null);
}

/**
 * The swap test's p at shift `tolerance`. With `rows`, a subset of the examples that holds the
 * top `TOP_ROWS` by larger value at this shift (`swapInterval` keeps one): the rounds walk it
 * instead of all n sorted, and the whole test runs again over every row in the rare round that
 * walks past those. Either way the same p: the same order (descending, ties by row), the same coins.
 */
function swapPValue(
  baseValues: Float64Array,
  candValues: Float64Array,
  maxBase: number,
  maxCand: number,
  tolerance: number,
  resamples: number,
  seed: number,
  rows: Int32Array | null,
): number {
  const m = rows === null ? baseValues.length : rows.length;
  const hi = new Float64Array(m);
  const lo = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const i = rows === null ? k : rows[k];
    const a = baseValues[i];
    const c = candValues[i] - tolerance;
    hi[k] = a >= c ? a : c;
    lo[k] = a >= c ? c : a;
  }
  // The maxima of all n (the rows a subset leaves out may hold one side's maximum).
  const observed = maxCand - tolerance - maxBase;
  // rankDescending breaks ties by position; `rows` is ascending, so by row as over all n.
  const order = rankDescending(hi, null).order;
  const hiSorted = new Float64Array(m);
  const loSorted = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    hiSorted[j] = hi[order[j]];
    loSorted[j] = lo[order[j]];
  }
  // Positions past `depth` may not be the true order's (rows outside the subset rank below them).
  const depth = rows === null ? m : TOP_ROWS;
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
    for (let j = 1; j < m; j++) {
      if (j >= depth)
        return swapPValue(baseValues, candValues, maxBase, maxCand, tolerance, resamples, seed, null);
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

/** Rows `swapInterval` keeps per shift: a round walks ~2 of them, past 64 with chance ~2⁻⁶³. */
const TOP_ROWS = 64;

/**
 * The interval that matches the swap test's decision, by inverting it: the lower end is the
 * smallest shift δ the one-sided test at `alpha` does not reject (so the gate fails on a tolerance
 * exactly when the lower end is above it), the upper end the largest shift the mirrored test (the
 * candidate better by more than −δ) does not reject — a two-sided 1 − 2α interval, as every other
 * check shows. Each end is found by bisection between shifts where the test surely rejects and
 * surely does not, with the verdict's own p at `tolerance` as the first probe: the end then lies
 * on the side of the tolerance that the verdict says, whatever the Monte-Carlo noise elsewhere.
 * Each probe walks the examples that can be among the top `TOP_ROWS` in the bracket left (all n
 * at first, then fewer as it narrows).
 */
export function pairedMaxSwapInterval(
  baseValues: Float64Array,
  candValues: Float64Array,
  tolerance: number,
  resamples: number,
  seed: number,
  alpha: number,
  /** The verdict's p at `tolerance`, when already computed (`pairedMaxSwapPValue`). */
  pAtTolerance: number | null = pairedMaxSwapPValue(baseValues, candValues, tolerance, resamples, seed),
): [number, number] | null {
  if (pAtTolerance === null) return null;
  const lower = lowestNotRejected(baseValues, candValues, tolerance, pAtTolerance, resamples, seed, alpha);
  // The mirrored test is the swap test with the sides exchanged and the shift negated.
  const upper = -lowestNotRejected(candValues, baseValues, -tolerance, null, resamples, seed, alpha);
  return [lower, upper];
}

/**
 * The smallest shift δ whose swap test p exceeds `alpha`, by bisection from `start` (see
 * `pairedMaxSwapInterval`); `pAtStart` is the p there when known.
 */
function lowestNotRejected(
  base: Float64Array,
  cand: Float64Array,
  start: number,
  pAtStart: number | null,
  resamples: number,
  seed: number,
  alpha: number,
): number {
  const n = base.length;
  let minA = Infinity;
  let maxA = -Infinity;
  let minC = Infinity;
  let maxC = -Infinity;
  for (let i = 0; i < n; i++) {
    minA = Math.min(minA, base[i]);
    maxA = Math.max(maxA, base[i]);
    minC = Math.min(minC, cand[i]);
    maxC = Math.max(maxC, cand[i]);
  }
  // Each probe walks the rows that can be top at its shift, out of those of the bracket left.
  let bracketRows: Int32Array | null = null;
  const p = (shift: number): number =>
    swapPValue(
      base,
      cand,
      maxA,
      maxC,
      shift,
      resamples,
      seed,
      topRows(base, cand, shift, shift, bracketRows),
    );
  const startRejects = (pAtStart ?? p(start)) <= alpha;
  // Below `low` every shifted candidate error exceeds every baseline error: only the identity
  // swap reaches the observed T (p = 1/(B + 1) up to ties); above `high` every one is below, and
  // every swap reaches it (p = 1).
  const spread = Math.max(maxA - minA, maxC - minC, Math.abs(maxC - maxA), Number.MIN_VALUE);
  const low = minC - maxA - spread;
  const high = maxC - minA + spread;
  // Out from `start` in doubling steps (a narrow bracket keeps the probes' rows few), then halving.
  let rejected = startRejects ? start : low;
  let kept = startRejects ? high : start;
  for (let step = 1e-3 * spread; ; step *= 2) {
    const probe = startRejects ? Math.min(high, start + step) : Math.max(low, start - step);
    if (probe === (startRejects ? high : low)) {
      if (p(probe) > alpha !== startRejects) return probe; // the test never turns
      break;
    }
    const keeps = p(probe) > alpha;
    if (keeps) kept = Math.min(kept, probe);
    else rejected = Math.max(rejected, probe);
    if (keeps === startRejects) break;
  }
  // To 1e-9 of the errors' spread: far below the digits a report shows.
  const precision = 1e-9 * spread;
  while (kept - rejected > precision) {
    const mid = rejected + (kept - rejected) / 2;
    if (!(mid > rejected && mid < kept)) break; // adjacent doubles
    bracketRows = topRows(base, cand, rejected, kept, bracketRows);
    if (p(mid) > alpha) kept = mid;
    else rejected = mid;
  }
  return kept;
}

/**
 * The rows (ascending) that can be among the top `TOP_ROWS` by larger value at any shift in
 * [δ₁, δ₂]: a row's larger value is at least max(a, c − δ₂) and at most max(a, c − δ₁), so rows
 * whose most falls short of the `TOP_ROWS`-th largest least never are. Null while that is all n.
 */
function topRows(
  base: Float64Array,
  cand: Float64Array,
  low: number,
  high: number,
  previous: Int32Array | null,
): Int32Array | null {
  const m = previous === null ? base.length : previous.length;
  if (m <= TOP_ROWS) return previous;
  // The TOP_ROWS largest least values, descending (one pass; few insertions past the first rows).
  const top = new Float64Array(TOP_ROWS).fill(-Infinity);
  const last = TOP_ROWS - 1;
  for (let k = 0; k < m; k++) {
    const i = previous === null ? k : previous[k];
    const a = base[i];
    const c = cand[i] - high;
    const v = a >= c ? a : c;
    if (!(v > top[last])) continue;
    let j = last;
    while (j > 0 && top[j - 1] < v) {
      top[j] = top[j - 1];
      j--;
    }
    top[j] = v;
  }
  const threshold = top[last];
  let count = 0;
  for (let k = 0; k < m; k++) {
    const i = previous === null ? k : previous[k];
    if (Math.max(base[i], cand[i] - low) >= threshold) count++;
  }
  if (count === base.length) return null;
  const keep = new Int32Array(count);
  count = 0;
  for (let k = 0; k < m; k++) {
    const i = previous === null ? k : previous[k];
    if (Math.max(base[i], cand[i] - low) >= threshold) keep[count++] = i;
  }
  return keep;
}
