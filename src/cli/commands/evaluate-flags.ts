import type { EvaluateOptions, MissingPolicy } from '../../result/evaluation-data.js';
import { DEFAULT_EVALUATE_OPTIONS } from '../../result/evaluation-data.js';
import type { TaskOption } from '../../result/schema.js';
import type { FlagSpecs, ParsedArgs } from '../args.js';
import { optionalString, requireFlag } from '../args.js';

/** The flags that say what to evaluate: shared by `evaluate` and `run`. */
export const EVALUATE_FLAGS: FlagSpecs = {
  predictions: {
    type: 'string',
    valueName: 'PATH',
    description: 'predictions file (CSV, TSV, JSONL; .gz too)',
  },
  labels: {
    type: 'string',
    valueName: 'PATH',
    description: 'labels file (else labels are a column of the predictions file)',
  },
  task: {
    type: 'string',
    choices: ['auto', 'binary', 'multiclass', 'regression'],
    valueName: 'TASK',
    description: 'auto|binary|multiclass|regression (auto: binary when exactly two labels)',
  },
  'id-column': {
    type: 'string',
    valueName: 'NAME',
    description: 'id column joining the two files (default id; else rows join by position)',
  },
  'label-column': { type: 'string', valueName: 'NAME', description: 'true label column (default label)' },
  'prediction-column': {
    type: 'string',
    valueName: 'NAME',
    description: 'predicted label/value column (default prediction)',
  },
  'score-column': {
    type: 'string',
    valueName: 'NAME',
    description: 'binary: score or probability of the positive class',
  },
  'score-prefix': {
    type: 'string',
    valueName: 'PREFIX',
    description: 'multiclass: one probability column per class, named PREFIX + class',
  },
  'positive-label': {
    type: 'string',
    valueName: 'VALUE',
    description: 'binary: the positive class (default: the greater label)',
  },
  missing: {
    type: 'string',
    choices: ['error', 'count-as-wrong'],
    valueName: 'POLICY',
    description: 'labels without a prediction: error (default) or count-as-wrong',
  },
};

export function evaluateOptionsFrom(command: string, parsed: ParsedArgs): EvaluateOptions {
  return {
    ...DEFAULT_EVALUATE_OPTIONS,
    predictions: requireFlag(command, parsed, 'predictions'),
    labels: optionalString(parsed, 'labels'),
    task: (optionalString(parsed, 'task') as TaskOption | undefined) ?? DEFAULT_EVALUATE_OPTIONS.task,
    idColumn: optionalString(parsed, 'id-column') ?? DEFAULT_EVALUATE_OPTIONS.idColumn,
    labelColumn: optionalString(parsed, 'label-column') ?? DEFAULT_EVALUATE_OPTIONS.labelColumn,
    predictionColumn:
      optionalString(parsed, 'prediction-column') ?? DEFAULT_EVALUATE_OPTIONS.predictionColumn,
    scoreColumn: optionalString(parsed, 'score-column'),
    scorePrefix: optionalString(parsed, 'score-prefix'),
    positiveLabel: optionalString(parsed, 'positive-label'),
    missing:
      (optionalString(parsed, 'missing') as MissingPolicy | undefined) ?? DEFAULT_EVALUATE_OPTIONS.missing,
  };
}
