import { answerTokens, normaliseAnswer } from './squad-normalise.js';

/**
 * SQuAD v2.0 exact match and token F1 of one prediction against its references, as the official
 * evaluation script scores one question (`get_raw_scores`): references that normalise to nothing
 * are dropped unless all do (then the question expects no answer: ""), and each score is its
 * maximum over the remaining references.
 */
export interface SquadScores {
  exactMatch: 0 | 1;
  tokenF1: number;
}

export function squadScores(prediction: string, references: readonly string[]): SquadScores {
  const predNormal = normaliseAnswer(prediction);
  const predTokens = answerTokens(prediction);
  const golds: { normal: string; reference: string }[] = [];
  for (const reference of references) {
    const normal = normaliseAnswer(reference);
    if (normal !== '') golds.push({ normal, reference });
  }
  if (golds.length === 0) golds.push({ normal: '', reference: '' });
  let exactMatch: 0 | 1 = 0;
  let tokenF1 = 0;
  for (const { normal, reference } of golds) {
    if (normal === predNormal) exactMatch = 1;
    const f1 = tokenF1Of(answerTokens(reference), predTokens);
    if (f1 > tokenF1) tokenF1 = f1;
  }
  return { exactMatch, tokenF1 };
}

/** `compute_f1`: the F1 of the two token multisets; 1 when both are empty, 0 when one is. */
function tokenF1Of(gold: readonly string[], pred: readonly string[]): number {
  if (gold.length === 0 || pred.length === 0) return gold.length === pred.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of gold) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of pred) {
    const c = counts.get(t);
    if (c !== undefined && c > 0) {
      same++;
      counts.set(t, c - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / pred.length;
  const recall = same / gold.length;
  return (2 * precision * recall) / (precision + recall);
}
