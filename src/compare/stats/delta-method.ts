import { CompensatedSum } from '../../util/sum.js';
import type { PairedEstimate } from './paired-mean.js';

/**
 * Delta-method paired tests for smooth functions of per-example means (Δ ≈ the mean of each
 * pair's influence ψᵢ; se² = Σ(ψ − ψ̄)²/(n(n − 1))). Rows are baseline rows; `candidateRow[i]` is
 * the candidate row paired with baseline row i. Null when the function is not smooth there
 * (a zero RMSE, a constant target): the caller falls back to the bootstrap.
 */

/** RMSE = √mean(e²): ψᵢ = (e²_c,i − MSE_c)/(2·RMSE_c) − (e²_b,i − MSE_b)/(2·RMSE_b). */
export function pairedRmseDifference(
  baseSq: Float64Array,
  candSq: Float64Array,
  candidateRow: Int32Array,
): PairedEstimate | null {
  const n = baseSq.length;
  if (n < 2) return null;
  const mb = meanOf(baseSq);
  const mc = meanOf(candSq);
  if (!(mb > 0 && mc > 0)) return null;
  const rb = Math.sqrt(mb);
  const rc = Math.sqrt(mc);
  return influenceEstimate(
    rc - rb,
    n,
    (i) => (candSq[candidateRow[i]] - mc) / (2 * rc) - (baseSq[i] - mb) / (2 * rb),
  );
}

/**
 * R² = 1 − SSE/SST on the same targets: Δ = (SSE_b − SSE_c)/SST = D/S with D = mean(e²_b − e²_c)
 * and S = mean (y − ȳ)²; ψᵢ = (dᵢ − D)/S − D·(tᵢ − S)/S² (ȳ's own influence on S vanishes).
 */
export function pairedR2Difference(
  y: Float64Array,
  baseSq: Float64Array,
  candSq: Float64Array,
  candidateRow: Int32Array,
): PairedEstimate | null {
  const n = y.length;
  if (n < 2) return null;
  const ybar = meanOf(y);
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) t[i] = (y[i] - ybar) * (y[i] - ybar);
  const S = meanOf(t);
  if (!(S > 0)) return null;
  const dSum = new CompensatedSum();
  for (let i = 0; i < n; i++) dSum.add(baseSq[i] - candSq[candidateRow[i]]);
  const D = dSum.value / n;
  return influenceEstimate(
    D / S,
    n,
    (i) => (baseSq[i] - candSq[candidateRow[i]] - D) / S - (D * (t[i] - S)) / (S * S),
  );
}

function meanOf(x: Float64Array): number {
  const s = new CompensatedSum();
  for (let i = 0; i < x.length; i++) s.add(x[i]);
  return s.value / x.length;
}

function influenceEstimate(delta: number, n: number, psi: (i: number) => number): PairedEstimate {
  const values = new Float64Array(n);
  const sum = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    values[i] = psi(i);
    sum.add(values[i]);
  }
  const mean = sum.value / n;
  const ss = new CompensatedSum();
  for (let i = 0; i < n; i++) ss.add((values[i] - mean) * (values[i] - mean));
  return { delta, se: Math.sqrt(ss.value / (n - 1) / n), n };
}
