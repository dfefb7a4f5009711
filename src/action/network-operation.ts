/** The action's network operations: each under the `network-timeout` deadline, and which failures are transient. */
import { GateError } from '../errors.js';
import { isPermanentError } from './retries.js';
import type { ActionInputs } from './inputs.js';
import { httpStatus, type Octokit } from './octokit.js';
import { DeadlineError, withDeadline } from './deadline.js';
import type { ActionDeps } from './action-deps.js';

/**
 * One network operation under the `network-timeout` deadline, with an Octokit of its own whose
 * requests (and retries) the deadline aborts. Every GitHub API, artifact and blob operation of
 * the action goes through here; what a failure means (no baseline, no comment) is the caller's.
 */
export function networkOperation<T>(
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
