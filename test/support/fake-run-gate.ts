/**
 * A stand-in for runGate used ONLY by tests (in-process, and in a scratch bundle to exercise the
 * e2e path before the real pipeline exists): accuracy of a binary CSV, compared with a baseline's
 * result.json; fail when it dropped by more than 0.01.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunGateOptions, RunGateOutput } from '../../src/pipeline/run-gate.js';
import type { Result } from '../../src/result/schema.js';
import type { Logger } from '../../src/util/progress.js';

function parseCsv(text: string): Record<string, string>[] {
  const [head, ...rows] = text.trim().split('\n');
  const cols = head.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i], v])));
}

export async function fakeRunGate(o: RunGateOptions, logger: Logger): Promise<RunGateOutput> {
  const preds = parseCsv(await readFile(o.evaluate.predictions, 'utf8'));
  const labels = new Map(parseCsv(await readFile(o.evaluate.labels!, 'utf8')).map((r) => [r.id, r.label]));
  const correct = preds.filter((p) => labels.get(p.id) === p.prediction).length;
  const accuracy = correct / preds.length;
  let baseline: Result | null = null;
  if (o.baseline) {
    const st = await stat(o.baseline);
    const file = st.isDirectory() ? join(o.baseline, 'result.json') : o.baseline;
    baseline = JSON.parse(await readFile(file, 'utf8')) as Result;
  }
  const base = baseline?.metrics.accuracy ?? null;
  const verdict = base === null ? 'no-baseline' : accuracy < base - 0.01 ? 'fail' : 'pass';
  const result: Result = {
    schema: 'model-gate/result@1',
    task: 'binary',
    n: preds.length,
    dataset: { fingerprint: 'fake' },
    tool: { name: 'model-gate', version: '0.0.0-fake' },
    created_at: new Date().toISOString(),
    source: o.source ?? {},
    metrics: { accuracy },
    errors: {
      error_rate: 1 - accuracy,
      top_confusions: [],
      missing_predictions: 0,
      extra_predictions: 0,
      invalid_rows: 0,
    },
    gate: {
      verdict,
      checks: [
        {
          metric: 'accuracy',
          baseline: base,
          candidate: accuracy,
          delta: base === null ? null : accuracy - base,
          ci: null,
          p_value: null,
          threshold: 'max_regression 0',
          verdict,
          reason: verdict === 'fail' ? 'accuracy dropped' : undefined,
        },
      ],
      comparable: true,
      paired: false,
      significance: null,
      multiple_comparisons: 'none',
      bootstrap: null,
      baseline_source: baseline ? { commit: baseline.source.commit } : null,
      warnings: [],
    },
    warnings: [],
  };
  await mkdir(o.outDir, { recursive: true });
  const paths = {
    result: join(o.outDir, 'result.json'),
    report: join(o.outDir, 'report.md'),
    html: join(o.outDir, 'report.html'),
  };
  const md = `<!-- model-gate:${o.name ?? 'model-gate'} -->\n## model-gate: ${verdict}\n\naccuracy ${accuracy.toFixed(4)} (baseline ${base ?? 'none'})\n`;
  await writeFile(paths.result, JSON.stringify(result, null, 2));
  await writeFile(paths.report, md);
  await writeFile(paths.html, `<html><body><pre>${md}</pre></body></html>`);
  logger.info(`fake gate: ${verdict}`);
  return { result, baseline, paths, reportMarkdown: md, exitCode: verdict === 'fail' ? 1 : 0 };
}
