import type { EvaluateOptions } from '../result/evaluation-data.js';
import type { Harness } from '../result/scores-data.js';

/** `--score-columns a,b` as a list (empty items dropped); undefined when none is named. */
export function scoreColumnList(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return list.length > 0 ? list : undefined;
}

/** The --task scores options as both adapters read them (`score-columns`, `from`). */
export function scoresOptions(
  scoreColumns: string | undefined,
  from: string | undefined,
): Pick<EvaluateOptions, 'scoreColumns' | 'from'> {
  const columns = scoreColumnList(scoreColumns);
  const harness = from === '' ? undefined : (from as Harness | undefined);
  return {
    ...(columns !== undefined ? { scoreColumns: columns } : {}),
    ...(harness !== undefined ? { from: harness } : {}),
  };
}
