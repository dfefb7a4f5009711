// Ranking speed: `model-gate evaluate --task ranking` (the CLI bundle, file reading included) vs
// trec_eval 9.0.8's own run time on the same seeded TREC run and qrels, alternated in the same
// run (A B A B …), wall and CPU time of each process. Also checks that both give the same means.
//   node scripts/bench-ranking.mjs --trec-eval PATH/TO/trec_eval [--queries 10000] [--docs 1000] [--runs 3]
// (trec_eval: built from `git archive v9.0.8` of github.com/usnistgov/trec_eval with `make`).
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1 && fallback === undefined) throw new Error(`--${name} is required`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const trecEval = resolve(arg('trec-eval'));
const queries = Number(arg('queries', '10000'));
const docs = Number(arg('docs', '1000'));
const runs = Number(arg('runs', '3'));
const dir = resolve('.tmp/bench-ranking');
mkdirSync(dir, { recursive: true });

let seed = 20261202;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

async function write(path, lines) {
  const out = createWriteStream(path);
  for (const chunk of lines()) if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  await new Promise((r) => out.end(r));
}
const run = resolve(dir, 'run.txt');
const qrels = resolve(dir, 'qrels.txt');
await write(run, function* () {
  for (let q = 0; q < queries; q++) {
    let block = '';
    for (let d = 0; d < docs; d++)
      block += `q${q} Q0 d${Math.floor(random() * docs * 3)}_${d} ${d + 1} ${random().toFixed(6)} bench\n`;
    yield block;
  }
});
await write(qrels, function* () {
  seed = 7;
  for (let q = 0; q < queries; q++) {
    let block = '';
    for (let d = 0; d < 200; d++)
      block += `q${q} 0 d${Math.floor(random() * docs * 3)}_${d * 5} ${Math.floor(random() * 4)}\n`;
    yield block;
  }
});

function time(command, args) {
  const t = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (t.status !== 0) throw new Error(`${command} failed: ${t.stderr.slice(-2000)}`);
  const [wall, user, sys, rssKb] = t.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + sys, rssMiB: rssKb / 1024, stdout: t.stdout };
}
const cut = '5,10,100';
const ours = [
  'dist/cli/index.js',
  'evaluate',
  '--task',
  'ranking',
  '--predictions',
  run,
  '--labels',
  qrels,
  '--cutoffs',
  cut,
  '--format',
  'json',
];
const theirs = [
  '-m',
  'map',
  '-m',
  'recip_rank',
  '-m',
  'ndcg',
  '-m',
  `ndcg_cut.${cut}`,
  '-m',
  `P.${cut}`,
  '-m',
  `recall.${cut}`,
  qrels,
  run,
];
const series = { mg: [], te: [] };
let last;
for (let r = 0; r < runs; r++) {
  const a = time(process.execPath, ours);
  const b = time(trecEval, theirs);
  series.mg.push(a);
  series.te.push(b);
  last = { a, b };
}
const metrics = JSON.parse(last.a.stdout).metrics;
for (const line of last.b.stdout.trim().split('\n')) {
  const [m, , v] = line.trim().split(/\s+/);
  const name = {
    map: 'map',
    recip_rank: 'mrr',
    ndcg: 'ndcg',
    ndcg_cut_10: 'ndcg@10',
    P_10: 'precision@10',
    recall_100: 'recall@100',
  }[m];
  if (name && Math.abs(metrics[name] - Number(v)) > 1e-4)
    throw new Error(`${name}: ${metrics[name]} vs trec_eval ${v}`);
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const row = (label, s) =>
  `${label}: wall ${median(s.map((x) => x.wall)).toFixed(2)} s, CPU ${median(s.map((x) => x.cpu)).toFixed(2)} s, peak RSS ${median(s.map((x) => x.rssMiB)).toFixed(0)} MiB`;
console.log(
  `${queries} queries × ${docs} documents (${queries * docs} run lines), median of ${runs} alternated runs`,
);
console.log(row('model-gate evaluate --task ranking', series.mg));
console.log(row('trec_eval 9.0.8', series.te));
console.log(
  `ratio (model-gate / trec_eval): wall ${(median(series.mg.map((x) => x.wall)) / median(series.te.map((x) => x.wall))).toFixed(2)}×, ` +
    `CPU ${(median(series.mg.map((x) => x.cpu)) / median(series.te.map((x) => x.cpu))).toFixed(2)}×; means agree with trec_eval's printed 4 decimals`,
);
