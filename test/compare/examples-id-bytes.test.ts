import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignRows, readExamples, writeExamples } from '../../src/compare/index.js';
import { joinIds } from '../../src/compare/align.js';
import { readEvaluationData } from '../../src/evaluate/read/index.js';
import {
  DEFAULT_EVALUATE_OPTIONS,
  idAt,
  idBytesOf,
  type EvaluateOptions,
  type EvaluationData,
} from '../../src/result/evaluation-data.js';

// The sidecar writer takes the reader's id bytes as they are (no JavaScript strings built): the
// file must be byte for byte the one written from `data.ids` as strings.

const tmp = () => mkdtemp(join(tmpdir(), 'model-gate-id-bytes-'));

/** Ids that exercise the encoder: ASCII, 2-, 3- and 4-byte UTF-8, CSV quoting, empty-looking. */
const IDS = ['a1', 'é', '日本語', 'x😀y', 'has,comma', 'say "hi"', ' spaced ', '0042', 'b'.repeat(40)];
const csvCell = (s: string) => (/[",\s]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

async function read(
  dir: string,
  files: Record<string, string>,
  extra: Partial<EvaluateOptions>,
  predictions = 'p',
) {
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  const { data } = await readEvaluationData({
    ...DEFAULT_EVALUATE_OPTIONS,
    predictions: join(dir, predictions),
    ...extra,
  });
  return data;
}

/** Writes `data` through the byte path and, from a plain copy (ids as strings only), the string path. */
async function bothWays(dir: string, data: EvaluationData) {
  expect(idBytesOf(data)).toBeDefined();
  const fast = await readFile(await writeExamples(join(dir, 'fast'), data));
  const plain = { ...data, ids: data.ids === null ? null : [...data.ids] } as EvaluationData;
  expect(idBytesOf(plain)).toBeUndefined();
  const slow = await readFile(await writeExamples(join(dir, 'slow'), plain));
  return { fast, slow };
}

describe('examples sidecar from the reader’s id bytes', () => {
  it('writes the same bytes as from the id strings: two CSV files joined by id', async () => {
    const dir = await tmp();
    const order = [3, 0, 8, 5, 1, 7, 2, 6, 4];
    const data = await read(
      dir,
      {
        l: 'id,label\n' + IDS.map((id, i) => `${csvCell(id)},${i % 2}\n`).join(''),
        p: 'id,prediction,score\n' + order.map((i) => `${csvCell(IDS[i])},${(i * 7) % 2},0.${i}\n`).join(''),
      },
      { labels: join(dir, 'l'), scoreColumn: 'score' },
    );
    expect(data.ids).toEqual(IDS);
    const { fast, slow } = await bothWays(dir, data);
    expect(fast.equals(slow)).toBe(true);
    expect((await readExamples(join(dir, 'fast', 'examples.bin'))).ids).toEqual(IDS);
  });

  it('writes the same bytes as from the id strings: one JSON Lines file with escaped and numeric ids', async () => {
    const dir = await tmp();
    const rows = [
      { id: 'caf\u00e9', label: 'x', prediction: 'x' },
      { id: 7, label: 'y', prediction: 'x' },
      { id: 'tab\there', label: 'y', prediction: 'y' },
      { id: '\ud83d\ude00', label: 'x', prediction: 'y' },
    ];
    const text = rows.map((r) => JSON.stringify(r).replace('é', '\\u00e9')).join('\n') + '\n';
    const data = await read(dir, { 'p.jsonl': text }, {}, 'p.jsonl');
    const { fast, slow } = await bothWays(dir, data);
    expect(fast.equals(slow)).toBe(true);
    expect((await readExamples(join(dir, 'fast', 'examples.bin'))).ids).toEqual(data.ids);
  });

  it('forgets the bytes when ids are replaced, so the sidecar holds the new ids', async () => {
    const dir = await tmp();
    const data = await read(dir, { p: 'id,label,prediction\nr1,a,a\nr2,b,a\nr3,b,b\n' }, {});
    data.ids = ['z3', 'z2', 'z1'];
    expect(idBytesOf(data)).toBeUndefined();
    const back = await readExamples(await writeExamples(dir, data));
    expect(back.ids).toEqual(['z3', 'z2', 'z1']);
  });

  it('pairs a sidecar read back with the reader’s rows by their bytes, as the strings would pair', async () => {
    const dir = await tmp();
    const order = [3, 0, 8, 5, 1, 7, 2, 6, 4];
    const data = await read(
      dir,
      {
        l: 'id,label\n' + order.map((i) => `${csvCell(IDS[i])},${i % 2}\n`).join(''),
        p: 'id,prediction\n' + IDS.map((id, i) => `${csvCell(id)},${i % 2}\n`).join(''),
      },
      { labels: join(dir, 'l') },
    );
    const base = await readExamples(await writeExamples(dir, data));
    expect(idBytesOf(base)).toBeDefined();
    // One id decoded alone (flips name a few ids) is the string `ids` would hold.
    expect(IDS.map((_, i) => idAt(base, i))).toEqual(order.map((i) => IDS[i]));
    expect(idAt({ ...base, ids: null }, 0)).toBeNull();
    const shuffled = await read(
      dir,
      { l: 'id,label\n' + IDS.map((id, i) => `${csvCell(id)},${i % 2}\n`).join('') },
      { labels: join(dir, 'l') },
    );
    const aligned = alignRows(base, shuffled);
    expect(aligned).toEqual({ permutation: joinIds([...base.ids!], [...shuffled.ids!]) });
    expect([...(aligned as { permutation: Int32Array }).permutation]).toEqual(order);
    // An id missing on one side is named as the strings would name it.
    const renamed = IDS.map((id, i) => csvCell(i === 2 ? '日本' : id));
    const other = await read(
      dir,
      {
        l: 'id,label\n' + renamed.map((id, i) => `${id},${i % 2}\n`).join(''),
        p: 'id,prediction\n' + renamed.map((id, i) => `${id},${i % 2}\n`).join(''),
      },
      { labels: join(dir, 'l') },
    );
    expect(alignRows(base, other)).toEqual({
      reason: `the baseline's id "日本語" is not among the candidate's`,
    });
  });
});
