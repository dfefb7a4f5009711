/**
 * lm-evaluation-harness `--log_samples` output: `samples_<task>_<date>.jsonl`, one per task, one
 * JSON line per (doc, filter) with `doc_id`, `filter`, `metrics` (the names of this line's metric
 * keys) and one key per metric. Ids are the doc ids; metric names are lm-eval's own (`acc`;
 * `exact_match,strict-match` for a filter other than `none`, as its results file names them);
 * with several tasks both are prefixed by the task (`gsm8k/…`), since doc ids recur per task.
 * Values that are pairs (`f1`, `mcc` → [gold, pred]) are aggregated corpus-level by lm-eval and
 * are not per-example scores: left out, with a note.
 */
import { basename } from 'node:path';
import { InputError } from '../../errors.js';
import {
  harnessFiles,
  isRecord,
  jsonLines,
  parseHarnessJson,
  readHarnessFile,
  shown,
} from './harness-files.js';
import type { TrialTable } from './trials.js';

const SAMPLES_FILE = /^samples_(.+)_[^_]+\.jsonl$/;
const EXPECTED_LINE =
  'one JSON object per line as lm-eval --log_samples writes it: {"doc_id": 0, "filter": "none", "metrics": ["acc"], "acc": 1.0, …}';

/** The task of an lm-eval samples file: between `samples_` and the last `_`. */
export function lmEvalTask(file: string): string | null {
  const m = SAMPLES_FILE.exec(basename(file));
  return m ? m[1] : null;
}

export async function readLmEval(path: string, table: TrialTable): Promise<string[]> {
  const files = await harnessFiles(
    path,
    (n) => SAMPLES_FILE.test(n),
    'lm-eval samples files (samples_<task>_<date>.jsonl)',
  );
  const tasks = files.map((f) => lmEvalTask(f) ?? basename(f).replace(/\.jsonl$/, ''));
  const seen = new Map<string, string>();
  tasks.forEach((t, i) => {
    const other = seen.get(t);
    if (other !== undefined)
      throw new InputError(
        { file: files[i] },
        `a second samples file for task "${t}" (the first is ${other}); lm-eval writes one per task and run: point --predictions at one run's files`,
      );
    seen.set(t, files[i]);
  });
  const prefixed = files.length > 1;
  const warnings: string[] = [];
  const notScores = new Set<string>();
  for (let f = 0; f < files.length; f++) {
    const file = files[f];
    const task = tasks[f];
    let lines = 0;
    for (const { line, text } of jsonLines(await readHarnessFile(file))) {
      lines++;
      const obj = parseHarnessJson(text, file, EXPECTED_LINE, line);
      if (!isRecord(obj))
        throw new InputError({ file, line }, `found ${shown(obj)}; expected ${EXPECTED_LINE}`);
      const docId = obj.doc_id;
      if (typeof docId !== 'number' && typeof docId !== 'string')
        throw new InputError(
          { file, line, column: 'doc_id' },
          `found ${shown(docId)}; expected the sample's doc_id (an integer). Is this an lm-eval samples file (written with --log_samples)?`,
        );
      const names = obj.metrics;
      if (!Array.isArray(names) || names.some((n) => typeof n !== 'string'))
        throw new InputError(
          { file, line, column: 'metrics' },
          `found ${shown(names)}; expected the list of this line's metric names, e.g. ["acc", "acc_norm"] (lm-eval 0.4 samples format)`,
        );
      const filter = typeof obj.filter === 'string' ? obj.filter : 'none';
      const ex = table.example(prefixed ? `${task}/${docId}` : String(docId));
      for (const name of names as string[]) {
        const metricName = `${prefixed ? `${task}/` : ''}${name}${filter === 'none' ? '' : `,${filter}`}`;
        const v = obj[name];
        let value: number;
        if (typeof v === 'boolean') value = v ? 1 : 0;
        else if (typeof v === 'number' && Number.isFinite(v)) value = v;
        else if (v === null) continue;
        else if (Array.isArray(v) || isRecord(v)) {
          notScores.add(metricName);
          continue;
        } else
          throw new InputError(
            { file, line, column: name },
            `found ${shown(v)}; expected a number or a boolean (the per-sample value of metric "${name}")`,
          );
        table.add(ex, table.metric(metricName), value);
      }
    }
    if (lines === 0) throw new InputError({ file }, `is empty; expected ${EXPECTED_LINE}`);
  }
  if (notScores.size > 0)
    warnings.push(
      `lm-eval: ${[...notScores].join(', ')} hold per-sample pairs that lm-eval aggregates over the whole corpus (e.g. f1, mcc), not per-example scores; left out.`,
    );
  return warnings;
}
