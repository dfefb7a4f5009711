/**
 * Runs the action bundle as a runner does: `node dist/index.js` with INPUT_* variables (upper case,
 * hyphens kept), the GITHUB_* environment, an event payload file, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and the runtime token/results URL of the Actions services.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runtimeToken, type GitHubStandin } from './github-standin.js';

/** The bundle under test: MODEL_GATE_ACTION_BUNDLE, else dist/index.js of this checkout. */
export const ACTION_BUNDLE = resolve(process.env.MODEL_GATE_ACTION_BUNDLE ?? 'dist/index.js');

export function bundleExists(): boolean {
  return existsSync(ACTION_BUNDLE);
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Annotations and other workflow commands the action printed (`::warning ...::msg`). */
  commands: { command: string; message: string; line: string }[];
  runnerTemp: string;
  workspace: string;
}

export interface RunSpec {
  standin: GitHubStandin;
  inputs: Record<string, string>;
  eventName: string;
  payload: unknown;
  ref: string;
  sha: string;
  runId: number;
  /** Backend ids in the runtime token (registered with the stand-in for uploads). */
  runBackendId?: string;
  headBranch?: string;
  workspace: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** `name<<DELIM\nvalue\nDELIM` blocks written by @actions/core to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<=]+)<<(.+)$/);
    if (m) {
      const value: string[] = [];
      let j = i + 1;
      while (j < lines.length && lines[j] !== m[2]) value.push(lines[j++]);
      out[m[1]] = value.join('\n');
      i = j;
    } else if (lines[i].includes('=')) {
      const k = lines[i].indexOf('=');
      out[lines[i].slice(0, k)] = lines[i].slice(k + 1);
    }
  }
  return out;
}

export function parseCommands(stdout: string): ActionRun['commands'] {
  const cmds: ActionRun['commands'] = [];
  for (const line of stdout.split('\n')) {
    const m = line.match(/^::([a-z-]+)(?: [^:]*)?::(.*)$/);
    if (m) cmds.push({ command: m[1], message: m[2].replace(/%0A/g, '\n').replace(/%25/g, '%'), line });
  }
  return cmds;
}

export async function runActionBundle(spec: RunSpec): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-runner-'));
  const runnerTemp = join(dir, 'runner-temp');
  mkdirSync(runnerTemp);
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(spec.payload, null, 2));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const backend = spec.runBackendId ?? `run-${spec.runId}`;
  spec.standin.registerRun(backend, {
    runId: spec.runId,
    headBranch: spec.headBranch ?? spec.ref.replace(/^refs\/(heads|tags)\//, ''),
    headSha: spec.sha,
  });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: spec.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: `${spec.standin.owner}/${spec.standin.repo}`,
    GITHUB_REPOSITORY_ID: String(spec.standin.repoId),
    GITHUB_SHA: spec.sha,
    GITHUB_REF: spec.ref,
    GITHUB_RUN_ID: String(spec.runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: spec.standin.url,
    GITHUB_WORKSPACE: spec.workspace,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(backend, `job-${spec.runId}`),
    ACTIONS_RESULTS_URL: `${spec.standin.url}/`,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    // No 1 s client-side spacing between writes: the suite asserts request counts, not time.
    MODEL_GATE_TEST_NO_THROTTLE: '1',
    ...spec.env,
  };
  for (const [k, v] of Object.entries(spec.inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;

  const child = spawn(process.execPath, [ACTION_BUNDLE], {
    cwd: spec.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((res, rej) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`action timed out\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, spec.timeoutMs ?? 60_000);
    child.on('close', (c) => {
      clearTimeout(timer);
      res(c);
    });
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands: parseCommands(stdout),
    runnerTemp,
    workspace: spec.workspace,
  };
}
