import { describe, expect, it } from 'vitest';
import { GateError } from '../../../src/errors.js';
import { textPrediction, textReferences } from '../../../src/evaluate/read/text-cells.js';

const at = { file: 'preds.jsonl', line: 3, column: 'label' };
const message = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(GateError);
    expect((err as GateError).exitCode).toBe(2);
    return (err as Error).message;
  }
  throw new Error('expected an input error');
};

describe('text cells', () => {
  it('a reference is a string or a non-empty array of strings; order and empties are kept', () => {
    expect(textReferences('the cat', at)).toEqual(['the cat']);
    expect(textReferences('', at)).toEqual(['']);
    expect(textReferences(['a', '', 'b c'], at)).toEqual(['a', '', 'b c']);
  });

  it('anything else is one paragraph naming the file, line, column, what was found and expected', () => {
    expect(message(() => textReferences([], at))).toBe(
      'preds.jsonl, line 3, column "label": found an empty array of references; expected at least one reference string (an empty reference is "").',
    );
    expect(message(() => textReferences(['a', 7], at))).toBe(
      'preds.jsonl, line 3, column "label": reference 2 of 2 is the number 7; expected a string.',
    );
    expect(message(() => textReferences(null, at))).toMatch(/found null; expected the reference text/);
    expect(message(() => textReferences({ text: 'x' }, at))).toMatch(/found an object;/);
    expect(message(() => textPrediction(42, { ...at, column: 'prediction' }))).toBe(
      'preds.jsonl, line 3, column "prediction": found the number 42; expected the generated text as a JSON string (an empty output is "").',
    );
    expect(textPrediction('', at)).toBe('');
  });
});
