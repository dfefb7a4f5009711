import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { GateError, InputError } from '../errors.js';
import { silentLogger, type Logger } from '../util/progress.js';
import type { ExampleData } from './evaluation-data.js';
import { EXAMPLES_FORMATS, readExamples } from './examples.js';
import { parseResult } from './parse.js';
import type { Result } from './schema.js';

export interface LoadedRunFolder {
  /** The result.json that was read (DIR/result.json for a folder). */
  file: string;
  result: Result;
  /** The per-example sidecar, or null when the result has none (or it is missing: see warnings). */
  examples: ExampleData | null;
  /** E.g. "the examples file named in result.json is missing: unpaired tests only". */
  warnings: string[];
}

/**
 * Loads a run folder (DIR/result.json + the sidecar named in `examples.file`) or a bare
 * result.json (sidecar looked up beside it). The sidecar name must be a plain relative path
 * inside the folder — absolute paths and '..' are rejected.
 */
export async function loadRunFolder(
  pathDirOrFile: string,
  logger: Logger = silentLogger,
): Promise<LoadedRunFolder> {
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
  let examples: ExampleData | null = null;
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
  return { file, result, examples, warnings };
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
