import { binaryLogLossTerm, isProbabilityScore, rowLogLossTerm, sumsToOne } from './probability.js';
import type { ClassificationData } from '../../result/evaluation-data.js';
import { CompensatedSum } from '../../util/sum.js';
import {
  assignBinaryScores,
  assignMulticlassScores,
  binarySetupWarnings,
  multiclassSetupWarnings,
  NO_LOG_LOSS,
} from './evaluator.js';
import type { MetricValues } from './names.js';
import { SortedGroups } from '../../util/sorted-groups.js';

/** Binary scores: see `prepareBinaryScores`. */
export class BinaryScoreStream {
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
export class MulticlassScoreStream {
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
