import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { KeySorter } from './sort.js';

/**
 * Groups of equal keys, ascending by key, with `columns` of per-group counts or rows. A run file
 * holds the keys, then each column in turn.
 */
export interface Run {
  keys: Float64Array;
  columns: Uint32Array[];
  length: number;
}

/**
 * The external sort behind `SortedGroups` and `KeyRowGroups`: (key, value) pairs are buffered up
 * to `chunk`, radix-sorted and collapsed into a run of groups (`collapse` fixes what a group
 * records). A run is copied and kept in memory while the kept runs hold at most `memoryBudget`
 * groups, else written to a file in `dir`; the last run is merged from the buffers it was
 * collapsed into. `merge` walks the runs (k-way), combining the groups of equal keys across runs
 * (`add`, `end`), so the groups are exactly those of one sort of all pairs.
 */
export abstract class ExternalSort<Visit> {
  private keys = new Float64Array(0);
  private values = new Uint32Array(0);
  private size = 0;
  private readonly sorter = new KeySorter();
  private out: Run;
  private readonly memoryRuns: Run[] = [];
  private memoryGroups = 0;
  private readonly fileRuns: { path: string; length: number }[] = [];
  /** Pairs pushed. */
  count = 0;

  protected constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly chunk: number,
    private readonly memoryBudget: number,
    /** Columns a group records. */
    private readonly width: number,
    /** 11-bit digits in the high word of the radix keys `encode` writes. */
    private readonly hiDigits: number,
  ) {
    this.out = newRun(width, 0);
  }

  /** Writes the first m keys as order-preserving 64-bit radix keys (high and low words). */
  protected abstract encode(keys: Float64Array, m: number, hi: Uint32Array, lo: Uint32Array): void;

  /** Writes the groups of the first m entries of `sorted` to `out`; returns how many. */
  protected abstract collapse(sorted: KeySorter, m: number, out: Run): number;

  /**
   * For each distinct key, ascending, `merge` calls `add` with each run's group of that key (in
   * no set order), then `end`. Methods rather than closures made per walk: a new call target
   * deoptimizes the merge loop on each walk.
   */
  protected abstract add(columns: Uint32Array[], at: number): void;
  protected abstract end(key: number, visit: Visit): void;

  protected pushPair(key: number, value: number): void {
    if (this.size === this.keys.length) this.grow();
    this.keys[this.size] = key === 0 ? 0 : key;
    this.values[this.size++] = value;
    this.count++;
  }

  private grow(): void {
    if (this.size >= this.chunk) {
      const groups = this.sortBuffer();
      if (this.memoryGroups + groups <= this.memoryBudget) {
        const copy = newRun(this.width, groups);
        copy.keys.set(this.out.keys.subarray(0, groups));
        for (let c = 0; c < this.width; c++) copy.columns[c].set(this.out.columns[c].subarray(0, groups));
        this.memoryRuns.push(copy);
        this.memoryGroups += groups;
      } else this.writeRun(groups);
      return;
    }
    const cap = Math.min(this.chunk, Math.max(1024, this.keys.length * 2));
    const keys = new Float64Array(cap);
    keys.set(this.keys.subarray(0, this.size));
    this.keys = keys;
    this.sorter.reserveValues(cap, this.size);
    this.values = this.sorter.values;
  }

  /** Sorts the buffered pairs into groups in `out`; returns how many (the buffer is then empty). */
  private sortBuffer(): number {
    const m = this.size;
    this.size = 0;
    if (m === 0) return 0;
    const sorter = this.sorter;
    sorter.reserve(m);
    this.encode(this.keys, m, sorter.hi, sorter.lo);
    sorter.sort(m, this.hiDigits);
    // The values buffer is the sorter's, which the sort may have swapped for its other one.
    this.values = sorter.values;
    if (this.out.keys.length < m) this.out = newRun(this.width, m);
    return (this.out.length = this.collapse(sorter, m, this.out));
  }

  private writeRun(groups: number): void {
    const path = join(this.dir, `${this.name}-${this.fileRuns.length}.bin`);
    const fd = openSync(path, 'w');
    try {
      writeAll(fd, this.out.keys.subarray(0, groups));
      for (const c of this.out.columns) writeAll(fd, c.subarray(0, groups));
    } finally {
      closeSync(fd);
    }
    this.fileRuns.push({ path, length: groups });
  }

  /** Walks the groups of all pairs. Consumes the pairs: call once, after the last push. */
  protected merge(visit: Visit): void {
    const last = this.sortBuffer();
    this.keys = new Float64Array(0);
    this.values = new Uint32Array(0);
    this.sorter.release(); // the merge needs only `out`, which holds the last run
    const cursors: Cursor[] = this.memoryRuns.map((r) => new Cursor(r, -1, r.length));
    if (last > 0) cursors.push(new Cursor(this.out, -1, last));
    try {
      for (const f of this.fileRuns) {
        cursors.push(new Cursor(newRun(this.width, BLOCK), openSync(f.path, 'r'), f.length));
      }
      const heap = cursors.filter((c) => c.valid);
      for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i);
      this.mergeHeap(heap, visit);
    } finally {
      for (const c of cursors) c.close();
    }
  }

  /** Apart from `merge`, whose setup deoptimizes once per walk and would take the loop with it. */
  private mergeHeap(heap: Cursor[], visit: Visit): void {
    let have = false;
    let key = 0;
    while (heap.length > 0) {
      const top = heap[0];
      if (have && top.key !== key) this.end(key, visit);
      have = true;
      key = top.key;
      this.add(top.columns, top.at);
      if (!top.advance()) {
        const rest = heap.pop()!;
        if (heap.length === 0) break;
        heap[0] = rest;
      }
      siftDown(heap, 0);
    }
    if (have) this.end(key, visit);
  }
}

/** Groups read back from a run file a block at a time. */
const BLOCK = 1 << 13;

/** Every run is made here: one shape for all keeps the merge loop monomorphic. */
function newRun(width: number, n: number): Run {
  const columns: Uint32Array[] = [];
  for (let c = 0; c < width; c++) columns.push(new Uint32Array(n));
  return { keys: new Float64Array(n), columns, length: n };
}

/** The groups of one run: all in memory (no file, fd < 0), or read from its file a block at a time. */
class Cursor {
  valid = false;
  key = 0;
  /** Position of the current group in `columns`. */
  at = -1;
  readonly keys: Float64Array;
  readonly columns: Uint32Array[];
  /** First group of the block in the run, and groups in the block. */
  private start = 0;
  private inBlock = 0;

  constructor(
    block: Run,
    private fd: number,
    private readonly length: number,
  ) {
    this.keys = block.keys;
    this.columns = block.columns;
    if (fd >= 0) this.load(0);
    else this.inBlock = length;
    this.valid = this.advance();
  }

  private load(start: number): void {
    const count = Math.min(BLOCK, this.length - start);
    let position = this.length * 8;
    readAll(this.fd, this.keys, count, start * 8);
    for (const c of this.columns) {
      readAll(this.fd, c, count, position + start * 4);
      position += this.length * 4;
    }
    this.start = start;
    this.inBlock = count;
    this.at = -1;
  }

  /** Moves to the next group; false at the end of the run. */
  advance(): boolean {
    if (this.at + 1 >= this.inBlock) {
      const next = this.start + this.inBlock;
      if (this.fd < 0 || next >= this.length) return false;
      this.load(next);
    }
    this.key = this.keys[++this.at];
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

function siftDown(heap: Cursor[], i: number): void {
  const n = heap.length;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) return;
    const r = l + 1;
    const c = r < n && heap[r].key < heap[l].key ? r : l;
    if (!(heap[c].key < heap[i].key)) return;
    const t = heap[c];
    heap[c] = heap[i];
    heap[i] = t;
    i = c;
  }
}
