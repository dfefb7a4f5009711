export { compareResults, type CompareInput } from './compare.js';
export { gateExitCode } from './verdict.js';
export { loadBaseline, type LoadedBaseline } from './baseline.js';
export {
  writeExamples,
  readExamples,
  EXAMPLES_FILE,
  EXAMPLES_FORMAT,
  EXAMPLES_FORMATS,
  EXAMPLES_FORMAT_V1,
} from '../result/examples.js';
export { alignRows } from './align.js';
export { correctnessFlips, grownConfusions } from './flips.js';
export { simulate, type SimulateOptions, type SimulationRates, type SimulationResult } from './simulate.js';
export {
  calibrationGrid,
  CALIBRATION_METRICS,
  FIVE_METRIC_GATE,
  type CalibrationCounts,
  type CalibrationPlan,
  type CalibrationShard,
} from './calibration.js';
export { checkBenchRuns, minimumSignificantRuns, smallestMannWhitneyP } from './bench-runs.js';
