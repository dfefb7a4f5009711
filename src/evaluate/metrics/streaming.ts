import { binaryLogLossTerm, isProbabilityScore, rowLogLossTerm, sumsToOne } from './probability.js';
import type { ClassificationData, EvaluationData, RegressionData } from '../../result/evaluation-data.js';
import { CompensatedSum } from '../../util/sum.js';
import { classificationMetrics, perClassStats } from './classification.js';
import { classTotals, sparseConfusion, topConfusions, type PairTable } from './confusion.js';
import {
  assignBinaryScores,
  assignMulticlassScores,
  binarySetupWarnings,
  multiclassSetupWarnings,
  NO_LOG_LOSS,
  validPositive,
} from './evaluator.js';
import type { MetricsOutput } from './index.js';
import type { MetricValues } from './names.js';
import { FLOAT64_EPS } from './names.js';
import { MedianWalk, needsTotalSquares, regressionMetrics, type RegressionSums } from './regression.js';
import { SortedGroups } from '../../util/sorted-groups.js';

/** Where and how the streaming metrics keep their sorted values. */
export interface StreamingMetricsOptions {
  /** A folder for sorted runs that do not fit in memory (the caller removes it). */
  dir: string;
  /** Values sorted in memory at a time (all score columns together); default 1,048,576. */
  sortChunk?: number;
}

export const DEFAULT_SORT_CHUNK = 1 << 20;

/**
 * `computeMetrics` over rows that arrive in batches (each an `EvaluationData` of consecutive rows,
 * in row order, with the same classes, positive label and score columns), in memory bounded by
 * the batch and `sortChunk`, whatever the number of rows. Every value is bit-identical to
 * `computeMetrics` on all the rows at once: sums are added in the same row order with the same
 * compensated summation and the same per-row float operations; ROC AUC, average precision and
 * the median absolute error walk the same groups of equal values in the same order (sorted runs,
 * merged; see `SortedGroups`).
 *
 * Use: `add` every batch, then `endPass()`; while it returns true (regression's R² needs the
 * mean of y first), replay every batch again through `add` and call `endPass()` again; then
 * `result()`.
 */
export class StreamingMetrics {
  private readonly impl: ClassificationStream | RegressionStream;

  constructor(first: EvaluationData, options: StreamingMetricsOptions) {
    const chunk = Math.max(1, options.sortChunk ?? DEFAULT_SORT_CHUNK);
    this.impl =
      first.task === 'regression'
        ? new RegressionStream(options.dir, chunk)
        : new ClassificationStream(first, options.dir, chunk);
  }

  add(batch: EvaluationData): void {
    this.impl.add(batch as never);
  }

  /** Ends a pass over the rows; true when another pass is needed. */
  endPass(): boolean {
    return this.impl.endPass();
  }

  result(): MetricsOutput {
    return this.impl.result();
  }
}

class RegressionStream {
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

class ClassificationStream {
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

/** Binary scores: see `prepareBinaryScores`. */
class BinaryScoreStream {
  private skipped = 0;
  private inUnitInterval = true;
  private pos = 0;
  private scored = 0;
  private readonly ranked: SortedGroups;
  private readonly logLoss = new CompensatedSum();
  private readonly brier = new CompensatedSum();
  private logLossRows = 0;
  private brierRows = 0;

  constructor(
    private readonly first: ClassificationData,
    private readonly positive: number,
    dir: string,
    chunk: number,
  ) {
    this.ranked = new SortedGroups(dir, 'scores', chunk);
  }

  add(batch: ClassificationData): void {
    const scores = batch.scores as Float64Array;
    const yTrue = batch.yTrue;
    const n = batch.n;
    if (scores.length !== n) throw new RangeError(`expected ${n} scores, got ${scores.length}`);
    const positive = this.positive;
    const ranked = this.ranked;
    const logLoss = this.logLoss;
    const brier = this.brier;
    // --score-prefix columns: log loss over the whole row (see ClassificationData.logLossScores).
    const matrix = batch.logLossScores ?? null;
    const width = batch.logLossClasses?.length ?? 0;
    const classColumn = matrix ? this.logLossColumns(batch) : null;
    for (let i = 0; i < n; i++) {
      const s = scores[i];
      if (Number.isNaN(s)) {
        this.skipped++;
        continue;
      }
      const isPositive = yTrue[i] === positive ? 1 : 0;
      if (!(s >= 0 && s <= 1)) this.inUnitInterval = false;
      this.scored++;
      this.pos += isPositive;
      ranked.push(-s, isPositive);
      // The per-row terms of binaryRowLogLoss and brierRowTerms (kept only for probabilities).
      const loss = matrix
        ? rowLogLossTerm(matrix, i * width, width, classColumn![yTrue[i]])
        : binaryLogLossTerm(s, isPositive === 1);
      if (loss === loss) {
        logLoss.add(loss);
        this.logLossRows++;
      }
      const d = isPositive - s;
      const term = d * d;
      if (term === term) {
        brier.add(term);
        this.brierRows++;
      }
    }
  }

  private classColumn: Int32Array | null = null;

  /** Each class's column in `logLossClasses` (the same for every batch). */
  private logLossColumns(batch: ClassificationData): Int32Array {
    if (this.classColumn) return this.classColumn;
    const columnOf = new Map(batch.logLossClasses!.map((label, j) => [label, j]));
    this.classColumn = Int32Array.from(batch.classes, (label) => columnOf.get(label) ?? -1);
    return this.classColumn;
  }

  private get probability(): boolean {
    return isProbabilityScore(this.first.scoreKind, this.inUnitInterval);
  }

  setupWarnings(setup: string[]): void {
    binarySetupWarnings(this.skipped, this.probability, setup);
  }

  assign(out: MetricValues, warnings: string[]): void {
    const walk = new RankingWalk();
    this.ranked.walk((_key, positives, negatives) => walk.group(positives, negatives));
    const scored = this.scored;
    assignBinaryScores(out, warnings, {
      auc: walk.auc,
      ap: walk.ap,
      pos: this.pos,
      scored,
      positiveLabel: this.first.classes[this.positive],
      logLoss: this.probability ? mean(this.logLoss, this.logLossRows) : undefined,
      brier: this.probability ? mean(this.brier, this.brierRows) : undefined,
    });
  }
}

/** Multiclass probabilities: see `prepareMulticlassScores`. */
class MulticlassScoreStream {
  private readonly columns: string[];
  private readonly kc: number;
  private readonly classColumn: Int32Array;
  private skipped = 0;
  private notSummingToOne = 0;
  private scored = 0;
  private readonly positives: Float64Array;
  private readonly ranked: SortedGroups[] = [];
  private readonly logLoss: CompensatedSum | null;
  private logLossRows = 0;

  constructor(first: ClassificationData, dir: string, chunk: number) {
    this.columns = first.scoreClasses ?? [];
    const kc = this.columns.length;
    this.kc = kc;
    if (kc === 0) throw new RangeError('expected score columns (scoreClasses)');
    const columnOf = new Map<string, number>();
    this.columns.forEach((label, c) => columnOf.set(label, c));
    this.classColumn = Int32Array.from(first.classes, (label) => columnOf.get(label) ?? -1);
    this.positives = new Float64Array(kc);
    const perColumn = Math.max(1024, Math.floor(chunk / kc));
    for (let c = 0; c < kc; c++)
      this.ranked.push(new SortedGroups(dir, `column${c}`, Math.min(chunk, perColumn)));
    this.logLoss = kc >= 2 ? new CompensatedSum() : null;
  }

  add(batch: ClassificationData): void {
    const scores = batch.scores as Float64Array;
    const kc = this.kc;
    const n = batch.n;
    if (scores.length !== n * kc)
      throw new RangeError(`expected ${n} × ${kc} scores (scoreClasses), got ${scores.length}`);
    const { classColumn, ranked, positives, logLoss } = this;
    for (let i = 0; i < n; i++) {
      const col = classColumn[batch.yTrue[i]];
      if (col < 0) throw new RangeError(`true label ${batch.classes[batch.yTrue[i]]} has no score column`);
      const base = i * kc;
      let sum = 0;
      let nan = false;
      for (let c = 0; c < kc; c++) {
        const p = scores[base + c];
        if (Number.isNaN(p)) nan = true;
        sum += p;
      }
      if (nan) {
        this.skipped++;
        continue;
      }
      this.scored++;
      if (!sumsToOne(sum)) this.notSummingToOne++;
      positives[col]++;
      for (let c = 0; c < kc; c++) ranked[c].push(-scores[base + c], col === c ? 1 : 0);
      if (logLoss) {
        const loss = rowLogLossTerm(scores, base, kc, col);
        if (loss === loss) {
          logLoss.add(loss);
          this.logLossRows++;
        }
      }
    }
  }

  setupWarnings(setup: string[]): void {
    multiclassSetupWarnings(this.skipped, this.notSummingToOne, setup);
    if (!this.logLoss) setup.push(NO_LOG_LOSS);
  }

  assign(out: MetricValues, warnings: string[]): void {
    const undefinedColumns: number[] = [];
    for (let c = 0; c < this.kc; c++)
      if (this.positives[c] === 0 || this.positives[c] === this.scored) undefinedColumns.push(c);
    assignMulticlassScores(out, warnings, {
      columns: this.columns,
      undefinedColumns,
      aucOf: (c) => {
        const walk = new RankingWalk();
        this.ranked[c].walk((_key, positives, negatives) => walk.group(positives, negatives));
        return walk.auc;
      },
      logLoss: this.logLoss ? mean(this.logLoss, this.logLossRows) : null,
    });
  }
}

/**
 * `rankingValues` (unweighted) one threshold at a time: the groups of equal scores, by
 * descending score, with their positive and negative counts. The same float operations in the
 * same order, so the values are bit-identical.
 */
class RankingWalk {
  private tps = 0;
  private fps = 0;
  private aucNumerator = 0;
  private apSum = 0;
  private apCompensation = 0;

  group(gp: number, gn: number): void {
    const tps = this.tps;
    this.aucNumerator += gn * (tps + gp * 0.5);
    this.tps = tps + gp;
    this.fps += gn;
    const seen = this.tps + this.fps;
    const x = seen > 0 ? gp * (this.tps / seen) : 0;
    const apSum = this.apSum;
    const t = apSum + x;
    this.apCompensation += apSum >= x ? apSum - t + x : x - t + apSum;
    this.apSum = t;
  }

  get auc(): number {
    return this.tps === 0 || this.fps === 0 ? NaN : this.aucNumerator / (this.tps * this.fps);
  }

  get ap(): number {
    return this.tps === 0 ? NaN : (this.apSum + this.apCompensation) / this.tps;
  }
}

/** `weightedMean` without weights: NaN when no row was added. */
function mean(sum: CompensatedSum, rows: number): number {
  return rows === 0 ? NaN : sum.value / rows;
}
