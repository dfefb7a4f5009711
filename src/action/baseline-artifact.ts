/**
 * Baselines kept as workflow artifacts: find the newest usable `<name>-baseline` of the baseline
 * branch, download it as a raw zip, unpack it under strict rules (it is untrusted), validate it;
 * and upload a run's out-dir as the next baseline.
 */
import { lstat, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { loadBaseline } from '../compare/baseline.js';
import { GateError } from '../errors.js';
import { RESULT_SCHEMA, type Result } from '../result/schema.js';
import { serializeResult } from '../result/write.js';
import { describeApiError, httpStatus, type Octokit } from './octokit.js';
import { DEFAULT_ZIP_LIMITS, readZipFiles, ZipError, type ExtractedFile } from './zip.js';

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

/** A wait that ends early, rejecting with the signal's reason, when the signal fires. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Errors that another attempt will not fix: client errors (except timeouts/throttling) and bad content. */
export function isPermanentError(e: unknown): boolean {
  if (e instanceof ZipError || e instanceof BaselineValidationError) return true;
  const status = httpStatus(e);
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

export async function withRetries<T>(
  fn: (attempt: number) => Promise<T>,
  opts: {
    attempts: number;
    baseDelayMs: number;
    onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
    /** The operation's deadline: once it fires, no further attempt is made and no wait goes on. */
    signal?: AbortSignal;
  },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (opts.signal?.aborted) throw opts.signal.reason as Error;
      if (attempt >= opts.attempts || isPermanentError(e)) throw e;
      const delay = opts.baseDelayMs * 2 ** (attempt - 1);
      opts.onRetry?.(e, attempt, delay);
      await sleep(delay, opts.signal);
    }
  }
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

export class BaselineValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineValidationError';
  }
}

const MAX_RESULT_BYTES = 64 * 1024 * 1024;

/** Checks that a parsed document looks like a model-gate/result@1 (enough to trust it as a baseline). */
export function checkResultDocument(doc: unknown, where: string): Result {
  const d = doc as Partial<Result> | null;
  if (!d || typeof d !== 'object' || Array.isArray(d))
    throw new BaselineValidationError(`${where} is not a JSON object`);
  if (d.schema !== RESULT_SCHEMA) {
    throw new BaselineValidationError(
      `${where} has schema ${JSON.stringify(d.schema ?? null)}, expected "${RESULT_SCHEMA}"`,
    );
  }
  if (d.task !== 'binary' && d.task !== 'multiclass' && d.task !== 'regression') {
    throw new BaselineValidationError(`${where} has no valid "task"`);
  }
  if (typeof d.n !== 'number' || !d.metrics || typeof d.metrics !== 'object') {
    throw new BaselineValidationError(`${where} lacks "n" or "metrics"`);
  }
  return d as Result;
}

function isPlainBasename(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}

export interface ValidatedBaseline {
  /** The folder holding result.json (and the examples sidecar when present). */
  dir: string;
  result: Result;
  /** Entries of the artifact that were not needed and not written. */
  ignored: string[];
  warnings: string[];
}

/**
 * Writes the parts of an untrusted baseline archive that the comparison needs — result.json and
 * the examples sidecar it names — into `targetDir` (created fresh, must not exist), after
 * validating them. Everything else in the archive is ignored and never touches the disk.
 */
export async function materializeBaseline(
  files: ExtractedFile[],
  targetDir: string,
): Promise<ValidatedBaseline> {
  const byName = new Map(files.map((f) => [f.name, f]));
  const resultFile = byName.get('result.json');
  if (!resultFile) {
    throw new BaselineValidationError(
      `the artifact has no result.json at its root (found: ${files.map((f) => f.name).join(', ') || 'nothing'})`,
    );
  }
  if (resultFile.data.length > MAX_RESULT_BYTES)
    throw new BaselineValidationError('result.json is too large');
  let doc: unknown;
  try {
    doc = JSON.parse(resultFile.data.toString('utf8'));
  } catch (e) {
    throw new BaselineValidationError(`result.json is not valid JSON (${(e as Error).message})`);
  }
  const result = checkResultDocument(doc, 'result.json');
  const warnings: string[] = [];
  const keep = new Map<string, Buffer>([['result.json', resultFile.data]]);
  const examplesName = result.examples?.file;
  if (examplesName !== undefined) {
    if (typeof examplesName !== 'string' || !isPlainBasename(examplesName)) {
      throw new BaselineValidationError(
        `result.json names an unsafe examples file ${JSON.stringify(examplesName)}`,
      );
    }
    const ex = byName.get(examplesName);
    if (ex) keep.set(examplesName, ex.data);
    else {
      warnings.push(
        `the baseline's per-example file ${examplesName} is missing from the artifact: paired tests are not possible`,
      );
      delete result.examples;
      keep.set('result.json', Buffer.from(serializeResult(result)));
    }
  }
  await mkdir(targetDir, { recursive: false });
  const root = resolve(targetDir);
  for (const [name, data] of keep) {
    const path = resolve(root, name);
    if (relative(root, path).startsWith('..') || !path.startsWith(root + sep)) {
      throw new BaselineValidationError(`refusing to write ${JSON.stringify(name)} outside ${root}`);
    }
    // 'wx': create, never follow or overwrite anything already there.
    await writeFile(path, data, { flag: 'wx' });
  }
  const ignored = files.map((f) => f.name).filter((n) => !keep.has(n));
  return { dir: root, result, ignored, warnings };
}

/**
 * A baseline given as a path: a result.json file or a folder that holds one. Symbolic links are
 * refused (a checkout could plant one pointing anywhere on the runner).
 */
export async function checkBaselinePath(path: string): Promise<string> {
  let st;
  try {
    st = await lstat(path);
  } catch {
    throw new BaselineValidationError(`baseline path ${path} does not exist`);
  }
  if (st.isSymbolicLink()) throw new BaselineValidationError(`baseline path ${path} is a symbolic link`);
  const file = st.isDirectory() ? join(path, 'result.json') : path;
  if (st.isDirectory()) {
    const inner = await lstat(file).catch(() => null);
    if (!inner) throw new BaselineValidationError(`baseline folder ${path} has no result.json`);
    if (inner.isSymbolicLink()) throw new BaselineValidationError(`${file} is a symbolic link`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new BaselineValidationError(`${file} is not valid JSON (${(e as Error).message})`);
  }
  checkResultDocument(doc, file);
  return path;
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
