import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Result } from './schema.js';

/** result.json as written everywhere: two-space JSON, trailing newline, same bytes for same data. */
export function serializeResult(result: Result): string {
  return JSON.stringify(result, null, 2) + '\n';
}

export async function writeTextFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

export async function writeResult(path: string, result: Result): Promise<void> {
  await writeTextFile(path, serializeResult(result));
}
