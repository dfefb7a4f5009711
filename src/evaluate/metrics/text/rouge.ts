/**
 * rouge-score 0.1.2 `RougeScorer(['rouge1', 'rouge2', 'rougeL'])` F-measures with the default
 * tokenizer and no stemmer. The tokenizer lower-cases (Python's `str.lower()`, which
 * `toLowerCase` matches), replaces every character outside [a-z0-9] by a space and keeps the
 * remaining runs: so only ASCII letters and digits ever form tokens ("café" is "caf", CJK and
 * emoji vanish, "İ" lowers to "i" + a combining dot and gives "i").
 *
 * With several references the scorer's `score_multi` picks, per ROUGE type separately, the
 * reference with the highest F-measure (the first on ties); a prediction or reference without
 * tokens scores 0.
 */
export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

const TOKEN = /[a-z0-9]+/g;

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** rouge-score's `scoring.fmeasure`. */
function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function ngramF(
  target: Map<string, number>,
  targetTotal: number,
  prediction: Map<string, number>,
  predictionTotal: number,
): number {
  let overlap = 0;
  for (const [key, count] of target) {
    const p = prediction.get(key);
    if (p !== undefined) overlap += Math.min(count, p);
  }
  return fmeasure(overlap / Math.max(predictionTotal, 1), overlap / Math.max(targetTotal, 1));
}

/** Length of the longest common subsequence (one rolling row of the DP table). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0; // row[j − 1] of the previous i
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = ai === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function lcsF(target: readonly string[], prediction: readonly string[]): number {
  if (target.length === 0 || prediction.length === 0) return 0;
  const lcs = lcsLength(target, prediction);
  return fmeasure(lcs / prediction.length, lcs / target.length);
}

export function rougeScores(prediction: string, references: readonly string[]): RougeScores {
  if (references.length === 0) throw new RangeError('ROUGE needs at least one reference');
  const pred = rougeTokens(prediction);
  const pred1 = ngrams(pred, 1);
  const pred2 = ngrams(pred, 2);
  const pred2Total = Math.max(pred.length - 1, 0);
  const best: RougeScores = { rouge1: -1, rouge2: -1, rougeL: -1 };
  for (const reference of references) {
    const target = rougeTokens(reference);
    const r1 = ngramF(ngrams(target, 1), target.length, pred1, pred.length);
    const r2 = ngramF(ngrams(target, 2), Math.max(target.length - 1, 0), pred2, pred2Total);
    const rl = lcsF(target, pred);
    if (r1 > best.rouge1) best.rouge1 = r1;
    if (r2 > best.rouge2) best.rouge2 = r2;
    if (rl > best.rougeL) best.rougeL = rl;
  }
  return best;
}
