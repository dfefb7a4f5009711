import { ExternalSort, type Run } from './external-sort.js';
import { decodeFloatKey, encodeFloatKeys, type KeySorter } from './sort.js';

/**
 * A multiset of (key, flag) pairs walked once, by ascending key, as groups of equal keys with the
 * count of flagged and unflagged pairs in each: what ROC AUC and average precision (key = −score,
 * flag = positive), and the median absolute error (key = |error|) need, in bounded memory.
 *
 * Pairs are buffered up to `chunk`, then sorted (the same radix sort as the in-memory path) and
 * collapsed into groups — a sorted run. Runs stay in memory while their groups fit in `chunk`
 * (scores rounded to a few decimals collapse to a few thousand groups a run); beyond that a run is
 * written to a file in `dir`. `walk` merges the runs (k-way), adding up the groups of equal keys
 * across runs, so the groups — one per distinct key — are exactly those of one sort of all pairs.
 * Keys are compared as numbers: -0 is 0 (as numpy), NaN must not be pushed.
 */
export class SortedGroups extends ExternalSort<(key: number, flagged: number, unflagged: number) => void> {
  constructor(dir: string, name: string, chunk: number) {
    super(dir, name, chunk, chunk, 2, 3);
  }

  push(key: number, flag: number): void {
    this.pushPair(key, flag);
  }

  /**
   * Calls `visit(key, flagged, unflagged)` for each distinct key, ascending. Consumes the pairs
   * (call once, after the last `push`).
   */
  walk(visit: (key: number, flagged: number, unflagged: number) => void): void {
    this.merge(visit);
  }

  private flagged = 0;
  private unflagged = 0;

  protected add(columns: Uint32Array[], at: number): void {
    this.flagged += columns[0][at];
    this.unflagged += columns[1][at];
  }

  protected end(key: number, visit: (key: number, flagged: number, unflagged: number) => void): void {
    visit(key, this.flagged, this.unflagged);
    this.flagged = 0;
    this.unflagged = 0;
  }

  protected encode(keys: Float64Array, m: number, hi: Uint32Array, lo: Uint32Array): void {
    encodeFloatKeys(keys, m, hi, lo);
  }

  protected collapse(sorted: KeySorter, m: number, out: Run): number {
    const { hi, lo, values } = sorted;
    const [flaggedOut, unflaggedOut] = out.columns;
    const outWords = new Uint32Array(out.keys.buffer);
    let g = 0;
    let f = 0;
    let c = 0;
    for (let j = 0; j < m; j++) {
      f += values[j];
      c++;
      if (j + 1 < m && hi[j] === hi[j + 1] && lo[j] === lo[j + 1]) continue;
      decodeFloatKey(hi[j], lo[j], outWords, g);
      flaggedOut[g] = f;
      unflaggedOut[g] = c - f;
      g++;
      f = 0;
      c = 0;
    }
    return g;
  }
}

/** No second row: the group has one pair. */
export const NO_ROW = 0xffffffff;
const TWO32 = 4294967296;

/**
 * A multiset of (key, row) pairs walked once, by ascending key, as groups of equal keys with
 * their count and their two smallest rows: what the streamed duplicate-id check needs (key = a
 * 52-bit hash of the id, row = its row index; a group with two rows or more is a candidate
 * duplicate), in bounded memory. The scheme of `SortedGroups`, but every run except the last goes
 * to a file in `dir` (ids are mostly distinct: a run barely collapses, and a kept copy would
 * double the memory). Keys are integers in [0, 2^53); rows integers in [0, 2^32 − 1), pushed in
 * ascending order (the sort is stable, so a group's rows come out ascending).
 */
export class KeyRowGroups extends ExternalSort<
  (key: number, count: number, first: number, second: number) => void
> {
  constructor(dir: string, name: string, chunk: number) {
    super(dir, name, chunk, 0, 3, 2);
  }

  push(key: number, row: number): void {
    this.pushPair(key, row);
  }

  /**
   * Calls `visit(key, count, first, second)` for each distinct key, ascending: `first` and
   * `second` are the group's two smallest rows (`second` is `NO_ROW` when `count` is 1).
   * Consumes the pairs (call once, after the last `push`).
   */
  walk(visit: (key: number, count: number, first: number, second: number) => void): void {
    this.merge(visit);
  }

  private groupCount = 0;
  private first = NO_ROW;
  private second = NO_ROW;

  protected add(columns: Uint32Array[], at: number): void {
    this.groupCount += columns[0][at];
    // The two smallest of {first, second} ∪ {the run's first, second} (NO_ROW is the largest).
    const f = columns[1][at];
    if (f < this.first) {
      this.second = Math.min(this.first, columns[2][at]);
      this.first = f;
    } else if (f < this.second) this.second = f;
  }

  protected end(
    key: number,
    visit: (key: number, count: number, first: number, second: number) => void,
  ): void {
    visit(key, this.groupCount, this.first, this.second);
    this.groupCount = 0;
    this.first = NO_ROW;
    this.second = NO_ROW;
  }

  /** The key's 21 high and 32 low bits. */
  protected encode(keys: Float64Array, m: number, hi: Uint32Array, lo: Uint32Array): void {
    for (let j = 0; j < m; j++) {
      const k = keys[j];
      const h = Math.floor(k / TWO32);
      hi[j] = h;
      lo[j] = k - h * TWO32;
    }
  }

  protected collapse(sorted: KeySorter, m: number, out: Run): number {
    const { hi, lo, values } = sorted;
    const [counts, first, second] = out.columns;
    let g = 0;
    for (let j = 0; j < m;) {
      let e = j + 1;
      while (e < m && hi[e] === hi[j] && lo[e] === lo[j]) e++;
      out.keys[g] = hi[j] * TWO32 + lo[j];
      counts[g] = e - j;
      first[g] = values[j];
      second[g] = e - j > 1 ? values[j + 1] : NO_ROW;
      g++;
      j = e;
    }
    return g;
  }
}
