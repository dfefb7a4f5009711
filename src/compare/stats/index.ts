export { Rng } from './prng.js';
export { quantile, quantileSorted, median, sortedCopy } from './quantile.js';
export {
  erf,
  erfc,
  normalCdf,
  normalSf,
  normalPdf,
  normalQuantile,
  chi2Sf1,
  lnFactorial,
  lnChoose,
  binomPmf,
  binomCdf,
  binomSf,
} from './distributions.js';
export { mcnemar, pairedNonInferiority, type McNemarResult, type PairedNonInferiority } from './mcnemar.js';
export { wilsonInterval, unpairedProportions, type UnpairedProportionTest } from './wilson.js';
export {
  forEachResample,
  pairedBootstrap,
  unpairedBootstrap,
  percentileInterval,
  bootstrapPValue,
  type MetricEvaluator,
  type BootstrapOptions,
  type BootstrapDistribution,
} from './bootstrap.js';
export {
  mannWhitneyU,
  mannWhitneyCounts,
  midranks,
  shiftInterval,
  ratioOfMedians,
  MANN_WHITNEY_EXACT_LIMIT,
  type Alternative,
  type MannWhitneyResult,
  type ShiftInterval,
  type RatioOfMedians,
} from './mann-whitney.js';
export { holm } from './holm.js';
