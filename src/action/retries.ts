/** Retrying a network operation with exponential backoff, within the operation's deadline. */
import { httpStatus } from './octokit.js';
import { ZipError } from './zip.js';
import { BaselineValidationError } from './untrusted-baseline.js';

/** A wait that ends early, rejecting with the signal's reason, when the signal fires. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Errors that another attempt will not fix: client errors (except timeouts/throttling) and bad content. */
export function isPermanentError(e: unknown): boolean {
  if (e instanceof ZipError || e instanceof BaselineValidationError) return true;
  const status = httpStatus(e);
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

export async function withRetries<T>(
  fn: (attempt: number) => Promise<T>,
  opts: {
    attempts: number;
    baseDelayMs: number;
    onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
    /** The operation's deadline: once it fires, no further attempt is made and no wait goes on. */
    signal?: AbortSignal;
  },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (opts.signal?.aborted) throw opts.signal.reason as Error;
      if (attempt >= opts.attempts || isPermanentError(e)) throw e;
      const delay = opts.baseDelayMs * 2 ** (attempt - 1);
      opts.onRetry?.(e, attempt, delay);
      await sleep(delay, opts.signal);
    }
  }
}
