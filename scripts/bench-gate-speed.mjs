// Gate speed: `run --baseline` against `evaluate` on the same generated files, per gated metric
// alone and all together, for binary, multiclass (10 classes) and regression.
//   node scripts/bench-gate-speed.mjs [--sizes 1000000] [--tasks binary,multiclass,regression]
//                                     [--metrics roc_auc,f1] [--cli dist/cli/index.js]
// Target: run --baseline / evaluate ≤ 3 at 1M rows for every metric and for all of them together.
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateBaseAndCandidate, mulberry32 } from './lib/bench-data.mjs';
import { argument as arg, timed as timedCommand } from './lib/timed.mjs';

const sizes = arg('sizes', '1000000').split(',').map(Number);
const tasks = arg('tasks', 'binary,multiclass,regression').split(',');
const onlyMetrics = arg('metrics', null)?.split(',');
const cli = arg('cli', 'dist/cli/index.js');
const dir = arg('dir', '.tmp/bench-gate-speed');
mkdirSync(dir, { recursive: true });

const METRICS = {
  binary: ['accuracy', 'f1', 'precision_macro', 'mcc', 'roc_auc', 'log_loss', 'brier', 'average_precision'],
  multiclass: ['accuracy', 'f1_macro', 'balanced_accuracy', 'mcc', 'cohen_kappa', 'roc_auc', 'log_loss'],
  regression: ['mae', 'mse', 'mape', 'rmse', 'r2', 'median_ae', 'max_error'],
};
const K = 10;

const random = mulberry32(777);
const generate = (task, n) => generateBaseAndCandidate(`${dir}/${task}-n${n}`, task, n, random, K);

/** The CLI under GNU time; exit 1 (a failing gate) is a result, not an error. */
const timed = (args) => timedCommand(process.execPath, [cli, ...args], [0, 1]);

function medianOf(runs) {
  const mid = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { wall: mid('wall'), rss: mid('rss'), cpu: mid('cpu') };
}

const fileFlags = (task, file) => [
  '--predictions',
  file,
  '--task',
  task,
  ...(task === 'binary'
    ? ['--score-column', 'score']
    : task === 'multiclass'
      ? ['--score-prefix', 'p_']
      : []),
];

const rows = [];
for (const n of sizes) {
  for (const task of tasks) {
    const base = await generate(task, n);
    // The reference every ratio divides by: the median of three runs (wall and CPU separately),
    // so that one run slowed by a busy machine does not skew a whole task's ratios.
    const evaluate = medianOf(
      [0, 1, 2].map(() => timed(['evaluate', ...fileFlags(task, `${base}-cand.csv`), '--format', 'json'])),
    );
    timed([
      'run',
      ...fileFlags(task, `${base}-base.csv`),
      '--out-dir',
      `${base}-out-base`,
      '--fail-on',
      'never',
    ]);
    const metrics = (onlyMetrics ?? METRICS[task]).filter((m) => METRICS[task].includes(m));
    for (const set of [...metrics.map((m) => [m]), ...(onlyMetrics ? [] : [METRICS[task]])]) {
      const config = `${base}-gate-${set.length === 1 ? set[0] : 'all'}.yml`;
      writeFileSync(config, `metrics:\n${set.map((m) => `  ${m}: { max_regression: 0.01 }\n`).join('')}`);
      const gate = timed([
        'run',
        ...fileFlags(task, `${base}-cand.csv`),
        '--baseline',
        `${base}-out-base`,
        '--config',
        config,
        '--out-dir',
        `${base}-out-cand`,
        '--fail-on',
        'never',
        '--format',
        'json',
      ]);
      const checks = JSON.parse(gate.stdout).gate?.checks ?? [];
      const label = set.length === 1 ? set[0] : `all ${set.length}`;
      rows.push({
        n,
        task,
        label,
        evaluate,
        gate,
        tests: [...new Set(checks.map((c) => c.test))].join(', '),
      });
      console.error(
        `${task} n=${n} ${label}: ${(gate.wall / evaluate.wall).toFixed(2)}× wall, ${(gate.cpu / evaluate.cpu).toFixed(2)}× CPU`,
      );
    }
  }
}

const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
console.log(
  '\nGate speed: `run --baseline` vs `evaluate` on the same files (wall time, peak RSS by GNU time)\n',
);
console.log(
  '| task | rows | gated | test | evaluate | run --baseline | time ratio | CPU-time ratio | RSS ratio |',
);
console.log('|---|---:|---|---|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.task} | ${r.n.toLocaleString('en')} | ${r.label} | ${r.tests} | ${r.evaluate.wall.toFixed(2)} s, ${mib(r.evaluate.rss)} | ` +
      `${r.gate.wall.toFixed(2)} s, ${mib(r.gate.rss)} | ${(r.gate.wall / r.evaluate.wall).toFixed(2)} | ` +
      `${(r.gate.cpu / r.evaluate.cpu).toFixed(2)} | ${(r.gate.rss / r.evaluate.rss).toFixed(2)} |`,
  );
const worst = rows.reduce((w, r) => Math.max(w, r.gate.wall / r.evaluate.wall), 0);
const worstCpu = rows.reduce((w, r) => Math.max(w, r.gate.cpu / r.evaluate.cpu), 0);
console.log(
  `\nTarget: time ratio ≤ 3 for every row (worst ${worst.toFixed(2)} wall, ${worstCpu.toFixed(2)} CPU)`,
);
