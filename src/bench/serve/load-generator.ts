/**
 * The load generator of `serve-bench`: Node's own `http`/`https` client with one keep-alive
 * `Agent` per round (no dependency; connections are reused as a real client's would be, and the
 * socket pool's size is the concurrency). Two disciplines:
 *
 * - closed loop (`--concurrency C` alone): C workers, each sending its next request as soon as its
 *   previous one completes. Latency is measured from each request's send.
 * - open loop (`--rate R`, at most `--concurrency` in flight, default OPEN_LOOP_IN_FLIGHT):
 *   request i is *scheduled* at t0 + i/R whatever the server does. Latency is measured from that
 *   scheduled time, not from when the request could actually be sent, so a server that stalls is
 *   charged for every request that should have gone out during the stall (no "coordinated
 *   omission", the flaw of closed-loop tools that wait politely: Gil Tene, "How NOT to measure
 *   latency"). When the in-flight cap is reached, due requests queue and their wait counts.
 *
 * A round stops issuing at its count or its duration and then waits for what is in flight (each
 * request has its own timeout). Every request's outcome is an HTTP status or `connection_error`
 * / `timeout`; a status ≥ 400 and both failures are errors.
 */
import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingMessage,
  type RequestOptions,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { PreparedRequest } from './requests-file.js';

/** Open loop without --concurrency: most requests in flight at once (and sockets open). */
export const OPEN_LOOP_IN_FLIGHT = 256;

export interface LoadPlan {
  /** Where requests go: protocol, host and port (paths come from the requests). */
  origin: URL;
  requests: readonly PreparedRequest[];
  /** Closed loop: the number of workers; open loop: the most requests in flight. */
  concurrency: number;
  /** Requests per second (open loop), or null (closed loop). */
  rate: number | null;
  durationSeconds: number | null;
  count: number | null;
  requestTimeoutMs: number;
}

export type RequestOutcome = { status: number } | { failure: 'connection_error' | 'timeout' };

export interface RoundResult {
  /** performance.now() at the round's start and when its last request completed. */
  start: number;
  end: number;
  wallSeconds: number;
  /** Requests completed (any outcome). */
  requests: number;
  /** Latencies (ms) of the successful (status < 400) requests, in completion order. */
  successLatenciesMs: Float64Array;
  errors: number;
  /** Error outcomes by key: the status ("503"), "connection_error" or "timeout". */
  errorsByStatus: Record<string, number>;
  /** Open loop: the largest delay (ms) between a request's scheduled time and its send. */
  maxSendLagMs: number | null;
  /** True when the round was stopped early by `abort` (the server exited). */
  aborted: boolean;
}

/** One request: its outcome once the response body has been read to its end. */
export function sendRequest(
  send: typeof httpRequest,
  options: RequestOptions,
  body: Buffer | null,
  timeoutMs: number,
): Promise<RequestOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    let timedOut = false;
    const finish = (o: RequestOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
    };
    const req = send(options, (res: IncomingMessage) => {
      res.on('data', () => {});
      res.once('end', () => finish({ status: res.statusCode ?? 0 }));
      res.once('error', () => finish({ failure: timedOut ? 'timeout' : 'connection_error' }));
      res.once('aborted', () => finish({ failure: timedOut ? 'timeout' : 'connection_error' }));
    });
    // The whole request's deadline (connect, send, wait, read), not an idle-socket timeout.
    const timer = setTimeout(() => {
      timedOut = true;
      req.destroy();
      finish({ failure: 'timeout' });
    }, timeoutMs);
    req.once('error', () => finish({ failure: timedOut ? 'timeout' : 'connection_error' }));
    req.end(body ?? undefined);
  });
}

class Recorder {
  requests = 0;
  errors = 0;
  readonly byStatus: Record<string, number> = {};
  private latencies = new Float64Array(1024);
  private n = 0;

  record(o: RequestOutcome, fromMs: number): void {
    const now = performance.now();
    this.requests++;
    const key = 'status' in o ? (o.status >= 400 || o.status < 100 ? String(o.status) : null) : o.failure;
    if (key !== null) {
      this.errors++;
      this.byStatus[key] = (this.byStatus[key] ?? 0) + 1;
      return;
    }
    if (this.n === this.latencies.length) {
      const grown = new Float64Array(this.n * 2);
      grown.set(this.latencies);
      this.latencies = grown;
    }
    this.latencies[this.n++] = now - fromMs;
  }

  successLatencies(): Float64Array {
    return this.latencies.slice(0, this.n);
  }
}

/** Drives one round of load; resolves when its last request has completed (or `abort` fired). */
export async function runRound(plan: LoadPlan, abort: AbortSignal): Promise<RoundResult> {
  const https = plan.origin.protocol === 'https:';
  const send = (https ? httpsRequest : httpRequest) as typeof httpRequest;
  const agent = https
    ? new HttpsAgent({ keepAlive: true, maxSockets: plan.concurrency })
    : new HttpAgent({ keepAlive: true, maxSockets: plan.concurrency });
  // A server that dies mid-round: drop every socket so that nothing waits for its timeout.
  const onAbort = () => agent.destroy();
  abort.addEventListener('abort', onAbort);
  const rec = new Recorder();
  // Each request's options built once per round, not once per send (the generator's hot path).
  const hostname = plan.origin.hostname.replace(/^\[|\]$/g, '');
  const prepared = plan.requests.map((r) => ({
    options: {
      protocol: plan.origin.protocol,
      hostname,
      port: plan.origin.port || undefined,
      method: r.method,
      path: r.path,
      headers: r.body ? { ...r.headers, 'content-length': r.body.length } : r.headers,
      agent,
    } satisfies RequestOptions,
    body: r.body,
  }));
  const go = (i: number) =>
    sendRequest(send, prepared[i % n].options, prepared[i % n].body, plan.requestTimeoutMs);
  const n = plan.requests.length;
  const start = performance.now();
  const deadline = plan.durationSeconds === null ? Infinity : start + plan.durationSeconds * 1000;
  const more = (issued: number) =>
    !abort.aborted && (plan.count === null || issued < plan.count) && performance.now() < deadline;
  let maxLag: number | null = null;
  try {
    if (plan.rate === null) {
      let issued = 0;
      const worker = async () => {
        while (more(issued)) {
          const i = issued++;
          const sentAt = performance.now();
          rec.record(await go(i), sentAt);
        }
      };
      await Promise.all(Array.from({ length: plan.concurrency }, worker));
    } else {
      maxLag = 0;
      const interval = 1000 / plan.rate;
      const queue: { i: number; scheduled: number }[] = [];
      let inFlight = 0;
      let drained: () => void = () => {};
      const allDone = new Promise<void>((resolve) => (drained = resolve));
      let issuing = true;
      const launch = (i: number, scheduled: number) => {
        inFlight++;
        maxLag = Math.max(maxLag!, performance.now() - scheduled);
        void go(i).then((o) => {
          rec.record(o, scheduled);
          inFlight--;
          const next = queue.shift();
          if (next && !abort.aborted) launch(next.i, next.scheduled);
          else if (!issuing && inFlight === 0) drained();
        });
      };
      for (let i = 0; ; i++) {
        const scheduled = start + i * interval;
        if (abort.aborted || (plan.count !== null && i >= plan.count) || scheduled >= deadline) break;
        const wait = scheduled - performance.now();
        if (wait >= 1) await new Promise((resolve) => setTimeout(resolve, wait));
        if (abort.aborted) break;
        if (inFlight < plan.concurrency) launch(i, scheduled);
        else queue.push({ i, scheduled });
      }
      issuing = false;
      // Queued requests never sent (the server died): not outcomes of the round.
      if (abort.aborted) queue.length = 0;
      if (inFlight > 0) await allDone;
    }
  } finally {
    abort.removeEventListener('abort', onAbort);
    agent.destroy();
  }
  const end = performance.now();
  return {
    start,
    end,
    wallSeconds: (end - start) / 1000,
    requests: rec.requests,
    successLatenciesMs: rec.successLatencies(),
    errors: rec.errors,
    errorsByStatus: rec.byStatus,
    maxSendLagMs: maxLag,
    aborted: abort.aborted,
  };
}
