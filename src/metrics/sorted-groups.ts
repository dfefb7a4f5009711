import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';

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
export class SortedGroups {
  private keys = new Float64Array(0);
  private flags = new Uint8Array(0);
  private size = 0;
  private readonly memoryRuns: MemoryRun[] = [];
  private memoryGroups = 0;
  private readonly fileRuns: { path: string; length: number }[] = [];
  private sorter = new GroupSorter();
  /** Pairs pushed. */
  count = 0;

  constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly chunk: number,
  ) {}

  push(key: number, flag: number): void {
    if (this.size === this.keys.length) this.grow();
    this.keys[this.size] = key === 0 ? 0 : key;
    this.flags[this.size++] = flag;
    this.count++;
  }

  private grow(): void {
    if (this.size >= this.chunk) {
      this.seal();
      return;
    }
    const cap = Math.min(this.chunk, Math.max(1024, this.keys.length * 2));
    const keys = new Float64Array(cap);
    keys.set(this.keys.subarray(0, this.size));
    const flags = new Uint8Array(cap);
    flags.set(this.flags.subarray(0, this.size));
    this.keys = keys;
    this.flags = flags;
  }

  /** Sorts the buffered pairs into a run of groups; keeps it in memory or writes it to a file. */
  private seal(): void {
    const m = this.size;
    if (m === 0) return;
    const groups = this.sorter.sort(this.keys, this.flags, m);
    this.size = 0;
    if (this.memoryGroups + groups <= this.chunk) {
      this.memoryRuns.push(this.sorter.run(groups, true));
      this.memoryGroups += groups;
    } else this.writeRun(this.sorter.run(groups, false));
  }

  private writeRun(run: MemoryRun): void {
    const path = join(this.dir, `${this.name}-${this.fileRuns.length}.bin`);
    const fd = openSync(path, 'w');
    try {
      writeAll(fd, run.keys);
      writeAll(fd, run.flagged);
      writeAll(fd, run.unflagged);
    } finally {
      closeSync(fd);
    }
    this.fileRuns.push({ path, length: run.length });
  }

  /**
   * Calls `visit(key, flagged, unflagged)` for each distinct key, ascending. Consumes the pairs
   * (call once, after the last `push`).
   */
  walk(visit: (key: number, flagged: number, unflagged: number) => void): void {
    this.seal();
    this.keys = new Float64Array(0);
    this.flags = new Uint8Array(0);
    this.sorter = new GroupSorter(); // frees the sort buffers before the merge
    const cursors: Cursor[] = this.memoryRuns.map((r) => new MemoryCursor(r));
    try {
      for (const f of this.fileRuns) cursors.push(new FileCursor(f.path, f.length));
      const heap = cursors.filter((c) => c.valid);
      const less = (a: Cursor, b: Cursor): boolean => a.key < b.key;
      heapify(heap, less);
      let have = false;
      let key = 0;
      let flagged = 0;
      let unflagged = 0;
      while (heap.length > 0) {
        const top = heap[0];
        if (have && top.key !== key) {
          visit(key, flagged, unflagged);
          flagged = 0;
          unflagged = 0;
        }
        have = true;
        key = top.key;
        flagged += top.flagged;
        unflagged += top.unflagged;
        if (!top.advance()) {
          const last = heap.pop()!;
          if (heap.length === 0) break;
          heap[0] = last;
        }
        siftDown(heap, 0, less);
      }
      if (have) visit(key, flagged, unflagged);
    } finally {
      for (const c of cursors) c.close();
    }
  }
}

/**
 * Sorts (key, flag) pairs by key and collapses equal keys into groups, reusing its buffers from
 * one run to the next (a run's temporaries would otherwise be allocated and freed per run, and
 * the allocator keeps the freed memory). An LSD radix sort of the float64 bits made
 * order-preserving (as `rankAscending`), 11-bit digits; -0 must already be 0.
 */
class GroupSorter {
  private hi = new Uint32Array(0);
  private lo = new Uint32Array(0);
  private fl = new Uint8Array(0);
  private hi2 = new Uint32Array(0);
  private lo2 = new Uint32Array(0);
  private fl2 = new Uint8Array(0);
  private readonly counts = new Int32Array(2048);
  private readonly out: MemoryRun = {
    keys: new Float64Array(0),
    flagged: new Uint32Array(0),
    unflagged: new Uint32Array(0),
    length: 0,
  };

  /** Sorts the first m pairs; returns the number of groups (read them with `run`). */
  sort(keys: Float64Array, flags: Uint8Array, m: number): number {
    if (this.hi.length < m) {
      this.hi = new Uint32Array(m);
      this.lo = new Uint32Array(m);
      this.fl = new Uint8Array(m);
      this.hi2 = new Uint32Array(m);
      this.lo2 = new Uint32Array(m);
      this.fl2 = new Uint8Array(m);
      this.out.keys = new Float64Array(m);
      this.out.flagged = new Uint32Array(m);
      this.out.unflagged = new Uint32Array(m);
    }
    let { hi, lo, fl, hi2, lo2, fl2 } = this;
    const words = new Uint32Array(keys.buffer, keys.byteOffset, 2 * m);
    for (let j = 0; j < m; j++) {
      const l = words[2 * j];
      const h = words[2 * j + 1];
      if (h & 0x80000000) {
        hi[j] = ~h >>> 0;
        lo[j] = ~l >>> 0;
      } else {
        hi[j] = (h | 0x80000000) >>> 0;
        lo[j] = l;
      }
      fl[j] = flags[j];
    }
    const counts = this.counts;
    for (let d = 0; d < 6; d++) {
      const src = d < 3 ? lo : hi;
      const shift = (d % 3) * 11;
      counts.fill(0);
      for (let j = 0; j < m; j++) counts[(src[j] >>> shift) & 0x7ff]++;
      if (counts[(src[0] >>> shift) & 0x7ff] === m) continue; // one bucket: nothing to do
      for (let b = 0, sum = 0; b < 2048; b++) {
        const c = counts[b];
        counts[b] = sum;
        sum += c;
      }
      for (let j = 0; j < m; j++) {
        const at = counts[(src[j] >>> shift) & 0x7ff]++;
        hi2[at] = hi[j];
        lo2[at] = lo[j];
        fl2[at] = fl[j];
      }
      [hi, hi2] = [hi2, hi];
      [lo, lo2] = [lo2, lo];
      [fl, fl2] = [fl2, fl];
    }
    // Groups of equal bits, each key decoded back to its float64.
    const out = this.out;
    const outWords = new Uint32Array(out.keys.buffer);
    let g = 0;
    let f = 0;
    let c = 0;
    for (let j = 0; j < m; j++) {
      f += fl[j];
      c++;
      if (j + 1 < m && hi[j] === hi[j + 1] && lo[j] === lo[j + 1]) continue;
      const h = hi[j];
      if (h & 0x80000000) {
        outWords[2 * g + 1] = h & 0x7fffffff;
        outWords[2 * g] = lo[j];
      } else {
        outWords[2 * g + 1] = ~h >>> 0;
        outWords[2 * g] = ~lo[j] >>> 0;
      }
      out.flagged[g] = f;
      out.unflagged[g] = c - f;
      g++;
      f = 0;
      c = 0;
    }
    out.length = g;
    return g;
  }

  /** The groups of the last sort: copied (to keep), or the sorter's own buffers (to write now). */
  run(groups: number, copy: boolean): MemoryRun {
    const out = this.out;
    if (!copy)
      return {
        keys: out.keys.subarray(0, groups),
        flagged: out.flagged.subarray(0, groups),
        unflagged: out.unflagged.subarray(0, groups),
        length: groups,
      };
    return {
      keys: out.keys.slice(0, groups),
      flagged: out.flagged.slice(0, groups),
      unflagged: out.unflagged.slice(0, groups),
      length: groups,
    };
  }
}

interface MemoryRun {
  keys: Float64Array;
  flagged: Uint32Array;
  unflagged: Uint32Array;
  length: number;
}

interface Cursor {
  valid: boolean;
  key: number;
  flagged: number;
  unflagged: number;
  /** Moves to the next group; false at the end of the run. */
  advance(): boolean;
  close(): void;
}

class MemoryCursor implements Cursor {
  valid: boolean;
  key = 0;
  flagged = 0;
  unflagged = 0;
  private at = -1;

  constructor(private readonly run: MemoryRun) {
    this.valid = this.advance();
  }

  advance(): boolean {
    const at = ++this.at;
    if (at >= this.run.length) return false;
    this.key = this.run.keys[at];
    this.flagged = this.run.flagged[at];
    this.unflagged = this.run.unflagged[at];
    return true;
  }

  close(): void {}
}

/** Groups read back from a run file a block at a time. */
const BLOCK = 1 << 13;

class FileCursor implements Cursor {
  valid: boolean;
  key = 0;
  flagged = 0;
  unflagged = 0;
  private fd: number;
  private readonly keys = new Float64Array(BLOCK);
  private readonly flaggedBlock = new Uint32Array(BLOCK);
  private readonly unflaggedBlock = new Uint32Array(BLOCK);
  /** First group of the block in the run, groups in the block, position in the block. */
  private start = 0;
  private inBlock = 0;
  private at = -1;

  constructor(
    readonly path: string,
    private readonly length: number,
  ) {
    this.fd = openSync(path, 'r');
    this.load(0);
    this.valid = this.advance();
  }

  private load(start: number): void {
    const count = Math.min(BLOCK, this.length - start);
    const n = this.length;
    readAll(this.fd, this.keys, count, start * 8);
    readAll(this.fd, this.flaggedBlock, count, n * 8 + start * 4);
    readAll(this.fd, this.unflaggedBlock, count, n * 12 + start * 4);
    this.start = start;
    this.inBlock = count;
    this.at = -1;
  }

  advance(): boolean {
    if (this.at + 1 >= this.inBlock) {
      const next = this.start + this.inBlock;
      if (next >= this.length) return false;
      this.load(next);
    }
    const at = ++this.at;
    this.key = this.keys[at];
    this.flagged = this.flaggedBlock[at];
    this.unflagged = this.unflaggedBlock[at];
    return true;
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

function writeAll(fd: number, values: Float64Array | Uint32Array): void {
  const view = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let done = 0;
  while (done < view.length) done += writeSync(fd, view, done, view.length - done);
}

function readAll(fd: number, out: Float64Array | Uint32Array, count: number, position: number): void {
  const bytes = count * out.BYTES_PER_ELEMENT;
  const view = new Uint8Array(out.buffer, out.byteOffset, bytes);
  let done = 0;
  while (done < bytes) {
    const got = readSync(fd, view, done, bytes - done, position + done);
    if (got === 0) throw new Error('model-gate: a sorted run file ended early');
    done += got;
  }
}

function heapify<T>(heap: T[], less: (a: T, b: T) => boolean): void {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i, less);
}

function siftDown<T>(heap: T[], i: number, less: (a: T, b: T) => boolean): void {
  const n = heap.length;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) return;
    const r = l + 1;
    const c = r < n && less(heap[r], heap[l]) ? r : l;
    if (!less(heap[c], heap[i])) return;
    const t = heap[c];
    heap[c] = heap[i];
    heap[i] = t;
    i = c;
  }
}

/** No second row: the group has one pair. */
export const NO_ROW = 0xffffffff;
const TWO32 = 4294967296;

/**
 * A multiset of (key, row) pairs walked once, by ascending key, as groups of equal keys with
 * their count and their two smallest rows: what the streamed duplicate-id check needs (key = a
 * 52-bit hash of the id, row = its row index; a group with two rows or more is a candidate
 * duplicate), in bounded memory. The scheme of `SortedGroups`: pairs are buffered up to `chunk`,
 * radix-sorted into a run of groups, each run but the last written to a file in `dir`, and `walk`
 * merges the runs (k-way). Keys are integers in [0, 2^53); rows integers in [0, 2^32 − 1),
 * pushed in ascending order (the sort is stable, so a group's rows come out ascending).
 */
export class KeyRowGroups {
  private keys = new Float64Array(0);
  private rows = new Uint32Array(0);
  private size = 0;
  private readonly fileRuns: { path: string; length: number }[] = [];
  private sorter = new KeyRowSorter();
  /** Pairs pushed. */
  count = 0;

  constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly chunk: number,
  ) {}

  push(key: number, row: number): void {
    if (this.size === this.keys.length) this.grow();
    this.keys[this.size] = key;
    this.rows[this.size++] = row;
    this.count++;
  }

  private grow(): void {
    if (this.size >= this.chunk) {
      this.writeRun(this.sorter.sort(this.keys, this.rows, this.size));
      this.size = 0;
      return;
    }
    const cap = Math.min(this.chunk, Math.max(1024, this.keys.length * 2));
    const keys = new Float64Array(cap);
    keys.set(this.keys.subarray(0, this.size));
    const rows = new Uint32Array(cap);
    rows.set(this.rows.subarray(0, this.size));
    this.keys = keys;
    this.rows = rows;
  }

  private writeRun(run: KeyRowRun): void {
    const path = join(this.dir, `${this.name}-${this.fileRuns.length}.bin`);
    const fd = openSync(path, 'w');
    try {
      writeAll(fd, run.keys);
      writeAll(fd, run.counts);
      writeAll(fd, run.first);
      writeAll(fd, run.second);
    } finally {
      closeSync(fd);
    }
    this.fileRuns.push({ path, length: run.length });
  }

  /**
   * Calls `visit(key, count, first, second)` for each distinct key, ascending: `first` and
   * `second` are the group's two smallest rows (`second` is `NO_ROW` when `count` is 1).
   * Consumes the pairs (call once, after the last `push`).
   */
  walk(visit: (key: number, count: number, first: number, second: number) => void): void {
    const last = this.size > 0 ? this.sorter.sort(this.keys, this.rows, this.size) : null;
    this.size = 0;
    this.keys = new Float64Array(0);
    this.rows = new Uint32Array(0);
    const cursors: KeyRowCursor[] = [];
    try {
      for (const f of this.fileRuns) cursors.push(new KeyRowCursor(f.path, f.length, null));
      if (last) cursors.push(new KeyRowCursor('', last.length, last));
      const heap = cursors.filter((c) => c.valid);
      const less = (a: KeyRowCursor, b: KeyRowCursor): boolean => a.key < b.key;
      heapify(heap, less);
      let have = false;
      let key = 0;
      let count = 0;
      let first = NO_ROW;
      let second = NO_ROW;
      while (heap.length > 0) {
        const top = heap[0];
        if (have && top.key !== key) {
          visit(key, count, first, second);
          count = 0;
          first = NO_ROW;
          second = NO_ROW;
        }
        have = true;
        key = top.key;
        count += top.count;
        // The two smallest of {first, second} ∪ {top.first, top.second} (NO_ROW is the largest).
        if (top.first < first) {
          second = Math.min(first, top.second);
          first = top.first;
        } else if (top.first < second) second = top.first;
        if (!top.advance()) {
          const end = heap.pop()!;
          if (heap.length === 0) break;
          heap[0] = end;
        }
        siftDown(heap, 0, less);
      }
      if (have) visit(key, count, first, second);
    } finally {
      for (const c of cursors) c.close();
      this.sorter = new KeyRowSorter();
    }
  }
}

interface KeyRowRun {
  keys: Float64Array;
  counts: Uint32Array;
  first: Uint32Array;
  second: Uint32Array;
  length: number;
}

/**
 * Sorts (key, row) pairs by key (stable LSD radix sort of the key's 21 high and 32 low bits,
 * 11-bit digits) and collapses equal keys into groups, reusing its buffers from run to run.
 */
class KeyRowSorter {
  private hi = new Uint32Array(0);
  private lo = new Uint32Array(0);
  private rw = new Uint32Array(0);
  private hi2 = new Uint32Array(0);
  private lo2 = new Uint32Array(0);
  private rw2 = new Uint32Array(0);
  private readonly counts = new Int32Array(2048);
  private readonly out: KeyRowRun = {
    keys: new Float64Array(0),
    counts: new Uint32Array(0),
    first: new Uint32Array(0),
    second: new Uint32Array(0),
    length: 0,
  };

  /** The groups of the first m pairs, in the sorter's own buffers (valid until the next sort). */
  sort(keys: Float64Array, rows: Uint32Array, m: number): KeyRowRun {
    if (this.hi.length < m) {
      this.hi = new Uint32Array(m);
      this.lo = new Uint32Array(m);
      this.rw = new Uint32Array(m);
      this.hi2 = new Uint32Array(m);
      this.lo2 = new Uint32Array(m);
      this.rw2 = new Uint32Array(m);
      this.out.keys = new Float64Array(m);
      this.out.counts = new Uint32Array(m);
      this.out.first = new Uint32Array(m);
      this.out.second = new Uint32Array(m);
    }
    let { hi, lo, rw, hi2, lo2, rw2 } = this;
    for (let j = 0; j < m; j++) {
      const k = keys[j];
      const h = Math.floor(k / TWO32);
      hi[j] = h;
      lo[j] = k - h * TWO32;
      rw[j] = rows[j];
    }
    const counts = this.counts;
    for (let d = 0; d < 5; d++) {
      const src = d < 3 ? lo : hi;
      const shift = (d < 3 ? d : d - 3) * 11;
      counts.fill(0);
      for (let j = 0; j < m; j++) counts[(src[j] >>> shift) & 0x7ff]++;
      if (counts[(src[0] >>> shift) & 0x7ff] === m) continue; // one bucket: nothing to do
      for (let b = 0, sum = 0; b < 2048; b++) {
        const c = counts[b];
        counts[b] = sum;
        sum += c;
      }
      for (let j = 0; j < m; j++) {
        const at = counts[(src[j] >>> shift) & 0x7ff]++;
        hi2[at] = hi[j];
        lo2[at] = lo[j];
        rw2[at] = rw[j];
      }
      [hi, hi2] = [hi2, hi];
      [lo, lo2] = [lo2, lo];
      [rw, rw2] = [rw2, rw];
    }
    const out = this.out;
    let g = 0;
    for (let j = 0; j < m;) {
      let e = j + 1;
      while (e < m && hi[e] === hi[j] && lo[e] === lo[j]) e++;
      out.keys[g] = hi[j] * TWO32 + lo[j];
      out.counts[g] = e - j;
      out.first[g] = rw[j];
      out.second[g] = e - j > 1 ? rw[j + 1] : NO_ROW;
      g++;
      j = e;
    }
    out.length = g;
    return {
      keys: out.keys.subarray(0, g),
      counts: out.counts.subarray(0, g),
      first: out.first.subarray(0, g),
      second: out.second.subarray(0, g),
      length: g,
    };
  }
}

/** The groups of one run, from memory or read back from its file a block at a time. */
class KeyRowCursor {
  valid: boolean;
  key = 0;
  count = 0;
  first = 0;
  second = 0;
  private fd = -1;
  private readonly block: KeyRowRun;
  private start = 0;
  private inBlock = 0;
  private at = -1;

  constructor(
    readonly path: string,
    private readonly length: number,
    memory: KeyRowRun | null,
  ) {
    if (memory) {
      this.block = memory;
      this.inBlock = memory.length;
    } else {
      this.fd = openSync(path, 'r');
      this.block = {
        keys: new Float64Array(BLOCK),
        counts: new Uint32Array(BLOCK),
        first: new Uint32Array(BLOCK),
        second: new Uint32Array(BLOCK),
        length: 0,
      };
      this.load(0);
    }
    this.valid = this.advance();
  }

  private load(start: number): void {
    const count = Math.min(BLOCK, this.length - start);
    const n = this.length;
    const b = this.block;
    readAll(this.fd, b.keys, count, start * 8);
    readAll(this.fd, b.counts, count, n * 8 + start * 4);
    readAll(this.fd, b.first, count, n * 12 + start * 4);
    readAll(this.fd, b.second, count, n * 16 + start * 4);
    this.start = start;
    this.inBlock = count;
    this.at = -1;
  }

  advance(): boolean {
    if (this.at + 1 >= this.inBlock) {
      const next = this.start + this.inBlock;
      if (this.fd < 0 || next >= this.length) return false;
      this.load(next);
    }
    const at = ++this.at;
    const b = this.block;
    this.key = b.keys[at];
    this.count = b.counts[at];
    this.first = b.first[at];
    this.second = b.second[at];
    return true;
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}
