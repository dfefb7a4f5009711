import type { RegressionData } from '../../result/evaluation-data.js';
import { CompensatedSum } from '../../util/sum.js';
import type { MetricsOutput } from './index.js';
import { FLOAT64_EPS } from './names.js';
import { MedianWalk, needsTotalSquares, regressionMetrics, type RegressionSums } from './regression.js';
import { SortedGroups } from '../../util/sorted-groups.js';

/** `StreamingMetrics` for regression: the streaming twin of `regressionMetrics` (regression.ts). */
export class RegressionStream {
  private pass = 0;
  private readonly sums: RegressionSums = {
    total: 0,
    sAbs: new CompensatedSum(),
    sSq: new CompensatedSum(),
    sApe: new CompensatedSum(),
    sY: new CompensatedSum(),
    maxError: -Infinity,
    yMin: Infinity,
    yMax: -Infinity,
  };
  private skipped = 0;
  private readonly abs: SortedGroups;
  private mean = 0;
  private readonly sst = new CompensatedSum();

  constructor(dir: string, chunk: number) {
    this.abs = new SortedGroups(dir, 'abs-error', chunk);
  }

  add(batch: RegressionData): void {
    const { yTrue, yPred } = batch;
    const n = batch.n;
    if (this.pass === 1) {
      // Σ(y − ȳ)², in row order, as `prepareRegression`.
      const mean = this.mean;
      const sst = this.sst;
      for (let i = 0; i < n; i++) {
        if (Number.isNaN(yPred[i]) || Number.isNaN(yTrue[i])) continue;
        const d = yTrue[i] - mean;
        sst.add(1 * d * d);
      }
      return;
    }
    const s = this.sums;
    const abs = this.abs;
    for (let i = 0; i < n; i++) {
      const t = yTrue[i];
      const p = yPred[i];
      if (Number.isNaN(p) || Number.isNaN(t)) {
        this.skipped++;
        continue;
      }
      const e = p - t;
      const a = Math.abs(e);
      s.total += 1;
      s.sAbs.add(1 * a);
      s.sSq.add(1 * (e * e));
      s.sApe.add(1 * (Math.abs(e) / Math.max(Math.abs(t), FLOAT64_EPS)));
      s.sY.add(1 * t);
      if (a > s.maxError) s.maxError = a;
      if (t < s.yMin) s.yMin = t;
      if (t > s.yMax) s.yMax = t;
      abs.push(a, 0);
    }
  }

  endPass(): boolean {
    if (this.pass === 0 && needsTotalSquares(this.sums)) {
      this.mean = this.sums.sY.value / this.sums.total;
      this.pass = 1;
      return true;
    }
    this.pass = 2;
    return false;
  }

  result(): MetricsOutput {
    const warnings: string[] = [];
    if (this.skipped > 0) warnings.push(`${this.skipped} row(s) without a numeric prediction were left out.`);
    const metrics = regressionMetrics(
      this.sums,
      () => {
        const walk = new MedianWalk(this.sums.total);
        let done = false;
        this.abs.walk((v, _flagged, count) => {
          if (!done) done = walk.add(v, count);
        });
        return walk.value;
      },
      () => this.sst.value,
      warnings,
    );
    return { metrics, top_confusions: [], error_rate: null, warnings: [...new Set(warnings)] };
  }
}
