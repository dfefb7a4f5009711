import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadBaseline, readExamples, writeExamples } from '../../src/compare/index.js';
import type { ClassificationData } from '../../src/evaluate/evaluation-data.js';
import { serializeResult } from '../../src/result/write.js';
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
      expect(file).toBe(join(sub, 'examples.jsonl.gz'));
      const back = await readExamples(file);
      expect(back).toEqual(data);
      const bytes = await readFile(file);
      await writeExamples(sub, data);
      expect((await readFile(file)).equals(bytes)).toBe(true);
    }
  });

  it('rejects damaged or foreign files with the file and line', async () => {
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
    await expect(readExamples(plain)).rejects.toThrow(/plain\.gz: not a readable gzip file/);
    await expect(readExamples(join(dir, 'missing.gz'))).rejects.toThrow(/file not found/);
  });
});

describe('loadBaseline', () => {
  it('loads a run folder with its sidecar, or a bare result.json', async () => {
    const dir = await tmp();
    const data = classification(40, 0.8, 2);
    const result = resultOf(data);
    await writeExamples(dir, data);
    result.examples = { file: 'examples.jsonl.gz', format: 'model-gate/examples@1', rows: 40 };
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
    expect(noSidecar.warnings[0]).toMatch(/examples file "examples.jsonl.gz" is missing/);
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
