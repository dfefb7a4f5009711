/**
 * Seeded generators of valid evaluation inputs and of the mutations the fuzz test applies to
 * them. Everything is drawn from one `Rng`, so a case is reproduced from its seed alone.
 */
import { gzipSync } from 'node:zlib';
import { Rng } from '../../src/compare/stats/prng.js';
import type { Format, Task } from './naive-oracle.js';

export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.nextInt(xs.length)];

/** A table before serialisation: cells are raw text (CSV/TSV) or raw JSON tokens (JSON Lines). */
export interface RawTable {
  header: string[];
  rows: string[][];
}

export interface EvaluationCase {
  task: Task;
  format: Format;
  gzip: boolean;
  scoreColumn?: string;
  /** Labels in the predictions file, or a separate labels file joined by `id`. */
  joined: boolean;
  predictions: RawTable;
  labels?: RawTable;
}

const WORDS = ['cat', 'dog', 'bird', 'fish', 'other, "misc"', 'é', '0', '1', '2', '10'];

const json = (s: string) => JSON.stringify(s);

/** A valid case: 3–40 rows, one of the tasks, formats and layouts. */
export function validCase(rng: Rng): EvaluationCase {
  const task = pick(rng, ['binary', 'multiclass', 'regression'] as const);
  const format = pick(rng, ['csv', 'tsv', 'jsonl'] as const);
  const joined = rng.nextInt(3) === 0;
  const n = 3 + rng.nextInt(38);
  let classes: string[] = [];
  if (task === 'binary')
    classes = pick(rng, [
      ['0', '1'],
      ['no', 'yes'],
      ['cat', 'other, "misc"'],
    ]);
  if (task === 'multiclass') {
    const k = 3 + rng.nextInt(3);
    const start = rng.nextInt(WORDS.length - k + 1);
    classes = WORDS.slice(start, start + k);
  }
  // Every class occurs in the labels: rows 0..k-1 cover them.
  const value = (i: number): [string, string] => {
    if (task === 'regression') {
      const y = Math.round((rng.nextFloat() * 200 - 50) * 1000) / 1000;
      const yhat = Math.round((y + (rng.nextFloat() - 0.5) * 20) * 1000) / 1000;
      return [String(y), String(yhat)];
    }
    const y = i < classes.length ? classes[i] : pick(rng, classes);
    return [y, rng.nextInt(3) === 0 ? pick(rng, classes) : y];
  };
  const scoreColumn = task === 'binary' && rng.nextInt(4) > 0 ? 'score' : undefined;
  const score = () =>
    rng.nextInt(5) === 0
      ? String(Math.round((rng.nextFloat() * 10 - 5) * 100) / 100)
      : String(rng.nextInt(101) / 100);
  const cell = (text: string, numeric: boolean) =>
    format !== 'jsonl' ? text : numeric && rng.nextInt(4) > 0 ? text : json(text);
  const ids = Array.from({ length: n }, (_, i) => `r${1000 + i}`);
  const rows = ids.map((id, i) => ({ id, yv: value(i), s: scoreColumn ? score() : '' }));
  const regression = task === 'regression';
  // Decision scores (outside [0, 1]) in some binary cases; probabilities in most.
  const probs = rng.nextInt(4) > 0;
  const s = (x: string) => (probs ? String(Math.min(1, Math.max(0, Number(x)))) : x);
  const predHeader = [...(joined ? ['id'] : []), ...(joined ? [] : ['label']), 'prediction'];
  if (scoreColumn) predHeader.push(scoreColumn);
  const order = shuffled(rng, rows);
  const predictions: RawTable = {
    header: predHeader,
    rows: (joined ? order : rows).map((r) => [
      ...(joined ? [cell(r.id, false)] : []),
      ...(joined ? [] : [cell(r.yv[0], regression)]),
      cell(r.yv[1], regression),
      ...(scoreColumn ? [cell(s(r.s), true)] : []),
    ]),
  };
  const labels: RawTable | undefined = joined
    ? { header: ['id', 'label'], rows: rows.map((r) => [cell(r.id, false), cell(r.yv[0], regression)]) }
    : undefined;
  return { task, format, gzip: rng.nextInt(4) === 0, scoreColumn, joined, predictions, labels };
}

export function shuffled<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function quoteCsv(cell: string, delimiter: string): string {
  return /["\n\r]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function serialize(table: RawTable, format: Format): Buffer {
  if (format === 'jsonl') {
    const lines = table.rows.map(
      (r) =>
        '{' +
        table.header
          .map((h, i) => (i < r.length ? `${json(h)}: ${r[i]}` : ''))
          .filter(Boolean)
          .join(', ') +
        '}',
    );
    return Buffer.from(lines.join('\n') + '\n');
  }
  const d = format === 'tsv' ? '\t' : ',';
  const lines = [table.header, ...table.rows].map((r) => r.map((c) => quoteCsv(c, d)).join(d));
  return Buffer.from(lines.join('\n') + '\n');
}

/** Replacement cell values: numbers at the edges, non-numbers, empties, spellings of a label. */
const CELL_TEXT = [
  '',
  ' ',
  '1e308',
  '-1e309',
  '1e-320',
  '9007199254740993',
  'NaN',
  'nan',
  'inf',
  '-Infinity',
  '0x1A',
  '1_000',
  '+.5',
  '5.',
  '  0.3  ',
  '1.0',
  '01',
  '-0',
  'cat',
  'yes',
  '"quoted, comma"',
  'a\nb',
  'x'.repeat(300),
];
const JSON_TOKENS = [
  'true',
  'false',
  'null',
  '[]',
  '{}',
  '{"a": 1}',
  '"0.5"',
  '1e400',
  '-0',
  '"1"',
  '1.0',
  '""',
];

/** A structural mutation of the table (cells, columns, rows). Returns its name. */
export function mutateTable(rng: Rng, t: RawTable, format: Format): string {
  const r = t.rows.length === 0 ? -1 : rng.nextInt(t.rows.length);
  switch (rng.nextInt(8)) {
    case 0: {
      if (r < 0) return 'none';
      const c = rng.nextInt(t.header.length);
      const v =
        format === 'jsonl'
          ? rng.nextInt(2) === 0
            ? pick(rng, JSON_TOKENS)
            : json(pick(rng, CELL_TEXT))
          : pick(rng, CELL_TEXT);
      t.rows[r][c] = v;
      return `cell ${r},${c} = ${JSON.stringify(v).slice(0, 40)}`;
    }
    case 1:
      if (r < 0) return 'none';
      t.rows[r].push(format === 'jsonl' ? '1' : 'extra');
      return `extra cell in row ${r}`;
    case 2:
      if (r < 0) return 'none';
      t.rows[r].pop();
      return `missing cell in row ${r}`;
    case 3:
      if (r < 0) return 'none';
      t.rows.splice(r, 0, [...t.rows[r]]);
      return `duplicated row ${r}`;
    case 4:
      if (r < 0) return 'none';
      t.rows.splice(r, 1);
      return `deleted row ${r}`;
    case 5:
      t.rows = shuffled(rng, t.rows);
      return 'shuffled rows';
    case 6: {
      const a = rng.nextInt(t.header.length);
      const b = rng.nextInt(t.header.length);
      [t.header[a], t.header[b]] = [t.header[b], t.header[a]];
      return `swapped header ${a},${b}`;
    }
    default: {
      const c = rng.nextInt(t.header.length);
      t.header[c] = pick(rng, ['Label', 'label ', 'id', 'prediction', 'score', '']);
      return `renamed column ${c} to ${t.header[c]}`;
    }
  }
}

const BYTE_INSERTS: Buffer[] = [
  '"',
  ',',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\0',
  '\ufeff',
  '""',
  '\\',
  '{',
  '}',
  ':',
  ' ',
].map((s) => Buffer.from(s));
BYTE_INSERTS.push(
  Buffer.from([0xff]),
  Buffer.from([0xc3]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xe9]),
);

/** A byte-level mutation. Returns the new bytes and the mutation's name. */
export function mutateBytes(rng: Rng, b: Buffer): [Buffer, string] {
  const at = rng.nextInt(b.length + 1);
  switch (rng.nextInt(6)) {
    case 0: {
      if (b.length === 0) return [b, 'none'];
      const out = Buffer.from(b);
      const i = rng.nextInt(b.length);
      out[i] ^= 1 << rng.nextInt(8);
      return [out, `flipped a bit of byte ${i}`];
    }
    case 1:
      return [b.subarray(0, at), `truncated at ${at}`];
    case 2:
    case 3: {
      const ins = pick(rng, BYTE_INSERTS);
      return [
        Buffer.concat([b.subarray(0, at), ins, b.subarray(at)]),
        `inserted ${JSON.stringify(ins.toString('latin1'))} at ${at}`,
      ];
    }
    case 4: {
      const lines = b.toString('latin1').split('\n');
      const i = rng.nextInt(lines.length);
      lines.splice(i, 0, lines[i]);
      return [Buffer.from(lines.join('\n'), 'latin1'), `duplicated line ${i + 1}`];
    }
    default:
      return [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]), 'BOM at the start'];
  }
}

/** The file as it goes to disk: mutated tables, byte mutations, then (maybe) gzip. */
export function render(rng: Rng, table: RawTable, format: Format, gzip: boolean, log: string[]): Buffer {
  let bytes = serialize(table, format);
  const byteMutations = rng.nextInt(3) === 0 ? 1 + rng.nextInt(2) : 0;
  for (let i = 0; i < byteMutations; i++) {
    const [next, what] = mutateBytes(rng, bytes);
    bytes = next;
    log.push(what);
  }
  if (!gzip) return bytes;
  let gz: Buffer = gzipSync(bytes);
  if (rng.nextInt(4) === 0) {
    const [next, what] = mutateBytes(rng, gz);
    gz = next;
    log.push(`gzip: ${what}`);
  }
  return gz;
}
