import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoCrash, expectUserError, parseJson, runCli, tempDir, writeFixture } from './helpers.js';

// `--task ranking` through the bundle: a TREC run and qrels (and their table forms) evaluated,
// gated against a baseline with paired tests over queries, merged, and bad input refused.
const FIX = join(__dirname, '..', 'fixtures', 'ranking');
const expected = JSON.parse(readFileSync(join(FIX, 'random.json'), 'utf8')) as {
  means: Record<string, number>;
};

/** The random fixture's run with each judged document's relevance added to its score: a far better run. */
function improvedRun(): string[] {
  const rel = new Map<string, number>();
  for (const l of readFileSync(join(FIX, 'random.qrels'), 'utf8').trim().split('\n')) {
    const f = l.split(' ');
    rel.set(`${f[0]} ${f[2]}`, Number(f[3]));
  }
  return readFileSync(join(FIX, 'random.run'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const f = l.split(' ');
      f[4] = String(Number(f[4]) + 100 * Math.max(0, rel.get(`${f[0]} ${f[2]}`) ?? 0));
      return f.join(' ');
    });
}

describe.concurrent('ranking', () => {
  it('evaluates a TREC run against qrels as trec_eval does', async () => {
    const run = await runCli([
      'evaluate',
      '--task',
      'ranking',
      '--predictions',
      join(FIX, 'random.run'),
      '--labels',
      join(FIX, 'random.qrels'),
      '--cutoffs',
      '1,3,5,10,100',
      '--format',
      'json',
    ]);
    expectNoCrash(run);
    expect(run.code, run.stderr).toBe(0);
    const result = parseJson(run);
    expect(result.task).toBe('ranking');
    for (const [name, want] of Object.entries(expected.means))
      expect(Math.abs(result.metrics[name] - want), name).toBeLessThanOrEqual(1e-9);
    expect(result.statistics.terms.map.n).toBe(result.n);
  });

  it('reads the CSV and JSONL forms to the same figures', async () => {
    const dir = tempDir();
    const runLines = readFileSync(join(FIX, 'edge.run'), 'utf8').trim().split('\n');
    const qrelLines = readFileSync(join(FIX, 'edge.qrels'), 'utf8').trim().split('\n');
    const csv = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const runCsv = writeFixture(dir, 'run.csv', [
      'query,doc,score',
      ...runLines.map((l) => {
        const f = l.split(' ');
        return `${csv(f[0])},${csv(f[2])},${f[4]}`;
      }),
    ]);
    const qrelsJsonl = writeFixture(
      dir,
      'qrels.jsonl',
      qrelLines.map((l) => {
        const f = l.split(' ');
        return JSON.stringify({ query: f[0], doc: f[2], relevance: Number(f[3]) });
      }),
    );
    const run = await runCli([
      'evaluate',
      '--task',
      'ranking',
      '--predictions',
      runCsv,
      '--labels',
      qrelsJsonl,
      '--cutoffs',
      '1,3,5,10,100',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const want = JSON.parse(readFileSync(join(FIX, 'edge.json'), 'utf8')).means as Record<string, number>;
    const result = parseJson(run);
    for (const [name, v] of Object.entries(want))
      expect(Math.abs(result.metrics[name] - v), name).toBeLessThanOrEqual(1e-9);
  });

  it('gates a worse run with a paired test over queries, and passes the same run', async () => {
    const dir = tempDir();
    const qrels = join(FIX, 'random.qrels');
    const base = join(dir, 'base');
    const good = writeFixture(dir, 'good.run', improvedRun());
    const first = await runCli([
      'run',
      '--task',
      'ranking',
      '--predictions',
      good,
      '--labels',
      qrels,
      '--out-dir',
      base,
    ]);
    expect(first.code, first.stderr).toBe(0);
    const config = writeFixture(dir, 'gate.yml', [
      'metrics:',
      '  ndcg@10: { max_regression: 0 }',
      '  map: { max_regression: 0 }',
    ]);
    const same = await runCli([
      'run',
      '--task',
      'ranking',
      '--predictions',
      good,
      '--labels',
      qrels,
      '--out-dir',
      join(dir, 'same'),
      '--baseline',
      base,
      '--config',
      config,
      '--format',
      'json',
    ]);
    expect(same.code, same.stderr).toBe(0);
    const sameGate = parseJson(same).gate;
    expect(sameGate.paired).toBe(true);
    expect(sameGate.checks.map((c: { verdict: string }) => c.verdict)).toEqual(['pass', 'pass']);

    const worse = join(FIX, 'random.run');
    const bad = await runCli([
      'run',
      '--task',
      'ranking',
      '--predictions',
      worse,
      '--labels',
      qrels,
      '--out-dir',
      join(dir, 'worse'),
      '--baseline',
      base,
      '--config',
      config,
      '--format',
      'json',
    ]);
    expectNoCrash(bad);
    expect(bad.code, bad.stderr).toBe(1);
    const gate = parseJson(bad).gate;
    expect(gate.paired).toBe(true);
    const ndcg = gate.checks.find((c: { metric: string }) => c.metric === 'ndcg@10');
    expect(ndcg.test).toBe('paired-z');
    expect(ndcg.verdict).toBe('fail');

    const compared = await runCli([
      'compare',
      '--baseline',
      base,
      '--candidate',
      join(dir, 'worse'),
      '--config',
      config,
      '--format',
      'json',
    ]);
    expect(compared.code, compared.stderr).toBe(1);
  });

  it('refuses bad input with the file, line and what was wrong', async () => {
    const dir = tempDir();
    const qrels = writeFixture(dir, 'q.qrels', ['1 0 a 1', '1 0 b 0']);
    const cases: [string[], RegExp][] = [
      [['1 Q0 a 1 0.5 t', '1 Q0 a 2 0.4 t'], /line 2.*duplicate document.*"a".*line 1/],
      [['1 Q0 a 1 high t'], /line 1, column 5.*"high".*score/],
      [['1 Q0 a 1 0.5'], /line 1.*5 whitespace-separated fields, expected 6/],
      [['9 Q0 a 1 0.5 t'], /no query of the run is in the qrels/],
    ];
    for (const [lines, message] of cases) {
      const run = writeFixture(dir, `r${cases.findIndex((c) => c[0] === lines)}.run`, lines);
      const out = await runCli(['evaluate', '--task', 'ranking', '--predictions', run, '--labels', qrels]);
      expect(expectUserError(out)).toMatch(message);
    }
    const badQrels = writeFixture(dir, 'bad.qrels', ['1 0 a 1', '1 0 a 2']);
    const okRun = writeFixture(dir, 'ok.run', ['1 Q0 a 1 0.5 t']);
    const dup = await runCli(['evaluate', '--task', 'ranking', '--predictions', okRun, '--labels', badQrels]);
    expect(expectUserError(dup)).toMatch(/bad\.qrels, line 2.*duplicate judgement.*line 1/);
    const rel = writeFixture(dir, 'rel.qrels', ['1 0 a yes']);
    const relOut = await runCli(['evaluate', '--task', 'ranking', '--predictions', okRun, '--labels', rel]);
    expect(expectUserError(relOut)).toMatch(/rel\.qrels, line 1, column 4.*"yes".*integer/);
    const cut = await runCli([
      'evaluate',
      '--task',
      'ranking',
      '--predictions',
      okRun,
      '--labels',
      qrels,
      '--cutoffs',
      '5,0',
    ]);
    expect(expectUserError(cut)).toMatch(/--cutoffs.*"0"/);
  });

  it('merges query shards to the figures of the whole', async () => {
    const dir = tempDir();
    const lines = readFileSync(join(FIX, 'random.run'), 'utf8').trim().split('\n');
    const qrels = join(FIX, 'random.qrels');
    const shardA = writeFixture(
      dir,
      'a.run',
      lines.filter((l) => Number(l.split(' ')[0].slice(1)) % 2 === 0),
    );
    const shardB = writeFixture(
      dir,
      'b.run',
      lines.filter((l) => Number(l.split(' ')[0].slice(1)) % 2 === 1),
    );
    for (const [name, file] of [
      ['a', shardA],
      ['b', shardB],
    ]) {
      const r = await runCli([
        'run',
        '--task',
        'ranking',
        '--predictions',
        file,
        '--labels',
        qrels,
        '--out-dir',
        join(dir, name),
      ]);
      expect(r.code, r.stderr).toBe(0);
    }
    const merged = await runCli([
      'merge',
      join(dir, 'a'),
      join(dir, 'b'),
      '--out-dir',
      join(dir, 'm'),
      '--format',
      'json',
    ]);
    expect(merged.code, merged.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'm', 'result.json'), 'utf8'));
    expect(result.n).toBe(40);
    for (const [name, want] of Object.entries(expected.means))
      if (name in result.metrics)
        expect(Math.abs(result.metrics[name] - want), name).toBeLessThanOrEqual(1e-9);
    expect(result.metrics.map).toBeTypeOf('number');
  });
});
