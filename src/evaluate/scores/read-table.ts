/**
 * `--task scores` from any CSV/TSV/JSONL: an id column and score columns (`--score-columns`,
 * default every numeric or boolean column but the id). Booleans count 1/0; an empty cell (JSON
 * null, a missing key) is no value for that trial. Rows sharing an id are trials of one example.
 */
import { InputError, UsageError } from '../../errors.js';
import type { Logger } from '../../util/progress.js';
import { KIND_BOOL, KIND_MISSING, KIND_NESTED, KIND_NULL, KIND_NUMBER, nestedWhat } from '../read/cells.js';
import { parseNumber, showBytes, utf8 } from '../read/bytes.js';
import { missingColumn } from '../read/columns.js';
import { TableReader } from '../read/table.js';
import { TrialTable } from './trials.js';

/** A cell's score: 1/0 for booleans, the number, NaN for an empty cell, undefined for text. */
function cellScore(buf: Buffer, s: number, e: number, kind: number): number | undefined {
  if (kind === KIND_NUMBER) return parseNumber(buf, s, e);
  if (kind === KIND_BOOL) return buf[s] === 0x74 ? 1 : 0;
  if (kind === KIND_NULL || kind === KIND_MISSING || kind === KIND_NESTED)
    return kind === KIND_NESTED ? undefined : NaN;
  if (s === e) return NaN;
  const v = parseNumber(buf, s, e);
  if (v === v) return v;
  const text = buf.toString('latin1', s, e).trim().toLowerCase();
  if (text === 'true') return 1;
  if (text === 'false') return 0;
  if (text === '' || text === 'nan' || text === 'na' || text === 'null') return NaN;
  return undefined;
}

export async function readScoreTable(
  file: string,
  idColumn: string,
  scoreColumns: readonly string[] | undefined,
  table: TrialTable,
  logger: Logger,
): Promise<string[]> {
  const reader = await TableReader.open(file, 'scores');
  const warnings: string[] = [];
  try {
    if (reader.indexOf(idColumn) < 0)
      throw missingColumn(
        file,
        idColumn,
        '--id-column',
        reader.columns,
        ' Rows sharing an id are repeated trials of one example, so --task scores needs an id column.',
      );
    const explicit = scoreColumns !== undefined && scoreColumns.length > 0;
    const names = explicit ? [...scoreColumns] : reader.columns.filter((c) => c !== idColumn);
    for (const name of names) {
      if (reader.indexOf(name) < 0) throw missingColumn(file, name, '--score-columns', reader.columns);
      if (name === idColumn)
        throw new UsageError(`--score-columns names the id column "${idColumn}"; the id is not a score.`);
    }
    if (names.length === 0)
      throw new InputError(
        { file },
        `no score columns: the file has only the id column "${idColumn}"; expected numeric or boolean score columns beside it.`,
      );
    const metrics = names.map((n) => table.metric(n));
    const text = new Array<boolean>(names.length).fill(false);
    const firstText: { line: number; value: string }[] = [];
    const m = names.length;
    const cells = reader.prepare([idColumn, ...names], {
      row(buf, line) {
        const s0 = cells.starts[0];
        const e0 = cells.ends[0];
        const k0 = cells.kinds[0];
        if (k0 === KIND_NULL || k0 === KIND_MISSING || k0 === KIND_NESTED || s0 === e0)
          throw new InputError(
            { file, line, column: idColumn },
            k0 === KIND_NESTED
              ? `the id is ${nestedWhat(buf, s0, e0)}; expected a string or number`
              : 'the id is empty; every row needs the id of its example',
          );
        const ex = table.example(utf8(buf, s0, e0));
        for (let j = 0; j < m; j++) {
          if (text[j]) continue;
          const s = cells.starts[j + 1];
          const e = cells.ends[j + 1];
          const v = cellScore(buf, s, e, cells.kinds[j + 1]);
          if (v === undefined) {
            if (explicit)
              throw new InputError(
                { file, line, column: names[j] },
                `found ${showBytes(buf, s, e)}; expected a number or a boolean (true/false) score`,
              );
            text[j] = true;
            firstText[j] = { line, value: showBytes(buf, s, e) };
            continue;
          }
          if (v !== v) continue;
          if (!Number.isFinite(v))
            throw new InputError(
              { file, line, column: names[j] },
              `found ${showBytes(buf, s, e)}; expected a finite score`,
            );
          table.add(ex, metrics[j], v);
        }
      },
    });
    const progress = logger.progress.start(`Reading ${file}`);
    await reader.scan(progress);
    progress.done(`${reader.rows} rows`);
    if (reader.rows === 0)
      throw new InputError({ file }, 'no data rows after the header; there is nothing to gate.');
    const dropped = names.filter((_, j) => text[j]);
    for (const name of dropped) table.drop(name);
    if (dropped.length > 0)
      warnings.push(
        `${file}: not scores (text found), so not metrics: ${dropped
          .map(
            (d) => `"${d}" (line ${firstText[names.indexOf(d)].line}: ${firstText[names.indexOf(d)].value})`,
          )
          .join(', ')}. Name the score columns with --score-columns to make this an error.`,
      );
    if (table.metricNames.length === 0)
      throw new InputError(
        { file },
        `no numeric or boolean column besides the id "${idColumn}"; expected score columns (numbers, or true/false).`,
      );
    return warnings;
  } finally {
    reader.close();
  }
}
