import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textMetricValues, textTerms } from '../../src/evaluate/metrics/text/index.js';
import { expectNoCrash, expectUserError, parseJson, runCli, tempDir, writeFixture } from './helpers.js';

// `--task text` through the committed bundle: real files, the exit codes and what users read.
let dir: string;
const file = (name: string) => join(dir, name);

/** A seeded stream of words (deterministic fixtures). */
function words(seed: number): () => string {
  let s = seed >>> 0;
  const vocabulary =
    'the a cat dog sat on mat quick brown fox jumps over lazy river bank café naïve 東京 data model'.split(
      ' ',
    );
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return vocabulary[s % vocabulary.length]!;
  };
}

interface Example {
  id: string;
  refs: string[];
  pred: string;
}

function corpus(n: number, seed: number, corrupt: number): Example[] {
  const w = words(seed);
  const noise = words(seed * 7 + 1);
  const out: Example[] = [];
  for (let i = 0; i < n; i++) {
    const len = 3 + (i % 9);
    const ref = Array.from({ length: len }, w).join(' ');
    const refs = i % 3 === 0 ? [ref, Array.from({ length: len }, w).join(' ')] : [ref];
    const tokens = ref.split(' ');
    // Every `corrupt`-th token replaced (0: a verbatim copy for every other example).
    const pred =
      corrupt === 0
        ? i % 2 === 0
          ? ref
          : tokens.slice(0, -1).join(' ')
        : tokens.map((t, k) => ((k + i) % corrupt === 0 ? noise() : t)).join(' ');
    out.push({ id: `ex-${i}`, refs, pred });
  }
  return out;
}

function jsonl(rows: Example[]): string[] {
  return rows.map((r) =>
    JSON.stringify({ id: r.id, prediction: r.pred, label: r.refs.length === 1 ? r.refs[0] : r.refs }),
  );
}

const BASE = corpus(300, 11, 0);
// The regression: the same examples, every second token replaced.
const WORSE = BASE.map((r, i) => ({ ...r, pred: corpus(300, 11, 2)[i]!.pred }));

beforeAll(() => {
  dir = tempDir('model-gate-cli-text-');
  writeFixture(dir, 'base.jsonl', jsonl(BASE));
  writeFixture(dir, 'worse.jsonl', jsonl(WORSE));
  writeFixture(
    dir,
    'gate.yml',
    [
      'metrics:',
      '  exact_match: {max_regression: 0}',
      '  bleu: {max_regression: 0}',
      '  chrf: {max_regression: 0}',
      '  rouge_l: {max_regression: 0}',
    ].join('\n'),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('model-gate evaluate --task text', () => {
  it('scores JSON Lines with one or several references exactly as the metric library does', async () => {
    const run = await runCli([
      'evaluate',
      '--predictions',
      file('base.jsonl'),
      '--task',
      'text',
      '--format',
      'json',
    ]);
    expectNoCrash(run);
    expect(run.code).toBe(0);
    const result = parseJson(run);
    expect(result.task).toBe('text');
    expect(result.n).toBe(300);
    const expected = textMetricValues(
      textTerms(
        BASE.map((r) => r.pred),
        BASE.map((r) => r.refs),
      ),
    );
    for (const [name, v] of Object.entries(expected)) expect(result.metrics[name]).toBeCloseTo(v!, 12);
    // Sufficient statistics for unpaired tests against a bare result.json.
    expect(result.statistics.terms.bleu_influence.n).toBe(300);
    expect(result.statistics.terms.bleu_correct_1.n).toBe(300);
  });

  it('reads CSV text verbatim: no number parsing, no trimming', async () => {
    const preds = ['1.0', ' 007 ', 'x'];
    const labels = ['1', ' 007 ', 'x,y'];
    writeFixture(dir, 'verbatim.csv', [
      'id,label,prediction',
      ...preds.map((p, i) => `r${i},"${labels[i]}","${p}"`),
    ]);
    const run = await runCli([
      'evaluate',
      '--predictions',
      file('verbatim.csv'),
      '--task',
      'text',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const expected = textMetricValues(
      textTerms(
        preds,
        labels.map((l) => [l]),
      ),
    );
    const result = parseJson(run);
    for (const [name, v] of Object.entries(expected)) expect(result.metrics[name]).toBeCloseTo(v!, 12);
    expect(result.metrics.exact_match).toBeCloseTo(1 / 3, 12);
  });

  it('joins a labels file by id', async () => {
    writeFixture(dir, 'l.jsonl', BASE.map((r) => JSON.stringify({ id: r.id, label: r.refs })).reverse());
    writeFixture(dir, 'p.csv', ['id,prediction', ...BASE.map((r) => `${r.id},"${r.pred}"`)]);
    const joined = parseJson(
      await runCli([
        'evaluate',
        '--predictions',
        file('p.csv'),
        '--labels',
        file('l.jsonl'),
        '--task',
        'text',
        '--format',
        'json',
      ]),
    );
    const whole = parseJson(
      await runCli(['evaluate', '--predictions', file('base.jsonl'), '--task', 'text', '--format', 'json']),
    );
    expect(joined.dataset.fingerprint).toBe(whole.dataset.fingerprint);
    for (const name of Object.keys(whole.metrics))
      expect(joined.metrics[name]).toBeCloseTo(whole.metrics[name], 12);
  });
});

describe('model-gate run --task text with a baseline', () => {
  it('passes an A/A comparison and fails a regression with paired tests', async () => {
    const base = await runCli([
      'run',
      '--predictions',
      file('base.jsonl'),
      '--task',
      'text',
      '--out-dir',
      file('b'),
    ]);
    expect(base.code).toBe(0);
    const aa = await runCli([
      'run',
      '--predictions',
      file('base.jsonl'),
      '--task',
      'text',
      '--baseline',
      file('b'),
      '--config',
      file('gate.yml'),
      '--out-dir',
      file('aa'),
    ]);
    expectNoCrash(aa);
    expect(aa.code).toBe(0);
    const worse = await runCli([
      'run',
      '--predictions',
      file('worse.jsonl'),
      '--task',
      'text',
      '--baseline',
      file('b'),
      '--config',
      file('gate.yml'),
      '--out-dir',
      file('w'),
    ]);
    expectNoCrash(worse);
    expect(worse.code).toBe(1);
    const result = JSON.parse(readFileSync(file('w/result.json'), 'utf8'));
    expect(result.gate.paired).toBe(true);
    const tests = Object.fromEntries(
      result.gate.checks.map((c: { metric: string; test: string }) => [c.metric, c.test]),
    );
    expect(tests).toEqual({
      exact_match: expect.stringMatching(/^mcnemar-/),
      bleu: 'paired-bootstrap',
      chrf: 'paired-bootstrap',
      rouge_l: 'paired-z',
    });
    for (const c of result.gate.checks) {
      expect(c.verdict).toBe('fail');
      expect(c.ci[1]).toBeLessThan(0);
    }
    expect(result.gate.flips.right_to_wrong).toBeGreaterThan(0);
    expect(result.gate.examples_changed.length).toBeGreaterThan(0);
    expect(result.gate.score_distribution.candidate.reduce((a: number, b: number) => a + b, 0)).toBe(300);
    const md = readFileSync(file('w/report.md'), 'utf8');
    expect(md).toContain('Examples that got worse');
    expect(readFileSync(file('w/report.html'), 'utf8')).toContain('exact_match per example');
    // The same judgement from `compare` of the two run folders.
    const compare = await runCli([
      'compare',
      '--baseline',
      file('b'),
      '--candidate',
      file('w'),
      '--config',
      file('gate.yml'),
    ]);
    expectNoCrash(compare);
    expect(compare.code).toBe(1);
  });

  it('without the baseline sidecar, still tests (unpaired), never a bare threshold', async () => {
    await runCli(['run', '--predictions', file('base.jsonl'), '--task', 'text', '--out-dir', file('bare')]);
    rmSync(file('bare/examples.bin'));
    const run = await runCli([
      'run',
      '--predictions',
      file('worse.jsonl'),
      '--task',
      'text',
      '--baseline',
      file('bare'),
      '--config',
      file('gate.yml'),
      '--out-dir',
      file('u'),
      '--format',
      'json',
    ]);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    const gate = parseJson(run).gate;
    expect(gate.paired).toBe(false);
    const tests = Object.fromEntries(
      gate.checks.map((c: { metric: string; test: string }) => [c.metric, c.test]),
    );
    expect(tests.bleu).toBe('delta-method');
    expect(tests.chrf).toBe('delta-method');
    expect(tests.rouge_l).toBe('welch-z');
    expect(tests.exact_match).not.toBe('threshold');
  });

  it('merges text shards into the result of the whole', async () => {
    writeFixture(dir, 's1.jsonl', jsonl(BASE.slice(0, 120)));
    writeFixture(dir, 's2.jsonl', jsonl(BASE.slice(120)));
    for (const s of ['s1', 's2'])
      expect(
        (await runCli(['run', '--predictions', file(`${s}.jsonl`), '--task', 'text', '--out-dir', file(s)]))
          .code,
      ).toBe(0);
    const merged = parseJson(
      await runCli(['merge', file('s1'), file('s2'), '--out', file('m/result.json'), '--format', 'json']),
    );
    const whole = JSON.parse(readFileSync(file('b/result.json'), 'utf8'));
    expect(merged.dataset.fingerprint).toBe(whole.dataset.fingerprint);
    for (const name of Object.keys(whole.metrics))
      expect(merged.metrics[name]).toBeCloseTo(whole.metrics[name], 12);
  });
});

describe('hostile text in the reports', () => {
  it('escapes Markdown/HTML, defuses runner commands and drops terminal escapes', async () => {
    const hostile = '::error::pwned <script>alert(1)</script> | **bold** \u001b[31mred @team';
    const rows = [
      { id: 'h1', refs: ['hello world'], pred: 'hello world' },
      { id: 'h2', refs: ['good answer'], pred: 'good answer' },
    ];
    writeFixture(dir, 'hb.jsonl', jsonl(rows));
    writeFixture(dir, 'hc.jsonl', jsonl(rows.map((r) => ({ ...r, pred: hostile }))));
    await runCli(['run', '--predictions', file('hb.jsonl'), '--task', 'text', '--out-dir', file('hb')]);
    const run = await runCli([
      'run',
      '--predictions',
      file('hc.jsonl'),
      '--task',
      'text',
      '--baseline',
      file('hb'),
      '--config',
      file('gate.yml'),
      '--out-dir',
      file('hc'),
    ]);
    expectNoCrash(run);
    expect(run.stdout).toContain('Examples that got worse');
    expect(run.stdout).not.toContain('\u001b[31m');
    expect(run.stdout).not.toMatch(/^\s*::error::/m);
    const md = readFileSync(file('hc/report.md'), 'utf8');
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toContain('**bold**');
    const html = readFileSync(file('hc/report.html'), 'utf8');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert');
  });
});

describe('bad text input', () => {
  it.each([
    [
      'a number among the references',
      '{"id":"1","prediction":"x","label":["a",2]}',
      /line 1, column "label": reference 2 of 2 is the number 2; expected a string/,
    ],
    [
      'an empty reference list',
      '{"id":"1","prediction":"x","label":[]}',
      /line 1, column "label": found an empty array of references/,
    ],
    [
      'a null prediction',
      '{"id":"1","prediction":null,"label":"a"}',
      /line 1, column "prediction": found null; expected the generated text/,
    ],
    [
      'a numeric prediction',
      '{"id":"1","prediction":3,"label":"a"}',
      /column "prediction": found the number 3/,
    ],
    [
      'a number among escaped references',
      '{"id":"1","prediction":"\\u00e9","label":["a\\n",true]}',
      /line 1, column "label": reference 2 of 2 is the boolean true/,
    ],
  ])('%s: exit 2 naming file, line and column', async (_, line, message) => {
    writeFixture(dir, 'bad.jsonl', [line]);
    const err = expectUserError(
      await runCli(['evaluate', '--predictions', file('bad.jsonl'), '--task', 'text']),
    );
    expect(err).toContain('bad.jsonl');
    expect(err).toMatch(message);
  });

  it('refuses text that is not UTF-8 (CSV cell and escaped JSON line)', async () => {
    writeFixture(
      dir,
      'latin1.csv',
      Buffer.concat([Buffer.from('id,label,prediction\n1,caf'), Buffer.from([0xe9]), Buffer.from(',x\n')]),
    );
    const csv = expectUserError(
      await runCli(['evaluate', '--predictions', file('latin1.csv'), '--task', 'text']),
    );
    expect(csv).toMatch(/latin1\.csv, line 2, column "label": not valid UTF-8/);
    writeFixture(
      dir,
      'latin1.jsonl',
      Buffer.concat([
        Buffer.from('{"id":"1","prediction":"a\\n caf'),
        Buffer.from([0xe9]),
        Buffer.from('","label":"b"}\n'),
      ]),
    );
    const jl = expectUserError(
      await runCli(['evaluate', '--predictions', file('latin1.jsonl'), '--task', 'text']),
    );
    expect(jl).toMatch(/latin1\.jsonl, line 1: not valid UTF-8/);
  });

  it('auto-detection never picks text', async () => {
    const run = await runCli(['evaluate', '--predictions', file('base.jsonl'), '--format', 'json']);
    if (run.code === 0) expect(parseJson(run).task).not.toBe('text');
    else expectUserError(run);
  });
});
