import { statSync } from 'node:fs';
import { InputError } from '../../errors.js';
import { KeyRowGroups, NO_ROW } from '../../util/sorted-groups.js';
import { silentLogger, type Logger } from '../../util/progress.js';
import { hashBytes, SEED_A, SEED_B, showValue } from './bytes.js';
import { makeCells, type Cells, type RowSink } from './cells.js';
import { ByteInterner } from './interner.js';
import { TableReader } from './table.js';

/** A 52-bit hash of an id's bytes: an integer in [0, 2^52), exact as a float64. */
export type IdHash = (buf: Uint8Array, start: number, end: number) => number;

/** Id pairs sorted in memory at a time by the streamed duplicate-id check (~56 bytes each). */
export const DEFAULT_ID_SORT_CHUNK = 1 << 18;
/** Candidate groups (a hash seen twice or more) confirmed by one re-scan. */
const MAX_CANDIDATES = 1 << 16;
const TWO32 = 4294967296;

/** The default `IdHash`: 52 bits of the two 32-bit hashes the fingerprint takes of each id. */
export function idKey(a: number, b: number): number {
  return (b & 0xfffff) * TWO32 + (a >>> 0);
}

/** The message of a duplicate id within a file, the same whichever path found it. */
export function duplicateIdError(
  file: string,
  idColumn: string,
  id: string,
  line: number,
  firstLine: number,
): InputError {
  return new InputError(
    { file, line, column: idColumn },
    `duplicate id ${showValue(id)}: it first appears on line ${firstLine}. Ids must be unique within a file.`,
  );
}

/**
 * The "ids must be unique within a file" check of a streamed file, in bounded memory: each row's
 * id goes in as a 52-bit hash with its row index (an external sort, `KeyRowGroups`), not as
 * bytes. `check(limit)` finds the hashes seen twice or more among rows [0, limit), then re-reads
 * the file comparing the bytes of those ids only, and throws the error the in-memory path throws
 * for the same rows (its first repeated id: the row, and the line where the id first appears). A
 * hash shared by different ids is not an error.
 */
export class StreamedIdCheck {
  private readonly groups: KeyRowGroups;
  private checked = false;

  constructor(
    private readonly file: string,
    private readonly idColumn: string,
    dir: string,
    chunk: number,
    /** Test hook: a hash to use instead of the default (e.g. one that collides on purpose). */
    readonly hash: IdHash | null = null,
  ) {
    this.groups = new KeyRowGroups(dir, 'ids', Math.max(2, chunk));
  }

  /** Row `row`'s id: bytes [s, e) of `buf`, whose fingerprint hashes are `a` and `b`. */
  add(buf: Buffer, s: number, e: number, a: number, b: number, row: number): void {
    if (row >= NO_ROW - 1) throw new Error('model-gate: the duplicate-id check counts at most 2^32 - 2 rows');
    this.groups.push(this.hash ? this.hash(buf, s, e) : idKey(a, b), row);
  }

  /**
   * Throws the duplicate-id error of rows [0, limit) if they repeat an id. Once only (it consumes
   * the sorted ids); the rows must all have been added.
   */
  async check(limit: number, logger: Logger = silentLogger): Promise<void> {
    if (this.checked) return;
    this.checked = true;
    // Candidates: groups whose second row is below the limit, the MAX_CANDIDATES with the lowest
    // second row. A group's first repeat cannot come before its second row, so a group dropped
    // (second row ≥ cutoff) cannot repeat an id before `cutoff`.
    let keys: number[] = [];
    let seconds: number[] = [];
    let cutoff = limit;
    const prune = (): void => {
      const order = seconds.map((_, i) => i).sort((x, y) => seconds[x] - seconds[y]);
      if (order.length > MAX_CANDIDATES) cutoff = Math.min(cutoff, seconds[order[MAX_CANDIDATES]]);
      const kept = order.slice(0, MAX_CANDIDATES);
      keys = kept.map((i) => keys[i]);
      seconds = kept.map((i) => seconds[i]);
    };
    this.groups.walk((key, _count, _first, second) => {
      if (second === NO_ROW || second >= cutoff) return;
      keys.push(key);
      seconds.push(second);
      if (keys.length >= 2 * MAX_CANDIDATES) prune();
    });
    if (keys.length > MAX_CANDIDATES) prune();
    if (keys.length === 0) return;
    const found = await this.rescan(new Set(keys), cutoff, logger);
    if (found) throw found;
    // Every candidate before the cutoff was a hash collision; beyond it (more than MAX_CANDIDATES
    // colliding hashes: never with the default hash) compare every id of the rows left.
    if (cutoff < limit) {
      const all = await this.rescan(null, limit, logger);
      if (all) throw all;
    }
  }

  /**
   * Re-reads rows [0, limit) and returns the error of the first row whose id repeats an earlier
   * one, comparing only ids whose hash is in `candidates` (every id when null); null if none.
   */
  private async rescan(
    candidates: Set<number> | null,
    limit: number,
    logger: Logger,
  ): Promise<InputError | null> {
    if (!statSync(this.file).isFile()) {
      // A pipe was read once and is gone (opening it again would wait for a new writer).
      return new InputError(
        { file: this.file, column: this.idColumn },
        'two rows share an id (ids must be unique within a file). The input is a pipe, which can be read only ' +
          'once, so the rows cannot be located: write it to a file and run again to see their lines.',
      );
    }
    const reader = await TableReader.open(this.file, 'predictions');
    try {
      const sink = new RescanSink(this, candidates, limit);
      const cells = reader.prepare([this.idColumn], sink);
      sink.cells = cells;
      const progress = logger.progress.start(`Checking ids in ${this.file}`);
      try {
        await reader.scan(progress);
      } catch (err) {
        if (err !== STOP) throw err;
      }
      progress.done(sink.found ? 'duplicate found' : 'no duplicates');
      return sink.found;
    } finally {
      reader.close();
    }
  }

  key(buf: Buffer, s: number, e: number): number {
    return this.hash
      ? this.hash(buf, s, e)
      : idKey(hashBytes(buf, s, e, SEED_A), hashBytes(buf, s, e, SEED_B));
  }

  error(id: string, line: number, firstLine: number): InputError {
    return duplicateIdError(this.file, this.idColumn, id, line, firstLine);
  }
}

/** Thrown by the re-scan's sink to stop the scan (never seen outside this file). */
const STOP = new Error('model-gate: re-scan stopped');

class RescanSink implements RowSink {
  cells: Cells = makeCells(1);
  found: InputError | null = null;
  private rows = 0;
  private readonly seen = new ByteInterner();
  private lines = new Int32Array(16);

  constructor(
    private readonly check: StreamedIdCheck,
    private readonly candidates: Set<number> | null,
    private readonly limit: number,
  ) {}

  row(buf: Buffer, line: number): void {
    const r = this.rows++;
    if (r >= this.limit) throw STOP;
    const s = this.cells.starts[0];
    const e = this.cells.ends[0];
    if (this.candidates !== null && !this.candidates.has(this.check.key(buf, s, e))) return;
    const idx = this.seen.add(buf, s, e);
    if (idx < 0) {
      this.found = this.check.error(buf.toString('utf8', s, e), line, this.lines[-idx - 1]);
      throw STOP;
    }
    if (idx === this.lines.length) {
      const lines = new Int32Array(idx * 2);
      lines.set(this.lines);
      this.lines = lines;
    }
    this.lines[idx] = line;
  }
}
