import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { ClassificationData, EvaluationData, RegressionData } from './evaluation-data.js';
import { InputError } from '../errors.js';

export const EXAMPLES_FORMAT_V1 = 'model-gate/examples@1' as const;
const MAX_ROWS = 500_000_000;

/**
 * The first per-example sidecar format (`model-gate/examples@1`, model-gate ≤ 0.1; still read: older
 * baselines in artifacts have it): gzip-compressed JSON Lines. Line 1 is a
 * header `{schema, task, n, classes?, positive?, score_classes?, score_kind?, ids, score_width}`;
 * then one JSON array per row: `[id?, y_true, y_pred, ...scores]` — ids only when `ids` is true,
 * class indices into `classes` for classification (y_pred −1 = no prediction), numbers for
 * regression (y_pred null = no prediction), `score_width` scores (null = none for the row).
 * Numbers are written in shortest round-trip form, so reading them back is exact.
 */
/** The header fields `examples@2` keeps as they were (it adds its column layout). */
export interface ExamplesHeader {
  schema: typeof EXAMPLES_FORMAT_V1;
  task: EvaluationData['task'];
  n: number;
  classes?: string[];
  positive?: number;
  score_classes?: string[];
  score_kind?: 'probability' | 'decision';
  ids: boolean;
  score_width: number;
}

/** Reads an `examples@1` sidecar back into EvaluationData. The file is untrusted: everything is validated. */
export async function readExamplesV1(file: string): Promise<EvaluationData> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  const errors: Error[] = [];
  input.on('error', (e) => {
    errors.push(e);
    gunzip.destroy(e); // ends the line reader too
  });
  gunzip.on('error', (e) => errors.push(e));
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  let lineNo = 0;
  let header: ExamplesHeader | null = null;
  let data: ClassificationData | RegressionData | null = null;
  let row = 0;
  const bad = (message: string, line = lineNo): never => {
    throw new InputError({ file, line }, message);
  };
  try {
    for await (const line of lines) {
      lineNo++;
      if (line === '') {
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        bad('not valid JSON (a damaged or foreign examples file)');
      }
      if (header === null) {
        header = validateHeader(value, bad);
        data = allocate(header);
        continue;
      }
      if (row >= header.n) bad(`more rows than the ${header.n} the header declares`);
      readRow(value, row, header, data!, bad);
      row++;
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw readError(file, e as NodeJS.ErrnoException);
  } finally {
    lines.close();
    input.destroy();
  }
  if (errors.length > 0) throw readError(file, errors[0] as NodeJS.ErrnoException);
  if (header === null || data === null)
    throw new InputError({ file }, `empty examples file (expected a ${EXAMPLES_FORMAT_V1} header)`);
  if (row !== header.n)
    throw new InputError({ file, line: lineNo }, `truncated: ${row} rows, the header declares ${header.n}`);
  return data;
}

function readError(file: string, e: NodeJS.ErrnoException): InputError {
  if (e.code === 'ENOENT') return new InputError({ file }, 'file not found');
  if (typeof e.code === 'string' && e.code.startsWith('Z_'))
    return new InputError(
      { file },
      `not a readable gzip file (${e.message}); expected a model-gate examples.jsonl.gz`,
    );
  return new InputError({ file }, `cannot read the examples file: ${e.message}`);
}

export type Bad = (message: string, line?: number) => never;

function validateHeader(value: unknown, bad: Bad): ExamplesHeader {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return bad(`expected a ${EXAMPLES_FORMAT_V1} header object`);
  const h = value as Record<string, unknown>;
  if (h.schema !== EXAMPLES_FORMAT_V1)
    return bad(`unknown schema ${JSON.stringify(h.schema)}; expected "${EXAMPLES_FORMAT_V1}"`);
  validateShape(h, bad);
  return h as unknown as ExamplesHeader;
}

/**
 * The header fields both sidecar formats share: task, n, ids, score_width, classes, positive,
 * score_classes, score_kind — each checked for type, range and consistency with the others.
 */
export function validateShape(h: Record<string, unknown>, bad: Bad): void {
  if (h.task !== 'binary' && h.task !== 'multiclass' && h.task !== 'regression')
    bad(`task ${JSON.stringify(h.task)} is not binary, multiclass or regression`);
  if (typeof h.n !== 'number' || !Number.isInteger(h.n) || h.n < 0 || h.n > MAX_ROWS)
    bad(`n ${JSON.stringify(h.n)} is not a row count`);
  if (typeof h.ids !== 'boolean') bad('"ids" must be true or false');
  const width = h.score_width;
  if (typeof width !== 'number' || !Number.isInteger(width) || width < 0 || width > 100_000)
    bad('"score_width" must be a small whole number');
  if (h.task !== 'regression') {
    const classes = h.classes;
    if (!Array.isArray(classes) || classes.length === 0 || classes.some((c) => typeof c !== 'string'))
      bad('"classes" must be a non-empty list of strings');
    if (new Set(classes as string[]).size !== (classes as string[]).length) bad('"classes" has duplicates');
    if (h.task === 'binary') {
      if (
        typeof h.positive !== 'number' ||
        !Number.isInteger(h.positive) ||
        h.positive < 0 ||
        h.positive >= (classes as string[]).length
      )
        bad('"positive" must index "classes"');
      if (width !== 0 && width !== 1) bad('binary "score_width" must be 0 or 1');
    }
    if (h.score_classes !== undefined) {
      const sc = h.score_classes;
      if (!Array.isArray(sc) || sc.some((c) => typeof c !== 'string'))
        bad('"score_classes" must be a list of strings');
      if (h.task === 'multiclass' && width !== 0 && width !== (sc as string[]).length)
        bad('"score_width" differs from "score_classes"');
    } else if (h.task === 'multiclass' && width !== 0 && width !== (classes as string[]).length)
      bad('"score_width" differs from "classes"');
    if (h.score_kind !== undefined && h.score_kind !== 'probability' && h.score_kind !== 'decision')
      bad('"score_kind" must be probability or decision');
  } else if (width !== 0) bad('regression has no scores');
}

function allocate(h: ExamplesHeader): ClassificationData | RegressionData {
  const ids = h.ids ? new Array<string>(h.n) : null;
  if (h.task === 'regression')
    return { task: 'regression', n: h.n, yTrue: new Float64Array(h.n), yPred: new Float64Array(h.n), ids };
  const d: ClassificationData = {
    task: h.task,
    n: h.n,
    classes: h.classes!,
    yTrue: new Int32Array(h.n),
    yPred: new Int32Array(h.n),
    scores: h.score_width > 0 ? new Float64Array(h.n * h.score_width) : null,
    ids,
  };
  if (h.positive !== undefined) d.positive = h.positive;
  if (h.score_classes) d.scoreClasses = h.score_classes;
  if (h.score_kind) d.scoreKind = h.score_kind;
  return d;
}

function readRow(
  value: unknown,
  i: number,
  h: ExamplesHeader,
  data: ClassificationData | RegressionData,
  bad: Bad,
): void {
  const width = h.task === 'regression' ? 0 : h.score_width;
  const expected = (h.ids ? 1 : 0) + 2 + width;
  if (!Array.isArray(value) || value.length !== expected)
    bad(
      `expected a row of ${expected} values [${h.ids ? 'id, ' : ''}y_true, y_pred${width ? ', scores…' : ''}]`,
    );
  const v = value as unknown[];
  let k = 0;
  if (data.ids) {
    const id = v[k++];
    if (typeof id !== 'string') bad('the id must be a string');
    data.ids[i] = id as string;
  }
  const t = v[k++];
  const p = v[k++];
  if (data.task === 'regression') {
    if (typeof t !== 'number' || !Number.isFinite(t)) bad('y_true must be a finite number');
    if (p !== null && (typeof p !== 'number' || !Number.isFinite(p)))
      bad('y_pred must be a finite number or null');
    data.yTrue[i] = t as number;
    data.yPred[i] = p === null ? NaN : (p as number);
    return;
  }
  const nc = data.classes.length;
  if (typeof t !== 'number' || !Number.isInteger(t) || t < 0 || t >= nc)
    bad(`y_true must be a class index from 0 to ${nc - 1}`);
  if (typeof p !== 'number' || !Number.isInteger(p) || p < -1 || p >= nc)
    bad(`y_pred must be a class index from -1 to ${nc - 1}`);
  data.yTrue[i] = t as number;
  data.yPred[i] = p as number;
  if (data.scores) {
    for (let j = 0; j < width; j++) {
      const s = v[k++];
      if (s !== null && (typeof s !== 'number' || !Number.isFinite(s)))
        bad('scores must be finite numbers or null');
      data.scores[i * width + j] = s === null ? NaN : (s as number);
    }
  }
}
