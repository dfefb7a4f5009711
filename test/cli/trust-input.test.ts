import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResult } from '../../src/result/parse.js';
import { CLI, expectNoCrash, expectUserError, parseJson, runCli, tempDir, writeFixture } from './helpers.js';

// The "Trust" issue, input side: each test fails on the reader before its fix and names the class
// of problem, not one example of it.

let dir: string;
beforeAll(() => {
  dir = tempDir('model-gate-trust-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function evaluate(file: string, ...flags: string[]) {
  return runCli(['evaluate', '--predictions', file, '--format', 'json', ...flags]);
}

describe('labels are told apart by their exact text', () => {
  it('refuses labels that are not valid UTF-8 instead of merging them (Latin-1, CESU-8 surrogates)', async () => {
    const latin = writeFixture(
      dir,
      'latin1.csv',
      Buffer.concat([
        Buffer.from('label,prediction\n'),
        Buffer.from([0xe9, 0x2c, 0xe9, 0x0a, 0xe8, 0x2c, 0xe9, 0x0a]),
      ]),
    );
    const msg = expectUserError(await evaluate(latin));
    expect(msg).toMatch(/latin1\.csv, line 2, column "label": not valid UTF-8 at byte 1/);
    // CESU-8: U+10000 as two 3-byte surrogates.
    const cesu = writeFixture(
      dir,
      'cesu.csv',
      Buffer.concat([
        Buffer.from('label,prediction\na,a\n'),
        Buffer.from([0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80]),
        Buffer.from(',a\n'),
      ]),
    );
    expect(expectUserError(await evaluate(cesu))).toMatch(
      /line 3, column "label": not valid UTF-8 at byte 1/,
    );
    const lone = writeFixture(dir, 'lone.jsonl', [
      '{"label": "\\ud800", "prediction": "a"}',
      '{"label": "\\udc00", "prediction": "a"}',
    ]);
    expect(expectUserError(await evaluate(lone))).toMatch(/line 1, column "label": .*unpaired surrogate/);
  });

  it('keeps integers beyond 2^53 apart (CSV, JSON numbers, JSON lines with escapes) but merges 1 and 1.0', async () => {
    const csv = writeFixture(dir, 'big.csv', [
      'label,prediction',
      '9007199254740993,9007199254740993',
      '9007199254740992,9007199254740993',
    ]);
    const jsonl = writeFixture(dir, 'big.jsonl', [
      '{"label": 9007199254740993, "prediction": 9007199254740993}',
      '{"label": 9007199254740992, "prediction": 9007199254740993, "note": "\\u00e9"}',
    ]);
    for (const file of [csv, jsonl]) {
      const run = await evaluate(file);
      const r = parseJson(run);
      expect(r.metrics.accuracy).toBe(0.5);
      expect(Object.keys(r.per_class)).toEqual(['9007199254740992', '9007199254740993']);
    }
    const same = writeFixture(dir, 'one.csv', ['label,prediction', '1,1.0', '0,0', '1.0,1']);
    const r = parseJson(await evaluate(same));
    expect(r.metrics.accuracy).toBe(1);
    expect(Object.keys(r.per_class)).toEqual(['0', '1']);
  });

  it('keeps classes named like Object.prototype members in per_class and confusion', async () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const rows = ['label,prediction'];
    for (const a of names) for (const b of names) rows.push(`${a},${b}`);
    const out = join(dir, 'proto-result.json');
    const run = await evaluate(writeFixture(dir, 'proto.csv', rows), '--out', out);
    expect(run.code).toBe(0);
    const r = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(r.per_class).sort()).toEqual([...names].sort());
    for (const name of names) expect(Object.hasOwn(r.per_class, name)).toBe(true);
    expect(r.per_class.__proto__.support).toBe(4);
    expect([...r.confusion.labels].sort()).toEqual([...names].sort());
    expect(r.confusion.counts).toHaveLength(16);
  });
});

describe('honest numbers', () => {
  it('reports an overflowed regression metric as infinite, with a warning, and reads it back', async () => {
    const file = writeFixture(dir, 'overflow.csv', ['label,prediction', '1,1e200', '2,2', '3,3']);
    const out = join(dir, 'overflow-result.json');
    const run = await runCli(['evaluate', '--predictions', file, '--task', 'regression', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/mse overflowed/);
    const text = readFileSync(out, 'utf8');
    const raw = JSON.parse(text);
    expect(raw.metrics.mse).toBe('inf');
    expect(raw.metrics.rmse).toBe('inf');
    expect(raw.metrics.r2).toBe('-inf');
    expect(raw.warnings.join('\n')).toMatch(/rmse overflowed/);
    const back = parseResult(text, out);
    expect(back.metrics.mse).toBe(Infinity);
    expect(back.metrics.r2).toBe(-Infinity);
  });

  it('keeps the score of a row whose prediction is empty (--missing count-as-wrong)', async () => {
    const rows = ['label,prediction,score', '1,1,0.9', '0,0,0.2', '1,,0.1', '0,1,0.6', '1,0,0.7'];
    const r = parseJson(
      await evaluate(
        writeFixture(dir, 'empty-pred.csv', rows),
        '--score-column',
        'score',
        '--missing',
        'count-as-wrong',
      ),
    );
    // scikit-learn 1.2: roc_auc_score([1,0,1,0,1], [0.9,0.2,0.1,0.6,0.7]) = 0.6666666666666666 (the
    // row without a predicted label keeps its score; dropping it would give 1.0).
    expect(r.metrics.roc_auc).toBeCloseTo(2 / 3, 15);
    expect(r.errors.invalid_rows).toBe(1);
  });

  it('warns loudly, naming --positive-label, when the scores are inverted', async () => {
    const rows = ['label,prediction,score'];
    for (let i = 0; i < 50; i++) rows.push(`1,1,${(0.05 + (i % 10) / 100).toFixed(2)}`);
    for (let i = 0; i < 50; i++) rows.push(`0,0,${(0.85 + (i % 10) / 100).toFixed(2)}`);
    rows.push('1,0,0.99');
    const run = await evaluate(writeFixture(dir, 'inverted.csv', rows), '--score-column', 'score');
    const r = parseJson(run);
    expect(r.metrics.roc_auc).toBeLessThan(0.1);
    expect(run.stderr).toMatch(/SCORES LOOK INVERTED.*--positive-label "0"/);
    expect(r.warnings.join('\n')).toMatch(/SCORES LOOK INVERTED/);
  });

  it('refuses --task auto on a numeric target that looks like regression', async () => {
    const floats = writeFixture(dir, 'floats.csv', ['label,prediction', '1,1', '2.5,2.5', '3,3']);
    const msg = expectUserError(await evaluate(floats));
    expect(msg).toMatch(
      /floats\.csv, line 3, column "label": --task auto: the label "2\.5" is not an integer/,
    );
    expect(msg).toMatch(/--task regression/);
    const many = ['label,prediction'];
    for (let i = 0; i < 200; i++) many.push(`${i},${i + 1}`);
    expect(expectUserError(await evaluate(writeFixture(dir, 'many.csv', many)))).toMatch(
      /201 distinct numeric labels in 200 rows.*--task regression/,
    );
    // Said explicitly, the numbers are classes.
    expect((await evaluate(floats, '--task', 'multiclass')).code).toBe(0);
  });
});

describe('binary with one probability column per class (--score-prefix)', () => {
  const fixture = JSON.parse(readFileSync('test/fixtures/metrics/binary_prefix.json', 'utf8')) as {
    cases: {
      name: string;
      columns: string[];
      y_true: string[];
      y_pred: string[];
      probabilities: number[][];
      expected: Record<string, number>;
    }[];
  };
  for (const c of fixture.cases)
    it(`${c.name}: log_loss renormalises over every column, as scikit-learn 1.2`, async () => {
      const rows = [`label,prediction,${c.columns.map((k) => `p_${k}`).join(',')}`];
      c.y_true.forEach((t, i) =>
        rows.push(`${t},${c.y_pred[i]},${c.probabilities[i].map(String).join(',')}`),
      );
      const run = await evaluate(writeFixture(dir, `${c.name}.csv`, rows), '--score-prefix', 'p_');
      const r = parseJson(run);
      expect(r.task).toBe('binary');
      for (const [metric, value] of Object.entries(c.expected))
        expect(r.metrics[metric], metric).toBeCloseTo(value, 12);
      expect(r.warnings.join('\n')).toMatch(
        new RegExp(
          `Binary task with ${c.columns.length} --score-prefix columns .*log_loss clips each row and renormalises it over all ${c.columns.length} columns`,
        ),
      );
    });
});

describe('messages', () => {
  it('says what is wrong with CR-only line endings', async () => {
    const file = writeFixture(dir, 'mac.csv', 'label,prediction\r1,1\r0,0\r');
    const msg = expectUserError(await evaluate(file));
    expect(msg).toMatch(/mac\.csv, line 1: the lines end with a bare CR/);
    expect(msg).not.toMatch(/prediction\\r1/);
  });

  it('names the file and line of each label when --score-column meets a third label', async () => {
    const file = writeFixture(dir, 'stray.csv', ['label,prediction,score', 'a,a,0.9', 'b,b,0.1', 'c,a,0.5']);
    const msg = expectUserError(await evaluate(file, '--score-column', 'score'));
    expect(msg).toMatch(/"c" \(first at .*stray\.csv, line 4, column "label"\)/);
    const explicit = writeFixture(dir, 'stray-binary.csv', ['label,prediction', 'a,a', 'b,b', 'a,z']);
    expect(expectUserError(await evaluate(explicit, '--task', 'binary'))).toMatch(
      /"z" \(first at .*stray-binary\.csv, line 4, column "prediction"\)/,
    );
  });

  it('refuses a JSON object or array value even on a line with an escape', async () => {
    const obj = writeFixture(dir, 'nested.jsonl', [
      '{"label": "a", "prediction": "a"}',
      '{"label": "b", "prediction": {"x": 1}, "note": "\\u0041"}',
    ]);
    expect(expectUserError(await evaluate(obj))).toMatch(
      /line 2, column "prediction": expected a string or number, got an object/,
    );
    const arr = writeFixture(dir, 'nested-array.jsonl', [
      '{"label": "a", "prediction": "a", "score": 0.5}',
      '{"label": "b", "prediction": "b", "score": [1], "note": "\\u0041"}',
    ]);
    expect(expectUserError(await evaluate(arr, '--score-column', 'score'))).toMatch(
      /line 2, column "score": expected a number, got an array/,
    );
  });

  it('shortens data values quoted in messages', async () => {
    const huge = 'x'.repeat(900_000);
    const multi = writeFixture(dir, 'huge-label.csv', ['label,prediction', `${huge},a`, 'b,c']);
    const msg = expectUserError(await evaluate(multi, '--task', 'binary'));
    expect(msg.length).toBeLessThan(2000);
    const reg = writeFixture(dir, 'huge-reg.csv', ['label,prediction', `${'y'.repeat(5_000_000)},1`]);
    const msg2 = expectUserError(await evaluate(reg, '--task', 'regression'));
    expect(msg2).toMatch(/is not a finite number/);
    expect(msg2.length).toBeLessThan(1000);
  });
});

describe('bombs, devices and pipes', () => {
  it('stops a gzip bomb (one endless line) with a clear message', async () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from('label,prediction\n'), Buffer.alloc(40 << 20, 0x61)]));
    expect(bomb.length).toBeLessThan(100_000);
    const msg = expectUserError(await evaluate(writeFixture(dir, 'bomb.csv.gz', bomb)));
    expect(msg).toMatch(/line 2: a line \(record\) longer than 16777216 bytes.*MODEL_GATE_MAX_LINE_BYTES/);
  });

  it('refuses an input limit override that is not a whole number of bytes, naming the variable', async () => {
    const file = writeFixture(dir, 'limits.csv', ['label,prediction', 'a,a', 'b,b']);
    for (const [name, value] of [
      ['MODEL_GATE_MAX_LINE_BYTES', 'abc'],
      ['MODEL_GATE_MAX_FIELD_BYTES', '-1'],
      ['MODEL_GATE_MAX_DECOMPRESSED_BYTES', '1e3'],
    ]) {
      const run = await runCli(['evaluate', '--predictions', file, '--format', 'json'], {
        env: { [name]: value },
      });
      const msg = expectUserError(run);
      expect(msg).toContain(`${name} must be a whole number of bytes above 0, got "${value}"`);
    }
    const ok = await runCli(['evaluate', '--predictions', file, '--format', 'json'], {
      env: { MODEL_GATE_MAX_FIELD_BYTES: '4096' },
    });
    expect(ok.code).toBe(0);
  });

  it('caps a long label cell', async () => {
    const file = writeFixture(dir, 'long-cell.csv', ['label,prediction', `${'z'.repeat(2 << 20)},a`]);
    expect(expectUserError(await evaluate(file))).toMatch(
      /line 2, column "label": the value is 2097152 bytes long/,
    );
  });

  it('refuses /dev/zero as predictions and as a latency file', async () => {
    expect(expectUserError(await evaluate('/dev/zero'))).toMatch(/NUL \(0x00\): this is not UTF-8 text/);
    const run = await runCli([
      'bench',
      '--runs',
      '1',
      '--warmup',
      '0',
      '--latency-file',
      '/dev/zero',
      '--',
      process.execPath,
      '-e',
      '0',
    ]);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\/dev\/zero: holds a NUL byte: this is not a text file/);
  });

  it('reads a named pipe (plain and gzipped) fed by another process', async () => {
    const plain = writeFixture(dir, 'pipe-src.csv', [
      'id,label,prediction,score',
      'a,1,1,0.9',
      'b,0,0,0.2',
      'c,1,0,0.4',
    ]);
    const gz = writeFixture(dir, 'pipe-src.csv.gz', gzipSync(readFileSync(plain)));
    const expected = parseJson(await evaluate(plain, '--score-column', 'score')).metrics;
    for (const [name, src] of [
      ['fifo-plain', plain],
      ['fifo-gz', gz],
    ]) {
      const fifo = join(dir, name);
      execFileSync('mkfifo', [fifo]);
      const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', src, fifo]);
      const written = new Promise((resolve) => writer.on('close', resolve));
      const run = await evaluate(fifo, '--score-column', 'score');
      await written;
      expect(run.code, run.stderr).toBe(0);
      expect(parseJson(run).metrics).toEqual(expected);
    }
  });

  it('reads process substitution (<(gzip -c f)) and says when a pipe cannot be re-read', async () => {
    const src = writeFixture(dir, 'subst.csv', ['id,label,prediction', 'a,1,1', 'b,0,0', 'c,1,0']);
    const viaPipe = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn('bash', [
        '-c',
        'exec "$0" "$1" evaluate --predictions <(gzip -c "$2") --format json',
        process.execPath,
        CLI,
        src,
      ]);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(viaPipe.code, viaPipe.stderr).toBe(0);
    expect(parseJson(viaPipe).metrics).toEqual(parseJson(await evaluate(src)).metrics);

    // A duplicate id is located by a second read, which a pipe does not allow: said plainly.
    const dup = writeFixture(dir, 'dup.csv', ['id,label,prediction', 'a,1,1', 'b,0,0', 'a,1,0']);
    const fifo = join(dir, 'fifo-dup');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', dup, fifo]);
    const written = new Promise((resolve) => writer.on('close', resolve));
    const msg = expectUserError(await evaluate(fifo));
    await written;
    expect(msg).toMatch(/two rows share an id .*The input is a pipe/);
  });
});
