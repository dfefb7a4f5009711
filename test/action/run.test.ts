/**
 * The action's flow in-process, with a stand-in runGate (test/support/fake-run-gate.ts), the real
 * @actions/artifact client and Octokit, against the GitHub stand-in: independent of the pipeline.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ActionDeps } from '../../src/action/action-deps.js';
import { silentLogger } from '../../src/util/progress.js';
import { parseCommands, parseOutputFile } from '../support/action-runner.js';
import { pullRequestEvent, pushEvent, workflowRunEvent } from '../support/events.js';
import { makeZip } from '../support/zip-writer.js';
import { readZipFiles } from '../../src/action/zip.js';
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
  overrides: Partial<ActionDeps> = {},
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
    const code = await runAction({ ...makeDeps(), ...overrides });
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

/**
 * Every network operation under `network-timeout` (2 s here): what a user sees when GitHub, the
 * blob store or the Pushgateway stalls, fails or throttles — a warning, "no baseline", the
 * gate's own exit code — never a hang. Time is bounded by the deadline setting and by request
 * counts; the only clock check is the per-test cap.
 */
describe('network deadlines and retries (network-timeout: 2)', () => {
  const HEAD = '3'.repeat(40);
  const warnings = (r: { stdout: string }) =>
    parseCommands(r.stdout)
      .filter((c) => c.command === 'warning')
      .map((c) => c.message);
  const listings = () => gh.countRequests('GET', /\/actions\/artifacts\?/);
  const gate = (
    n: number,
    extra: Record<string, string> = {},
    overrides: Partial<ActionDeps> = {},
    payload: unknown = pullRequestEvent(repo(), { number: n, headSha: HEAD, baseSha: '1'.repeat(40) }),
  ) =>
    invoke(
      'pull_request',
      payload,
      {
        GITHUB_REF: `refs/pull/${n}/merge`,
        GITHUB_SHA: '4'.repeat(40),
        GITHUB_RUN_ID: String(n),
        ACTIONS_RUNTIME_TOKEN: runtimeToken(`d${n}`, `j${n}`),
      },
      { ...inputs('predictions-regressed.csv'), 'network-timeout': '2', comment: 'never', ...extra },
      overrides,
    );
  const noBaseline = (r: Awaited<ReturnType<typeof gate>>, why: RegExp) => {
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('no-baseline');
    expect(
      warnings(r).some((m) => why.test(m) && /Continuing without a baseline\.$/.test(m)),
      warnings(r).join('\n'),
    ).toBe(true);
  };
  beforeAll(async () => {
    // The baseline these runs look up: the first test's push to main (made here when run alone).
    if (gh.artifacts.some((a) => a.name === 'model-gate-baseline')) return;
    gh.registerRun('r1', { runId: 1, headBranch: 'main', headSha: '1'.repeat(40) });
    await invoke(
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
  });
  afterEach(() => {
    gh.clearStalls();
    gh.clearFaults();
    gh.endlessPages = false;
    gh.blobMode = 'normal';
  });

  it('control: with no fault the baseline of main is found and the regression fails the gate', async () => {
    const r = await gate(70);
    expect([r.code, r.outputs.verdict]).toEqual([1, 'fail']);
  });

  it('an artifact listing that never answers: one request, then the deadline, a warning, no baseline', async () => {
    gh.stall('GET', /\/actions\/artifacts$/);
    const before = listings();
    const r = await gate(71);
    noBaseline(
      r,
      /looking up and downloading model-gate-baseline did not finish within 2 s \(network-timeout\)/,
    );
    expect(listings() - before).toBe(1);
  }, 30_000);

  it('repeated 500s: three retries, then a warning naming the status, no baseline', async () => {
    gh.failNext('GET', /\/actions\/artifacts$/, 500, 100);
    const before = listings();
    const r = await gate(72);
    noBaseline(r, /could not list the artifacts model-gate-baseline: injected 500/);
    expect(listings() - before).toBe(4);
  }, 30_000);

  it('repeated 500s with the production retry delays (1 s, 4 s, 9 s): the deadline ends them', async () => {
    const { createOctokit } = await import('../../src/action/octokit.js');
    gh.failNext('GET', /\/actions\/artifacts$/, 500, 100);
    const before = listings();
    const r = await gate(73, {}, { createOctokit: (t, st) => createOctokit(t, { ...st, throttle: false }) });
    noBaseline(r, /did not finish within 2 s \(network-timeout\)/);
    // t = 0 and t = 1 s; the retry due at t = 5 s is never sent (an aborted request is not retried).
    expect(listings() - before).toBeGreaterThanOrEqual(1);
    expect(listings() - before).toBeLessThanOrEqual(2);
  }, 30_000);

  it('a secondary rate limit (429, retry-after: 1) is waited out within the deadline', async () => {
    const { createOctokit } = await import('../../src/action/octokit.js');
    const limited = {
      headers: { 'retry-after': '1' },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    };
    // Four answers exhaust plugin-retry's three quick retries; the throttling plugin then waits 1 s.
    gh.failNext('GET', /\/actions\/artifacts$/, 429, 4, limited);
    const before = listings();
    const r = await gate(
      74,
      { 'network-timeout': '10' },
      {
        createOctokit: (t, st) => createOctokit(t, { ...st, retryAfterBaseValue: 10, throttle: true }),
      },
    );
    expect([r.code, r.outputs.verdict]).toEqual([1, 'fail']);
    expect(listings() - before).toBe(5);
  }, 30_000);

  it('a retry-after past the deadline is not waited for: a warning at once, no baseline', async () => {
    const { createOctokit } = await import('../../src/action/octokit.js');
    gh.failNext('GET', /\/actions\/artifacts$/, 429, 4, {
      headers: { 'retry-after': '3600' },
      message: 'You have exceeded a secondary rate limit.',
    });
    const before = listings();
    const r = await gate(
      75,
      {},
      {
        createOctokit: (t, st) => createOctokit(t, { ...st, retryAfterBaseValue: 10, throttle: true }),
      },
    );
    noBaseline(
      r,
      /could not list the artifacts model-gate-baseline: HTTP 429: You have exceeded a secondary rate limit/,
    );
    expect(
      warnings(r).some((m) => /retry-after 3600 s would pass the network-timeout: giving up/.test(m)),
    ).toBe(true);
    expect(listings() - before).toBe(4);
  }, 30_000);

  it('a Link: next chain that never ends: three pages, then no baseline', async () => {
    gh.endlessPages = true;
    const before = listings();
    const r = await gate(76, { 'baseline-branch': 'nowhere' });
    expect([r.code, r.outputs.verdict]).toEqual([0, 'no-baseline']);
    expect(listings() - before).toBe(3);
  }, 30_000);

  it('a blob store that stalls after the headers: the deadline ends the download, no baseline', async () => {
    gh.blobMode = 'trickle-then-stall';
    const r = await gate(77);
    noBaseline(r, /did not finish within 2 s \(network-timeout\)/);
  }, 30_000);

  it('a blob that declares 2 GiB and stalls: refused on its Content-Length, not retried, no baseline', async () => {
    gh.blobMode = 'huge-then-stall';
    const before = gh.countRequests('GET', /^\/blob\//);
    const r = await gate(78);
    noBaseline(
      r,
      /could not be used: the archive declares 2147483648 bytes, more than the 536870912 allowed/,
    );
    expect(gh.countRequests('GET', /^\/blob\//) - before).toBe(1);
  }, 30_000);

  it('an archive larger than the cap is stopped while streaming (no Content-Length to refuse it by)', async () => {
    const { createOctokit } = await import('../../src/action/octokit.js');
    const { downloadArtifactZip } = await import('../../src/action/artifact-api.js');
    const { ZipError } = await import('../../src/action/zip.js');
    gh.blobMode = 'trickle-then-stall'; // 1 KiB without a length, then nothing
    const a = gh.artifacts.find((x) => x.name === 'model-gate-baseline')!;
    const octokit = createOctokit(gh.token, { throttle: false });
    const download = downloadArtifactZip(
      octokit,
      { owner: gh.owner, repo: gh.repo, artifactId: a.id },
      { maxBytes: 100 },
    );
    await expect(download).rejects.toThrow(ZipError);
    await expect(download).rejects.toThrow(/larger than the 100 bytes allowed; download stopped/);
  }, 30_000);

  it("repos.get that never answers: a warning, and no baseline (the repository's id is unknown)", async () => {
    gh.stall('GET', /^\/repos\/[^/]+\/[^/]+$/);
    const pr = pullRequestEvent(repo(), { number: 79, headSha: HEAD, baseSha: '1'.repeat(40) });
    const payload = { ...pr, repository: { ...pr.repository, id: undefined, default_branch: undefined } };
    const r = await gate(79, {}, {}, payload);
    expect([r.code, r.outputs.verdict]).toEqual([0, 'no-baseline']);
    expect(
      warnings(r).some((m) =>
        /could not read the repository's id and default branch: reading the repository acme\/models did not finish within 2 s/.test(
          m,
        ),
      ),
    ).toBe(true);
    expect(
      warnings(r).some((m) => /the repository's id is unknown\. Continuing without a baseline/.test(m)),
    ).toBe(true);
  }, 30_000);

  it('a Pushgateway that never answers: a warning at the deadline, and the gate keeps its exit code', async () => {
    const silent: Server = createServer(() => {
      // never answers
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const port = (silent.address() as AddressInfo).port;
      // The pipeline's warnings go to the core's Logger (the Actions log in production).
      const logged: string[] = [];
      const r = await gate(
        80,
        { 'pushgateway-url': `http://127.0.0.1:${port}` },
        { logger: { ...silentLogger, warning: (m) => logged.push(m) } },
      );
      expect([r.code, r.outputs.verdict]).toEqual([1, 'fail']);
      expect(
        logged.some((m) =>
          /Pushgateway push to http:\/\/127\.0\.0\.1:\d+\/metrics\/job\/model-gate\/gate\/model-gate\/branch\S+ failed after 1 attempt \(stopped at the 2 s deadline, network-timeout\): timed out\. The gate result is not affected\./.test(
            m,
          ),
        ),
        logged.join('\n'),
      ).toBe(true);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  }, 30_000);

  it('an openmetrics input that is a directory is a usage error before any work', async () => {
    mkdirSync(join(ws, 'om-dir'), { recursive: true });
    const before = listings();
    await expect(gate(81, { openmetrics: 'om-dir' })).rejects.toThrow(
      /^input "openmetrics": "om-dir" is a directory; give the path of the OpenMetrics file to write/,
    );
    expect(listings()).toBe(before);
  });

  describe('post-comment mode', () => {
    const RUN = 990;
    const post = () =>
      invoke(
        'workflow_run',
        workflowRunEvent(repo(), {
          id: RUN,
          event: 'pull_request',
          headSha: HEAD,
          headBranch: 'f',
          pullRequests: [],
        }),
        {
          GITHUB_REF: 'refs/heads/main',
          GITHUB_SHA: '1'.repeat(40),
          GITHUB_RUN_ID: '991',
          ACTIONS_RUNTIME_TOKEN: runtimeToken('r991', 'j991'),
        },
        { mode: 'post-comment', 'github-token': gh.token, 'network-timeout': '2' },
      );
    const notPosted = (r: Awaited<ReturnType<typeof post>>, why: RegExp) => {
      expect(r.code).toBe(0);
      expect(
        warnings(r).some((m) => why.test(m) && /re-run this workflow to post it\.$/i.test(m)),
        parseCommands(r.stdout)
          .map((c) => c.line)
          .join('\n'),
      ).toBe(true);
      expect(gh.commentsOn(60)).toHaveLength(0);
    };
    beforeAll(() => {
      const baseline = gh.artifacts.find((a) => a.name === 'model-gate-baseline')!;
      const result = readZipFiles(baseline.zip).find((f) => f.name === 'result.json')!.data;
      gh.addPull(60, HEAD);
      gh.addArtifact({
        name: 'model-gate-report',
        runId: RUN,
        zip: makeZip([
          { name: 'result.json', data: result },
          { name: 'pr.json', data: JSON.stringify({ number: 60, head_sha: HEAD }) },
        ]),
      });
    });

    it('a listing that never answers: a warning, no comment, exit 0', async () => {
      gh.stall('GET', /\/actions\/runs\/\d+\/artifacts$/);
      notPosted(
        await post(),
        /could not list the artifacts of run 990: listing the artifacts of run 990 did not finish within 2 s/,
      );
    }, 30_000);

    it('a blob store that stalls: a warning, no comment, exit 0', async () => {
      gh.blobMode = 'trickle-then-stall';
      notPosted(
        await post(),
        /could not be downloaded: downloading model-gate-report of run 990 did not finish within 2 s/,
      );
    }, 30_000);

    it('pulls.get failing with 500 after its retries: a warning, no comment, exit 0', async () => {
      gh.failNext('GET', /\/pulls\/60$/, 500, 100);
      notPosted(await post(), /could not read pull request #60: injected 500/);
    }, 30_000);

    it('a comment write that never answers: a warning, exit 0; then, unstalled, the comment is posted', async () => {
      gh.stall('POST', /\/issues\/60\/comments$/);
      notPosted(
        await post(),
        /could not write the pull request comment: writing the comment on pull request #60 did not finish within 2 s/,
      );
      gh.clearStalls();
      const r = await post();
      expect(r.code).toBe(0);
      expect(gh.commentsOn(60)).toHaveLength(1);
    }, 30_000);
  });
});
