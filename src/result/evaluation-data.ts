import type { Task, TaskOption } from './schema.js';
import type { Harness } from './scores-data.js';

/**
 * What the readers produce and the metrics consume: one row per evaluated example, in typed
 * arrays (no per-row objects), already joined and validated.
 */
export interface ClassificationData {
  task: 'binary' | 'multiclass';
  n: number;
  /** Every class in scikit-learn order: the sorted union of true and predicted labels
   * (numeric order when every label parses as a number, else code-point order). */
  classes: string[];
  /** Index into `classes` for each row. */
  yTrue: Int32Array;
  /** Index into `classes`; -1 = no prediction (only with `missing: 'count-as-wrong'`): counts
   * as wrong (a false negative of the true class, no false positive anywhere). */
  yPred: Int32Array;
  /** Binary: index of the positive class in `classes`. */
  positive?: number;
  /**
   * Binary: n scores of the positive class. Multiclass: n × scoreClasses.length probabilities,
   * row-major, in `scoreClasses` order (already validated, not yet clipped/renormalised).
   * NaN marks a row without scores (missing prediction). null when no score columns were given.
   */
  scores: Float64Array | null;
  /** Multiclass: the class of each probability column (PREFIX + class), in `classes` sort order.
   * Every true label has a column. A column class seen in no label or prediction is kept here
   * (log loss and ROC AUC use it, as sklearn's `labels=`) but not in `classes`. */
  scoreClasses?: string[];
  /** Binary: 'probability' when every score is in [0, 1] (log loss and Brier apply), else
   * 'decision' (raw scores: ROC AUC and average precision only, with a warning). */
  scoreKind?: 'probability' | 'decision';
  /**
   * Binary with one probability column per class (--score-prefix): every given column, n ×
   * logLossClasses.length, row-major. `scores` stays the positive class's column (ROC AUC,
   * average precision, Brier); log loss uses these rows, clipped and renormalised over all the
   * columns, as scikit-learn 1.2's `log_loss(y, P, labels=columns)` does.
   */
  logLossScores?: Float64Array;
  /** The class of each `logLossScores` column, sorted as `scoreClasses`; every true label has one. */
  logLossClasses?: string[];
  /** Row ids as read (stringified), or null when rows were joined by position. */
  ids: string[] | null;
}

export interface RegressionData {
  task: 'regression';
  n: number;
  yTrue: Float64Array;
  /** NaN = no prediction (only with `missing: 'count-as-wrong'`, which regression refuses). */
  yPred: Float64Array;
  ids: string[] | null;
}

/**
 * Ranking (`--task ranking`): one row per evaluated query, holding that query's value of every
 * ranking metric (`metrics`, in registry order). A query is the example that paired tests
 * resample; `ids` are the query ids.
 */
export interface RankingData {
  task: 'ranking';
  n: number;
  /** The metric of each column of `values`. */
  metrics: string[];
  /** n × metrics.length per-query values, row-major. */
  values: Float64Array;
  ids: string[] | null;
}

/**
 * `--task text`: generated text against one or more references, kept as what the text metrics
 * need per example (src/evaluate/metrics/text/: the per-example terms of the mean-shaped metrics
 * and BLEU's and chrF's sufficient statistics), not the text itself, plus a short excerpt of each
 * prediction and first reference for the reports.
 */
export interface TextData {
  task: 'text';
  n: number;
  /** Row-major n × `TEXT_TERM_WIDTH` (src/evaluate/metrics/text/text-rows.ts): the terms of a row. */
  terms: Float64Array;
  /** Two 32-bit hashes of each example's references (its `dataset.fingerprint` term), 2n. */
  labelHashes: Int32Array;
  /** The first `EXCERPT_CHARS` characters of each prediction and of its first reference. */
  excerpts: { prediction: string[]; reference: string[] };
  ids: string[] | null;
}

export type EvaluationData = ClassificationData | RegressionData;

/** What a per-example sidecar holds: the rows of a tabular evaluation, a ranking's queries, or text examples' statistics. */
export type ExampleData = EvaluationData | RankingData | TextData;

/** Counts gathered while reading and joining, reported in result.errors. */
export interface ReadStats {
  missing_predictions: number;
  extra_predictions: number;
  invalid_rows: number;
  missing_ids: string[];
  warnings: string[];
  /** Per-(id,label) order-independent fingerprint of the evaluated rows. */
  fingerprint: string;
}

/** `intersection` (--task scores): baseline and candidate pair on the examples both have. */
export type MissingPolicy = 'error' | 'count-as-wrong' | 'intersection';

export interface EvaluateOptions {
  predictions: string;
  labels?: string;
  task: TaskOption;
  idColumn: string;
  labelColumn: string;
  predictionColumn: string;
  scoreColumn?: string;
  scorePrefix?: string;
  positiveLabel?: string;
  missing: MissingPolicy;
  /** Ranking: the k of `ndcg@k`, `precision@k`, `recall@k` (ascending, distinct; default 5, 10, 100). */
  cutoffs?: number[];
  /** --task scores: the score columns (default every numeric or boolean column but the id). */
  scoreColumns?: string[];
  /** --task scores: read this harness's own per-sample output instead of a CSV/JSONL. */
  from?: Harness;
}

/**
 * `evaluate` without keeping the rows (the `evaluate` command): row-aligned inputs are streamed
 * in bounded memory and `data` comes back null. The sizes are for tests (tiny batches and sort
 * chunks exercise the spill-and-merge paths on small files).
 */
export interface StreamingOptions {
  retainRows: false;
  /** Rows per batch (default 65,536). */
  batchRows?: number;
  /** Values sorted in memory before a sorted run is written to disk (default 1,048,576). */
  sortChunk?: number;
  /** Parent folder of the temp folder (default the OS temp folder). */
  tmpDir?: string;
  /**
   * Two files joined by id: label rows per partition of the bounded-memory join (default 262,144
   * or MODEL_GATE_JOIN_PARTITION_ROWS); a labels file of no more rows is joined in memory.
   */
  partitionRows?: number;
  /**
   * Also write the per-example sidecar (examples.bin) into this folder, from the stream as it is
   * scored (`run` without a baseline: the rows are written, never held; `examplesPath` is set).
   */
  examplesDir?: string;
}

export const DEFAULT_EVALUATE_OPTIONS: Omit<EvaluateOptions, 'predictions'> = {
  task: 'auto',
  idColumn: 'id',
  labelColumn: 'label',
  predictionColumn: 'prediction',
  missing: 'error',
};

export type { Task };

/**
 * Row ids as the reader holds them: UTF-8 bytes back to back, id i at
 * `bytes[offsets[i], offsets[i + 1])` — the layout of the sidecar's `id_bytes`. Ten million ids
 * as JavaScript strings cost ~400 MB (and ~1 s) that writing the sidecar does not need: it takes
 * these bytes as they are. Kept beside the data (not a field, so the data stays plain) and
 * dropped when `ids` is assigned, so they always describe `data.ids`.
 */
export interface IdBytes {
  n: number;
  bytes: Buffer;
  offsets: Int32Array;
}

const idBytes = new WeakMap<ExampleData, IdBytes>();

/** Records (or, with null, forgets) the byte form of `data.ids`. */
export function setIdBytes(data: ExampleData, ids: IdBytes | null): void {
  if (ids === null) idBytes.delete(data);
  else idBytes.set(data, ids);
}

/**
 * Gives `data` its ids as bytes (`setIdBytes`) and `data.ids` as a getter that decodes them on
 * first read (`decode`), so a caller that never reads the strings never builds them. Assigning
 * `ids` replaces the getter and forgets the bytes.
 */
export function setLazyIds(data: ExampleData, ids: IdBytes, decode: () => string[]): void {
  setIdBytes(data, ids);
  let cache: string[] | null = null;
  Object.defineProperty(data, 'ids', {
    enumerable: true,
    configurable: true,
    get: () => (cache ??= decode()),
    set: (value: string[] | null) => {
      setIdBytes(data, null);
      Object.defineProperty(data, 'ids', { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

/** The byte form of `data.ids`, when the reader kept one. */
export function idBytesOf(data: ExampleData): IdBytes | undefined {
  return idBytes.get(data);
}

/** Id `i` of `data` as a string (decoding that one id when the ids are kept as bytes), or null. */
export function idAt(data: ExampleData, i: number): string | null {
  const raw = idBytes.get(data);
  if (raw !== undefined) return raw.bytes.toString('utf8', raw.offsets[i], raw.offsets[i + 1]);
  return data.ids ? data.ids[i] : null;
}
