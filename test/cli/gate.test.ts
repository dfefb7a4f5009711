import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoCrash,
  expectUserError,
  parseJson,
  runCli,
  tempDir,
  writeFixture,
  type CliRun,
} from './helpers.js';

// `run` and `compare` as CI sees them: the exit code (0 pass / no baseline, 1 gate failed,
// 2 error), the verdict and checks in result.json, and the files in the output folder.
let dir: string;
const path = (name: string) => join(dir, name);
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

// 1,000 binary examples. Baseline: every 10th prediction wrong (90%). Regressed: also every
// 10th + 5 wrong (80%), same ids and labels. Deterministic.
const N = 1000;
const labels = Array.from({ length: N }, (_, i) => ((i * 7919) % 13 < 6 ? 1 : 0));
const id = (i: number) => `ex-${String(i).padStart(4, '0')}`;
const predictions = (wrong: (i: number) => boolean) => [
  'id,prediction',
  ...labels.map((y, i) => `${id(i)},${wrong(i) ? 1 - y : y}`),
];

function expectExit(run: CliRun, code: number): void {
  expectNoCrash(run);
  expect(run.code, `stdout: ${run.stdout}\nstderr: ${run.stderr}`).toBe(code);
}

const runGate = (predictionsFile: string, outDir: string, ...extra: string[]) =>
  runCli([
    'run',
    '--predictions',
    path(predictionsFile),
    '--labels',
    path('labels.csv'),
    '--out-dir',
    path(outDir),
    ...extra,
  ]);

let first: CliRun;
let regressed: CliRun;

beforeAll(async () => {
  dir = tempDir('model-gate-cli-gate-');
  writeFixture(dir, 'labels.csv', ['id,label', ...labels.map((y, i) => `${id(i)},${y}`)]);
  writeFixture(
    dir,
    'baseline.csv',
    predictions((i) => i % 10 === 0),
  );
  writeFixture(
    dir,
    'regressed.csv',
    predictions((i) => i % 10 === 0 || i % 10 === 5),
  );
  // Same ids, one label flipped: a different dataset.
  writeFixture(dir, 'labels-other.csv', [
    'id,label',
    ...labels.map((y, i) => `${id(i)},${i === 3 ? 1 - y : y}`),
  ]);
  writeFixture(dir, 'min.yml', ['metrics:', '  accuracy: { min: 0.95 }']);
  writeFixture(dir, 'typo.yml', ['significance: 0.05', 'metrics:', '  acuracy: { max_regression: 0.01 }']);
  writeFixture(dir, 'size.yml', [
    'metrics:',
    '  accuracy: { max_regression: 0 }',
    '  bench.peak_rss_bytes: { max: 2 gigs }',
  ]);
  first = await runGate('baseline.csv', 'base', '--format', 'json');
  regressed = await runGate('regressed.csv', 'regressed', '--baseline', path('base'), '--format', 'json');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the first run, without a baseline', () => {
  it('exits 0 with verdict no-baseline', () => {
    expectExit(first, 0);
    const result = parseJson(first);
    expect(result.gate.verdict).toBe('no-baseline');
    expect(result.metrics.accuracy).toBeCloseTo(0.9, 12);
  });

  it('writes result.json (as printed), report.md, report.html and the examples sidecar', () => {
    const result = readJson(path('base/result.json'));
    expect({ ...result, created_at: null }).toEqual({ ...parseJson(first), created_at: null });
    expect(result.schema).toBe('model-gate/result@1');
    expect(result.examples?.file).toBeTypeOf('string');
    expect(existsSync(path(`base/${result.examples.file}`))).toBe(true);

    const md = readFileSync(path('base/report.md'), 'utf8');
    expect(md.startsWith('<!-- model-gate:model-gate -->')).toBe(true);
    expect(md).toMatch(/NO BASELINE/);

    const html = readFileSync(path('base/report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    // Self-contained: nothing fetched from the network.
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+url\(\s*["']?https?:/i);
  });

  it('the text output says so, and where the files went', async () => {
    const run = await runGate('baseline.csv', 'base-text');
    expectExit(run, 0);
    expect(run.stdout).toMatch(/NO BASELINE/);
    expect(run.stdout).toMatch(/accuracy\s+0\.9000/);
    expect(run.stderr).toContain(path('base-text/result.json'));
  });
});

describe.concurrent('run against a baseline', () => {
  it('a candidate equal to the baseline passes (exit 0)', async () => {
    const run = await runGate('baseline.csv', 'same', '--baseline', path('base'), '--format', 'json');
    expectExit(run, 0);
    const gate = parseJson(run).gate;
    expect(gate.verdict).toBe('pass');
    expect(gate.checks.map((c: { metric: string }) => c.metric)).toEqual(['accuracy']);
    expect(gate.checks[0]).toMatchObject({ baseline: 0.9, candidate: 0.9, delta: 0, verdict: 'pass' });
  });

  it('a clearly regressed candidate fails (exit 1) with a significant accuracy check', () => {
    expectExit(regressed, 1);
    const result = parseJson(regressed);
    expect(result.gate.verdict).toBe('fail');
    const check = result.gate.checks.find((c: { metric: string }) => c.metric === 'accuracy');
    expect(check).toBeDefined();
    expect(check.verdict).toBe('fail');
    expect(check.baseline).toBeCloseTo(0.9, 12);
    expect(check.candidate).toBeCloseTo(0.8, 12);
    expect(check.delta).toBeCloseTo(-0.1, 12);
    expect(check.p_value).toBeLessThan(0.05);
    expect(check.ci).toHaveLength(2);
    const [lo, hi] = check.ci;
    expect(lo).toBeLessThan(check.delta);
    expect(hi).toBeGreaterThan(check.delta);
    expect(hi).toBeLessThan(0);
    // The same folder holds the verdict for CI to read.
    expect(readJson(path('regressed/result.json')).gate.verdict).toBe('fail');
    expect(readFileSync(path('regressed/report.md'), 'utf8')).toMatch(/FAIL/);
  });

  it('the text output of a failed gate names the failing check', async () => {
    const run = await runGate('regressed.csv', 'regressed-text', '--baseline', path('base'));
    expectExit(run, 1);
    expect(run.stdout).toMatch(/FAIL/);
    expect(run.stdout).toMatch(/accuracy\s+0\.9000\s+0\.8000/);
  });

  it('--fail-on never: the same failure exits 0', async () => {
    const run = await runGate('regressed.csv', 'never', '--baseline', path('base'), '--fail-on', 'never');
    expectExit(run, 0);
    expect(readJson(path('never/result.json')).gate.verdict).toBe('fail');
  });

  it('a baseline given as result.json works like its folder', async () => {
    const run = await runGate('regressed.csv', 'by-file', '--baseline', path('base/result.json'));
    expectExit(run, 1);
    expect(readJson(path('by-file/result.json')).gate.checks).toEqual(parseJson(regressed).gate.checks);
  });
});

describe.concurrent('gate.yml', () => {
  it('a broken min bound fails (exit 1) even without a baseline', async () => {
    const run = await runGate('baseline.csv', 'min', '--config', path('min.yml'), '--format', 'json');
    expectExit(run, 1);
    const gate = parseJson(run).gate;
    expect(gate.verdict).toBe('fail');
    expect(gate.checks).toContainEqual(
      expect.objectContaining({ metric: 'accuracy', verdict: 'fail', candidate: 0.9 }),
    );
  });

  it('an unknown metric is exit 2, naming the file, line and the metric meant', async () => {
    const message = expectUserError(await runGate('baseline.csv', 'typo', '--config', path('typo.yml')));
    expect(message).toContain('typo.yml');
    expect(message).toMatch(/line 3\b/);
    expect(message).toContain('"acuracy"');
    expect(message).toMatch(/did you mean "accuracy"/i);
  });

  it('a malformed size is exit 2, saying what a size looks like', async () => {
    const message = expectUserError(await runGate('baseline.csv', 'size', '--config', path('size.yml')));
    expect(message).toContain('size.yml');
    expect(message).toMatch(/line 3\b/);
    expect(message).toContain('2 gigs');
    expect(message).toMatch(/GiB|MB/);
  });

  it('a config file that does not exist is exit 2', async () => {
    const message = expectUserError(await runGate('baseline.csv', 'nocfg', '--config', path('nope.yml')));
    expect(message).toContain('nope.yml');
  });
});

describe.concurrent('compare', () => {
  it('gives the verdict and checks that run gave (exit 1)', async () => {
    const run = await runCli([
      'compare',
      '--baseline',
      path('base'),
      '--candidate',
      path('regressed'),
      '--format',
      'json',
    ]);
    expectExit(run, 1);
    const gate = parseJson(run).gate;
    const fromRun = parseJson(regressed).gate;
    expect(gate.verdict).toBe('fail');
    expect(gate.checks).toEqual(fromRun.checks);
  });

  it('is deterministic: two runs write the same result.json except created_at', async () => {
    const compare = (out: string) =>
      runCli([
        'compare',
        '--baseline',
        path('base'),
        '--candidate',
        path('regressed'),
        '--out-dir',
        path(out),
      ]);
    const [a, b] = await Promise.all([compare('cmp-a'), compare('cmp-b')]);
    expectExit(a, 1);
    expectExit(b, 1);
    expect(a.stdout).toBe(b.stdout);
    const [ra, rb] = [readJson(path('cmp-a/result.json')), readJson(path('cmp-b/result.json'))];
    expect(ra.gate).toEqual(rb.gate);
    const strip = (text: string) => text.replace(/"created_at": "[^"]*"/g, '"created_at": ""');
    expect(strip(readFileSync(path('cmp-a/result.json'), 'utf8'))).toBe(
      strip(readFileSync(path('cmp-b/result.json'), 'utf8')),
    );
    expect(readFileSync(path('cmp-a/report.md'), 'utf8')).toBe(readFileSync(path('cmp-b/report.md'), 'utf8'));
  });

  it('results on different datasets: a NOT COMPARABLE warning', async () => {
    const other = await runCli([
      'run',
      '--predictions',
      path('baseline.csv'),
      '--labels',
      path('labels-other.csv'),
      '--out-dir',
      path('other'),
    ]);
    expectExit(other, 0);
    const run = await runCli([
      'compare',
      '--baseline',
      path('base'),
      '--candidate',
      path('other'),
      '--format',
      'json',
    ]);
    expectNoCrash(run);
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).toMatch(/^warning: NOT COMPARABLE/m);
    const gate = parseJson(run).gate;
    expect(gate.comparable).toBe(false);
    expect(gate.warnings.join('\n')).toMatch(/NOT COMPARABLE/);
  });

  it('a missing candidate is exit 2', async () => {
    const message = expectUserError(
      await runCli(['compare', '--baseline', path('base'), '--candidate', path('no-such-run')]),
    );
    expect(message).toContain('no-such-run');
  });

  it('without --candidate is exit 2', async () => {
    const message = expectUserError(await runCli(['compare', '--baseline', path('base')]));
    expect(message).toContain('--candidate');
  });
});
