import { TEXT_STATISTIC_TERMS } from './metrics/text/index.js';
import { textStatisticColumns } from './metrics/text/text-rows.js';
import type { EvaluationData } from '../result/evaluation-data.js';
import type { MomentSums, SufficientStatistics } from '../result/schema.js';
import { binaryRowLogLoss, multiclassRowLogLoss } from './metrics/log-loss.js';
import { brierRowTerms } from './metrics/brier.js';
import { FLOAT64_EPS } from './metrics/names.js';
import { matrixLogLoss } from './metrics/evaluator.js';
import { CompensatedSum } from '../util/sum.js';

/**
 * The terms each mean-shaped metric is a function of (what merge needs from every shard to
 * recompute it without the examples): a mean is sum / n; RMSE is √(mse); R² = 1 − SSE / SST takes
 * SSE from `mse` and SST from the labels' centred sum of squares (`y.m2`, `y.min`, `y.max`).
 */
export const STATISTIC_TERMS: Readonly<Record<string, readonly string[]>> = {
  log_loss: ['log_loss'],
  brier: ['brier'],
  mae: ['mae'],
  mse: ['mse'],
  rmse: ['mse'],
  mape: ['mape'],
  r2: ['mse', 'y'],
  ...TEXT_STATISTIC_TERMS,
  // Ranking: each metric is the mean of its per-query values, stored under its own name (a
  // cutoff's name, `ndcg@10`, under itself too: src/merge/sums.ts).
  map: ['map'],
  mrr: ['mrr'],
  ndcg: ['ndcg'],
  'ndcg@k': ['ndcg@k'],
  'precision@k': ['precision@k'],
  'recall@k': ['recall@k'],
};

/**
 * `result.statistics`: per-example sufficient statistics of the mean-shaped metrics (count, sum
 * and sum of squares of each metric's per-example term), so that a bare result.json baseline —
 * no examples sidecar — still supports an unpaired test (Welch z) for them; RMSE and R² follow by
 * the delta method from the squared-error terms and the labels' moments. Accumulated batch by
 * batch so the streamed evaluation fills it too.
 *
 * The same sums let `merge` recompute those metrics of shards without their examples sidecars
 * (`STATISTIC_TERMS`): sums are compensated, and the labels' term `y` also keeps its centred sum of
 * squares `m2` (a second pass, as R² itself; shards combine by Chan's formula, `mergeMoments`) and
 * its `min`/`max`, so SST does not cancel and a constant target is recognised exactly.
 */
export class StatisticsAccumulator {
  private readonly terms = new Map<string, MomentAccumulator>();
  /** Σ(y − ȳ)² of the regression labels, from the second pass (`addCentred`). */
  private readonly centred = new CompensatedSum();
  private centredPass = false;

  /**
   * Whether R²'s Σ(y − ȳ)² needs a second pass over the rows (`addCentred`): when the target is
   * not constant, exactly when the streamed metrics make one (`needsTotalSquares`).
   */
  needsCentredPass(): boolean {
    const y = this.terms.get('y');
    return y !== undefined && y.n >= 2 && y.min !== y.max;
  }

  /** The second pass of a regression evaluation: Σ(y − ȳ)² with ȳ of the first, as the metrics. */
  addCentred(data: EvaluationData): void {
    const y = this.terms.get('y');
    if (data.task !== 'regression' || y === undefined || y.n === 0) return;
    this.centredPass = true;
    const mean = y.sum.value / y.n;
    for (let i = 0; i < data.n; i++) {
      const e = data.yPred[i] - data.yTrue[i];
      if (Number.isNaN(e)) continue;
      const d = data.yTrue[i] - mean;
      this.centred.add(d * d);
    }
  }

  add(data: EvaluationData): void {
    if (data.task === 'regression') {
      const n = data.n;
      const ae = new Float64Array(n);
      const se = new Float64Array(n);
      const ape = new Float64Array(n);
      const y = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const e = data.yPred[i] - data.yTrue[i];
        ae[i] = Math.abs(e);
        se[i] = e * e;
        ape[i] = Math.abs(e) / Math.max(Math.abs(data.yTrue[i]), FLOAT64_EPS);
        // The rows the metrics use: those with a prediction (NaN e leaves the row out of every term).
        y[i] = Number.isNaN(e) ? NaN : data.yTrue[i];
      }
      this.addTerms('mae', ae);
      this.addTerms('mse', se);
      this.addTerms('mape', ape);
      this.addTerms('y', y);
      return;
    }
    const scores = data.scores;
    if (!scores) return;
    const n = data.n;
    const include = new Uint8Array(n);
    if (data.task === 'binary') {
      if (data.scoreKind === 'decision' || data.positive === undefined) return;
      const isPositive = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        include[i] = Number.isNaN(scores[i]) ? 0 : 1;
        isPositive[i] = data.yTrue[i] === data.positive ? 1 : 0;
      }
      // The evaluator's log loss: over every given probability column when there are several.
      this.addTerms(
        'log_loss',
        data.logLossScores ? matrixLogLoss(data, include) : binaryRowLogLoss(scores, isPositive, include),
      );
      this.addTerms('brier', brierRowTerms(scores, isPositive, include));
      return;
    }
    const cols = data.scoreClasses;
    // Fewer than two columns: log_loss is null (NO_LOG_LOSS), so no term either.
    if (!cols || cols.length < 2) return;
    const k = cols.length;
    const column = new Map(cols.map((c, j) => [c, j]));
    const trueColumn = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const j = column.get(data.classes[data.yTrue[i]]);
      trueColumn[i] = j ?? 0;
      // As the evaluator: a row with any NaN probability is left out.
      let nan = j === undefined;
      for (let c = 0; c < k && !nan; c++) nan = Number.isNaN(scores[i * k + c]);
      include[i] = nan ? 0 : 1;
    }
    this.addTerms('log_loss', multiclassRowLogLoss(scores, k, trueColumn, include));
  }

  /** `--task text`: the terms of `textStatisticColumns` (means, n-gram statistics, influences). */
  addText(rows: Float64Array): void {
    for (const [name, values] of textStatisticColumns(rows)) this.addTerms(name, values);
  }

  result(): SufficientStatistics | undefined {
    if (this.terms.size === 0) return undefined;
    const terms = Object.create(null) as Record<string, MomentSums>;
    for (const [name, m] of this.terms) terms[name] = m.result();
    const y = this.terms.get('y');
    if (y !== undefined && y.n > 0) {
      // A constant target (or a single row) has no spread: 0 without a second pass.
      const m2 = this.needsCentredPass() ? (this.centredPass ? this.centred.value : undefined) : 0;
      if (m2 !== undefined) terms.y = { ...terms.y, m2, min: y.min, max: y.max };
    }
    return { terms };
  }

  private addTerms(name: string, values: Float64Array): void {
    let m = this.terms.get(name);
    if (!m) {
      m = new MomentAccumulator();
      this.terms.set(name, m);
    }
    m.add(values);
  }
}

/**
 * One term's sums over the batches (NaN values are left out), fed value by value so that any
 * split into batches gives the same bits as one pass over the rows (the streamed evaluation
 * equals the in-memory one exactly).
 */
class MomentAccumulator {
  n = 0;
  readonly sum = new CompensatedSum();
  private readonly sumSq = new CompensatedSum();
  min = Infinity;
  max = -Infinity;

  add(values: Float64Array): void {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== v) continue;
      this.n++;
      this.sum.add(v);
      this.sumSq.add(v * v);
      if (v < this.min) this.min = v;
      if (v > this.max) this.max = v;
    }
  }

  result(): MomentSums {
    return { n: this.n, sum: this.sum.value, sum_sq: this.sumSq.value };
  }
}

/** Chan, Golub & LeVeque's pairwise update: Σ(v − mean)² of the union of two disjoint parts. */
function chanM2(a: MomentSums, b: MomentSums): number {
  if (a.n === 0) return b.m2!;
  if (b.n === 0) return a.m2!;
  const n = a.n + b.n;
  const delta = b.sum / b.n - a.sum / a.n;
  return a.m2! + b.m2! + ((delta * delta * a.n) / n) * b.n;
}

/**
 * The sums of the union of disjoint parts (shards), from each part's sums: what one accumulator
 * over all of their rows gives, up to rounding. `m2`, `min` and `max` are kept only when every part
 * with rows has them (results written before they existed lack them).
 */
export function mergeMoments(parts: readonly MomentSums[]): MomentSums {
  const sum = new CompensatedSum();
  const sumSq = new CompensatedSum();
  let acc: MomentSums = { n: 0, sum: 0, sum_sq: 0, m2: 0 };
  let centred = true;
  let min = Infinity;
  let max = -Infinity;
  for (const p of parts) {
    if (p.n === 0) continue;
    sum.add(p.sum);
    sumSq.add(p.sum_sq);
    if (p.m2 === undefined || p.min === undefined || p.max === undefined) centred = false;
    else {
      acc = { n: acc.n + p.n, sum: acc.sum + p.sum, sum_sq: 0, m2: chanM2(acc, p) };
      if (p.min < min) min = p.min;
      if (p.max > max) max = p.max;
    }
  }
  const n = parts.reduce((a, p) => a + p.n, 0);
  const out: MomentSums = { n, sum: sum.value, sum_sq: sumSq.value };
  if (n > 0 && centred) {
    out.m2 = acc.m2;
    out.min = min;
    out.max = max;
  }
  return out;
}

/** The statistics of one in-memory evaluation. */
export function sufficientStatistics(data: EvaluationData): SufficientStatistics | undefined {
  const acc = new StatisticsAccumulator();
  acc.add(data);
  if (acc.needsCentredPass()) acc.addCentred(data);
  return acc.result();
}
