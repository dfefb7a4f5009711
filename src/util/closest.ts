/** Optimal string alignment distance (Levenshtein with adjacent transpositions: "lable" → "label" is 1). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => {
    const row = new Array<number>(n + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

/**
 * The candidate a user most plausibly meant (case-insensitive; ties: first in list order), for
 * "did you mean" messages; undefined when nothing is close.
 */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const cand of candidates) {
    const d = editDistance(w, cand.toLowerCase());
    if (d < bestD) {
      best = cand;
      bestD = d;
    }
  }
  if (bestD <= Math.max(2, Math.floor(w.length / 3))) return best;
  // A name typed without its namespace ("wall_seconds" for "bench.wall_seconds") is still meant.
  return w.length >= 3 ? candidates.find((cand) => cand.toLowerCase().includes(w)) : undefined;
}
