/**
 * The report artifact of the fork-safe comment workflow: uploaded by the gate run of a pull request,
 * its pr.json read back (as untrusted) by the `post-comment` run.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArtifactClientLike } from './artifact-api.js';
import { BaselineValidationError } from './untrusted-baseline.js';

/** The pull request a report belongs to, written by the gate run for the fork-safe comment workflow. */
export interface PrInfo {
  number: number;
  head_sha: string;
  base_ref?: string;
  name: string;
}

/**
 * Uploads `<name>-report` (report.md, result.json, pr.json) so that a `workflow_run` workflow with
 * a write token can post the comment for a pull request whose own token is read-only.
 */
export async function uploadReportArtifact(
  client: ArtifactClientLike,
  name: string,
  paths: { report: string; result: string },
  pr: PrInfo,
  workDir: string,
  retentionDays: number,
): Promise<{ id?: number }> {
  await mkdir(workDir, { recursive: true });
  const dir = await mkdtemp(join(workDir, 'report-'));
  await writeFile(join(dir, 'report.md'), await readFile(paths.report));
  await writeFile(join(dir, 'result.json'), await readFile(paths.result));
  await writeFile(join(dir, 'pr.json'), JSON.stringify(pr, null, 2) + '\n');
  const files = ['report.md', 'result.json', 'pr.json'].map((f) => join(dir, f));
  return client.uploadArtifact(`${name}-report`, files, dir, { retentionDays });
}

/** Validates the pr.json of a report artifact: the number must be a positive integer. */
export function parsePrInfo(data: Buffer | undefined): PrInfo {
  if (!data) throw new BaselineValidationError('the report artifact has no pr.json');
  let doc: unknown;
  try {
    doc = JSON.parse(data.toString('utf8'));
  } catch {
    throw new BaselineValidationError('pr.json is not valid JSON');
  }
  const d = doc as Partial<PrInfo> | null;
  if (!d || typeof d !== 'object' || !Number.isSafeInteger(d.number) || (d.number as number) <= 0) {
    throw new BaselineValidationError('pr.json has no valid pull request "number" (a positive integer)');
  }
  if (typeof d.head_sha !== 'string' || !/^[0-9a-f]{7,64}$/i.test(d.head_sha)) {
    throw new BaselineValidationError('pr.json has no valid "head_sha"');
  }
  return {
    number: d.number as number,
    head_sha: d.head_sha,
    base_ref: d.base_ref,
    name: String(d.name ?? ''),
  };
}
