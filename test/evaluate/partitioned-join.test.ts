import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { DEFAULT_EVALUATE_OPTIONS, type EvaluateOptions } from '../../src/result/evaluation-data.js';
import type { Result } from '../../src/result/schema.js';

// Two files joined by id, streamed (evaluate with retainRows: false) through the partitioned
// join (`PartitionedJoin`: both files hash-partitioned by id to disk, joined a partition at a
// time, replayed in label order) must give exactly the in-memory join's result — bit for bit —
// and exactly its error messages (duplicate ids, with file and line), and leave no temp file.
// Tiny `partitionRows` force the partitioned path (and hundreds of partitions) on small files.

const FIXTURES = 'test/fixtures/metrics';
const NOW = new Date('2024-01-01T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'model-gate-partitioned-join-test-'));
const spillParent = join(dir, 'spill');
mkdirSync(spillParent);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The cells of each line, as written (quotes kept); the fixtures have no newline in a cell. */
function csvRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .map((l) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (const ch of l) {
        if (ch === '"') quoted = !quoted;
        if (ch === ',' && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += ch;
      }
      cells.push(cell);
      return cells;
    });
}

/**
 * Splits a one-file table (header first, with an `id` column) into a labels file (id, label)
 * and a predictions file (the other columns), each in its own shuffled order; `extra` prediction
 * rows with ids the labels file lacks are added.
 */
function splitShuffled(
  name: string,
  rows: string[][],
  seed: number,
  extra = 0,
): { labels: string; predictions: string } {
  const random = prng(seed);
  const header = rows[0];
  const id = header.indexOf('id');
  const label = header.indexOf('label');
  const predCols = header.map((_, i) => i).filter((i) => i !== label);
  const body = rows.slice(1);
  const labels = join(dir, `${name}-labels.csv`);
  writeFileSync(
    labels,
    [`id,label`, ...shuffle(body, random).map((r) => `${r[id]},${r[label]}`)].join('\n') + '\n',
  );
  const extraRows = Array.from({ length: extra }, (_, i) =>
    predCols.map((c) => (c === id ? `extra-${i}` : rows[1][c])),
  );
  const predictions = join(dir, `${name}-preds.csv`);
  writeFileSync(
    predictions,
    [
      predCols.map((c) => header[c]).join(','),
      ...shuffle([...body.map((r) => predCols.map((c) => r[c])), ...extraRows], random).map((r) =>
        r.join(','),
      ),
    ].join('\n') + '\n',
  );
  return { labels, predictions };
}

async function inMemory(options: EvaluateOptions): Promise<Result> {
  return (await evaluate(options, undefined, {}, NOW)).result;
}

/** The streamed evaluation through the partitioned join (asserting that it was partitioned). */
async function partitioned(
  options: EvaluateOptions,
  partitionRows: number,
  batchRows?: number,
  mustPartition = true,
): Promise<Result> {
  const streamed = await evaluate(
    {
      ...options,
      retainRows: false,
      tmpDir: spillParent,
      partitionRows,
      ...(batchRows ? { batchRows, sortChunk: 37 } : {}),
    },
    undefined,
    {},
    NOW,
  );
  if (mustPartition) expect(streamed.data, 'streamed through the partitioned join').toBeNull();
  expect(readdirSync(spillParent)).toEqual([]);
  return streamed.result;
}

/** Bit-identical: every number by Object.is, then the whole result structurally. */
function expectIdentical(actual: Result, expected: Result): void {
  for (const [name, value] of Object.entries(expected.metrics))
    expect(Object.is(actual.metrics[name], value), `${name}: ${actual.metrics[name]} vs ${value}`).toBe(true);
  expect(actual).toStrictEqual(expected);
}

async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
}

/** The same error from the in-memory join and the partitioned one; no temp file is left. */
async function expectSameError(options: EvaluateOptions, partitionRows = 1): Promise<string> {
  const expected = await errorOf(inMemory(options));
  const actual = await errorOf(
    evaluate({ ...options, retainRows: false, tmpDir: spillParent, partitionRows }, undefined, {}, NOW),
  );
  expect(actual).toBe(expected);
  expect(readdirSync(spillParent)).toEqual([]);
  return actual;
}

interface Case {
  name: string;
  task: 'binary' | 'multiclass' | 'regression';
  positive: string | null;
  score_classes: string[] | null;
}
const { cases } = JSON.parse(readFileSync(`${FIXTURES}/cases.json`, 'utf8')) as { cases: Case[] };

describe.each(cases.map((c) => [c.name, c] as const))(
  'partitioned join equals the in-memory join: %s',
  (name, c) => {
    it('shuffled files, extra predictions, 1 to many rows per partition', async () => {
      const rows = csvRows(`${FIXTURES}/${name}.csv`);
      const header = rows[0];
      const { labels, predictions } = splitShuffled(name, rows, name.length, 3);
      const options: EvaluateOptions = { ...DEFAULT_EVALUATE_OPTIONS, predictions, labels, task: c.task };
      if (c.task === 'binary' && header.includes('score')) options.scoreColumn = 'score';
      if (c.task === 'multiclass' && c.score_classes) options.scorePrefix = 'p_';
      if (c.positive !== null && c.task === 'binary') options.positiveLabel = c.positive;
      if (name.startsWith('missing_')) options.missing = 'count-as-wrong';
      const memory = await inMemory(options);
      expect(memory.errors.extra_predictions).toBe(3);
      // A one-row labels file is estimated at one row: joined in memory whatever the partition size.
      const many = memory.n > 1;
      for (const partitionRows of [1, 3])
        expectIdentical(await partitioned(options, partitionRows, undefined, many), memory);
      expectIdentical(await partitioned(options, 2, 5, many), memory);
    });
  },
);

describe('partitioned join on larger shuffled files', () => {
  const n = 3001;

  function table(
    kind: 'binary' | 'multiclass' | 'regression',
    random: () => number,
  ): { header: string[]; rows: string[][] } {
    const rows: string[][] = [];
    if (kind === 'binary') {
      for (let i = 0; i < n; i++) {
        const y = random() < 0.3 ? 1 : 0;
        const s = Math.round(Math.min(1, Math.max(0, 0.3 * y + 0.7 * random())) * 100) / 100;
        rows.push([`id${i}`, String(y), i % 211 === 0 ? '' : String(s >= 0.5 ? 1 : 0), String(s)]);
      }
      return { header: ['id', 'label', 'prediction', 'score'], rows };
    }
    if (kind === 'multiclass') {
      const classes = ['c', 'a', 'b', 'd'];
      for (let i = 0; i < n; i++) {
        const raw = classes.map(() => Math.round(random() * 20) / 20 + 0.01);
        const sum = raw.reduce((x, y) => x + y, 0);
        const p = raw.map((x) => x / sum);
        const y = classes[Math.floor(random() * 4)];
        rows.push([`r-${i}`, y, i % 50 === 0 ? '' : classes[p.indexOf(Math.max(...p))], ...p.map(String)]);
      }
      return { header: ['id', 'label', 'prediction', ...classes.map((k) => `p_${k}`)], rows };
    }
    for (let i = 0; i < n; i++) {
      const y = Math.round(random() * 1000) / 10;
      rows.push([String(i * 7919), String(y), String(Math.round((y + random() * 4 - 2) * 10) / 10)]);
    }
    return { header: ['id', 'label', 'prediction'], rows };
  }

  for (const kind of ['binary', 'multiclass', 'regression'] as const)
    it(`${kind}: missing and extra predictions, several partition and batch sizes`, async () => {
      const random = prng(kind.length);
      const { header, rows } = table(kind, random);
      // Every 97th label row has no prediction (classification: counted as wrong).
      const dropped = kind === 'regression' ? rows : rows.filter((_, i) => i % 97 !== 5);
      const { labels } = splitShuffled(`big-${kind}`, [header, ...rows], 11);
      const { predictions } = splitShuffled(`big-${kind}-dropped`, [header, ...dropped], 12, 40);
      const options: EvaluateOptions = {
        ...DEFAULT_EVALUATE_OPTIONS,
        predictions,
        labels,
        task: kind === 'regression' ? 'regression' : 'auto',
        missing: kind === 'regression' ? 'error' : 'count-as-wrong',
        ...(kind === 'binary'
          ? { scoreColumn: 'score' }
          : kind === 'multiclass'
            ? { scorePrefix: 'p_' }
            : {}),
      };
      const memory = await inMemory(options);
      expect(memory.errors.extra_predictions).toBe(40);
      if (kind !== 'regression') expect(memory.errors.missing_predictions).toBeGreaterThan(10);
      for (const [partitionRows, batchRows] of [
        [100, undefined],
        [1000, 64],
        [7, 1000],
      ] as const)
        expectIdentical(await partitioned(options, partitionRows, batchRows), memory);
    });
});

describe('partitioned join: errors with file and line, as the in-memory join', () => {
  function files(
    name: string,
    labelLines: string[],
    predLines: string[],
  ): { labels: string; predictions: string } {
    const labels = join(dir, `${name}-labels.csv`);
    const predictions = join(dir, `${name}-preds.csv`);
    writeFileSync(labels, ['id,label', ...labelLines].join('\n') + '\n');
    writeFileSync(predictions, ['id,prediction,score', ...predLines].join('\n') + '\n');
    return { labels, predictions };
  }
  const base = (f: { labels: string; predictions: string }): EvaluateOptions => ({
    ...DEFAULT_EVALUATE_OPTIONS,
    ...f,
    scoreColumn: 'score',
  });
  const ids = Array.from({ length: 400 }, (_, i) => `k${(i * 7919) % 100003}`);
  const labelLines = ids.map((id, i) => `${id},${i % 2}`);
  const predLines = shuffle(ids, prng(5)).map((id, i) => `${id},${i % 2},0.${i % 10}`);

  it('duplicate label ids: the first repeat (several, in different partitions)', async () => {
    const l = [...labelLines];
    l[300] = `${ids[3]},1`;
    l[120] = `${ids[250]},0`;
    l[200] = `${ids[10]},0`;
    const message = await expectSameError(base(files('dup-labels', l, predLines)));
    expect(message).toContain('line 202');
    expect(message).toContain('duplicate id');
  });

  it('duplicate prediction ids (several), and a duplicate before a bad row', async () => {
    const p = [...predLines];
    p[50] = p[10];
    p[390] = p[20];
    p[77] = p[60];
    const message = await expectSameError(base(files('dup-preds', labelLines, p)));
    expect(message).toContain('also has a prediction on line');
    // A bad score after the duplicates, in the same batch: the bad row is read first.
    const q = [...p];
    q[395] = `${ids[0]},1,2.5`;
    await expectSameError(base(files('dup-then-bad', labelLines, q)));
  });

  it('missing predictions (--missing error), empty ids, a bad label, a duplicate with an extra id', async () => {
    const p = predLines.filter((_, i) => i % 37 !== 3);
    const message = await expectSameError(base(files('missing', labelLines, p)));
    expect(message).toContain('have no prediction row');
    const emptyId = [...predLines];
    emptyId[250] = ',1,0.5';
    expect(await expectSameError(base(files('empty-id', labelLines, emptyId)))).toContain('line 252');
    const badLabel = [...labelLines];
    badLabel[180] = `${ids[180]},`;
    await expectSameError(base(files('bad-label', badLabel, predLines)));
    // Two prediction rows for an id the labels lack are extra rows, not a duplicate.
    const extra = [...predLines, 'zz,1,0.5', 'zz,0,0.5'];
    const memory = await inMemory(base(files('extra-twice', labelLines, extra)));
    expect(memory.errors.extra_predictions).toBe(2);
    expectIdentical(await partitioned(base(files('extra-twice', labelLines, extra)), 1), memory);
  });

  it('errors beyond the first batch of 32,768 rows: a duplicate in an earlier batch comes first', async () => {
    const many = 40000;
    const bigIds = Array.from({ length: many }, (_, i) => `id-${i}`);
    const l = bigIds.map((id, i) => `${id},${i % 2}`);
    const p = shuffle(bigIds, prng(9)).map((id, i) => `${id},${i % 2},0.${i % 10}`);
    // Labels: a repeat at row 1,000 and an empty label at row 39,000 (the next batch).
    const l1 = [...l];
    l1[1000] = `${bigIds[5]},1`;
    l1[39000] = `${bigIds[39000]},`;
    expect(await expectSameError(base(files('big-dup-label', l1, p)), 1000)).toContain('duplicate id');
    // In the same batch, the empty label (read before the batch's ids are checked) comes first.
    const l2 = [...l];
    l2[1000] = `${bigIds[5]},1`;
    l2[2000] = `${bigIds[2000]},`;
    expect(await expectSameError(base(files('big-dup-label-2', l2, p)), 1000)).toContain('empty label');
    // Predictions: a repeat in the first batch, a bad score in the second.
    const p1 = [...p];
    p1[100] = p1[7];
    p1[35000] = `${bigIds[0]},1,7`;
    expect(await expectSameError(base(files('big-dup-pred', l, p1)), 1000)).toContain(
      'also has a prediction',
    );
    // A duplicate label id comes before any error in the predictions.
    expect(await expectSameError(base(files('big-dup-both', l1.slice(0, 30000), p1)), 1000)).toContain(
      'first appears on line',
    );
  });
});
