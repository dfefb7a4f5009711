import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { DEFAULT_EVALUATE_OPTIONS } from '../../../src/result/evaluation-data.js';
import { readEvaluationData } from '../../../src/evaluate/read/index.js';
import { CHUNK_BYTES } from '../../../src/evaluate/read/source.js';
import type { Logger, Progress } from '../../../src/util/progress.js';
import { silentLogger } from '../../../src/util/progress.js';

// The readers read into one window Buffer (the unscanned rest of a read moved to its front, then
// refilled) instead of concatenating fresh chunks: records that straddle reads, records longer
// than the window, headers longer than a read, plain and gzipped, must all read as before.

const dir = mkdtempSync(join(tmpdir(), 'model-gate-window-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function read(predictions: string, logger: Logger = silentLogger) {
  const { data } = await readEvaluationData({ ...DEFAULT_EVALUATE_OPTIONS, predictions }, logger);
  if (data.task === 'regression') throw new Error('expected classification');
  return { data, ids: data.ids!, labels: Array.from(data.yTrue, (y) => data.classes[y]) };
}

describe('the read window', () => {
  it('reads many windows of rows, plain and gzipped, CSV and JSON Lines', async () => {
    const n = 300_000; // ~8 MB: several refills of the window
    const csv = ['id,label,prediction,pad'];
    const jsonl: string[] = [];
    for (let i = 0; i < n; i++) {
      const pad = 'p'.repeat(i % 13);
      csv.push(`row-${i},c${i % 3},c${i % 4},${pad}`);
      jsonl.push(`{"id":"row-${i}","label":"c${i % 3}","prediction":"c${i % 4}","pad":"${pad}"}`);
    }
    const csvText = csv.join('\n') + '\n';
    const jsonlText = jsonl.join('\n'); // no final newline
    expect(csvText.length).toBeGreaterThan(4 * CHUNK_BYTES);
    for (const path of [
      file('many.csv', csvText),
      file('many.csv.gz', gzipSync(csvText)),
      file('many.jsonl', jsonlText),
      file('many.jsonl.gz', gzipSync(jsonlText)),
    ]) {
      const { data, ids, labels } = await read(path);
      expect(data.n, path).toBe(n);
      for (const i of [0, 1, 12_345, 99_999, 150_001, n - 1]) {
        expect(ids[i], path).toBe(`row-${i}`);
        expect(labels[i], path).toBe(`c${i % 3}`);
      }
    }
  });

  it('reads records and a header longer than the window', async () => {
    // Cells this long are over the default 1 MiB field limit: the documented override allows them.
    process.env.MODEL_GATE_MAX_FIELD_BYTES = String(16 << 20);
    onTestFinished(() => {
      delete process.env.MODEL_GATE_MAX_FIELD_BYTES;
    });
    const big = 'L'.repeat(5 * CHUNK_BYTES + 17);
    const bigger = 'M'.repeat(9 * CHUNK_BYTES + 3);
    const longName = 'n'.repeat(3 * CHUNK_BYTES);
    const csv =
      `id,label,prediction,${longName}\n` +
      `a,"${big}",x,1\n` +
      `b,y,x,2\n` +
      `c,"multi\nline ${bigger}",x,3\n` +
      `d,y,x,4`;
    const jsonl =
      `{"id":"a","label":"${big}","prediction":"x","${longName}":1}\n` +
      `{"id":"b","label":"y","prediction":"x"}\n` +
      `{"id":"c","label":"multi\\nline ${bigger}","prediction":"x"}\n` +
      `{"id":"d","label":"y","prediction":"x"}\n`;
    for (const path of [
      file('long.csv', csv),
      file('long.csv.gz', gzipSync(csv)),
      file('long.jsonl', jsonl),
      file('long.jsonl.gz', gzipSync(jsonl)),
    ]) {
      const { ids, labels } = await read(path);
      expect(ids, path).toEqual(['a', 'b', 'c', 'd']);
      expect(labels[0] === big, path).toBe(true);
      expect(labels[1], path).toBe('y');
      expect(labels[2] === `multi\nline ${bigger}`, path).toBe(true);
      expect(labels[3], path).toBe('y');
    }
  });

  it('reports bytes and rows read to the progress', async () => {
    const rows: string[] = ['label,prediction'];
    for (let i = 0; i < 200_000; i++) rows.push(`${i % 2},${i % 3 === 0 ? 1 : 0}`);
    const path = file('progress.csv', rows.join('\n') + '\n');
    const calls: [number, number | undefined, number | undefined][] = [];
    const progress: Progress = {
      update: (done, total, _detail, r) => calls.push([done, total, r]),
      done: () => {},
    };
    const logger: Logger = { ...silentLogger, progress: { start: () => progress } };
    await readEvaluationData({ ...DEFAULT_EVALUATE_OPTIONS, predictions: path }, logger);
    const last = calls[calls.length - 1];
    expect(last[0]).toBe(last[1]);
    expect(last[2]).toBe(200_000);
    for (let i = 1; i < calls.length; i++) expect(calls[i][2]!).toBeGreaterThanOrEqual(calls[i - 1][2]!);
  });
});
