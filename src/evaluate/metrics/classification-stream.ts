import type { ClassificationData } from '../../result/evaluation-data.js';
import { classificationMetrics, perClassStats } from './classification.js';
import { classTotals, sparseConfusion, topConfusions, type PairTable } from './confusion.js';
import { validPositive } from './evaluator.js';
import type { MetricsOutput } from './index.js';
import { BinaryScoreStream, MulticlassScoreStream } from './score-streams.js';

/** `StreamingMetrics` for classification: the streaming twin of `computeMetrics` on `ClassificationData` (classification.ts, confusion.ts). */
export class ClassificationStream {
  private readonly k: number;
  private readonly classes: string[];
  private readonly setup: string[] = [];
  private readonly positive: number | undefined;
  private readonly pairIndex = new Map<number, number>();
  private readonly pairTrue: number[] = [];
  private readonly pairPred: number[] = [];
  private counts: number[] = [];
  private readonly scores: BinaryScoreStream | MulticlassScoreStream | null = null;

  constructor(first: ClassificationData, dir: string, chunk: number) {
    this.classes = first.classes;
    this.k = first.classes.length;
    this.positive = validPositive(first, this.setup);
    if (first.scores) {
      if (first.task === 'binary') {
        if (this.positive !== undefined)
          this.scores = new BinaryScoreStream(first, this.positive, dir, chunk);
      } else this.scores = new MulticlassScoreStream(first, dir, chunk);
    }
  }

  add(batch: ClassificationData): void {
    const { yTrue, yPred } = batch;
    const n = batch.n;
    const k = this.k;
    const width = k + 1;
    const index = this.pairIndex;
    const counts = this.counts;
    for (let i = 0; i < n; i++) {
      const t = yTrue[i];
      const p = yPred[i];
      if (t < 0 || t >= k) throw new RangeError(`true class index ${t} is outside 0..${k - 1}`);
      if (p < -1 || p >= k) throw new RangeError(`predicted class index ${p} is outside -1..${k - 1}`);
      const col = p === -1 ? k : p;
      const key = t * width + col;
      let id = index.get(key);
      if (id === undefined) {
        id = this.pairTrue.length;
        index.set(key, id);
        this.pairTrue.push(t);
        this.pairPred.push(col);
        counts.push(0);
      }
      counts[id] += 1;
    }
    this.scores?.add(batch);
  }

  endPass(): boolean {
    return false;
  }

  result(): MetricsOutput {
    const table: PairTable = {
      k: this.k,
      pairTrue: Int32Array.from(this.pairTrue),
      pairPred: Int32Array.from(this.pairPred),
      rowPair: new Int32Array(0),
    };
    const counts = Float64Array.from(this.counts);
    const totals = classTotals(table, counts);
    const present = new Uint8Array(this.k);
    for (let c = 0; c < this.k; c++) if (totals.trueSum[c] > 0 || totals.predSum[c] > 0) present[c] = 1;
    const setup: string[] = [...this.setup];
    this.scores?.setupWarnings(setup);
    const warnings: string[] = [...setup];
    const metrics = classificationMetrics(totals, {
      present,
      positive: this.positive,
      classes: this.classes,
      warnings,
    });
    this.scores?.assign(metrics, warnings);
    return {
      metrics,
      per_class: perClassStats(totals, this.classes, present),
      confusion: sparseConfusion(this.classes, table, counts),
      top_confusions: topConfusions(this.classes, table, counts, 10),
      error_rate: metrics.error_rate ?? null,
      warnings: [...new Set(warnings)],
    };
  }
}
