import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

/** The committed CLI bundle, run exactly as users run it (`node dist/cli/index.js`). */
export const CLI = resolve(process.env.MODEL_GATE_CLI_BUNDLE ?? 'dist/cli/index.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      // A clean CI-less environment: the CLI must not pick up this machine's CI variables.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

export function tempDir(prefix = 'model-gate-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `content` (bytes, a string, or lines joined with "\n" plus a final newline) to DIR/NAME; returns the path. */
export function writeFixture(dir: string, name: string, content: string | string[] | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, Array.isArray(content) ? content.join('\n') + '\n' : content);
  return path;
}

/** A JSON document parsed from stdout, with a readable failure when it is not JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function parseJson(run: CliRun): any {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}).\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  }
}

/** No stack frames and no "internal error": every failure a user can cause is a plain message. */
export function expectNoCrash(run: CliRun): void {
  expect(run.stderr).not.toMatch(/^\s{2,}at /m);
  expect(run.stderr).not.toMatch(/internal error/i);
  expect(run.stderr).not.toMatch(/\b(TypeError|ReferenceError|RangeError|SyntaxError)\b/);
}

/**
 * A usage or input error as the contract wants it: exit 2, nothing on stdout, and on stderr one
 * paragraph (no blank line, no stack) saying "model-gate <command>: error: ..." exactly once.
 * Returns the message for further assertions.
 */
export function expectUserError(run: CliRun): string {
  const context = `exit ${run.code}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`;
  expect(run.code, context).toBe(2);
  expect(run.stdout, context).toBe('');
  expectNoCrash(run);
  const message = run.stderr.trim();
  expect(message, context).not.toBe('');
  expect(message, 'one paragraph').not.toMatch(/\n\s*\n/);
  // The command name is said once, not twice ("model-gate x: error: model-gate x: ...").
  expect(message.match(/model-gate( [\w-]+)?:/g) ?? [], context).toHaveLength(1);
  return message;
}
