import { pythonRemoveSpaces } from './python-text.js';

/**
 * sacrebleu 2.x `CHRF()` with its defaults: character n-grams of orders 1–6 over the segment
 * with every (Python) whitespace character removed, counted in Unicode code points (an emoji or
 * a CJK extension character is one character, not two UTF-16 units), no word n-grams, β = 2,
 * case-sensitive, no ε smoothing.
 *
 * Per segment, each order contributes `[hyp, ref, match]` counts (`CHRF_STATISTICS` = 18
 * numbers), taken from the reference whose own sentence chrF is highest (the first on ties); the
 * corpus score is the F-score of those statistics summed over the segments. A subset's score is
 * `chrfFromStatistics` of its summed statistics.
 */
export const CHRF_CHAR_ORDER = 6;
export const CHRF_BETA = 2;
export const CHRF_STATISTICS = 3 * CHRF_CHAR_ORDER;

/**
 * A segment's characters as small integers, numbered by a dictionary shared by the hypothesis
 * and its references: an n-gram (n ≤ 6) is then a number, Σ idᵢ·radixⁱ, exact while
 * radix⁶ ≤ 2⁵³ (up to 406 distinct characters in one segment), and counting it is a numeric Map
 * lookup instead of a substring. Larger alphabets fall back to substring keys.
 */
type Key = number | string;

function codePointsOf(segment: string): number[] {
  const text = pythonRemoveSpaces(segment);
  const points: number[] = [];
  // for…of walks code points (a lone surrogate is one), as Python indexes a str.
  for (const ch of text) points.push(ch.codePointAt(0)!);
  return points;
}

const MAX_NUMERIC_RADIX = Math.floor(2 ** (53 / CHRF_CHAR_ORDER));

/** Counts of the character n-grams of orders 1–6 (index n − 1). */
function charNgrams(points: readonly number[], ids: Map<number, number> | null): Map<Key, number>[] {
  const orders: Map<Key, number>[] = [];
  if (ids) {
    const radix = ids.size;
    const seq = points.map((cp) => ids.get(cp)!);
    for (let n = 1; n <= CHRF_CHAR_ORDER; n++) {
      const counts = new Map<Key, number>();
      for (let i = 0; i + n <= seq.length; i++) {
        let key = 0;
        for (let k = i; k < i + n; k++) key = key * radix + seq[k]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      orders.push(counts);
    }
    return orders;
  }
  const chars = points.map((cp) => String.fromCodePoint(cp));
  for (let n = 1; n <= CHRF_CHAR_ORDER; n++) {
    const counts = new Map<Key, number>();
    for (let i = 0; i + n <= chars.length; i++) {
      const key = chars.slice(i, i + n).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    orders.push(counts);
  }
  return orders;
}

function totalOf(counts: Map<Key, number>): number {
  let t = 0;
  for (const c of counts.values()) t += c;
  return t;
}

/** Writes the segment's `CHRF_STATISTICS` numbers at `out[offset…]`. */
export function chrfSegmentStatistics(
  hypothesis: string,
  references: readonly string[],
  out: Float64Array,
  offset: number,
): void {
  if (references.length === 0) throw new RangeError('chrF needs at least one reference per segment');
  const hypPoints = codePointsOf(hypothesis);
  const refPoints = references.map(codePointsOf);
  let ids: Map<number, number> | null = new Map<number, number>();
  for (const points of [hypPoints, ...refPoints])
    for (const cp of points) if (!ids.has(cp)) ids.set(cp, ids.size);
  if (ids.size > MAX_NUMERIC_RADIX) ids = null;
  const hyp = charNgrams(hypPoints, ids);
  const hypTotals = hyp.map(totalOf);
  const candidate = new Float64Array(CHRF_STATISTICS);
  let bestF = -1;
  for (const points of refPoints) {
    const ref = charNgrams(points, ids);
    for (let n = 0; n < CHRF_CHAR_ORDER; n++) {
      const r = ref[n]!;
      let match = 0;
      for (const [key, count] of hyp[n]!) {
        const rc = r.get(key);
        if (rc !== undefined) match += Math.min(count, rc);
      }
      // sacrebleu reports no hypothesis n-grams for an order the reference has none of.
      candidate[3 * n] = r.size > 0 ? hypTotals[n]! : 0;
      candidate[3 * n + 1] = totalOf(r);
      candidate[3 * n + 2] = match;
    }
    const f = chrfFromStatistics(candidate);
    if (f > bestF) {
      bestF = f;
      out.set(candidate, offset);
    }
  }
}

/** chrF (0–100) from summed statistics (`CHRF_STATISTICS` numbers from `offset`). */
export function chrfFromStatistics(stats: ArrayLike<number>, offset = 0): number {
  const factor = CHRF_BETA ** 2;
  let avgPrec = 0;
  let avgRec = 0;
  let effectiveOrder = 0;
  for (let n = 0; n < CHRF_CHAR_ORDER; n++) {
    const nHyp = stats[offset + 3 * n]!;
    const nRef = stats[offset + 3 * n + 1]!;
    const nMatch = stats[offset + 3 * n + 2]!;
    // Orders missing on either side are left out of the averages (sacrebleu ≥ 2.0 without ε).
    if (nHyp > 0 && nRef > 0) {
      avgPrec += nMatch / nHyp;
      avgRec += nMatch / nRef;
      effectiveOrder++;
    }
  }
  if (effectiveOrder === 0) return 0;
  avgPrec /= effectiveOrder;
  avgRec /= effectiveOrder;
  if (avgPrec + avgRec === 0) return 0;
  let score = (1 + factor) * avgPrec * avgRec;
  score /= factor * avgPrec + avgRec;
  return 100 * score;
}
