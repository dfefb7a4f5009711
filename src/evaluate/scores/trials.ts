/**
 * Repeated trials folded into examples. Every reader (a CSV/JSONL of scores, a harness's own
 * per-sample files) hands over (example id, metric, value) triples; rows sharing an id are trials
 * of one example. An example's score is its mean over its trials; a binary metric (every value
 * 0 or 1) with repeated trials also gives `pass@1` and `pass@K` (Chen et al. 2021's unbiased
 * estimator) and `flaky_examples` (examples with both outcomes). The tests downstream see one
 * term per example, so they resample and pair examples, never trials.
 */
import { FLAKY_SUFFIX } from '../../registry/metrics.js';
import type { ScoresData, ScoreTerms } from '../../result/scores-data.js';

interface MetricTrials {
  name: string;
  sum: Float64Array;
  count: Uint32Array;
  ones: Uint32Array;
  /** Every value so far was 0 or 1. */
  binary: boolean;
}

/**
 * The unbiased estimator of pass@k (Chen et al. 2021, "Evaluating Large Language Models Trained
 * on Code", eq. 1) for one example with n trials of which c passed: 1 − C(n−c, k)/C(n, k),
 * computed as their numerically stable product 1 − Π_{i=n−c+1}^{n} (1 − k/i).
 */
export function passAtK(n: number, c: number, k: number): number {
  if (n - c < k) return 1;
  let prod = 1;
  for (let i = n - c + 1; i <= n; i++) prod *= 1 - k / i;
  return 1 - prod;
}

export class TrialTable {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly metrics: MetricTrials[] = [];
  private readonly metricIndex = new Map<string, number>();
  private capacity = 1024;

  /** The example of `id` (a new one when first seen). */
  example(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
      if (i >= this.capacity) this.grow();
    }
    return i;
  }

  /** The metric called `name` (a new one when first seen). */
  metric(name: string): number {
    let m = this.metricIndex.get(name);
    if (m === undefined) {
      m = this.metrics.length;
      this.metricIndex.set(name, m);
      const c = this.capacity;
      this.metrics.push({
        name,
        sum: new Float64Array(c),
        count: new Uint32Array(c),
        ones: new Uint32Array(c),
        binary: true,
      });
    }
    return m;
  }

  get metricNames(): string[] {
    return this.metrics.map((m) => m.name);
  }

  /** One trial's value of metric `m` for example `ex` (finite; the reader checked it). */
  add(ex: number, m: number, value: number): void {
    const t = this.metrics[m];
    t.sum[ex] += value;
    t.count[ex]++;
    if (value === 1) t.ones[ex]++;
    else if (value !== 0) t.binary = false;
  }

  /** Drops a metric (a column found not to be a score after all). */
  drop(name: string): void {
    const m = this.metricIndex.get(name);
    if (m === undefined) return;
    this.metrics.splice(m, 1);
    this.metricIndex.clear();
    this.metrics.forEach((t, i) => this.metricIndex.set(t.name, i));
  }

  private grow(): void {
    const c = this.capacity * 2;
    for (const t of this.metrics) {
      t.sum = copyInto(new Float64Array(c), t.sum);
      t.count = copyInto(new Uint32Array(c), t.count);
      t.ones = copyInto(new Uint32Array(c), t.ones);
    }
    this.capacity = c;
  }

  /** The examples, their per-example terms, and notes on uneven trial counts. */
  finish(): { data: ScoresData; warnings: string[] } {
    const n = this.ids.length;
    const warnings: string[] = [];
    let trials = 0;
    for (const t of this.metrics) for (let i = 0; i < n; i++) if (t.count[i] > trials) trials = t.count[i];
    const terms: ScoreTerms[] = [];
    for (const t of this.metrics) {
      const mean = new Float64Array(n);
      let minTrials = Infinity;
      let maxTrials = 0;
      for (let i = 0; i < n; i++) {
        const c = t.count[i];
        mean[i] = c === 0 ? NaN : t.sum[i] / c;
        if (c > 0 && c < minTrials) minTrials = c;
        if (c > maxTrials) maxTrials = c;
      }
      const binary = t.binary && maxTrials > 0;
      terms.push({ name: t.name, aggregate: 'mean', binary: binary && maxTrials === 1, values: mean });
      if (!binary || maxTrials < 2) continue;
      // pass@K needs K trials of every example: K is the smallest trial count (equal in a complete run).
      const k = minTrials;
      if (minTrials !== maxTrials)
        warnings.push(
          `${t.name}: examples have between ${minTrials} and ${maxTrials} trials; pass@k is given for k = 1${k > 1 ? ` and k = ${k}, the smallest trial count` : ' only (pass@K needs K trials of every example)'}.`,
        );
      const at1 = new Float64Array(n);
      const atK = new Float64Array(n);
      const flaky = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const c = t.count[i];
        if (c === 0) {
          at1[i] = atK[i] = flaky[i] = NaN;
          continue;
        }
        at1[i] = passAtK(c, t.ones[i], 1);
        atK[i] = passAtK(c, t.ones[i], k);
        flaky[i] = t.ones[i] > 0 && t.ones[i] < c ? 1 : 0;
      }
      terms.push({ name: `${t.name}.pass@1`, aggregate: 'mean', binary: false, values: at1 });
      if (k > 1) terms.push({ name: `${t.name}.pass@${k}`, aggregate: 'mean', binary: false, values: atK });
      terms.push({ name: `${t.name}${FLAKY_SUFFIX}`, aggregate: 'count', binary: false, values: flaky });
    }
    return { data: { task: 'scores', n, ids: this.ids, terms, trials }, warnings };
  }
}

function copyInto<T extends Float64Array | Uint32Array>(to: T, from: T): T {
  to.set(from);
  return to;
}
