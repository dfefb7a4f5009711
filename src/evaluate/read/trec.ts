/**
 * Reads the two files of a ranking evaluation: the run (one scored document per line for a
 * query) and the qrels (judged relevance per query and document). Each comes as TREC text —
 * a run `qid Q0 docid rank score tag`, qrels `qid iter docid rel`, whitespace-separated, as
 * trec_eval reads them — or as a table (CSV/TSV/JSON Lines, chosen by the file name) with the
 * columns `query`, `doc` and `score` (run) or `relevance` (qrels).
 *
 * Every value is checked: a score must be a finite number, a relevance an integer, and a
 * (query, doc) pair may appear once per file; the errors name the file, line and field. The
 * rank and tag fields of a TREC run are read and ignored, as trec_eval ignores them (it ranks by
 * score; see src/evaluate/ranking.ts).
 */
import { InputError } from '../../errors.js';
import type { Logger } from '../../util/progress.js';
import { CR, LF, showValue, utf8, firstInvalidUtf8, parseNumber } from './bytes.js';
import { KIND_BOOL, KIND_MISSING, KIND_NESTED, KIND_NULL } from './cells.js';
import { missingColumn } from './columns.js';
import { ChunkSource, CHUNK_BYTES, formatFromName, maxLineBytes } from './source.js';
import { TableReader } from './table.js';

/** The rows of one query in a run: documents, scores and the lines they came from. */
export interface QueryRun {
  docs: string[];
  scores: number[];
  lines: number[];
}

/** A query's judgements: relevance and line by document. */
export interface QueryQrels {
  relevance: Map<string, number>;
  lines: Map<string, number>;
}

export interface RunFile {
  file: string;
  queries: Map<string, QueryRun>;
  rows: number;
}

export interface QrelsFile {
  file: string;
  queries: Map<string, QueryQrels>;
  rows: number;
}

type Field = { name: string; index: number };

const RUN_FIELDS: readonly Field[] = [
  { name: 'query id', index: 1 },
  { name: 'Q0', index: 2 },
  { name: 'document id', index: 3 },
  { name: 'rank', index: 4 },
  { name: 'score', index: 5 },
  { name: 'run tag', index: 6 },
];

/** Reads a run file (TREC run, or a table with query, doc, score). */
export async function readRun(file: string, logger: Logger): Promise<RunFile> {
  const queries = new Map<string, QueryRun>();
  let rows = 0;
  const add = (query: string, doc: string, score: number, line: number): void => {
    let q = queries.get(query);
    if (q === undefined) queries.set(query, (q = { docs: [], scores: [], lines: [] }));
    q.docs.push(doc);
    q.scores.push(score);
    q.lines.push(line);
    rows++;
  };
  if (formatFromName(file) !== undefined) {
    await readTable(file, 'run', ['query', 'doc', 'score'], logger, (cells, line) => {
      add(cells[0], cells[1], runScore(cells[2], { file, line, column: 'score' }), line);
    });
  } else {
    await readTrecLines(file, 'run', logger, (fields, line) => {
      if (fields.length < 6) throw fieldCount(file, line, fields.length, 6, 'qid Q0 docid rank score tag');
      add(fields[0], fields[2], runScore(fields[4], { file, line, column: RUN_FIELDS[4].index }), line);
    });
  }
  if (rows === 0) throw new InputError({ file }, 'the run has no rows; there is nothing to evaluate.');
  return { file, queries, rows };
}

/** Reads a qrels file (TREC qrels, or a table with query, doc, relevance). */
export async function readQrels(file: string, logger: Logger): Promise<QrelsFile> {
  const queries = new Map<string, QueryQrels>();
  let rows = 0;
  const add = (query: string, doc: string, rel: number, line: number): void => {
    let q = queries.get(query);
    if (q === undefined) queries.set(query, (q = { relevance: new Map(), lines: new Map() }));
    const earlier = q.lines.get(doc);
    if (earlier !== undefined)
      throw new InputError(
        { file, line },
        `duplicate judgement: query ${showValue(query)}, document ${showValue(doc)} is already judged on line ${earlier}. ` +
          'Each (query, document) pair may be judged once.',
      );
    q.relevance.set(doc, rel);
    q.lines.set(doc, line);
    rows++;
  };
  if (formatFromName(file) !== undefined) {
    await readTable(file, 'qrels', ['query', 'doc', 'relevance'], logger, (cells, line) => {
      add(cells[0], cells[1], relevanceValue(cells[2], { file, line, column: 'relevance' }), line);
    });
  } else {
    await readTrecLines(file, 'qrels', logger, (fields, line) => {
      if (fields.length < 4) throw fieldCount(file, line, fields.length, 4, 'qid iter docid rel');
      add(fields[0], fields[2], relevanceValue(fields[3], { file, line, column: 4 }), line);
    });
  }
  if (rows === 0) throw new InputError({ file }, 'the qrels have no rows; there is nothing to evaluate.');
  return { file, queries, rows };
}

function fieldCount(file: string, line: number, found: number, expected: number, form: string): InputError {
  return new InputError(
    { file, line },
    `found ${found} whitespace-separated field${found === 1 ? '' : 's'}, expected ${expected} (${form}). ` +
      'For a CSV/TSV/JSON Lines file, name it .csv, .tsv or .jsonl.',
  );
}

const INTEGER = /^[+-]?\d+$/;
/** Levels are counted in an array indexed by level (as trec_eval does), so they are bounded. */
export const MAX_RELEVANCE = 1000;

function runScore(text: string, at: { file: string; line: number; column: string | number }): number {
  const bytes = Buffer.from(text, 'utf8');
  const v = parseNumber(bytes, 0, bytes.length);
  if (!Number.isFinite(v))
    throw new InputError(
      at,
      `found ${showValue(text)} where a score was expected: a finite number (the document's retrieval score).`,
    );
  return v;
}

function relevanceValue(text: string, at: { file: string; line: number; column: string | number }): number {
  if (!INTEGER.test(text) || !Number.isSafeInteger(Number(text)))
    throw new InputError(
      at,
      `found ${showValue(text)} where a relevance judgement was expected: an integer (0 = not relevant, ` +
        '1 or more = relevant, higher = more relevant; negative = judged but excluded).',
    );
  const v = Number(text);
  if (v > MAX_RELEVANCE)
    throw new InputError(
      at,
      `found relevance ${v}; the largest relevance level accepted is ${MAX_RELEVANCE} (graded judgements use a few levels, e.g. 0–4).`,
    );
  return v;
}

/** Streams a file's lines, split on C's isspace (as trec_eval splits them); blank lines are skipped,
 * fields after the last one read are ignored (as trec_eval ignores them). */
async function readTrecLines(
  file: string,
  role: string,
  logger: Logger,
  onLine: (fields: string[], line: number) => void,
): Promise<void> {
  const source = await ChunkSource.open(file, role);
  const progress = logger.progress.start(`Reading ${file}`);
  const maxLine = maxLineBytes();
  try {
    let buf = Buffer.allocUnsafe(2 * CHUNK_BYTES);
    let end = 0;
    let eof = false;
    let line = 1;
    let rows = 0;
    while (!eof || end > 0) {
      if (!eof) {
        if (buf.length - end < CHUNK_BYTES) {
          const bigger = Buffer.allocUnsafe(buf.length * 2);
          buf.copy(bigger, 0, 0, end);
          buf = bigger;
        }
        const got = await source.readInto(buf, end);
        if (got === 0) eof = true;
        end += got;
      }
      let pos = 0;
      for (;;) {
        let nl = buf.indexOf(LF, pos);
        if (nl < 0 || nl >= end) {
          if (!eof) break;
          if (pos >= end) break;
          nl = end;
        }
        let stop = nl;
        if (stop > pos && buf[stop - 1] === CR) stop--;
        const bad = firstInvalidUtf8(buf, pos, stop);
        if (bad >= 0)
          throw new InputError(
            { file, line },
            `byte ${bad - pos + 1} of the line is not valid UTF-8; expected UTF-8 text (${role} in TREC format).`,
          );
        if (stop - pos > maxLine)
          throw new InputError(
            { file, line },
            `a line longer than ${maxLine} bytes, the limit; is this a ${role}?`,
          );
        const fields = utf8(buf, pos, stop)
          .split(/[ \t\v\f\r]+/)
          .filter((f) => f !== '');
        if (fields.length > 0) {
          onLine(fields, line);
          rows++;
        }
        line++;
        pos = nl + 1;
      }
      if (pos >= end) end = 0;
      else if (pos > 0) {
        buf.copyWithin(0, pos, end);
        end -= pos;
      } else if (end > maxLine)
        throw new InputError(
          { file, line },
          `a line longer than ${maxLine} bytes, the limit; is this a ${role}?`,
        );
      if (eof && end === 0) break;
      progress.update(source.bytesRead, source.totalBytes || undefined, undefined, rows);
    }
    progress.done(`${rows} rows`);
  } finally {
    source.close();
  }
}

/** Streams a table's rows as the text of the named columns (JSON numbers as written). */
async function readTable(
  file: string,
  role: string,
  columns: readonly string[],
  logger: Logger,
  onRow: (cells: string[], line: number) => void,
): Promise<void> {
  const reader = await TableReader.open(file, role);
  try {
    for (const name of columns)
      if (reader.indexOf(name) < 0)
        throw missingColumn(
          file,
          name,
          `the ${role} column "${name}"`,
          reader.columns,
          ` A ${role} table needs the columns ${columns.join(', ')}.`,
        );
    const values: string[] = new Array<string>(columns.length);
    const cells = reader.prepare(columns, {
      row(buf: Buffer, line: number) {
        for (let k = 0; k < columns.length; k++) {
          const kind = cells.kinds[k];
          if (kind === KIND_MISSING || kind === KIND_NULL || kind === KIND_NESTED || kind === KIND_BOOL)
            throw new InputError(
              { file, line, column: columns[k] },
              `found ${kind === KIND_MISSING ? 'no value' : kind === KIND_NULL ? 'null' : kind === KIND_BOOL ? 'a boolean' : 'an array or object'} ` +
                `where ${k === 2 ? (role === 'run' ? 'a score (a number)' : 'a relevance (an integer)') : `a ${columns[k]} id (text or a number)`} was expected.`,
            );
          values[k] = utf8(buf, cells.starts[k], cells.ends[k]);
          if (k < 2 && values[k] === '')
            throw new InputError(
              { file, line, column: columns[k] },
              `the ${columns[k]} id is empty; every row needs a ${columns[k]} id.`,
            );
        }
        onRow(values, line);
      },
    });
    const progress = logger.progress.start(`Reading ${file}`);
    await reader.scan(progress);
    progress.done(`${reader.rows} rows`);
  } finally {
    reader.close();
  }
}
