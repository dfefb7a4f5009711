import { describe, expect, it } from 'vitest';
import { defaultBaselineBranch, parseContext } from '../../src/action/context.js';
import { decideBaselineUpdate } from '../../src/action/baseline-update.js';
import { pullRequestEvent, pushEvent, releaseEvent, workflowRunEvent } from '../support/events.js';

const r = { owner: 'acme', repo: 'models', repoId: 4242, defaultBranch: 'main' };
const env = (name: string, ref: string, sha = 'f'.repeat(40)) => ({
  GITHUB_EVENT_NAME: name,
  GITHUB_REPOSITORY: 'acme/models',
  GITHUB_REF: ref,
  GITHUB_SHA: sha,
  GITHUB_RUN_ID: '77',
  GITHUB_SERVER_URL: 'https://github.com',
});

describe('event context', () => {
  it('push to the default branch: refreshes the baseline (auto)', () => {
    const ctx = parseContext(env('push', 'refs/heads/main'), pushEvent(r, 'refs/heads/main', '1'.repeat(40)));
    expect(ctx).toMatchObject({ kind: 'push', branch: 'main', defaultBranch: 'main', repositoryId: 4242 });
    expect(ctx.headSha).toBe('1'.repeat(40));
    expect(ctx.runUrl).toBe('https://github.com/acme/models/actions/runs/77');
    expect(defaultBaselineBranch(ctx)).toBe('main');
    expect(decideBaselineUpdate('auto', ctx, 'main').upload).toBe(true);
  });

  it('push to another branch compares with the default branch and does not upload (auto)', () => {
    const ctx = parseContext(env('push', 'refs/heads/dev'), pushEvent(r, 'refs/heads/dev', '1'.repeat(40)));
    expect(defaultBaselineBranch(ctx)).toBe('main');
    expect(decideBaselineUpdate('auto', ctx, 'main').upload).toBe(false);
    expect(decideBaselineUpdate('always', ctx, 'main').upload).toBe(true);
  });

  it('pull_request: PR number, base branch and sha, head sha (not the merge commit)', () => {
    const payload = pullRequestEvent(r, {
      number: 7,
      headSha: '2'.repeat(40),
      baseSha: '3'.repeat(40),
      baseRef: 'release/1',
    });
    const ctx = parseContext(env('pull_request', 'refs/pull/7/merge', '9'.repeat(40)), payload);
    expect(ctx).toMatchObject({
      kind: 'pull_request',
      prNumber: 7,
      baseBranch: 'release/1',
      baseSha: '3'.repeat(40),
      headSha: '2'.repeat(40),
      sha: '9'.repeat(40),
      fromFork: false,
    });
    expect(defaultBaselineBranch(ctx)).toBe('release/1');
    expect(decideBaselineUpdate('auto', ctx, 'main').upload).toBe(false);
    const always = decideBaselineUpdate('always', ctx, 'main');
    expect(always.upload).toBe(false);
    expect(always.notice).toMatch(/ignored on pull request/);
  });

  it('pull_request from a fork and pull_request_target', () => {
    const payload = pullRequestEvent(r, {
      number: 8,
      headSha: '2'.repeat(40),
      baseSha: '3'.repeat(40),
      headRepoId: 99,
    });
    expect(parseContext(env('pull_request', 'refs/pull/8/merge'), payload).fromFork).toBe(true);
    expect(parseContext(env('pull_request_target', 'refs/heads/main'), payload).kind).toBe('pull_request');
  });

  it('release and tag push compare with the default branch', () => {
    const rel = parseContext(env('release', 'refs/tags/v1.2.0'), releaseEvent(r, 'v1.2.0'));
    expect(rel).toMatchObject({ kind: 'release', tag: 'v1.2.0' });
    expect(defaultBaselineBranch(rel)).toBe('main');
    const tag = parseContext(
      env('push', 'refs/tags/v1.2.0'),
      pushEvent(r, 'refs/tags/v1.2.0', '4'.repeat(40)),
    );
    expect(tag).toMatchObject({ kind: 'tag-push', tag: 'v1.2.0' });
    expect(defaultBaselineBranch(tag)).toBe('main');
    expect(decideBaselineUpdate('auto', tag, 'main').upload).toBe(false);
  });

  it('workflow_run: the triggering run, with empty pull_requests for forks', () => {
    const payload = workflowRunEvent(r, {
      id: 555,
      event: 'pull_request',
      headSha: '5'.repeat(40),
      headBranch: 'feature',
      headRepoId: 99,
    });
    const ctx = parseContext(env('workflow_run', 'refs/heads/main'), payload);
    expect(ctx.kind).toBe('workflow_run');
    expect(ctx.workflowRun).toEqual({
      id: 555,
      event: 'pull_request',
      conclusion: 'failure',
      headBranch: 'feature',
      headSha: '5'.repeat(40),
      headRepositoryId: 99,
      pullRequests: [],
    });
  });

  it('needs GITHUB_REPOSITORY or a payload repository', () => {
    expect(() => parseContext({ GITHUB_EVENT_NAME: 'push' }, {})).toThrow(/GITHUB_REPOSITORY/);
  });
});
