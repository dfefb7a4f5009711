import { InputError } from '../../errors.js';
import { parseNumber, showBytes } from './bytes.js';
import { KIND_BOOL, KIND_MISSING, KIND_NESTED, KIND_NULL, nestedWhat, type Cells } from './cells.js';

/** Whether the `count` score cells from slot `first` are all empty (null, missing or blank). */
export function scoreCellsEmpty(cells: Cells, first: number, count: number): boolean {
  const { starts, ends, kinds } = cells;
  for (let q = first; q < first + count; q++)
    if (starts[q] !== ends[q] && kinds[q] !== KIND_NULL && kinds[q] !== KIND_MISSING) return false;
  return true;
}

/**
 * The score in cell slot `sl`: a probability in [0, 1] (`probability`), or any finite number (a
 * binary score column: a probability or a decision score); anything else is an error naming the
 * cell, what was found and what was expected.
 */
export function readScoreCell(
  cells: Cells,
  buf: Buffer,
  file: string,
  line: number,
  sl: number,
  column: string,
  probability: boolean,
): number {
  const s = cells.starts[sl];
  const e = cells.ends[sl];
  const kind = cells.kinds[sl];
  const v =
    kind === KIND_BOOL || kind === KIND_NESTED || kind === KIND_MISSING ? NaN : parseNumber(buf, s, e);
  if (v >= 0 && v <= 1) return v;
  if (Number.isFinite(v) && !probability) return v;
  const expected = probability
    ? 'expected a probability between 0 and 1 (each --score-prefix column holds the probability of its class)'
    : 'expected a finite number (the score or probability of the positive class)';
  let found: string;
  if (kind === KIND_NESTED) found = `expected a number, got ${nestedWhat(buf, s, e)}`;
  else if (kind === KIND_MISSING) found = 'the key is missing';
  else if (s === e || kind === KIND_NULL) found = 'the score is empty';
  else if (Number.isFinite(v)) found = `${showBytes(buf, s, e).slice(1, -1)} is outside [0, 1]`;
  else found = `${showBytes(buf, s, e)} is not a ${Number.isNaN(v) ? 'number' : 'finite number'}`;
  throw new InputError({ file, line, column }, `${found}; ${expected}.`);
}
