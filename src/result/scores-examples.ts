/**
 * The per-example sidecar of a `--task scores` result (`model-gate/scores@1`, `scores.bin`): what
 * the paired tests, the flips and an exact merge need — each example's id and its term of every
 * metric (trials already folded in). Like `examples@2`: one JSON header line padded with spaces to
 * a multiple of 8 bytes, then little-endian columns each padded with zeros to a multiple of 8:
 * one float64 column of n terms per metric (NaN = no value), `id_lengths` (uint32 UTF-8 byte
 * length per id), `id_bytes` (the ids' UTF-8 back to back). Read as untrusted: the header is
 * checked and the sizes must add up to the file's size before anything is allocated.
 */
import { isUtf8 } from 'node:buffer';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { ScoresData, ScoreTerms } from './scores-data.js';

export const SCORES_FORMAT = 'model-gate/scores@1' as const;
export const SCORES_FILE = 'scores.bin';

const MAX_HEADER_BYTES = 16 << 20;
const pad8 = (x: number): number => Math.ceil(x / 8) * 8;

interface Header {
  schema: typeof SCORES_FORMAT;
  n: number;
  trials: number;
  byte_order: 'little';
  id_bytes: number;
  terms: { name: string; aggregate: 'mean' | 'count'; binary: boolean }[];
}

function toLittle(bytes: Uint8Array, width: number): Uint8Array {
  if (endianness() === 'LE') return bytes;
  const copy = Buffer.from(bytes);
  for (let i = 0; i < copy.length; i += width) copy.subarray(i, i + width).reverse();
  return copy;
}

/** Writes DIR/scores.bin; returns its path. */
export async function writeScoresExamples(dir: string, data: ScoresData): Promise<string> {
  await mkdir(dir, { recursive: true });
  const lengths = new Uint32Array(data.n);
  let idBytes = 0;
  data.ids.forEach((id, i) => {
    lengths[i] = Buffer.byteLength(id, 'utf8');
    idBytes += lengths[i];
  });
  const ids = Buffer.allocUnsafe(idBytes);
  let at = 0;
  for (const id of data.ids) at += ids.write(id, at, 'utf8');
  const header: Header = {
    schema: SCORES_FORMAT,
    n: data.n,
    trials: data.trials,
    byte_order: 'little',
    id_bytes: idBytes,
    terms: data.terms.map((t) => ({ name: t.name, aggregate: t.aggregate, binary: t.binary })),
  };
  let line = JSON.stringify(header);
  const len = Buffer.byteLength(line) + 1;
  line += ' '.repeat(pad8(len) - len) + '\n';
  const parts: Uint8Array[] = [Buffer.from(line, 'utf8')];
  const padding = (n: number): void => {
    if (pad8(n) > n) parts.push(Buffer.alloc(pad8(n) - n));
  };
  for (const t of data.terms) {
    // One canonical NaN: the same rows always give the same bytes.
    const v = Float64Array.from(t.values, (x) => (x !== x ? NaN : x));
    parts.push(toLittle(new Uint8Array(v.buffer), 8));
  }
  parts.push(toLittle(new Uint8Array(lengths.buffer), 4));
  padding(data.n * 4);
  parts.push(ids);
  padding(idBytes);
  const path = join(dir, SCORES_FILE);
  await writeFile(`${path}.tmp`, parts);
  await rename(`${path}.tmp`, path);
  return path;
}

function fail(file: string, message: string): never {
  throw new InputError(
    { file },
    `${message}; expected the scores examples file (${SCORES_FORMAT}) written beside result.json`,
  );
}

export async function readScoresExamples(file: string): Promise<ScoresData> {
  const size = (await stat(file)).size;
  const buf = await readFile(file);
  const nl = buf.indexOf(10);
  if (nl < 0 || nl > MAX_HEADER_BYTES) fail(file, 'no header line');
  let h: Header;
  try {
    h = JSON.parse(buf.toString('utf8', 0, nl)) as Header;
  } catch {
    return fail(file, 'the header line is not JSON');
  }
  if (typeof h !== 'object' || h === null || h.schema !== SCORES_FORMAT)
    fail(file, `the header's schema is ${JSON.stringify((h as { schema?: unknown })?.schema)}`);
  if (h.byte_order !== 'little') fail(file, 'byte_order must be "little"');
  const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
  if (!isCount(h.n) || !isCount(h.trials) || !isCount(h.id_bytes))
    fail(file, 'n, trials and id_bytes must be counts');
  if (!Array.isArray(h.terms)) fail(file, 'terms must be a list');
  const names = new Set<string>();
  for (const t of h.terms) {
    if (
      typeof t !== 'object' ||
      t === null ||
      typeof t.name !== 'string' ||
      names.has(t.name) ||
      (t.aggregate !== 'mean' && t.aggregate !== 'count') ||
      typeof t.binary !== 'boolean'
    )
      fail(file, `a bad or repeated term ${JSON.stringify(t)}`);
    names.add(t.name);
  }
  const start = nl + 1;
  if (start % 8 !== 0) fail(file, 'the header line is not padded to a multiple of 8 bytes');
  const n = h.n;
  const expected = start + h.terms.length * n * 8 + pad8(n * 4) + pad8(h.id_bytes);
  if (expected !== size)
    fail(file, `is ${size} bytes but its header implies ${expected} (truncated or not belonging together)`);
  let pos = start;
  const terms: ScoreTerms[] = h.terms.map((t) => {
    const values = new Float64Array(n);
    const view = new DataView(buf.buffer, buf.byteOffset + pos, n * 8);
    for (let i = 0; i < n; i++) {
      const v = view.getFloat64(i * 8, true);
      if (v === Infinity || v === -Infinity || (t.binary && v === v && v !== 0 && v !== 1))
        fail(file, `term ${JSON.stringify(t.name)} row ${i} holds ${v}`);
      values[i] = v;
    }
    pos += n * 8;
    return { name: t.name, aggregate: t.aggregate, binary: t.binary, values };
  });
  const lengths = new DataView(buf.buffer, buf.byteOffset + pos, n * 4);
  pos += pad8(n * 4);
  const ids: string[] = new Array<string>(n);
  let at = pos;
  for (let i = 0; i < n; i++) {
    const l = lengths.getUint32(i * 4, true);
    if (at + l > pos + h.id_bytes) fail(file, 'the id lengths exceed id_bytes');
    const bytes = buf.subarray(at, at + l);
    if (!isUtf8(bytes)) fail(file, `id ${i} is not UTF-8`);
    ids[i] = bytes.toString('utf8');
    at += l;
  }
  if (at !== pos + h.id_bytes) fail(file, 'the id lengths do not add up to id_bytes');
  if (new Set(ids).size !== n) fail(file, 'an id appears twice');
  return { task: 'scores', n, ids, terms, trials: h.trials };
}
