import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate.js';
import {
  DEFAULT_EVALUATE_OPTIONS,
  type EvaluateOptions,
  type StreamingOptions,
} from '../../src/result/evaluation-data.js';
import type { Result } from '../../src/result/schema.js';

// The streaming path (evaluate with retainRows: false on row-aligned inputs) must give exactly —
// bit for bit, not approximately — the result of the in-memory path: metrics, per_class,
// confusion, errors, warnings and fingerprint. Tiny batches and sort chunks force the spooling,
// the sorted runs on disk and their merge (with ties across runs) on small files.

const FIXTURES = 'test/fixtures/metrics';
const NOW = new Date('2024-01-01T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'model-gate-stream-test-'));
const spillParent = join(dir, 'spill');
mkdirSync(spillParent);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Case {
  name: string;
  task: 'binary' | 'multiclass' | 'regression';
  positive: string | null;
  score_classes: string[] | null;
}
const { cases } = JSON.parse(readFileSync(`${FIXTURES}/cases.json`, 'utf8')) as { cases: Case[] };

function optionsFor(c: Case, predictions: string): EvaluateOptions {
  const header = readFileSync(`${FIXTURES}/${c.name}.csv`, 'utf8').split(/\r?\n/, 1)[0].split(',');
  const options: EvaluateOptions = { ...DEFAULT_EVALUATE_OPTIONS, predictions, task: c.task };
  if (c.task === 'binary' && header.includes('score')) options.scoreColumn = 'score';
  if (c.task === 'multiclass' && c.score_classes) options.scorePrefix = 'p_';
  if (c.positive !== null && c.task === 'binary') options.positiveLabel = c.positive;
  if (c.name.startsWith('missing_')) options.missing = 'count-as-wrong';
  return options;
}

/** Batch and sort sizes: the defaults, and tiny ones (about 30 sorted runs a score column). */
function sizesFor(rows: number): Omit<StreamingOptions, 'retainRows'>[] {
  const chunk = Math.max(3, Math.ceil(rows / 30));
  return [
    {},
    ...(rows <= 500 ? [{ batchRows: 1, sortChunk: Math.max(2, Math.ceil(rows / 50)) }] : []),
    { batchRows: 7, sortChunk: chunk },
    { batchRows: 64, sortChunk: chunk + 1 },
  ];
}

async function both(options: EvaluateOptions): Promise<{ memory: Result; streams: Result[] }> {
  const memory = (await evaluate(options, undefined, {}, NOW)).result;
  const streams: Result[] = [];
  for (const size of sizesFor(memory.n)) {
    const streamed = await evaluate(
      { ...options, retainRows: false, tmpDir: spillParent, ...size },
      undefined,
      {},
      NOW,
    );
    streams.push(streamed.result);
  }
  return { memory, streams };
}

/** Bit-identical: every number by Object.is, then the whole result structurally. */
function expectIdentical(actual: Result, expected: Result): void {
  for (const [name, value] of Object.entries(expected.metrics))
    expect(Object.is(actual.metrics[name], value), `${name}: ${actual.metrics[name]} vs ${value}`).toBe(true);
  expect(Object.keys(actual.metrics)).toEqual(Object.keys(expected.metrics));
  expect(actual).toStrictEqual(expected);
  // Nothing is left in the temp folder.
  expect(readdirSync(spillParent)).toEqual([]);
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

function writeCsv(name: string, rows: string[][], columns: number[]): string {
  const path = join(dir, name);
  writeFileSync(path, rows.map((r) => columns.map((c) => r[c]).join(',')).join('\n') + '\n');
  return path;
}

describe.each(cases.map((c) => [c.name, c] as const))('streaming equals in-memory: %s', (name, c) => {
  const file = `${FIXTURES}/${name}.csv`;

  it('one file with ids', async () => {
    const { memory, streams } = await both(optionsFor(c, file));
    for (const s of streams) expectIdentical(s, memory);
  });

  it('one file without ids (joined by position), and gzipped', async () => {
    const rows = csvRows(file);
    const keep = rows[0].map((_, i) => i).filter((i) => rows[0][i] !== 'id');
    const path = writeCsv(`${name}-noid.csv`, rows, keep);
    const { memory, streams } = await both(optionsFor(c, path));
    for (const s of streams) expectIdentical(s, memory);
    const gz = join(dir, `${name}-noid.csv.gz`);
    writeFileSync(gz, gzipSync(readFileSync(path)));
    const fromGz = await both(optionsFor(c, gz));
    for (const s of fromGz.streams) expectIdentical(s, fromGz.memory);
    expect(fromGz.memory.metrics).toStrictEqual(memory.metrics);
  });

  it('two files joined by position', async () => {
    const rows = csvRows(file);
    const labelCol = rows[0].indexOf('label');
    // A constant column keeps a row with an empty prediction from being a blank line.
    for (const [i, r] of rows.entries()) r.push(i === 0 ? 'note' : 'x');
    const predCols = rows[0].map((_, i) => i).filter((i) => rows[0][i] !== 'id' && i !== labelCol);
    const labels = writeCsv(`${name}-labels.csv`, rows, [labelCol]);
    const predictions = writeCsv(`${name}-preds.csv`, rows, predCols);
    const { memory, streams } = await both({ ...optionsFor(c, predictions), labels });
    for (const s of streams) expectIdentical(s, memory);
  });
});

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

describe('streaming on larger data: sorted runs spilled to disk and merged, ties across runs', () => {
  const random = prng(7);
  const n = 3001;

  it('binary scores with many ties (2 decimals), full precision, -0 and 0, both labels orders', async () => {
    for (const decimals of [2, 17]) {
      const lines = ['label,prediction,score'];
      for (let i = 0; i < n; i++) {
        const y = random() < 0.3 ? 1 : 0;
        let s = Math.min(1, Math.max(0, 0.3 * y + 0.7 * random()));
        if (decimals === 2) s = Math.round(s * 100) / 100;
        const cell = i % 97 === 0 ? (i % 2 ? '-0' : '0') : String(s);
        lines.push(`${y === 1 ? 'yes' : 'no'},${s >= 0.5 ? 'yes' : 'no'},${cell}`);
      }
      const path = join(dir, `big-binary-${decimals}.csv`);
      writeFileSync(path, lines.join('\n') + '\n');
      for (const positiveLabel of [undefined, 'no']) {
        const options: EvaluateOptions = {
          ...DEFAULT_EVALUATE_OPTIONS,
          predictions: path,
          scoreColumn: 'score',
          ...(positiveLabel ? { positiveLabel } : {}),
        };
        const memory = (await evaluate(options, undefined, {}, NOW)).result;
        expect(memory.metrics.roc_auc).toBeTypeOf('number');
        for (const size of [{ batchRows: 100, sortChunk: 37 }, { batchRows: 1000, sortChunk: 500 }, {}]) {
          const streamed = await evaluate(
            { ...options, retainRows: false, tmpDir: spillParent, ...size },
            undefined,
            {},
            NOW,
          );
          expect(streamed.data).toBeNull();
          expectIdentical(streamed.result, memory);
        }
      }
    }
  });

  it('decision scores (outside [0, 1]) with ties', async () => {
    const lines = ['label,prediction,score'];
    for (let i = 0; i < n; i++) {
      const y = random() < 0.5 ? 1 : 0;
      lines.push(`${y},${random() < 0.8 ? y : 1 - y},${Math.round((y + random() * 3 - 1.5) * 10) / 10}`);
    }
    const path = join(dir, 'big-decision.csv');
    writeFileSync(path, lines.join('\n') + '\n');
    const options: EvaluateOptions = { ...DEFAULT_EVALUATE_OPTIONS, predictions: path, scoreColumn: 'score' };
    const memory = (await evaluate(options, undefined, {}, NOW)).result;
    expect(memory.warnings.length).toBeGreaterThan(0);
    const streamed = await evaluate({
      ...options,
      retainRows: false,
      tmpDir: spillParent,
      batchRows: 50,
      sortChunk: 20,
    });
    expectIdentical({ ...streamed.result, created_at: memory.created_at }, memory);
  });

  it('multiclass probabilities (one-vs-rest AUC per column, log loss), columns out of order', async () => {
    const classes = ['c', 'a', 'b', 'd'];
    const lines = ['label,prediction,p_c,p_a,p_b,p_d'];
    for (let i = 0; i < n; i++) {
      const raw = classes.map(() => Math.round(random() * 20) / 20 + 0.01);
      const sum = raw.reduce((x, y) => x + y, 0);
      const p = raw.map((x) => x / sum);
      const y = classes[Math.floor(random() * 4)];
      const pred = classes[p.indexOf(Math.max(...p))];
      lines.push(`${y},${i % 50 === 0 ? '' : pred},${p.join(',')}`);
    }
    const path = join(dir, 'big-multiclass.csv');
    writeFileSync(path, lines.join('\n') + '\n');
    const options: EvaluateOptions = {
      ...DEFAULT_EVALUATE_OPTIONS,
      predictions: path,
      scorePrefix: 'p_',
      missing: 'count-as-wrong',
    };
    const memory = (await evaluate(options, undefined, {}, NOW)).result;
    expect(memory.metrics.roc_auc).toBeTypeOf('number');
    for (const size of [
      { batchRows: 128, sortChunk: 40 },
      { batchRows: 1 << 12, sortChunk: 4000 },
    ]) {
      const streamed = await evaluate(
        { ...options, retainRows: false, tmpDir: spillParent, ...size },
        undefined,
        {},
        NOW,
      );
      expectIdentical(streamed.result, memory);
    }
  });

  it('regression: median of |error| across runs (odd and even counts), R² in a second pass', async () => {
    for (const rows of [n, n + 1]) {
      const lines = ['label,prediction'];
      for (let i = 0; i < rows; i++) {
        const y = Math.round(random() * 1000) / 10;
        lines.push(`${y},${Math.round((y + random() * 4 - 2) * 10) / 10}`);
      }
      const path = join(dir, `big-regression-${rows}.csv`);
      writeFileSync(path, lines.join('\n') + '\n');
      const options: EvaluateOptions = { ...DEFAULT_EVALUATE_OPTIONS, predictions: path, task: 'regression' };
      const memory = (await evaluate(options, undefined, {}, NOW)).result;
      for (const size of [{ batchRows: 100, sortChunk: 33 }, {}]) {
        const streamed = await evaluate(
          { ...options, retainRows: false, tmpDir: spillParent, ...size },
          undefined,
          {},
          NOW,
        );
        expectIdentical(streamed.result, memory);
      }
    }
  });
});

describe('streaming: errors and what is kept', () => {
  async function errorOf(promise: Promise<unknown>): Promise<string> {
    try {
      await promise;
    } catch (err) {
      return (err as Error).message;
    }
    throw new Error('expected an error');
  }

  it('reports the same errors (line numbers beyond the first batch) and removes its temp folder', async () => {
    const lines = ['label,prediction,score'];
    for (let i = 0; i < 500; i++) lines.push(`${i % 2},${i % 3 === 0 ? 1 : 0},0.${i % 10}`);
    const bad = [...lines];
    bad[321] = '1,0,1.5x';
    const badScore = join(dir, 'bad-score.csv');
    writeFileSync(badScore, bad.join('\n') + '\n');
    const empty = [...lines];
    empty[400] = '1,,0.5';
    const emptyPrediction = join(dir, 'empty-prediction.csv');
    writeFileSync(emptyPrediction, empty.join('\n') + '\n');
    const labels = join(dir, 'short-labels.csv');
    writeFileSync(labels, ['label', ...lines.slice(1, 300).map((l) => l.split(',')[0])].join('\n') + '\n');
    const good = join(dir, 'good.csv');
    writeFileSync(good, lines.join('\n') + '\n');
    for (const options of [
      { predictions: badScore, scoreColumn: 'score' },
      { predictions: emptyPrediction, scoreColumn: 'score' },
      { predictions: good, labels, scoreColumn: 'score' },
      { predictions: good, task: 'multiclass' as const, scoreColumn: 'score' },
      { predictions: good, positiveLabel: 'maybe' },
    ]) {
      const full = { ...DEFAULT_EVALUATE_OPTIONS, ...options };
      const expected = await errorOf(evaluate(full));
      const actual = await errorOf(
        evaluate({ ...full, retainRows: false, tmpDir: spillParent, batchRows: 16, sortChunk: 8 }),
      );
      expect(actual).toBe(expected);
      expect(readdirSync(spillParent)).toEqual([]);
    }
  });

  it('streams JSON Lines (numbers as labels) the same way', async () => {
    const lines: string[] = [];
    const random = prng(3);
    for (let i = 0; i < 700; i++) {
      const y = random() < 0.4 ? 1 : 0;
      const score = Math.round(random() * 50) / 50;
      lines.push(JSON.stringify({ label: y, prediction: score >= 0.5 ? 1.0 : 0, score }));
    }
    const path = join(dir, 'rows.jsonl');
    writeFileSync(path, lines.join('\n') + '\n');
    const options = { ...DEFAULT_EVALUATE_OPTIONS, predictions: path, scoreColumn: 'score' };
    const memory = (await evaluate(options, undefined, {}, NOW)).result;
    const streamed = await evaluate(
      { ...options, retainRows: false, tmpDir: spillParent, batchRows: 50, sortChunk: 30 },
      undefined,
      {},
      NOW,
    );
    expectIdentical(streamed.result, memory);
  });

  it('keeps the rows when asked (default), and reads id joins into memory even when streaming', async () => {
    const labels = join(dir, 'id-labels.csv');
    writeFileSync(labels, 'id,label\na,1\nb,0\nc,1\n');
    const predictions = join(dir, 'id-preds.csv');
    writeFileSync(predictions, 'id,prediction\nc,1\na,0\nb,0\n');
    const options = { ...DEFAULT_EVALUATE_OPTIONS, predictions, labels };
    const kept = await evaluate(options, undefined, {}, NOW);
    expect(kept.data.n).toBe(3);
    const joined = await evaluate({ ...options, retainRows: false }, undefined, {}, NOW);
    expect(joined.data?.n).toBe(3);
    expect(joined.result).toStrictEqual(kept.result);
  });
});

describe('streaming equals in-memory: binary with --score-prefix (log loss over every column)', () => {
  const { cases: prefixCases } = JSON.parse(readFileSync(`${FIXTURES}/binary_prefix.json`, 'utf8')) as {
    cases: {
      name: string;
      columns: string[];
      y_true: string[];
      y_pred: string[];
      probabilities: number[][];
    }[];
  };
  for (const c of prefixCases)
    it(c.name, async () => {
      const rows = [`label,prediction,${c.columns.map((k) => `p_${k}`).join(',')}`];
      c.y_true.forEach((t, i) => rows.push(`${t},${c.y_pred[i]},${c.probabilities[i].join(',')}`));
      const path = join(dir, `prefix-${c.name}.csv`);
      writeFileSync(path, rows.join('\n') + '\n');
      const { memory, streams } = await both({
        ...DEFAULT_EVALUATE_OPTIONS,
        predictions: path,
        scorePrefix: 'p_',
      });
      expect(memory.task).toBe('binary');
      expect(memory.metrics.log_loss).not.toBeNull();
      for (const s of streams) expectIdentical(s, memory);
    });
});
