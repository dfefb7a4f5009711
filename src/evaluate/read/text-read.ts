import { InputError, UsageError, type InputLocation } from '../../errors.js';
import type { EvaluateOptions, ReadStats, TextData } from '../../result/evaluation-data.js';
import { silentLogger, type Logger } from '../../util/progress.js';
import { textTerms } from '../metrics/text/index.js';
import { packTextTerms, TEXT_TERM_WIDTH } from '../metrics/text/text-rows.js';
import { firstInvalidUtf8, hashBytes, SEED_A, SEED_B, showValue } from './bytes.js';
import {
  KIND_BOOL,
  KIND_MISSING,
  KIND_NESTED,
  KIND_NULL,
  KIND_NUMBER,
  KIND_TEXT,
  type Cells,
  type RowSink,
} from './cells.js';
import { missingColumn } from './columns.js';
import { PairFingerprint } from './fingerprint.js';
import { LONE_SURROGATE } from './jsonl.js';
import { TableReader } from './table.js';
import { textPrediction, textReferences } from './text-cells.js';

/** Characters of each prediction and first reference kept for the reports. */
export const EXCERPT_CHARS = 200;
/** Examples scored at a time: the text of a batch is dropped once its terms are packed. */
const BATCH = 4096;
const MAX_MISSING_IDS = 10;

/** A row's text as read: the prediction, the references, where it was. */
interface TextRow {
  id: string | null;
  line: number;
  prediction: string | null;
  references: string[] | null;
}

/**
 * Reads `--task text` inputs: `prediction` is the generated text and `label` the reference —
 * a string, or in JSON Lines an array of references (at least one, every one a string). The
 * text is taken verbatim: no number parsing, no trimming (a CSV cell `007 ` is the text
 * "007 "), and it must be well-formed UTF-8. One file with both columns, or two joined by id
 * (rows follow the labels file) or by position. Each example is scored as it is read, a batch
 * at a time, into the rows of `TextData.terms`; only a short excerpt of its text is kept.
 */
export async function readTextData(
  options: EvaluateOptions,
  logger: Logger = silentLogger,
): Promise<{ data: TextData; stats: ReadStats }> {
  if (options.scoreColumn !== undefined || options.scorePrefix !== undefined)
    throw new UsageError(
      '--score-column and --score-prefix do not apply to --task text (text has no scores).',
    );
  if (options.positiveLabel !== undefined)
    throw new UsageError('--positive-label does not apply to --task text.');
  const readers: TableReader[] = [];
  try {
    const preds = await TableReader.open(options.predictions, 'predictions');
    readers.push(preds);
    const labels = options.labels !== undefined ? await TableReader.open(options.labels, 'labels') : null;
    if (labels) readers.push(labels);
    for (const r of readers) r.requireUtf8();
    const { idColumn, labelColumn, predictionColumn } = options;
    const need = (r: TableReader, column: string, flag: string): void => {
      if (r.indexOf(column) < 0) throw missingColumn(r.file, column, flag, r.columns);
    };
    const warnings: string[] = [];
    if (!labels) {
      need(preds, labelColumn, '--label-column');
      need(preds, predictionColumn, '--prediction-column');
      const byId = preds.indexOf(idColumn) >= 0;
      const rows = await scanRows(preds, byId ? idColumn : null, labelColumn, predictionColumn, logger);
      if (rows.length === 0) throw noRows(preds.file);
      if (byId) checkUnique(rows, preds.file, idColumn);
      return finishRows(rows, { missing: 0, extra: 0, missingIds: [], warnings });
    }
    need(labels, labelColumn, '--label-column');
    need(preds, predictionColumn, '--prediction-column');
    const inLabels = labels.indexOf(idColumn) >= 0;
    const inPreds = preds.indexOf(idColumn) >= 0;
    if (inLabels !== inPreds) {
      const lacking = inLabels ? preds : labels;
      const other = inLabels ? labels : preds;
      throw new InputError(
        { file: lacking.file, column: idColumn },
        `no id column, but ${other.file} has one, so the rows cannot be joined by id. Add the "${idColumn}" ` +
          `column to ${lacking.file}, name its id column with --id-column, or drop the id column from both to join by position.`,
      );
    }
    const byId = inLabels;
    const labelRows = await scanRows(labels, byId ? idColumn : null, labelColumn, null, logger);
    if (labelRows.length === 0) throw noRows(labels.file);
    const predRows = await scanRows(preds, byId ? idColumn : null, null, predictionColumn, logger);
    if (!byId) {
      if (predRows.length !== labelRows.length)
        throw new InputError(
          { file: preds.file },
          `has ${predRows.length} data rows but ${labels.file} has ${labelRows.length}. Neither file has an ` +
            `"${idColumn}" column, so rows are joined by position and the counts must match. Add an id column ` +
            'to both files (or name it with --id-column) to join by id.',
        );
      labelRows.forEach((r, i) => (r.prediction = predRows[i]!.prediction));
      return finishRows(labelRows, { missing: 0, extra: 0, missingIds: [], warnings });
    }
    checkUnique(labelRows, labels.file, idColumn);
    checkUnique(predRows, preds.file, idColumn);
    const byKey = new Map<string, string>();
    for (const r of predRows) byKey.set(r.id!, r.prediction!);
    let matched = 0;
    const missingIds: string[] = [];
    let missing = 0;
    for (const r of labelRows) {
      const p = byKey.get(r.id!);
      if (p !== undefined) {
        r.prediction = p;
        matched++;
      } else {
        missing++;
        if (missingIds.length < MAX_MISSING_IDS) missingIds.push(r.id!);
      }
    }
    const extra = predRows.length - matched;
    if (missing > 0 && options.missing === 'error')
      throw new InputError(
        { file: preds.file },
        `${missing} of the ${labelRows.length} ids of ${labels.file} have no prediction (first: ${missingIds
          .slice(0, 3)
          .map(showValue)
          .join(
            ', ',
          )}). Add them, or pass --missing count-as-wrong to score a missing output as the empty text "".`,
      );
    for (const r of labelRows) r.prediction ??= '';
    if (missing > 0)
      warnings.push(
        `${missing} examples have no prediction and were scored as the empty text "" (--missing count-as-wrong).`,
      );
    if (extra > 0)
      warnings.push(`${extra} predictions have an id that is not in ${labels.file}; they are ignored.`);
    return finishRows(labelRows, { missing, extra, missingIds, warnings });
  } finally {
    for (const r of readers) r.close();
  }
}

function noRows(file: string): InputError {
  return new InputError({ file }, 'no data rows after the header; there is nothing to evaluate.');
}

function checkUnique(rows: readonly TextRow[], file: string, column: string): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const first = seen.get(r.id!);
    if (first !== undefined)
      throw new InputError(
        { file, line: r.line, column },
        `duplicate id ${showValue(r.id!)} (first on line ${first}); every example needs its own id.`,
      );
    seen.set(r.id!, r.line);
  }
}

/** The rows of one file: the named columns' cells as text (id, references, prediction). */
async function scanRows(
  reader: TableReader,
  idColumn: string | null,
  labelColumn: string | null,
  predictionColumn: string | null,
  logger: Logger,
): Promise<TextRow[]> {
  const names: string[] = [];
  const idSlot = idColumn !== null ? names.push(idColumn) - 1 : -1;
  const labelSlot = labelColumn !== null ? names.push(labelColumn) - 1 : -1;
  const predSlot = predictionColumn !== null ? names.push(predictionColumn) - 1 : -1;
  const rows: TextRow[] = [];
  const file = reader.file;
  // The sink reads the cells `prepare` returns (set before the first row).
  const bound: { cells: Cells | null } = { cells: null };
  const sink: RowSink = {
    row(buf, line) {
      const cells = bound.cells!;
      const at = (column: string): InputLocation => ({ file, line, column });
      rows.push({
        id: idSlot >= 0 ? idCell(buf, cells, idSlot, at(idColumn!)) : null,
        line,
        references:
          labelSlot >= 0
            ? textReferences(cellValue(buf, cells, labelSlot, at(labelColumn!)), at(labelColumn!))
            : null,
        prediction:
          predSlot >= 0
            ? textPrediction(cellValue(buf, cells, predSlot, at(predictionColumn!)), at(predictionColumn!))
            : null,
      });
    },
  };
  bound.cells = reader.prepare(names, sink);
  const progress = logger.progress.start(`Reading ${file}`);
  await reader.scan(progress);
  progress.done(`${reader.rows} rows`);
  return rows;
}

/** A cell's bytes as a string, refusing bytes that are not UTF-8 (they would read as U+FFFD). */
function utf8Cell(buf: Buffer, s: number, e: number, at: InputLocation): string {
  const bad = firstInvalidUtf8(buf, s, e);
  if (bad >= 0)
    throw new InputError(
      at,
      `not valid UTF-8 at byte ${bad - s + 1} of the value (byte 0x${buf[bad]!.toString(16).padStart(2, '0')}); ` +
        'text is read verbatim and must be UTF-8: re-encode the file (e.g. iconv -f latin1 -t utf-8).',
    );
  return buf.toString('utf8', s, e);
}

/**
 * The JavaScript value of a cell for the text checks: a CSV cell or JSON string as the string
 * itself, other JSON values as parsed (so the error can say what was found).
 */
function cellValue(buf: Buffer, cells: Cells, slot: number, at: InputLocation): unknown {
  const s = cells.starts[slot]!;
  const e = cells.ends[slot]!;
  switch (cells.kinds[slot]) {
    case KIND_TEXT:
      return utf8Cell(buf, s, e, at);
    case KIND_NUMBER:
      return Number(buf.toString('latin1', s, e));
    case KIND_BOOL:
      return buf[s] === 0x74;
    case KIND_NULL:
      return null;
    case KIND_MISSING:
      throw new InputError(at, 'the key is missing from this JSON object; expected text (a JSON string).');
    case KIND_NESTED: {
      const value: unknown = JSON.parse(utf8Cell(buf, s, e, at));
      if (Array.isArray(value))
        value.forEach((r, i) => {
          if (typeof r === 'string' && LONE_SURROGATE.test(r))
            throw new InputError(
              at,
              `reference ${i + 1} of ${value.length} holds an unpaired surrogate escape (\\uD800–\\uDFFF), which is not valid Unicode text.`,
            );
        });
      return value;
    }
    default:
      throw new Error(`unknown cell kind ${cells.kinds[slot]}`);
  }
}

/** An id: a string or a JSON number as written. */
function idCell(buf: Buffer, cells: Cells, slot: number, at: InputLocation): string {
  const kind = cells.kinds[slot];
  const s = cells.starts[slot]!;
  const e = cells.ends[slot]!;
  if (kind === KIND_TEXT || kind === KIND_NUMBER) {
    const id = utf8Cell(buf, s, e, at);
    if (id !== '') return id;
  }
  throw new InputError(
    at,
    `found ${kind === KIND_MISSING ? 'no such key' : kind === KIND_TEXT ? 'an empty id' : 'a value that is not a string or number'}; expected the example's id.`,
  );
}

/** The first `chars` code points of `text`. */
export function excerpt(text: string, chars = EXCERPT_CHARS): string {
  if (text.length <= chars) return text;
  let i = 0;
  let count = 0;
  while (i < text.length && count < chars) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    count++;
  }
  return i >= text.length ? text : `${text.slice(0, i)}…`;
}

function finishRows(
  rows: TextRow[],
  counts: { missing: number; extra: number; missingIds: string[]; warnings: string[] },
): { data: TextData; stats: ReadStats } {
  const n = rows.length;
  const terms = new Float64Array(n * TEXT_TERM_WIDTH);
  const prediction: string[] = new Array<string>(n);
  const reference: string[] = new Array<string>(n);
  const fp = new PairFingerprint();
  const labelHashes = new Int32Array(2 * n);
  const hasIds = rows[0]?.id !== null;
  for (let start = 0; start < n; start += BATCH) {
    const batch = rows.slice(start, Math.min(n, start + BATCH));
    packTextTerms(
      textTerms(
        batch.map((r) => r.prediction!),
        batch.map((r) => r.references!),
      ),
      terms,
      start,
    );
    batch.forEach((r, k) => {
      const i = start + k;
      prediction[i] = excerpt(r.prediction!);
      reference[i] = excerpt(r.references![0]!);
      const id = Buffer.from(r.id ?? String(i), 'utf8');
      const label = Buffer.from(JSON.stringify(r.references), 'utf8');
      labelHashes[2 * i] = hashBytes(label, 0, label.length, SEED_A);
      labelHashes[2 * i + 1] = hashBytes(label, 0, label.length, SEED_B);
      fp.add(
        hashBytes(id, 0, id.length, SEED_A),
        hashBytes(id, 0, id.length, SEED_B),
        labelHashes[2 * i]!,
        labelHashes[2 * i + 1]!,
      );
      // The text is not needed any more: only the terms and the excerpts stay.
      rows[i] = { id: r.id, line: r.line, prediction: null, references: null };
    });
  }
  const data: TextData = {
    task: 'text',
    n,
    terms,
    labelHashes,
    excerpts: { prediction, reference },
    ids: hasIds ? rows.map((r) => r.id!) : null,
  };
  return {
    data,
    stats: {
      missing_predictions: counts.missing,
      extra_predictions: counts.extra,
      invalid_rows: 0,
      missing_ids: counts.missingIds,
      warnings: counts.warnings,
      fingerprint: fp.digest(),
    },
  };
}
