export {
  loadShards,
  mergeShards,
  mergeByRules,
  type MergeOptions,
  type MergeOutput,
  type Shard,
} from './merge.js';
export { concatShards, checkSameTask, type ShardRows } from './concat.js';
export { metricsFromConfusions, type ShardResult } from './confusion.js';
export { metricsFromStatistics, type DroppedMetric, type SumsMerge } from './sums.js';
export { fingerprintData } from './fingerprint.js';
