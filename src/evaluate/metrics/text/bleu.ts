import { tokenize13a } from './tokenizer-13a.js';

/**
 * sacrebleu 2.x `corpus_bleu` with its defaults: tokenizer 13a, case-sensitive, n-grams up to 4,
 * smoothing `exp` (mteval-v13a's: the k-th order without a match counts as 1/2^k matches),
 * brevity penalty from the closest reference length (the shorter on ties), several references
 * per segment (n-gram counts clipped by their maximum over the references).
 *
 * BLEU is a function of corpus sums, so each segment contributes a fixed-length vector of
 * integer sufficient statistics, `[hyp_len, ref_len, correct_1..4, total_1..4]`
 * (`BLEU_STATISTICS` numbers): summing any subset of segments' vectors and applying
 * `bleuFromStatistics` gives that subset's corpus BLEU, which makes merging, slices and the
 * paired bootstrap O(n) per evaluation.
 */
export const BLEU_MAX_ORDER = 4;
export const BLEU_STATISTICS = 2 + 2 * BLEU_MAX_ORDER;

/** sacrebleu's `my_log`: log with log(0) floored to −9999999999. */
function flooredLog(x: number): number {
  return x === 0 ? -9999999999 : Math.log(x);
}

type Key = number | string;

/**
 * The n-grams of orders 1–4 (index n − 1), counted. Tokens are numbered by a dictionary shared by
 * the hypothesis and its references, so an n-gram is the number Σ idᵢ·radixⁱ — exact while
 * radix⁴ ≤ 2⁵³ (9,741 distinct tokens in one segment) — and counting it is a numeric Map lookup;
 * beyond that the keys are the space-joined tokens (13a tokens hold no whitespace).
 */
function ngramCounts(tokens: readonly string[], ids: Map<string, number> | null): Map<Key, number>[] {
  const orders: Map<Key, number>[] = [];
  for (let n = 1; n <= BLEU_MAX_ORDER; n++) orders.push(new Map<Key, number>());
  if (ids) {
    const radix = ids.size;
    const seq = tokens.map((t) => ids.get(t)!);
    for (let i = 0; i < seq.length; i++) {
      let key = 0;
      for (let n = 1; n <= BLEU_MAX_ORDER && i + n <= seq.length; n++) {
        key = key * radix + seq[i + n - 1]!;
        const counts = orders[n - 1]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    return orders;
  }
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    for (let n = 1; n <= BLEU_MAX_ORDER && i + n <= tokens.length; n++) {
      key = n === 1 ? tokens[i]! : `${key} ${tokens[i + n - 1]!}`;
      const counts = orders[n - 1]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return orders;
}

const MAX_NUMERIC_RADIX = Math.floor(2 ** (53 / BLEU_MAX_ORDER));

function tokens13a(segment: string): string[] {
  const line = tokenize13a(segment);
  return line === '' ? [] : line.split(' ');
}

/** Writes the segment's `BLEU_STATISTICS` numbers at `out[offset…]`. */
export function bleuSegmentStatistics(
  hypothesis: string,
  references: readonly string[],
  out: Float64Array,
  offset: number,
): void {
  if (references.length === 0) throw new RangeError('BLEU needs at least one reference per segment');
  const hypTokens = tokens13a(hypothesis);
  const refTokens = references.map(tokens13a);
  let ids: Map<string, number> | null = new Map<string, number>();
  for (const toks of [hypTokens, ...refTokens]) for (const t of toks) if (!ids.has(t)) ids.set(t, ids.size);
  if (ids.size > MAX_NUMERIC_RADIX) ids = null;
  // Per order, the largest count of each n-gram over the references (sacrebleu's clipping).
  let refCounts: Map<Key, number>[] | null = null;
  for (const toks of refTokens) {
    const counts = ngramCounts(toks, ids);
    if (refCounts === null) refCounts = counts;
    else
      for (let n = 0; n < BLEU_MAX_ORDER; n++) {
        const best = refCounts[n]!;
        for (const [k, c] of counts[n]!) if (c > (best.get(k) ?? 0)) best.set(k, c);
      }
  }
  const hypLen = hypTokens.length;
  // The closest reference length; the shorter of two equally close ones.
  let closestDiff = -1;
  let closestLen = -1;
  for (const toks of refTokens) {
    const len = toks.length;
    const diff = Math.abs(hypLen - len);
    if (closestDiff === -1 || diff < closestDiff) {
      closestDiff = diff;
      closestLen = len;
    } else if (diff === closestDiff && len < closestLen) closestLen = len;
  }
  out.fill(0, offset, offset + BLEU_STATISTICS);
  out[offset] = hypLen;
  out[offset + 1] = closestLen;
  const hypCounts = ngramCounts(hypTokens, ids);
  for (let n = 0; n < BLEU_MAX_ORDER; n++) {
    const ref = refCounts![n]!;
    let correct = 0;
    let total = 0;
    for (const [key, count] of hypCounts[n]!) {
      total += count;
      const r = ref.get(key);
      if (r !== undefined) correct += Math.min(count, r);
    }
    out[offset + 2 + n] = correct;
    out[offset + 2 + BLEU_MAX_ORDER + n] = total;
  }
}

/** BLEU (0–100) from summed statistics (`BLEU_STATISTICS` numbers from `offset`). */
export function bleuFromStatistics(stats: ArrayLike<number>, offset = 0): number {
  const sysLen = stats[offset]!;
  const refLen = stats[offset + 1]!;
  const bp = sysLen < refLen ? (sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0) : 1;
  let anyCorrect = false;
  for (let n = 0; n < BLEU_MAX_ORDER; n++) if (stats[offset + 2 + n]! !== 0) anyCorrect = true;
  if (!anyCorrect) return 0;
  let smooth = 1;
  const precisions = new Array<number>(BLEU_MAX_ORDER).fill(0);
  for (let n = 0; n < BLEU_MAX_ORDER; n++) {
    const correct = stats[offset + 2 + n]!;
    const total = stats[offset + 2 + BLEU_MAX_ORDER + n]!;
    // No n-grams of this order anywhere: this and the higher precisions stay 0 (floored log).
    if (total === 0) break;
    if (correct === 0) {
      smooth *= 2;
      precisions[n] = 100 / (smooth * total);
    } else precisions[n] = (100 * correct) / total;
  }
  let logSum = 0;
  for (const p of precisions) logSum += flooredLog(p);
  return bp * Math.exp(logSum / BLEU_MAX_ORDER);
}
