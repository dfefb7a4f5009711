/**
 * The action's `post-comment` mode: in a `workflow_run` workflow, post the report a pull-request
 * run uploaded (the fork-safe pattern). Everything in the artifact is untrusted.
 */
import * as core from '@actions/core';
import { log } from './log.js';
import { GateError, UsageError } from '../errors.js';
import { downloadArtifactZip, listRunArtifacts } from './artifact-api.js';
import { parsePrInfo } from './report-artifact.js';
import { withRetries } from './retries.js';
import { buildCommentBody, commentFailureMessage, upsertStickyComment } from './comment.js';
import type { ActionContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { describeApiError } from './octokit.js';
import { regressionCount } from './outputs.js';
import { writeJobSummary } from './summary.js';
import { renderUntrustedReport } from './untrusted-report.js';
import { readZipFiles } from './zip.js';
import type { ActionDeps } from './action-deps.js';
import { isTransientNetworkFailure, networkOperation } from './network-operation.js';

export async function postCommentMode(
  inputs: ActionInputs,
  ctx: ActionContext,
  deps: ActionDeps,
): Promise<number> {
  const name = inputs.name;
  const run = ctx.workflowRun;
  if (ctx.kind !== 'workflow_run' || !run || !run.id) {
    throw new UsageError(
      `mode "post-comment" runs in a workflow triggered by workflow_run (this event is "${ctx.eventName}"); ` +
        'see examples/fork-safe-comment.yml.',
    );
  }
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target') {
    log.notice(
      `The triggering run was a ${run.event || 'non-pull-request'} event: no pull request comment to post.`,
    );
    return 0;
  }
  if (!inputs.githubToken) throw new UsageError('mode "post-comment" needs github-token.');
  const artifactName = `${name}-report`;
  // A network failure that says nothing about the setup (the deadline, 5xx or 429 after the
  // retries) posts nothing and warns: re-running the workflow posts the comment. One that the
  // user must fix (permissions, a refused artifact) stays an error, exit 2.
  const notPosted = (e: unknown, what: string): number => {
    if (!isTransientNetworkFailure(e)) throw new GateError(`${what}: ${describeApiError(e)}`);
    log.warning(
      `model-gate: ${what}: ${describeApiError(e)}. No pull request comment was posted; re-run this workflow to post it.`,
    );
    return 0;
  };
  let list;
  try {
    list = await networkOperation(`listing the artifacts of run ${run.id}`, inputs, deps, (octokit) =>
      listRunArtifacts(octokit, ctx.owner, ctx.repo, run.id),
    );
  } catch (e) {
    return notPosted(e, `could not list the artifacts of run ${run.id}`);
  }
  const artifact = list.find((a) => a.name === artifactName && !a.expired);
  if (!artifact) {
    log.notice(
      `Run ${run.id} has no ${artifactName} artifact (the gate did not run on a pull request, or stopped before ` +
        'its report): nothing to post.',
    );
    return 0;
  }
  const limits = { maxEntries: 20, maxTotalBytes: 64 * 1024 * 1024, maxEntryBytes: 32 * 1024 * 1024 };
  let zip;
  try {
    zip = await networkOperation(
      `downloading ${artifactName} of run ${run.id}`,
      inputs,
      deps,
      (octokit, signal) =>
        withRetries(
          () =>
            downloadArtifactZip(
              octokit,
              { owner: ctx.owner, repo: ctx.repo, artifactId: artifact.id },
              { signal, maxBytes: limits.maxTotalBytes },
            ),
          {
            signal,
            attempts: 3,
            baseDelayMs: deps.retryBaseDelayMs ?? 2000,
            onRetry: (e, attempt, delay) =>
              log.info(
                `Download attempt ${attempt} failed (${describeApiError(e)}); retrying in ${delay} ms.`,
              ),
          },
        ),
    );
  } catch (e) {
    return notPosted(e, `the ${artifactName} artifact of run ${run.id} could not be downloaded`);
  }
  let files;
  try {
    files = readZipFiles(zip, limits);
  } catch (e) {
    throw new GateError(
      `the ${artifactName} artifact of run ${run.id} could not be used: ${describeApiError(e)}`,
    );
  }
  const byName = new Map(files.map((f) => [f.name, f.data]));
  let pr;
  try {
    pr = parsePrInfo(byName.get('pr.json'));
  } catch (e) {
    throw new GateError(`the ${artifactName} artifact of run ${run.id}: ${(e as Error).message}`);
  }
  // The artifact was written by code from the pull request: only trust it for the run's own PR.
  if (pr.head_sha !== run.headSha) {
    throw new GateError(
      `pr.json says head ${pr.head_sha}, but the triggering run tested ${run.headSha}: not posting.`,
    );
  }
  if (run.pullRequests.length > 0 && !run.pullRequests.includes(pr.number)) {
    throw new GateError(
      `pr.json names pull request #${pr.number}, but run ${run.id} belongs to #${run.pullRequests.join(', #')}: not posting.`,
    );
  }
  let pull;
  try {
    ({ data: pull } = await networkOperation(`reading pull request #${pr.number}`, inputs, deps, (octokit) =>
      octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: pr.number }),
    ));
  } catch (e) {
    return notPosted(e, `could not read pull request #${pr.number}`);
  }
  if (pull.head.sha !== run.headSha) {
    log.notice(
      `Pull request #${pr.number} has moved on to ${pull.head.sha.slice(0, 12)} since run ${run.id} ` +
        `(${run.headSha.slice(0, 12)}): not posting a stale report.`,
    );
    return 0;
  }

  // report.md is never read: the fork wrote it. The comment is rendered here from result.json.
  const resultData = byName.get('result.json');
  if (!resultData) throw new GateError(`the ${artifactName} artifact of run ${run.id} has no result.json`);
  const trustedRunUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${run.id}`;
  let rendered;
  try {
    rendered = renderUntrustedReport(resultData, name, {
      runId: run.id,
      runUrl: trustedRunUrl,
      prNumber: pr.number,
    });
  } catch (e) {
    if (e instanceof GateError)
      throw new GateError(`the ${artifactName} artifact of run ${run.id}: ${e.message} Not posting.`);
    throw e;
  }
  const markdown = rendered.markdown;
  let commentUrl = '';
  try {
    const c = await networkOperation(
      `writing the comment on pull request #${pr.number}`,
      inputs,
      deps,
      (octokit) =>
        upsertStickyComment(
          octokit,
          { owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number },
          name,
          buildCommentBody(markdown, name),
        ),
    );
    commentUrl = c.url;
    log.info(`Pull request #${pr.number} comment ${c.action}: ${c.url}`);
  } catch (e) {
    if (!isTransientNetworkFailure(e)) throw new GateError(commentFailureMessage(e, false));
    log.warning(`${commentFailureMessage(e, false)} Re-run this workflow to post it.`);
  }
  await writeJobSummary(markdown, deps.env);
  const verdict = rendered.verdict;
  const regressions = regressionCount(rendered.result);
  core.setOutput('verdict', verdict);
  core.setOutput('comment-url', commentUrl);
  core.setOutput('regressions', String(regressions));
  return 0;
}
