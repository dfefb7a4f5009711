import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoCrash, expectUserError, parseJson, runCli, tempDir, writeFixture } from './helpers.js';

// What a user sees when the input is wrong: exit 2 and one paragraph on stderr that says what and
// where (file, line, column, value), through the committed bundle. Never a stack trace.
let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = tempDir('model-gate-cli-errors-');
  writeFixture(dir, 'ok.csv', ['id,label,prediction', '1,a,a', '2,b,b', '3,a,b']);
  writeFixture(dir, 'empty.csv', '');
  writeFixture(dir, 'duplicate.csv', ['id,label,prediction', 'x1,a,a', 'x2,b,b', 'x3,a,a', 'x2,a,b']);
  writeFixture(dir, 'short-row.csv', ['id,label,prediction', '1,a,a', '2,b', '3,a,b']);
  writeFixture(dir, 'text-score.csv', ['id,label,prediction,score', '1,0,0,0.1', '2,1,1,high', '3,1,0,0.3']);
  writeFixture(dir, 'nan-score.csv', ['id,label,prediction,score', '1,0,0,0.1', '2,1,1,0.8', '3,1,0,NaN']);
  writeFixture(dir, 'proba-out-of-range.csv', [
    'id,label,prediction,p_a,p_b,p_c',
    '1,a,a,0.8,0.1,0.1',
    '2,b,b,0.2,1.5,-0.7',
    '3,c,c,0.1,0.1,0.8',
  ]);
  writeFixture(dir, 'proba-unnormalised.csv', [
    'id,label,prediction,p_a,p_b,p_c',
    '1,a,a,0.8,0.3,0.1',
    '2,b,b,0.1,0.7,0.1',
    '3,c,c,0.1,0.1,0.8',
    '4,a,b,0.3,0.5,0.2',
  ]);
  writeFixture(dir, 'labels.csv', ['id,label', ...Array.from({ length: 12 }, (_, i) => `e${i},${i % 3}`)]);
  // e5, e8, e9, e10 and e11 have no prediction.
  writeFixture(dir, 'partial.csv', [
    'id,prediction',
    ...[0, 1, 2, 3, 4, 6, 7].map((i) => `e${i},${i === 0 ? 1 : i % 3}`),
  ]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('evaluate: bad input is exit 2 with a plain message', () => {
  it('a predictions file that does not exist', async () => {
    const message = expectUserError(await runCli(['evaluate', '--predictions', file('nope.csv')]));
    expect(message).toContain('nope.csv');
    expect(message).toMatch(/not found/i);
  });

  it('an empty file', async () => {
    const message = expectUserError(await runCli(['evaluate', '--predictions', file('empty.csv')]));
    expect(message).toContain('empty.csv');
    expect(message).toMatch(/empty/i);
    expect(message).toMatch(/header/i);
  });

  it('a missing column: lists the columns there are and the closest name', async () => {
    const message = expectUserError(
      await runCli(['evaluate', '--predictions', file('ok.csv'), '--label-column', 'lable']),
    );
    expect(message).toContain('ok.csv');
    expect(message).toContain('"lable"');
    expect(message).toContain('--label-column');
    for (const column of ['"id"', '"label"', '"prediction"']) expect(message).toContain(column);
    expect(message).toMatch(/did you mean "label"/i);
  });

  it('a duplicate id: both line numbers', async () => {
    const message = expectUserError(await runCli(['evaluate', '--predictions', file('duplicate.csv')]));
    expect(message).toContain('duplicate.csv');
    expect(message).toContain('"x2"');
    expect(message).toMatch(/line 5\b/);
    expect(message).toMatch(/line 3\b/);
    expect(message).toMatch(/duplicate/i);
  });

  it('a row with the wrong number of fields', async () => {
    const message = expectUserError(await runCli(['evaluate', '--predictions', file('short-row.csv')]));
    expect(message).toContain('short-row.csv');
    expect(message).toMatch(/line 3\b/);
    expect(message).toMatch(/expected 3 fields/);
    expect(message).toMatch(/found 2/);
  });

  it('a score that is not a number: file, line, column and value', async () => {
    const message = expectUserError(
      await runCli(['evaluate', '--predictions', file('text-score.csv'), '--score-column', 'score']),
    );
    expect(message).toContain('text-score.csv');
    expect(message).toMatch(/line 3\b/);
    expect(message).toContain('"score"');
    expect(message).toContain('"high"');
    expect(message).toMatch(/number/);
  });

  it('a NaN score is refused like any other non-number', async () => {
    const message = expectUserError(
      await runCli(['evaluate', '--predictions', file('nan-score.csv'), '--score-column', 'score']),
    );
    expect(message).toContain('nan-score.csv');
    expect(message).toMatch(/line 4\b/);
    expect(message).toContain('"score"');
    expect(message).toContain('NaN');
  });

  it('multiclass probabilities outside [0, 1]', async () => {
    const message = expectUserError(
      await runCli(['evaluate', '--predictions', file('proba-out-of-range.csv'), '--score-prefix', 'p_']),
    );
    expect(message).toContain('proba-out-of-range.csv');
    expect(message).toMatch(/line 3\b/);
    expect(message).toContain('"p_b"');
    expect(message).toContain('1.5');
    expect(message).toContain('[0, 1]');
  });

  it('multiclass rows that do not sum to 1: a warning, still exit 0', async () => {
    const run = await runCli([
      'evaluate',
      '--predictions',
      file('proba-unnormalised.csv'),
      '--score-prefix',
      'p_',
      '--format',
      'json',
    ]);
    expectNoCrash(run);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^warning: .*do not sum to 1/m);
    expect(run.stderr).toContain('proba-unnormalised.csv');
    const result = parseJson(run);
    expect(result.task).toBe('multiclass');
    expect(result.metrics.log_loss).toBeGreaterThan(0);
  });

  it('an unknown task suggests the one meant', async () => {
    const message = expectUserError(
      await runCli(['evaluate', '--predictions', file('ok.csv'), '--task', 'multi']),
    );
    expect(message).toContain('--task');
    expect(message).toContain('"multi"');
    expect(message).toMatch(/auto, binary, multiclass, regression/);
    expect(message).toMatch(/did you mean "multiclass"/i);
  });

  it('an unknown flag suggests the flag meant', async () => {
    const message = expectUserError(await runCli(['evaluate', '--predictons', file('ok.csv')]));
    expect(message).toContain('"--predictons"');
    expect(message).toMatch(/did you mean "--predictions"/i);
  });

  it('no --predictions at all', async () => {
    const message = expectUserError(await runCli(['evaluate', '--format', 'json']));
    expect(message).toContain('--predictions');
    expect(message).toMatch(/required/);
  });

  it('a stray word (a forgotten flag name) is refused, not ignored', async () => {
    const message = expectUserError(await runCli(['evaluate', file('ok.csv')]));
    expect(message).toMatch(/unexpected argument/);
  });

  it('missing predictions: the first missing ids and the way out', async () => {
    const message = expectUserError(
      await runCli(['evaluate', '--predictions', file('partial.csv'), '--labels', file('labels.csv')]),
    );
    expect(message).toContain('partial.csv');
    expect(message).toMatch(/5 of the 12 ids/);
    for (const id of ['"e5"', '"e8"', '"e9"']) expect(message).toContain(id);
    expect(message).toContain('--missing count-as-wrong');
  });

  it('missing predictions with --missing count-as-wrong: exit 0, counted in errors', async () => {
    const run = await runCli([
      'evaluate',
      '--predictions',
      file('partial.csv'),
      '--labels',
      file('labels.csv'),
      '--missing',
      'count-as-wrong',
      '--format',
      'json',
    ]);
    expectNoCrash(run);
    expect(run.code, run.stderr).toBe(0);
    const result = parseJson(run);
    expect(result.n).toBe(12);
    expect(result.errors.missing_predictions).toBe(5);
    // 5 missing (wrong) + e0 predicted 1 for label 0: 6 right of 12.
    expect(result.metrics.accuracy).toBeCloseTo(6 / 12, 12);
  });
});

describe.concurrent('commands and flags', () => {
  it('an unknown command suggests the command meant', async () => {
    const message = expectUserError(await runCli(['evalute', '--predictions', 'x.csv']));
    expect(message).toContain('"evalute"');
    expect(message).toMatch(/did you mean "evaluate"/i);
    expect(message).toMatch(/evaluate, bench, serve-bench, run, compare, simulate, merge, monitor/);
  });

  it('a number flag given a word', async () => {
    const message = expectUserError(await runCli(['bench', '--runs', 'five', '--', 'true']));
    expect(message).toContain('--runs');
    expect(message).toContain('"five"');
  });

  it('a flag without its value', async () => {
    const message = expectUserError(await runCli(['evaluate', '--predictions']));
    expect(message).toContain('--predictions');
    expect(message).toMatch(/needs a value/);
  });
});
