/**
 * promptfoo `eval -o results.json`: `{evalId, results: {version: 3, results: [...]}}`, one row
 * per test × repeat × provider × prompt. Repeats (`--repeat N`) have their own `testIdx` and share
 * only their test case, so an example is its test case: its `description`, else its `vars`
 * (canonical JSON). Metrics: `success` (every assertion passed, 1/0), `score`, each named score,
 * and the row's `cost`, `tokens` (total token usage) and `latency_ms`. Several providers or
 * prompts in one file are several configurations: metric names are then prefixed by the
 * provider (and `#prompt index`). An errored row (failureReason 2) counts as failed (success and
 * score 0, as promptfoo scores it) and has no cost, tokens or latency (promptfoo reads back 0).
 */
import { InputError } from '../../errors.js';
import { harnessFiles, isRecord, parseHarnessJson, readHarnessFile, shown } from './harness-files.js';
import type { TrialTable } from './trials.js';

const EXPECTED =
  'a promptfoo output file (promptfoo eval -o results.json): {"evalId", "results": {"version": 3, "results": [...]}}';

function canonical(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (isRecord(x))
    return `{${Object.keys(x)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`)
      .join(',')}}`;
  return JSON.stringify(x) ?? 'null';
}

function finite(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

export async function readPromptfoo(path: string, table: TrialTable): Promise<string[]> {
  const files = await harnessFiles(path, (n) => n.endsWith('.json'), 'promptfoo output files (*.json)');
  if (files.length > 1)
    throw new InputError(
      { file: path },
      `holds ${files.length} JSON files; expected one promptfoo output file (pass its path)`,
    );
  const file = files[0];
  const doc = parseHarnessJson((await readHarnessFile(file)).toString('utf8'), file, EXPECTED);
  const inner = isRecord(doc) ? doc.results : undefined;
  if (!isRecord(inner) || !Array.isArray(inner.results))
    throw new InputError(
      { file },
      Array.isArray(inner)
        ? `"results" is an array (an old promptfoo output, version 1?); expected ${EXPECTED}`
        : `no results.results array; expected ${EXPECTED}`,
    );
  if (inner.version !== undefined && inner.version !== 3 && inner.version !== 2)
    throw new InputError(
      { file, column: 'results.version' },
      `version ${shown(inner.version)}; expected 3 (or 2)`,
    );
  const rows = inner.results as unknown[];
  const configOf = (r: Record<string, unknown>): string => {
    const p = isRecord(r.provider) ? r.provider : {};
    const provider =
      typeof p.label === 'string' && p.label !== '' ? p.label : typeof p.id === 'string' ? p.id : '';
    return `${provider}#${String(r.promptIdx ?? 0)}`;
  };
  const configs = [...new Set(rows.filter(isRecord).map(configOf))];
  const providers = new Set(configs.map((c) => c.slice(0, c.lastIndexOf('#'))));
  const prefix = (r: Record<string, unknown>): string => {
    if (configs.length <= 1) return '';
    const c = configOf(r);
    return providers.size === configs.length ? `${c.slice(0, c.lastIndexOf('#'))}/` : `${c}/`;
  };
  let errored = 0;
  rows.forEach((r, i) => {
    const where = { file, column: `results.results[${i}]` };
    if (!isRecord(r))
      throw new InputError(
        where,
        `found ${shown(r)}; expected a result row {"testCase", "success", "score", …}`,
      );
    if (typeof r.success !== 'boolean')
      throw new InputError(
        { file, column: `results.results[${i}].success` },
        `found ${shown(r.success)}; expected true or false`,
      );
    const tc = isRecord(r.testCase) ? r.testCase : {};
    const id =
      typeof tc.description === 'string' && tc.description !== ''
        ? tc.description
        : canonical(tc.vars ?? r.vars ?? {});
    const ex = table.example(id);
    const pre = prefix(r);
    const add = (name: string, v: number | undefined): void => {
      if (v !== undefined) table.add(ex, table.metric(pre + name), v);
    };
    const isError = r.failureReason === 2;
    if (isError) errored++;
    add('success', r.success ? 1 : 0);
    add('score', finite(r.score) ?? (isError ? 0 : undefined));
    if (isRecord(r.namedScores)) for (const [k, v] of Object.entries(r.namedScores)) add(k, finite(v));
    if (isError) return;
    const response = isRecord(r.response) ? r.response : {};
    add('cost', finite(r.cost) ?? finite(response.cost));
    const usage = isRecord(r.tokenUsage)
      ? r.tokenUsage
      : isRecord(response.tokenUsage)
        ? response.tokenUsage
        : {};
    add('tokens', finite(usage.total));
    add('latency_ms', finite(r.latencyMs));
  });
  if (rows.length === 0) throw new InputError({ file }, `results.results is empty; expected ${EXPECTED}`);
  return errored > 0
    ? [
        `promptfoo: ${errored} rows errored (failureReason 2): counted as failed, with no cost, tokens or latency.`,
      ]
    : [];
}
