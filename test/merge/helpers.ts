import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeExamples } from '../../src/compare/index.js';
import { evaluate, type Evaluation } from '../../src/evaluate/evaluate.js';
import { DEFAULT_EVALUATE_OPTIONS, type EvaluateOptions } from '../../src/result/evaluation-data.js';
import { writeResult } from '../../src/result/write.js';
import { Rng } from '../../src/compare/stats/index.js';

/** One generated dataset: rows of a labels table and of a predictions table, joined by id. */
export interface Dataset {
  name: string;
  /** Columns of the labels file (null: one file holds labels and predictions). */
  labelColumns: string[] | null;
  predictionColumns: string[];
  /** Row r of the labels file (or the single file). */
  labelRows: string[][];
  /** Row r's prediction row; null = no prediction row for this id (a missing prediction). */
  predictionRows: (string[] | null)[];
  /** The class of row r that must land in one shard only (classification), or null. */
  rare: boolean[];
  options: Omit<EvaluateOptions, 'predictions' | 'labels'>;
}

export function tempDir(prefix = 'model-gate-merge-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Shuffled ids, so that no order of ids matches the file order. */
function ids(n: number, rng: Rng): string[] {
  const out = Array.from({ length: n }, (_, i) => `ex-${i}`);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Binary, one file with a probability score column; labels "no"/"yes", positive "yes". */
export function binaryDataset(n = 2000, seed = 1): Dataset {
  const rng = new Rng(seed);
  const id = ids(n, rng);
  const labelRows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const yes = rng.nextFloat() < 0.3;
    // A noisy probability of "yes"; ties on purpose (rounded to 2 decimals on a third of rows).
    let p = Math.min(1, Math.max(0, (yes ? 0.65 : 0.35) + (rng.nextFloat() - 0.5) * 0.9));
    if (i % 3 === 0) p = Math.round(p * 100) / 100;
    const pred = p >= 0.5 ? 'yes' : 'no';
    labelRows.push([id[i], yes ? 'yes' : 'no', pred, String(p)]);
  }
  return {
    name: 'binary',
    labelColumns: null,
    predictionColumns: ['id', 'label', 'prediction', 'score'],
    labelRows,
    predictionRows: labelRows.map(() => null),
    rare: labelRows.map(() => false),
    options: { ...DEFAULT_EVALUATE_OPTIONS, task: 'binary', scoreColumn: 'score', positiveLabel: 'yes' },
  };
}

export const MULTI_CLASSES = ['ant', 'bee', 'cat', 'dog', 'eel', 'zeta'];

/**
 * Multiclass, labels and predictions in two files, one probability column per class (p_<class>).
 * "zeta" is rare (12 rows) and predicted only on its own rows, so it can live in one shard only.
 * A few ids have no prediction row (counted as wrong: `missing: 'count-as-wrong'`).
 */
export function multiclassDataset(n = 2000, seed = 2): Dataset {
  const rng = new Rng(seed);
  const id = ids(n, rng);
  const k = MULTI_CLASSES.length;
  const labelRows: string[][] = [];
  const predictionRows: (string[] | null)[] = [];
  const rare: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const t = i % 167 === 5 ? k - 1 : rng.nextInt(k - 1);
    const w = Array.from({ length: k }, (_, c) => (c === k - 1 && t !== k - 1 ? 0 : rng.nextFloat() + 0.01));
    w[t] += rng.nextFloat() * 2;
    const sum = w.reduce((a, b) => a + b, 0);
    const p = w.map((x) => x / sum);
    let best = 0;
    for (let c = 1; c < k; c++) if (p[c] > p[best]) best = c;
    labelRows.push([id[i], MULTI_CLASSES[t]]);
    rare.push(t === k - 1);
    // 7 missing predictions, never on a rare row.
    predictionRows.push(
      i % 290 === 17 && t !== k - 1 ? null : [id[i], MULTI_CLASSES[best], ...p.map((x) => String(x))],
    );
  }
  return {
    name: 'multiclass',
    labelColumns: ['id', 'label'],
    predictionColumns: ['id', 'prediction', ...MULTI_CLASSES.map((c) => `p_${c}`)],
    labelRows,
    predictionRows,
    rare,
    options: {
      ...DEFAULT_EVALUATE_OPTIONS,
      task: 'multiclass',
      scorePrefix: 'p_',
      missing: 'count-as-wrong',
    },
  };
}

/** Regression, one file, full-precision floats. */
export function regressionDataset(n = 2000, seed = 3): Dataset {
  const rng = new Rng(seed);
  const id = ids(n, rng);
  const labelRows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const y = (rng.nextFloat() - 0.3) * 1000;
    const yhat = y + (rng.nextFloat() - 0.5) * 37.5 + (i % 11 === 0 ? 200 : 0);
    labelRows.push([id[i], String(y), String(yhat)]);
  }
  return {
    name: 'regression',
    labelColumns: null,
    predictionColumns: ['id', 'label', 'prediction'],
    labelRows,
    predictionRows: labelRows.map(() => null),
    rare: labelRows.map(() => false),
    options: { ...DEFAULT_EVALUATE_OPTIONS, task: 'regression' },
  };
}

function csv(columns: string[], rows: string[][]): string {
  return [columns, ...rows].map((r) => r.join(',')).join('\n') + '\n';
}

/** Writes the rows `which` (indices into the dataset, in order) as the dataset's files under dir. */
export function writeFiles(
  ds: Dataset,
  dir: string,
  which: number[],
): Pick<EvaluateOptions, 'predictions' | 'labels'> {
  mkdirSync(dir, { recursive: true });
  const predictions = join(dir, 'predictions.csv');
  if (ds.labelColumns === null) {
    writeFileSync(
      predictions,
      csv(
        ds.predictionColumns,
        which.map((r) => ds.labelRows[r]),
      ),
    );
    return { predictions };
  }
  const labels = join(dir, 'labels.csv');
  writeFileSync(
    labels,
    csv(
      ds.labelColumns,
      which.map((r) => ds.labelRows[r]),
    ),
  );
  writeFileSync(
    predictions,
    csv(
      ds.predictionColumns,
      which.map((r) => ds.predictionRows[r]).filter((r): r is string[] => r !== null),
    ),
  );
  return { predictions, labels };
}

export const NOW = new Date('2025-01-01T00:00:00Z');

/** Evaluates rows `which` of the dataset from files written under dir. */
export async function evaluateRows(ds: Dataset, dir: string, which: number[]): Promise<Evaluation> {
  const files = writeFiles(ds, dir, which);
  return evaluate({ ...ds.options, ...files }, undefined, {}, NOW);
}

/** A shard run folder, as `model-gate run --out-dir` writes it (result.json + examples sidecar). */
export async function writeShard(
  ds: Dataset,
  dir: string,
  which: number[],
  options: { sidecar?: boolean } = {},
): Promise<Evaluation> {
  const evaluation = await evaluateRows(ds, join(dir, 'input'), which);
  if (options.sidecar !== false) {
    await writeExamples(dir, evaluation.data);
    evaluation.result.examples = {
      file: 'examples.bin',
      format: 'model-gate/examples@2',
      rows: evaluation.data.n,
    };
  }
  await writeResult(join(dir, 'result.json'), evaluation.result);
  return evaluation;
}

/**
 * A random split of rows 0..n−1 into k disjoint shards of random sizes (every shard non-empty),
 * each keeping the file order; rows flagged `rare` all go to one shard.
 */
export function randomSplit(n: number, k: number, seed: number, rare: boolean[]): number[][] {
  const rng = new Rng(seed);
  const weights = Array.from({ length: k }, () => 0.2 + rng.nextFloat() * 2);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  const rareShard = rng.nextInt(k);
  const shards: number[][] = Array.from({ length: k }, () => []);
  for (let r = 0; r < n; r++) {
    if (rare[r]) {
      shards[rareShard].push(r);
      continue;
    }
    const u = rng.nextFloat();
    let s = cumulative.findIndex((c) => u < c);
    if (s < 0) s = k - 1;
    shards[s].push(r);
  }
  // Every shard gets at least one row.
  for (let s = 0; s < k; s++)
    if (shards[s].length === 0) {
      const donor = shards.findIndex((x) => x.length > 1 && !x.some((r) => rare[r]));
      shards[s].push(shards[donor].pop()!);
      shards[s].sort((a, b) => a - b);
    }
  return shards;
}
