export {
  loadShards,
  mergeShards,
  writeMerged,
  type MergeOptions,
  type MergeOutput,
  type Shard,
  type WriteMergedOptions,
  type WrittenMerge,
} from './merge.js';
export { concatShards, checkSameTask, type ShardRows } from './concat.js';
export { metricsFromConfusions, type ShardResult } from './confusion.js';
export { fingerprintData } from './fingerprint.js';
