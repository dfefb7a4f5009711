import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoCrash, parseJson, runCli, tempDir, writeFixture, type CliRun } from './helpers.js';

// `evaluate` as a user reads it: the text summary, result.json on stdout or in a file, the
// markdown report, and the dataset fingerprint across formats and row orders.
const MULTICLASS = 'test/fixtures/metrics/multiclass_proba.csv';
let dir: string;
const file = (name: string) => join(dir, name);

// 40 three-class examples with a fixed, known set of mistakes (no randomness).
const CLASSES = ['cat', 'dog', 'bird'];
const rows = Array.from({ length: 40 }, (_, i) => {
  const label = CLASSES[i % 3];
  const prediction = i % 7 === 0 ? CLASSES[(i + 1) % 3] : i % 11 === 0 ? CLASSES[(i + 2) % 3] : label;
  return { id: `s${String(i).padStart(2, '0')}`, label, prediction };
});

function shuffled<T>(items: T[]): T[] {
  // A fixed permutation: reverse, then interleave the halves.
  const r = [...items].reverse();
  const half = Math.ceil(r.length / 2);
  return r.flatMap((_, i) => (i < half ? [r[i], r[i + half]] : [])).filter((x) => x !== undefined);
}

const csv = (items: typeof rows) => [
  'id,label,prediction',
  ...items.map((r) => `${r.id},${r.label},${r.prediction}`),
];

beforeAll(() => {
  dir = tempDir('model-gate-cli-evaluate-');
  writeFixture(dir, 'rows.csv', csv(rows));
  writeFixture(dir, 'rows-shuffled.csv', csv(shuffled(rows)));
  writeFixture(
    dir,
    'rows-one-label-changed.csv',
    csv(rows.map((r, i) => (i === 17 ? { ...r, label: r.label === 'cat' ? 'dog' : 'cat' } : r))),
  );
  writeFixture(dir, 'rows.tsv', [
    'id\tlabel\tprediction',
    ...shuffled(rows).map((r) => `${r.id}\t${r.label}\t${r.prediction}`),
  ]);
  writeFixture(
    dir,
    'rows.jsonl',
    rows.map((r) => JSON.stringify({ prediction: r.prediction, id: r.id, label: r.label })),
  );
  // CRLF and a BOM inside a gzip file.
  const crlf = '\ufeff' + csv(rows).join('\r\n') + '\r\n';
  writeFixture(dir, 'rows.csv.gz', gzipSync(Buffer.from(crlf, 'utf8')));
  // Labels in a separate file, predictions in another order.
  writeFixture(dir, 'labels.csv', ['id,label', ...rows.map((r) => `${r.id},${r.label}`)]);
  writeFixture(dir, 'predictions.csv', [
    'id,prediction',
    ...shuffled(rows).map((r) => `${r.id},${r.prediction}`),
  ]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function evaluateJson(args: string[]): Promise<{ run: CliRun; result: ReturnType<typeof parseJson> }> {
  const run = await runCli(['evaluate', ...args, '--format', 'json']);
  expectNoCrash(run);
  expect(run.code, run.stderr).toBe(0);
  return { run, result: parseJson(run) };
}

const CLASSIFICATION_METRICS = [
  'accuracy',
  'error_rate',
  'balanced_accuracy',
  'precision_macro',
  'recall_macro',
  'f1_macro',
  'precision_micro',
  'recall_micro',
  'f1_micro',
  'precision_weighted',
  'recall_weighted',
  'f1_weighted',
  'mcc',
  'cohen_kappa',
];

describe.concurrent('evaluate output formats', () => {
  it('text: headline metrics, the per-class table and the top confusions', async () => {
    const run = await runCli(['evaluate', '--predictions', MULTICLASS, '--score-prefix', 'p_']);
    expectNoCrash(run);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/multiclass · n = 600/);
    expect(out).toMatch(/accuracy\s+0\.7533/);
    for (const m of ['balanced_accuracy', 'f1_macro', 'mcc', 'cohen_kappa', 'roc_auc', 'log_loss'])
      expect(out).toMatch(new RegExp(`${m}\\s+\\d\\.\\d{4}`));
    expect(out).toMatch(/Per class/);
    expect(out).toMatch(/class\s+precision\s+recall\s+f1\s+support/);
    expect(out).toMatch(/alpha\s+0\.7722\s+0\.7673\s+0\.7697\s+159/);
    expect(out).toMatch(/Top confusions/);
    expect(out).toMatch(/gamma\s+delta\s+18/);
    // Not a TTY: no colour codes.
    expect(out).not.toContain('\u001b[');
  });

  it('json: a complete model-gate/result@1', async () => {
    const { result } = await evaluateJson(['--predictions', file('rows.csv')]);
    expect(result.schema).toBe('model-gate/result@1');
    expect(result.task).toBe('multiclass');
    expect(result.n).toBe(40);
    expect(result.dataset.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.tool).toMatchObject({ name: 'model-gate', version: '0.1.0' });
    expect(Number.isNaN(Date.parse(result.created_at))).toBe(false);
    expect(result.source).toBeTypeOf('object');
    for (const m of CLASSIFICATION_METRICS) expect(result.metrics[m], m).toBeTypeOf('number');
    const wrong = rows.filter((r) => r.label !== r.prediction).length;
    expect(result.metrics.accuracy).toBeCloseTo(1 - wrong / 40, 12);
    expect(result.metrics.error_rate).toBeCloseTo(wrong / 40, 12);
    expect(Object.keys(result.per_class).sort()).toEqual(['bird', 'cat', 'dog']);
    for (const c of CLASSES) {
      expect(result.per_class[c]).toMatchObject({ support: rows.filter((r) => r.label === c).length });
      for (const k of ['precision', 'recall', 'f1']) expect(result.per_class[c][k]).toBeTypeOf('number');
    }
    // Sparse confusion counts: [true, predicted, count], summing to n, matching the rows.
    expect([...result.confusion.labels].sort()).toEqual(['bird', 'cat', 'dog']);
    const counts = result.confusion.counts as [string, string, number][];
    expect(counts.reduce((s, [, , c]) => s + c, 0)).toBe(40);
    for (const [t, p, c] of counts) {
      expect(c).toBeGreaterThan(0);
      expect(c).toBe(rows.filter((r) => r.label === t && r.prediction === p).length);
    }
    expect(result.errors.error_rate).toBeCloseTo(wrong / 40, 12);
    expect(result.errors).toMatchObject({
      missing_predictions: 0,
      extra_predictions: 0,
      invalid_rows: 0,
    });
    const top = result.errors.top_confusions as { true: string; predicted: string; count: number }[];
    expect(top.reduce((s, t) => s + t.count, 0)).toBe(wrong);
    expect(top.every((t) => t.true !== t.predicted)).toBe(true);
  });

  it('markdown: a metrics table', async () => {
    const run = await runCli(['evaluate', '--predictions', file('rows.csv'), '--format', 'markdown']);
    expectNoCrash(run);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\| metric \| value \|$/m);
    expect(run.stdout).toMatch(/^\| :?-+:? \| :?-+:? \|$/m);
    expect(run.stdout).toMatch(/^\| accuracy \| 0\.\d{4} \|$/m);
    expect(run.stdout).toMatch(/^\| true \| predicted \| count \|$/m);
  });

  it('--out writes the same result.json as --format json (except created_at)', async () => {
    const out = file('out/result.json');
    const { result } = await evaluateJson(['--predictions', file('rows.csv'), '--out', out]);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect({ ...written, created_at: null }).toEqual({ ...result, created_at: null });
  });
});

describe.concurrent('the dataset fingerprint and the input formats', () => {
  it('is the same when the rows are shuffled, different when one label changes', async () => {
    const [a, b, c] = await Promise.all([
      evaluateJson(['--predictions', file('rows.csv')]),
      evaluateJson(['--predictions', file('rows-shuffled.csv')]),
      evaluateJson(['--predictions', file('rows-one-label-changed.csv')]),
    ]);
    expect(b.result.dataset.fingerprint).toBe(a.result.dataset.fingerprint);
    expect(b.result.metrics).toEqual(a.result.metrics);
    expect(c.result.dataset.fingerprint).not.toBe(a.result.dataset.fingerprint);
  });

  it('gzip (with BOM and CRLF), TSV, JSON Lines and a separate labels file give the CSV metrics', async () => {
    const inputs = [
      ['--predictions', file('rows.csv.gz')],
      ['--predictions', file('rows.tsv')],
      ['--predictions', file('rows.jsonl')],
      ['--predictions', file('predictions.csv'), '--labels', file('labels.csv')],
    ];
    const [reference, ...others] = await Promise.all(
      [['--predictions', file('rows.csv')], ...inputs].map((args) => evaluateJson(args)),
    );
    others.forEach(({ result }, i) => {
      expect(result.n, inputs[i].join(' ')).toBe(40);
      expect(result.metrics, inputs[i].join(' ')).toEqual(reference.result.metrics);
      expect(result.per_class, inputs[i].join(' ')).toEqual(reference.result.per_class);
      expect(result.dataset.fingerprint, inputs[i].join(' ')).toBe(reference.result.dataset.fingerprint);
    });
  });
});
