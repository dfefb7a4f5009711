/**
 * Merging `--task scores` shards: exact only, from every shard's scores sidecar. The examples are
 * concatenated (an id in two shards is refused: trials of one example split across shards would
 * be two examples here), the terms matched by name, and the result built as evaluating the whole.
 */
import { InputError, UsageError } from '../errors.js';
import type { Result } from '../result/schema.js';
import { isScoresData, type ScoresData, type ScoreTerms } from '../result/scores-data.js';
import { scoresResult } from '../evaluate/scores/evaluate-scores.js';
import type { MergeOptions, MergeOutput, Shard } from './merge.js';

export function mergeScoreShards(shards: readonly Shard[], options: MergeOptions): MergeOutput {
  const lacking = shards.filter((s) => !isScoresData(s.examples));
  if (lacking.length > 0)
    throw new UsageError(
      `scores shards merge from their per-example file (scores.bin) only; ${lacking.map((s) => s.path).join(', ')} ${lacking.length === 1 ? 'has' : 'have'} none. Merge the run folders as written by model-gate run.`,
    );
  const parts = shards.map((s) => s.examples as ScoresData);
  const names = parts[0].terms.map((t) => t.name);
  shards.forEach((s, k) => {
    const own = parts[k].terms.map((t) => t.name);
    if (own.join('\u0000') !== names.join('\u0000'))
      throw new InputError(
        { file: s.resultFile },
        `has the metrics ${own.join(', ')} but ${shards[0].path} has ${names.join(', ')}; shards of one evaluation have the same metrics`,
      );
  });
  const seen = new Map<string, string>();
  const ids: string[] = [];
  for (let k = 0; k < parts.length; k++)
    for (const id of parts[k].ids) {
      const other = seen.get(id);
      if (other !== undefined)
        throw new InputError(
          { file: shards[k].resultFile },
          `example ${JSON.stringify(id)} is also in the shard ${other}; shards must hold disjoint examples (all trials of an example in one shard)`,
        );
      seen.set(id, shards[k].path);
      ids.push(id);
    }
  const n = ids.length;
  const terms: ScoreTerms[] = names.map((name, m) => {
    const values = new Float64Array(n);
    let at = 0;
    for (const p of parts) {
      values.set(p.terms[m].values, at);
      at += p.n;
    }
    return {
      name,
      aggregate: parts[0].terms[m].aggregate,
      binary: parts.every((p) => p.terms[m].binary),
      values,
    };
  });
  const data: ScoresData = { task: 'scores', n, ids, terms, trials: Math.max(...parts.map((p) => p.trials)) };
  const result: Result = scoresResult(
    data,
    shards.map((s) => s.result.dataset.predictions_file ?? s.path).join(', '),
    [],
    options.source ?? {},
    options.now ?? new Date(),
  );
  return { result, data, exact: true, omitted: [], dropped: [] };
}
