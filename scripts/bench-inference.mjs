#!/usr/bin/env node
// Checks `model-gate bench` against the reference tools on the same commands:
//   peak RSS and CPU seconds vs `/usr/bin/time -v` (GNU time, kernel rusage) — target within 5%;
//   median wall time vs `hyperfine -N --export-json` — target within 5%;
//   the bench process's own CPU (sampler_cpu_seconds / wall) — target ≤ 2% of one core.
//
// Usage:
//   node scripts/bench-inference.mjs [--cli dist/cli/index.js] [--runs 5] [--interval MS]
//   node scripts/bench-inference.mjs --engine PATH/TO/bench/index.js   # compiled src/bench, no CLI
// --engine imports a compiled `runBenchmark` (e.g. `npx tsc` output) instead of spawning the CLI,
// for checking the engine before the bundles are built. Exit status 1 when a target is missed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const cli = opt('--cli', 'dist/cli/index.js');
const engine = opt('--engine', null);
const runs = Number(opt('--runs', '5'));
const interval = opt('--interval', null);
const node = process.execPath;

const COMMANDS = [
  {
    name: 'cpu burner (1 s of CPU)',
    argv: [
      node,
      '-e',
      'const t=process.cpuUsage();let x=0;while(process.cpuUsage(t).user<1e6)for(let i=0;i<1e5;i++)x+=i',
    ],
  },
  {
    name: 'memory allocator (300 MB)',
    argv: [
      node,
      '-e',
      'const b=Buffer.alloc(300*1024*1024,1);const t=Date.now();while(Date.now()-t<300);b[5]++',
    ],
  },
  {
    name: 'sleep 0.3 s, then 0.3 s of work',
    argv: [
      node,
      '-e',
      'setTimeout(()=>{const t=process.cpuUsage();let x=0;while(process.cpuUsage(t).user<3e5)for(let i=0;i<1e5;i++)x+=i},300)',
    ],
  },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function need(tool) {
  if (!existsSync(tool) && spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    console.error(`bench-inference: ${tool} is required`);
    process.exit(2);
  }
}
need('/usr/bin/time');
need('hyperfine');

let runBenchmark = null;
if (engine) ({ runBenchmark } = await import(pathToFileURL(resolve(engine)).href));
else if (!existsSync(cli)) {
  console.error(`bench-inference: ${cli} not found (run npm run build, or pass --cli PATH or --engine PATH)`);
  process.exit(2);
}
const silent = {
  info() {},
  warning() {},
  group: (_n, fn) => fn(),
  progress: { start: () => ({ update() {}, done() {} }) },
};

const dir = mkdtempSync(join(tmpdir(), 'bench-inference-'));
/** One measured model-gate run (plus a warm-up when asked). */
async function modelGate(argv, warmup) {
  let result;
  if (runBenchmark) {
    const options = { command: argv, runs: 1, warmup };
    if (interval) options.sampleIntervalMs = Number(interval);
    result = await runBenchmark(options, silent);
  } else {
    const out = join(dir, 'bench.json');
    const flags = ['bench', '--runs', '1', '--warmup', String(warmup), '--out', out, '--'];
    execFileSync(node, [cli, ...flags, ...argv], { stdio: ['ignore', 'ignore', 'inherit'] });
    const json = JSON.parse(readFileSync(out, 'utf8'));
    result = json.bench ?? json;
  }
  return result.runs.find((r) => !r.warmup);
}

/** One `/usr/bin/time -v` run: peak RSS (bytes) and CPU seconds. */
function gnuTime(argv) {
  const out = join(dir, 'time.txt');
  spawnSync('/usr/bin/time', ['-v', '-o', out, ...argv], { stdio: 'ignore' });
  const text = readFileSync(out, 'utf8');
  const field = (re) => Number(re.exec(text)[1]);
  return {
    rss: field(/Maximum resident set size \(kbytes\): (\d+)/) * 1024,
    cpu: field(/User time \(seconds\): ([\d.]+)/) + field(/System time \(seconds\): ([\d.]+)/),
  };
}

/** One hyperfine run (no shell: -N), its wall time. */
function hyperfine(argv, warmup) {
  const out = join(dir, 'hyperfine.json');
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  execFileSync('hyperfine', ['-N', '--warmup', String(warmup), '--runs', '1', '--export-json', out, quoted], {
    stdio: 'ignore',
  });
  return JSON.parse(readFileSync(out, 'utf8')).results[0].times[0];
}

// The three tools take turns run by run (round-robin), so a load change on the machine affects
// all of them alike; medians over the rounds.
const rows = [];
let missed = 0;
try {
  for (const c of COMMANDS) {
    const mg = [];
    const ref = [];
    const hf = [];
    for (let round = 0; round < runs; round++) {
      const warmup = round === 0 ? 1 : 0;
      if (warmup) spawnSync(c.argv[0], c.argv.slice(1), { stdio: 'ignore' }); // GNU time's warm-up
      mg.push(await modelGate(c.argv, warmup));
      ref.push(gnuTime(c.argv));
      hf.push(hyperfine(c.argv, warmup));
    }
    const samplerCpu = mg.reduce((s, r) => s + (r.sampler_cpu_seconds ?? NaN), 0);
    const wall = mg.reduce((s, r) => s + r.wall_seconds, 0);
    const check = (metric, ours, theirs, target) => {
      const ratio = ours / theirs;
      const ok = Math.abs(ratio - 1) <= target;
      if (!ok) missed++;
      rows.push([c.name, metric, ours, theirs, ratio.toFixed(3), `±${target * 100}%`, ok ? 'ok' : 'MISSED']);
    };
    check(
      'peak RSS (MB)',
      median(mg.map((r) => r.peak_rss_bytes)) / 1e6,
      median(ref.map((r) => r.rss)) / 1e6,
      0.05,
    );
    check('CPU (s)', median(mg.map((r) => r.cpu_seconds)), median(ref.map((r) => r.cpu)), 0.05);
    check('wall median (s)', median(mg.map((r) => r.wall_seconds)), median(hf), 0.05);
    const share = samplerCpu / wall;
    const ok = share <= 0.02;
    if (!ok) missed++;
    rows.push([c.name, 'own CPU (% core)', share * 100, '', '', '≤2%', ok ? 'ok' : 'MISSED']);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (v) => (typeof v === 'number' ? (Math.abs(v) >= 100 ? v.toFixed(1) : v.toFixed(3)) : v);
const header = ['command', 'metric', 'model-gate', 'reference', 'ratio', 'target', ''];
const table = [header, ...rows.map((r) => r.map(fmt))];
const widths = header.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
for (const r of table) console.log(r.map((v, i) => String(v).padEnd(widths[i])).join('  '));
console.log(
  `\nmedians of ${runs} rounds (model-gate, /usr/bin/time -v, hyperfine -N take turns; 1 warm-up each); ` +
    `${engine ? `engine ${engine}` : `CLI ${cli}`}; load average ${existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?'}.`,
);
process.exit(missed ? 1 : 0);
