/**
 * Bundle entry of the GitHub Action (dist/index.js). Every failure ends here: a GateError prints
 * its message and exits with its code (2 for usage/input errors); anything else is reported in
 * one line (the stack only with ACTIONS_STEP_DEBUG) and exits 2.
 */
import * as core from '@actions/core';
import { log } from './log.js';
import { GateError } from '../errors.js';
import { readEventPayload } from './context.js';

function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n').find((l) => l.trim() !== '') ?? 'unknown error';
}

async function main(): Promise<void> {
  try {
    // @actions/github parses GITHUB_EVENT_PATH when it is imported, and a bad file would end in
    // its stack trace: the payload is checked first, and everything that loads it comes after.
    readEventPayload(process.env);
    const [{ DefaultArtifactClient }, { runGate }, { createActionLogger }, { createOctokit }, { runAction }] =
      await Promise.all([
        import('@actions/artifact'),
        import('../pipeline/run-gate.js'),
        import('./logger.js'),
        import('./octokit.js'),
        import('./run.js'),
      ]);
    const code = await runAction({
      env: process.env,
      runGate,
      createOctokit: (token, settings) => createOctokit(token, settings),
      createArtifactClient: () => new DefaultArtifactClient(),
      logger: createActionLogger(),
    });
    process.exitCode = code;
  } catch (e) {
    if (e instanceof GateError) {
      log.setFailed(e.message);
      process.exitCode = e.exitCode;
      return;
    }
    log.setFailed(`model-gate: internal error: ${firstLine(e)}`);
    const debug = core.isDebug() || process.env.ACTIONS_STEP_DEBUG === 'true';
    if (debug && e instanceof Error && e.stack) for (const l of e.stack.split('\n')) log.info(l);
    else log.info('Re-run with debug logging (ACTIONS_STEP_DEBUG) for the stack trace.');
    process.exitCode = 2;
  }
}

await main();
// Every network operation has its own deadline; a socket a stalled server still holds open must
// not keep the job running after the work is done.
setTimeout(() => process.exit(), 1000).unref();
