import { rankDescending } from '../../util/sort.js';
import { binomialSample } from './binomial-sampler.js';
import type { BootstrapDistribution, BootstrapOptions } from './bootstrap.js';
import { Rng } from './prng.js';

/**
 * The paired bootstrap of the maximum (max_error) without drawing n weights per round.
 * A row bootstrap's weights are Multinomial(n; 1/n, …, 1/n), which is exchangeable: given the
 * weights already drawn, any row not yet drawn has weight Binomial(R, 1/U) (R trials left, U rows
 * left). So each round draws weights lazily, only for the rows it looks at: walking both models'
 * rows by descending error, the resampled maximum is the first row with a non-zero weight —
 * about 1.6 rows per model per round instead of n. Same distribution as the row bootstrap
 * (a different random stream). Rows are baseline rows; `candidateRow[i]` pairs them.
 */
export function pairedMaxBootstrap(
  baseValues: Float64Array,
  candValues: Float64Array,
  candidateRow: Int32Array,
  options: BootstrapOptions,
): BootstrapDistribution {
  const n = baseValues.length;
  const cand = Float64Array.from({ length: n }, (_, i) => candValues[candidateRow[i]]);
  const orderB = rankDescending(baseValues, null).order;
  const orderC = rankDescending(cand, null).order;
  const rng = new Rng(options.seed);
  const stamp = new Int32Array(n).fill(-1);
  const weight = new Int32Array(n);
  const deltas = new Float64Array(options.resamples);
  if (n === 0) return { deltas: new Float64Array(0), dropped: options.resamples };
  for (let round = 0; round < options.resamples; round++) {
    let trialsLeft = n;
    let rowsLeft = n;
    const weightOf = (row: number): number => {
      if (stamp[row] !== round) {
        stamp[row] = round;
        const w = rowsLeft === 1 ? trialsLeft : binomialSample(rng, trialsLeft, 1 / rowsLeft);
        weight[row] = w;
        trialsLeft -= w;
        rowsLeft--;
      }
      return weight[row];
    };
    let maxB = NaN;
    for (let j = 0; j < n; j++)
      if (weightOf(orderB[j]) > 0) {
        maxB = baseValues[orderB[j]];
        break;
      }
    let maxC = NaN;
    for (let j = 0; j < n; j++)
      if (weightOf(orderC[j]) > 0) {
        maxC = cand[orderC[j]];
        break;
      }
    deltas[round] = maxC - maxB;
  }
  return { deltas, dropped: 0 };
}

/**
 * The paired row bootstrap of one rank or order metric, lean: the same resamples as
 * `pairedBootstrap` (the same weight stream, so the same Δ*), but each round computes only this
 * metric by walking orders sorted once beforehand, instead of every metric of both models.
 * `statistic(order, weights)` evaluates one model: `order` lists that model's rows (already in
 * baseline row numbering) in its precomputed order.
 */
export function pairedOrderBootstrap(
  n: number,
  baseOrder: Int32Array,
  candOrderInBaseRows: Int32Array,
  statistic: (side: 'base' | 'cand', order: Int32Array, weights: Uint16Array) => number | null,
  options: BootstrapOptions,
  onRound?: (round: number) => void,
): BootstrapDistribution {
  const deltas = new Float64Array(options.resamples);
  let kept = 0;
  let dropped = 0;
  const rng = new Rng(options.seed);
  // 16-bit counts: a quarter of the Float64 vector, so the random reads of the walks mostly hit
  // cache. A row drawn 65,536 times in one resample (never, in practice) is refused, not wrapped.
  const w = new Uint16Array(n);
  for (let round = 0; round < options.resamples; round++) {
    w.fill(0);
    // The draw order of forEachResample: the same resamples as the all-metrics bootstrap.
    for (let i = 0; i < n; i++)
      if (++w[rng.nextInt(n)] === 0) throw new RangeError('bootstrap weight overflow');
    const b = statistic('base', baseOrder, w);
    const c = statistic('cand', candOrderInBaseRows, w);
    if (b === null || c === null || !Number.isFinite(b) || !Number.isFinite(c)) dropped++;
    else deltas[kept++] = c - b;
    onRound?.(round + 1);
  }
  return { deltas: deltas.slice(0, kept), dropped };
}

/** Maps a candidate row order to baseline row numbers: `candidateRow[i]` = candidate row of baseline row i. */
export function toBaseRows(candOrder: Int32Array, candidateRow: Int32Array): Int32Array {
  const baseOf = new Int32Array(candidateRow.length);
  for (let i = 0; i < candidateRow.length; i++) baseOf[candidateRow[i]] = i;
  return Int32Array.from(candOrder, (row) => baseOf[row]);
}
