// Evaluation speed and memory: model-gate vs pandas + scikit-learn on the same files, same run.
//   node scripts/bench-evaluate.mjs [--sizes 100000,1000000,10000000] [--cli dist/cli/index.js]
//     [--classes 10] [--no-pandas] [--no-run] [--generate-only]
// Binary with scores (or --classes K > 2: multiclass with K p_<class> probability columns);
// labels and predictions in different orders, joined by id. Each size is also run row-aligned
// (one combined file) to show memory stays flat.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { generateBinaryJoin, mulberry32, writeJoinFiles } from './lib/bench-data.mjs';
import { argument as arg, timed } from './lib/timed.mjs';

const sizes = arg('sizes', '100000,1000000,10000000').split(',').map(Number);
const cli = arg('cli', 'dist/cli/index.js');
const dir = arg('dir', '.tmp/bench-evaluate');
mkdirSync(dir, { recursive: true });

const classes = Number(arg('classes', '2'));
const flag = (name) => process.argv.includes(`--${name}`);

const random = mulberry32(12345);
const generate = (n) =>
  classes > 2
    ? generateMulticlassJoin(`${dir}/n${n}-k${classes}`, n)
    : generateBinaryJoin(`${dir}/n${n}`, n, random);

/**
 * Multiclass files for a join by id, as `generateBinaryJoin` but with `classes` classes: a noisy
 * classifier (the true class gets a bonus), probabilities rounded to 4 decimals that sum to 1,
 * the prediction the most probable class.
 */
async function generateMulticlassJoin(base, n) {
  if (existsSync(`${base}-combined.csv`)) return base;
  const label = new Uint8Array(n);
  const probs = new Float64Array(n * classes);
  const predicted = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    label[i] = Math.floor(random() * classes);
    const row = probs.subarray(i * classes, (i + 1) * classes);
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += row[c] = random() + (c === label[i] ? 1.5 : 0);
    let rounded = 0;
    for (let c = 0; c < classes - 1; c++) {
      row[c] = Math.round((row[c] / sum) * 1e4) / 1e4;
      rounded += row[c];
    }
    row[classes - 1] = Math.max(0, Math.round((1 - rounded) * 1e4) / 1e4);
    let best = 0;
    for (let c = 1; c < classes; c++) if (row[c] > row[best]) best = c;
    predicted[i] = best;
  }
  const header = Array.from({ length: classes }, (_, c) => `p_${c}`).join(',');
  const cells = (i) =>
    `${predicted[i]},${Array.from(probs.subarray(i * classes, (i + 1) * classes)).join(',')}`;
  await writeJoinFiles(base, n, random, `prediction,${header}`, cells, label);
  return base;
}
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
// The pandas peer computes binary score metrics only: skipped for --classes K > 2 and --no-pandas.
const hasPandas =
  classes <= 2 &&
  !flag('no-pandas') &&
  spawnSync('/usr/bin/python3', ['-c', 'import pandas, sklearn']).status === 0;
if (!hasPandas) console.error('the pandas + sklearn column is skipped');
const scoreArgs = classes > 2 ? ['--score-prefix', 'p_'] : ['--score-column', 'score'];
const never = { wall: NaN, rss: NaN };
const missing = { wall: NaN, rss: NaN, stdout: 'null' };
// `run --baseline` gated on accuracy only (no bootstrap): the cost of the sidecar and the pairing.
const gateYml = `${dir}/gate-accuracy.yml`;
writeFileSync(gateYml, 'significance: 0.05\nmetrics:\n  accuracy: { max_regression: 0.005 }\n');

const rows = [];
for (const n of sizes) {
  const base = await generate(n);
  if (flag('generate-only')) continue;
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
    ...scoreArgs,
    '--format',
    'json',
  ]);
  const aligned = timed(process.execPath, [
    cli,
    'evaluate',
    '--predictions',
    `${base}-combined.csv`,
    ...scoreArgs,
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
    ...scoreArgs,
    '--config',
    gateYml,
  ];
  let run = never;
  if (!flag('no-run')) {
    rmSync(`${dir}/run-base-${n}`, { recursive: true, force: true });
    spawnSync(process.execPath, [cli, 'run', ...runArgs, '--out-dir', `${dir}/run-base-${n}`]);
    run = timedAnyExit(process.execPath, [
      cli,
      'run',
      ...runArgs,
      '--baseline',
      `${dir}/run-base-${n}`,
      '--out-dir',
      `${dir}/run-cand-${n}`,
    ]);
  }
  rows.push({ n, peer, duck, ours, aligned, diff, run });
  console.error(`n=${n}: done`);
}

if (flag('generate-only')) process.exit(0);

const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
console.log(
  `\nEvaluation: ${classes > 2 ? `${classes} classes with p_ probability columns` : 'binary with scores'}, joined by id (files in different orders); wall time and peak RSS (GNU time)\n`,
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
