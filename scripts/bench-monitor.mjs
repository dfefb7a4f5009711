// npm run bench -- monitor: the two figures of README's "model-gate monitor" section.
//   node scripts/bench-monitor.mjs drift [--trials 1000,200,30] [--sizes 1000,100000,1000000] [--seed 1]
//     the drift test's false alarms (identical populations) and power (shifted ones), against the
//     KS and chi-square tests of "no difference"; writes bench/monitor-drift.json and prints the table.
//   node scripts/bench-monitor.mjs speed [--rows 1000000]
//     `monitor` on a 1M-row window vs `evaluate` of the same file (wall, CPU, peak RSS; dist/ bundle).
// Deterministic: the same seed gives the same counts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mulberry32, writeLines } from './lib/bench-data.mjs';
import { clopperPearson } from './calibration-table.mjs';
import { argument as arg, timed } from './lib/timed.mjs';

const which = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'all';
const CLI = 'dist/cli/index.js';

/** The core's simulation, bundled once into a temp folder (the CLI does not expose it). */
async function loadSimulation(dir) {
  const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  execFileSync(
    process.execPath,
    [ncc, 'build', 'src/monitor/simulate.ts', '-o', dir, '--target', 'es2022', '-q'],
    {
      stdio: 'inherit',
    },
  );
  return import(pathToFileURL(join(dir, 'index.js')).href);
}

const pct = (k, n) => {
  const [lo, hi] = clopperPearson(k, n);
  return `${((100 * k) / n).toFixed(1)}% [${(100 * lo).toFixed(1)}, ${(100 * hi).toFixed(1)}]`;
};

async function drift() {
  const sizes = arg('sizes', '1000,100000,1000000').split(',').map(Number);
  const trials = arg('trials', '1000,200,30').split(',').map(Number);
  const seed = Number(arg('seed', '1'));
  const shifts = [0, 0.05, 0.2, 0.5];
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-sim-'));
  try {
    const sim = await loadSimulation(dir);
    const cells = [];
    for (const [i, n] of sizes.entries())
      for (const [j, shift] of shifts.entries()) {
        const t0 = Date.now();
        cells.push(
          sim.simulateDriftCell(n, shift, trials[i] ?? trials.at(-1), seed + 1000 * i + j, 0.1, 0.05),
        );
        console.error(`n=${n} shift=${shift}: ${(Date.now() - t0) / 1000}s`);
      }
    mkdirSync('bench', { recursive: true });
    writeFileSync(
      'bench/monitor-drift.json',
      JSON.stringify({ seed, tolerance: 0.1, alpha: 0.05, cells }, null, 2) + '\n',
    );
    const lines = [
      '| shift δ (population PSI) | n | trials | PSI > 0.1 test (model-gate) | KS test p < 0.05 | chi-square p < 0.05 |',
      '|---|---|---|---|---|---|',
    ];
    for (const c of cells)
      lines.push(
        `| ${c.shift} (${c.population_psi.toFixed(4)}) | ${c.n.toLocaleString('en-US')} | ${c.trials} | ${pct(c.tolerance_alarms, c.trials)} | ${pct(c.ks_alarms, c.trials)} | ${pct(c.chi_square_alarms, c.trials)} |`,
      );
    console.log(lines.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function speed() {
  const rows = Number(arg('rows', '1000000'));
  if (!existsSync(CLI)) throw new Error('build first: npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-monitor-bench-'));
  try {
    const random = mulberry32(7);
    const line = (shift) => (i) => {
      const y = random() < 0.3 ? 1 : 0;
      const p = Math.min(0.9999, Math.max(0.0001, 0.5 + (y ? 0.25 : -0.25) + shift + (random() - 0.5) * 0.6));
      return `r${i},${y},${p >= 0.5 ? 1 : 0},${(1 - p).toFixed(4)},${p.toFixed(4)},${(5 + random() * 50).toFixed(2)},${random() < 0.01 ? 'timeout' : ''}\n`;
    };
    const header = 'id,label,prediction,p_0,p_1,latency_ms,error\n';
    const window = join(dir, 'window.csv');
    const reference = join(dir, 'reference.csv');
    await writeLines(window, rows + 1, (i) => (i === 0 ? header : line(0)(i - 1)));
    await writeLines(reference, rows + 1, (i) => (i === 0 ? header : line(0.02)(i - 1)));
    const ev = timed(process.execPath, [
      CLI,
      'evaluate',
      '--predictions',
      window,
      '--score-prefix',
      'p_',
      '--format',
      'json',
    ]);
    const mo = timed(
      process.execPath,
      [
        CLI,
        'monitor',
        '--window',
        window,
        '--reference',
        reference,
        '--latency-column',
        'latency_ms',
        '--error-column',
        'error',
        '--out-dir',
        join(dir, 'out'),
        '--format',
        'json',
      ],
      [0, 1],
    );
    const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
    console.log(`| command (${rows.toLocaleString('en-US')} rows) | wall | CPU | peak RSS |`);
    console.log('|---|---|---|---|');
    console.log(`| evaluate (1 file) | ${ev.wall.toFixed(2)} s | ${ev.cpu.toFixed(2)} s | ${mib(ev.rss)} |`);
    console.log(
      `| monitor (window + reference window, 3 columns, latency, errors) | ${mo.wall.toFixed(2)} s | ${mo.cpu.toFixed(2)} s | ${mib(mo.rss)} |`,
    );
    console.log(
      `ratio monitor/evaluate: wall ${(mo.wall / ev.wall).toFixed(2)}×, CPU ${(mo.cpu / ev.cpu).toFixed(2)}×, RSS ${(mo.rss / ev.rss).toFixed(2)}×`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (which === 'drift' || which === 'all') await drift();
if (which === 'speed' || which === 'all') await speed();
