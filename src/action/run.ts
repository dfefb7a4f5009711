/**
 * The action's two modes. `gate`: resolve the baseline, run the pipeline, report (job summary,
 * annotations, sticky PR comment, outputs) and refresh the baseline. `post-comment`: in a
 * `workflow_run` workflow, post the report a pull-request run uploaded (the fork-safe pattern).
 */
import * as core from '@actions/core';
import { log } from './log.js';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { GateError, UsageError } from '../errors.js';
import type { RunGateOptions, RunGateOutput } from '../pipeline/run-gate.js';
import type { Logger } from '../util/progress.js';
import { downloadArtifactZip, listRunArtifacts, type ArtifactClientLike } from './artifact-api.js';
import { defaultWorkRoot, resolveBaselineArtifact, uploadBaseline } from './baseline-artifact.js';
import { parsePrInfo, uploadReportArtifact } from './report-artifact.js';
import { isPermanentError, withRetries } from './retries.js';
import { checkBaselinePath } from './untrusted-baseline.js';
import { buildCommentBody, commentFailureMessage, upsertStickyComment } from './comment.js';
import { defaultBaselineBranch, parseContext, readEventPayload, type ActionContext } from './context.js';
import { envInputReader, readInputs, type ActionInputs } from './inputs.js';
import { describeApiError, httpStatus, type Octokit, type OctokitSettings } from './octokit.js';
import { DeadlineError, withDeadline } from './deadline.js';
import { regressionCount, setGateOutputs, verdictOf } from './outputs.js';
import { checkPublishInputs, publishMetrics } from './publish.js';
import { annotateChecks, writeJobSummary } from './summary.js';
import { renderUntrustedReport } from './untrusted-report.js';
import { readZipFiles } from './zip.js';

export interface ActionDeps {
  env: NodeJS.ProcessEnv;
  runGate: (options: RunGateOptions, logger: Logger) => Promise<RunGateOutput>;
  createOctokit: (token: string, settings?: OctokitSettings) => Octokit;
  createArtifactClient: () => ArtifactClientLike;
  logger: Logger;
  /** Base delay between artifact download attempts (2 s in production). */
  retryBaseDelayMs?: number;
}

/**
 * One network operation under the `network-timeout` deadline, with an Octokit of its own whose
 * requests (and retries) the deadline aborts. Every GitHub API, artifact and blob operation of
 * the action goes through here; what a failure means (no baseline, no comment) is the caller's.
 */
function networkOperation<T>(
  what: string,
  inputs: ActionInputs,
  deps: ActionDeps,
  fn: (octokit: Octokit, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  return withDeadline(what, inputs.networkTimeout * 1000, (signal, deadline) =>
    fn(deps.createOctokit(inputs.githubToken, { signal, endsAt: deadline.endsAt }), signal),
  );
}

/**
 * A failure that says nothing about the setup — the deadline, a 5xx or 429 left after the
 * retries, a connection error — as opposed to one the user must fix (401/403/404, a refused
 * artifact). In post-comment mode the first kind is a warning, the second exit 2.
 */
export function isTransientNetworkFailure(e: unknown): boolean {
  if (e instanceof DeadlineError) return true;
  if (e instanceof GateError || isPermanentError(e)) return false;
  const status = httpStatus(e);
  if (status !== undefined) return status >= 500 || status === 429 || status === 408;
  return e instanceof TypeError || typeof (e as { code?: unknown } | null)?.code === 'string';
}

/** Runs the action; returns the process exit code (0 pass/warn/no-baseline, 1 gate failed). */
export async function runAction(deps: ActionDeps): Promise<number> {
  const inputs = readInputs(envInputReader(deps.env));
  const ctx = parseContext(deps.env, readEventPayload(deps.env));
  return inputs.mode === 'post-comment' ? postCommentMode(inputs, ctx, deps) : gateMode(inputs, ctx, deps);
}

export function canUseArtifacts(env: NodeJS.ProcessEnv): boolean {
  return !!env.ACTIONS_RUNTIME_TOKEN && !!env.ACTIONS_RESULTS_URL;
}

export interface BaselineUpdateDecision {
  upload: boolean;
  notice?: string;
}

/** Whether this run refreshes `<name>-baseline`. Never from a pull request, whatever the input says. */
export function decideBaselineUpdate(
  mode: ActionInputs['updateBaseline'],
  ctx: ActionContext,
  defaultBranch: string | undefined,
): BaselineUpdateDecision {
  if (mode === 'never') return { upload: false };
  if (ctx.kind === 'pull_request') {
    return mode === 'always'
      ? {
          upload: false,
          notice:
            'update-baseline: always is ignored on pull request events: a pull request never replaces the baseline ' +
            'it is judged against (its code is not merged yet, and a fork could plant one). The baseline is ' +
            'refreshed by runs on pushes to the baseline branch.',
        }
      : { upload: false };
  }
  if (mode === 'always') return { upload: true };
  return { upload: ctx.kind === 'push' && !!ctx.branch && ctx.branch === defaultBranch };
}

async function repositoryFacts(
  ctx: ActionContext,
  inputs: ActionInputs,
  deps: ActionDeps,
): Promise<{ repositoryId?: number; defaultBranch?: string }> {
  let { repositoryId, defaultBranch } = ctx;
  if ((repositoryId === undefined || defaultBranch === undefined) && inputs.githubToken) {
    try {
      const { data } = await networkOperation(
        `reading the repository ${ctx.owner}/${ctx.repo}`,
        inputs,
        deps,
        (octokit) => octokit.rest.repos.get({ owner: ctx.owner, repo: ctx.repo }),
      );
      repositoryId ??= data.id;
      defaultBranch ??= data.default_branch;
    } catch (e) {
      log.warning(`model-gate could not read the repository's id and default branch: ${describeApiError(e)}`);
    }
  }
  return { repositoryId, defaultBranch };
}

async function gateMode(inputs: ActionInputs, ctx: ActionContext, deps: ActionDeps): Promise<number> {
  const { env, logger } = deps;
  const name = inputs.name;
  const token = inputs.githubToken;
  await checkPublishInputs(inputs);
  const facts = await repositoryFacts(ctx, inputs, deps);
  const baselineBranch = inputs.baselineBranch ?? defaultBaselineBranch({ ...ctx, ...facts });
  const workRoot = defaultWorkRoot(env);
  await mkdir(workRoot, { recursive: true });
  const workDir = await mkdtemp(join(workRoot, `model-gate-${name}-`));

  // 1. The baseline.
  let baseline: string | undefined;
  let noBaselineWhy = '';
  if (inputs.baseline.kind === 'none') {
    noBaselineWhy = 'baseline: none';
  } else if (inputs.baseline.kind === 'path') {
    try {
      baseline = await checkBaselinePath(inputs.baseline.path);
    } catch (e) {
      throw new UsageError(`input "baseline": ${(e as Error).message}.`);
    }
  } else {
    const missing = !token
      ? 'no github-token'
      : !baselineBranch
        ? 'the baseline branch is unknown (set baseline-branch)'
        : facts.repositoryId === undefined
          ? "the repository's id is unknown"
          : '';
    if (missing) {
      log.warning(
        `model-gate cannot look up the baseline artifact: ${missing}. Continuing without a baseline.`,
      );
      noBaselineWhy = missing;
    } else {
      const res = await logger.group(`Baseline: ${name}-baseline from ${baselineBranch}`, () =>
        networkOperation(`looking up and downloading ${name}-baseline`, inputs, deps, (octokit, signal) =>
          resolveBaselineArtifact({
            octokit,
            signal,
            owner: ctx.owner,
            repo: ctx.repo,
            repositoryId: facts.repositoryId!,
            name,
            branch: baselineBranch!,
            preferSha: ctx.kind === 'pull_request' ? ctx.baseSha : undefined,
            workDir,
            baseDelayMs: deps.retryBaseDelayMs,
            info: (m) => log.info(m),
          }),
        ).catch((e: unknown) => ({ kind: 'failed' as const, message: describeApiError(e) })),
      );
      if (res.kind === 'found') {
        baseline = res.dir;
        for (const w of res.warnings) log.warning(w);
      } else if (res.kind === 'failed') {
        log.warning(`model-gate: ${res.message}. Continuing without a baseline.`);
        noBaselineWhy = res.message;
      } else {
        noBaselineWhy = res.message;
      }
    }
  }

  // 2. The pipeline.
  const options: RunGateOptions = {
    evaluate: {
      predictions: inputs.predictions!,
      labels: inputs.labels,
      task: inputs.task,
      idColumn: inputs.idColumn,
      labelColumn: inputs.labelColumn,
      predictionColumn: inputs.predictionColumn,
      scoreColumn: inputs.scoreColumn,
      scorePrefix: inputs.scorePrefix,
      positiveLabel: inputs.positiveLabel,
      missing: inputs.missing,
    },
    bench: inputs.benchCommand
      ? {
          command: inputs.benchCommand,
          runs: inputs.benchRuns,
          warmup: inputs.benchWarmup,
          timeoutSeconds: inputs.benchTimeout,
        }
      : undefined,
    configPath: inputs.config,
    baseline,
    outDir: inputs.outDir,
    failOn: inputs.failOn,
    name,
    source: {
      commit: ctx.headSha || undefined,
      ref: ctx.ref || undefined,
      branch: env.GITHUB_HEAD_REF || ctx.branch || ctx.tag || undefined,
      run_url: ctx.runId ? ctx.runUrl : undefined,
      event: ctx.eventName || undefined,
      pr_number: ctx.prNumber,
    },
  };
  const out = await deps.runGate(options, logger);
  const verdict = verdictOf(out.result);
  const regressions = regressionCount(out.result);

  // 3. Report: summary, annotations, notice.
  await writeJobSummary(out.reportMarkdown, env);
  annotateChecks(out.result, name);
  if (verdict === 'no-baseline') {
    const decision = decideBaselineUpdate(inputs.updateBaseline, ctx, facts.defaultBranch);
    log.notice(
      `No baseline to compare with (${noBaselineWhy || 'none given'}); the gate passes and only absolute bounds ` +
        `apply. ` +
        (decision.upload
          ? `This run uploads ${name}-baseline.`
          : `A baseline is created by a run on a push to ${baselineBranch ?? 'the default branch'} ` +
            `(update-baseline: auto).`),
      { title: `${name}: no baseline yet` },
    );
  }

  // 4. The sticky comment.
  let commentUrl = '';
  if (inputs.comment === 'auto' && ctx.kind === 'pull_request') {
    if (!ctx.prNumber) log.warning('model-gate: the event payload has no pull request number: no comment.');
    else if (!token) log.warning('model-gate: no github-token: no pull request comment.');
    else {
      try {
        const c = await networkOperation('writing the pull request comment', inputs, deps, (octokit) =>
          upsertStickyComment(
            octokit,
            { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.prNumber! },
            name,
            buildCommentBody(out.reportMarkdown, name),
          ),
        );
        commentUrl = c.url;
        log.info(`Pull request comment ${c.action}: ${c.url}`);
      } catch (e) {
        log.warning(commentFailureMessage(e, ctx.fromFork));
      }
    }
  }

  setGateOutputs({ verdict, result: out.paths.result, report: out.paths.report, commentUrl, regressions });
  await publishMetrics(inputs, out.result, logger);

  // 5. Artifacts: the report for the fork-safe comment workflow, and the next baseline.
  const artifactsOk = canUseArtifacts(env);
  if (ctx.eventName === 'pull_request' && ctx.prNumber) {
    if (!artifactsOk) log.info('No Actions runtime token: the report artifact is not uploaded.');
    else {
      try {
        await withDeadline(`uploading ${name}-report`, inputs.networkTimeout * 1000, () =>
          uploadReportArtifact(
            deps.createArtifactClient(),
            name,
            out.paths,
            { number: ctx.prNumber!, head_sha: ctx.headSha, base_ref: ctx.baseBranch, name },
            workDir,
            Math.min(inputs.retentionDays, 14),
          ),
        );
        log.info(`Uploaded ${name}-report (for a workflow_run comment workflow).`);
      } catch (e) {
        log.warning(`model-gate could not upload ${name}-report: ${describeApiError(e)}`);
      }
    }
  }
  const decision = decideBaselineUpdate(inputs.updateBaseline, ctx, facts.defaultBranch);
  if (decision.notice) log.notice(decision.notice);
  if (decision.upload) {
    if (!artifactsOk) {
      log.warning(
        'model-gate cannot upload the baseline: ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set ' +
          '(not running in GitHub Actions?).',
      );
    } else {
      try {
        if (verdict === 'fail') {
          log.warning(
            `This run failed the gate and still becomes the ${name}-baseline of ${ctx.branch ?? ctx.ref}: ` +
              'later pull requests are compared with it.',
          );
        }
        const up = await withDeadline(`uploading ${name}-baseline`, inputs.networkTimeout * 1000, () =>
          uploadBaseline(deps.createArtifactClient(), name, inputs.outDir, inputs.retentionDays),
        );
        log.info(`Uploaded ${name}-baseline (${up.files.join(', ')}), kept ${inputs.retentionDays} days.`);
      } catch (e) {
        log.warning(`model-gate could not upload ${name}-baseline: ${describeApiError(e)}`);
      }
    }
  }

  if (out.exitCode === 1) {
    const failed = (out.result.gate?.checks ?? []).filter((c) => c.verdict === 'fail').map((c) => c.metric);
    log.setFailed(
      `${name}: the gate failed (verdict ${verdict}; ${regressions} failed check${regressions === 1 ? '' : 's'}` +
        (failed.length ? `: ${failed.join(', ')}` : '') +
        ').',
    );
  }
  return out.exitCode;
}

async function postCommentMode(inputs: ActionInputs, ctx: ActionContext, deps: ActionDeps): Promise<number> {
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
