// Evaluation speed and memory: model-gate vs pandas + scikit-learn on the same files, same run.
//   node scripts/bench-evaluate.mjs [--sizes 100000,1000000,10000000] [--cli dist/cli/index.js]
// Binary with scores; labels and predictions in different orders, joined by id. The largest size
// is also run row-aligned (one combined file) to show memory stays flat.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { generateBinaryJoin, mulberry32 } from './lib/bench-data.mjs';
import { argument as arg, timed } from './lib/timed.mjs';

const sizes = arg('sizes', '100000,1000000,10000000').split(',').map(Number);
const cli = arg('cli', 'dist/cli/index.js');
const dir = arg('dir', '.tmp/bench-evaluate');
mkdirSync(dir, { recursive: true });

const random = mulberry32(12345);
const generate = (n) => generateBinaryJoin(`${dir}/n${n}`, n, random);
/** `timed` for a command whose exit code is a verdict (run exits 1 when the gate fails). */
const timedAnyExit = (command, args) => timed(command, args, [0, 1]);

const KEYS = [
  'accuracy',
  'balanced_accuracy',
  'precision',
  'recall',
  'f1',
  'f1_macro',
  'mcc',
  'cohen_kappa',
  'roc_auc',
  'average_precision',
  'log_loss',
  'brier',
];
function maxRelDiff(a, b) {
  let worst = 0;
  for (const k of KEYS) {
    const x = a[k];
    const y = b[k];
    const d = Math.abs(x - y) / Math.max(Math.abs(y), 1e-12);
    if (!(d <= worst)) worst = d;
  }
  return worst;
}

// pandas + scikit-learn is optional: without pandas the table says so instead of failing.
const hasPandas = spawnSync('/usr/bin/python3', ['-c', 'import pandas, sklearn']).status === 0;
if (!hasPandas)
  console.error('python3 cannot import pandas and sklearn: the pandas + sklearn column is skipped');
const missing = { wall: NaN, rss: NaN, stdout: 'null' };
// `run --baseline` gated on accuracy only (no bootstrap): the cost of the sidecar and the pairing.
const gateYml = `${dir}/gate-accuracy.yml`;
writeFileSync(gateYml, 'significance: 0.05\nmetrics:\n  accuracy: { max_regression: 0.005 }\n');

const rows = [];
for (const n of sizes) {
  const base = await generate(n);
  const duck = timed(process.execPath, [
    'scripts/peer_duckdb.mjs',
    `${base}-labels.csv`,
    `${base}-predictions.csv`,
  ]);
  const peer = !hasPandas
    ? missing
    : timed('/usr/bin/python3', [
        'scripts/peer_pandas_sklearn.py',
        `${base}-labels.csv`,
        `${base}-predictions.csv`,
        '--score-column',
        'score',
      ]);
  const ours = timed(process.execPath, [
    cli,
    'evaluate',
    '--labels',
    `${base}-labels.csv`,
    '--predictions',
    `${base}-predictions.csv`,
    '--score-column',
    'score',
    '--format',
    'json',
  ]);
  const aligned = timed(process.execPath, [
    cli,
    'evaluate',
    '--predictions',
    `${base}-combined.csv`,
    '--score-column',
    'score',
    '--format',
    'json',
  ]);
  const oursMetrics = JSON.parse(ours.stdout).metrics;
  const diff = hasPandas ? maxRelDiff(oursMetrics, JSON.parse(peer.stdout)) : NaN;
  if (Math.abs(JSON.parse(duck.stdout).accuracy - oursMetrics.accuracy) > 1e-12)
    throw new Error(`DuckDB's accuracy ${duck.stdout} differs from model-gate's ${oursMetrics.accuracy}`);
  const runArgs = [
    '--labels',
    `${base}-labels.csv`,
    '--predictions',
    `${base}-predictions.csv`,
    '--score-column',
    'score',
    '--config',
    gateYml,
  ];
  rmSync(`${dir}/run-base-${n}`, { recursive: true, force: true });
  spawnSync(process.execPath, [cli, 'run', ...runArgs, '--out-dir', `${dir}/run-base-${n}`]);
  const run = timedAnyExit(process.execPath, [
    cli,
    'run',
    ...runArgs,
    '--baseline',
    `${dir}/run-base-${n}`,
    '--out-dir',
    `${dir}/run-cand-${n}`,
  ]);
  rows.push({ n, peer, duck, ours, aligned, diff, run });
  console.error(`n=${n}: done`);
}

const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
console.log(
  '\nEvaluation: binary with scores, joined by id (files in different orders); wall time and peak RSS (GNU time)\n',
);
console.log(
  '| rows | pandas + sklearn | model-gate | time ratio | RSS ratio | model-gate row-aligned | max rel. metric diff |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.n.toLocaleString('en')} | ${r.peer.wall.toFixed(2)} s, ${mib(r.peer.rss)} | ${r.ours.wall.toFixed(2)} s, ${mib(r.ours.rss)} | ` +
      `${(r.ours.wall / r.peer.wall).toFixed(2)} | ${(r.ours.rss / r.peer.rss).toFixed(2)} | ${r.aligned.wall.toFixed(2)} s, ${mib(r.aligned.rss)} | ${r.diff.toExponential(1)} |`,
  );
}
console.log(
  '\n| rows | DuckDB (read_csv + join + accuracy) | model-gate evaluate | time ratio | run --baseline (accuracy gate) | run / evaluate time | RSS |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.n.toLocaleString('en')} | ${r.duck.wall.toFixed(2)} s, ${mib(r.duck.rss)} | ${r.ours.wall.toFixed(2)} s, ${mib(r.ours.rss)} | ` +
      `${(r.ours.wall / r.duck.wall).toFixed(2)} | ${r.run.wall.toFixed(2)} s, ${mib(r.run.rss)} | ${(r.run.wall / r.ours.wall).toFixed(2)} | ${(r.run.rss / r.ours.rss).toFixed(2)} |`,
  );
if (rows.length > 1) {
  const small = rows[0];
  const big = rows[rows.length - 1];
  console.log(
    `Id-joined peak RSS at ${big.n.toLocaleString('en')} / ${small.n.toLocaleString('en')} rows: ${(big.ours.rss / small.ours.rss).toFixed(2)}`,
  );
}
const m1 = rows.find((r) => r.n === 1_000_000);
const m10 = rows.find((r) => r.n === 10_000_000);
if (m1)
  console.log(
    `\nTargets at 1M rows: time ratio ≤ 0.33 (${(m1.ours.wall / m1.peer.wall).toFixed(2)}), RSS ratio ≤ 0.60 (${(m1.ours.rss / m1.peer.rss).toFixed(2)}), metrics equal to 1e-9 (${m1.diff.toExponential(1)})`,
  );
if (m1 && m10)
  console.log(
    `Row-aligned peak RSS at 10M / 1M rows: ${(m10.aligned.rss / m1.aligned.rss).toFixed(2)} (target ≤ 1.3)`,
  );
