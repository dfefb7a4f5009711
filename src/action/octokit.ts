import * as core from '@actions/core';
import { log } from './log.js';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof github.getOctokit>;

export interface OctokitSettings {
  /** Defaults to GITHUB_API_URL (read by @actions/github), else https://api.github.com. */
  baseUrl?: string;
  /** Base delay of the retry plugin in milliseconds (1 s, 4 s, 9 s by default). */
  retryAfterBaseValue?: number;
  /**
   * false: no client-side write spacing (the throttling plugin waits 1 s between writes). Only
   * tests turn it off (directly, or for the bundle via MODEL_GATE_TEST_NO_THROTTLE=1), so that the
   * suite spends no wall-clock time waiting.
   */
  throttle?: boolean;
  /** Aborts every request of this client (the operation's deadline). */
  signal?: AbortSignal;
  /** When that deadline ends (epoch ms): a rate-limit wait that would end past it is not begun. */
  endsAt?: number;
}

type Hookable = { hook: { error: (name: 'request', fn: (e: unknown, o: unknown) => unknown) => void } };

/**
 * Listed before the retry plugin, so it sees each attempt's error first: once the deadline's
 * signal has fired, the error becomes the DeadlineError itself, which plugin-retry does not
 * retry (it is no RequestError). Without this, an aborted request reads as a status-500 error
 * and is retried, 1 s, 4 s and 9 s later, long after the operation was given up.
 */
function stopRetriesOnAbort(octokit: Hookable) {
  octokit.hook.error('request', (error, options) => {
    const signal = (options as { request?: { signal?: AbortSignal } }).request?.signal;
    if (signal?.aborted) throw signal.reason ?? error;
    throw error;
  });
  return {};
}

/**
 * An Octokit that retries transient failures (5xx, network) and waits out rate limits a couple of
 * times. The token is registered as a secret first, so the runner masks it wherever it might be
 * echoed; it is never logged by model-gate itself.
 */
export function createOctokit(token: string, settings: OctokitSettings = {}): Octokit {
  core.setSecret(token);
  const limitHandler =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const pastDeadline = settings.endsAt !== undefined && Date.now() + retryAfter * 1000 >= settings.endsAt;
      const again = retryCount < 2 && !pastDeadline;
      log.warning(
        `GitHub API ${kind} rate limit hit on ${options.method ?? ''} ${options.url ?? ''}` +
          (again
            ? `; retrying in ${retryAfter} s.`
            : pastDeadline
              ? `; retry-after ${retryAfter} s would pass the network-timeout: giving up.`
              : '; giving up.'),
      );
      return again;
    };
  return github.getOctokit(
    token,
    {
      ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
      ...(settings.signal ? { request: { signal: settings.signal } } : {}),
      retry: {
        retries: 3,
        ...(settings.retryAfterBaseValue !== undefined
          ? { retryAfterBaseValue: settings.retryAfterBaseValue }
          : {}),
      },
      throttle: {
        enabled: settings.throttle ?? process.env.MODEL_GATE_TEST_NO_THROTTLE !== '1',
        onRateLimit: limitHandler('primary'),
        onSecondaryRateLimit: limitHandler('secondary'),
      },
    },
    stopRetriesOnAbort,
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit RequestError, else undefined. */
export function httpStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

/** A one-line description of an API error without headers or request details (which hold the token). */
export function describeApiError(e: unknown): string {
  const status = httpStatus(e);
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return status !== undefined && !msg.includes(String(status)) ? `HTTP ${status}: ${msg}` : msg;
}
