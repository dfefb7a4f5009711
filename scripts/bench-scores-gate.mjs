// A/A false alarms and power of a pass-rate gate on per-example scores (--task scores): a seeded
// simulation through model-gate's own scores comparison (src/compare/scores-compare.ts, compiled
// to plain JavaScript first: `npx tsc --noEmit false --outDir .tmp/js`), `passed: max_regression 0`
// at α = 0.05. Each example has its own pass probability (uniform on [0.05, 0.95]); a trial
// passes with it. A/A: the candidate draws from the same probabilities; power: every
// probability lowered by δ. With one trial per example the test is McNemar's exact test; with
// three, the paired z test on the per-example means.
//   node scripts/bench-scores-gate.mjs [--reps 1000] [--js .tmp/js]
import { existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { mulberry32 } from './lib/bench-data.mjs';
import { argument as arg } from './lib/timed.mjs';

const reps = Number(arg('reps', '1000'));
const js = resolve(arg('js', '.tmp/js'));
// tsc writes ES modules; the folder needs to say so to Node.
if (!existsSync(`${js}/package.json`)) writeFileSync(`${js}/package.json`, '{"type": "module"}\n');
const load = (p) => import(pathToFileURL(`${js}/src/${p}`).href);
const { TrialTable } = await load('evaluate/scores/trials.js');
const { scoresResult } = await load('evaluate/scores/evaluate-scores.js');
const { compareScores } = await load('compare/scores-compare.js');
const { parseGateConfig } = await load('config/gate-config.js');

const config = parseGateConfig('metrics:\n  passed: { max_regression: 0 }\n', 'gate.yml', {
  scoreMetrics: true,
});
const random = mulberry32(99);

function run(p, trials) {
  const t = new TrialTable();
  const m = t.metric('passed');
  for (let k = 0; k < trials; k++)
    for (let i = 0; i < p.length; i++) t.add(t.example(`e${i}`), m, random() < p[i] ? 1 : 0);
  const { data } = t.finish();
  return { data, result: scoresResult(data, 'sim.csv', [], {}, new Date(0)) };
}

const rows = [];
for (const n of [200, 1000, 5000])
  for (const trials of [1, 3]) {
    const cell = { n, trials };
    for (const delta of [0, n === 200 ? 0.1 : n === 1000 ? 0.05 : 0.02]) {
      let fails = 0;
      for (let r = 0; r < reps; r++) {
        const p = Float64Array.from({ length: n }, () => 0.05 + 0.9 * random());
        const b = run(p, trials);
        const c = run(
          p.map((x) => Math.max(0, x - delta)),
          trials,
        );
        const gate = compareScores({
          baseline: b.result,
          candidate: c.result,
          baselineExamples: b.data,
          candidateExamples: c.data,
          config,
          missing: 'error',
        });
        if (gate.verdict === 'fail') fails++;
        if (r === 0) cell.test = gate.checks[0].test;
      }
      if (delta === 0) cell.falseAlarm = fails / reps;
      else {
        cell.delta = delta;
        cell.power = fails / reps;
      }
    }
    rows.push(cell);
  }
console.log(`Pass-rate gate (passed: max_regression 0, α = 0.05), ${reps} seeded repetitions per cell`);
console.log('| examples | trials | test | A/A false alarms | drop δ | power at δ |');
console.log('|---:|---:|---|---:|---:|---:|');
for (const c of rows)
  console.log(
    `| ${c.n} | ${c.trials} | ${c.test} | ${(100 * c.falseAlarm).toFixed(1)}% | ${c.delta * 100} pts | ${(100 * c.power).toFixed(1)}% |`,
  );
