import type { EvaluateOptions, MissingPolicy } from '../../result/evaluation-data.js';
import { DEFAULT_EVALUATE_OPTIONS } from '../../result/evaluation-data.js';
import type { TaskOption } from '../../result/schema.js';
import type { FlagSpecs, ParsedArgs } from '../args.js';
import { optionalString, requireFlag } from '../args.js';
import { optionFlags } from './option-flags.js';
import { scoresOptions } from '../../pipeline/scores-options.js';
import { parseCutoffs } from '../../pipeline/options.js';

/** `--cutoffs`, when given: the ranking cutoffs. */
export function cutoffsFrom(text: string | undefined): { cutoffs?: number[] } {
  return text === undefined ? {} : { cutoffs: parseCutoffs(text) };
}

/** The flags that say what to evaluate: shared by `evaluate` and `run` (and the Action's inputs). */
export const EVALUATE_FLAGS: FlagSpecs = optionFlags(
  'predictions',
  'labels',
  'task',
  'id-column',
  'label-column',
  'prediction-column',
  'score-column',
  'score-prefix',
  'positive-label',
  'cutoffs',
  'missing',
  'score-columns',
  'from',
);

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
    ...cutoffsFrom(optionalString(parsed, 'cutoffs')),
    missing:
      (optionalString(parsed, 'missing') as MissingPolicy | undefined) ?? DEFAULT_EVALUATE_OPTIONS.missing,
    ...scoresOptions(optionalString(parsed, 'score-columns'), optionalString(parsed, 'from')),
  };
}
