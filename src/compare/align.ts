import type { ClassificationData, EvaluationData } from '../result/evaluation-data.js';

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
  let permutation: Int32Array = new Int32Array(n);
  if (base.ids && cand.ids) {
    const joined = joinIds(base.ids, cand.ids);
    if (typeof joined === 'string') return { reason: joined };
    permutation = joined;
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

/** A 32-bit FNV-1a hash of a string's UTF-16 code units (ids only need spreading, not security). */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * The candidate row of each baseline id, or why there is none. Ids equal in order (the usual case:
 * the same labels file on both sides) are the identity without any table. Otherwise an
 * open-addressing hash table in typed arrays (a 32-bit hash per row and a slot array of row
 * numbers) with a confirming string compare: no Map of a million string keys, whose entries
 * cost far more memory and time.
 */
export function joinIds(base: readonly string[], cand: readonly string[]): Int32Array | string {
  const n = base.length;
  const permutation = new Int32Array(n);
  let same = 0;
  while (same < n && base[same] === cand[same]) {
    permutation[same] = same;
    same++;
  }
  if (same === n) {
    // Identity; ids must still be unique, which a same-order pair cannot show: check the candidate.
    const dup = firstDuplicate(cand);
    return dup === null ? permutation : `the candidate's id "${dup}" occurs twice`;
  }
  let size = 1;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const hashes = new Uint32Array(n);
  for (let j = 0; j < n; j++) {
    const h = hashString(cand[j]);
    hashes[j] = h;
    let s = h & mask;
    for (;;) {
      const k = slots[s];
      if (k < 0) {
        slots[s] = j;
        break;
      }
      if (hashes[k] === h && cand[k] === cand[j]) return `the candidate's id "${cand[j]}" occurs twice`;
      s = (s + 1) & mask;
    }
  }
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const id = base[i];
    const h = hashString(id);
    let s = h & mask;
    let j = -1;
    for (;;) {
      const k = slots[s];
      if (k < 0) break;
      if (hashes[k] === h && cand[k] === id) {
        j = k;
        break;
      }
      s = (s + 1) & mask;
    }
    if (j < 0) return `the baseline's id "${id}" is not among the candidate's`;
    if (seen[j]) return `the baseline's id "${id}" occurs twice`;
    seen[j] = 1;
    permutation[i] = j;
  }
  return permutation;
}

/** The first id (in row order) that repeats an earlier one, or null. */
function firstDuplicate(ids: readonly string[]): string | null {
  let size = 1;
  while (size < 2 * ids.length) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const hashes = new Uint32Array(ids.length);
  for (let j = 0; j < ids.length; j++) {
    const h = hashString(ids[j]);
    hashes[j] = h;
    let s = h & mask;
    for (;;) {
      const k = slots[s];
      if (k < 0) {
        slots[s] = j;
        break;
      }
      if (hashes[k] === h && ids[k] === ids[j]) return ids[j];
      s = (s + 1) & mask;
    }
  }
  return null;
}
