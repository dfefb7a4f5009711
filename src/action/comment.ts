/** The sticky pull-request comment: one per gate name, found again by its marker and updated. */
import type { Octokit } from './octokit.js';
import { httpStatus } from './octokit.js';

/** GitHub rejects issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export function commentMarker(name: string): string {
  return `<!-- model-gate:${name} -->`;
}

/** The body to post: the marker first (added when the report does not start with it), within the limit. */
export function buildCommentBody(reportMarkdown: string, name: string, limit = GITHUB_COMMENT_LIMIT): string {
  const marker = commentMarker(name);
  const body = reportMarkdown.trimStart().startsWith(marker)
    ? reportMarkdown.trimStart()
    : `${marker}\n${reportMarkdown}`;
  return truncateBody(body, limit);
}

/**
 * Last-resort hard truncation (the report renderer already keeps the report near 60,000
 * characters): cut at a line break, close an open code fence, and say so.
 */
export function truncateBody(body: string, limit = GITHUB_COMMENT_LIMIT): string {
  if (body.length <= limit) return body;
  const note =
    `\n\n> [!WARNING]\n> This report was cut at ${limit.toLocaleString('en-US')} characters (GitHub's limit for ` +
    `a comment; the full report had ${body.length.toLocaleString('en-US')}). The complete report is in the job ` +
    `summary and in report.md of the run's output folder.\n`;
  const fenceClose = '\n```';
  let cut = body.slice(0, limit - note.length - fenceClose.length);
  const nl = cut.lastIndexOf('\n');
  if (nl > cut.length / 2) cut = cut.slice(0, nl);
  // Do not leave half a surrogate pair or an unclosed code fence behind.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const fences = cut.match(/^\s*```/gm)?.length ?? 0;
  if (fences % 2 === 1) cut += fenceClose;
  return cut + note;
}

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

interface CommentLike {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login?: string; type?: string } | null;
}

/** Who the token is, as far as comments go: a login, and for bots the account type. */
export interface TokenIdentity {
  login: string;
  type?: string;
}

/** The identity an Actions GITHUB_TOKEN writes comments as. */
export const ACTIONS_BOT: TokenIdentity = { login: 'github-actions[bot]', type: 'Bot' };

/**
 * The token's own identity. GET /user answers for personal access tokens (and user-to-server app
 * tokens); for the Actions GITHUB_TOKEN (and installation tokens) it answers 403/404, and the
 * comments such a token writes are authored by github-actions[bot] (type Bot) — that is the
 * fallback. A GitHub App installation token other than Actions' therefore never edits an older
 * comment of its own: it creates one, which is the safe side of the trade.
 */
export async function tokenIdentity(octokit: Octokit): Promise<TokenIdentity> {
  try {
    const { data } = await octokit.request('GET /user');
    const login = (data as { login?: unknown }).login;
    if (typeof login === 'string' && login !== '')
      return { login, type: String((data as { type?: unknown }).type ?? '') || undefined };
  } catch {
    // 401/403/404: not a user token; fall through to the Actions bot.
  }
  return ACTIONS_BOT;
}

/** True when the body starts with the marker: the whole marker, including its closing ` -->`. */
export function startsWithMarker(body: string | null | undefined, marker: string): boolean {
  return (body ?? '').trimStart().startsWith(marker);
}

/**
 * Finds our comment: the first whose body starts with this gate's whole marker AND whose author is
 * the token's own identity. A person (or another bot) who writes a comment starting with the
 * marker does not get the report written into their comment: we only ever edit our own.
 */
export function findStickyComment(
  comments: CommentLike[],
  marker: string,
  me: TokenIdentity = ACTIONS_BOT,
): CommentLike | undefined {
  return comments.find(
    (c) =>
      startsWithMarker(c.body, marker) &&
      c.user?.login === me.login &&
      (me.type === undefined || c.user?.type === me.type),
  );
}

/** Creates the sticky comment, or updates the existing one (left alone when already identical). */
export async function upsertStickyComment(
  octokit: Octokit,
  target: StickyTarget,
  name: string,
  body: string,
  me?: TokenIdentity,
): Promise<StickyResult> {
  const marker = commentMarker(name);
  const identity = me ?? (await tokenIdentity(octokit));
  const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })) as CommentLike[];
  const existing = findStickyComment(comments, marker, identity);
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url };
    const { data } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  return { action: 'created', id: data.id, url: data.html_url };
}

/** The warning for a comment that could not be written, with the fix. */
export function commentFailureMessage(error: unknown, fromFork: boolean | undefined): string {
  const status = httpStatus(error);
  const what = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (status === 403 || status === 404) {
    return (
      `model-gate could not write the pull request comment (HTTP ${status}: ${what}). ` +
      (fromFork
        ? 'This pull request comes from a fork, so its GITHUB_TOKEN is read-only. '
        : 'The token may not write to pull requests. ') +
      'Fix: give the job `permissions: pull-requests: write` (same-repository pull requests), or, for pull ' +
      'requests from forks, use the fork-safe pattern: this workflow uploads the report and a second workflow ' +
      'on `workflow_run` posts it with `mode: post-comment` (see examples/fork-safe-gate.yml and ' +
      'examples/fork-safe-comment.yml). The report is in the job summary.'
    );
  }
  return `model-gate could not write the pull request comment: ${what}. The report is in the job summary.`;
}
