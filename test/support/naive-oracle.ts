/**
 * The fuzz test's oracle: an independent, deliberately naive reading of an evaluation input and
 * recomputation of its metrics (scikit-learn 1.2 definitions, plain loops, no streaming, no
 * typed arrays). It shares no code with src/. `parseCsv` is csv-parse, a dependency the CLI does
 * not use for reading.
 *
 * The oracle answers one of three things for a (mutated) input:
 * - `{ kind: 'valid', metrics }`: the input is well-formed by the documented rules; the CLI must
 *   exit 0 with these numbers (or exit 2, which the test allows but records);
 * - `{ kind: 'invalid', why }`: the documented rules refuse it; the CLI must exit 2;
 * - `{ kind: 'unknown', why }`: a case the oracle does not model (e.g. CSV quoting that csv-parse
 *   and the pandas-style reader resolve differently): only "exit 0 or 2, no crash" is asserted.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { gunzipSync } from 'node:zlib';

export type Task = 'binary' | 'multiclass' | 'regression';
export type Format = 'csv' | 'tsv' | 'jsonl';

export interface OracleInput {
  task: Task;
  format: Format;
  /** The file's bytes as written (gzip is recognised by its magic bytes). */
  predictions: Buffer;
  /** A separate labels file (joined by `id`), or none: labels are a column of `predictions`. */
  labels?: Buffer;
  scoreColumn?: string;
}

export type Verdict =
  | { kind: 'valid'; n: number; metrics: Record<string, number | null> }
  | { kind: 'invalid'; why: string }
  | { kind: 'unknown'; why: string };

class Invalid extends Error {}
class Unknown extends Error {}

const DECIMAL = /^[ \t]*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ \t]*$/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A table: header names and rows of cells; `null` = the key is absent or JSON null. */
interface Table {
  header: string[];
  rows: (Cell | null)[][];
}
type Cell = { text: string; json?: 'string' | 'number' | 'bool' | 'nested' };

function decompress(bytes: Buffer): Buffer {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes);
    } catch {
      throw new Invalid('corrupt gzip');
    }
  }
  return bytes;
}

function readTable(raw: Buffer, format: Format): Table {
  let bytes = decompress(raw);
  if (bytes.length === 0) throw new Invalid('empty file');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if (bytes.includes(0)) throw new Unknown('a NUL byte'); // refused near the start only
  // A bare CR that is not part of CRLF: the reader's rules (refuse CR-only files, keep a CR inside
  // a field) are not modelled here.
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) throw new Unknown('a bare CR');
  return format === 'jsonl' ? readJsonl(bytes) : readDelimited(bytes, format === 'tsv' ? '\t' : ',');
}

function readDelimited(bytes: Buffer, delimiter: string): Table {
  // latin1 keeps every byte as one char, so invalid UTF-8 inside a cell survives to be judged
  // per column (ids need not be UTF-8; labels must be).
  let records: string[][];
  try {
    records = parseCsv(bytes.toString('latin1'), {
      delimiter,
      record_delimiter: ['\r\n', '\n'],
      relax_quotes: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (err) {
    throw new Unknown(`csv-parse: ${(err as Error).message}`);
  }
  if (records.length === 0) throw new Invalid('no header');
  const [header, ...rows] = records;
  for (const r of rows) if (r.length !== header.length) throw new Invalid('wrong field count');
  return {
    header: header.map(utf8Text),
    rows: rows.map((r) => r.map((c) => ({ text: c }))),
  };
}

/** A latin1 cell back to its UTF-8 text, or a marker that it is not valid UTF-8. */
function utf8Text(latin: string): string {
  try {
    return strictUtf8.decode(Buffer.from(latin, 'latin1'));
  } catch {
    return '\u0000not-utf8';
  }
}

function readJsonl(bytes: Buffer): Table {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new Unknown('invalid UTF-8 in a JSON line'); // fine in an id or an unused key
  }
  const objects: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new Invalid('not JSON');
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Invalid('not an object');
    objects.push(v as Record<string, unknown>);
  }
  if (objects.length === 0) throw new Invalid('no rows');
  if (/\\u[dD][89a-fA-F]/.test(text)) throw new Unknown('a surrogate escape');
  const header = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  const rows = objects.map((o) =>
    header.map((k): Cell | null => {
      if (!(k in o) || o[k] === null) return null;
      const v = o[k];
      if (typeof v === 'string') return { text: v, json: 'string' };
      if (typeof v === 'number') {
        // A JSON number keeps its written digits in the reader; String(v) is the same number
        // except past 2^53, where the oracle cannot tell two spellings apart.
        if (!Number.isSafeInteger(v) && Number.isInteger(v)) throw new Unknown('a huge JSON integer');
        return { text: String(v), json: 'number' };
      }
      if (typeof v === 'boolean') return { text: String(v), json: 'bool' };
      return { text: '', json: 'nested' };
    }),
  );
  return { header, rows };
}

function column(table: Table, name: string): number {
  const i = table.header.indexOf(name); // the first of duplicate names, as pandas
  if (i < 0) throw new Invalid(`no column ${name}`);
  return i;
}

/** A label or prediction: non-empty, valid UTF-8, not an object or array. */
function labelOf(cell: Cell | null, jsonl: boolean, what: string): string {
  if (cell === null) throw new Invalid(`missing ${what}`);
  if (cell.json === 'nested') throw new Invalid(`nested ${what}`);
  const text = jsonl ? cell.text : utf8Text(cell.text);
  if (text.startsWith('\u0000')) throw new Invalid(`${what} not UTF-8`);
  if (text === '') throw new Invalid(`empty ${what}`);
  return text;
}

function numberOf(cell: Cell | null, what: string): number {
  if (cell === null || cell.json === 'nested' || cell.json === 'bool') throw new Invalid(`bad ${what}`);
  const t = cell.text;
  if (!DECIMAL.test(t)) throw new Invalid(`${what} not a number`);
  const v = Number(t.trim());
  if (!Number.isFinite(v)) throw new Unknown(`${what} overflows`);
  return v;
}

interface Row {
  label: string;
  prediction: string;
  score?: number;
}

function collect(input: OracleInput): Row[] {
  const jsonl = input.format === 'jsonl';
  const preds = readTable(input.predictions, input.format);
  const p = column(preds, 'prediction');
  const s = input.scoreColumn === undefined ? -1 : column(preds, input.scoreColumn);
  const rowOf = (r: (Cell | null)[], label: string): Row => ({
    label,
    prediction: labelOf(r[p], jsonl, 'prediction'),
    score: s < 0 ? undefined : numberOf(r[s], 'score'),
  });
  if (input.labels === undefined) {
    const l = column(preds, 'label');
    if (preds.header.includes('id')) throw new Unknown('single file with ids');
    return preds.rows.map((r) => rowOf(r, labelOf(r[l], jsonl, 'label')));
  }
  const labels = readTable(input.labels, input.format);
  const li = column(labels, 'id');
  const ll = column(labels, 'label');
  const pi = column(preds, 'id');
  const idOf = (c: Cell | null): string => {
    if (c === null || c.text === '' || c.json === 'nested' || c.json === 'bool')
      throw new Unknown('an unusual id');
    if (c.json === 'number' && !/^-?\d{1,15}$/.test(c.text)) throw new Unknown('a non-integer JSON id');
    return c.text;
  };
  const byId = new Map<string, (Cell | null)[]>();
  for (const r of preds.rows) {
    const id = idOf(r[pi]);
    if (byId.has(id)) throw new Invalid('duplicate prediction id');
    byId.set(id, r);
  }
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const r of labels.rows) {
    const id = idOf(r[li]);
    if (seen.has(id)) throw new Invalid('duplicate label id');
    seen.add(id);
    const label = labelOf(r[ll], jsonl, 'label');
    const pr = byId.get(id);
    if (pr === undefined) throw new Invalid('a label without a prediction');
    rows.push(rowOf(pr, label));
  }
  return rows;
}

/** Exact canonical text of a decimal number: "1", "1.0", "01" and "1e0" give the same text. */
function canonicalDecimal(s: string): string {
  const m = /^\s*([+-]?)(\d*)\.?(\d*)(?:[eE]([+-]?\d+))?\s*$/.exec(s)!;
  let digits = (m[2] + m[3]).replace(/^0+/, '');
  let exp = BigInt(m[4] ?? '0') - BigInt(m[3].length);
  if (digits === '') return '0';
  while (digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    exp += 1n;
  }
  return `${m[1] === '-' ? '-' : ''}${digits}e${exp}`;
}

function classKeys(rows: Row[]): { truth: string[]; pred: string[]; classes: string[] } {
  const all = rows.flatMap((r) => [r.label, r.prediction]);
  const numeric = all.every((x) => DECIMAL.test(x) && Number.isFinite(Number(x)));
  const key = (x: string) => (numeric ? canonicalDecimal(x) : x);
  const value = new Map<string, number>();
  if (numeric) for (const x of all) value.set(key(x), Number(x));
  const classes = [...new Set(all.map(key))];
  if (numeric) {
    for (let i = 0; i < classes.length; i++)
      for (let j = i + 1; j < classes.length; j++)
        if (value.get(classes[i]) === value.get(classes[j])) throw new Unknown('two labels, one double');
    classes.sort((a, b) => value.get(a)! - value.get(b)!);
  } else {
    if (all.some((x) => [...x].some((ch) => ch.charCodeAt(0) > 0xd7ff)))
      throw new Unknown('labels beyond U+D7FF');
    classes.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
  return { truth: rows.map((r) => key(r.label)), pred: rows.map((r) => key(r.prediction)), classes };
}

const div = (a: number, b: number) => (b === 0 ? 0 : a / b);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function classification(rows: Row[], binary: boolean): Record<string, number | null> {
  const { truth, pred, classes } = classKeys(rows);
  const n = rows.length;
  if (binary && classes.length !== 2) throw new Unknown(`binary with ${classes.length} classes`);
  const tp = classes.map((c) => truth.filter((t, i) => t === c && pred[i] === c).length);
  const fp = classes.map((c) => pred.filter((p, i) => p === c && truth[i] !== c).length);
  const fn = classes.map((c) => truth.filter((t, i) => t === c && pred[i] !== c).length);
  const support = classes.map((c) => truth.filter((t) => t === c).length);
  const P = classes.map((_, k) => div(tp[k], tp[k] + fp[k]));
  const R = classes.map((_, k) => div(tp[k], tp[k] + fn[k]));
  const F = classes.map((_, k) => div(2 * tp[k], 2 * tp[k] + fp[k] + fn[k]));
  const correct = tp.reduce((a, b) => a + b, 0);
  const weighted = (xs: number[]) => xs.reduce((a, x, k) => a + x * support[k], 0) / n;
  const present = classes.map((_, k) => k).filter((k) => support[k] > 0);
  const predicted = classes.map((c) => pred.filter((p) => p === c).length);
  // MCC and kappa from the confusion totals.
  const cov = correct * n - support.reduce((a, t, k) => a + t * predicted[k], 0);
  const pp = n * n - predicted.reduce((a, p) => a + p * p, 0);
  const tt = n * n - support.reduce((a, t) => a + t * t, 0);
  const expected = support.reduce((a, t, k) => a + t * predicted[k], 0) / n;
  const kappaDen = n - expected;
  const m: Record<string, number | null> = {
    accuracy: correct / n,
    error_rate: 1 - correct / n,
    balanced_accuracy: mean(present.map((k) => R[k])),
    precision_macro: mean(P),
    recall_macro: mean(R),
    f1_macro: mean(F),
    precision_weighted: weighted(P),
    recall_weighted: weighted(R),
    f1_weighted: weighted(F),
    mcc: pp * tt === 0 ? 0 : cov / Math.sqrt(pp * tt),
    cohen_kappa: kappaDen === 0 ? null : (correct - expected) / kappaDen,
  };
  if (binary) {
    const k = 1; // the positive label is the greater one
    m.precision = P[k];
    m.recall = R[k];
    m.f1 = F[k];
    if (rows[0].score !== undefined) Object.assign(m, binaryScores(rows, truth, classes[k]));
  }
  return m;
}

function binaryScores(rows: Row[], truth: string[], positive: string): Record<string, number | null> {
  const y = truth.map((t) => (t === positive ? 1 : 0));
  const s = rows.map((r) => r.score!);
  const pos = y.reduce<number>((a, b) => a + b, 0);
  const neg = y.length - pos;
  const m: Record<string, number | null> = {};
  let u = 0;
  for (let i = 0; i < y.length; i++)
    for (let j = 0; j < y.length; j++)
      if (y[i] === 1 && y[j] === 0) u += s[i] > s[j] ? 1 : s[i] === s[j] ? 0.5 : 0;
  m.roc_auc = pos === 0 || neg === 0 ? null : u / (pos * neg);
  // Average precision: step-wise over distinct thresholds, descending.
  const thresholds = [...new Set(s)].sort((a, b) => b - a);
  let ap = 0;
  let lastRecall = 0;
  for (const t of thresholds) {
    const tpAt = y.filter((v, i) => v === 1 && s[i] >= t).length;
    const predictedAt = s.filter((v) => v >= t).length;
    const recall = pos === 0 ? 0 : tpAt / pos;
    ap += (recall - lastRecall) * (tpAt / predictedAt);
    lastRecall = recall;
  }
  m.average_precision = ap;
  if (s.every((v) => v >= 0 && v <= 1)) {
    const eps = 2.220446049250313e-16;
    const clip = (v: number) => Math.min(Math.max(v, eps), 1 - eps);
    m.log_loss = mean(
      s.map((p, i) => {
        const p1 = clip(p);
        const p0 = clip(1 - p);
        return -Math.log((y[i] === 1 ? p1 : p0) / (p0 + p1));
      }),
    );
    m.brier = mean(s.map((p, i) => (y[i] - p) ** 2));
  }
  return m;
}

function regression(rows: Row[]): Record<string, number | null> {
  const y = rows.map((r) => numberOf({ text: r.label }, 'label'));
  const yhat = rows.map((r) => numberOf({ text: r.prediction }, 'prediction'));
  const e = y.map((v, i) => yhat[i] - v);
  const abs = e.map(Math.abs).sort((a, b) => a - b);
  const n = e.length;
  const mse = mean(e.map((v) => v * v));
  const ybar = mean(y);
  const sst = y.reduce((a, v) => a + (v - ybar) ** 2, 0);
  const sse = e.reduce((a, v) => a + v * v, 0);
  if (![mse, sst, sse].every(Number.isFinite)) throw new Unknown('an overflowing sum');
  return {
    mae: mean(abs),
    mse,
    rmse: Math.sqrt(mse),
    r2: n < 2 ? null : sst === 0 ? (sse === 0 ? 1 : 0) : 1 - sse / sst,
    mape: mean(y.map((v, i) => Math.abs(yhat[i] - v) / Math.max(Math.abs(v), 2.220446049250313e-16))),
    median_ae: n % 2 === 1 ? abs[(n - 1) / 2] : (abs[n / 2 - 1] + abs[n / 2]) / 2,
    max_error: abs[n - 1],
  };
}

export function oracle(input: OracleInput): Verdict {
  try {
    const rows = collect(input);
    if (rows.length === 0) return { kind: 'invalid', why: 'no rows' };
    if (rows.length < 2) return { kind: 'unknown', why: 'one row' };
    const metrics =
      input.task === 'regression' ? regression(rows) : classification(rows, input.task === 'binary');
    return { kind: 'valid', n: rows.length, metrics };
  } catch (err) {
    if (err instanceof Invalid) return { kind: 'invalid', why: err.message };
    if (err instanceof Unknown) return { kind: 'unknown', why: err.message };
    throw err;
  }
}
