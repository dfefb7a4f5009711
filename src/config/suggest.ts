/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
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

/** The closest candidate (ties: first in list order), when it is plausibly a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
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
  // Also accept a candidate that contains the word or ends with it (e.g. "wall_seconds" →
  // "bench.wall_seconds").
  if (bestD > Math.max(2, Math.floor(w.length / 3))) {
    const containing = candidates.find(
      (cand) => cand.toLowerCase().endsWith(w) || cand.toLowerCase().includes(w),
    );
    return containing;
  }
  return best;
}
