import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Result } from './schema.js';

/**
 * result.json as written everywhere: two-space JSON, trailing newline, same bytes for same data.
 * JSON has no infinity, and writing one as null (JSON.stringify's choice) would turn an overflowed
 * metric into "not computed": ±Infinity is written as the string "inf" / "-inf" instead, and
 * `reviveNumber` reads it back.
 */
export function serializeResult(result: Result): string {
  return JSON.stringify(result, infinityAsString, 2) + '\n';
}

function infinityAsString(_key: string, value: unknown): unknown {
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  return value;
}

/** A number of result.json as written by `serializeResult`: "inf" / "-inf" are ±Infinity. */
export function reviveNumber(value: unknown): unknown {
  if (value === 'inf') return Infinity;
  if (value === '-inf') return -Infinity;
  return value;
}

export async function writeTextFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

export async function writeResult(path: string, result: Result): Promise<void> {
  await writeTextFile(path, serializeResult(result));
}
