/**
 * Webhook payloads as GitHub writes them to GITHUB_EVENT_PATH (the fields the action reads, in
 * their real places, plus enough of the rest to keep the shapes honest).
 */
export interface RepoShape {
  owner: string;
  repo: string;
  repoId: number;
  defaultBranch: string;
}

export function repository(r: RepoShape, overrides: Record<string, unknown> = {}) {
  return {
    id: r.repoId,
    node_id: 'R_kgDOstandin',
    name: r.repo,
    full_name: `${r.owner}/${r.repo}`,
    private: false,
    owner: { login: r.owner, id: 1, type: 'Organization' },
    html_url: `https://github.com/${r.owner}/${r.repo}`,
    fork: false,
    default_branch: r.defaultBranch,
    ...overrides,
  };
}

export function pushEvent(r: RepoShape, ref: string, after: string, before = '0'.repeat(40)) {
  return {
    ref,
    before,
    after,
    base_ref: null,
    created: false,
    deleted: false,
    forced: false,
    compare: `https://github.com/${r.owner}/${r.repo}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits: [],
    head_commit: { id: after, message: 'Update model', timestamp: '2025-01-01T00:00:00Z' },
    repository: repository(r),
    pusher: { name: 'dev', email: 'dev@example.com' },
    sender: { login: 'dev', type: 'User' },
  };
}

export interface PrShape {
  number: number;
  headSha: string;
  headRef?: string;
  baseSha: string;
  baseRef?: string;
  /** Head repository id; another id than the base's = a fork. */
  headRepoId?: number;
}

export function pullRequestEvent(r: RepoShape, pr: PrShape, action = 'synchronize') {
  const fork = pr.headRepoId !== undefined && pr.headRepoId !== r.repoId;
  const headRepo = fork
    ? repository({ ...r, owner: 'contributor', repoId: pr.headRepoId! }, { fork: true })
    : repository(r);
  return {
    action,
    number: pr.number,
    pull_request: {
      url: `https://api.github.com/repos/${r.owner}/${r.repo}/pulls/${pr.number}`,
      id: 900000 + pr.number,
      number: pr.number,
      state: 'open',
      title: 'Retrain the model',
      user: { login: fork ? 'contributor' : 'dev', type: 'User' },
      head: {
        label: `${fork ? 'contributor' : r.owner}:${pr.headRef ?? 'feature'}`,
        ref: pr.headRef ?? 'feature',
        sha: pr.headSha,
        repo: headRepo,
      },
      base: {
        label: `${r.owner}:${pr.baseRef ?? r.defaultBranch}`,
        ref: pr.baseRef ?? r.defaultBranch,
        sha: pr.baseSha,
        repo: repository(r),
      },
    },
    repository: repository(r),
    sender: { login: fork ? 'contributor' : 'dev', type: 'User' },
  };
}

export function releaseEvent(r: RepoShape, tag: string) {
  return {
    action: 'published',
    release: {
      id: 77,
      tag_name: tag,
      target_commitish: r.defaultBranch,
      name: tag,
      draft: false,
      prerelease: false,
      html_url: `https://github.com/${r.owner}/${r.repo}/releases/tag/${tag}`,
    },
    repository: repository(r),
    sender: { login: 'dev', type: 'User' },
  };
}

export interface WorkflowRunShape {
  id: number;
  event: string;
  headSha: string;
  headBranch: string;
  headRepoId?: number;
  conclusion?: string;
  /** Empty for pull requests from forks. */
  pullRequests?: number[];
}

export function workflowRunEvent(r: RepoShape, w: WorkflowRunShape) {
  const headRepoId = w.headRepoId ?? r.repoId;
  return {
    action: 'completed',
    workflow_run: {
      id: w.id,
      name: 'model gate',
      head_branch: w.headBranch,
      head_sha: w.headSha,
      event: w.event,
      status: 'completed',
      conclusion: w.conclusion ?? 'failure',
      run_number: 12,
      run_attempt: 1,
      workflow_id: 5,
      pull_requests: (w.pullRequests ?? []).map((n) => ({
        number: n,
        head: { ref: w.headBranch, sha: w.headSha },
        base: { ref: r.defaultBranch, sha: 'b'.repeat(40) },
      })),
      repository: repository(r),
      head_repository:
        headRepoId === r.repoId
          ? repository(r)
          : repository({ ...r, owner: 'contributor', repoId: headRepoId }, { fork: true }),
    },
    workflow: { id: 5, name: 'model gate' },
    repository: repository(r),
    sender: { login: 'contributor', type: 'User' },
  };
}
