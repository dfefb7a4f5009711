// The calibration grid of README's "Calibration" table: `model-gate simulate --grid` in
// `--workers` shard processes (default 2; trial t runs in shard t mod workers, so the counts add
// up to the unsharded grid's), merged into bench/calibration.json with each rate's exact
// (Clopper–Pearson) 95% bounds, then README's table is regenerated from that file
// (scripts/calibration-table.mjs).
//   node scripts/bench-gate.mjs [--workers 2] [--trials 100] [--pilot 400] [--resamples 400]
//                               [--metrics accuracy,f1] [--sizes 200,2000] [--out bench/calibration.json]
//                               [--no-readme] [--cli dist/cli/index.js]
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { clopperPearson } from './calibration-table.mjs';

const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1];
};
const workers = Number(arg('workers', '2'));
const out = arg('out', 'bench/calibration.json');
const cli = arg('cli', 'dist/cli/index.js');
// 400 pilot pairs: with 100 the pilot's standard deviation is off by ±7% (one unlucky draw at
// n = 20,000 made every binary cell's δ only ~2.5 true SDs); 400 halves that.
const pass = ['trials', 'pilot', 'resamples', 'metrics', 'sizes', 'seed'].flatMap((f) =>
  arg(f, null) === null ? (f === 'pilot' ? ['--pilot', '400'] : []) : [`--${f}`, arg(f, null)],
);

function shard(index) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [cli, 'simulate', '--grid', '--shard', `${index}/${workers}`, ...pass],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`shard ${index} exited with ${code}`)),
    );
  });
}

const t0 = performance.now();
const shards = await Promise.all(Array.from({ length: workers }, (_, i) => shard(i)));
const seconds = (performance.now() - t0) / 1000;

const COUNTS = ['trials', 'aa_fail', 'aa_warn', 'aa_inconclusive', 'power_fail', 'power_inconclusive'];
const merged = new Map();
for (const s of shards)
  for (const c of s.cells) {
    const key = `${c.metric}/${c.n}/${c.design}`;
    const m = merged.get(key);
    if (!m) merged.set(key, { ...c, tests: [...c.tests] });
    else {
      for (const k of COUNTS) m[k] += c[k];
      m.tests = [...new Set([...m.tests, ...c.tests])].sort();
    }
  }
const first = shards[0];
const alpha = first.alpha;
const plans = new Map(first.plans.map((p) => [`${p.metric}/${p.n}`, p]));
const rate = (k, n) => {
  const [lower95, upper95] = clopperPearson(k, n);
  return { count: k, rate: n ? k / n : null, lower95, upper95 };
};
const cells = [...merged.values()].map((c) => {
  const plan = plans.get(`${c.metric}/${c.n}`) ?? null;
  const tested = c.trials - c.aa_inconclusive;
  const aaFail = rate(c.aa_fail, c.trials);
  const power = plan ? rate(c.power_fail, c.trials) : null;
  return {
    metric: c.metric,
    family: c.family,
    n: c.n,
    design: c.design,
    tests: c.tests,
    trials: c.trials,
    tolerance: plan?.tolerance ?? 0,
    sd: plan?.sd ?? null,
    sd_alternative: plan?.sd_alternative ?? null,
    ideal_power: plan?.ideal_power ?? null,
    rho_power: plan?.rho_power ?? null,
    power_worsening: plan?.power_worsening ?? null,
    reachable: plan?.reachable ?? null,
    aa_fail: aaFail,
    aa_warn: rate(c.aa_warn, c.trials),
    aa_inconclusive: rate(c.aa_inconclusive, c.trials),
    power,
    power_inconclusive: plan ? rate(c.power_inconclusive, c.trials) : null,
    // Calibrated: the A/A fail rate is not significantly above α (its exact 95% lower bound ≤ α)
    // and the power not significantly below 80%; cells with no test are neither.
    size_ok: tested === 0 ? null : aaFail.lower95 <= alpha,
    warn_ok: tested === 0 ? null : rate(c.aa_warn, c.trials).lower95 <= 0.1,
    power_ok: tested === 0 || !power ? null : power.upper95 >= 0.8,
  };
});
const grid = {
  schema: 'model-gate/calibration@1',
  // Which bundle ran and where the file went do not change the figures.
  command:
    `npm run bench -- gate ${argv.filter((a, i) => !['--cli', '--no-readme'].includes(a) && argv[i - 1] !== '--cli').join(' ')}`.trim(),
  seconds: Math.round(seconds),
  workers,
  alpha,
  seed: first.seed,
  resamples: first.resamples,
  pilot: first.pilot,
  tolerance_rule: `δ = ${first.tolerance_se_multiple} × the standard deviation of the metric's delta against the candidate worse by 2δ, at n (${first.pilot} pilot pairs; fixed point from the A/A standard deviation)`,
  cells,
};
writeFileSync(out, JSON.stringify(grid, null, 2) + '\n');
console.error(
  `calibration grid: ${cells.length} cells in ${seconds.toFixed(0)} s with ${workers} workers → ${out}`,
);
if (!argv.includes('--no-readme')) {
  const { updateReadme } = await import('./calibration-table.mjs');
  updateReadme(out, 'README.md');
  console.error('README.md Calibration table regenerated');
}
