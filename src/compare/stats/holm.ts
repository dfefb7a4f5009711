/**
 * Holm's step-down procedure over m p-values (reference/statistics.md): sort ascending, reject
 * p₍ᵢ₎ while p₍ᵢ₎ ≤ α/(m − i + 1), stop at the first that is not. `adjusted` are the equivalent
 * Holm-adjusted p-values max_{j≤i} min(1, (m − j + 1)·p₍ⱼ₎), so `rejected[i]` ⇔ adjusted[i] ≤ α.
 * null entries (no test) are skipped and do not count in m.
 */
export function holm(
  pValues: readonly (number | null)[],
  alpha: number,
): { adjusted: (number | null)[]; rejected: boolean[] } {
  const idx: number[] = [];
  pValues.forEach((p, i) => {
    if (p !== null && Number.isFinite(p)) idx.push(i);
  });
  // Stable: ties keep input order.
  idx.sort((a, b) => (pValues[a] as number) - (pValues[b] as number) || a - b);
  const m = idx.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  const rejected = pValues.map(() => false);
  let running = 0;
  let stillRejecting = true;
  idx.forEach((i, rank) => {
    const p = pValues[i] as number;
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
    if (stillRejecting && p <= alpha / (m - rank)) rejected[i] = true;
    else stillRejecting = false;
  });
  return { adjusted, rejected };
}
