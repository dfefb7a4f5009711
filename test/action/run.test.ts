/**
 * The action's flow in-process, with a stand-in runGate (test/support/fake-run-gate.ts), the real
 * @actions/artifact client and Octokit, against the GitHub stand-in: independent of the pipeline.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ActionDeps } from '../../src/action/run.js';
import { silentLogger } from '../../src/util/progress.js';
import { parseOutputFile } from '../support/action-runner.js';
import { pullRequestEvent, pushEvent, workflowRunEvent } from '../support/events.js';
import { makeZip } from '../support/zip-writer.js';
import { fakeRunGate } from '../support/fake-run-gate.js';
import { GitHubStandin, runtimeToken } from '../support/github-standin.js';

let gh: GitHubStandin;
let ws: string;
let runAction: (d: ActionDeps) => Promise<number>;
let makeDeps: () => ActionDeps;
const savedEnv = { ...process.env };
const savedCwd = process.cwd();

async function invoke(
  eventName: string,
  payload: unknown,
  env: Record<string, string>,
  inputs: Record<string, string>,
) {
  const dir = mkdtempSync(join(tmpdir(), 'mg-run-'));
  // @actions/core caches the summary path on first use: one file for the whole test process.
  const files = {
    event: join(dir, 'event.json'),
    output: join(dir, 'out'),
    summary: join(ws, '..', `${ws.split('/').pop()}-summary.md`),
  };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: join(dir, 'tmp'),
    ...env,
  });
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    const code = await runAction(makeDeps());
    return {
      code,
      stdout,
      outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8'),
    };
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  gh = await new GitHubStandin().start();
  ws = mkdtempSync(join(tmpdir(), 'mg-ws-'));
  for (const f of ['labels.csv', 'predictions-baseline.csv', 'predictions-regressed.csv']) {
    cpSync(join(import.meta.dirname, '../fixtures/action', f), join(ws, f));
  }
  process.chdir(ws);
  // @actions/github reads GITHUB_API_URL when it is first imported: set it before.
  Object.assign(process.env, {
    GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.url,
    ACTIONS_RESULTS_URL: `${gh.url}/`,
    GITHUB_WORKSPACE: ws,
  });
  ({ runAction } = await import('../../src/action/run.js'));
  const { createOctokit } = await import('../../src/action/octokit.js');
  const { DefaultArtifactClient } = await import('@actions/artifact');
  makeDeps = () => ({
    env: process.env,
    runGate: fakeRunGate,
    createOctokit: (t, s) => createOctokit(t, { ...s, retryAfterBaseValue: 10, throttle: false }),
    createArtifactClient: () => new DefaultArtifactClient(),
    logger: silentLogger,
    retryBaseDelayMs: 10,
  });
});
afterEach(() => {
  process.exitCode = undefined;
});
afterAll(async () => {
  process.chdir(savedCwd);
  process.env = savedEnv;
  await gh.stop();
});

const repo = () => ({ owner: gh.owner, repo: gh.repo, repoId: gh.repoId, defaultBranch: 'main' });
const inputs = (predictions: string) => ({ predictions, labels: 'labels.csv', 'github-token': gh.token });

describe('runAction with a stand-in pipeline', () => {
  it('push to main: no baseline yet, uploads one', async () => {
    gh.registerRun('r1', { runId: 1, headBranch: 'main', headSha: '1'.repeat(40) });
    const r = await invoke(
      'push',
      pushEvent(repo(), 'refs/heads/main', '1'.repeat(40)),
      {
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: '1'.repeat(40),
        GITHUB_RUN_ID: '1',
        ACTIONS_RUNTIME_TOKEN: runtimeToken('r1', 'j1'),
      },
      inputs('predictions-baseline.csv'),
    );
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('no-baseline');
    expect(r.stdout).toMatch(/::notice title=.*::No baseline/);
    expect(gh.artifacts.map((a) => a.name)).toEqual(['model-gate-baseline']);
  });

  it('pull request: compares, comments, fails; the comment then updates in place', async () => {
    gh.registerRun('r2', { runId: 2, headBranch: 'feature', headSha: '3'.repeat(40) });
    const env = {
      GITHUB_REF: 'refs/pull/5/merge',
      GITHUB_SHA: '4'.repeat(40),
      GITHUB_RUN_ID: '2',
      ACTIONS_RUNTIME_TOKEN: runtimeToken('r2', 'j2'),
    };
    const payload = pullRequestEvent(repo(), { number: 5, headSha: '3'.repeat(40), baseSha: '1'.repeat(40) });
    const r = await invoke('pull_request', payload, env, inputs('predictions-regressed.csv'));
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', regressions: '1' });
    expect(r.outputs['comment-url']).toContain('/pull/5#issuecomment-');
    expect(r.summary).toContain('## model-gate: fail');
    expect(r.stdout).toMatch(
      /::error title=model-gate%3A accuracy failed the gate::accuracy: baseline 0\.92/,
    );
    const again = await invoke('pull_request', payload, env, inputs('predictions-baseline.csv'));
    expect(again.code).toBe(0);
    expect(gh.commentsOn(5)).toHaveLength(1);
    expect(gh.commentsOn(5)[0].body).toContain('## model-gate: pass');
    expect(gh.artifacts.filter((a) => a.name === 'model-gate-baseline')).toHaveLength(1);
  });

  it('update-baseline: always on a pull request is refused with a notice', async () => {
    gh.registerRun('r3', { runId: 3, headBranch: 'feature', headSha: '3'.repeat(40) });
    const r = await invoke(
      'pull_request',
      pullRequestEvent(repo(), { number: 6, headSha: '3'.repeat(40), baseSha: '1'.repeat(40) }),
      {
        GITHUB_REF: 'refs/pull/6/merge',
        GITHUB_SHA: '4'.repeat(40),
        GITHUB_RUN_ID: '3',
        ACTIONS_RUNTIME_TOKEN: runtimeToken('r3', 'j3'),
      },
      { ...inputs('predictions-baseline.csv'), 'update-baseline': 'always', comment: 'never' },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::notice::update-baseline: always is ignored on pull request events/);
    expect(gh.artifacts.filter((a) => a.name === 'model-gate-baseline')).toHaveLength(1);
    expect(gh.commentsOn(6)).toHaveLength(0);
  });

  it('a missing baseline path is a usage error', async () => {
    await expect(
      invoke(
        'push',
        pushEvent(repo(), 'refs/heads/dev', '9'.repeat(40)),
        {
          GITHUB_REF: 'refs/heads/dev',
          GITHUB_SHA: '9'.repeat(40),
          GITHUB_RUN_ID: '4',
          ACTIONS_RUNTIME_TOKEN: runtimeToken('r4', 'j4'),
        },
        { ...inputs('predictions-baseline.csv'), baseline: 'nowhere/result.json' },
      ),
    ).rejects.toThrow(/input "baseline": baseline path nowhere\/result.json does not exist/);
  });

  it('post-comment refuses a pr.json that names another commit or pull request', async () => {
    const head = '7'.repeat(40);
    gh.addPull(30, head);
    gh.addPull(31, '8'.repeat(40));
    const report = (pr: object) =>
      makeZip([
        { name: 'report.md', data: '## hijack' },
        { name: 'pr.json', data: JSON.stringify(pr) },
      ]);
    gh.addArtifact({ name: 'model-gate-report', runId: 900, zip: report({ number: 31, head_sha: head }) });
    gh.addArtifact({
      name: 'model-gate-report',
      runId: 901,
      zip: report({ number: 30, head_sha: '8'.repeat(40) }),
    });
    const post = (runId: number, pullRequests: number[]) =>
      invoke(
        'workflow_run',
        workflowRunEvent(repo(), {
          id: runId,
          event: 'pull_request',
          headSha: head,
          headBranch: 'f',
          pullRequests,
        }),
        {
          GITHUB_REF: 'refs/heads/main',
          GITHUB_SHA: '1'.repeat(40),
          GITHUB_RUN_ID: '950',
          ACTIONS_RUNTIME_TOKEN: runtimeToken('r9', 'j9'),
        },
        { mode: 'post-comment', 'github-token': gh.token },
      );
    // #31's head is not the run's commit: GitHub's own pulls API disagrees with pr.json.
    await expect(post(900, [])).resolves.toMatchObject({ code: 0 });
    expect(gh.commentsOn(31)).toHaveLength(0);
    await expect(post(900, [30])).rejects.toThrow(/names pull request #31, but run 900 belongs to #30/);
    await expect(post(901, [])).rejects.toThrow(/pr.json says head 8888/);
    expect(gh.commentsOn(30)).toHaveLength(0);
  });

  it('post-comment outside workflow_run is a usage error; a push-triggered run has nothing to post', async () => {
    const env = { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: '1'.repeat(40), GITHUB_RUN_ID: '960' };
    await expect(
      invoke('push', pushEvent(repo(), 'refs/heads/main', '1'.repeat(40)), env, {
        mode: 'post-comment',
        'github-token': gh.token,
      }),
    ).rejects.toThrow(/workflow_run/);
    const r = await invoke(
      'workflow_run',
      workflowRunEvent(repo(), { id: 5, event: 'push', headSha: '1'.repeat(40), headBranch: 'main' }),
      env,
      { mode: 'post-comment', 'github-token': gh.token },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::notice::The triggering run was a push event/);
  });
});
