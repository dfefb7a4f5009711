import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoCrash, expectUserError, parseJson, runCli, tempDir, writeFixture } from './helpers.js';

// --task scores through the CLI bundle, on hand-written files in each harness's documented format.
const FIX = 'test/fixtures/scores';
const f = (name: string): string => join(FIX, name);

async function evaluateJson(args: string[]) {
  const run = await runCli(['evaluate', '--task', 'scores', '--format', 'json', ...args]);
  expectNoCrash(run);
  expect(run.code, run.stderr).toBe(0);
  return { result: parseJson(run), stderr: run.stderr };
}

describe('--task scores from a CSV/JSONL of per-example scores', () => {
  it('folds repeated trials: per-example means, pass@1, pass@K (unbiased estimator), flaky examples', async () => {
    const { result, stderr } = await evaluateJson(['--predictions', f('trials.csv')]);
    expect(result.task).toBe('scores');
    expect(result.n).toBe(4);
    expect(result.trials).toBe(4);
    const m = result.metrics;
    // passed: q1 2 of 4, q2 0 of 2, q3 2 of 2, q4 1 of 2.
    expect(m.passed).toBeCloseTo(0.5, 12);
    expect(m['passed.pass@1']).toBeCloseTo(0.5, 12);
    // K = 2 (the smallest trial count). q1: 1 − C(2,2)/C(4,2) = 5/6; q2 0; q3 1; q4 1 (n − c < k).
    expect(m['passed.pass@2']).toBeCloseTo((5 / 6 + 0 + 1 + 1) / 4, 12);
    expect(m['passed.flaky_examples']).toBe(2);
    // judge_score: means of the trials per example, then over examples.
    expect(m.judge_score).toBeCloseTo((0.7 + 0.15 + 1 + 0.45) / 4, 12);
    expect(m.cost).toBeCloseTo((0.0012 + 0.00205 + 0.0008 + 0.00155) / 4, 12);
    expect(Object.keys(m)).not.toContain('output');
    expect(stderr).toMatch(/"output" \(line 2: "Paris, the capital"\)/);
    expect(stderr).toMatch(/between 2 and 4 trials/);
  });

  it('gates a candidate: paired by id, flips pass → fail named, cost lower-is-better', async () => {
    const dir = tempDir();
    const base = await runCli([
      'run',
      '--task',
      'scores',
      '--predictions',
      f('trials.csv'),
      '--out-dir',
      join(dir, 'b'),
    ]);
    expect(base.code, base.stderr).toBe(0);
    expect(readFileSync(join(dir, 'b', 'scores.bin')).length % 8).toBe(0);
    const gate = writeFixture(dir, 'gate.yml', [
      'metrics:',
      '  passed: { max_regression: 0.05 }',
      '  cost: { max_regression: 0.0005 }',
    ]);
    const run = await runCli([
      'run',
      '--task',
      'scores',
      '--predictions',
      f('trials-candidate.jsonl'),
      '--baseline',
      join(dir, 'b'),
      '--config',
      gate,
      '--out-dir',
      join(dir, 'c'),
      '--format',
      'json',
    ]);
    expectNoCrash(run);
    const r = parseJson(run);
    expect(r.gate.paired).toBe(true);
    const passed = r.gate.checks.find((c: { metric: string }) => c.metric === 'passed');
    expect(passed.test).toBe('paired-z');
    expect(passed.delta).toBeCloseTo((1 + 0.5 + 0 + 1) / 4 - 0.5, 12);
    expect(r.gate.flips.right_to_wrong_ids).toEqual(['q3']);
    const cost = r.gate.checks.find((c: { metric: string }) => c.metric === 'cost');
    expect(cost.delta).toBeLessThan(0);
    expect(['pass', 'improved']).toContain(cost.verdict);
    // The markdown report speaks about the examples.
    const md = readFileSync(join(dir, 'c', 'report.md'), 'utf8');
    expect(md).toMatch(/q3/);
  });

  it('mixed sample sets are refused with the counts, and paired on the intersection with --missing intersection', async () => {
    const dir = tempDir();
    const common = ['--task', 'scores', '--id-column', 'sample'];
    const base = await runCli([
      'run',
      ...common,
      '--predictions',
      f('single.csv'),
      '--out-dir',
      join(dir, 'b'),
    ]);
    expect(base.code, base.stderr).toBe(0);
    const cand = ['run', ...common, '--predictions', f('single-candidate.csv'), '--baseline', join(dir, 'b')];
    const refused = await runCli([...cand, '--out-dir', join(dir, 'c')]);
    const message = expectUserError(refused);
    expect(message).toMatch(
      /5 examples paired, 1 only in the baseline \("s6"\), 1 only in the candidate \("s7"\)/,
    );
    expect(message).toMatch(/--missing intersection/);
    const run = await runCli([
      ...cand,
      '--missing',
      'intersection',
      '--out-dir',
      join(dir, 'c'),
      '--format',
      'json',
    ]);
    expectNoCrash(run);
    const r = parseJson(run);
    expect(r.gate.warnings.join(' ')).toMatch(/MIXED SAMPLE SETS .*5 examples paired/);
    const correct = r.gate.checks.find((c: { metric: string }) => c.metric === 'correct');
    // 0/1 with one trial: McNemar on the 5 pairs (s1 and s4 went 1 → 0, none 0 → 1): one-sided p 1/4.
    expect(correct.test).toBe('mcnemar-exact');
    expect(r.gate.flips.right_to_wrong_ids).toEqual(['s1', 's4']);
    expect(r.gate.flips.wrong_to_right).toBe(0);
    // compare takes the same flag.
    const compared = await runCli(['compare', '--baseline', join(dir, 'b'), '--candidate', join(dir, 'c')]);
    expectUserError(compared);
    const again = await runCli([
      'compare',
      '--baseline',
      join(dir, 'b'),
      '--candidate',
      join(dir, 'c'),
      '--missing',
      'intersection',
      '--format',
      'json',
    ]);
    expect(parseJson(again).gate.flips.right_to_wrong).toBe(2);
  });

  it('merges scores shards exactly and refuses an example split across shards', async () => {
    const dir = tempDir();
    const a = writeFixture(dir, 'a.csv', ['id,ok', 'x,1', 'y,0']);
    const b = writeFixture(dir, 'b.csv', ['id,ok', 'z,1', 'w,1']);
    for (const [name, file] of [
      ['sa', a],
      ['sb', b],
    ])
      expect(
        (await runCli(['run', '--task', 'scores', '--predictions', file, '--out-dir', join(dir, name)])).code,
      ).toBe(0);
    const merged = await runCli([
      'merge',
      join(dir, 'sa'),
      join(dir, 'sb'),
      '--out-dir',
      join(dir, 'm'),
      '--format',
      'json',
    ]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(parseJson(merged).metrics.ok).toBeCloseTo(0.75, 12);
    const twice = await runCli(['merge', join(dir, 'sa'), join(dir, 'm'), '--out-dir', join(dir, 'm2')]);
    expect(expectUserError(twice)).toMatch(/also in the shard/);
  });

  it('bad input: a text cell in a named score column, a typo in gate.yml, scores flags without --task scores', async () => {
    const text = await runCli([
      'evaluate',
      '--task',
      'scores',
      '--predictions',
      f('bad/text-score.csv'),
      '--score-columns',
      'correct',
    ]);
    expect(expectUserError(text)).toMatch(
      /text-score\.csv, line 3, column "correct": found "yes please"; expected a number or a boolean/,
    );
    const dir = tempDir();
    const gate = writeFixture(dir, 'gate.yml', ['metrics:', '  judge_scor: { max_regression: 0.01 }']);
    const typo = await runCli([
      'run',
      '--task',
      'scores',
      '--predictions',
      f('trials.csv'),
      '--config',
      gate,
      '--out-dir',
      dir,
    ]);
    expect(expectUserError(typo)).toMatch(
      /line 2: metrics\.judge_scor is not a metric of this scores result; did you mean "judge_score"\?/,
    );
    const from = await runCli(['evaluate', '--predictions', f('single.csv'), '--from', 'lm-eval']);
    expect(expectUserError(from)).toMatch(/--from applies to --task scores only/);
  });
});

describe('--from: each harness read from its own per-sample output', () => {
  it('lm-eval: a run folder of samples_<task>_<date>.jsonl, task/metric names, filters kept apart', async () => {
    const { result } = await evaluateJson(['--from', 'lm-eval', '--predictions', f('lm-eval/baseline')]);
    expect(result.n).toBe(6);
    expect(result.metrics).toEqual({
      'arc_easy/acc': 0.75,
      'arc_easy/acc_norm': 0.75,
      'gsm8k/exact_match,strict-match': 0.5,
      'gsm8k/exact_match,flexible-extract': 1,
    });
  });

  it('lm-eval: run --baseline gates the candidate with paired exact tests and names the flipped docs', async () => {
    const dir = tempDir();
    const base = ['run', '--task', 'scores', '--from', 'lm-eval'];
    expect(
      (await runCli([...base, '--predictions', f('lm-eval/baseline'), '--out-dir', join(dir, 'b')])).code,
    ).toBe(0);
    const run = await runCli([
      ...base,
      '--predictions',
      f('lm-eval/candidate'),
      '--baseline',
      join(dir, 'b'),
      '--out-dir',
      join(dir, 'c'),
      '--format',
      'json',
    ]);
    expectNoCrash(run);
    const r = parseJson(run);
    const acc = r.gate.checks.find((c: { metric: string }) => c.metric === 'arc_easy/acc');
    expect(acc.test).toBe('mcnemar-exact');
    expect(acc.delta).toBe(0);
    expect(r.gate.flips.right_to_wrong_ids).toEqual(['arc_easy/2']);
    expect(r.gate.flips.wrong_to_right_ids).toEqual(['arc_easy/1']);
  });

  it('inspect: epochs are trials, C/P/I read as inspect does, NaN and errored samples have no value', async () => {
    const { result, stderr } = await evaluateJson(['--from', 'inspect', '--predictions', f('inspect')]);
    expect(result.n).toBe(3);
    expect(result.metrics.match).toBeCloseTo((1 + 0.5 + 1) / 3, 12);
    expect(result.metrics['match.flaky_examples']).toBe(1);
    expect(result.metrics.model_graded_qa).toBeCloseTo((1 + 0.75) / 2, 12);
    expect(stderr).toMatch(/1 samples have no scores/);
  });

  it('inspect: a header-only log is named as such', async () => {
    const run = await runCli([
      'evaluate',
      '--task',
      'scores',
      '--from',
      'inspect',
      '--predictions',
      f('bad/inspect-header-only.json'),
    ]);
    expect(expectUserError(run)).toMatch(/inspect log: no `samples` array; is this a header-only log/);
  });

  it('lm-eval: a line of another shape is named with its line and key', async () => {
    const run = await runCli([
      'evaluate',
      '--task',
      'scores',
      '--from',
      'lm-eval',
      '--predictions',
      f('bad/lm-eval-old'),
    ]);
    expect(expectUserError(run)).toMatch(
      /line 2, column "metrics": found "acc"; expected the list of this line's metric names/,
    );
  });

  it('promptfoo: repeats share a test case; success, score, named scores, cost, tokens, latency', async () => {
    const { result, stderr } = await evaluateJson([
      '--from',
      'promptfoo',
      '--predictions',
      f('promptfoo/results.json'),
    ]);
    expect(result.n).toBe(2);
    const m = result.metrics;
    expect(m.success).toBe(0.5);
    expect(m['success.flaky_examples']).toBe(2);
    expect(m.contains_bonjour).toBe(0.5);
    expect(m.contains_merci).toBe(1);
    // The errored repeat has no latency (promptfoo reads it back as 0).
    expect(m.latency_ms).toBeCloseTo((400 + 430) / 2, 12);
    expect(m.tokens).toBeCloseTo((20.5 + 22) / 2, 12);
    expect(stderr).toMatch(/1 rows errored/);
  });

  it('openai-evals: match events give correct, metrics events their numbers and booleans', async () => {
    const { result } = await evaluateJson([
      '--from',
      'openai-evals',
      '--predictions',
      f('openai-evals/record.jsonl'),
    ]);
    expect(result.n).toBe(3);
    expect(result.metrics.correct).toBeCloseTo(2 / 3, 12);
    expect(result.metrics.score).toBe(0);
    expect(result.metrics.metascore).toBe(0);
    expect(Object.keys(result.metrics)).not.toContain('choice');
  });
});
