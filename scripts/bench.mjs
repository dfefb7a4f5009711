// npm run bench: every benchmark, each against a peer measured in the same run.
//   npm run bench                 all of them
//   npm run bench -- evaluate     only evaluation speed (add --sizes 100000,1000000)
//   npm run bench -- inference    only `model-gate bench` vs GNU time and hyperfine
//   npm run bench -- gate         only the calibration grid (A/A false alarms, warnings, power)
//   npm run bench -- scores       only --task scores at 1M samples × 3 trials
//   npm run bench -- scores-gate  only the A/A false-alarm and power table of a pass-rate gate
//   npm run bench -- monitor      only `monitor`: drift-test false alarms/power, 1M-row speed vs evaluate
//   npm run bench -- serve        only `serve-bench` vs the load generator alone (and ab, when installed)
//   npm run bench -- gate-speed   only `run --baseline` vs `evaluate` per gated metric (add --sizes, --tasks, --metrics)
//   npm run bench -- interleave   only A/A false alarms interleaved vs back-to-back, and the sampler's CPU (add --reps N)
//   npm run bench -- text-gate    only `run --baseline` vs `evaluate` on --task text (add --n)
import { spawnSync } from 'node:child_process';

const [which, ...rest] = process.argv.slice(2);
const suites = {
  // The calibration grid of README's "Calibration" table (add --trials N; default 100 per cell).
  gate: ['scripts/bench-gate.mjs'],
  inference: ['scripts/bench-inference.mjs'],
  evaluate: ['scripts/bench-evaluate.mjs'],
  'gate-speed': ['scripts/bench-gate-speed.mjs'],
  interleave: ['scripts/bench-interleave.mjs'],
  // --task scores: 1M samples × 3 trials, evaluate vs run --baseline (add --samples, --trials).
  scores: ['scripts/bench-scores.mjs'],
  // A/A false alarms and power of a pass-rate gate on per-example scores (seeded simulation).
  'scores-gate': ['scripts/bench-scores-gate.mjs'],
  // `run --baseline` vs `evaluate` on 100k text examples, bleu + chrf + rouge_l gated (add --n).
  'text-gate': ['scripts/bench-text-gate.mjs'],
  // README's "model-gate monitor" figures: drift-test A/A and power, 1M-row speed vs evaluate.
  monitor: ['scripts/bench-monitor.mjs'],
  serve: ['scripts/bench-serve.mjs'],
};
const selected = which && !which.startsWith('--') ? [which] : Object.keys(suites);
const extra = which && !which.startsWith('--') ? rest : process.argv.slice(2);
let failed = 0;
for (const name of selected) {
  if (!suites[name]) {
    console.error(`unknown benchmark "${name}"; choose from ${Object.keys(suites).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n### ${name}\n`);
  const res = spawnSync(process.execPath, [...suites[name], ...(selected.length === 1 ? extra : [])], {
    stdio: 'inherit',
  });
  if (res.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
