// `run --baseline` on text vs `evaluate` of the same files (the target: ≤ 3×), through
// the built bundle (dist/cli/index.js; `npm run build` first), bleu + chrf + rouge_l gated.
// Each command is run `--repeat` times (default 3) and the medians compared.
//   node scripts/bench-text-gate.mjs [--n 100000] [--repeat 3]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const n = Number(arg('n', '100000'));
const repeat = Number(arg('repeat', '3'));
const dir = resolve('.tmp/bench-text-gate');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

let seed = 20261203;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const VOCAB =
  'the a of to and in is was for on that with model gate answer question paris city river north year 1998 3.5 U.S. café system translation reference output data quick brown fox jumps over lazy dog 中文 😀'.split(
    ' ',
  );
const pick = () => VOCAB[Math.floor(random() * VOCAB.length)];
const sentence = (k) => Array.from({ length: k }, pick).join(' ');
const perturb = (s, p) =>
  s
    .split(' ')
    .filter(() => random() > p)
    .map((w) => (random() < p ? pick() : w))
    .join(' ');
const base = [];
const cand = [];
for (let i = 0; i < n; i++) {
  const ref = sentence(8 + Math.floor(random() * 25));
  const label = random() < 0.3 ? [ref, perturb(ref, 0.15)] : ref;
  base.push(JSON.stringify({ id: `q${i}`, prediction: perturb(ref, 0.15), label }));
  cand.push(JSON.stringify({ id: `q${i}`, prediction: perturb(ref, 0.16), label }));
}
writeFileSync(`${dir}/base.jsonl`, base.join('\n') + '\n');
writeFileSync(`${dir}/cand.jsonl`, cand.join('\n') + '\n');
writeFileSync(
  `${dir}/gate.yml`,
  'metrics:\n  bleu: {max_regression: 0.5}\n  chrf: {max_regression: 0.5}\n  rouge_l: {max_regression: 0.005}\n',
);
const cli = resolve('dist/cli/index.js');
const node = (args) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e9;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
node(['run', '--predictions', `${dir}/base.jsonl`, '--task', 'text', '--out-dir', `${dir}/baseline`]);
const evaluate = [];
const run = [];
for (let k = 0; k < repeat; k++) {
  evaluate.push(
    node(['evaluate', '--predictions', `${dir}/cand.jsonl`, '--task', 'text', '--format', 'json']),
  );
  run.push(
    node([
      'run',
      '--predictions',
      `${dir}/cand.jsonl`,
      '--task',
      'text',
      '--baseline',
      `${dir}/baseline`,
      '--config',
      `${dir}/gate.yml`,
      '--out-dir',
      `${dir}/candidate`,
    ]),
  );
}
const e = median(evaluate);
const r = median(run);
console.log(
  `text gate, n = ${n}: evaluate ${e.toFixed(2)} s, run --baseline (bleu + chrf + rouge_l, 2,000 paired resamples) ${r.toFixed(2)} s`,
);
console.log(`ratio run --baseline / evaluate: ${(r / e).toFixed(2)}x (target ≤ 3x)`);
