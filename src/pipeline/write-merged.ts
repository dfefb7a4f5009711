import { dirname, join, resolve } from 'node:path';
import { EXAMPLES_FILE, EXAMPLES_FORMAT, writeExamples } from '../result/examples.js';
import { UsageError } from '../errors.js';
import type { MergeOutput, Shard } from '../merge/index.js';
import { writeResult } from '../result/write.js';
import { isScoresData } from '../result/scores-data.js';
import { SCORES_FILE, SCORES_FORMAT, writeScoresExamples } from '../result/scores-examples.js';
import { silentLogger, type Logger } from '../util/progress.js';
import { writeReports } from './write-reports.js';

export interface WriteMergedOptions {
  /** result.json path; the merged sidecar is written beside it. */
  out?: string;
  /** A run folder: result.json, examples.bin, report.md, report.html. */
  outDir?: string;
  /** Gate name shown in the reports. */
  name?: string;
}

export interface WrittenMerge {
  result: string[];
  examples: string[];
  reports: string[];
}

/**
 * Writes the merged result (`out` and/or `outDir`) and, for an exact merge, its examples sidecar
 * beside each result.json, so the merged result can serve as a baseline with paired tests.
 * Refuses to overwrite a shard's own result.json or sidecar.
 */
export async function writeMerged(
  merged: MergeOutput,
  shards: readonly Shard[],
  options: WriteMergedOptions,
  logger: Logger = silentLogger,
): Promise<WrittenMerge> {
  const targets: { resultFile: string; dir: string; reports: boolean }[] = [];
  if (options.out !== undefined)
    targets.push({ resultFile: options.out, dir: dirname(options.out), reports: false });
  if (options.outDir !== undefined)
    targets.push({ resultFile: join(options.outDir, 'result.json'), dir: options.outDir, reports: true });
  if (targets.length === 0) throw new UsageError('give --out PATH or --out-dir DIR.');
  const taken = new Map<string, string>();
  for (const s of shards) {
    taken.set(resolve(s.resultFile), s.path);
    if (s.examplesFile) taken.set(resolve(s.examplesFile), s.path);
  }
  for (const t of targets) {
    const sidecar = isScoresData(merged.data) ? SCORES_FILE : EXAMPLES_FILE;
    const files = [t.resultFile, ...(merged.data ? [join(t.dir, sidecar)] : [])];
    for (const f of files) {
      const owner = taken.get(resolve(f));
      if (owner !== undefined)
        throw new UsageError(
          `writing ${f} would overwrite a file of the shard ${owner}; write the merged result ` +
            'to a folder of its own (e.g. --out-dir merged).',
        );
    }
  }
  const written: WrittenMerge = { result: [], examples: [], reports: [] };
  const result = merged.result;
  for (const t of targets) {
    if (isScoresData(merged.data)) {
      const path = await writeScoresExamples(t.dir, merged.data);
      result.examples = { file: SCORES_FILE, format: SCORES_FORMAT, rows: merged.data.n };
      written.examples.push(path);
    } else if (merged.data) {
      const path = await writeExamples(t.dir, merged.data, logger);
      result.examples = { file: EXAMPLES_FILE, format: EXAMPLES_FORMAT, rows: merged.data.n };
      written.examples.push(path);
    }
    if (t.reports) {
      const r = await writeReports(t.dir, result, null, options.name ?? 'model-gate');
      written.result.push(r.paths.result);
      written.reports.push(r.paths.report, r.paths.html);
    } else {
      await writeResult(t.resultFile, result);
      written.result.push(t.resultFile);
    }
  }
  return written;
}
