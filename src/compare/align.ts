import { idAt, type ClassificationData, type ExampleData, type IdBytes } from '../result/evaluation-data.js';
import { idBytesFor, idBytesOfStrings } from '../result/examples.js';

/**
 * Pairs the candidate's rows with the baseline's: `permutation[i]` = the candidate row of
 * baseline row i. By id when both sides have ids, by position when neither has; the true labels
 * must agree row by row. Returns a reason instead when the rows cannot be paired.
 */
export function alignRows(
  base: ExampleData,
  cand: ExampleData,
): { permutation: Int32Array } | { reason: string } {
  if (base.task === 'ranking' || cand.task === 'ranking') return alignQueries(base, cand);
  if ((base.task === 'regression') !== (cand.task === 'regression')) return { reason: 'the tasks differ' };
  if ((base.task === 'text') !== (cand.task === 'text')) return { reason: 'the tasks differ' };
  if (base.n !== cand.n) return { reason: `the example counts differ (${base.n} vs ${cand.n})` };
  const n = base.n;
  let permutation: Int32Array = new Int32Array(n);
  const baseIds = idBytesFor(base);
  const candIds = idBytesFor(cand);
  if (baseIds && candIds) {
    const joined = joinIdBytes(baseIds, candIds);
    if (typeof joined === 'string') return { reason: joined };
    permutation = joined;
  } else if (!baseIds && !candIds) {
    for (let i = 0; i < n; i++) permutation[i] = i;
  } else {
    return { reason: 'one side joined rows by id and the other by position' };
  }
  // Text sidecars keep no references: the dataset fingerprints (equal, or no pairing is tried)
  // have compared them.
  if (base.task === 'text' || cand.task === 'text') return { permutation };
  if (base.task === 'regression' || cand.task === 'regression') {
    for (let i = 0; i < n; i++)
      if (!Object.is(base.yTrue[i], cand.yTrue[permutation[i]]))
        return { reason: `the true values differ at row ${i + 1}` };
  } else {
    const b = base as ClassificationData;
    const c = cand as ClassificationData;
    for (let i = 0; i < n; i++)
      if (b.classes[b.yTrue[i]] !== c.classes[c.yTrue[permutation[i]]]) {
        const id = idAt(b, i);
        return { reason: `the true labels differ at ${id !== null ? `id "${id}"` : `row ${i + 1}`}` };
      }
  }
  return { permutation };
}

/**
 * A ranking's examples are its queries: they pair by query id (the judgements behind them are
 * the same on both sides when the dataset fingerprints agree, which compare checks first).
 */
function alignQueries(
  base: ExampleData,
  cand: ExampleData,
): { permutation: Int32Array } | { reason: string } {
  if (base.task !== cand.task) return { reason: 'the tasks differ' };
  if (base.n !== cand.n) return { reason: `the query counts differ (${base.n} vs ${cand.n})` };
  if (!base.ids || !cand.ids) return { reason: 'a side has no query ids' };
  const joined = joinIds(base.ids, cand.ids);
  return typeof joined === 'string'
    ? { reason: joined.replace(/\bid\b/g, 'query id') }
    : { permutation: joined };
}

/** Ids as UTF-8 bytes end to end: id i is `bytes[offsets[i], offsets[i + 1])`. */
type Ids = Pick<IdBytes, 'n' | 'bytes' | 'offsets'>;

/** A 32-bit FNV-1a hash of an id's bytes (ids only need spreading, not security). */
function hashId(ids: Ids, i: number): number {
  const { bytes, offsets } = ids;
  let h = 0x811c9dc5;
  for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) h = Math.imul(h ^ bytes[k], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/** Whether id i of `a` equals id j of `b` (byte for byte: the ids are well-formed UTF-8). */
function sameId(a: Ids, i: number, b: Ids, j: number): boolean {
  const s = a.offsets[i];
  const t = b.offsets[j];
  const len = a.offsets[i + 1] - s;
  if (b.offsets[j + 1] - t !== len) return false;
  const x = a.bytes;
  const y = b.bytes;
  for (let k = 0; k < len; k++) if (x[s + k] !== y[t + k]) return false;
  return true;
}

const idText = (ids: Ids, i: number): string =>
  ids.bytes.toString('utf8', ids.offsets[i], ids.offsets[i + 1]);

/** Ids equal in order: the same lengths and the same bytes. */
function sameOrder(a: Ids, b: Ids): boolean {
  const n = a.n;
  for (let i = 0; i <= n; i++) if (a.offsets[i] - a.offsets[0] !== b.offsets[i] - b.offsets[0]) return false;
  return a.bytes.subarray(a.offsets[0], a.offsets[n]).equals(b.bytes.subarray(b.offsets[0], b.offsets[n]));
}

/** `joinIdBytes` of two lists of strings (UTF-8 encoded first). */
export function joinIds(base: readonly string[], cand: readonly string[]): Int32Array | string {
  return joinIdBytes(idBytesOfStrings(base), idBytesOfStrings(cand));
}

/**
 * The candidate row of each baseline id, or why there is none. Ids equal in order (the usual case:
 * the same labels file on both sides) are the identity without any table. Otherwise an
 * open-addressing hash table in typed arrays (a 32-bit hash per row and a slot array of row
 * numbers) with a confirming byte compare, over the ids' UTF-8 as the reader or the sidecar holds
 * it: no string per row, no Map of a million string keys (whose entries cost far more memory and
 * time). Which error is reported does not depend on the hash: rows are taken in order.
 */
export function joinIdBytes(base: Ids, cand: Ids): Int32Array | string {
  const n = base.n;
  const permutation = new Int32Array(n);
  if (sameOrder(base, cand)) {
    for (let i = 0; i < n; i++) permutation[i] = i;
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
    const h = hashId(cand, j);
    hashes[j] = h;
    let s = h & mask;
    for (;;) {
      const k = slots[s];
      if (k < 0) {
        slots[s] = j;
        break;
      }
      if (hashes[k] === h && sameId(cand, k, cand, j))
        return `the candidate's id "${idText(cand, j)}" occurs twice`;
      s = (s + 1) & mask;
    }
  }
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const h = hashId(base, i);
    let s = h & mask;
    let j = -1;
    for (;;) {
      const k = slots[s];
      if (k < 0) break;
      if (hashes[k] === h && sameId(cand, k, base, i)) {
        j = k;
        break;
      }
      s = (s + 1) & mask;
    }
    if (j < 0) return `the baseline's id "${idText(base, i)}" is not among the candidate's`;
    if (seen[j]) return `the baseline's id "${idText(base, i)}" occurs twice`;
    seen[j] = 1;
    permutation[i] = j;
  }
  return permutation;
}

/** The first id (in row order) that repeats an earlier one, or null. */
function firstDuplicate(ids: Ids): string | null {
  let size = 1;
  while (size < 2 * ids.n) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const hashes = new Uint32Array(ids.n);
  for (let j = 0; j < ids.n; j++) {
    const h = hashId(ids, j);
    hashes[j] = h;
    let s = h & mask;
    for (;;) {
      const k = slots[s];
      if (k < 0) {
        slots[s] = j;
        break;
      }
      if (hashes[k] === h && sameId(ids, k, ids, j)) return idText(ids, j);
      s = (s + 1) & mask;
    }
  }
  return null;
}
