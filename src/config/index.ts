export {
  loadGateConfig,
  parseGateConfig,
  defaultGateConfig,
  rulesForTask,
  parseSize,
  parseDuration,
  DEFAULT_BOOTSTRAP,
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
