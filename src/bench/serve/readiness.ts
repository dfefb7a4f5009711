/**
 * Readiness of a served model: `--ready` is an HTTP(S) health URL (ready when a GET answers 2xx)
 * or a port / HOST:PORT (ready when a TCP connection is accepted). Probed every
 * `READY_POLL_MS` until ready, until the server exits, or until the timeout.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { UsageError } from '../../errors.js';
import { sleep } from '../proc.js';

export type ReadyTarget = { kind: 'http'; url: URL } | { kind: 'tcp'; host: string; port: number };

export const READY_POLL_MS = 50;
/** One probe's own limit: a server that accepts but never answers is "not ready yet". */
const PROBE_TIMEOUT_MS = 2000;

function port(text: string, what: string): number {
  const n = Number(text);
  if (!/^\d{1,5}$/.test(text) || n < 1 || n > 65535)
    throw new UsageError(`--ready: ${what} "${text}" is not a port (1–65535)`);
  return n;
}

export function parseReadyTarget(text: string): ReadyTarget {
  const s = text.trim();
  if (/^https?:\/\//i.test(s)) {
    let url: URL;
    try {
      url = new URL(s);
    } catch {
      throw new UsageError(`--ready: "${s}" is not a valid URL`);
    }
    return { kind: 'http', url };
  }
  if (/^\d+$/.test(s)) return { kind: 'tcp', host: '127.0.0.1', port: port(s, 'port') };
  const m = /^(\[[^\]]+\]|[^:\s]+):(\d+)$/.exec(s);
  if (m) return { kind: 'tcp', host: m[1].replace(/^\[|\]$/g, ''), port: port(m[2], 'port') };
  throw new UsageError(
    `--ready: "${s}" is neither a health URL (http://127.0.0.1:8000/health), a port (8000) nor HOST:PORT`,
  );
}

/** The origin requests go to when the requests file gives paths only. */
export function targetOrigin(target: ReadyTarget): URL {
  if (target.kind === 'http') return new URL(target.url.origin);
  const host = target.host.includes(':') ? `[${target.host}]` : target.host;
  return new URL(`http://${host}:${target.port}`);
}

export function describeTarget(target: ReadyTarget): string {
  return target.kind === 'http'
    ? `GET ${target.url.href} answers 2xx`
    : `TCP ${target.host}:${target.port} accepts`;
}

/** One probe: null when ready, else why not (shown if the server never gets ready). */
export function probe(target: ReadyTarget): Promise<string | null> {
  return new Promise((resolve) => {
    if (target.kind === 'tcp') {
      const socket = connect({ host: target.host, port: target.port });
      const done = (why: string | null) => {
        socket.destroy();
        resolve(why);
      };
      socket.setTimeout(PROBE_TIMEOUT_MS, () => done('the connection attempt timed out'));
      socket.once('connect', () => done(null));
      socket.once('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
      return;
    }
    const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target.url, { method: 'GET', agent: false, timeout: PROBE_TIMEOUT_MS }, (res) => {
      res.resume();
      const status = res.statusCode ?? 0;
      resolve(status >= 200 && status < 300 ? null : `HTTP ${status}`);
    });
    req.once('timeout', () => req.destroy(new Error('no answer within 2 s')));
    req.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    req.end();
  });
}

export type ReadyOutcome =
  | { ready: true; seconds: number }
  | { ready: false; exited: true; lastProbe: string | null }
  | { ready: false; exited: false; lastProbe: string | null };

/** Probes until ready, the server exits (`exited` resolves) or `timeoutSeconds` pass. */
export async function waitUntilReady(
  target: ReadyTarget,
  timeoutSeconds: number,
  exited: Promise<unknown>,
): Promise<ReadyOutcome> {
  let gone = false;
  void exited.then(() => (gone = true));
  const t0 = performance.now();
  const deadline = t0 + timeoutSeconds * 1000;
  let lastProbe: string | null = null;
  while (!gone) {
    lastProbe = await probe(target);
    if (lastProbe === null && !gone) return { ready: true, seconds: (performance.now() - t0) / 1000 };
    if (gone) break;
    if (performance.now() >= deadline) return { ready: false, exited: false, lastProbe };
    await Promise.race([sleep(READY_POLL_MS), exited]);
  }
  return { ready: false, exited: true, lastProbe };
}
