/**
 * A baseline is untrusted input: the checks on its result.json, the unpacking of an artifact's
 * needed files under strict rules, and the checks on a baseline given as a path.
 */
import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { RESULT_SCHEMA, type Result } from '../result/schema.js';
import { serializeResult } from '../result/write.js';
import type { ExtractedFile } from './zip.js';

export class BaselineValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineValidationError';
  }
}

const MAX_RESULT_BYTES = 64 * 1024 * 1024;

/** Checks that a parsed document looks like a model-gate/result@1 (enough to trust it as a baseline). */
export function checkResultDocument(doc: unknown, where: string): Result {
  const d = doc as Partial<Result> | null;
  if (!d || typeof d !== 'object' || Array.isArray(d))
    throw new BaselineValidationError(`${where} is not a JSON object`);
  if (d.schema !== RESULT_SCHEMA) {
    throw new BaselineValidationError(
      `${where} has schema ${JSON.stringify(d.schema ?? null)}, expected "${RESULT_SCHEMA}"`,
    );
  }
  if (d.task !== 'binary' && d.task !== 'multiclass' && d.task !== 'regression' && d.task !== 'scores') {
    throw new BaselineValidationError(`${where} has no valid "task"`);
  }
  if (typeof d.n !== 'number' || !d.metrics || typeof d.metrics !== 'object') {
    throw new BaselineValidationError(`${where} lacks "n" or "metrics"`);
  }
  return d as Result;
}

function isPlainBasename(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}

export interface ValidatedBaseline {
  /** The folder holding result.json (and the examples sidecar when present). */
  dir: string;
  result: Result;
  /** Entries of the artifact that were not needed and not written. */
  ignored: string[];
  warnings: string[];
}

/**
 * Writes the parts of an untrusted baseline archive that the comparison needs — result.json and
 * the examples sidecar it names — into `targetDir` (created fresh, must not exist), after
 * validating them. Everything else in the archive is ignored and never touches the disk.
 */
export async function materializeBaseline(
  files: ExtractedFile[],
  targetDir: string,
): Promise<ValidatedBaseline> {
  const byName = new Map(files.map((f) => [f.name, f]));
  const resultFile = byName.get('result.json');
  if (!resultFile) {
    throw new BaselineValidationError(
      `the artifact has no result.json at its root (found: ${files.map((f) => f.name).join(', ') || 'nothing'})`,
    );
  }
  if (resultFile.data.length > MAX_RESULT_BYTES)
    throw new BaselineValidationError('result.json is too large');
  let doc: unknown;
  try {
    doc = JSON.parse(resultFile.data.toString('utf8'));
  } catch (e) {
    throw new BaselineValidationError(`result.json is not valid JSON (${(e as Error).message})`);
  }
  const result = checkResultDocument(doc, 'result.json');
  const warnings: string[] = [];
  const keep = new Map<string, Buffer>([['result.json', resultFile.data]]);
  const examplesName = result.examples?.file;
  if (examplesName !== undefined) {
    if (typeof examplesName !== 'string' || !isPlainBasename(examplesName)) {
      throw new BaselineValidationError(
        `result.json names an unsafe examples file ${JSON.stringify(examplesName)}`,
      );
    }
    const ex = byName.get(examplesName);
    if (ex) keep.set(examplesName, ex.data);
    else {
      warnings.push(
        `the baseline's per-example file ${examplesName} is missing from the artifact: paired tests are not possible`,
      );
      delete result.examples;
      keep.set('result.json', Buffer.from(serializeResult(result)));
    }
  }
  await mkdir(targetDir, { recursive: false });
  const root = resolve(targetDir);
  for (const [name, data] of keep) {
    const path = resolve(root, name);
    if (relative(root, path).startsWith('..') || !path.startsWith(root + sep)) {
      throw new BaselineValidationError(`refusing to write ${JSON.stringify(name)} outside ${root}`);
    }
    // 'wx': create, never follow or overwrite anything already there.
    await writeFile(path, data, { flag: 'wx' });
  }
  const ignored = files.map((f) => f.name).filter((n) => !keep.has(n));
  return { dir: root, result, ignored, warnings };
}

/**
 * A baseline given as a path: a result.json file or a folder that holds one. Symbolic links are
 * refused (a checkout could plant one pointing anywhere on the runner).
 */
export async function checkBaselinePath(path: string): Promise<string> {
  let st;
  try {
    st = await lstat(path);
  } catch {
    throw new BaselineValidationError(`baseline path ${path} does not exist`);
  }
  if (st.isSymbolicLink()) throw new BaselineValidationError(`baseline path ${path} is a symbolic link`);
  const file = st.isDirectory() ? join(path, 'result.json') : path;
  if (st.isDirectory()) {
    const inner = await lstat(file).catch(() => null);
    if (!inner) throw new BaselineValidationError(`baseline folder ${path} has no result.json`);
    if (inner.isSymbolicLink()) throw new BaselineValidationError(`${file} is a symbolic link`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new BaselineValidationError(`${file} is not valid JSON (${(e as Error).message})`);
  }
  checkResultDocument(doc, file);
  return path;
}
