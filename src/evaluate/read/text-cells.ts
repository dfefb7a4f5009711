import { InputError, type InputLocation } from '../../errors.js';
import { showValue } from './bytes.js';

/**
 * The cells of a `--task text` row, parsed JSON (JSONL) or a CSV field, turned into what the
 * text metrics take: the prediction (a string) and the references (a non-empty list of
 * strings). JSONL's `label` may be a string or an array of strings; a CSV cell is one reference.
 * Anything else is an input error naming the file, line and column, what was found and what
 * was expected — never a silently stringified number or a dropped reference.
 */
const describe = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'an array'
      : typeof v === 'string'
        ? `the string ${showValue(v)}`
        : typeof v === 'object'
          ? 'an object'
          : `the ${typeof v} ${String(v)}`;

export function textPrediction(value: unknown, at: InputLocation): string {
  if (typeof value === 'string') return value;
  throw new InputError(
    at,
    `found ${describe(value)}; expected the generated text as a JSON string (an empty output is "").`,
  );
}

export function textReferences(value: unknown, at: InputLocation): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) {
    if (value.length === 0)
      throw new InputError(
        at,
        'found an empty array of references; expected at least one reference string (an empty reference is "").',
      );
    value.forEach((r, i) => {
      if (typeof r !== 'string')
        throw new InputError(
          at,
          `reference ${i + 1} of ${value.length} is ${describe(r)}; expected a string.`,
        );
    });
    return value as string[];
  }
  throw new InputError(
    at,
    `found ${describe(value)}; expected the reference text: a string, or an array of reference strings.`,
  );
}
