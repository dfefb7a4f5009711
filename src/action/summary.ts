import * as core from '@actions/core';
import { log } from './log.js';
import type { Check, Result } from '../result/schema.js';

/** The job summary accepts up to 1 MiB per step; stay well below it. */
const SUMMARY_LIMIT = 1000 * 1024;

/** Appends the report to the job summary. Returns false (after a warning) when it cannot. */
export async function writeJobSummary(
  markdown: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  if (!env.GITHUB_STEP_SUMMARY) {
    log.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return false;
  }
  const text =
    markdown.length > SUMMARY_LIMIT
      ? markdown.slice(0, SUMMARY_LIMIT) + '\n\n_(report truncated to fit the job summary)_\n'
      : markdown;
  try {
    await core.summary.addRaw(text, true).write();
    return true;
  } catch (e) {
    log.warning(`model-gate could not write the job summary: ${(e as Error).message}`);
    return false;
  }
}

function fmt(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return 'n/a';
  return Math.abs(v) >= 1000 || Number.isInteger(v) ? String(v) : v.toPrecision(4);
}

export function checkAnnotationMessage(c: Check): string {
  const parts = [`${c.metric}: baseline ${fmt(c.baseline)} → candidate ${fmt(c.candidate)}`];
  if (c.delta !== null) parts.push(`Δ ${c.delta > 0 ? '+' : ''}${fmt(c.delta)}`);
  parts.push(`rule ${c.threshold}`);
  if (c.p_value !== null) parts.push(`p = ${fmt(c.p_value)}`);
  let s = parts.join(', ');
  if (c.reason) s += `. ${c.reason}`;
  return s;
}

/** One annotation per failed (error) or warned (warning) check. */
export function annotateChecks(result: Result, name: string): void {
  for (const c of result.gate?.checks ?? []) {
    if (c.verdict === 'fail') {
      log.error(checkAnnotationMessage(c), { title: `${name}: ${c.metric} failed the gate` });
    } else if (c.verdict === 'warn') {
      log.warning(checkAnnotationMessage(c), { title: `${name}: ${c.metric} warning` });
    }
  }
}
