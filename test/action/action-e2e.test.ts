/**
 * End-to-end: the built action bundle (MODEL_GATE_ACTION_BUNDLE, default dist/index.js) run as a
 * child process exactly as a runner runs it, against the local GitHub stand-in.
 */
import { dependencyPresent } from '../support/require-dependency.js';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listZipEntries, readZipFiles } from '../../src/action/zip.js';
import {
  ACTION_BUNDLE,
  bundleExists,
  runActionBundle,
  type ActionRun,
  type RunSpec,
} from '../support/action-runner.js';
import { pullRequestEvent, pushEvent, releaseEvent, workflowRunEvent } from '../support/events.js';
import { GitHubStandin } from '../support/github-standin.js';
import { makeZip } from '../support/zip-writer.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/action');
const SHA_MAIN_1 = '1111111111111111111111111111111111111111';
const SHA_MAIN_2 = '2222222222222222222222222222222222222222';
const SHA_PR = '3333333333333333333333333333333333333333';
const SHA_PR_MERGE = '4444444444444444444444444444444444444444';

let gh: GitHubStandin;
let workspace: string;
const repo = () => ({ owner: gh.owner, repo: gh.repo, repoId: gh.repoId, defaultBranch: gh.defaultBranch });

function inputs(predictions: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    predictions,
    labels: 'labels.csv',
    'id-column': 'id',
    'label-column': 'label',
    'prediction-column': 'prediction',
    'score-column': 'score',
    'github-token': gh.token,
    'out-dir': 'model-gate-out',
    ...extra,
  };
}

function run(spec: Omit<RunSpec, 'standin' | 'workspace'>): Promise<ActionRun> {
  return runActionBundle({ standin: gh, workspace, ...spec });
}

function pushMain(sha: string, runId: number, predictions = 'predictions-baseline.csv') {
  return run({
    inputs: inputs(predictions),
    eventName: 'push',
    payload: pushEvent(repo(), 'refs/heads/main', sha),
    ref: 'refs/heads/main',
    sha,
    runId,
  });
}

function pr(
  number: number,
  runId: number,
  predictions: string,
  extra: Record<string, string> = {},
  headRepoId?: number,
) {
  return run({
    inputs: inputs(predictions, extra),
    eventName: 'pull_request',
    payload: pullRequestEvent(repo(), { number, headSha: SHA_PR, baseSha: SHA_MAIN_1, headRepoId }),
    ref: `refs/pull/${number}/merge`,
    sha: SHA_PR_MERGE,
    runId,
    headBranch: 'feature',
  });
}

const warnings = (r: ActionRun) => r.commands.filter((c) => c.command === 'warning').map((c) => c.message);
const notices = (r: ActionRun) => r.commands.filter((c) => c.command === 'notice').map((c) => c.message);
const describeDump = (r: ActionRun) => `exit ${r.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;

describe.skipIf(!dependencyPresent('the action bundle', bundleExists(), 'npm run build'))(
  `action bundle ${ACTION_BUNDLE}`,
  () => {
    beforeAll(async () => {
      gh = await new GitHubStandin().start();
      workspace = mkdtempSync(join(tmpdir(), 'model-gate-ws-'));
      for (const f of ['labels.csv', 'predictions-baseline.csv', 'predictions-regressed.csv']) {
        cpSync(join(FIXTURES, f), join(workspace, f));
      }
    });
    afterAll(() => gh?.stop());

    it('push to main without a baseline: passes with a notice and uploads the baseline', async () => {
      const r = await pushMain(SHA_MAIN_1, 101);
      expect(r.code, describeDump(r)).toBe(0);
      expect(r.outputs.verdict).toBe('no-baseline');
      expect(r.outputs.regressions).toBe('0');
      expect(r.outputs.result).toMatch(/result\.json$/);
      expect(r.outputs.report).toMatch(/report\.md$/);
      expect(notices(r).some((n) => /No baseline/.test(n))).toBe(true);
      expect(r.summary).toContain('<!-- model-gate:model-gate -->');
      const uploaded = gh.artifacts.filter((a) => a.name === 'model-gate-baseline');
      expect(uploaded).toHaveLength(1);
      expect(uploaded[0]).toMatchObject({ runId: 101, headBranch: 'main', headSha: SHA_MAIN_1 });
      const names = listZipEntries(uploaded[0].zip).map((e) => e.name);
      expect(names).toContain('result.json');
      const result = JSON.parse(
        readZipFiles(uploaded[0].zip)
          .find((f) => f.name === 'result.json')!
          .data.toString(),
      );
      expect(result.schema).toBe('model-gate/result@1');
      expect(result.source).toMatchObject({
        commit: SHA_MAIN_1,
        ref: 'refs/heads/main',
        event: 'push',
        run_url: `https://github.com/${gh.owner}/${gh.repo}/actions/runs/101`,
      });
      // A pull request event never uploads a baseline, so this is the only one.
      expect(gh.countRequests('POST', /CreateArtifact/)).toBe(1);
    });

    it('a pull request downloads the baseline, comments once and fails on the regression', async () => {
      // A fork's branch named "main" with a newer artifact of the same name must be ignored.
      gh.addArtifact({
        name: 'model-gate-baseline',
        zip: Buffer.from('not even a zip'),
        headBranch: 'main',
        headRepositoryId: 999,
        runId: 66,
        createdAt: new Date(Date.now() + 60_000).toISOString(),
      });
      gh.addPull(7, SHA_PR);
      const r = await pr(7, 201, 'predictions-regressed.csv');
      expect(r.code, describeDump(r)).toBe(1);
      expect(r.outputs.verdict).toBe('fail');
      expect(Number(r.outputs.regressions)).toBeGreaterThanOrEqual(1);
      expect(r.outputs['comment-url']).toMatch(/\/pull\/7#issuecomment-\d+$/);
      expect(r.commands.some((c) => c.command === 'error' && /accuracy/.test(c.message))).toBe(true);
      expect(gh.commentsOn(7)).toHaveLength(1);
      expect(gh.commentsOn(7)[0].body.startsWith('<!-- model-gate:model-gate -->')).toBe(true);
      expect(gh.countRequests('GET', /\/actions\/artifacts\/66\/zip/)).toBe(0);
      expect(r.summary.length).toBeGreaterThan(0);
      // The fork-safe report artifact: report.md, result.json and pr.json.
      const report = gh.artifacts.find((a) => a.name === 'model-gate-report' && a.runId === 201)!;
      const files = readZipFiles(report.zip)
        .map((f) => f.name)
        .sort();
      expect(files).toEqual(['pr.json', 'report.md', 'result.json']);
      const prJson = JSON.parse(
        readZipFiles(report.zip)
          .find((f) => f.name === 'pr.json')!
          .data.toString(),
      );
      expect(prJson).toMatchObject({ number: 7, head_sha: SHA_PR });
      expect(gh.artifacts.filter((a) => a.name === 'model-gate-baseline' && a.runId === 201)).toHaveLength(0);
    });

    it('a second run updates the same comment (one comment in total)', async () => {
      const before = gh.commentsOn(7)[0].id;
      const r = await pr(7, 202, 'predictions-baseline.csv');
      expect(r.code, describeDump(r)).toBe(0);
      expect(r.outputs.verdict).toBe('pass');
      expect(gh.commentsOn(7)).toHaveLength(1);
      expect(gh.commentsOn(7)[0].id).toBe(before);
      expect(gh.countRequests('PATCH', /\/issues\/comments\//)).toBe(1);
    });

    it('403 on comments (fork PR): one warning with the fix; summary, outputs and exit code still right', async () => {
      gh.commentsReadOnly = true;
      try {
        const r = await pr(8, 203, 'predictions-regressed.csv', {}, 999);
        expect(r.code, describeDump(r)).toBe(1);
        const w = warnings(r).filter((m) => /could not write the pull request comment/.test(m));
        expect(w).toHaveLength(1);
        expect(w[0]).toMatch(/fork/);
        expect(w[0]).toMatch(/pull-requests: write/);
        expect(w[0]).toMatch(/workflow_run/);
        expect(r.summary).toContain('model-gate');
        expect(r.outputs.verdict).toBe('fail');
        expect(r.outputs['comment-url']).toBe('');
      } finally {
        gh.commentsReadOnly = false;
      }
    });

    it('no baseline for the branch: passes with a notice (verdict no-baseline, exit 0)', async () => {
      const r = await pr(9, 204, 'predictions-regressed.csv', { 'baseline-branch': 'never-pushed' });
      expect(r.code, describeDump(r)).toBe(0);
      expect(r.outputs.verdict).toBe('no-baseline');
      expect(notices(r).some((n) => /No baseline/.test(n) && /never-pushed/.test(n))).toBe(true);
    });

    it('a corrupt baseline artifact: a clear warning, no crash, no baseline', async () => {
      gh.addArtifact({
        name: 'model-gate-baseline',
        zip: makeZip([{ name: 'result.json', data: '{"schema": "model-gate/result@1", "task": ' }]),
        headBranch: 'corrupt',
        runId: 70,
      });
      const r = await pr(10, 205, 'predictions-regressed.csv', { 'baseline-branch': 'corrupt' });
      expect(r.code, describeDump(r)).toBe(0);
      expect(r.outputs.verdict).toBe('no-baseline');
      expect(warnings(r).some((m) => /could not be used: result\.json is not valid JSON/.test(m))).toBe(true);
    });

    /** The files of the first baseline the suite uploaded (push to main, run 101). */
    function goodBaselineFiles(): Map<string, Buffer> {
      const a = gh.artifacts.find((x) => x.name === 'model-gate-baseline' && x.runId === 101)!;
      return new Map(readZipFiles(a.zip).map((f) => [f.name, f.data]));
    }

    function hostileBaseline(branch: string, runId: number, edit: (files: Map<string, Buffer>) => void) {
      const files = goodBaselineFiles();
      edit(files);
      gh.addArtifact({
        name: 'model-gate-baseline',
        zip: makeZip([...files].map(([name, data]) => ({ name, data }))),
        headBranch: branch,
        runId,
      });
    }

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document edited in place
    const editResult = (files: Map<string, Buffer>, fn: (r: Record<string, any>) => void) => {
      const r = JSON.parse(files.get('result.json')!.toString());
      fn(r);
      files.set('result.json', Buffer.from(JSON.stringify(r)));
    };
    const sidecarName = (files: Map<string, Buffer>) =>
      JSON.parse(files.get('result.json')!.toString()).examples.file as string;

    it.each([
      [
        'numeric source.commit',
        (f: Map<string, Buffer>) => editResult(f, (r) => (r.source.commit = 12345)),
        /"source\.commit" must be a string/,
      ],
      [
        'accuracy -5',
        (f: Map<string, Buffer>) => editResult(f, (r) => (r.metrics.accuracy = -5)),
        /"metrics\.accuracy" is -5, outside its possible range 0\.\.1/,
      ],
      [
        'no "tool"',
        (f: Map<string, Buffer>) => editResult(f, (r) => delete r.tool),
        /required field "tool" is missing/,
      ],
      [
        'n mismatch with the sidecar',
        (f: Map<string, Buffer>) => editResult(f, (r) => (r.n += 1)),
        /the files do not belong together/,
      ],
      [
        'a truncated sidecar',
        (f: Map<string, Buffer>) => f.set(sidecarName(f), f.get(sidecarName(f))!.subarray(0, 40)),
        /examples/,
      ],
      [
        'a non-gzip sidecar',
        (f: Map<string, Buffer>) => f.set(sidecarName(f), Buffer.from('plain text, not gzip')),
        /examples/,
      ],
      [
        'invalid JSON',
        (f: Map<string, Buffer>) => f.set('result.json', Buffer.from('{"schema": ')),
        /not valid JSON/,
      ],
      [
        'duplicate entries',
        (f: Map<string, Buffer>) => f.set('result.json ', Buffer.alloc(0)),
        /appears more than once/,
      ],
    ] as const)(
      'a hostile baseline artifact (%s): a warning, no baseline, exit 0',
      async (label, edit, why) => {
        const branch = `hostile-${label.replace(/[^a-z]+/gi, '-')}`;
        const runId = 7000 + label.length * 7 + label.charCodeAt(0);
        if (label === 'duplicate entries') {
          const files = goodBaselineFiles();
          gh.addArtifact({
            name: 'model-gate-baseline',
            zip: makeZip([
              ...[...files].map(([name, data]) => ({ name, data })),
              { name: 'result.json', data: files.get('result.json')! },
            ]),
            headBranch: branch,
            runId,
          });
        } else hostileBaseline(branch, runId, edit);
        const r = await pr(30, runId + 1, 'predictions-regressed.csv', {
          'baseline-branch': branch,
          comment: 'never',
        });
        expect(r.code, describeDump(r)).toBe(0);
        expect(r.outputs.verdict).toBe('no-baseline');
        expect(
          warnings(r).some((m) => /could not be used/.test(m) && why.test(m)),
          describeDump(r),
        ).toBe(true);
        expect(r.stdout + r.stderr).not.toMatch(/internal error|\n\s+at /);
      },
    );

    it('a baseline whose metrics contradict its own sidecar: the sidecar figures are used, with a warning', async () => {
      hostileBaseline('contradicts', 7900, (f) => editResult(f, (r) => (r.metrics.accuracy = 0.01)));
      const r = await pr(31, 7901, 'predictions-baseline.csv', {
        'baseline-branch': 'contradicts',
        comment: 'never',
      });
      expect(r.code, describeDump(r)).toBe(0);
      expect(r.outputs.verdict).toBe('pass');
      expect(
        warnings(r).some((m) => /contradict its examples file/.test(m) && /accuracy 0\.01 →/.test(m)),
      ).toBe(true);
    });

    it('a path-traversing zip (../evil) is refused and writes nothing outside the target folder', async () => {
      gh.addArtifact({
        name: 'model-gate-baseline',
        zip: makeZip([
          { name: 'result.json', data: '{}' },
          { name: '../evil', data: 'pwned' },
          { name: '../../evil2', data: 'pwned' },
        ]),
        headBranch: 'evil',
        runId: 71,
      });
      const r = await pr(11, 206, 'predictions-regressed.csv', { 'baseline-branch': 'evil' });
      expect(r.code, describeDump(r)).toBe(0);
      expect(r.outputs.verdict).toBe('no-baseline');
      expect(warnings(r).some((m) => /"\.\.\/evil" has a "\.\." segment \(path traversal\)/.test(m))).toBe(
        true,
      );
      const found: string[] = [];
      const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const p = join(d, e.name);
          if (e.name.startsWith('evil')) found.push(p);
          if (e.isDirectory()) walk(p);
        }
      };
      walk(dirname(r.runnerTemp));
      walk(workspace);
      expect(found).toEqual([]);
    });

    it('an artifact that expired after listing (410 on download): a warning, no baseline, exit 0', async () => {
      gh.failNext('GET', /\/actions\/artifacts\/\d+\/zip$/, 410, 1);
      const r = await pr(13, 209, 'predictions-regressed.csv');
      expect(r.code, describeDump(r)).toBe(0);
      expect(r.outputs.verdict).toBe('no-baseline');
      expect(warnings(r).some((m) => /could not be used/.test(m) && /410/.test(m))).toBe(true);
    });

    it('a 5xx from the API, then success: retried, and the baseline is used', async () => {
      gh.failNext('GET', /\/actions\/artifacts$/, 503, 1);
      const before = gh.countRequests('GET', /\/actions\/artifacts\?/);
      const r = await pr(12, 207, 'predictions-regressed.csv');
      expect(r.code, describeDump(r)).toBe(1);
      expect(r.outputs.verdict).toBe('fail');
      expect(gh.countRequests('GET', /\/actions\/artifacts\?/) - before).toBe(2);
    });

    it('an artifact listing that never answers: the deadline ends it with a warning, no baseline, exit 0', async () => {
      gh.stall('GET', /\/actions\/artifacts$/);
      try {
        const before = gh.countRequests('GET', /\/actions\/artifacts\?/);
        const r = await pr(40, 4001, 'predictions-regressed.csv', {
          'network-timeout': '1',
          comment: 'never',
        });
        expect(r.code, describeDump(r)).toBe(0);
        expect(r.outputs.verdict).toBe('no-baseline');
        expect(warnings(r).some((m) => /did not finish within 1 s \(network-timeout\)/.test(m))).toBe(true);
        expect(gh.countRequests('GET', /\/actions\/artifacts\?/) - before).toBe(1);
      } finally {
        gh.clearStalls();
      }
    });

    it('a blob store that stalls: the deadline ends the download with a warning, no baseline', async () => {
      gh.stall('GET', /^\/blob\//);
      try {
        const r = await pr(41, 4002, 'predictions-regressed.csv', {
          'network-timeout': '1',
          comment: 'never',
        });
        expect(r.code, describeDump(r)).toBe(0);
        expect(r.outputs.verdict).toBe('no-baseline');
        expect(warnings(r).some((m) => /did not finish within 1 s/.test(m))).toBe(true);
      } finally {
        gh.clearStalls();
      }
    });

    it('an artifact that declares 2 GB: refused before downloading, a warning, no baseline', async () => {
      const a = gh.addArtifact({
        name: 'model-gate-baseline',
        zip: makeZip([{ name: 'result.json', data: '{}' }]),
        headBranch: 'huge',
        runId: 4100,
        declaredSize: 2 * 1024 ** 3,
      });
      const r = await pr(43, 4004, 'predictions-regressed.csv', {
        'baseline-branch': 'huge',
        comment: 'never',
      });
      expect(r.code, describeDump(r)).toBe(0);
      expect(r.outputs.verdict).toBe('no-baseline');
      expect(warnings(r).some((m) => /declares 2147483648 bytes/.test(m))).toBe(true);
      expect(gh.countRequests('GET', new RegExp(`/actions/artifacts/${a.id}/zip`))).toBe(0);
    });

    it('a Link: next chain that never ends: at most 3 pages are read', async () => {
      gh.endlessPages = true;
      try {
        const before = gh.countRequests('GET', /\/actions\/artifacts\?/);
        const r = await pr(42, 4003, 'predictions-regressed.csv', {
          'baseline-branch': 'nowhere',
          comment: 'never',
        });
        expect(r.code, describeDump(r)).toBe(0);
        expect(r.outputs.verdict).toBe('no-baseline');
        expect(gh.countRequests('GET', /\/actions\/artifacts\?/) - before).toBe(3);
      } finally {
        gh.endlessPages = false;
      }
    });

    it('a release compares with the default branch baseline', async () => {
      const r = await run({
        inputs: inputs('predictions-baseline.csv'),
        eventName: 'release',
        payload: releaseEvent(repo(), 'v1.0.0'),
        ref: 'refs/tags/v1.0.0',
        sha: SHA_MAIN_2,
        runId: 301,
      });
      expect(r.code, describeDump(r)).toBe(0);
      expect(r.outputs.verdict).toBe('pass');
      expect(gh.artifacts.filter((a) => a.runId === 301)).toHaveLength(0);
    });

    it('the token never appears in stdout or stderr (other than the add-mask command)', async () => {
      const r = await pr(7, 208, 'predictions-regressed.csv');
      const lines = (r.stdout + '\n' + r.stderr).split('\n').filter((l) => l.includes(gh.token));
      expect(lines.every((l) => l.startsWith('::add-mask::'))).toBe(true);
      expect(r.stdout + r.stderr).not.toContain(gh.blobSig + '&');
    });

    it('workflow_run post-comment mode posts the report of a fork PR run', async () => {
      gh.addPull(20, SHA_PR);
      const gate = await pr(20, 401, 'predictions-regressed.csv', {}, 999);
      expect(gate.code, describeDump(gate)).toBe(1);
      const commentsBefore = gh.commentsOn(20).length;
      const r = await run({
        inputs: { mode: 'post-comment', 'github-token': gh.token },
        eventName: 'workflow_run',
        payload: workflowRunEvent(repo(), {
          id: 401,
          event: 'pull_request',
          headSha: SHA_PR,
          headBranch: 'feature',
          headRepoId: 999,
          pullRequests: [],
        }),
        ref: 'refs/heads/main',
        sha: SHA_MAIN_2,
        runId: 402,
      });
      expect(r.code, describeDump(r)).toBe(0);
      expect(gh.commentsOn(20).length).toBe(Math.max(1, commentsBefore));
      expect(gh.commentsOn(20)[0].body.startsWith('<!-- model-gate:model-gate -->')).toBe(true);
      expect(r.outputs['comment-url']).toMatch(/\/pull\/20#issuecomment-/);
      expect(r.outputs.verdict).toBe('fail');
    });

    it('post-comment renders the comment itself: a hostile fork artifact posts none of its text', async () => {
      gh.addPull(21, SHA_PR);
      const gate = await pr(21, 403, 'predictions-regressed.csv', { comment: 'never' }, 999);
      expect(gate.code, describeDump(gate)).toBe(1);
      const art = gh.artifacts.find((a) => a.name === 'model-gate-report' && a.runId === 403)!;
      const files = new Map(readZipFiles(art.zip).map((f) => [f.name, f.data]));
      const HOSTILE =
        '<img src=x onerror=alert(1)> @octocat @org/team #1 http://evil.example www.evil.example `code` | pipe';
      files.set(
        'report.md',
        Buffer.from(
          '<!-- model-gate:model-gate -->\n## ✅ PASS — forged headline\n<b>raw html</b> @octocat [x](http://evil.example)\n',
        ),
      );
      const result = JSON.parse(files.get('result.json')!.toString());
      expect(result.gate.verdict).toBe('fail');
      result.gate.verdict = 'pass'; // forged: the checks still say fail
      result.dataset.predictions_file = HOSTILE;
      result.source.commit = HOSTILE;
      result.source.run_url = 'http://evil.example/run';
      result.warnings = [HOSTILE];
      result.gate.checks[0].reason = HOSTILE;
      files.set('result.json', Buffer.from(JSON.stringify(result)));
      art.zip = makeZip([...files].map(([name, data]) => ({ name, data })));
      const r = await run({
        inputs: { mode: 'post-comment', 'github-token': gh.token },
        eventName: 'workflow_run',
        payload: workflowRunEvent(repo(), {
          id: 403,
          event: 'pull_request',
          headSha: SHA_PR,
          headBranch: 'feature',
          headRepoId: 999,
          pullRequests: [],
        }),
        ref: 'refs/heads/main',
        sha: SHA_MAIN_2,
        runId: 404,
      });
      expect(r.code, describeDump(r)).toBe(0);
      expect(r.outputs.verdict).toBe('fail');
      const body = gh.commentsOn(21)[0].body;
      expect(body.startsWith('<!-- model-gate:model-gate -->')).toBe(true);
      expect(body).not.toContain('forged headline');
      expect(body).not.toContain('raw html');
      expect(body).not.toContain('evil.example/run');
      expect(body).toMatch(/computed by the pull request's own workflow run/);
      expect(body).toContain(`/actions/runs/403`);
      const html = await marked.parse(body.replace(/^<!--[^>]*-->\n/, ''));
      // Tags, not escaped text: `&lt;img onerror=` shown as text is inert.
      expect(html).not.toMatch(/<img|<b>|href="http:\/\/evil/);
      const text = html.replace(/<[^>]+>/g, ' ');
      expect(text).not.toMatch(/@(octocat|org)/); // a zero-width space follows every @
      expect(text).not.toMatch(/#1\b/);
      expect(text).not.toMatch(/https?:\/\/evil|www\.evil/);
      for (const href of html.match(/href="[^"]*"/g) ?? [])
        expect(href).toMatch(/^href="https:\/\/github\.com\//);
    });

    it('bench-command: benchmarks the inference step, reports it, and writes the OpenMetrics file', async () => {
      const r = await run({
        inputs: inputs('bench-predictions.csv', {
          'bench-command': `${JSON.stringify(process.execPath)} -e "require('fs').copyFileSync('predictions-baseline.csv', 'bench-predictions.csv')"`,
          'bench-runs': '2',
          'bench-warmup': '0',
          'update-baseline': 'never',
          openmetrics: 'metrics.om.txt',
        }),
        eventName: 'push',
        payload: pushEvent(repo(), 'refs/heads/dev', SHA_MAIN_2),
        ref: 'refs/heads/dev',
        sha: SHA_MAIN_2,
        runId: 601,
      });
      expect(r.code, describeDump(r)).toBe(0);
      const result = JSON.parse(readFileSync(join(workspace, r.outputs.result), 'utf8'));
      expect(result.bench.summary.wall_seconds.n).toBe(2);
      expect(result.bench.runs).toHaveLength(2);
      expect(result.bench.host.cpu_cores).toBeGreaterThan(0);
      expect(r.summary).toMatch(/Benchmark/);
      // The benchmark runs inside a collapsible log group.
      expect(r.stdout).toMatch(/::group::Benchmark/);
      const om = readFileSync(join(workspace, 'metrics.om.txt'), 'utf8');
      expect(om).toMatch(/^model_gate_bench_wall_seconds\{.*stat="median".*\} \d/m);
      expect(om.trimEnd().endsWith('# EOF')).toBe(true);
    });

    it('invalid JSON in GITHUB_EVENT_PATH: one paragraph, exit 2, no stack trace', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'model-gate-event-'));
      const eventPath = join(dir, 'event.json');
      writeFileSync(eventPath, '{"pull_request": {');
      const r = await run({
        inputs: inputs('predictions-baseline.csv'),
        eventName: 'push',
        payload: {},
        ref: 'refs/heads/dev',
        sha: SHA_MAIN_2,
        runId: 502,
        env: { GITHUB_EVENT_PATH: eventPath },
      });
      expect(r.code).toBe(2);
      const errs = r.commands.filter((c) => c.command === 'error');
      expect(errs).toHaveLength(1);
      expect(errs[0].message).toMatch(/GITHUB_EVENT_PATH .* is not valid JSON/);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at |SyntaxError: /);
    });

    it('a label with a newline cannot start a runner command in the log', async () => {
      const r = await run({
        inputs: inputs('predictions-baseline.csv', {
          'update-baseline': 'never',
          'baseline-branch': 'x\n::error::forged\x1b[2J',
          comment: 'never',
        }),
        eventName: 'push',
        payload: pushEvent(repo(), 'refs/heads/dev', SHA_MAIN_2),
        ref: 'refs/heads/dev',
        sha: SHA_MAIN_2,
        runId: 503,
      });
      expect(r.code, describeDump(r)).toBe(0);
      expect(r.stdout).not.toMatch(/^::error::forged/m);
      expect(r.stdout).not.toContain('\x1b[2J');
      expect(r.stdout).toContain('\\n::error::forged\\x1b[2J');
    });

    it('credentials in pushgateway-url are masked and never printed', async () => {
      const r = await run({
        inputs: inputs('predictions-baseline.csv', {
          'update-baseline': 'never',
          comment: 'never',
          'pushgateway-url': 'http://ci:hunter2-secret@127.0.0.1:99999999/',
        }),
        eventName: 'push',
        payload: pushEvent(repo(), 'refs/heads/dev', SHA_MAIN_2),
        ref: 'refs/heads/dev',
        sha: SHA_MAIN_2,
        runId: 504,
      });
      expect(r.code, describeDump(r)).toBe(0);
      const lines = (r.stdout + '\n' + r.stderr).split('\n').filter((l) => l.includes('hunter2-secret'));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((l) => l.startsWith('::add-mask::'))).toBe(true);
      expect(warnings(r).some((m) => /Pushgateway push skipped/.test(m))).toBe(true);
    });

    it('a GateError (bad input) exits 2 with a one-line message and no stack', async () => {
      const r = await run({
        inputs: inputs('predictions-baseline.csv', { task: 'not-a-task' }),
        eventName: 'push',
        payload: pushEvent(repo(), 'refs/heads/dev', SHA_MAIN_2),
        ref: 'refs/heads/dev',
        sha: SHA_MAIN_2,
        runId: 501,
      });
      expect(r.code).toBe(2);
      const errs = r.commands.filter((c) => c.command === 'error');
      expect(errs).toHaveLength(1);
      expect(errs[0].message).toMatch(/input "task": "not-a-task"/);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    });
  },
);
