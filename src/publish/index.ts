export {
  toOpenMetrics,
  toPrometheusText,
  buildFamilies,
  escapeLabelValue,
  branchFromRef,
  FAMILIES,
  MAX_CLASSES,
  VERDICT_CODES,
  OPENMETRICS_CONTENT_TYPE,
  PROMETHEUS_TEXT_CONTENT_TYPE,
} from './openmetrics.js';
export type { PublishLabels, ExpositionOptions, Family } from './openmetrics.js';
export { pushToGateway, groupingPath, PUSH_JOB } from './pushgateway.js';
export type { PushOptions, PushOutcome, PushAuth } from './pushgateway.js';
export { writeTensorBoard, tensorBoardScalars } from './tensorboard.js';
export type { TensorBoardOptions, Scalar } from './tensorboard.js';
export { checkExportPaths, exportResult, parsePushgatewayAuth } from './export.js';
export type { ExportTargets } from './export.js';
