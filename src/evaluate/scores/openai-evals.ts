/**
 * openai/evals `oaieval … --record_path F` JSON Lines: a `spec` line, then events
 * `{sample_id, type, data}` in flush order (threads interleave samples), then `final_report`.
 * Ids are the `sample_id`s (`<eval>.<split>.<index>`). Metrics: `correct` from `match` events,
 * and each number or boolean of `metrics` events (what `record_metrics` was given; strings such
 * as a model-graded `choice` are not scores). Several events of one type for one sample are
 * averaged into that sample's value.
 */
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

const EXPECTED =
  'an openai/evals record file (oaieval --record_path): a {"spec": …} line, then events {"sample_id", "type", "data"}';

export async function readOpenAiEvals(path: string, table: TrialTable): Promise<string[]> {
  const files = await harnessFiles(path, (n) => n.endsWith('.jsonl'), 'openai/evals record files (*.jsonl)');
  const prefixed = files.length > 1;
  for (const file of files) {
    let spec = false;
    let events = 0;
    let evalName = file;
    for (const { line, text } of jsonLines(await readHarnessFile(file))) {
      const obj = parseHarnessJson(text, file, EXPECTED, line);
      if (!isRecord(obj)) throw new InputError({ file, line }, `found ${shown(obj)}; expected ${EXPECTED}`);
      if (isRecord(obj.spec)) {
        spec = true;
        if (typeof obj.spec.eval_name === 'string') evalName = obj.spec.eval_name;
        continue;
      }
      if ('final_report' in obj) continue;
      if (!spec)
        throw new InputError(
          { file, line },
          `the first line is not a {"spec": …} line; expected ${EXPECTED}`,
        );
      const type = obj.type;
      if (type !== 'match' && type !== 'metrics') continue;
      const sid = obj.sample_id;
      if (typeof sid !== 'string' && typeof sid !== 'number')
        throw new InputError(
          { file, line, column: 'sample_id' },
          `found ${shown(sid)}; expected the event's sample id`,
        );
      if (!isRecord(obj.data))
        throw new InputError(
          { file, line, column: 'data' },
          `found ${shown(obj.data)}; expected the ${type} event's data object`,
        );
      const ex = table.example(prefixed ? `${evalName}/${sid}` : String(sid));
      const pre = prefixed ? `${evalName}/` : '';
      events++;
      if (type === 'match') {
        const c = obj.data.correct;
        if (typeof c !== 'boolean')
          throw new InputError(
            { file, line, column: 'data.correct' },
            `found ${shown(c)}; expected true or false`,
          );
        table.add(ex, table.metric(`${pre}correct`), c ? 1 : 0);
        continue;
      }
      for (const [k, v] of Object.entries(obj.data)) {
        if (typeof v === 'boolean') table.add(ex, table.metric(pre + k), v ? 1 : 0);
        else if (typeof v === 'number' && Number.isFinite(v)) table.add(ex, table.metric(pre + k), v);
      }
    }
    if (!spec) throw new InputError({ file }, `no {"spec": …} line; expected ${EXPECTED}`);
    if (events === 0)
      throw new InputError({ file }, 'has no match or metrics events: no per-sample scores to gate');
  }
  return [];
}
