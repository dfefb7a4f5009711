// A/A false alarms and power of a BLEU gate (max_regression 0, α = 0.05, one-sided): the paired
// bootstrap over examples on per-example n-gram statistics that `compare` runs
// (pairedCorpusStatisticsBootstrap), on seeded synthetic corpora. Each trial draws n references
// and two systems' outputs as noisy copies of them: A/A = both with the same noise rate (no true
// difference), power = the candidate with a higher one. Prints the README table.
//   node scripts/sim-text-bleu-gate.mjs [--trials 200] [--resamples 1000]
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const trials = Number(arg('trials', '200'));
const resamples = Number(arg('resamples', '1000'));
const dir = resolve('.tmp/sim-text');
execFileSync(
  process.execPath,
  [
    'node_modules/typescript/bin/tsc',
    '--outDir',
    `${dir}/js`,
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--target',
    'es2022',
    '--skipLibCheck',
    'src/evaluate/metrics/text/index.ts',
    'src/compare/stats/index.ts',
  ],
  { stdio: 'inherit' },
);
const js = (p) => import(pathToFileURL(`${dir}/js/${p}`).href);
const text = await js('evaluate/metrics/text/index.js');
const stats = await js('compare/stats/index.js');
const { bootstrapPValue } = await js('compare/stats/bootstrap.js');

let seed = 7;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const VOCAB =
  'the a of to and in is was for on that with model gate answer question city river north year system translation reference output data quick brown fox jumps over lazy dog'.split(
    ' ',
  );
const pick = () => VOCAB[Math.floor(random() * VOCAB.length)];
const noisy = (ref, p) =>
  ref
    .split(' ')
    .map((w) => (random() < p ? pick() : w))
    .join(' ');

/** One trial: the gate's verdict (fails?) and the true-ish BLEU drop of the two outputs. */
function trial(n, pBase, pCand) {
  const refs = [];
  const a = [];
  const b = [];
  for (let i = 0; i < n; i++) {
    const ref = Array.from({ length: 10 + Math.floor(random() * 20) }, pick).join(' ');
    refs.push([ref]);
    a.push(noisy(ref, pBase));
    b.push(noisy(ref, pCand));
  }
  const ta = text.textTerms(a, refs);
  const tb = text.textTerms(b, refs);
  const identity = Int32Array.from({ length: n }, (_, i) => i);
  const dist = stats.pairedCorpusStatisticsBootstrap(
    ta.bleu,
    tb.bleu,
    text.BLEU_STATISTICS,
    (s) => text.bleuFromStatistics(s),
    identity,
    {
      resamples,
      seed: 1,
    },
  );
  const delta = text.textMetricValues(tb).bleu - text.textMetricValues(ta).bleu;
  return { fail: bootstrapPValue(dist.deltas, 0, true) < 0.05, delta };
}

console.log(`BLEU gate, max_regression 0, α = 0.05, ${trials} trials a cell, ${resamples} paired resamples`);
console.log('| n | base noise | candidate noise | mean Δ BLEU | gate fails |');
console.log('|---:|---:|---:|---:|---:|');
for (const n of [200, 1000]) {
  for (const [pb, pc] of [
    [0.2, 0.2],
    [0.2, 0.22],
    [0.2, 0.25],
  ]) {
    let fails = 0;
    let sum = 0;
    for (let k = 0; k < trials; k++) {
      const t = trial(n, pb, pc);
      if (t.fail) fails++;
      sum += t.delta;
    }
    console.log(
      `| ${n} | ${pb} | ${pc} | ${(sum / trials).toFixed(2)} | ${((100 * fails) / trials).toFixed(1)}% |`,
    );
  }
}
