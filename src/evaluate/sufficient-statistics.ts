import type { EvaluationData } from '../result/evaluation-data.js';
import type { MomentSums, SufficientStatistics } from '../result/schema.js';
import { binaryRowLogLoss, multiclassRowLogLoss } from './metrics/log-loss.js';
import { brierRowTerms } from './metrics/brier.js';
import { FLOAT64_EPS } from './metrics/names.js';

/**
 * `result.statistics`: per-example sufficient statistics of the mean-shaped metrics (count, sum
 * and sum of squares of each metric's per-example term), so that a bare result.json baseline —
 * no examples sidecar — still supports an unpaired test (Welch z) for them; RMSE and R² follow by
 * the delta method from the squared-error terms and the labels' moments. Accumulated batch by
 * batch so the streamed evaluation fills it too.
 */
export class StatisticsAccumulator {
  private readonly terms = new Map<string, MomentSums>();

  add(data: EvaluationData): void {
    if (data.task === 'regression') {
      const n = data.n;
      const ae = new Float64Array(n);
      const se = new Float64Array(n);
      const ape = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const e = data.yPred[i] - data.yTrue[i];
        ae[i] = Math.abs(e);
        se[i] = e * e;
        ape[i] = Math.abs(e) / Math.max(Math.abs(data.yTrue[i]), FLOAT64_EPS);
      }
      this.addTerms('mae', ae);
      this.addTerms('mse', se);
      this.addTerms('mape', ape);
      this.addTerms('y', data.yTrue);
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
      this.addTerms('log_loss', binaryRowLogLoss(scores, isPositive, include));
      this.addTerms('brier', brierRowTerms(scores, isPositive, include));
      return;
    }
    const cols = data.scoreClasses;
    if (!cols) return;
    const k = cols.length;
    const column = new Map(cols.map((c, j) => [c, j]));
    const trueColumn = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const j = column.get(data.classes[data.yTrue[i]]);
      trueColumn[i] = j ?? 0;
      include[i] = j === undefined || Number.isNaN(scores[i * k]) ? 0 : 1;
    }
    this.addTerms('log_loss', multiclassRowLogLoss(scores, k, trueColumn, include));
  }

  result(): SufficientStatistics | undefined {
    if (this.terms.size === 0) return undefined;
    const terms = Object.create(null) as Record<string, MomentSums>;
    for (const [name, m] of this.terms) terms[name] = m;
    return { terms };
  }

  private addTerms(name: string, values: Float64Array): void {
    let m = this.terms.get(name);
    if (!m) {
      m = { n: 0, sum: 0, sum_sq: 0 };
      this.terms.set(name, m);
    }
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (Number.isNaN(v)) continue;
      m.n++;
      m.sum += v;
      m.sum_sq += v * v;
    }
  }
}

/** The statistics of one in-memory evaluation. */
export function sufficientStatistics(data: EvaluationData): SufficientStatistics | undefined {
  const acc = new StatisticsAccumulator();
  acc.add(data);
  return acc.result();
}
