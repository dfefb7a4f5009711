import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildCommentBody,
  commentFailureMessage,
  commentMarker,
  GITHUB_COMMENT_LIMIT,
  truncateBody,
  upsertStickyComment,
} from '../../src/action/comment.js';
import { createOctokit, type Octokit } from '../../src/action/octokit.js';
import { GitHubStandin } from '../support/github-standin.js';

let gh: GitHubStandin;
let octokit: Octokit;
const target = () => ({ owner: gh.owner, repo: gh.repo, issueNumber: 7 });

beforeAll(async () => {
  gh = await new GitHubStandin().start();
  octokit = createOctokit(gh.token, { baseUrl: gh.url, retryAfterBaseValue: 10, throttle: false });
});
afterAll(() => gh.stop());
beforeEach(() => {
  gh.comments.clear();
  gh.commentsReadOnly = false;
});

describe('comment body', () => {
  it('starts with the marker, added when the report lacks it', () => {
    expect(buildCommentBody('## Report', 'nightly')).toBe('<!-- model-gate:nightly -->\n## Report');
    const withMarker = `${commentMarker('nightly')}\n## Report`;
    expect(buildCommentBody(withMarker, 'nightly')).toBe(withMarker);
  });

  it('hard-truncates past 65,536 characters with a note and a closed code fence', () => {
    const long = '<!-- model-gate:x -->\n```\n' + 'row of data\n'.repeat(10_000);
    const body = truncateBody(long);
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body).toMatch(/cut at 65,536 characters/);
    expect(body.match(/```/g)!.length % 2).toBe(0);
    expect(truncateBody('short')).toBe('short');
  });
});

describe('sticky comment', () => {
  it('creates once, then updates the same comment', async () => {
    const a = await upsertStickyComment(
      octokit,
      target(),
      'model-gate',
      buildCommentBody('first', 'model-gate'),
    );
    expect(a.action).toBe('created');
    const b = await upsertStickyComment(
      octokit,
      target(),
      'model-gate',
      buildCommentBody('second', 'model-gate'),
    );
    expect(b).toMatchObject({ action: 'updated', id: a.id });
    const c = await upsertStickyComment(
      octokit,
      target(),
      'model-gate',
      buildCommentBody('second', 'model-gate'),
    );
    expect(c.action).toBe('unchanged');
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(gh.commentsOn(7)[0].body).toContain('second');
  });

  it('keeps one comment per gate name and finds it across pages', async () => {
    for (let i = 0; i < 130; i++)
      gh.comments.set(7, [
        ...gh.commentsOn(7),
        {
          id: 10_000 + i,
          body: `chatter ${i}`,
          user: { login: 'dev', type: 'User' },
          html_url: 'x',
          created_at: '',
          updated_at: '',
        },
      ]);
    await upsertStickyComment(octokit, target(), 'a', buildCommentBody('gate a', 'a'));
    await upsertStickyComment(octokit, target(), 'b', buildCommentBody('gate b', 'b'));
    await upsertStickyComment(octokit, target(), 'a', buildCommentBody('gate a again', 'a'));
    const ours = gh.commentsOn(7).filter((c) => c.body.startsWith('<!-- model-gate:'));
    expect(ours.map((c) => c.body)).toEqual([
      '<!-- model-gate:a -->\ngate a again',
      '<!-- model-gate:b -->\ngate b',
    ]);
    expect(gh.countRequests('GET', /\/issues\/7\/comments/)).toBeGreaterThan(3);
  });

  it('never writes into a comment a person started with the marker: creates its own', async () => {
    gh.comments.set(7, [
      {
        id: 1,
        body: '<!-- model-gate:model-gate -->\nquoted by a human',
        user: { login: 'dev', type: 'User' },
        html_url: 'h',
        created_at: '',
        updated_at: '',
      },
      {
        id: 3,
        body: '<!-- model-gate:model-gate -->\nanother bot',
        user: { login: 'renovate[bot]', type: 'Bot' },
        html_url: 'r',
        created_at: '',
        updated_at: '',
      },
    ]);
    const r = await upsertStickyComment(
      octokit,
      target(),
      'model-gate',
      buildCommentBody('new', 'model-gate'),
    );
    expect(r.action).toBe('created');
    expect(gh.commentsOn(7).find((c) => c.id === 1)!.body).toBe(
      '<!-- model-gate:model-gate -->\nquoted by a human',
    );
    expect(gh.commentsOn(7).find((c) => c.id === 3)!.body).toContain('another bot');
    expect(gh.countRequests('PATCH', /\/issues\/comments\/(1|3)$/)).toBe(0);
    // The second run finds the comment the token wrote, not the person's.
    const again = await upsertStickyComment(
      octokit,
      target(),
      'model-gate',
      buildCommentBody('newer', 'model-gate'),
    );
    expect(again).toMatchObject({ action: 'updated', id: r.id });
  });

  it('edits only comments of the authenticated user when GET /user answers (personal token)', async () => {
    gh.authenticatedUser = { login: 'release-bot-user', type: 'User' };
    gh.commentAuthor = { login: 'release-bot-user', type: 'User' };
    try {
      gh.comments.set(7, [
        {
          id: 5,
          body: '<!-- model-gate:model-gate -->\nold, by the actions bot',
          user: { login: 'github-actions[bot]', type: 'Bot' },
          html_url: 'b',
          created_at: '',
          updated_at: '',
        },
      ]);
      const r = await upsertStickyComment(
        octokit,
        target(),
        'model-gate',
        buildCommentBody('x', 'model-gate'),
      );
      expect(r.action).toBe('created');
      const again = await upsertStickyComment(
        octokit,
        target(),
        'model-gate',
        buildCommentBody('y', 'model-gate'),
      );
      expect(again).toMatchObject({ action: 'updated', id: r.id });
    } finally {
      gh.authenticatedUser = undefined;
      gh.commentAuthor = { login: 'github-actions[bot]', type: 'Bot' };
    }
  });

  it('gate names that are prefixes of each other keep separate comments (whole marker, with " -->")', async () => {
    await upsertStickyComment(octokit, target(), 'vision-2', buildCommentBody('two', 'vision-2'));
    const v = await upsertStickyComment(octokit, target(), 'vision', buildCommentBody('one', 'vision'));
    expect(v.action).toBe('created');
    await upsertStickyComment(octokit, target(), 'vision', buildCommentBody('one again', 'vision'));
    await upsertStickyComment(octokit, target(), 'vision-2', buildCommentBody('two again', 'vision-2'));
    expect(gh.commentsOn(7).map((c) => c.body)).toEqual([
      '<!-- model-gate:vision-2 -->\ntwo again',
      '<!-- model-gate:vision -->\none again',
    ]);
  });

  it('a read-only token surfaces as HTTP 403 and the warning explains the fix', async () => {
    gh.commentsReadOnly = true;
    const err = await upsertStickyComment(octokit, target(), 'model-gate', 'x').catch((e: unknown) => e);
    expect((err as { status: number }).status).toBe(403);
    const msg = commentFailureMessage(err, true);
    expect(msg).toMatch(/fork/);
    expect(msg).toMatch(/pull-requests: write/);
    expect(msg).toMatch(/post-comment/);
    expect(msg).not.toContain(gh.token);
  });

  it('retries a 5xx and then succeeds', async () => {
    gh.failNext('GET', /\/issues\/7\/comments$/, 502, 1);
    const before = gh.countRequests('GET', /\/issues\/7\/comments/);
    const r = await upsertStickyComment(octokit, target(), 'model-gate', 'hello');
    expect(r.action).toBe('created');
    expect(gh.countRequests('GET', /\/issues\/7\/comments/) - before).toBe(2);
  });
});
