/**
 * An overall deadline for a network operation (listing artifacts, downloading one, posting a
 * comment, reading the repository, uploading): a stalled server, an endless `Link: next` chain or
 * a slow retry loop ends as a DeadlineError after `ms`, and the AbortSignal stops the requests
 * still in flight — and, through the Octokit hook in octokit.ts, every retry not begun yet.
 */
export class DeadlineError extends Error {
  constructor(what: string, seconds: number) {
    super(`${what} did not finish within ${seconds} s (network-timeout)`);
    this.name = 'DeadlineError';
  }
}

/** What an operation under a deadline is given: the signal to pass on, and when it ends (epoch ms). */
export interface Deadline {
  signal: AbortSignal;
  endsAt: number;
}

export async function withDeadline<T>(
  what: string,
  ms: number,
  fn: (signal: AbortSignal, deadline: Deadline) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const endsAt = Date.now() + ms;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new DeadlineError(what, ms / 1000);
      controller.abort(err);
      reject(err);
    }, ms);
  });
  try {
    return await Promise.race([fn(controller.signal, { signal: controller.signal, endsAt }), expired]);
  } finally {
    clearTimeout(timer);
  }
}

export function isDeadlineError(e: unknown): e is DeadlineError {
  return e instanceof DeadlineError;
}
