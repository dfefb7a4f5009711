import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../../src/errors.js';
import {
  DEFAULT_EVALUATE_OPTIONS,
  type ClassificationData,
  type EvaluateOptions,
  type RegressionData,
} from '../../../src/result/evaluation-data.js';
import { readEvaluationData } from '../../../src/evaluate/read/index.js';
import { silentLogger, type Logger } from '../../../src/util/progress.js';

const FIX = 'test/fixtures/input';
const dir = mkdtempSync(join(tmpdir(), 'model-gate-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function read(
  predictions: string,
  extra: Partial<EvaluateOptions> = {},
  logger: Logger = silentLogger,
) {
  return readEvaluationData({ ...DEFAULT_EVALUATE_OPTIONS, predictions, ...extra }, logger);
}

async function cls(predictions: string, extra: Partial<EvaluateOptions> = {}) {
  const { data, stats } = await read(predictions, extra);
  if (data.task === 'regression') throw new Error('expected classification');
  return { data, stats, t: names(data, data.yTrue), p: names(data, data.yPred) };
}

function names(data: ClassificationData, y: Int32Array): string[] {
  return Array.from(y, (i) => (i < 0 ? '<missing>' : data.classes[i]));
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
}

describe('formats', () => {
  it('reads RFC 4180 quoting with CRLF: commas, doubled quotes and newlines inside quotes', async () => {
    const { data, t, p } = await cls(`${FIX}/quoted-crlf.csv`);
    expect(data.ids).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(t).toEqual(['cat, black', 'say "hi"', 'multi\r\nline', 'dog']);
    expect(p).toEqual(['cat, black', 'dog', 'multi\r\nline', 'dog']);
    expect(data.task).toBe('multiclass');
  });

  it('counts physical lines across quoted newlines in messages', async () => {
    const path = file('quoted-lines.csv', 'id,label,prediction\n1,"a\nb\nc",x\n2,,y\n');
    const err = await failure(read(path));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain(`${path}, line 5, column "label": empty label`);
  });

  it('strips a UTF-8 BOM and CRLF line ends', async () => {
    const { data, t } = await cls(`${FIX}/bom-crlf.csv`, { scoreColumn: 'score' });
    expect(data.ids).toEqual(['1', '2', '3', '4']);
    expect(t).toEqual(['0', '1', '1', '0']);
    expect(data.task).toBe('binary');
    expect(Array.from(data.scores!)).toEqual([0.1, 0.9, 0.4, 0.6]);
  });

  it('reads TSV and joins by id in a different order', async () => {
    const { data, t, p } = await cls(`${FIX}/predictions.tsv`, { labels: `${FIX}/labels.tsv` });
    expect(data.ids).toEqual(['x3', 'x1', 'x2']);
    expect(t).toEqual(['bird', 'cat', 'dog']);
    expect(p).toEqual(['bird', 'cat', 'cat']);
    expect(data.classes).toEqual(['bird', 'cat', 'dog']);
  });

  it('reads JSON Lines: numbers and strings are the same labels, booleans are "true"/"false"', async () => {
    const { data, t, p } = await cls(`${FIX}/predictions.jsonl`, { labels: `${FIX}/labels.jsonl` });
    expect(data.ids).toEqual(['1', '2', '3']);
    expect(t).toEqual(['1', '0', '1']);
    expect(p).toEqual(['true', '0', '1']);
    expect(data.classes).toEqual(['0', '1', 'true']);
    expect(data.task).toBe('multiclass');
  });

  it('reads JSON Lines scores written as numbers or strings', async () => {
    const path = file(
      'scores.jsonl',
      '{"label": 1, "prediction": 1, "score": 0.75}\n{"score": "0.25", "label": 0, "prediction": 0}\n{"label": 1, "prediction": 0, "score": 1e-1}\n',
    );
    const { data } = await cls(path, { scoreColumn: 'score' });
    expect(data.task).toBe('binary');
    expect(Array.from(data.scores!)).toEqual([0.75, 0.25, 0.1]);
  });

  it('reads JSON Lines with escapes and null (a missing prediction)', async () => {
    const { data, stats, t, p } = await cls(`${FIX}/predictions-escaped.jsonl`, {
      missing: 'count-as-wrong',
    });
    expect(data.ids).toEqual(['café', 'tab\there']);
    expect(t).toEqual(['a"b', 'x']);
    expect(p).toEqual(['a"b', '<missing>']);
    expect(stats.invalid_rows).toBe(1);
    expect(stats.missing_ids).toEqual(['tab\there']);
  });

  it('reads gzip by extension and by magic bytes, and sniffs unknown extensions', async () => {
    const csv = 'id,label,prediction\n1,a,a\n2,b,a\n';
    const tsv = 'id\tlabel\tprediction\n1\ta\ta\n2\tb\ta\n';
    for (const path of [
      file('g.csv.gz', gzipSync(csv)),
      file('g-no-ext.csv', gzipSync(csv)),
      file('g.data', gzipSync(tsv)),
      file('plain.txt', tsv),
      file(
        'j.txt',
        '{"id": 1, "label": "a", "prediction": "a"}\n{"id": 2, "label": "b", "prediction": "a"}\n',
      ),
    ]) {
      const { t, p } = await cls(path);
      expect(t, path).toEqual(['a', 'b']);
      expect(p, path).toEqual(['a', 'a']);
    }
  });

  it('reads a large gzip JSONL and CSV file across chunk boundaries', async () => {
    const n = 60_000;
    const csv = ['id,label,prediction'];
    const jsonl: string[] = [];
    for (let i = 0; i < n; i++) {
      const l = i % 7 === 0 ? `"multi\nline ""${i % 3}"""` : `c${i % 3}`;
      csv.push(`id-${i},${l},c${i % 3}`);
      jsonl.push(
        JSON.stringify({
          id: `id-${i}`,
          label: `c${i % 3}`,
          prediction: `c${i % 5}`,
          pad: 'x'.repeat(i % 50),
        }),
      );
    }
    const a = await cls(file('big.csv', csv.join('\n')));
    expect(a.data.n).toBe(n);
    expect(a.t[7]).toBe('multi\nline "1"');
    expect(a.t[8]).toBe('c2');
    expect(a.data.ids![n - 1]).toBe(`id-${n - 1}`);
    const b = await cls(file('big.jsonl.gz', gzipSync(jsonl.join('\n') + '\n')));
    expect(b.data.n).toBe(n);
    expect(b.p[n - 1]).toBe(`c${(n - 1) % 5}`);
  });
});

describe('joins', () => {
  it('joins by id when rows are in different orders (rows follow the labels file)', async () => {
    const { data, t, p, stats } = await cls(`${FIX}/predictions-ab.csv`, {
      labels: `${FIX}/labels-ab.csv`,
      scoreColumn: 'score',
    });
    expect(data.ids).toEqual(['b', 'a', 'c']);
    expect(t).toEqual(['dog', 'cat', 'dog']);
    expect(p).toEqual(['cat', 'dog', 'dog']);
    expect(Array.from(data.scores!)).toEqual([0.3, 0.6, 0.8]);
    expect(data.classes[data.positive!]).toBe('dog');
    expect(stats.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('joins by position when neither file has the id column', async () => {
    const { data, t, p } = await cls(`${FIX}/predictions-positional.csv`, {
      labels: `${FIX}/labels-positional.csv`,
    });
    expect(data.ids).toBeNull();
    expect(t).toEqual(['cat', 'dog']);
    expect(p).toEqual(['cat', 'cat']);
  });

  it('reports both row counts when a positional join does not line up', async () => {
    const labels = file('pos-l.csv', 'label\na\nb\nc\n');
    const preds = file('pos-p.csv', 'prediction\na\nb\n');
    const err = await failure(read(preds, { labels }));
    expect(err.message).toContain(`${preds}: has 2 data rows but ${labels} has 3.`);
  });

  it('names the file that lacks the id column', async () => {
    const labels = file('id-l.csv', 'id,label\n1,a\n');
    const preds = file('id-p.csv', 'prediction\na\n');
    const err = await failure(read(preds, { labels }));
    expect(err.message).toContain(`${preds}, column "id": no id column, but ${labels} has one`);
  });

  it('reads labels and predictions from one file, with or without ids', async () => {
    const withIds = await cls(file('single.csv', 'id,label,prediction\nq,1,0\nr,0,0\n'));
    expect(withIds.data.ids).toEqual(['q', 'r']);
    const noIds = await cls(file('single-noid.csv', 'label,prediction\n1,0\n0,0\n'));
    expect(noIds.data.ids).toBeNull();
    expect(noIds.t).toEqual(['1', '0']);
  });

  it('uses a custom id column name', async () => {
    const labels = file('key-l.csv', 'key,label\nk2,a\nk1,b\n');
    const preds = file('key-p.csv', 'key,prediction\nk1,b\nk2,b\n');
    const { data, p } = await cls(preds, { labels, idColumn: 'key' });
    expect(data.ids).toEqual(['k2', 'k1']);
    expect(p).toEqual(['b', 'b']);
  });

  it('counts and warns about extra predictions, and ignores their labels', async () => {
    const labels = file('ex-l.csv', 'id,label\n1,a\n2,b\n');
    const preds = file('ex-p.csv', 'id,prediction\n9,zzz\n2,b\n1,a\n8,a\n');
    const { data, stats } = await cls(preds, { labels });
    expect(stats.extra_predictions).toBe(2);
    expect(stats.warnings.join('\n')).toContain(
      `${preds} has 2 prediction row(s) whose id is not in ${labels}`,
    );
    expect(stats.warnings.join('\n')).toContain('"9", "8"');
    expect(data.classes).toEqual(['a', 'b']);
  });
});

describe('missing predictions', () => {
  const labels = () => file('m-l.csv', 'id,label\n1,a\n2,b\n3,a\n4,b\n5,a\n6,b\n7,a\n');
  const preds = () => file('m-p.csv', 'id,prediction\n1,a\n3,\n');

  it('is an error by default, listing the first 5 ids and the count', async () => {
    const l = labels();
    const p = preds();
    const err = await failure(read(p, { labels: l }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain(
      `5 of the 7 ids in ${l} have no prediction row (first: "2", "4", "5", "6", "7")`,
    );
    expect(err.message).toContain('1 row(s) have an empty "prediction" cell (first: "3")');
    expect(err.message).toContain('pass --missing count-as-wrong');
  });

  it('counts as wrong (-1) with --missing count-as-wrong', async () => {
    const { p, stats, data } = await cls(preds(), { labels: labels(), missing: 'count-as-wrong' });
    expect(p).toEqual(['a', '<missing>', '<missing>', '<missing>', '<missing>', '<missing>', '<missing>']);
    expect(stats.missing_predictions).toBe(5);
    expect(stats.invalid_rows).toBe(1);
    expect(stats.missing_ids.slice(0, 6)).toEqual(['2', '4', '5', '6', '7', '3']);
    expect(data.classes).toEqual(['a', 'b']);
  });

  it('refuses count-as-wrong for regression', async () => {
    const err = await failure(
      read(preds(), { labels: labels(), task: 'regression', missing: 'count-as-wrong' }),
    );
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toContain('--missing count-as-wrong does not apply to regression');
  });

  it('marks empty prediction cells in a single file by line', async () => {
    const path = file('m-single.csv', 'label,prediction,score\n1,1,0.9\n0,,\n');
    const err = await failure(read(path, { scoreColumn: 'score' }));
    expect(err.message).toContain('1 row(s) have an empty "prediction" cell (first: line 3)');
    const { data, stats } = await cls(path, { scoreColumn: 'score', missing: 'count-as-wrong' });
    expect(Array.from(data.yPred)).toEqual([1, -1]);
    expect(Number.isNaN(data.scores![1])).toBe(true);
    expect(stats.missing_ids).toEqual(['line 3']);
  });
});

describe('classes and task', () => {
  it('orders numeric labels numerically and merges equal spellings', async () => {
    const { data } = await cls(file('num.csv', 'label,prediction\n10,9\n2,10\n9,2.0\n'));
    expect(data.classes).toEqual(['2', '9', '10']);
    expect(Array.from(data.yPred)).toEqual([1, 2, 0]);
  });

  it('orders mixed labels by code point', async () => {
    const { data } = await cls(file('str.csv', 'label,prediction\n10,9\n2,a\nB,é\nb,😀\n\uff5e,b\n'));
    expect(data.classes).toEqual(['10', '2', '9', 'B', 'a', 'b', 'é', '\uff5e', '😀']);
  });

  it('auto: binary with exactly two labels; positive = the greater label', async () => {
    const { data } = await cls(file('bin.csv', 'label,prediction\nno,yes\nyes,yes\n'));
    expect(data.task).toBe('binary');
    expect(data.classes[data.positive!]).toBe('yes');
    const one = await cls(file('one.csv', 'label,prediction\nx,x\n'));
    expect(one.data.task).toBe('multiclass');
  });

  it('uses --positive-label, numerically equal spellings included', async () => {
    const { data } = await cls(file('pos.csv', 'label,prediction\n0,1\n1,1\n'), { positiveLabel: '0' });
    expect(data.positive).toBe(0);
    const b = await cls(file('pos2.csv', 'label,prediction\n0,1\n1,1\n'), { positiveLabel: '1.0' });
    expect(b.data.positive).toBe(1);
  });

  it('rejects a positive label that is not a class, listing the classes', async () => {
    const err = await failure(read(file('pos3.csv', 'label,prediction\nno,yes\n'), { positiveLabel: 'Yes' }));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toContain(
      '--positive-label "Yes" is not one of the labels; the labels are "no", "yes".',
    );
  });

  it('adds the named positive label to a one-class binary task', async () => {
    const { data } = await cls(file('pos4.csv', 'label,prediction\n0,0\n'), {
      task: 'binary',
      positiveLabel: '1',
    });
    expect(data.classes).toEqual(['0', '1']);
    expect(data.positive).toBe(1);
  });

  it('rejects --task binary with more than two labels, listing them', async () => {
    const path = file('tri.csv', 'label,prediction\na,b\nc,a\n');
    const err = await failure(read(path, { task: 'binary' }));
    expect(err.message).toContain(
      '--task binary, but the labels and predictions hold 3 distinct labels: "a" (first at',
    );
    expect(err.message).toMatch(/"c" \(first at .*tri\.csv, line 3, column "label"\)/);
  });

  it('handles 20,000 classes', async () => {
    const rows = ['id,label,prediction'];
    for (let i = 0; i < 20_000; i++) rows.push(`${i},class-${i},class-${(i * 7) % 20_000}`);
    const { data } = await cls(file('many.csv', rows.join('\n')));
    expect(data.task).toBe('multiclass');
    expect(data.classes.length).toBe(20_000);
    expect(data.classes.slice(0, 3)).toEqual(['class-0', 'class-1', 'class-10']);
    expect(data.classes[data.yTrue[123]]).toBe('class-123');
    expect(data.classes[data.yPred[123]]).toBe('class-861');
  });

  it('reads regression labels and predictions as numbers', async () => {
    const { data } = await read(
      file('reg.csv', 'id,label,prediction\na,1.5,1\nb,-2e3,0.25\nc, 7 ,inf\n'.replace(',inf', ',7')),
      {
        task: 'regression',
      },
    );
    const r = data as RegressionData;
    expect(r.task).toBe('regression');
    expect(Array.from(r.yTrue)).toEqual([1.5, -2000, 7]);
    expect(Array.from(r.yPred)).toEqual([1, 0.25, 7]);
  });
});

describe('scores', () => {
  it('binary: probabilities in [0, 1]', async () => {
    const { data, stats } = await cls(file('s1.csv', 'label,prediction,score\n0,0,0.25\n1,1,1\n'), {
      scoreColumn: 'score',
    });
    expect(data.scoreKind).toBe('probability');
    expect(stats.warnings).toEqual([]);
  });

  it('binary: decision scores outside [0, 1] warn that log loss and Brier are not computed', async () => {
    const { data, stats } = await cls(file('s2.csv', 'label,prediction,score\n0,0,-1.5\n1,1,3e0\n'), {
      scoreColumn: 'score',
    });
    expect(data.scoreKind).toBe('decision');
    expect(Array.from(data.scores!)).toEqual([-1.5, 3]);
    expect(stats.warnings[0]).toContain('log loss and Brier score are not');
  });

  it('parses the exact double of every score spelling', async () => {
    const values = ['0.1', '0.30000000000000004', '1e-7', '.5', '+0.25', '0.123456789012345678', '5E-1', '0'];
    const lines = values.map((v, i) => `${i % 2},${i % 2},${v}`);
    const { data } = await cls(file('s3.csv', ['label,prediction,score', ...lines].join('\n')), {
      scoreColumn: 'score',
    });
    expect(Array.from(data.scores!)).toEqual(values.map(Number));
  });

  it('multiclass: one probability column per class, sorted like the classes', async () => {
    const path = file(
      'mc.csv',
      'id,label,prediction,p_dog,p_cat,p_bird\n1,cat,cat,0.2,0.7,0.1\n2,dog,cat,0.3,0.6,0.1\n3,bird,bird,0.1,0.1,0.8\n',
    );
    const { data, stats } = await cls(path, { scorePrefix: 'p_' });
    expect(data.scoreClasses).toEqual(['bird', 'cat', 'dog']);
    expect(Array.from(data.scores!)).toEqual([0.1, 0.7, 0.2, 0.1, 0.6, 0.3, 0.8, 0.1, 0.1]);
    expect(stats.warnings).toEqual([]);
  });

  it('multiclass: numeric class columns; a column for a class never seen is kept', async () => {
    const path = file(
      'mc2.csv',
      'label,prediction,p_10,p_2,p_9\n2,2,0,1,0\n9,2,0,0.5,0.5\n10,9,0.5,0,0.5\n3,3,0,0,0\n',
    );
    const err = await failure(read(path, { scorePrefix: 'p_' }));
    expect(err.message).toContain('no probability column for the true label(s) "3"');
    expect(err.message).toContain('found the columns "p_10", "p_2", "p_9"');
    const ok = file(
      'mc3.csv',
      'label,prediction,p_10,p_2,p_9,p_11\n2,2,0,1,0,0\n9,2,0,0.5,0.5,0\n10,9,0.5,0,0.4,0\n',
    );
    const { data, stats } = await cls(ok, { scorePrefix: 'p_' });
    expect(data.scoreClasses).toEqual(['2', '9', '10', '11']);
    expect(Array.from(data.scores!.subarray(8, 12))).toEqual([0, 0.4, 0.5, 0]);
    expect(stats.warnings[0]).toContain('1 row(s) of --score-prefix probabilities');
    expect(stats.warnings[0]).toContain('first on line 4 (sum 0.9)');
  });

  it('multiclass: values outside [0, 1] are errors with file, line, column and value', async () => {
    const path = file('mc4.csv', 'label,prediction,p_a,p_b,p_c\na,a,0.5,0.5,0\nb,b,0,1.2,0\nc,c,0,0,1\n');
    const err = await failure(read(path, { scorePrefix: 'p_' }));
    expect(err.message).toBe(
      `${path}, line 3, column "p_b": 1.2 is outside [0, 1]; expected a probability between 0 and 1 ` +
        '(each --score-prefix column holds the probability of its class).',
    );
  });

  it('binary with --score-prefix takes the positive class column', async () => {
    const path = file('bp.csv', 'label,prediction,p_0,p_1\n0,0,0.8,0.2\n1,1,0.3,0.7\n');
    const { data } = await cls(path, { scorePrefix: 'p_' });
    expect(data.task).toBe('binary');
    expect(Array.from(data.scores!)).toEqual([0.2, 0.7]);
  });

  it('rejects --score-column on a multiclass task', async () => {
    const path = file('sc-mc.csv', 'label,prediction,score\na,a,0.5\nb,b,0.5\nc,c,0.5\n');
    const err = await failure(read(path, { scoreColumn: 'score' }));
    // A data problem (usually one stray row): an input error naming where each label first appears.
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain(
      'only applies to binary tasks, but the labels and predictions hold 3 distinct labels',
    );
    expect(err.message).toContain('"c" (first at');
  });
});

describe('errors', () => {
  it('missing file', async () => {
    const err = await failure(read(join(dir, 'nope.csv')));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain(`${join(dir, 'nope.csv')}: file not found (predictions file)`);
  });

  it('empty file', async () => {
    const path = file('empty.csv', '');
    expect((await failure(read(path))).message).toContain(
      `${path}: the predictions file is empty; expected a header row`,
    );
    const bom = file('bom-only.csv', '\ufeff\r\n');
    expect((await failure(read(bom))).message).toContain('is empty');
  });

  it('header without rows', async () => {
    const path = file('header-only.csv', 'label,prediction\n');
    expect((await failure(read(path))).message).toContain('no data rows after the header');
  });

  it('missing column: lists the columns and suggests the closest name', async () => {
    const path = file('cols.csv', 'id,labels,prediction\n1,a,a\n');
    const err = await failure(read(path));
    expect(err.message).toContain(
      `${path}, column "label": column not found (--label-column). The file has the columns "id", "labels", "prediction". Did you mean "labels"? Pass --label-column labels.`,
    );
    const err2 = await failure(read(`${FIX}/bom-crlf.csv`, { scoreColumn: 'scroe' }));
    expect(err2.message).toContain('Did you mean "score"? Pass --score-column score.');
    const err3 = await failure(read(`${FIX}/bom-crlf.csv`, { scoreColumn: 'confidence' }));
    expect(err3.message).toContain('column "confidence": column not found (--score-column)');
    expect(err3.message).not.toContain('Did you mean');
  });

  it('missing score prefix columns', async () => {
    const path = file('noprefix.csv', 'label,prediction,prob_a\na,a,1\n');
    const err = await failure(read(path, { scorePrefix: 'p_' }));
    expect(err.message).toContain('no column starts with the --score-prefix "p_"');
  });

  it('duplicate ids name both lines (labels and predictions)', async () => {
    const labels = file('dup-l.csv', 'id,label\n1,a\n2,b\n1,a\n');
    const preds = file('dup-p.csv', 'id,prediction\n1,a\n2,b\n');
    expect((await failure(read(preds, { labels }))).message).toContain(
      `${labels}, line 4, column "id": duplicate id "1": it first appears on line 2.`,
    );
    const labels2 = file('dup-l2.csv', 'id,label\n1,a\n2,b\n');
    const preds2 = file('dup-p2.csv', 'id,prediction\n2,a\n1,b\n2,b\n');
    expect((await failure(read(preds2, { labels: labels2 }))).message).toContain(
      `${preds2}, line 4, column "id": duplicate id "2": it also has a prediction on line 2.`,
    );
  });

  it('wrong number of fields', async () => {
    const path = file('fields.csv', 'id,label,prediction\n1,a,a\n2,b,b,extra\n');
    expect((await failure(read(path))).message).toContain(
      `${path}, line 3: expected 3 fields (as in the header), found 4.`,
    );
    const quoted = file('fields-q.csv', 'id,label,prediction\n"1","a"\n');
    expect((await failure(read(quoted))).message).toContain(
      `${quoted}, line 2: expected 3 fields (as in the header), found 2.`,
    );
  });

  it('unterminated quote', async () => {
    const path = file('unterminated.csv', 'label,prediction\na,"b\nc,d\n');
    expect((await failure(read(path))).message).toContain(
      `${path}, line 2: a quoted field that starts on this line is never closed`,
    );
  });

  it('non-numeric, NaN and empty scores', async () => {
    const path = file('bad-score.csv', 'label,prediction,score\n0,0,0.5\n1,1,high\n');
    expect((await failure(read(path, { scoreColumn: 'score' }))).message).toBe(
      `${path}, line 3, column "score": "high" is not a number; expected a finite number (the score or probability of the positive class).`,
    );
    const nan = file('nan-score.csv', 'label,prediction,score\n0,0,NaN\n');
    expect((await failure(read(nan, { scoreColumn: 'score' }))).message).toContain(
      `${nan}, line 2, column "score": "NaN" is not a number`,
    );
    const inf = file('inf-score.csv', 'label,prediction,score\n0,0,-inf\n');
    expect((await failure(read(inf, { scoreColumn: 'score' }))).message).toContain(
      '"-inf" is not a finite number',
    );
    const empty = file('empty-score.csv', 'label,prediction,score\n0,0,\n');
    expect((await failure(read(empty, { scoreColumn: 'score' }))).message).toContain(
      `${empty}, line 2, column "score": the score is empty`,
    );
  });

  it('regression: non-numeric labels and predictions', async () => {
    const l = file('reg-bad-l.csv', 'label,prediction\n1,2\nabc,3\n');
    expect((await failure(read(l, { task: 'regression' }))).message).toBe(
      `${l}, line 3, column "label": "abc" is not a finite number; regression needs numeric labels.`,
    );
    const p = file('reg-bad-p.csv', 'label,prediction\n1,2\n2,0x10\n');
    expect((await failure(read(p, { task: 'regression' }))).message).toContain(
      `${p}, line 3, column "prediction": "0x10" is not a finite number; regression needs numeric predictions.`,
    );
  });

  it('empty label cell', async () => {
    const path = file(
      'empty-label.jsonl',
      '{"label": "a", "prediction": "a"}\n{"label": null, "prediction": "a"}\n',
    );
    expect((await failure(read(path))).message).toContain(`${path}, line 2, column "label": empty label`);
  });

  it('invalid JSON line', async () => {
    const path = file('bad.jsonl', '{"label": "a", "prediction": "a"}\n{"label": "a", prediction: "a"}\n');
    const msg = (await failure(read(path))).message;
    expect(msg).toContain(`${path}, line 2: not valid JSON (`);
  });

  it('rejects --score-column with --score-prefix', async () => {
    const err = await failure(read(`${FIX}/bom-crlf.csv`, { scoreColumn: 'score', scorePrefix: 'p_' }));
    expect(err).toBeInstanceOf(UsageError);
  });
});

describe('fingerprint', () => {
  it('ignores row order and changes with any id or label', async () => {
    const fp = async (labels: string) =>
      (await read(file('fp-p.csv', 'id,prediction\n1,a\n2,a\n3,a\n'), { labels: file('fp-l.csv', labels) }))
        .stats.fingerprint;
    const base = await fp('id,label\n1,a\n2,b\n3,a\n');
    expect(await fp('id,label\n3,a\n1,a\n2,b\n')).toBe(base);
    expect(await fp('id,label\n1,b\n2,a\n3,a\n')).not.toBe(base);
    expect(await fp('id,label\n1,a\n2,b\n3,b\n')).not.toBe(base);
    const fp2 = async (ids: string[]) =>
      (await read(file('fp2.csv', ['id,label,prediction', ...ids.map((i) => `${i},a,a`)].join('\n')))).stats
        .fingerprint;
    expect(await fp2(['1', '2'])).not.toBe(await fp2(['1', '3']));
    // Joined by position, the id is the row index (0-based).
    const pos = (await read(file('fp3.csv', 'label,prediction\nx,x\ny,x\n'))).stats.fingerprint;
    expect(pos).toBe((await read(file('fp4.csv', 'id,label,prediction\n1,y,x\n0,x,x\n'))).stats.fingerprint);
  });
});

describe('progress', () => {
  it('reports the file being read and bytes done', async () => {
    const events: string[] = [];
    const logger: Logger = {
      ...silentLogger,
      progress: {
        start: (label) => {
          events.push(`start ${label}`);
          return {
            update: (done, total) => events.push(`update ${done}/${total}`),
            done: (summary) => events.push(`done ${summary}`),
          };
        },
      },
    };
    const path = `${FIX}/labels-ab.csv`;
    await read(`${FIX}/predictions-ab.csv`, { labels: path }, logger);
    expect(events[0]).toBe(`start Reading ${path}`);
    expect(events).toContain('update 27/27');
    expect(events).toContain('done 3 rows');
    expect(events).toContain(`start Reading ${FIX}/predictions-ab.csv`);
  });
});
