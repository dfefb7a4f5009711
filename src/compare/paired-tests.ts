import { bootstrapSe } from './power.js';
import type {
  ClassificationData,
  EvaluationData,
  ExampleData,
  RankingData,
  RegressionData,
} from '../result/evaluation-data.js';
import { queryColumn } from '../evaluate/metrics/query-values.js';
import { brierRowTerms } from '../evaluate/metrics/brier.js';
import { classificationMetrics } from '../evaluate/metrics/classification.js';
import { buildPairTable, classTotals, countPairs, type PairTable } from '../evaluate/metrics/confusion.js';
import { validPositive } from '../evaluate/metrics/evaluator.js';
import { binaryRowLogLoss, multiclassRowLogLoss } from '../evaluate/metrics/log-loss.js';
import { metricDeclaration, type MetricShape } from '../registry/metrics.js';
import { absoluteError, absolutePercentageError, squaredError } from '../evaluate/metrics/regression.js';
import { multinomialSample } from './stats/binomial-sampler.js';
import {
  bootstrapPValue,
  percentileInterval,
  type BootstrapDistribution,
  type BootstrapOptions,
} from './stats/bootstrap.js';
import { pairedRmseDifference, pairedR2Difference } from './stats/delta-method.js';
import { aucComponents, DeLongCombination } from './stats/delong.js';
import {
  analyticInterval,
  analyticPRegress,
  pairedMeanDifference,
  type PairedEstimate,
} from './stats/paired-mean.js';
import { Rng } from './stats/prng.js';
import {
  averagePrecisionInfluence,
  pairedAveragePrecisionDifference,
  type AveragePrecisionInfluence,
} from './stats/average-precision-influence.js';
import { pairedMedianDifference } from './stats/paired-median.js';
import { pairedMaxSwapInterval, pairedMaxSwapPValue } from './stats/paired-max-swap.js';
import { pairedMaxBootstrap, pairedOrderBootstrap, toBaseRows } from './stats/weighted-rank-bootstrap.js';
import { rankedColumn, rankingValues, type RankedColumn } from '../evaluate/metrics/ranking.js';
import { MedianWalk } from '../evaluate/metrics/regression.js';
import { rankAscending } from '../util/sort.js';
import { rankScoreColumn, rankScoreColumnInBaseRows } from '../evaluate/metrics/score-rankings.js';
import type { ProgressFactory } from '../util/progress.js';

/**
 * The paired test of each gated metric, chosen by its statistical shape (src/registry/metrics.ts):
 * - `mean` → paired z on the per-example differences of the metric's own per-example terms;
 * - `auc` → DeLong (one-vs-rest macro: DeLong per class, combined with the covariance kept);
 * - `smooth-of-means` → the delta method (the row bootstrap below `DELTA_METHOD_MIN_ROWS` rows);
 * - `confusion` → the bootstrap by multinomial resampling of the (true, baseline-predicted,
 *   candidate-predicted) table: the row bootstrap's distribution at a cost independent of n;
 * - `order-statistic` max_error → p from the paired swap test (exact size; paired-max-swap.ts: a
 *   row bootstrap of a maximum is inconsistent and over-rejects), the interval by inverting it;
 *   the standard error from the row bootstrap's distribution with lazily drawn weights
 *   (weighted-rank-bootstrap.ts);
 * - `rank` (average_precision), median_ae → from `ANALYTIC_ORDER_MIN_ROWS` rows the asymptotic
 *   normal tests (AP's influence function, the median's Bahadur representation: O(n) after a
 *   sort); below it, or where those do not hold, the row bootstrap's very resamples, computing
 *   only that metric per round over orders sorted once (weighted-rank-bootstrap.ts);
 * - whatever the above cannot do → left to the evaluator's row bootstrap.
 * `mean-binary` (accuracy) stays with McNemar in accuracy-test.ts.
 */
export type PairedOutcome =
  | { kind: 'analytic'; test: string; estimate: PairedEstimate }
  | { kind: 'bootstrap'; test: string; distribution: BootstrapDistribution }
  /**
   * max_error: p from the swap test (exact size; paired-max-swap.ts), which needs the tolerance,
   * so it runs when judged; the interval shown is the swap test's inversion (it agrees with the
   * verdict), the lazy bootstrap's distribution gives the standard error.
   */
  | {
      kind: 'swap';
      test: string;
      base: Float64Array;
      cand: Float64Array;
      seed: number;
      distribution: BootstrapDistribution;
    };

/** Below this many rows the delta method's normal approximation is worse than the bootstrap. */
export const DELTA_METHOD_MIN_ROWS = 200;

/**
 * From this many rows average_precision and median_ae get their asymptotic tests (influence
 * function; Bahadur representation) instead of the row bootstrap. Below it the bootstrap costs
 * under a second (n·B ≤ 2·10⁷ row visits at B = 2,000) and needs no normal approximation, which
 * for these two statistics (a ratio over the positives; an order statistic with an estimated
 * density) is the one that needs the most rows.
 */
export const ANALYTIC_ORDER_MIN_ROWS = 10_000;

/** average_precision's influence test also needs this many positives (and negatives) per side. */
export const AP_ANALYTIC_MIN_CLASS_ROWS = 200;

export interface PairedTests {
  outcomes: Map<string, PairedOutcome>;
  /** Metrics left for the row bootstrap. */
  leftover: string[];
}

/** `permutation[i]` = the candidate row paired with baseline row i. */
export function pairedTestsByShape(
  base: ExampleData,
  cand: ExampleData,
  permutation: Int32Array,
  metrics: readonly string[],
  options: BootstrapOptions,
  progress?: ProgressFactory,
): PairedTests {
  if (base.task === 'ranking' || cand.task === 'ranking')
    return pairedQueryTests(base, cand, permutation, metrics);
  // Text rows have their own tests (text-tests.ts), chosen before this is reached.
  if (base.task === 'text' || cand.task === 'text')
    throw new Error('internal: text rows reached pairedTests');
  const outcomes = new Map<string, PairedOutcome>();
  const leftover: string[] = [];
  const confusionMetrics: string[] = [];
  for (const metric of metrics) {
    const shape: MetricShape | undefined = metricDeclaration(metric)?.shape;
    let outcome: PairedOutcome | null = null;
    if (shape === 'mean') {
      const terms = [perExampleTerms(base, metric), perExampleTerms(cand, metric)];
      if (terms[0] && terms[1])
        outcome = {
          kind: 'analytic',
          test: 'paired-z',
          estimate: pairedMeanDifference(terms[0], terms[1], permutation),
        };
    } else if (shape === 'auc' && base.task !== 'regression' && cand.task !== 'regression') {
      const estimate = delongEstimate(base, cand, permutation, progress);
      if (estimate) outcome = { kind: 'analytic', test: 'delong', estimate };
    } else if (
      shape === 'smooth-of-means' &&
      base.task === 'regression' &&
      cand.task === 'regression' &&
      base.n >= DELTA_METHOD_MIN_ROWS
    ) {
      const estimate = smoothOfMeansEstimate(base, cand, permutation, metric);
      if (estimate) outcome = { kind: 'analytic', test: 'delta-method', estimate };
    } else if (metric === 'max_error' && base.task === 'regression' && cand.task === 'regression') {
      const absB = regressionTerms(base, absoluteError);
      const absC = regressionTerms(cand, absoluteError);
      if (!absB.some((x) => x !== x) && !absC.some((x) => x !== x))
        outcome = {
          kind: 'swap',
          test: 'paired-max-swap',
          base: absB,
          cand: Float64Array.from({ length: absB.length }, (_, i) => absC[permutation[i]]),
          seed: options.seed,
          distribution: pairedMaxBootstrap(absB, absC, permutation, options),
        };
    } else if (
      (metric === 'average_precision' && base.task === 'binary' && cand.task === 'binary') ||
      (metric === 'median_ae' && base.task === 'regression' && cand.task === 'regression')
    ) {
      const analytic =
        base.n >= ANALYTIC_ORDER_MIN_ROWS ? orderEstimate(base, cand, permutation, metric) : null;
      if (analytic) {
        outcomes.set(metric, { kind: 'analytic', ...analytic });
        continue;
      }
      const distribution = orderBootstrap(base, cand, permutation, metric, options, progress);
      if (distribution) outcome = { kind: 'bootstrap', test: 'paired-bootstrap', distribution };
    } else if (shape === 'confusion' && base.task !== 'regression' && cand.task !== 'regression') {
      confusionMetrics.push(metric);
      continue;
    }
    if (outcome) outcomes.set(metric, outcome);
    else leftover.push(metric);
  }
  if (confusionMetrics.length > 0) {
    const dists = multinomialBootstrap(
      base as ClassificationData,
      cand as ClassificationData,
      permutation,
      confusionMetrics,
      options,
    );
    for (const [metric, distribution] of dists)
      outcomes.set(metric, { kind: 'bootstrap', test: 'multinomial-bootstrap', distribution });
  }
  return { outcomes, leftover };
}

/** Steps over this many rows show progress (each takes seconds at a million rows). */
const PROGRESS_MIN_ROWS = 200_000;

function isIdentity(permutation: Int32Array): boolean {
  for (let i = 0; i < permutation.length; i++) if (permutation[i] !== i) return false;
  return true;
}

/** The metric's per-example terms (NaN for rows the metric leaves out), or null when it has none. */
/**
 * A ranking's metrics are means of per-query values (`mean`-shaped): paired z on the per-query
 * differences, a query being one example. A metric one side lacks is left to the row bootstrap
 * (which then finds it missing too).
 */
function pairedQueryTests(
  base: ExampleData,
  cand: ExampleData,
  permutation: Int32Array,
  metrics: readonly string[],
): PairedTests {
  const outcomes = new Map<string, PairedOutcome>();
  const leftover: string[] = [];
  for (const metric of metrics) {
    const b = base.task === 'ranking' ? queryColumn(base as RankingData, metric) : null;
    const c = cand.task === 'ranking' ? queryColumn(cand as RankingData, metric) : null;
    if (b && c)
      outcomes.set(metric, {
        kind: 'analytic',
        test: 'paired-z',
        estimate: pairedMeanDifference(b, c, permutation),
      });
    else leftover.push(metric);
  }
  return { outcomes, leftover };
}

function perExampleTerms(data: EvaluationData, metric: string): Float64Array | null {
  if (data.task === 'regression') {
    const term =
      metric === 'mae'
        ? absoluteError
        : metric === 'mse'
          ? squaredError
          : metric === 'mape'
            ? absolutePercentageError
            : null;
    if (!term) return null;
    return regressionTerms(data, term);
  }
  if (!data.scores) return null;
  if (data.task === 'binary') {
    const positive = validPositive(data, []);
    if (positive === undefined) return null;
    const { include, isPositive, probability } = binaryRows(data, positive);
    if (!probability) return null;
    if (metric === 'log_loss') return binaryRowLogLoss(data.scores, isPositive, include);
    if (metric === 'brier') return brierRowTerms(data.scores, isPositive, include);
    return null;
  }
  if (metric !== 'log_loss') return null;
  const rows = multiclassRows(data);
  if (!rows || rows.columns.length < 2) return null;
  return multiclassRowLogLoss(data.scores, rows.columns.length, rows.trueColumn, rows.include);
}

function regressionTerms(data: RegressionData, term: (y: number, p: number) => number): Float64Array {
  const out = new Float64Array(data.n);
  for (let i = 0; i < data.n; i++) out[i] = term(data.yTrue[i], data.yPred[i]); // NaN stays NaN
  return out;
}

/** The rows with a score, who is positive, and whether the scores are probabilities (as the evaluator decides). */
function binaryRows(data: ClassificationData, positive: number) {
  const scores = data.scores as Float64Array;
  const n = data.n;
  const include = new Uint8Array(n);
  const isPositive = new Uint8Array(n);
  let inUnitInterval = true;
  for (let i = 0; i < n; i++) {
    isPositive[i] = data.yTrue[i] === positive ? 1 : 0;
    const s = scores[i];
    if (s === s) {
      include[i] = 1;
      if (!(s >= 0 && s <= 1)) inUnitInterval = false;
    }
  }
  const probability = (data.scoreKind ?? (inUnitInterval ? 'probability' : 'decision')) === 'probability';
  return { include, isPositive, probability };
}

/** Multiclass: the score column of each row's true class, and the rows with every probability. */
function multiclassRows(data: ClassificationData) {
  const scores = data.scores as Float64Array;
  const columns = data.scoreClasses ?? [];
  const kc = columns.length;
  if (kc === 0 || scores.length !== data.n * kc) return null;
  const columnOf = new Map<string, number>();
  columns.forEach((label, c) => columnOf.set(label, c));
  const trueColumn = new Int32Array(data.n);
  const include = new Uint8Array(data.n);
  for (let i = 0; i < data.n; i++) {
    const col = columnOf.get(data.classes[data.yTrue[i]]);
    if (col === undefined) return null;
    trueColumn[i] = col;
    let nan = false;
    for (let c = 0; c < kc; c++) if (scores[i * kc + c] !== scores[i * kc + c]) nan = true;
    if (!nan) include[i] = 1;
  }
  return { columns, trueColumn, include };
}

/** DeLong on the rows both models scored (binary), or per one-vs-rest column (multiclass macro). */
function delongEstimate(
  base: ClassificationData,
  cand: ClassificationData,
  permutation: Int32Array,
  progress?: ProgressFactory,
): PairedEstimate | null {
  const n = base.n;
  if (!base.scores || !cand.scores) return null;
  const identity = isIdentity(permutation);
  if (base.task === 'binary' && cand.task === 'binary') {
    const positive = validPositive(base, []);
    if (positive === undefined) return null;
    const sb = base.scores;
    const scoresC = cand.scores;
    const include = new Uint8Array(n);
    const includeC = new Uint8Array(n);
    const isPositive = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const s = scoresC[permutation[i]];
      include[i] = sb[i] === sb[i] && s === s ? 1 : 0;
      includeC[permutation[i]] = include[i];
      isPositive[i] = base.yTrue[i] === positive ? 1 : 0;
    }
    const combination = new DeLongCombination(n);
    combination.add(
      aucComponents(rankScoreColumn(sb, 1, 0, include), n, isPositive),
      aucComponents(rankScoreColumnInBaseRows(scoresC, 1, 0, includeC, permutation, identity), n, isPositive),
      isPositive,
      1,
    );
    return combination.result();
  }
  const rb = multiclassRows(base);
  const rc = multiclassRows(cand);
  if (!rb || !rc || rb.columns.length !== rc.columns.length) return null;
  const kb = rb.columns.length;
  const kcand = rc.columns.length;
  const candColumn = rb.columns.map((label) => rc.columns.indexOf(label));
  if (candColumn.some((c) => c < 0)) return null;
  const include = new Uint8Array(n);
  const includeC = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    include[i] = rb.include[i] & rc.include[permutation[i]];
    includeC[permutation[i]] = include[i];
  }
  const combination = new DeLongCombination(n);
  const isPositive = new Uint8Array(n);
  const bar =
    kb > 2 && n >= PROGRESS_MIN_ROWS
      ? progress?.start(`DeLong one-vs-rest (${kb} classes of ${n} rows)`)
      : undefined;
  for (let c = 0; c < kb; c++) {
    for (let i = 0; i < n; i++) isPositive[i] = rb.trueColumn[i] === c ? 1 : 0;
    combination.add(
      aucComponents(rankScoreColumn(base.scores, kb, c, include), n, isPositive),
      aucComponents(
        rankScoreColumnInBaseRows(cand.scores, kcand, candColumn[c], includeC, permutation, identity),
        n,
        isPositive,
      ),
      isPositive,
      1 / kb,
    );
    bar?.update(c + 1, kb, undefined, c + 1);
  }
  bar?.done();
  return combination.result();
}

function smoothOfMeansEstimate(
  base: RegressionData,
  cand: RegressionData,
  permutation: Int32Array,
  metric: string,
): PairedEstimate | null {
  // Regression refuses missing predictions upstream; with any NaN the bootstrap decides.
  const sqB = regressionTerms(base, squaredError);
  const sqC = regressionTerms(cand, squaredError);
  for (let i = 0; i < base.n; i++) if (sqB[i] !== sqB[i] || sqC[i] !== sqC[i]) return null;
  if (metric === 'rmse') return pairedRmseDifference(sqB, sqC, permutation);
  if (metric === 'r2') return pairedR2Difference(base.yTrue, sqB, sqC, permutation);
  return null;
}

/**
 * The paired bootstrap of confusion-based metrics by multinomial resampling: the joint cells
 * (baseline (true, predicted) pair, candidate (true, predicted) pair) and their counts, then per
 * round Multinomial(n, counts/n) over the cells, both sides' confusion tables from it, and the
 * metrics from the very definitions the evaluator uses (classificationMetrics).
 */
export function multinomialBootstrap(
  base: ClassificationData,
  cand: ClassificationData,
  permutation: Int32Array,
  metrics: readonly string[],
  options: BootstrapOptions,
): Map<string, BootstrapDistribution> {
  const sideB = confusionSide(base);
  const sideC = confusionSide(cand);
  const width = sideC.table.pairTrue.length;
  const cellOf = new Map<number, number>();
  const cellB: number[] = [];
  const cellC: number[] = [];
  const cellCount: number[] = [];
  const rowPairC = sideC.table.rowPair;
  const rowPairB = sideB.table.rowPair;
  for (let i = 0; i < base.n; i++) {
    const pb = rowPairB[i];
    const pc = rowPairC[permutation[i]];
    const key = pb * width + pc;
    let cell = cellOf.get(key);
    if (cell === undefined) {
      cell = cellCount.length;
      cellOf.set(key, cell);
      cellB.push(pb);
      cellC.push(pc);
      cellCount.push(0);
    }
    cellCount[cell]++;
  }
  const counts = Float64Array.from(cellCount);
  const drawn = new Float64Array(counts.length);
  const countsB = new Float64Array(sideB.table.pairTrue.length);
  const countsC = new Float64Array(width);
  const rng = new Rng(options.seed);
  const B = options.resamples;
  const deltas = metrics.map(() => new Float64Array(B));
  const kept = metrics.map(() => 0);
  const dropped = metrics.map(() => 0);
  for (let round = 0; round < B; round++) {
    multinomialSample(rng, base.n, counts, drawn);
    countsB.fill(0);
    countsC.fill(0);
    for (let j = 0; j < drawn.length; j++) {
      countsB[cellB[j]] += drawn[j];
      countsC[cellC[j]] += drawn[j];
    }
    const mb = sideB.metrics(countsB);
    const mc = sideC.metrics(countsC);
    metrics.forEach((m, j) => {
      const b = mb[m];
      const c = mc[m];
      if (typeof b === 'number' && typeof c === 'number' && Number.isFinite(b) && Number.isFinite(c))
        deltas[j][kept[j]++] = c - b;
      else dropped[j]++;
    });
  }
  const out = new Map<string, BootstrapDistribution>();
  metrics.forEach((m, j) => out.set(m, { deltas: deltas[j].slice(0, kept[j]), dropped: dropped[j] }));
  return out;
}

/** One model's pair table and its confusion metrics under resampled pair counts. */
function confusionSide(data: ClassificationData): {
  table: PairTable;
  metrics: (counts: Float64Array) => Record<string, number | null>;
} {
  const k = data.classes.length;
  const table = buildPairTable(k, data.yTrue, data.yPred);
  const totals = classTotals(table, countPairs(table));
  // The label set is fixed by the data, not the resample (as the evaluator with weights).
  const present = new Uint8Array(k);
  for (let c = 0; c < k; c++) if (totals.trueSum[c] > 0 || totals.predSum[c] > 0) present[c] = 1;
  const positive = validPositive(data, []);
  return {
    table,
    metrics: (counts) =>
      classificationMetrics(classTotals(table, counts), {
        present,
        positive,
        classes: data.classes,
        warnings: null,
      }),
  };
}

/** What a paired outcome says about one gated metric under its tolerance. */
export interface PairedJudgement {
  test: string;
  /** One-sided p for "worse than the baseline by more than the tolerance"; null = undefined. */
  pRegress: number | null;
  ci: [number, number] | null;
  /** The interval excludes 0 on the better side. */
  improved: boolean;
  /** Standard error of the difference (for the check's minimum detectable effect); null = unknown. */
  se: number | null;
  notes: string[];
}

export function judgePaired(
  outcome: PairedOutcome,
  metric: string,
  tolerance: number,
  higherIsBetter: boolean,
  alpha: number,
  z: number,
  resamples: number,
): PairedJudgement {
  const notes: string[] = [];
  let pRegress: number | null;
  let ci: [number, number] | null;
  let se: number | null;
  if (outcome.kind === 'analytic') {
    se = Number.isFinite(outcome.estimate.se) ? outcome.estimate.se : null;
    pRegress = analyticPRegress(outcome.estimate, tolerance, higherIsBetter);
    ci = analyticInterval(outcome.estimate, z);
    if (pRegress === null) notes.push(`${metric} is undefined for ${outcome.test} on these rows`);
  } else {
    const { deltas, dropped } = outcome.distribution;
    pRegress =
      outcome.kind === 'swap' && !higherIsBetter
        ? pairedMaxSwapPValue(outcome.base, outcome.cand, tolerance, resamples, outcome.seed)
        : bootstrapPValue(deltas, tolerance, higherIsBetter);
    // 1 − 2α: the two-sided interval whose lower/upper bound is the one-sided test's at α. For
    // the swap test, its inversion: the interval agrees with the verdict (the bootstrap's
    // percentiles of a maximum need not).
    ci =
      outcome.kind === 'swap' && !higherIsBetter
        ? pairedMaxSwapInterval(
            outcome.base,
            outcome.cand,
            tolerance,
            resamples,
            outcome.seed,
            alpha,
            pRegress,
          )
        : percentileInterval(deltas, 2 * alpha);
    se = bootstrapSe(deltas);
    if (dropped > 0)
      notes.push(`${dropped} of ${resamples} resamples left ${metric} undefined and were dropped`);
  }
  const improved = ci !== null && (higherIsBetter ? ci[0] > 0 : ci[1] < 0);
  return { test: outcome.test, pRegress, ci, improved, se, notes };
}

/**
 * average_precision / median_ae at large n: the influence-function test (AP) or the Bahadur
 * representation (median); null where their conditions fail (the bootstrap runs instead).
 */
function orderEstimate(
  base: EvaluationData,
  cand: EvaluationData,
  permutation: Int32Array,
  metric: string,
): { test: string; estimate: PairedEstimate } | null {
  if (metric === 'average_precision') {
    const sides: AveragePrecisionInfluence[] = [];
    for (const data of [base, cand] as ClassificationData[]) {
      const positive = validPositive(data, []);
      if (positive === undefined || !data.scores) return null;
      const { include, isPositive } = binaryRows(data, positive);
      const side = averagePrecisionInfluence(data.scores, include, isPositive);
      if (Math.min(side.positives, side.negatives) < AP_ANALYTIC_MIN_CLASS_ROWS) return null;
      sides.push(side);
    }
    return {
      test: 'ap-influence',
      estimate: pairedAveragePrecisionDifference(sides[0], sides[1], permutation),
    };
  }
  const b = regressionTerms(base as RegressionData, absoluteError);
  const c = regressionTerms(cand as RegressionData, absoluteError);
  if (b.some((x) => x !== x) || c.some((x) => x !== x)) return null;
  const estimate = pairedMedianDifference(b, c, permutation);
  return estimate ? { test: 'median-bahadur', estimate } : null;
}

/**
 * average_precision / median_ae: the paired row bootstrap computing only this metric per round,
 * with the metric's own definitions (rankingValues; MedianWalk over |error| ascending).
 */
function orderBootstrap(
  base: EvaluationData,
  cand: EvaluationData,
  permutation: Int32Array,
  metric: string,
  options: BootstrapOptions,
  progress?: ProgressFactory,
): BootstrapDistribution | null {
  const n = base.n;
  let baseOrder: Int32Array;
  let candOrder: Int32Array;
  let statistic: (side: 'base' | 'cand', order: Int32Array, w: Uint16Array) => number | null;
  if (metric === 'average_precision') {
    const sides: RankedColumn[] = [];
    const scored: number[] = [];
    for (const data of [base, cand] as ClassificationData[]) {
      const positive = validPositive(data, []);
      if (positive === undefined || !data.scores) return null;
      const { include, isPositive } = binaryRows(data, positive);
      sides.push(rankedColumn(rankScoreColumn(data.scores, 1, 0, include), isPositive));
      scored.push(include.reduce((a, b) => a + b, 0));
    }
    baseOrder = sides[0].order;
    candOrder = toBaseRows(sides[1].order, permutation);
    const columns = { base: sides[0], cand: { ...sides[1], order: candOrder } };
    statistic = (side, _order, w) => {
      const ap = rankingValues(columns[side], w).ap;
      // No positive in the resample: scikit-learn's 0 (as the evaluator), unless nothing is scored.
      return Number.isNaN(ap) ? (scored[side === 'base' ? 0 : 1] === 0 ? null : 0) : ap;
    };
  } else {
    const b = regressionTerms(base as RegressionData, absoluteError);
    const c = regressionTerms(cand as RegressionData, absoluteError);
    if (b.some((x) => x !== x) || c.some((x) => x !== x)) return null;
    const cInBase = Float64Array.from({ length: n }, (_, i) => c[permutation[i]]);
    baseOrder = rankAscending(b, null).order;
    candOrder = rankAscending(cInBase, null).order;
    const values = { base: b, cand: cInBase };
    statistic = (side, order, w) => {
      if (n === 0) return null;
      const walk = new MedianWalk(n); // a resample always has n rows
      const v = values[side];
      for (let j = 0; j < order.length; j++) {
        const wj = w[order[j]];
        if (wj !== 0 && walk.add(v[order[j]], wj)) break;
      }
      return walk.value;
    };
  }
  const B = options.resamples;
  const bar = progress?.start(`Paired bootstrap of ${metric} (${B} resamples of ${n} rows)`);
  const distribution = pairedOrderBootstrap(n, baseOrder, candOrder, statistic, options, (round) =>
    bar?.update(round, B, undefined, round),
  );
  bar?.done();
  return distribution;
}
