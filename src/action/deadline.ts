/**
 * An overall deadline for a network operation (listing artifacts, downloading one, posting a
 * comment): a stalled server, an endless `Link: next` chain or a slow retry loop ends as a
 * DeadlineError after `ms`, and the AbortSignal stops the requests still in flight.
 */
export class DeadlineError extends Error {
  constructor(what: string, seconds: number) {
    super(`${what} did not finish within ${seconds} s (network-timeout)`);
    this.name = 'DeadlineError';
  }
}

export async function withDeadline<T>(
  what: string,
  ms: number,
  fn: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new DeadlineError(what, ms / 1000);
      controller.abort(err);
      reject(err);
    }, ms);
  });
  try {
    return await Promise.race([fn(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}
