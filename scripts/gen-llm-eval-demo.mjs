// Writes examples/llm-eval/: two lm-eval `--log_samples` runs over the same 400 arc_easy docs
// (the baseline model and a candidate that lost ~5 points of acc), in lm-eval's own samples
// format, for the "Gating LLM evals" demo. Seeded: the same files every time.
//   node scripts/gen-llm-eval-demo.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './lib/bench-data.mjs';

const DOCS = 400;
const random = mulberry32(2024);
const runs = {
  baseline: { date: '2024-05-01T12-00-00.123456', lines: [] },
  candidate: { date: '2024-05-08T09-30-00.654321', lines: [] },
};
for (let doc = 0; doc < DOCS; doc++) {
  // A doc the baseline gets right stays right with probability 0.9; a wrong one turns right 0.08.
  const base = random() < 0.72 ? 1 : 0;
  const cand = base ? (random() < 0.9 ? 1 : 0) : random() < 0.08 ? 1 : 0;
  const norm = (acc) => (random() < 0.85 ? acc : 1 - acc);
  const target = Math.floor(random() * 4);
  for (const [name, acc] of [
    ['baseline', base],
    ['candidate', cand],
  ]) {
    runs[name].lines.push(
      JSON.stringify({
        doc_id: doc,
        doc: {
          id: `ARCEZ_${1000 + doc}`,
          question: `Question ${doc}`,
          choices: { label: ['A', 'B', 'C', 'D'] },
          answerKey: 'ABCD'[target],
        },
        target: String(target),
        arguments: { gen_args_0: { arg_0: `Question: Question ${doc}\nAnswer:`, arg_1: ' A' } },
        resps: [[['-1.0', 'False']]],
        filtered_resps: [['-1.0', 'False']],
        filter: 'none',
        metrics: ['acc', 'acc_norm'],
        doc_hash: `h${doc}`,
        prompt_hash: `p${doc}`,
        target_hash: `t${target}`,
        acc: acc ? 1.0 : 0.0,
        acc_norm: norm(acc) ? 1.0 : 0.0,
      }),
    );
  }
}
for (const [name, run] of Object.entries(runs)) {
  const dir = join('examples', 'llm-eval', name, 'EleutherAI__pythia-160m');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `samples_arc_easy_${run.date}.jsonl`), run.lines.join('\n') + '\n');
}
