/**
 * The GitHub artifact API as the action uses it: the upload client's slice, listing artifacts (a
 * bounded number of pages) and downloading one archive into memory with a size cap.
 */
import type { Octokit } from './octokit.js';
import { ZipError } from './zip.js';

/** The slice of @actions/artifact's client the action uses (uploads; injectable in tests). */
export interface ArtifactClientLike {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number },
  ): Promise<{ id?: number; size?: number }>;
}

/** The fields of GET /repos/{owner}/{repo}/actions/artifacts entries that matter here. */
export interface ArtifactInfo {
  id: number;
  name: string;
  expired: boolean;
  size_in_bytes?: number;
  created_at: string | null;
  expires_at?: string | null;
  workflow_run?: {
    id?: number | null;
    repository_id?: number | null;
    head_repository_id?: number | null;
    head_branch?: string | null;
    head_sha?: string | null;
  } | null;
}

/**
 * Pages of artifact listings read at most: GitHub lists newest first, so the baseline is on the
 * first page in practice, and a `Link: next` chain that never ends stops here.
 */
export const MAX_LIST_PAGES = 3;

export async function listArtifactsNamed(octokit: Octokit, owner: string, repo: string, name: string) {
  let pages = 0;
  const all = await octokit.paginate(
    octokit.rest.actions.listArtifactsForRepo,
    { owner, repo, name, per_page: 100 },
    (response, done) => {
      if (++pages >= MAX_LIST_PAGES) done();
      return response.data;
    },
  );
  // The name filter is exact on github.com; filter again in case a server treats it as a prefix.
  return (all as ArtifactInfo[]).filter((a) => a.name === name);
}

export async function listRunArtifacts(octokit: Octokit, owner: string, repo: string, runId: number) {
  let pages = 0;
  const all = await octokit.paginate(
    octokit.rest.actions.listWorkflowRunArtifacts,
    { owner, repo, run_id: runId, per_page: 100 },
    (response, done) => {
      if (++pages >= MAX_LIST_PAGES) done();
      return response.data;
    },
  );
  return all as ArtifactInfo[];
}

export interface ArtifactRef {
  owner: string;
  repo: string;
  artifactId: number;
}

/**
 * Downloads an artifact's zip into memory. GET …/artifacts/{id}/zip answers a redirect to a
 * signed blob URL, and the blob is fetched here rather than by @actions/artifact's downloader:
 * that one writes whatever the blob store sends to disk with no size limit, retries a stalled
 * blob five times 30 s apart, and takes no AbortSignal. Here the archive's declared size is
 * checked before its body is read, the body stops at `maxBytes`, and `signal` (the operation's
 * deadline) aborts both requests. The signed URL is never printed.
 */
export async function downloadArtifactZip(
  octokit: Octokit,
  ref: ArtifactRef,
  opts: { signal?: AbortSignal; maxBytes: number },
): Promise<Buffer> {
  const res = await octokit.rest.actions.downloadArtifact({
    owner: ref.owner,
    repo: ref.repo,
    artifact_id: ref.artifactId,
    archive_format: 'zip',
    request: { redirect: 'manual', ...(opts.signal ? { signal: opts.signal } : {}) },
  });
  const location = (res.headers as Record<string, string | undefined>).location;
  if ((res.status as number) < 300 || (res.status as number) > 399 || !location) {
    throw new Error(`the artifact's download answered HTTP ${res.status} without the archive's address`);
  }
  const blob = await fetch(location, { signal: opts.signal });
  if (blob.status !== 200) {
    await blob.body?.cancel().catch(() => undefined);
    throw Object.assign(new Error(`the blob store answered HTTP ${blob.status} ${blob.statusText}`), {
      status: blob.status,
    });
  }
  const declared = Number(blob.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > opts.maxBytes) {
    await blob.body?.cancel().catch(() => undefined);
    throw new ZipError(
      `the archive declares ${declared} bytes, more than the ${opts.maxBytes} allowed; not downloading it`,
    );
  }
  const chunks: Buffer[] = [];
  let total = 0;
  if (blob.body) {
    for await (const chunk of blob.body as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > opts.maxBytes) {
        await blob.body.cancel().catch(() => undefined);
        throw new ZipError(`the archive is larger than the ${opts.maxBytes} bytes allowed; download stopped`);
      }
      chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
  }
  return Buffer.concat(chunks, total);
}
