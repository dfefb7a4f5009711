export {
  loadGateConfig,
  parseGateConfig,
  defaultGateConfig,
  rulesForTask,
  rulesForScores,
  type ConfigOptions,
  parseSize,
  parseDuration,
  DEFAULT_BOOTSTRAP,
  MAX_CONFIG_BYTES,
  MAX_CONFIG_KEYS,
  MAX_CONFIG_NESTING,
  type GateConfig,
  type MetricRule,
  type Tolerance,
  type FailOn,
} from './gate-config.js';
export {
  METRIC_NAMES,
  metricDeclaration,
  type Direction,
  type MetricDeclaration,
  type MetricUnit,
} from '../registry/metrics.js';
export { editDistance, closestName as closest } from '../util/closest.js';
