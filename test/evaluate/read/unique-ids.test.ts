import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATE_OPTIONS, type EvaluateOptions } from '../../../src/result/evaluation-data.js';
import {
  readEvaluationData,
  readEvaluationStream,
  type IdHash,
  type StreamSetup,
} from '../../../src/evaluate/read/index.js';
import { KeyRowGroups, NO_ROW } from '../../../src/util/sorted-groups.js';
import { silentLogger } from '../../../src/util/progress.js';

// A single streamed file with an id column checks its ids for duplicates without keeping them
// (52-bit hashes through an external sort, candidates confirmed by re-reading the file). The
// error — file, both line numbers, wording — and which error wins when a row is also invalid
// must be exactly those of the in-memory path; the fingerprint too.

const dir = mkdtempSync(join(tmpdir(), 'model-gate-unique-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** N rows `r<i>,<label>,<prediction>,<score>`, with `edit(i)` replacing a row's cells. */
function bigCsv(name: string, n: number, edit: (i: number) => string | undefined = () => undefined): string {
  const lines = ['id,label,prediction,score'];
  for (let i = 0; i < n; i++) {
    const label = (i * 7919) % 3 === 0 ? 1 : 0;
    lines.push(edit(i) ?? `r${i},${label},${i % 5 === 0 ? 1 - label : label},${((i * 37) % 1000) / 1000}`);
  }
  return file(name, lines.join('\n') + '\n');
}

type Outcome = { error: string } | { fingerprint: string; n: number };

async function inMemory(options: EvaluateOptions): Promise<Outcome> {
  try {
    const { data, stats } = await readEvaluationData(options, silentLogger);
    return { fingerprint: stats.fingerprint, n: data.n };
  } catch (err) {
    return { error: `${(err as Error).constructor.name}: ${(err as Error).message}` };
  }
}

async function streamed(options: EvaluateOptions, setup: Omit<StreamSetup, 'dir'>): Promise<Outcome> {
  const spill = mkdtempSync(join(dir, 'spill-'));
  try {
    const read = await readEvaluationStream(options, silentLogger, { dir: spill, ...setup });
    if (read.stream === null) throw new Error('expected a stream');
    try {
      read.stream.replay(() => {});
      return { fingerprint: read.stats.fingerprint, n: read.stream.meta.n };
    } finally {
      read.stream.close();
    }
  } catch (err) {
    return { error: `${(err as Error).constructor.name}: ${(err as Error).message}` };
  } finally {
    rmSync(spill, { recursive: true, force: true });
  }
}

const SIZES: Omit<StreamSetup, 'dir'>[] = [
  {},
  { batchRows: 7, idSortChunk: 2 },
  { batchRows: 1000, idSortChunk: 999 },
];

/** The streamed outcome for each setup equals the in-memory one; returns it. */
async function same(
  predictions: string,
  setups: Omit<StreamSetup, 'dir'>[] = SIZES,
  extra: Partial<EvaluateOptions> = {},
): Promise<Outcome> {
  const options: EvaluateOptions = { ...DEFAULT_EVALUATE_OPTIONS, predictions, ...extra };
  const memory = await inMemory(options);
  for (const setup of setups) expect(await streamed(options, setup), JSON.stringify(setup)).toEqual(memory);
  return memory;
}

const errorOf = (o: Outcome): string => ('error' in o ? o.error : 'no error');

describe('streamed duplicate-id check', () => {
  it('a duplicate in the first batch: both lines, as in memory', async () => {
    const path = file('dup.csv', 'id,label,prediction\nx1,a,a\nx2,b,b\nx3,a,a\nx2,a,b\n');
    const out = await same(path);
    expect(errorOf(out)).toBe(
      `InputError: ${path}, line 5, column "id": duplicate id "x2": it first appears on line 3. ` +
        'Ids must be unique within a file.',
    );
  });

  it('unique ids: no error, same fingerprint (CSV, JSON Lines with escaped ids, gzip)', async () => {
    const csv = file('unique.csv', 'id,label,prediction\nx1,a,a\nx2,b,b\n"x,3",a,a\n');
    const out = await same(csv);
    expect(out).toMatchObject({ n: 3 });
    const jsonl = file(
      'unique.jsonl',
      '{"id":"a\\u0062","label":"a","prediction":"a"}\n{"id":"ac","label":"b","prediction":"b"}\n' +
        '{"id":12,"label":"b","prediction":"a"}\n',
    );
    expect(await same(jsonl)).toMatchObject({ n: 3 });
    expect(await same(file('unique.csv.gz', gzipSync(readFileSync(csv))))).toEqual(out);
  });

  it('an id written differently but equal once decoded (JSON escapes) is a duplicate', async () => {
    const path = file(
      'escaped.jsonl',
      '{"id":"ab","label":"a","prediction":"a"}\n{"id":"x","label":"b","prediction":"b"}\n' +
        '{"id":"a\\u0062","label":"a","prediction":"b"}\n',
    );
    expect(errorOf(await same(path))).toMatch(
      /line 3, column "id": duplicate id "ab": it first appears on line 1\./,
    );
  });

  it('across batches, tiny batches and sort chunks: the first repeat in file order', async () => {
    // Two repeats in the second id batch (rows 32768…65535), another in the third, a triple.
    const moved: Record<number, string> = { 50_000: 'r40000', 60_000: 'r5', 70_000: 'r10' };
    const path = bigCsv('across.csv', 80_000, (i) => (moved[i] ? `${moved[i]},1,1,0.5` : undefined));
    const sizes = [{}, { batchRows: 7, idSortChunk: 1000 }, { batchRows: 4096, idSortChunk: 777 }];
    expect(errorOf(await same(path, sizes))).toBe(
      `InputError: ${path}, line 50002, column "id": duplicate id "r40000": it first appears on line 40002. ` +
        'Ids must be unique within a file.',
    );
    const triple = bigCsv('triple.csv', 40_000, (i) =>
      i === 30_100 || i === 30_200 ? 'r30000,0,1,0.1' : undefined,
    );
    expect(errorOf(await same(triple, sizes))).toMatch(
      /line 30102, .*"r30000": it first appears on line 30002\./,
    );
    // A gzipped file, re-read (and decompressed) again for the confirmation.
    const gz = file('across.csv.gz', gzipSync(readFileSync(path)));
    expect(errorOf(await same(gz, sizes))).toMatch(
      /line 50002, .*"r40000": it first appears on line 40002\./,
    );
  });

  it('which error wins when a row is also invalid: the same as in memory', async () => {
    const sizes = [{}, { batchRows: 100, idSortChunk: 500 }];
    // The repeat (row 40,000) and an empty label (row 50,000) in the same id batch: the label
    // error comes first (the batch's ids are checked once it is complete).
    const sameBatch = bigCsv('prec1.csv', 80_000, (i) =>
      i === 40_000 ? 'r39000,1,1,0.5' : i === 50_000 ? 'r50000,,1,0.5' : undefined,
    );
    expect(errorOf(await same(sameBatch, sizes))).toMatch(/line 50002, column "label": empty label/);
    // The empty label in a later batch: the duplicate comes first.
    const laterBatch = bigCsv('prec2.csv', 80_000, (i) =>
      i === 40_000 ? 'r39000,1,1,0.5' : i === 70_000 ? 'r70000,,1,0.5' : undefined,
    );
    expect(errorOf(await same(laterBatch, sizes))).toMatch(/line 40002, column "id": duplicate id "r39000"/);
    // A malformed row (too many cells) in a later batch, and a bad score: the duplicate again.
    const malformed = bigCsv('prec3.csv', 80_000, (i) =>
      i === 40_000 ? 'r39000,1,1,0.5' : i === 66_000 ? 'r66000,1,1,0.5,extra' : undefined,
    );
    expect(errorOf(await same(malformed, sizes))).toMatch(/duplicate id "r39000"/);
    const score = bigCsv('prec4.csv', 80_000, (i) =>
      i === 10 ? 'r9,1,1,0.5' : i === 32_767 ? 'r32767,1,1,oops' : undefined,
    );
    expect(errorOf(await same(score, sizes, { scoreColumn: 'score' }))).toMatch(/line 32769, column "score"/);
    // One row later (the first of the next batch), the duplicate comes first.
    const score2 = bigCsv('prec5.csv', 80_000, (i) =>
      i === 10 ? 'r9,1,1,0.5' : i === 32_768 ? 'r32768,1,1,oops' : undefined,
    );
    expect(errorOf(await same(score2, sizes, { scoreColumn: 'score' }))).toMatch(/line 12, column "id"/);
  });

  it('a hash shared by different ids is not an error; a real duplicate among them still is', async () => {
    const constant: IdHash = () => 42;
    const byLength: IdHash = (_buf, s, e) => e - s;
    const setups = [{ idHash: constant }, { idHash: byLength, batchRows: 3, idSortChunk: 2 }];
    const unique = file('collide.csv', 'id,label,prediction\nx1,a,a\nx2,b,b\ny3,a,a\nlonger,b,a\n');
    expect(await same(unique, setups)).toMatchObject({ n: 4 });
    const dup = file('collide-dup.csv', 'id,label,prediction\nx1,a,a\nx2,b,b\ny3,a,a\nx2,b,a\nx1,a,a\n');
    expect(errorOf(await same(dup, setups))).toMatch(
      /line 5, column "id": duplicate id "x2": it first appears on line 3\./,
    );
    // Many distinct ids over few hashes, in a large file.
    const big = bigCsv('collide-big.csv', 50_000);
    expect(await same(big, [{ idHash: byLength, idSortChunk: 1000 }])).toMatchObject({ n: 50_000 });
  });

  it('more colliding hashes than are confirmed at once: every id is compared', async () => {
    // Ids a<i> and b<i> share hash i: 70,000 candidate groups, none a duplicate, then one is.
    const pairs: IdHash = (buf, s, e) => {
      let v = 0;
      for (let i = s + 1; i < e; i++) v = v * 10 + buf[i] - 48;
      return v;
    };
    const n = 70_000;
    const rows = (last: string): string => {
      const lines = ['id,label,prediction'];
      for (let i = 0; i < n; i++) lines.push(`a${i},${i % 2},${i % 3 === 0 ? 1 : 0}`);
      for (let i = 0; i < n; i++) lines.push(`b${i},${i % 2},1`);
      lines.push(last);
      return lines.join('\n') + '\n';
    };
    const setups = [{ idHash: pairs, idSortChunk: 20_000 }];
    expect(await same(file('pairs.csv', rows('c1,1,1')), setups)).toMatchObject({ n: 2 * n + 1 });
    expect(errorOf(await same(file('pairs-dup.csv', rows('b69999,1,1')), setups))).toMatch(
      /line 140002, column "id": duplicate id "b69999": it first appears on line 140001\./,
    );
  });
});

describe('KeyRowGroups (the external sort behind the check)', () => {
  it('groups equal keys with their count and two smallest rows, across runs on disk', () => {
    let seed = 7;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    for (const [n, range, chunk] of [
      [1, 10, 2],
      [1000, 50, 7],
      [5000, 2 ** 52, 333],
      [5000, 3000, 100_000],
    ]) {
      const spill = mkdtempSync(join(dir, 'groups-'));
      const groups = new KeyRowGroups(spill, 't', chunk);
      const expected = new Map<number, number[]>();
      for (let row = 0; row < n; row++) {
        // Keys spread over the whole 52-bit range, high and low words both varying.
        const key = Math.floor(random() * range) + (range > 2 ** 32 ? 0 : Math.floor(random() * 4) * 2 ** 40);
        groups.push(key, row);
        expected.set(key, [...(expected.get(key) ?? []), row]);
      }
      const got: [number, number, number, number][] = [];
      groups.walk((key, count, first, second) => got.push([key, count, first, second]));
      const want = [...expected.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([key, rows]) => [key, rows.length, rows[0], rows.length > 1 ? rows[1] : NO_ROW]);
      expect(got).toEqual(want);
      rmSync(spill, { recursive: true, force: true });
    }
  });
});
