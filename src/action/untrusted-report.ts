/**
 * The comment `mode: post-comment` posts for a pull request, rendered on the trusted side.
 *
 * The report artifact was written by the pull request's own code (a fork can write anything), so
 * its report.md is never posted: result.json is validated like any result read from disk (schema
 * types, metric ranges, field paths named on error), the verdict is recomputed from the validated
 * checks, every string goes through the report renderer's escaping, the run link is the trusted
 * one from the workflow_run event, and the comment says whose run computed the figures.
 */
import { parseResult } from '../result/parse.js';
import { renderMarkdown } from '../report/index.js';
import type { CheckVerdict, GateVerdict, Result } from '../result/schema.js';

/** The gate verdict the checks imply (the stored one is not trusted). */
export function verdictFromChecks(checks: { verdict: CheckVerdict }[]): GateVerdict {
  if (checks.length === 0 || checks.every((c) => c.verdict === 'no-baseline')) return 'no-baseline';
  if (checks.some((c) => c.verdict === 'fail')) return 'fail';
  if (checks.some((c) => c.verdict === 'warn')) return 'warn';
  return 'pass';
}

export interface RenderedUntrustedReport {
  markdown: string;
  result: Result;
  verdict: GateVerdict | 'no-baseline';
}

export function renderUntrustedReport(
  resultJson: Buffer,
  name: string,
  trusted: { runId: number; runUrl: string; prNumber: number },
): RenderedUntrustedReport {
  const result = parseResult(resultJson.toString('utf8'), 'result.json');
  let verdict: GateVerdict = 'no-baseline';
  if (result.gate) {
    verdict = verdictFromChecks(result.gate.checks);
    result.gate.verdict = verdict;
  }
  // The fork's run URL is replaced by the run the workflow_run event names.
  result.source = { ...result.source, run_url: trusted.runUrl };
  const body = renderMarkdown(result, { name, runUrl: trusted.runUrl });
  const label =
    `> [!NOTE]\n> The figures below were computed by the pull request's own workflow run ` +
    `([run ${trusted.runId}](${trusted.runUrl}), code from pull request #${trusted.prNumber}); ` +
    `this comment was rendered from its result.json by the trusted workflow.\n\n`;
  return { markdown: label + body, result, verdict };
}
