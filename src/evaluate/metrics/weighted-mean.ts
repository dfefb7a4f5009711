import { CompensatedSum } from '../../util/sum.js';

/**
 * Σ wᵢxᵢ / Σ wᵢ over the rows whose value is not NaN (rows excluded from a metric carry NaN),
 * compensated, as numpy's `np.average(x, weights=w)`. NaN when no weight remains.
 */
export function weightedMean(values: Float64Array, weights: Float64Array | undefined): number {
  const sum = new CompensatedSum();
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== x) continue;
    if (weights) {
      const w = weights[i];
      if (w === 0) continue;
      sum.add(w * x);
      total += w;
    } else {
      sum.add(x);
      total += 1;
    }
  }
  return total === 0 ? NaN : sum.value / total;
}
