import { idAt, type ClassificationData } from '../result/evaluation-data.js';
import type { Confusion, Flips } from '../result/schema.js';

const MAX_IDS = 10;
const MAX_CONFUSIONS = 10;

/** Right→wrong and wrong→right counts of paired rows, plus the discordant counts b and c. */
export function correctnessFlips(
  base: ClassificationData,
  cand: ClassificationData,
  permutation: Int32Array,
): { b: number; c: number; rightToWrongIds: string[]; wrongToRightIds: string[] } {
  let b = 0;
  let c = 0;
  const r2w: string[] = [];
  const w2r: string[] = [];
  // One id at a time: reading `base.ids` would decode every id (~400 MB at 10M rows).
  const idOf = (i: number) => idAt(base, i) ?? `#${i + 1}`;
  for (let i = 0; i < base.n; i++) {
    const j = permutation[i];
    const baseRight = base.yPred[i] >= 0 && base.yPred[i] === base.yTrue[i];
    const candRight = cand.yPred[j] >= 0 && cand.classes[cand.yPred[j]] === cand.classes[cand.yTrue[j]];
    if (baseRight && !candRight) {
      b++;
      if (r2w.length < MAX_IDS) r2w.push(idOf(i));
    } else if (!baseRight && candRight) {
      c++;
      if (w2r.length < MAX_IDS) w2r.push(idOf(i));
    }
  }
  return { b, c, rightToWrongIds: r2w, wrongToRightIds: w2r };
}

/** Off-diagonal confusion cells whose count grew most (candidate − baseline), at most 10. */
export function grownConfusions(
  base: Confusion | undefined,
  cand: Confusion | undefined,
): Flips['grown_confusions'] {
  if (!cand) return [];
  const key = (t: string, p: string) => JSON.stringify([t, p]);
  const baseCounts = new Map<string, number>();
  for (const [t, p, n] of base?.counts ?? []) if (t !== p) baseCounts.set(key(t, p), n);
  const out: Flips['grown_confusions'] = [];
  for (const [t, p, n] of cand.counts) {
    if (t === p) continue;
    const b = baseCounts.get(key(t, p)) ?? 0;
    if (n > b) out.push({ true: t, predicted: p, baseline: b, candidate: n, delta: n - b });
  }
  const order = new Map(cand.labels.map((l, i) => [l, i]));
  const rank = (l: string) => order.get(l) ?? Number.MAX_SAFE_INTEGER;
  out.sort(
    (x, y) => y.delta - x.delta || rank(x.true) - rank(y.true) || rank(x.predicted) - rank(y.predicted),
  );
  return out.slice(0, MAX_CONFUSIONS);
}
