import * as core from '@actions/core';
import type { GateVerdict, Result } from '../result/schema.js';

export interface GateOutputs {
  verdict: GateVerdict;
  result: string;
  report: string;
  commentUrl: string;
  regressions: number;
}

export function verdictOf(result: Result): GateVerdict {
  return result.gate?.verdict ?? 'no-baseline';
}

/** Failed checks: regressions and broken absolute bounds. */
export function regressionCount(result: Result): number {
  return (result.gate?.checks ?? []).filter((c) => c.verdict === 'fail').length;
}

export function setGateOutputs(o: GateOutputs): void {
  core.setOutput('verdict', o.verdict);
  core.setOutput('result', o.result);
  core.setOutput('report', o.report);
  core.setOutput('comment-url', o.commentUrl);
  core.setOutput('regressions', String(o.regressions));
}
