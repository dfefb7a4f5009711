// --task scores at scale: N samples × T trials (rows sharing an id), a 0/1 score, a judge score
// and a cost per row; `evaluate` and `run --baseline` (paired tests of every metric, pass@k and
// flaky counts included) timed under GNU time, run --baseline as a ratio of evaluate.
//   node scripts/bench-scores.mjs [--samples 1000000] [--trials 3] [--cli dist/cli/index.js]
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { mulberry32 } from './lib/bench-data.mjs';
import { argument as arg, timed as timedCommand } from './lib/timed.mjs';

const samples = Number(arg('samples', '1000000'));
const trials = Number(arg('trials', '3'));
const cli = arg('cli', 'dist/cli/index.js');
const dir = arg('dir', '.tmp/bench-scores');
mkdirSync(dir, { recursive: true });
const random = mulberry32(4242);

async function writeScores(file, skill) {
  const out = createWriteStream(file);
  out.write('id,passed,judge,cost\n');
  let chunk = '';
  for (let t = 0; t < trials; t++)
    for (let i = 0; i < samples; i++) {
      const p = skill[i];
      chunk += `s${i},${random() < p ? 1 : 0},${(p + 0.2 * (random() - 0.5)).toFixed(4)},${(0.001 + 0.0005 * random()).toFixed(6)}\n`;
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
  out.end(chunk);
  await once(out, 'finish');
}

const skill = Float64Array.from({ length: samples }, () => random());
const worse = Float64Array.from(skill, (p) => Math.max(0, p - 0.01));
await writeScores(`${dir}/base.csv`, skill);
await writeScores(`${dir}/cand.csv`, worse);
const timed = (args) => timedCommand(process.execPath, [cli, ...args], [0, 1]);
const flags = (file) => ['--task', 'scores', '--predictions', file];
rmSync(`${dir}/b`, { recursive: true, force: true });
timed(['run', ...flags(`${dir}/base.csv`), '--out-dir', `${dir}/b`]);
const evaluate = timed(['evaluate', ...flags(`${dir}/cand.csv`)]);
const run = timed(['run', ...flags(`${dir}/cand.csv`), '--baseline', `${dir}/b`, '--out-dir', `${dir}/c`]);
const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
console.log(
  `--task scores, ${samples.toLocaleString('en-US')} samples × ${trials} trials (${(samples * trials).toLocaleString('en-US')} rows)`,
);
console.log('| step | wall | CPU | peak RSS |');
console.log('|---|---:|---:|---:|');
console.log(
  `| evaluate | ${evaluate.wall.toFixed(1)} s | ${evaluate.cpu.toFixed(1)} s | ${mib(evaluate.rss)} |`,
);
console.log(`| run --baseline | ${run.wall.toFixed(1)} s | ${run.cpu.toFixed(1)} s | ${mib(run.rss)} |`);
console.log(
  `run --baseline / evaluate: ${(run.cpu / evaluate.cpu).toFixed(2)}× CPU, ${(run.wall / evaluate.wall).toFixed(2)}× wall`,
);
