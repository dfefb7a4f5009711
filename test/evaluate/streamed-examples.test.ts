import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { DEFAULT_EVALUATE_OPTIONS, type EvaluateOptions } from '../../src/result/evaluation-data.js';
import { readExamples, writeExamples } from '../../src/result/examples.js';

// `run` without a baseline streams the rows and writes the sidecar (examples.bin) a batch at a
// time as they are scored, never holding them. The file must be byte for byte the one written
// from the rows held in memory — for every task, one file with ids (external duplicate check), two
// files joined by id (the partitioned join, in label order), joined by position, ids that are not
// ASCII or not UTF-8 — and the result must not change.

const NOW = new Date('2024-01-01T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'model-gate-streamed-examples-test-'));
const spill = join(dir, 'spill');
mkdirSync(spill);
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

type Task = 'binary' | 'multiclass' | 'regression';
const N = 700;

/** Rows (id, label, prediction, scores…) of a task; some ids non-ASCII, one row without a prediction. */
function rowsOf(task: Task, seed: number): { header: string[]; rows: string[][] } {
  const random = prng(seed);
  const id = (i: number): string => (i % 11 === 0 ? `é-${i}` : i % 13 === 0 ? `名${i}` : `r${i}`);
  const rows: string[][] = [];
  if (task === 'regression') {
    for (let i = 0; i < N; i++) {
      const y = Math.round(random() * 1000) / 10;
      rows.push([id(i), String(y), String(Math.round((y + random() * 5) * 100) / 100)]);
    }
    return { header: ['id', 'label', 'prediction'], rows };
  }
  if (task === 'binary') {
    for (let i = 0; i < N; i++) {
      const y = random() < 0.4 ? 'yes' : 'no';
      const s = Math.round(random() * 100) / 100;
      rows.push([id(i), y, i === 5 ? '' : s >= 0.5 ? 'yes' : 'no', String(s)]);
    }
    return { header: ['id', 'label', 'prediction', 'score'], rows };
  }
  const classes = ['a', 'b', 'c'];
  for (let i = 0; i < N; i++) {
    const y = classes[Math.floor(random() * 3)];
    const p = [random(), random(), random()];
    const sum = p[0] + p[1] + p[2];
    const probs = p.map((x) => x / sum);
    const pred = classes[probs.indexOf(Math.max(...probs))];
    rows.push([id(i), y, i === 5 ? '' : pred, ...probs.map(String)]);
  }
  return { header: ['id', 'label', 'prediction', 'p_a', 'p_b', 'p_c'], rows };
}

function write(name: string, lines: string[][]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => l.join(',')).join('\n') + '\n');
  return path;
}

function optionsFor(task: Task, predictions: string, labels?: string): EvaluateOptions {
  return {
    ...DEFAULT_EVALUATE_OPTIONS,
    predictions,
    ...(labels ? { labels } : {}),
    task,
    ...(task === 'binary' ? { scoreColumn: 'score' } : {}),
    ...(task === 'multiclass' ? { scorePrefix: 'p_' } : {}),
    ...(task === 'regression' ? {} : { missing: 'count-as-wrong' as const }),
  };
}

/** The sidecar written from the rows in memory, and from the stream at several batch sizes. */
async function expectSameSidecar(options: EvaluateOptions, name: string): Promise<void> {
  const memory = await evaluate(options, undefined, {}, NOW);
  const expected = readFileSync(await writeExamples(join(dir, `${name}-memory`), memory.data));
  for (const [k, size] of [{}, { batchRows: 1 }, { batchRows: 64, partitionRows: 50 }].entries()) {
    const out = join(dir, `${name}-stream-${k}`);
    const streamed = await evaluate(
      { ...options, retainRows: false, tmpDir: spill, examplesDir: out, ...size },
      undefined,
      {},
      NOW,
    );
    expect(streamed.examplesPath).toBe(join(out, 'examples.bin'));
    // With a 50-row partition every layout streams (a join by id through the partitioned join).
    if (k === 2) expect(streamed.data).toBeNull();
    expect(streamed.result).toStrictEqual(memory.result);
    expect(readFileSync(streamed.examplesPath!).equals(expected), `${name} ${JSON.stringify(size)}`).toBe(
      true,
    );
    expect(readdirSync(out)).toEqual(['examples.bin']);
    expect(readdirSync(spill)).toEqual([]);
  }
  expect(await readExamples(join(dir, `${name}-memory`, 'examples.bin'))).toEqual(
    await readExamples(join(dir, `${name}-stream-2`, 'examples.bin')),
  );
}

describe.each(['binary', 'multiclass', 'regression'] as const)(
  'streamed sidecar equals in-memory: %s',
  (task) => {
    const { header, rows } = rowsOf(task, task.length);

    it('one file with ids', async () => {
      await expectSameSidecar(optionsFor(task, write(`${task}.csv`, [header, ...rows])), `${task}-one`);
    });

    it('two files joined by id (labels shuffled, partitioned join), and by position', async () => {
      const random = prng(3);
      const shuffled = [...rows].sort(() => random() - 0.5);
      const labels = write(`${task}-labels.csv`, [['id', 'label'], ...shuffled.map((r) => [r[0], r[1]])]);
      const predictions = write(`${task}-preds.csv`, [
        [header[0], ...header.slice(2)],
        ...rows.map((r) => [r[0], ...r.slice(2)]),
      ]);
      await expectSameSidecar(optionsFor(task, predictions, labels), `${task}-join`);
      const labelsByPosition = write(`${task}-labels-pos.csv`, [['label'], ...rows.map((r) => [r[1]])]);
      const predictionsByPosition = write(`${task}-preds-pos.csv`, [
        header.slice(2).concat('note'),
        ...rows.map((r) => [...r.slice(2), 'x']),
      ]);
      await expectSameSidecar(optionsFor(task, predictionsByPosition, labelsByPosition), `${task}-pos`);
    });
  },
);

it('ids that are not UTF-8 are written as their strings (U+FFFD), as from memory', async () => {
  const lines = [Buffer.from('id,label,prediction\n')];
  for (let i = 0; i < 300; i++)
    lines.push(
      Buffer.concat([
        Buffer.from(`x${i}`),
        i % 7 === 0 ? Buffer.from([0xff, 0xc3]) : Buffer.alloc(0),
        Buffer.from(`,${i % 2},${i % 3 === 0 ? 1 : 0}\n`),
      ]),
    );
  const path = join(dir, 'latin1-ids.csv');
  writeFileSync(path, Buffer.concat(lines));
  await expectSameSidecar({ ...DEFAULT_EVALUATE_OPTIONS, predictions: path }, 'latin1');
});
