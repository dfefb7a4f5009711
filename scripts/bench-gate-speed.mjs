// Gate speed: `run --baseline` against `evaluate` on the same generated files, per gated metric
// alone and all together, for binary, multiclass (10 classes) and regression.
//   node scripts/bench-gate-speed.mjs [--sizes 1000000] [--tasks binary,multiclass,regression]
//                                     [--metrics roc_auc,f1] [--cli dist/cli/index.js]
// Target: run --baseline / evaluate ≤ 3 at 1M rows for every metric and for all of them together.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
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

let seed = 777;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

async function writeLines(path, n, line) {
  const out = createWriteStream(path);
  let buf = '';
  for (let i = 0; i < n; i++) {
    buf += line(i);
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

/** Row-aligned files (label column included) for a baseline and a slightly worse candidate. */
async function generate(task, n) {
  const base = `${dir}/${task}-n${n}`;
  if (existsSync(`${base}-cand.csv`)) return base;
  const truth = task === 'regression' ? new Float64Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++)
    truth[i] =
      task === 'regression'
        ? Math.round(random() * 1e5) / 100
        : task === 'binary'
          ? random() < 0.3
            ? 1
            : 0
          : Math.floor(random() * K);
  for (const [side, strength] of [
    ['base', 1.0],
    ['cand', 0.97],
  ]) {
    if (task === 'binary') {
      await writeLines(`${base}-${side}.csv`, n + 1, (r) => {
        if (r === 0) return 'label,prediction,score\n';
        const y = truth[r - 1];
        const s = Math.round(Math.min(1, Math.max(0, 0.35 * strength * y + 0.65 * random())) * 1e4) / 1e4;
        return `${y},${s >= 0.5 ? 1 : 0},${s}\n`;
      });
    } else if (task === 'multiclass') {
      const header = `label,prediction,${Array.from({ length: K }, (_, c) => `p_${c}`).join(',')}\n`;
      await writeLines(`${base}-${side}.csv`, n + 1, (r) => {
        if (r === 0) return header;
        const y = truth[r - 1];
        const w = Array.from({ length: K }, (_, c) => random() + (c === y ? 1.5 * strength : 0));
        const sum = w.reduce((a, b) => a + b, 0);
        const p = w.map((x) => Math.round((x / sum) * 1e4) / 1e4);
        p[K - 1] = Math.max(0, Math.round((1 - p.slice(0, K - 1).reduce((a, b) => a + b, 0)) * 1e4) / 1e4);
        let arg = 0;
        for (let c = 1; c < K; c++) if (p[c] > p[arg]) arg = c;
        return `${y},${arg},${p.join(',')}\n`;
      });
    } else {
      await writeLines(`${base}-${side}.csv`, n + 1, (r) => {
        if (r === 0) return 'label,prediction\n';
        const y = truth[r - 1];
        return `${y},${Math.round((y + (random() - 0.5) * 40 * (2 - strength)) * 100) / 100}\n`;
      });
    }
  }
  return base;
}

function timed(args) {
  const res = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, cli, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (res.status !== 0 && res.status !== 1)
    throw new Error(`${args.join(' ')} failed (${res.status}):\n${res.stderr.slice(-2000)}`);
  const [wall, rssKb, user, sys] = res.stderr.trim().split('\n').pop().split(' ').map(Number);
  // CPU time (user + system) too: on a shared, loaded machine it is the steadier figure.
  return { wall, rss: rssKb * 1024, cpu: user + sys, stdout: res.stdout };
}

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
