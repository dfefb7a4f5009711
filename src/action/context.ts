import { readFileSync } from 'node:fs';
import { GateError } from '../errors.js';

/** What triggered the run, reduced to what the gate cares about. */
export type EventKind = 'push' | 'tag-push' | 'pull_request' | 'release' | 'workflow_run' | 'other';

export interface WorkflowRunInfo {
  id: number;
  event: string;
  conclusion: string | null;
  headBranch: string | null;
  headSha: string;
  headRepositoryId: number | null;
  /** PR numbers GitHub attached to the run: empty for pull requests from forks. */
  pullRequests: number[];
}

export interface ActionContext {
  eventName: string;
  kind: EventKind;
  owner: string;
  repo: string;
  /** From the payload; undefined when the payload does not say (then ask the API). */
  repositoryId?: number;
  defaultBranch?: string;
  /** GITHUB_REF, e.g. refs/heads/main, refs/pull/7/merge, refs/tags/v1.2.0. */
  ref: string;
  /** GITHUB_SHA: for pull requests the merge commit. */
  sha: string;
  /** The commit under test: the PR head for pull requests, else GITHUB_SHA. */
  headSha: string;
  /** Branch pushed to (push events). */
  branch?: string;
  /** Tag (tag pushes and releases). */
  tag?: string;
  prNumber?: number;
  baseBranch?: string;
  baseSha?: string;
  /** The PR comes from another repository (its GITHUB_TOKEN is read-only). */
  fromFork?: boolean;
  workflowRun?: WorkflowRunInfo;
  runId: number;
  serverUrl: string;
  apiUrl: string;
  runUrl: string;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
function int(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;
}

/** Reads GITHUB_EVENT_PATH; a missing or unreadable payload is an empty one (e.g. local runs). */
export function readEventPayload(env: NodeJS.ProcessEnv): Json {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  try {
    return obj(JSON.parse(text)) ?? {};
  } catch (e) {
    throw new GateError(
      `GITHUB_EVENT_PATH (${path}) is not valid JSON (${(e as Error).message}); expected the event payload ` +
        'the runner writes. Is the variable overridden in the workflow?',
    );
  }
}

export function parseContext(env: NodeJS.ProcessEnv, payload: Json): ActionContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const repository = obj(payload.repository);
  const [envOwner, envRepo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const owner = envOwner || str(obj(repository?.owner)?.login);
  const repo = envRepo || str(repository?.name);
  if (!owner || !repo)
    throw new GateError('GITHUB_REPOSITORY is not set: is this running in GitHub Actions?');
  const ref = env.GITHUB_REF ?? '';
  const sha = env.GITHUB_SHA ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const runId = Number(env.GITHUB_RUN_ID ?? 0) || 0;
  const ctx: ActionContext = {
    eventName,
    kind: 'other',
    owner,
    repo,
    repositoryId: int(repository?.id),
    defaultBranch: str(repository?.default_branch),
    ref,
    sha,
    headSha: sha,
    runId,
    serverUrl,
    apiUrl,
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
  };

  if (eventName === 'push') {
    if (ref.startsWith('refs/tags/')) {
      ctx.kind = 'tag-push';
      ctx.tag = ref.slice('refs/tags/'.length);
    } else {
      ctx.kind = 'push';
      if (ref.startsWith('refs/heads/')) ctx.branch = ref.slice('refs/heads/'.length);
    }
    ctx.headSha = str(payload.after) ?? sha;
  } else if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    ctx.kind = 'pull_request';
    const pr = obj(payload.pull_request);
    ctx.prNumber = int(pr?.number) ?? int(payload.number);
    const base = obj(pr?.base);
    const head = obj(pr?.head);
    ctx.baseBranch = str(base?.ref);
    ctx.baseSha = str(base?.sha);
    ctx.headSha = str(head?.sha) ?? sha;
    const headRepoId = int(obj(head?.repo)?.id);
    const baseRepoId = int(obj(base?.repo)?.id) ?? ctx.repositoryId;
    ctx.fromFork =
      obj(head?.repo)?.fork === true ||
      (headRepoId !== undefined && baseRepoId !== undefined && headRepoId !== baseRepoId);
  } else if (eventName === 'release') {
    ctx.kind = 'release';
    ctx.tag =
      str(obj(payload.release)?.tag_name) ?? (ref.startsWith('refs/tags/') ? ref.slice(10) : undefined);
  } else if (eventName === 'workflow_run') {
    ctx.kind = 'workflow_run';
    const run = obj(payload.workflow_run);
    if (run) {
      const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
      ctx.workflowRun = {
        id: int(run.id) ?? 0,
        event: str(run.event) ?? '',
        conclusion: str(run.conclusion) ?? null,
        headBranch: str(run.head_branch) ?? null,
        headSha: str(run.head_sha) ?? '',
        headRepositoryId: int(obj(run.head_repository)?.id) ?? null,
        pullRequests: prs.map((p) => int(obj(p)?.number)).filter((n): n is number => n !== undefined),
      };
      ctx.headSha = ctx.workflowRun.headSha || sha;
    }
  }
  return ctx;
}

/** Which branch's baseline a run compares with (before the `baseline-branch` input). */
export function defaultBaselineBranch(ctx: ActionContext): string | undefined {
  if (ctx.kind === 'pull_request' && ctx.baseBranch) return ctx.baseBranch;
  // Pushes, releases, tag pushes and everything else compare with the default branch.
  return ctx.defaultBranch;
}
