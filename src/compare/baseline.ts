import { reviveNumber } from '../result/write.js';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import type { EvaluationData } from '../result/evaluation-data.js';
import { GateError, InputError } from '../errors.js';
import { computeMetrics } from '../evaluate/metrics/index.js';
import { RESULT_SCHEMA, type Result } from '../result/schema.js';
import { silentLogger, type Logger } from '../util/progress.js';
import { resultProblem } from '../result/validate.js';
import { EXAMPLES_FORMATS, readExamples } from '../result/examples.js';

export interface LoadedBaseline {
  result: Result;
  /** The per-example sidecar, or null when the result has none (or it is missing: see warnings). */
  examples: EvaluationData | null;
  /** E.g. "the examples file named in result.json is missing: unpaired tests only". */
  warnings: string[];
}

/**
 * Loads a run folder (DIR/result.json + the sidecar named in `examples.file`) or a bare
 * result.json (sidecar looked up beside it). The sidecar name must be a plain relative path
 * inside the folder — absolute paths and '..' are rejected.
 */
export async function loadBaseline(
  pathDirOrFile: string,
  logger: Logger = silentLogger,
): Promise<LoadedBaseline> {
  let file = pathDirOrFile;
  let info;
  try {
    info = await stat(pathDirOrFile);
  } catch (e) {
    throw new InputError(
      { file: pathDirOrFile },
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message,
    );
  }
  if (info.isDirectory()) file = join(pathDirOrFile, 'result.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(
      { file },
      (e as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no result.json in this folder (expected a model-gate run folder or a result.json)'
        : (e as Error).message,
    );
  }
  const result = parseResult(text, file);
  const warnings: string[] = [];
  let examples: EvaluationData | null = null;
  if (result.examples) {
    const name = result.examples.file;
    const folder = dirname(file);
    const sidecar = safeJoin(folder, name, file);
    let exists = true;
    try {
      await stat(sidecar);
    } catch {
      exists = false;
    }
    if (!exists) {
      warnings.push(
        `${file}: the examples file "${name}" is missing, so only unpaired tests are possible against this result.`,
      );
    } else {
      try {
        examples = await readExamples(sidecar, logger);
      } catch (e) {
        // A truncated or non-gzip sidecar surfaces as a zlib/stream error: still bad input.
        if (e instanceof GateError) throw e;
        throw new InputError(
          { file: sidecar },
          `is not a readable examples file (${(e as Error).message}); expected the examples file (${EXAMPLES_FORMATS.join(' or ')}) written beside result.json`,
        );
      }
      if (examples.n !== result.n)
        throw new InputError(
          { file: sidecar },
          `has ${examples.n} rows but ${file} says n = ${result.n}; the files do not belong together`,
        );
    }
  }
  if (examples) reconcileMetrics(result, examples, file, warnings);
  return { result, examples, warnings };
}

/** Relative agreement expected between stored and recomputed metrics (same code, same data). */
const AGREEMENT = 1e-9;

/**
 * The sidecar holds every example, so the metrics can be recomputed from it. A result.json whose
 * figures contradict its own sidecar was edited (or is corrupt): the recomputed figures are used
 * — they are what the paired tests see too — and a warning names each metric that disagreed.
 */
function reconcileMetrics(result: Result, examples: EvaluationData, file: string, warnings: string[]): void {
  const recomputed = computeMetrics(examples).metrics;
  const changed: string[] = [];
  for (const [name, stored] of Object.entries(result.metrics)) {
    const fresh = (recomputed as Record<string, number | null | undefined>)[name];
    if (fresh === undefined) continue;
    const agree =
      stored === fresh ||
      (typeof stored === 'number' &&
        typeof fresh === 'number' &&
        Math.abs(stored - fresh) <= AGREEMENT * Math.max(1, Math.abs(stored), Math.abs(fresh)));
    if (agree) continue;
    changed.push(`${name} ${stored === null ? 'null' : stored} → ${fresh === null ? 'null' : fresh}`);
    result.metrics[name] = fresh;
  }
  if (changed.length)
    warnings.push(
      `${file}: the metrics in result.json contradict its examples file; using the figures recomputed from ` +
        `the examples (${changed.join(', ')}).`,
    );
}

function safeJoin(folder: string, name: unknown, file: string): string {
  if (typeof name !== 'string' || name === '' || name.includes('\0'))
    throw new InputError({ file }, 'examples.file must be a file name');
  const norm = normalize(name);
  if (
    isAbsolute(name) ||
    /^[a-zA-Z]:/.test(name) ||
    norm.split(/[\\/]/).includes('..') ||
    norm.startsWith(sep)
  )
    throw new InputError(
      { file },
      `examples.file "${name}" must be a relative path inside the result's folder (no absolute path, no "..")`,
    );
  return join(folder, norm);
}

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
  if (r.task !== 'binary' && r.task !== 'multiclass' && r.task !== 'regression')
    bad('"task" must be binary, multiclass or regression');
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
