// A/A false alarms of a timing gate, interleaved vs back-to-back, and the measuring process's own
// CPU (README "Benchmark", docs/benchmark.md). Drives the CLI bundle as users run it.
//
// Each repetition gates one noisy command against itself (an A/A comparison: every failure is a
// false alarm) with gate.yml `bench.wall_seconds: { max_regression: 10% }`, α 0.05:
//   interleaved   `run --bench CMD --bench-against CMD` (warm-up of each, then A B A B …);
//   back-to-back  `run --bench CMD` (the stored baseline), then `run --bench CMD --baseline …`
//                 right after it on the same machine: the blocks a stored baseline compares.
// The command (scripts/lib/noisy-sleep.sh) sleeps base × lognormal(CV 20%) × (1 + drift·k),
// k counting its calls in the repetition (the machine slows down as it works); seeded per
// repetition, so both designs see the same draws. Rates come with exact 95% (Clopper–Pearson)
// intervals. The machine's own noise comes on top (as on a CI runner).
//   node scripts/bench-interleave.mjs [--reps 100] [--runs 5] [--base-ms 30] [--jitter 0.2]
//                                     [--drifts 0,0.03] [--cli dist/cli/index.js] [--out bench/interleave.json]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { clopperPearson } from './calibration-table.mjs';

const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1];
};
const reps = Number(arg('reps', '100'));
const runs = Number(arg('runs', '5'));
const baseMs = Number(arg('base-ms', '30'));
const jitter = Number(arg('jitter', '0.2'));
const drifts = arg('drifts', '0,0.03').split(',').map(Number);
const cli = resolve(arg('cli', 'dist/cli/index.js'));
const out = arg('out', 'bench/interleave.json');
const noisy = resolve('scripts/lib/noisy-sleep.sh');

const dir = mkdtempSync(join(tmpdir(), 'model-gate-interleave-'));
writeFileSync(join(dir, 'p.csv'), 'label,prediction\n1,1\n0,0\n1,0\n0,0\n');
writeFileSync(join(dir, 'gate.yml'), 'metrics:\n  bench.wall_seconds: { max_regression: "10%" }\n');
const state = join(dir, 'state');
const command = `sh ${noisy} ${state}`;

function gate(outDir, ...extra) {
  const r = spawnSync(
    process.execPath,
    [
      cli,
      'run',
      '--predictions',
      'p.csv',
      '--config',
      'gate.yml',
      '--out-dir',
      outDir,
      '--bench',
      command,
      '--bench-runs',
      String(runs),
      '--bench-warmup',
      '1',
      ...extra,
    ],
    { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } },
  );
  if (r.status !== 0 && r.status !== 1) throw new Error(`model-gate exited ${r.status}: ${r.stderr}`);
  const result = JSON.parse(readFileSync(join(dir, outDir, 'result.json'), 'utf8'));
  return result.gate.checks.find((c) => c.metric === 'bench.wall_seconds').verdict;
}

const rows = [];
for (const drift of drifts) {
  const alarms = { interleaved: 0, 'back-to-back': 0 };
  for (let rep = 0; rep < reps; rep++) {
    const seed = 1000 * Math.round(drift * 1000) + rep + 1;
    writeFileSync(state, `${seed} 0 ${baseMs} ${jitter} ${drift}\n`);
    if (gate('i', '--bench-against', command) === 'fail') alarms.interleaved++;
    writeFileSync(state, `${seed} 0 ${baseMs} ${jitter} ${drift}\n`);
    gate('base');
    if (gate('cand', '--baseline', 'base') === 'fail') alarms['back-to-back']++;
  }
  for (const [design, k] of Object.entries(alarms)) {
    const [lo, hi] = clopperPearson(k, reps);
    rows.push({ drift_per_run: drift, design, false_alarms: k, reps, rate: k / reps, ci95: [lo, hi] });
    console.log(
      `drift ${(100 * drift).toFixed(0)}%/run  ${design.padEnd(13)} ${k}/${reps} = ${((100 * k) / reps).toFixed(1)}% ` +
        `(95% CI ${(100 * lo).toFixed(1)}–${(100 * hi).toFixed(1)}%)`,
    );
  }
}

// The measuring process's own CPU while benchmarking `sleep 1`: the runs record it
// (sampler_cpu_seconds, /proc/self CPU during each run); GNU time gives the whole process's.
const time = spawnSync(
  '/usr/bin/time',
  [
    '-f',
    '%U %S %e',
    process.execPath,
    cli,
    'bench',
    '--runs',
    '5',
    '--warmup',
    '0',
    '--format',
    'json',
    '--',
    'sleep',
    '1',
  ],
  { cwd: dir, encoding: 'utf8' },
);
const bench = JSON.parse(time.stdout);
const [user, sys, elapsed] = time.stderr.trim().split('\n').pop().split(' ').map(Number);
const samplerCpu = bench.runs.reduce((s, r) => s + r.sampler_cpu_seconds, 0);
const wall = bench.runs.reduce((s, r) => s + r.wall_seconds, 0);
const sampler = {
  command: 'model-gate bench --runs 5 --warmup 0 -- sleep 1',
  sampler_cpu_seconds_during_runs: samplerCpu,
  wall_seconds_of_runs: wall,
  share_of_a_core_during_runs: samplerCpu / wall,
  process_cpu_seconds_total: user + sys,
  process_elapsed_seconds: elapsed,
};
console.log(
  `sampler: ${samplerCpu.toFixed(3)} CPU s during ${wall.toFixed(2)} s of runs (${((100 * samplerCpu) / wall).toFixed(2)}% of a core); ` +
    `whole model-gate process ${(user + sys).toFixed(2)} CPU s in ${elapsed.toFixed(2)} s (start-up, host probe, sampling)`,
);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      reps,
      runs,
      warmup: 1,
      base_ms: baseMs,
      jitter_cv: jitter,
      max_regression: '10%',
      alpha: 0.05,
      rows,
      sampler,
    },
    null,
    2,
  ) + '\n',
);
console.log(`wrote ${out}`);
