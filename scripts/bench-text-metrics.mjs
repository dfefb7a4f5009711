// Text metrics speed: model-gate's src/evaluate/metrics/text/ vs the reference implementations
// (sacrebleu 2.x corpus_bleu + corpus_chrf, rouge-score RougeScorer, the SQuAD v2.0 scorer) on
// the same seeded corpus, each timed in its own process around the metric computation only
// (no file reading). Also checks that both sides give the same corpus values.
//   node scripts/bench-text-metrics.mjs --sacrebleu DIR --rouge DIR --squad FILE [--n 100000]
// (the oracle arguments as for scripts/gen-text-fixtures.py; Python is /usr/bin/python3).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1 && fallback === undefined) throw new Error(`--${name} is required`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const n = Number(arg('n', '100000'));
const oracles = {
  sacrebleu: resolve(arg('sacrebleu')),
  rouge: resolve(arg('rouge')),
  squad: resolve(arg('squad')),
};
const dir = resolve('.tmp/bench-text');
mkdirSync(dir, { recursive: true });

let seed = 20261202;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const VOCAB = [
  ...'the a of to and in is was for on that with as by at from it be are this an which or'.split(' '),
  ...'model gate answer question paris city river north year 1998 3.5 U.S. state-of-the-art café'.split(' '),
  ...'system translation reference output data result quick brown fox jumps over lazy dog'.split(' '),
  "don't",
  "it's",
  '"quoted"',
  '(aside)',
  'end.',
  'comma,',
  '中文',
  '😀',
];
const sentence = (words) => Array.from({ length: words }, () => pick(VOCAB)).join(' ');
const perturb = (s) =>
  s
    .split(' ')
    .filter(() => random() > 0.15)
    .map((w) => (random() < 0.15 ? pick(VOCAB) : w))
    .join(' ');

const predictions = [];
const references = [];
for (let i = 0; i < n; i++) {
  const ref = sentence(8 + Math.floor(random() * 25));
  const refs = [ref];
  if (random() < 0.3) refs.push(perturb(ref));
  predictions.push(random() < 0.1 ? ref : perturb(ref));
  references.push(refs);
}
const corpus = `${dir}/corpus.json`;
writeFileSync(corpus, JSON.stringify({ predictions, references }));

// Compile the metric library (plain tsc, no bundler) and time it.
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
  ],
  { stdio: 'inherit' },
);
const lib = await import(pathToFileURL(`${dir}/js/evaluate/metrics/text/index.js`).href);
// Wall and CPU time: on a shared machine CPU time is the comparable figure.
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
const ours = lib.textMetricValues(lib.textTerms(predictions, references));
const oursSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
const c1 = process.cpuUsage(c0);
const oursCpu = (c1.user + c1.system) / 1e6;

const python = String.raw`
import json, sys, time
sys.path.insert(0, sys.argv[2]); sys.path.insert(0, sys.argv[3])
import importlib.util
import numpy as np
import sacrebleu
from rouge import rouge_scorer
spec = importlib.util.spec_from_file_location('squad', sys.argv[4]); squad = importlib.util.module_from_spec(spec); spec.loader.exec_module(squad)
d = json.load(open(sys.argv[1]))
preds, refs = d['predictions'], d['references']
streams = [[r[k] if k < len(r) else None for r in refs] for k in range(max(map(len, refs)))]
times = {}
cpu0 = time.process_time()
t = time.perf_counter(); bleu = sacrebleu.corpus_bleu(preds, streams).score; times['bleu'] = time.perf_counter() - t
t = time.perf_counter(); chrf = sacrebleu.corpus_chrf(preds, streams).score; times['chrf'] = time.perf_counter() - t
t = time.perf_counter()
scorer = rouge_scorer.RougeScorer(['rouge1', 'rouge2', 'rougeL'])
types = [('rouge1', 'rouge1'), ('rouge2', 'rouge2'), ('rougeL', 'rouge_l')]
rouge = {o: [] for _, o in types}
for p, rs in zip(preds, refs):
    ds = [scorer.score(r, p) for r in rs]
    for t_, o in types:
        rouge[o].append(ds[int(np.argmax([x[t_].fmeasure for x in ds]))][t_].fmeasure)
times['rouge'] = time.perf_counter() - t
t = time.perf_counter(); em, f1 = zip(*[squad.raw_scores(r, p) for p, r in zip(preds, refs)]); times['squad'] = time.perf_counter() - t
cpu = time.process_time() - cpu0
out = {'exact_match': float(np.mean(em)), 'token_f1': float(np.mean(f1)), 'bleu': bleu, 'chrf': chrf}
out.update({o: float(np.mean(v)) for o, v in rouge.items()})
print(json.dumps({'metrics': out, 'seconds': times, 'cpu': cpu}))
`;
const py = spawnSync(
  '/usr/bin/python3',
  ['-c', python, corpus, oracles.sacrebleu, oracles.rouge, oracles.squad],
  {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  },
);
if (py.status !== 0) throw new Error(py.stderr);
const ref = JSON.parse(py.stdout.trim().split('\n').pop());
const refSeconds = Object.values(ref.seconds).reduce((a, b) => a + b, 0);
let worst = 0;
for (const [k, v] of Object.entries(ref.metrics)) worst = Math.max(worst, Math.abs(v - ours[k]));
console.log(`n = ${n} examples (${references.filter((r) => r.length > 1).length} with two references)`);
console.log(
  `reference implementations: wall ${refSeconds.toFixed(2)} s, CPU ${ref.cpu.toFixed(2)} s  ${JSON.stringify(ref.seconds)}`,
);
console.log(
  `model-gate (all seven metrics + per-example statistics): wall ${oursSeconds.toFixed(2)} s, CPU ${oursCpu.toFixed(2)} s`,
);
console.log(
  `ratio reference / model-gate: wall ${(refSeconds / oursSeconds).toFixed(1)}x, CPU ${(ref.cpu / oursCpu).toFixed(1)}x`,
);
console.log(`largest |difference| of a corpus metric: ${worst.toExponential(2)}`);
console.log(JSON.stringify(ours));
