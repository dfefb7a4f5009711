/**
 * Baselines kept as workflow artifacts: find the newest usable `<name>-baseline` of the baseline
 * branch, download it as a raw zip (`artifact-api.ts`, with `retries.ts`), unpack it under strict
 * rules and validate it (it is untrusted: `untrusted-baseline.ts`); and upload a run's out-dir as
 * the next baseline.
 */
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { loadBaseline } from '../compare/baseline.js';
import { GateError } from '../errors.js';
import { describeApiError, httpStatus, type Octokit } from './octokit.js';
import { DEFAULT_ZIP_LIMITS, readZipFiles } from './zip.js';
import {
  downloadArtifactZip,
  listArtifactsNamed,
  type ArtifactClientLike,
  type ArtifactInfo,
} from './artifact-api.js';
import { withRetries } from './retries.js';
import { materializeBaseline } from './untrusted-baseline.js';

export interface PickCriteria {
  /** Only artifacts made by runs on this branch … */
  branch: string;
  /** … of this repository (a fork's branch of the same name does not count). */
  repositoryId: number;
  /** Preferred: the artifact made for exactly this commit (the PR's base). */
  preferSha?: string;
  now?: Date;
}

/**
 * The artifact to use as baseline: not expired, made on the branch by this repository, preferably
 * for `preferSha`, else the newest. Ties on created_at go to the higher id (uploaded later).
 */
export function pickBaselineArtifact(artifacts: ArtifactInfo[], c: PickCriteria): ArtifactInfo | undefined {
  const now = (c.now ?? new Date()).getTime();
  const usable = artifacts.filter((a) => {
    if (a.expired) return false;
    if (a.expires_at && Date.parse(a.expires_at) <= now) return false;
    const run = a.workflow_run;
    return !!run && run.head_branch === c.branch && run.head_repository_id === c.repositoryId;
  });
  const newestFirst = [...usable].sort((a, b) => {
    const d = Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '');
    return Number.isNaN(d) || d === 0 ? b.id - a.id : d;
  });
  if (c.preferSha) {
    const exact = newestFirst.find((a) => a.workflow_run?.head_sha === c.preferSha);
    if (exact) return exact;
  }
  return newestFirst[0];
}

/** Every regular file under `dir` (symbolic links and special files skipped), sorted. */
export async function listRegularFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string) {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out.push(p);
    }
  }
  await walk(dir);
  return out.sort();
}

export function defaultWorkRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TEMP || tmpdir();
}

export interface ResolveOptions {
  /** A client whose requests the operation's deadline aborts (it downloads the archive too). */
  octokit: Octokit;
  /** The operation's deadline: stops the blob download and the waits between attempts. */
  signal?: AbortSignal;
  owner: string;
  repo: string;
  repositoryId: number;
  name: string;
  branch: string;
  preferSha?: string;
  /** A fresh folder for this resolution (the unpacked baseline goes below it). */
  workDir: string;
  attempts?: number;
  baseDelayMs?: number;
  info: (m: string) => void;
}

export type BaselineResolution =
  | { kind: 'found'; dir: string; artifact: ArtifactInfo; warnings: string[] }
  | { kind: 'none'; message: string }
  | { kind: 'failed'; message: string };

export async function resolveBaselineArtifact(o: ResolveOptions): Promise<BaselineResolution> {
  const artifactName = `${o.name}-baseline`;
  let list: ArtifactInfo[];
  try {
    list = await listArtifactsNamed(o.octokit, o.owner, o.repo, artifactName);
  } catch (e) {
    const status = httpStatus(e);
    const hint = status === 403 || status === 404 ? ' (the token needs `actions: read`)' : '';
    return {
      kind: 'failed',
      message: `could not list the artifacts ${artifactName}: ${describeApiError(e)}${hint}`,
    };
  }
  const chosen = pickBaselineArtifact(list, {
    branch: o.branch,
    repositoryId: o.repositoryId,
    preferSha: o.preferSha,
  });
  if (!chosen) {
    return {
      kind: 'none',
      message: `no baseline artifact "${artifactName}" from branch ${o.branch} (of ${list.length} with that name, none usable)`,
    };
  }
  // A declared size past the strict reader's limit is refused before any byte is fetched.
  if (typeof chosen.size_in_bytes === 'number' && chosen.size_in_bytes > DEFAULT_ZIP_LIMITS.maxTotalBytes) {
    return {
      kind: 'failed',
      message:
        `the baseline artifact ${artifactName} #${chosen.id} declares ${chosen.size_in_bytes} bytes, more than ` +
        `the ${DEFAULT_ZIP_LIMITS.maxTotalBytes} a baseline may have; not downloading it`,
    };
  }
  const run = chosen.workflow_run ?? {};
  o.info(
    `Baseline: artifact ${artifactName} #${chosen.id} from run ${run.id} (${o.branch} @ ${String(run.head_sha).slice(0, 12)}, ${chosen.created_at})` +
      (o.preferSha && run.head_sha === o.preferSha ? ', the PR base commit' : ''),
  );
  try {
    const zip = await withRetries(
      () =>
        downloadArtifactZip(
          o.octokit,
          { owner: o.owner, repo: o.repo, artifactId: chosen.id },
          { signal: o.signal, maxBytes: DEFAULT_ZIP_LIMITS.maxTotalBytes },
        ),
      {
        signal: o.signal,
        attempts: o.attempts ?? 3,
        baseDelayMs: o.baseDelayMs ?? 2000,
        onRetry: (e, attempt, delay) =>
          o.info(
            `Baseline download attempt ${attempt} failed (${describeApiError(e)}); retrying in ${delay} ms.`,
          ),
      },
    );
    const files = readZipFiles(zip);
    const v = await materializeBaseline(files, join(o.workDir, 'baseline'));
    // The same loader the comparison uses, run now: a baseline it would refuse (wrong types,
    // out-of-range metrics, a corrupt sidecar, n mismatch) becomes "no baseline" with a warning
    // here instead of stopping the job later.
    const loaded = await loadBaseline(v.dir);
    const warnings = [...v.warnings, ...loaded.warnings];
    if (v.ignored.length)
      o.info(`Baseline artifact: ignored ${v.ignored.length} entries not needed (${v.ignored.join(', ')}).`);
    return { kind: 'found', dir: v.dir, artifact: chosen, warnings };
  } catch (e) {
    const why = e instanceof GateError ? e.message.replace(/\.$/, '') : describeApiError(e);
    return {
      kind: 'failed',
      message: `the baseline artifact ${artifactName} #${chosen.id} could not be used: ${why}`,
    };
  }
}

/** Uploads every regular file of `outDir` as the artifact `<name>-baseline`. */
export async function uploadBaseline(
  client: ArtifactClientLike,
  name: string,
  outDir: string,
  retentionDays: number,
): Promise<{ id?: number; files: string[] }> {
  const root = resolve(outDir);
  const files = await listRegularFiles(root);
  if (!files.some((f) => basename(f) === 'result.json')) {
    throw new Error(`${outDir} has no result.json to upload as the baseline`);
  }
  const res = await client.uploadArtifact(`${name}-baseline`, files, root, { retentionDays });
  return { id: res.id, files: files.map((f) => relative(root, f)) };
}
