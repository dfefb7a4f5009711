import { join } from 'node:path';
import { renderHtml, renderMarkdown } from '../report/index.js';
import type { Result } from '../result/schema.js';
import { writeResult, writeTextFile } from '../result/write.js';

export const REPORT_FILES = { result: 'result.json', report: 'report.md', html: 'report.html' } as const;

export interface WrittenReports {
  paths: { result: string; report: string; html: string };
  reportMarkdown: string;
}

/** result.json, report.md (the PR comment body, with its sticky marker) and report.html. */
export async function writeReports(
  outDir: string,
  result: Result,
  baseline: Result | null,
  name: string,
): Promise<WrittenReports> {
  const paths = {
    result: join(outDir, REPORT_FILES.result),
    report: join(outDir, REPORT_FILES.report),
    html: join(outDir, REPORT_FILES.html),
  };
  const reportMarkdown = renderMarkdown(result, {
    baseline: baseline ?? undefined,
    name,
    runUrl: result.source.run_url,
    marker: `<!-- model-gate:${name} -->`,
  });
  await writeResult(paths.result, result);
  await writeTextFile(paths.report, reportMarkdown);
  await writeTextFile(paths.html, renderHtml(result, { baseline: baseline ?? undefined, name }));
  return { paths, reportMarkdown };
}
