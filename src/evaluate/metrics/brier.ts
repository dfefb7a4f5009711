/**
 * Brier score (binary, probability scores): mean((1[y = positive] − p)²), scikit-learn's
 * `brier_score_loss` with the positive label given. Per-row terms (NaN for rows without a
 * score), so a weighted mean is one O(n) pass.
 */
export function brierRowTerms(
  scores: Float64Array,
  isPositive: Uint8Array,
  include: Uint8Array,
): Float64Array {
  const n = scores.length;
  const terms = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (!include[i]) continue;
    const d = (isPositive[i] ? 1 : 0) - scores[i];
    terms[i] = d * d;
  }
  return terms;
}
