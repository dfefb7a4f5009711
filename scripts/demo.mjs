// npm run demo: the whole gate on the bundled example, the way CI runs it.
// 1. main branch: benchmark the baseline model's inference job, evaluate, keep the run folder;
// 2. pull request: the same for the candidate model, compared with that baseline.
// Uses the committed bundle (dist/cli/index.js), so it needs no build step.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

const cli = 'dist/cli/index.js';
const out = 'demo-out';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function gate(model, extra) {
  const predictions = `${out}/${model}-predictions.csv`;
  const latency = `${out}/${model}-latency.txt`;
  const args = [
    cli,
    'run',
    '--bench',
    `node examples/demo/predict.mjs examples/demo/model-${model}.json examples/demo/features.csv ${predictions} ${latency}`,
    '--bench-runs',
    '5',
    '--latency-file',
    latency,
    '--predictions',
    predictions,
    '--labels',
    'examples/demo/labels.csv',
    '--score-prefix',
    'p_',
    '--config',
    'examples/demo/gate.yml',
    '--out-dir',
    `${out}/${model}`,
    ...extra,
  ];
  console.log(
    `\n$ model-gate ${args
      .slice(1)
      .map((a) => (/\s/.test(a) ? JSON.stringify(a) : a))
      .join(' ')}\n`,
  );
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  return run.status;
}

console.log('== 1. Push to main: the baseline model becomes the baseline');
const first = gate('baseline', []);
if (first !== 0) {
  console.error(`demo: the baseline run exited ${first}; expected 0`);
  process.exit(first ?? 2);
}
console.log('\n== 2. Pull request: a retrained candidate, gated against that baseline');
const second = gate('candidate', ['--baseline', `${out}/baseline`]);
console.log(
  `\n== The candidate's gate exited ${second} (${second === 1 ? 'fail: the regression was caught' : second === 0 ? 'pass' : 'error'}).` +
    `\n   Reports: ${out}/candidate/report.md, ${out}/candidate/report.html, ${out}/candidate/result.json`,
);
process.exit(second === 1 || second === 0 ? 0 : 2);
