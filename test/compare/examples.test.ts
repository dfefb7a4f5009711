import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadBaseline, readExamples, writeExamples } from '../../src/compare/index.js';
import type { ClassificationData } from '../../src/result/evaluation-data.js';
import { serializeResult } from '../../src/result/write.js';
import { silentLogger, type Logger } from '../../src/util/progress.js';
import { classification, regression, resultOf } from './helpers.js';

const tmp = () => mkdtemp(join(tmpdir(), 'model-gate-compare-'));

describe('examples sidecar', () => {
  it('round-trips classification (binary scores with NaN, multiclass) and regression exactly, same bytes twice', async () => {
    const dir = await tmp();
    const binary: ClassificationData = {
      task: 'binary',
      n: 4,
      classes: ['no', 'yes'],
      yTrue: Int32Array.of(0, 1, 1, 0),
      yPred: Int32Array.of(0, 1, -1, 1),
      positive: 1,
      scores: Float64Array.of(0.1, 0.9, NaN, 0.6000000000000001),
      scoreKind: 'probability',
      ids: ['a', 'b', 'c', 'd "quoted"'],
    };
    const multi: ClassificationData = {
      ...classification(50, 0.8, 1),
      scores: Float64Array.from({ length: 150 }, (_, i) => (i % 7) / 7),
      scoreClasses: ['cat', 'dog', 'fox'],
      ids: null,
    };
    const reg = regression(30, 2, 1);
    reg.yPred[3] = NaN;
    for (const data of [binary, multi, reg]) {
      const sub = join(dir, data.task + String(data.n));
      const file = await writeExamples(sub, data);
      expect(file).toBe(join(sub, 'examples.bin'));
      const back = await readExamples(file);
      expect(back).toEqual(data);
      const bytes = await readFile(file);
      await writeExamples(sub, data);
      expect((await readFile(file)).equals(bytes)).toBe(true);
    }
  });

  it('still reads examples@1 (gzip JSON Lines) and rejects damaged ones with the file and line', async () => {
    const dir = await tmp();
    const write = async (name: string, text: string) => {
      const f = join(dir, name);
      await writeFile(f, gzipSync(text));
      return f;
    };
    const header =
      '{"schema":"model-gate/examples@1","task":"binary","n":2,"classes":["a","b"],"positive":1,"ids":false,"score_width":0}';
    await expect(readExamples(await write('s.gz', '{"schema":"other@1"}\n'))).rejects.toThrow(
      /s\.gz, line 1: unknown schema "other@1"/,
    );
    await expect(readExamples(await write('r.gz', `${header}\n[0,1]\n[0,5]\n`))).rejects.toThrow(
      /line 3: y_pred must be a class index from -1 to 1/,
    );
    await expect(readExamples(await write('t.gz', `${header}\n[0,1]\n`))).rejects.toThrow(
      /truncated: 1 rows, the header declares 2/,
    );
    await expect(readExamples(await write('j.gz', `${header}\n[0,1\n`))).rejects.toThrow(
      /line 2: not valid JSON/,
    );
    await expect(readExamples(await write('x.gz', `${header}\n[0,1]\n[1,1]\n[1,1]\n`))).rejects.toThrow(
      /line 4: more rows/,
    );
    const plain = join(dir, 'plain.gz');
    await writeFile(plain, 'not gzip at all');
    await expect(readExamples(plain)).rejects.toThrow(/plain\.gz: not a model-gate examples file/);
    const broken = join(dir, 'broken.gz');
    await writeFile(broken, Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    await expect(readExamples(broken)).rejects.toThrow(/broken\.gz: not a readable gzip file/);
    await expect(readExamples(join(dir, 'missing.gz'))).rejects.toThrow(/file not found/);
  });
});

describe('examples@2 sidecar (columnar)', () => {
  const binary = (): ClassificationData => ({
    task: 'binary',
    n: 3,
    classes: ['no', 'yes'],
    yTrue: Int32Array.of(0, 1, 1),
    yPred: Int32Array.of(0, 1, 0),
    positive: 1,
    scores: Float64Array.of(0.1, 0.9, 0.4),
    scoreKind: 'probability',
    ids: ['a', 'é', 'c'],
  });
  /** The written file, split into its header object and the bytes after the header line. */
  const parts = async (file: string) => {
    const bytes = await readFile(file);
    const nl = bytes.indexOf(0x0a);
    return { header: JSON.parse(bytes.toString('utf8', 0, nl)), rest: bytes.subarray(nl + 1) };
  };
  /** A header line padded as the writer pads it. */
  const line = (h: unknown) => {
    const json = JSON.stringify(h);
    return json + ' '.repeat(Math.ceil((json.length + 1) / 8) * 8 - json.length - 1) + '\n';
  };

  it('is a JSON header line then 8-byte-aligned little-endian columns', async () => {
    const dir = await tmp();
    const file = await writeExamples(dir, binary());
    const { header, rest } = await parts(file);
    expect(header.schema).toBe('model-gate/examples@2');
    expect(header.columns).toEqual([
      { name: 'y_true', type: 'int32', count: 3 },
      { name: 'y_pred', type: 'int32', count: 3 },
      { name: 'scores', type: 'float64', count: 3 },
      { name: 'id_lengths', type: 'uint32', count: 3 },
      { name: 'id_bytes', type: 'bytes', count: 4 },
    ]);
    expect(rest.readInt32LE(4)).toBe(1);
    expect(rest.readDoubleLE(32 + 8)).toBe(0.9);
    expect(rest.length).toBe(16 + 16 + 24 + 16 + 8);
  });

  it('rejects truncated, padded, garbled and lying files naming the file and the fault, without allocating what they claim', async () => {
    const dir = await tmp();
    const file = await writeExamples(dir, binary());
    const good = await readFile(file);
    const { header, rest } = await parts(file);
    const put = async (name: string, bytes: Buffer | string) => {
      const f = join(dir, name);
      await writeFile(f, bytes);
      return f;
    };
    await expect(readExamples(await put('cut.bin', good.subarray(0, good.length - 3)))).rejects.toThrow(
      /cut\.bin: truncated: the header declares 3 rows \(\d+ bytes in all\) but the file has \d+ bytes/,
    );
    await expect(readExamples(await put('long.bin', Buffer.concat([good, Buffer.alloc(8)])))).rejects.toThrow(
      /long\.bin: 8 unexpected bytes after the 3 rows/,
    );
    // A huge declared n is refused by the size check before anything is allocated.
    const huge = {
      ...header,
      n: 400_000_000,
      columns: header.columns.map((c: { name: string; count: number }) => ({
        ...c,
        count: c.name === 'id_bytes' ? 4 : 400_000_000,
      })),
    };
    await expect(
      readExamples(await put('huge.bin', Buffer.concat([Buffer.from(line(huge)), rest]))),
    ).rejects.toThrow(/huge\.bin: truncated: the header declares 400000000 rows/);
    const lying = { ...header, n: 2 };
    await expect(
      readExamples(await put('lie.bin', Buffer.concat([Buffer.from(line(lying)), rest]))),
    ).rejects.toThrow(/lie\.bin: the header's "columns" .* do not match its fields/);
    const code = Buffer.from(good);
    code.writeInt32LE(7, good.indexOf(0x0a) + 1 + 16 + 4); // y_pred of row 2 (after y_true's 16 bytes)
    await expect(readExamples(await put('code.bin', code))).rejects.toThrow(
      /code\.bin: row 2: y_pred 7 is not a class index from -1 to 1/,
    );
    const lengths = Buffer.from(good);
    lengths.writeUInt32LE(3, good.indexOf(0x0a) + 1 + 56);
    await expect(readExamples(await put('len.bin', lengths))).rejects.toThrow(
      /len\.bin: the id lengths add up to 6 bytes but the header declares "id_bytes": 4/,
    );
    const utf8 = Buffer.from(good);
    utf8[utf8.length - 6] = 0xff; // the second byte of "é" (the ids end 4 bytes before the padding)
    await expect(readExamples(await put('utf8.bin', utf8))).rejects.toThrow(
      /utf8\.bin: the ids are not valid UTF-8/,
    );
    await expect(readExamples(await put('hdr.bin', '{"schema":"model-gate/examples@2",'))).rejects.toThrow(
      /hdr\.bin: the header line has no end/,
    );
    await expect(readExamples(await put('empty.bin', ''))).rejects.toThrow(/empty\.bin: empty examples file/);
    await expect(
      readExamples(await put('other.bin', line({ ...header, schema: 'model-gate/examples@9' }))),
    ).rejects.toThrow(/unknown schema "model-gate\/examples@9"/);
  });

  it('reports progress while writing and reading (drawn by the CLI and Action loggers)', async () => {
    const dir = await tmp();
    const seen: string[] = [];
    const logger: Logger = {
      ...silentLogger,
      progress: {
        start: (label) => ({
          update: (done, total) => seen.push(`${label.replace(dir, 'DIR')} ${done}/${total}`),
          done: (summary) => seen.push(`${label.replace(dir, 'DIR')}: ${summary}`),
        }),
      },
    };
    const file = await writeExamples(dir, binary(), logger);
    await readExamples(file, logger);
    expect(seen.at(-1)).toBe('Reading DIR/examples.bin: 3 rows');
    expect(seen).toContain('Writing DIR/examples.bin: 3 rows, 0.0 MiB');
    expect(seen.some((l) => /^Reading DIR\/examples.bin (\d+)\/\1$/.test(l))).toBe(true);
  });

  it('reads an examples@1 baseline from an older version and loadBaseline accepts its format', async () => {
    const dir = await tmp();
    const data = binary();
    const v1 =
      '{"schema":"model-gate/examples@1","task":"binary","n":3,"classes":["no","yes"],"positive":1,"score_kind":"probability","ids":true,"score_width":1}\n' +
      '["a",0,0,0.1]\n["é",1,1,0.9]\n["c",1,0,0.4]\n';
    await writeFile(join(dir, 'examples.jsonl.gz'), gzipSync(v1));
    expect(await readExamples(join(dir, 'examples.jsonl.gz'))).toEqual(data);
    const result = resultOf(data);
    result.examples = { file: 'examples.jsonl.gz', format: 'model-gate/examples@1', rows: 3 };
    await writeFile(join(dir, 'result.json'), serializeResult(result));
    expect((await loadBaseline(dir)).examples).toEqual(data);
  });
});

describe('loadBaseline', () => {
  it('loads a run folder with its sidecar, or a bare result.json', async () => {
    const dir = await tmp();
    const data = classification(40, 0.8, 2);
    const result = resultOf(data);
    await writeExamples(dir, data);
    result.examples = { file: 'examples.bin', format: 'model-gate/examples@2', rows: 40 };
    await writeFile(join(dir, 'result.json'), serializeResult(result));
    const loaded = await loadBaseline(dir);
    expect(loaded.result.metrics).toEqual(result.metrics);
    expect(loaded.examples).toEqual(data);
    const bare = await loadBaseline(join(dir, 'result.json'));
    expect(bare.examples).toEqual(data);

    const lone = await tmp();
    await writeFile(join(lone, 'result.json'), serializeResult(result));
    const noSidecar = await loadBaseline(join(lone, 'result.json'));
    expect(noSidecar.examples).toBeNull();
    expect(noSidecar.warnings[0]).toMatch(/examples file "examples.bin" is missing/);
  });

  it('rejects unsafe sidecar paths, unknown schemas and non-results', async () => {
    const dir = await tmp();
    const result = resultOf(classification(10, 0.8, 2));
    for (const file of ['../examples.jsonl.gz', '/etc/passwd', 'sub/../../x.gz']) {
      await writeFile(
        join(dir, 'result.json'),
        serializeResult({ ...result, examples: { file, format: 'model-gate/examples@1', rows: 10 } }),
      );
      await expect(loadBaseline(dir)).rejects.toThrow(/must be a relative path inside the result's folder/);
    }
    await writeFile(join(dir, 'result.json'), JSON.stringify({ ...result, schema: 'model-gate/result@9' }));
    await expect(loadBaseline(dir)).rejects.toThrow(
      /unknown schema "model-gate\/result@9"; this version of model-gate reads "model-gate\/result@1"/,
    );
    await writeFile(join(dir, 'result.json'), '{"hello": 1}');
    await expect(loadBaseline(dir)).rejects.toThrow(/not a model-gate result/);
    await writeFile(join(dir, 'result.json'), '{oops');
    await expect(loadBaseline(dir)).rejects.toThrow(/result\.json: not valid JSON/);
    const empty = await tmp();
    await mkdir(join(empty, 'sub'));
    await expect(loadBaseline(join(empty, 'sub'))).rejects.toThrow(/no result\.json in this folder/);
    await expect(loadBaseline(join(empty, 'nope'))).rejects.toThrow(/no such file or folder/);
  });
});
