import { InputError } from '../../errors.js';
import { closestName } from '../../util/closest.js';
import { showValue } from './bytes.js';
import { listLabels } from './labels.js';

/**
 * The error for a column a flag names but the file lacks: lists the columns that exist and, when
 * one is close (edit distance), suggests it.
 */
export function missingColumn(
  file: string,
  column: string,
  flag: string,
  columns: string[],
  hint = '',
): InputError {
  const suggestion = closestName(column, columns);
  return new InputError(
    { file, column },
    `column not found (${flag}). The file has the columns ${listLabels(columns, 30)}.` +
      (suggestion !== undefined
        ? ` Did you mean ${showValue(suggestion)}? Pass ${flag} ${quoteArg(suggestion)}.`
        : '') +
      hint,
  );
}

function quoteArg(s: string): string {
  return /^[\w.:/@+-]+$/.test(s) && s.length <= 60 ? s : showValue(s);
}
