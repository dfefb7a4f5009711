import type { ClassificationData, EvaluationData } from '../evaluate/evaluation-data.js';

/**
 * Pairs the candidate's rows with the baseline's: `permutation[i]` = the candidate row of
 * baseline row i. By id when both sides have ids, by position when neither has; the true labels
 * must agree row by row. Returns a reason instead when the rows cannot be paired.
 */
export function alignRows(
  base: EvaluationData,
  cand: EvaluationData,
): { permutation: Int32Array } | { reason: string } {
  if ((base.task === 'regression') !== (cand.task === 'regression')) return { reason: 'the tasks differ' };
  if (base.n !== cand.n) return { reason: `the example counts differ (${base.n} vs ${cand.n})` };
  const n = base.n;
  const permutation = new Int32Array(n);
  if (base.ids && cand.ids) {
    const index = new Map<string, number>();
    for (let j = 0; j < n; j++) {
      if (index.has(cand.ids[j])) return { reason: `the candidate's id "${cand.ids[j]}" occurs twice` };
      index.set(cand.ids[j], j);
    }
    const seen = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const j = index.get(base.ids[i]);
      if (j === undefined)
        return { reason: `the baseline's id "${base.ids[i]}" is not among the candidate's` };
      if (seen[j]) return { reason: `the baseline's id "${base.ids[i]}" occurs twice` };
      seen[j] = 1;
      permutation[i] = j;
    }
  } else if (!base.ids && !cand.ids) {
    for (let i = 0; i < n; i++) permutation[i] = i;
  } else {
    return { reason: 'one side joined rows by id and the other by position' };
  }
  if (base.task === 'regression' || cand.task === 'regression') {
    for (let i = 0; i < n; i++)
      if (!Object.is(base.yTrue[i], cand.yTrue[permutation[i]]))
        return { reason: `the true values differ at row ${i + 1}` };
  } else {
    const b = base as ClassificationData;
    const c = cand as ClassificationData;
    for (let i = 0; i < n; i++)
      if (b.classes[b.yTrue[i]] !== c.classes[c.yTrue[permutation[i]]])
        return { reason: `the true labels differ at ${b.ids ? `id "${b.ids[i]}"` : `row ${i + 1}`}` };
  }
  return { permutation };
}
