/**
 * The action's `gate` mode: resolve the baseline, run the pipeline, report (job summary,
 * annotations, sticky PR comment, outputs) and refresh the baseline.
 */
import { log } from './log.js';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { RunGateOptions } from '../pipeline/run-gate.js';
import { defaultWorkRoot, resolveBaselineArtifact, uploadBaseline } from './baseline-artifact.js';
import { uploadReportArtifact } from './report-artifact.js';
import { checkBaselinePath } from './untrusted-baseline.js';
import { buildCommentBody, commentFailureMessage, upsertStickyComment } from './comment.js';
import { defaultBaselineBranch, type ActionContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { describeApiError } from './octokit.js';
import { withDeadline } from './deadline.js';
import { regressionCount, setGateOutputs, verdictOf } from './outputs.js';
import { checkPublishInputs, publishMetrics } from './publish.js';
import { annotateChecks, writeJobSummary } from './summary.js';
import type { ActionDeps } from './action-deps.js';
import { decideBaselineUpdate } from './baseline-update.js';
import { networkOperation } from './network-operation.js';

export function canUseArtifacts(env: NodeJS.ProcessEnv): boolean {
  return !!env.ACTIONS_RUNTIME_TOKEN && !!env.ACTIONS_RESULTS_URL;
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

export async function gateMode(inputs: ActionInputs, ctx: ActionContext, deps: ActionDeps): Promise<number> {
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
      cutoffs: inputs.cutoffs,
      missing: inputs.missing,
      ...(inputs.scoreColumns !== undefined ? { scoreColumns: inputs.scoreColumns } : {}),
      ...(inputs.from !== undefined ? { from: inputs.from } : {}),
    },
    bench: inputs.benchCommand
      ? {
          command: inputs.benchCommand,
          runs: inputs.benchRuns,
          warmup: inputs.benchWarmup,
          timeoutSeconds: inputs.benchTimeout,
          against: inputs.benchBaselineCommand,
          confirmPairs: inputs.benchConfirm,
        }
      : undefined,
    serve: inputs.serveCommand
      ? {
          server: inputs.serveCommand,
          ready: inputs.serveReady!,
          requests: inputs.serveRequests!,
          url: inputs.serveUrl,
          concurrency: inputs.serveConcurrency,
          rate: inputs.serveRate,
          durationSeconds: inputs.serveDuration,
          count: inputs.serveCount,
          timeoutSeconds: inputs.serveTimeout,
          runs: inputs.benchRuns,
          warmup: inputs.benchWarmup,
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
