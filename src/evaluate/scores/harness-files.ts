/**
 * What the harness readers share: finding a harness's files in a folder, reading one with a size
 * limit, and parsing its JSON as untrusted input (errors name the file, line and column).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import { compareCodePoints } from '../read/labels.js';

/** A harness file larger than this is refused (it is read whole). */
const MAX_HARNESS_FILE_BYTES = 1 << 30;

/**
 * `path` itself when it is a file; for a folder, the files under it (two levels deep: lm-eval
 * writes `P/<model>/samples_*.jsonl`) whose names `match`, sorted, at least one.
 */
export async function harnessFiles(
  path: string,
  match: (name: string) => boolean,
  what: string,
): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw new InputError(
      { file: path },
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message,
    );
  }
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => compareCodePoints(a.name, b.name));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory() && depth > 0) await walk(p, depth - 1);
      else if (e.isFile() && match(e.name)) found.push(p);
    }
  };
  await walk(path, 1);
  if (found.length === 0) throw new InputError({ file: path }, `the folder holds no ${what}`);
  return found;
}

export async function readHarnessFile(file: string): Promise<Buffer> {
  const info = await stat(file);
  if (info.size > MAX_HARNESS_FILE_BYTES)
    throw new InputError({ file }, `is ${info.size} bytes, above the 1 GiB limit for one harness file`);
  return readFile(file);
}

/** Line and column (1-based) of character offset `at` in `text`. */
function position(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: at - start + 1 };
}

/**
 * Bare `NaN`, `Infinity` and `-Infinity` tokens (Python's json module writes them; inspect's
 * unscored samples hold NaN) become `null`: no value. Strings are left alone.
 */
function nonFiniteToNull(text: string): string {
  if (!/NaN|Infinity/.test(text)) return text;
  let out = '';
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 78 && text.startsWith('NaN', i)) {
      out += text.slice(last, i) + 'null';
      last = i + 3;
      i += 2;
    } else if (c === 73 && text.startsWith('Infinity', i)) {
      const neg = text[i - 1] === '-';
      out += text.slice(last, neg ? i - 1 : i) + 'null';
      last = i + 8;
      i += 7;
    }
  }
  return out + text.slice(last);
}

/**
 * Parses JSON text from `file` (`lineOffset`: the line the text starts on, for JSON Lines); a
 * syntax error names the line and column and what the harness writes.
 */
export function parseHarnessJson(text: string, file: string, expected: string, lineOffset = 1): unknown {
  const clean = nonFiniteToNull(text);
  try {
    return JSON.parse(clean);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const at = m ? position(clean, Number(m[1])) : null;
    throw new InputError(
      {
        file,
        ...(at ? { line: at.line + lineOffset - 1, column: at.column } : { line: lineOffset }),
      },
      `is not valid JSON (${(e as Error).message.split('\n')[0]}); expected ${expected}`,
    );
  }
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A short, printable form of a found value for messages. */
export function shown(x: unknown): string {
  let s: string;
  if (x === undefined) return 'nothing';
  try {
    s = JSON.stringify(x) ?? String(x);
  } catch {
    s = String(x);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Non-empty lines of a JSON Lines buffer with their line numbers. */
export function* jsonLines(buf: Buffer): Generator<{ line: number; text: string }> {
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const s = text.slice(start, end).trim();
    if (s !== '') yield { line, text: s };
    line++;
    start = end + 1;
  }
}
