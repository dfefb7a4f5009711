/**
 * inspect_ai logs: a `.json` EvalLog (`--log-format json`) or a `.eval` archive (a zip of
 * `header.json` and `samples/<id>_epoch_<n>.json`), or a folder of them. Each sample is one
 * (id, epoch): epochs are the repeated trials. Its `scores` map a scorer to `{value, …}`, read as
 * inspect's `value_to_float` does ("C" 1, "P" 0.5, "I"/"N" 0, yes/true 1, no/false 0, numeric
 * strings); a dict value is one sub-score per key (`scorer/key`). `reductions` are already
 * reduced over epochs and are not read. An errored sample without scores has no value.
 */
import { basename } from 'node:path';
import { InputError } from '../../errors.js';
import { listZipEntries, readZipEntry, ZipError } from '../../util/zip.js';
import { harnessFiles, isRecord, parseHarnessJson, readHarnessFile, shown } from './harness-files.js';
import type { TrialTable } from './trials.js';

const EXPECTED_LOG =
  'an inspect EvalLog (version 2): {"version": 2, "eval": {"task": …}, "samples": [{"id", "epoch", "scores"}]}';

interface InspectSample {
  id: unknown;
  epoch: unknown;
  scores?: unknown;
  error?: unknown;
}

/** inspect's `value_to_float`; undefined for what it would turn into 0 with a warning. */
function valueToFloat(v: unknown): number | undefined {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  if (v === null) return NaN;
  if (typeof v !== 'string') return undefined;
  if (v === 'C') return 1;
  if (v === 'P') return 0.5;
  if (v === 'I' || v === 'N') return 0;
  const s = v.toLowerCase();
  if (s === 'yes' || s === 'true') return 1;
  if (s === 'no' || s === 'false') return 0;
  const n = Number(v.trim());
  return v.trim() !== '' && Number.isFinite(n) ? n : undefined;
}

async function readLog(file: string): Promise<{ task: string; samples: InspectSample[] }> {
  const buf = await readHarnessFile(file);
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) return readEvalArchive(file, buf);
  const log = parseHarnessJson(buf.toString('utf8'), file, EXPECTED_LOG);
  if (!isRecord(log)) throw new InputError({ file }, `found ${shown(log)}; expected ${EXPECTED_LOG}`);
  if (log.version !== undefined && log.version !== 2 && log.version !== 1)
    throw new InputError(
      { file, column: 'version' },
      `inspect log version ${shown(log.version)}; expected 2 (or 1)`,
    );
  const task = isRecord(log.eval) && typeof log.eval.task === 'string' ? log.eval.task : basename(file);
  if (!Array.isArray(log.samples))
    throw new InputError(
      { file },
      `inspect log: no \`samples\` array${isRecord(log.eval) ? '; is this a header-only log (read with header_only=True)? use the log file in --log-dir as inspect wrote it' : `; expected ${EXPECTED_LOG}`}`,
    );
  return { task, samples: log.samples as InspectSample[] };
}

function readEvalArchive(file: string, buf: Buffer): { task: string; samples: InspectSample[] } {
  try {
    const entries = listZipEntries(buf);
    const header = entries.find((e) => e.name === 'header.json');
    const sampleEntries = entries.filter((e) => /^samples\/.+\.json$/.test(e.name));
    let task = basename(file);
    if (header) {
      const h = parseHarnessJson(
        readZipEntry(buf, header).toString('utf8'),
        `${file}:header.json`,
        EXPECTED_LOG,
      );
      if (isRecord(h) && isRecord(h.eval) && typeof h.eval.task === 'string') task = h.eval.task;
    }
    if (sampleEntries.length === 0)
      throw new InputError(
        { file },
        'inspect log: no samples/*.json in this .eval archive; is the evaluation still running or the log header-only? use the log file in --log-dir as inspect wrote it',
      );
    const samples = sampleEntries.map((e) => {
      const s = parseHarnessJson(
        readZipEntry(buf, e).toString('utf8'),
        `${file}:${e.name}`,
        'an inspect EvalSample',
      );
      if (!isRecord(s))
        throw new InputError(
          { file: `${file}:${e.name}` },
          `found ${shown(s)}; expected an inspect EvalSample`,
        );
      return s as unknown as InspectSample;
    });
    return { task, samples };
  } catch (e) {
    if (e instanceof ZipError)
      throw new InputError(
        { file },
        `is not a readable .eval archive (${e.message}); expected an inspect log (.eval or .json)`,
      );
    throw e;
  }
}

export async function readInspect(path: string, table: TrialTable): Promise<string[]> {
  const files = await harnessFiles(
    path,
    (n) => n.endsWith('.eval') || n.endsWith('.json'),
    'inspect logs (*.eval, *.json)',
  );
  const logs = [];
  for (const file of files) logs.push({ file, ...(await readLog(file)) });
  const byTask = new Map<string, string>();
  for (const log of logs) {
    const other = byTask.get(log.task);
    if (other !== undefined)
      throw new InputError(
        { file: log.file },
        `a second log of task "${log.task}" (the first is ${other}); point --predictions at one run's logs (or one log)`,
      );
    byTask.set(log.task, log.file);
  }
  const prefixed = logs.length > 1;
  const warnings: string[] = [];
  let unscored = 0;
  for (const { file, task, samples } of logs) {
    const seen = new Set<string>();
    samples.forEach((s, i) => {
      const where = { file, column: `samples[${i}]` };
      if (!isRecord(s))
        throw new InputError(where, `found ${shown(s)}; expected a sample {"id", "epoch", "scores"}`);
      if (typeof s.id !== 'string' && typeof s.id !== 'number')
        throw new InputError(where, `sample id ${shown(s.id)}; expected a string or an integer`);
      const epoch = s.epoch ?? 1;
      const key = `${s.id}\u0000${String(epoch)}`;
      if (seen.has(key))
        throw new InputError(
          where,
          `sample ${shown(s.id)} epoch ${shown(epoch)} appears twice; expected one sample per (id, epoch)`,
        );
      seen.add(key);
      const ex = table.example(prefixed ? `${task}/${s.id}` : String(s.id));
      if (!isRecord(s.scores)) {
        if (s.scores === undefined || s.scores === null) {
          unscored++;
          return;
        }
        throw new InputError(where, `scores ${shown(s.scores)}; expected {scorer: {value, …}}`);
      }
      for (const [scorer, score] of Object.entries(s.scores)) {
        const value = isRecord(score) ? score.value : undefined;
        const parts: [string, unknown][] = isRecord(value)
          ? Object.entries(value).map(([k, v]) => [`${scorer}/${k}`, v])
          : [[scorer, value]];
        for (const [name, v] of parts) {
          const x = valueToFloat(v);
          if (x === undefined)
            throw new InputError(
              { file, column: `samples[${i}].scores.${name}` },
              `found ${shown(v)}; expected a score value inspect reads as a number (a number, a boolean, "C"/"P"/"I"/"N", yes/no)`,
            );
          if (x !== x) continue;
          table.add(ex, table.metric(prefixed ? `${task}/${name}` : name), x);
        }
      }
    });
  }
  if (unscored > 0)
    warnings.push(`inspect: ${unscored} samples have no scores (errored); they count as no value.`);
  return warnings;
}
