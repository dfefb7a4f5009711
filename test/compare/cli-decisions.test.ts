import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../src/compare/stats/index.js';
import { expectNoCrash, expectUserError, parseJson, runCli, tempDir, writeFixture } from '../cli/helpers.js';

// `model-gate compare` against bare result.json files (no examples sidecar), as users see it.
let dir = '';
const file = (name: string) => join(dir, name);

function binaryCsv(seed: number, noise: number): string[] {
  const rng = new Rng(seed);
  const lines = ['id,label,prediction,score'];
  for (let i = 0; i < 1500; i++) {
    const y = rng.nextInt(2);
    const s = Math.min(0.99, Math.max(0.01, (y ? 0.7 : 0.3) + (rng.nextFloat() - 0.5) * 2 * noise));
    lines.push(`${i},${y},${s >= 0.5 ? 1 : 0},${s.toFixed(4)}`);
  }
  return lines;
}

beforeAll(async () => {
  dir = tempDir('model-gate-decisions-');
  writeFixture(dir, 'base.csv', binaryCsv(1, 0.4));
  writeFixture(dir, 'rerun.csv', binaryCsv(2, 0.4));
  writeFixture(dir, 'worse.csv', binaryCsv(3, 0.7));
  const rng = new Rng(4);
  writeFixture(dir, 'multi.csv', [
    'id,label,prediction',
    ...Array.from({ length: 300 }, (_, i) => `${i},${['a', 'b', 'c'][rng.nextInt(3)]},a`),
  ]);
  writeFixture(dir, 'gate.yml', 'metrics:\n  log_loss: { max_regression: 0 }\n  f1: { max_regression: 0 }\n');
  for (const name of ['base', 'rerun', 'worse', 'multi']) {
    const extra = name === 'multi' ? [] : ['--score-column', 'score'];
    const run = await runCli([
      'evaluate',
      '--predictions',
      file(`${name}.csv`),
      ...extra,
      '--out',
      file(`${name}.json`),
    ]);
    expect(run.code, run.stderr).toBe(0);
  }
}, 60_000);

describe.concurrent('model-gate compare with a bare result.json baseline', () => {
  it('a same-quality rerun passes: unpaired Welch z for log loss and a confusion-table bootstrap for F1, no plain threshold', async () => {
    const run = await runCli([
      'compare',
      '--baseline',
      file('base.json'),
      '--candidate',
      file('rerun.json'),
      '--config',
      file('gate.yml'),
      '--format',
      'json',
    ]);
    expectNoCrash(run);
    expect(run.code, run.stderr).toBe(0);
    const gate = parseJson(run).gate;
    expect(gate.checks.map((c: { test: string }) => c.test)).toEqual(['welch-z', 'unpaired-bootstrap']);
    for (const c of gate.checks) {
      expect(c.ci_level).toBeCloseTo(0.9, 12);
      expect(c.mde).toBeGreaterThan(0);
      expect(c.verdict).not.toBe('fail');
    }
  });
  it('a real log-loss regression fails, and the text report heads its interval column 90% CI', async () => {
    const run = await runCli([
      'compare',
      '--baseline',
      file('base.json'),
      '--candidate',
      file('worse.json'),
      '--config',
      file('gate.yml'),
    ]);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/90% CI/);
    expect(run.stdout).toMatch(/log_loss/);
  });
  it('binary against multiclass: exit 2, "Not comparable", no verdict', async () => {
    const message = expectUserError(
      await runCli(['compare', '--baseline', file('multi.json'), '--candidate', file('base.json')]),
    );
    expect(message).toMatch(
      /Not comparable: the baseline is a multiclass result and the candidate a binary result/,
    );
  });
});
