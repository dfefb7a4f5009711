import type { ClassificationData, ExampleData, RegressionData, TextData } from '../result/evaluation-data.js';
import { GateError } from '../errors.js';
import { TEXT_TERM_WIDTH } from '../evaluate/metrics/text/text-rows.js';
import { labelNumber } from '../evaluate/read/bytes.js';
import { orderLabels } from '../evaluate/read/index.js';

/** One shard's joined rows (its examples sidecar) and where they came from, for messages. */
export interface ShardRows {
  /** The shard as the user named it (run folder or result.json). */
  path: string;
  data: ExampleData;
}

/** How many shared ids an overlap error shows. */
const SHOWN_IDS = 5;

/**
 * Concatenates the rows of disjoint shards into the rows of the whole, in shard order.
 *
 * Refuses (GateError, exit 2): shards without ids (overlap cannot be checked), overlapping shards
 * (an id in two shards), mixed tasks, different positive labels, binary shards that together hold
 * more than two labels, and different score layouts (scores on some shards only, or different
 * probability columns).
 *
 * Classes become the union in scikit-learn order (numeric when every label is a number, else code
 * point; numerically equal spellings are one class); `yTrue`/`yPred` are re-indexed into it and
 * multiclass probabilities re-laid out to one column order. `warnings` notes what the merge cannot
 * know, e.g. a task `--task auto` would have chosen differently for the whole.
 */
export function concatShards(shards: readonly ShardRows[]): { data: ExampleData; warnings: string[] } {
  if (shards.length === 0) throw new GateError('no shards to merge.');
  checkSameTask(shards.map((s) => ({ path: s.path, task: s.data.task })));
  checkIds(shards);
  const warnings: string[] = [];
  const n = shards.reduce((acc, s) => acc + s.data.n, 0);
  const ids = new Array<string>(n);
  let at = 0;
  for (const s of shards) {
    const src = s.data.ids!;
    for (let i = 0; i < s.data.n; i++) ids[at + i] = src[i];
    at += s.data.n;
  }
  const first = shards[0].data;
  if (first.task === 'text') {
    const parts = shards.map((s) => s.data as TextData);
    const terms = new Float64Array(parts.reduce((acc, d) => acc + d.terms.length, 0));
    const labelHashes = new Int32Array(2 * n);
    at = 0;
    for (const d of parts) {
      terms.set(d.terms, at * TEXT_TERM_WIDTH);
      labelHashes.set(d.labelHashes, 2 * at);
      at += d.n;
    }
    const excerpts = {
      prediction: parts.flatMap((d) => d.excerpts.prediction),
      reference: parts.flatMap((d) => d.excerpts.reference),
    };
    return { data: { task: 'text', n, terms, labelHashes, excerpts, ids }, warnings };
  }
  if (first.task === 'regression') {
    const yTrue = new Float64Array(n);
    const yPred = new Float64Array(n);
    at = 0;
    for (const s of shards) {
      const d = s.data as RegressionData;
      yTrue.set(d.yTrue, at);
      yPred.set(d.yPred, at);
      at += d.n;
    }
    return { data: { task: 'regression', n, yTrue, yPred, ids }, warnings };
  }
  return { data: concatClassification(shards, n, ids, warnings), warnings };
}

/** Same task on every shard, else a message that says why it happens and how to fix it. */
export function checkSameTask(shards: readonly { path: string; task: string }[]): void {
  const tasks = [...new Set(shards.map((s) => s.task))];
  if (tasks.length <= 1) return;
  const byTask = tasks.map(
    (t) =>
      `${t}: ${shards
        .filter((s) => s.task === t)
        .slice(0, 3)
        .map((s) => s.path)
        .join(', ')}${shards.filter((s) => s.task === t).length > 3 ? ', …' : ''}`,
  );
  const classification = !tasks.includes('regression');
  throw new GateError(
    `cannot merge shards of different tasks (${byTask.join('; ')}).` +
      (classification
        ? ' With --task auto each shard is detected on its own labels: a shard that holds only two of the' +
          " classes looks binary, one that holds a single class does not. Evaluate every shard with the whole's" +
          ' task given explicitly (--task binary --positive-label VALUE, or --task multiclass) and merge again.'
        : ' Shards must be parts of one evaluation: the same task, labels and prediction columns.'),
  );
}

function checkIds(shards: readonly ShardRows[]): void {
  const positional = shards.filter((s) => s.data.ids === null);
  if (positional.length > 0)
    throw new GateError(
      `${positional.map((s) => s.path).join(', ')} ${positional.length === 1 ? 'was' : 'were'} joined by ` +
        'position (no id column), so model-gate cannot check that the shards are disjoint nor tell the ' +
        'rows apart, and refuses to merge. Give the files an id column (named "id", or name yours with ' +
        '--id-column), evaluate each shard again and merge.',
    );
  // First pair of shards found to overlap, and their first few shared ids.
  const owner = new Map<string, number>();
  let pair: [number, number] | null = null;
  const shown: string[] = [];
  let shared = 0;
  for (let j = 0; j < shards.length; j++) {
    const { data } = shards[j];
    const ids = data.ids!;
    for (let i = 0; i < data.n; i++) {
      const id = ids[i];
      const prev = owner.get(id);
      if (prev === undefined) {
        owner.set(id, j);
        continue;
      }
      shared++;
      pair ??= [prev, j];
      if (pair[0] === prev && pair[1] === j && shown.length < SHOWN_IDS) shown.push(id);
    }
  }
  if (pair === null) return;
  const [a, b] = pair;
  const list = shown.map((id) => JSON.stringify(id)).join(', ');
  const where =
    a === b
      ? `${shards[a].path} holds the id(s) ${list} more than once`
      : `${shards[a].path} and ${shards[b].path} both hold the id(s) ${list}`;
  throw new GateError(
    `the shards overlap: ${where} (${shared} repeated id${shared === 1 ? '' : 's'} across all shards). ` +
      'Shards must be disjoint parts of the dataset — every example in exactly one shard — or merged ' +
      'metrics would count those examples twice. Check the split (e.g. a row goes to shard ' +
      'hash(id) mod SHARDS) and that no shard was passed or downloaded twice.',
  );
}

function concatClassification(
  shards: readonly ShardRows[],
  n: number,
  ids: string[],
  warnings: string[],
): ClassificationData {
  const parts = shards.map((s) => ({ path: s.path, data: s.data as ClassificationData }));
  const task = parts[0].data.task;
  // Union of the classes, in scikit-learn order.
  const distinct: string[] = [];
  const indexOf = new Map<string, number>();
  for (const { data } of parts)
    for (const c of data.classes)
      if (!indexOf.has(c)) {
        indexOf.set(c, distinct.length);
        distinct.push(c);
      }
  const order = orderLabels(distinct);
  const classes = order.classes;
  const toUnion = parts.map(({ data }) => Int32Array.from(data.classes, (c) => order.remap[indexOf.get(c)!]));

  let positive: number | undefined;
  if (task === 'binary') {
    if (classes.length > 2)
      throw new GateError(
        `the shards are binary but together hold ${classes.length} labels (${showList(classes)}), so the ` +
          'whole is not binary. Evaluate every shard with --task multiclass and merge again.',
      );
    const positives = parts.map(({ data }, j) =>
      data.positive === undefined ? -1 : toUnion[j][data.positive],
    );
    if (positives.some((p) => p !== positives[0])) {
      const label = (j: number) => {
        const d = parts[j].data;
        return d.positive === undefined ? 'none' : JSON.stringify(d.classes[d.positive]);
      };
      const j = positives.findIndex((p) => p !== positives[0]);
      throw new GateError(
        `the shards have different positive labels: ${label(0)} in ${parts[0].path}, ${label(j)} in ` +
          `${parts[j].path}. Without --positive-label the positive label is the last class of each shard, ` +
          'so a shard that holds a single class makes that class positive. Evaluate every shard with the ' +
          'same --positive-label VALUE and merge again.',
      );
    }
    if (positives[0] >= 0) positive = positives[0];
  } else if (classes.length <= 2 && parts.every(({ data }) => data.classes.length < 2)) {
    warnings.push(
      `Merged as multiclass, as the shards were, although the whole holds two labels (${showList(classes)}): ` +
        '--task auto on the whole would have evaluated it as binary. Evaluate the shards with --task binary ' +
        '(and --positive-label) if binary is meant.',
    );
  }

  const yTrue = new Int32Array(n);
  const yPred = new Int32Array(n);
  let at = 0;
  parts.forEach(({ data }, j) => {
    const map = toUnion[j];
    for (let i = 0; i < data.n; i++) {
      yTrue[at + i] = map[data.yTrue[i]];
      const p = data.yPred[i];
      yPred[at + i] = p < 0 ? -1 : map[p];
    }
    at += data.n;
  });
  const out: ClassificationData = { task, n, classes, yTrue, yPred, scores: null, ids };
  if (positive !== undefined) out.positive = positive;
  attachScores(parts, out, order.numeric);
  return out;
}

function attachScores(
  parts: readonly { path: string; data: ClassificationData }[],
  out: ClassificationData,
  numeric: boolean,
): void {
  const withScores = parts.filter(({ data }) => data.scores !== null);
  if (withScores.length === 0) return;
  if (withScores.length < parts.length) {
    const without = parts.filter(({ data }) => data.scores === null);
    throw new GateError(
      `different score layouts: ${withScores[0].path} has scores but ${without[0].path} has none ` +
        `(${without.length} of ${parts.length} shards without). Every shard must be evaluated with the same ` +
        '--score-column / --score-prefix, so that score metrics (ROC AUC, log loss, …) cover every example.',
    );
  }
  const n = out.n;
  if (out.task === 'binary') {
    const scores = new Float64Array(n);
    let at = 0;
    for (const { data } of parts) {
      scores.set(data.scores!, at);
      at += data.n;
    }
    out.scores = scores;
    // Over the whole, scores are decision scores when any score falls outside [0, 1].
    out.scoreKind = parts.some(({ data }) => data.scoreKind === 'decision') ? 'decision' : 'probability';
    return;
  }
  // Multiclass: one probability column per class; every shard must have the same columns.
  const columnsOf = parts.map(({ data }) =>
    (data.scoreClasses ?? data.classes).map((c) => canonicalColumn(c, out.classes, numeric)),
  );
  const columns = columnsOf[0];
  const position = new Map(columns.map((c, i) => [c, i]));
  parts.forEach(({ path }, j) => {
    const own = columnsOf[j];
    const missing = columns.filter((c) => !own.includes(c));
    const extra = own.filter((c) => !position.has(c));
    if (missing.length > 0 || extra.length > 0 || own.length !== columns.length)
      throw new GateError(
        `different score layouts: ${path} has probability columns for ${showList(own)} but ${parts[0].path} ` +
          `for ${showList(columns)}` +
          (missing.length > 0 ? ` (${path} lacks ${showList(missing)})` : '') +
          (extra.length > 0 ? ` (${parts[0].path} lacks ${showList(extra)})` : '') +
          '. Every shard needs the same --score-prefix columns, one per class of the whole dataset, even ' +
          'for classes that do not occur in that shard.',
      );
  });
  const k = columns.length;
  const scores = new Float64Array(n * k);
  let at = 0;
  parts.forEach(({ data }, j) => {
    const src = data.scores!;
    const perm = columnsOf[j].map((c) => position.get(c)!);
    const identity = perm.every((p, i) => p === i);
    if (identity) scores.set(src, at * k);
    else
      for (let i = 0; i < data.n; i++)
        for (let c = 0; c < k; c++) scores[(at + i) * k + perm[c]] = src[i * k + c];
    at += data.n;
  });
  out.scores = scores;
  out.scoreClasses = columns;
}

/** A probability column's class as the whole would name it: a numeric column ("1.0") that
 * equals a numeric class ("1") takes the class's name, as the reader does. */
function canonicalColumn(column: string, classes: readonly string[], numeric: boolean): string {
  if (!numeric || classes.includes(column)) return column;
  const v = labelNumber(column);
  if (!Number.isFinite(v)) return column;
  return classes.find((c) => labelNumber(c) === v) ?? column;
}

function showList(labels: readonly string[], max = 10): string {
  const shown = labels.slice(0, max).map((l) => JSON.stringify(l));
  return shown.join(', ') + (labels.length > max ? ` and ${labels.length - max} more` : '');
}
