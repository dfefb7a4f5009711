import { InputError } from '../errors.js';
import { EXAMPLES_FORMATS } from './examples.js';
import { RESULT_SCHEMA, type Result } from './schema.js';
import { resultProblem } from './validate.js';
import { reviveNumber } from './write.js';

/** Parses and sanity-checks a result.json (shape only; values are not re-validated). */
export function parseResult(text: string, file: string): Result {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError({ file }, `not valid JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputError({ file }, 'expected a JSON object (a model-gate result.json)');
  const r = value as Record<string, unknown>;
  if (r.schema !== RESULT_SCHEMA)
    throw new InputError(
      { file },
      r.schema === undefined
        ? `not a model-gate result (no "schema"; expected "${RESULT_SCHEMA}")`
        : `unknown schema ${JSON.stringify(r.schema)}; this version of model-gate reads "${RESULT_SCHEMA}"`,
    );
  const bad = (what: string): never => {
    throw new InputError({ file }, `malformed result: ${what}`);
  };
  if (r.task !== 'binary' && r.task !== 'multiclass' && r.task !== 'regression' && r.task !== 'text')
    bad('"task" must be binary, multiclass, regression or text');
  if (typeof r.n !== 'number' || !Number.isInteger(r.n) || r.n < 0) bad('"n" must be a row count');
  const ds = r.dataset as Record<string, unknown> | undefined;
  if (typeof ds !== 'object' || ds === null || typeof ds.fingerprint !== 'string')
    bad('"dataset.fingerprint" must be a string');
  const metrics = r.metrics as Record<string, unknown> | undefined;
  if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics))
    bad('"metrics" must be an object');
  for (const [k, raw] of Object.entries(metrics as object)) {
    const v = reviveNumber(raw);
    if (v !== null && typeof v !== 'number') bad(`metrics.${k} must be a number, null, "inf" or "-inf"`);
    (metrics as Record<string, unknown>)[k] = v;
  }
  if (r.examples !== undefined) {
    const ex = r.examples as Record<string, unknown>;
    if (typeof ex !== 'object' || ex === null || typeof ex.file !== 'string')
      bad('"examples.file" must be a string');
    if (typeof ex.format !== 'string' || !EXAMPLES_FORMATS.includes(ex.format))
      bad(`examples.format ${JSON.stringify(ex.format)} is not one of "${EXAMPLES_FORMATS.join('", "')}"`);
  }
  if (r.bench !== undefined) {
    const b = r.bench as Record<string, unknown>;
    if (typeof b !== 'object' || b === null || !Array.isArray(b.runs)) bad('"bench.runs" must be a list');
  }
  // Sums that overflowed were written as "inf" too (serializeResult): read them back as numbers.
  const stats = r.statistics as { terms?: unknown } | undefined;
  if (stats && typeof stats === 'object' && stats.terms && typeof stats.terms === 'object')
    for (const m of Object.values(stats.terms as Record<string, unknown>))
      if (m && typeof m === 'object')
        for (const k of ['sum', 'sum_sq'])
          (m as Record<string, unknown>)[k] = reviveNumber((m as Record<string, unknown>)[k]);
  const problem = resultProblem(r);
  if (problem) bad(problem);
  if (!Array.isArray(r.warnings)) r.warnings = [];
  if (typeof r.errors !== 'object' || r.errors === null)
    r.errors = {
      error_rate: null,
      top_confusions: [],
      missing_predictions: 0,
      extra_predictions: 0,
      invalid_rows: 0,
    };
  if (typeof r.source !== 'object' || r.source === null) r.source = {};
  return r as unknown as Result;
}
