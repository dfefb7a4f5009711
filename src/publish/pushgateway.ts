/**
 * Push a result to a Prometheus Pushgateway. A failed push never fails the gate: this function
 * never throws, it returns `{ ok: false, warning }`, and the warning never contains a credential.
 */
import type { Result } from '../result/schema.js';
import {
  branchFromRef,
  PROMETHEUS_TEXT_CONTENT_TYPE,
  resolveLabels,
  toPrometheusText,
} from './openmetrics.js';

export type PushAuth = { username: string; password: string } | { bearer: string };

export interface PushOptions {
  /** Pushgateway base URL, e.g. `http://pushgateway:9091` (a path prefix is kept). */
  url: string;
  gate: string;
  /** Default: `result.source.ref`; a leading `refs/heads/` is dropped; empty when unknown. */
  branch?: string;
  /** The result whose series are pushed; a monitor push gives `body` instead. */
  result?: Result;
  /** Prometheus text to push instead of the result's series (`model-gate monitor`'s). */
  body?: string;
  /** The grouping key's job (default `model-gate`); the monitor pushes as `model-gate-monitor`, so that
   * its PUT never replaces a gate's series and the other way round. */
  job?: string;
  /** Default: `result.source.commit`. */
  commit?: string;
  /** Basic or bearer auth. Credentials in the URL (`http://user:pass@host`) are used as basic auth. */
  auth?: PushAuth;
  /** Retries after the first attempt on 5xx, 429, timeouts and connection errors (default 3). */
  retries?: number;
  /** Per-attempt timeout (default 10000). */
  timeoutMs?: number;
  /**
   * Overall deadline of the push, attempts and backoff included (default 30000, the Action's
   * `network-timeout` / the CLI's `--network-timeout`): no retry starts, and no wait (backoff or a
   * 429's retry-after) is begun, that would end past it; the attempt in flight is cut at it.
   */
  deadlineMs?: number;
  /** First backoff delay; doubled on each retry, at most 8 s (default 500). */
  backoffMs?: number;
}

export type PushOutcome = { ok: true } | { ok: false; warning: string };

/** The job name of every push (the `job` label on the Pushgateway). */
export const PUSH_JOB = 'model-gate';

const MAX_BACKOFF_MS = 8000;

/** The overall deadline of a push when none is given (the default `network-timeout`). */
export const DEFAULT_DEADLINE_MS = 30_000;

/**
 * One grouping-key path segment pair. Plain values are percent-encoded; empty values, values with a
 * `/`, and `.`/`..` (which URL normalisation would swallow) use the Pushgateway's `@base64` form
 * (RFC 4648 URL-safe alphabet; `=` stands for the empty value).
 */
export function groupingSegment(name: string, value: string): string {
  if (value === '') return `${name}@base64/=`;
  if (value.includes('/') || value === '.' || value === '..') {
    return `${name}@base64/${Buffer.from(value, 'utf8').toString('base64url')}`;
  }
  return `${name}/${encodeURIComponent(value)}`;
}

/** `/metrics/job/model-gate/gate/<gate>/branch/<branch>` under the base URL's path. */
export function groupingPath(gate: string, branch: string, job: string = PUSH_JOB): string {
  return `/metrics/${groupingSegment('job', job)}/${groupingSegment('gate', gate)}/${groupingSegment('branch', branch)}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Hides the userinfo of anything URL-like in a text (`scheme://user:pw@host` → `scheme://***@host`),
 * also in strings that do not parse as a URL (a bad port, a space): those are the ones printed in
 * "is not a valid URL" messages.
 */
export function redactUserinfo(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@/gi, '$1***@');
}

/** The password (or user) of a URL's userinfo, decoded, for masking; empty strings dropped. */
export function urlCredentials(raw: string): string[] {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s@]*)@/i.exec(raw.trim());
  if (!m) return [];
  const info = m[1];
  const colon = info.indexOf(':');
  const parts = colon < 0 ? [info] : [info.slice(colon + 1), info];
  const out = new Set<string>();
  for (const p of parts) {
    if (!p) continue;
    out.add(p);
    try {
      out.add(decodeURIComponent(p));
    } catch {
      // A malformed %-escape: the raw form is masked already.
    }
  }
  return [...out];
}

class Redactor {
  private readonly secrets: string[];
  constructor(secrets: string[]) {
    const all = new Set<string>();
    for (const s of secrets) {
      if (!s) continue;
      all.add(s);
      all.add(encodeURIComponent(s));
      all.add(Buffer.from(s, 'utf8').toString('base64'));
    }
    // Longest first, so a secret that contains another is replaced whole.
    this.secrets = [...all].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  }
  apply(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }
}

function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'timed out';
  const cause = (err as Error & { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: string }).code;
    return code ? `${code} (${cause.message})` : cause.message;
  }
  return err.message;
}

/** PUT the result (replacing the group) to the Pushgateway, with retries. Never throws. */
export async function pushToGateway(options: PushOptions): Promise<PushOutcome> {
  const secrets: string[] = [];
  let redactor = new Redactor([]);
  let shownUrl = '(invalid URL)';
  try {
    const auth = options.auth;
    if (auth && 'bearer' in auth) secrets.push(auth.bearer);
    else if (auth) secrets.push(auth.password, `${auth.username}:${auth.password}`);

    let base: URL;
    try {
      base = new URL(options.url);
    } catch {
      return {
        ok: false,
        warning: `Pushgateway push skipped: "${redactUserinfo(options.url)}" is not a valid URL.`,
      };
    }
    // Credentials in the URL: fetch refuses them, and they must never be printed.
    let urlAuth: PushAuth | undefined;
    if (base.username || base.password) {
      const username = decodeURIComponent(base.username);
      const password = decodeURIComponent(base.password);
      secrets.push(base.username, base.password, password, `${username}:${password}`);
      urlAuth = { username, password };
      base.username = '';
      base.password = '';
    }
    redactor = new Redactor(secrets);
    const shown = new URL(base.href);
    if (shown.search) shown.search = '?…';
    shownUrl = redactor.apply(shown.href);
    if (base.protocol !== 'http:' && base.protocol !== 'https:') {
      return { ok: false, warning: `Pushgateway push skipped: ${shownUrl} is not an http(s) URL.` };
    }

    const given = { gate: options.gate, branch: options.branch, commit: options.commit };
    const labels = options.result
      ? resolveLabels(options.result, given)
      : { gate: options.gate, branch: branchFromRef(options.branch) ?? '' };
    const body = options.body ?? (options.result ? toPrometheusText(options.result, labels) : '');
    const target = new URL(base.href);
    target.pathname =
      target.pathname.replace(/\/+$/, '') + groupingPath(labels.gate, labels.branch, options.job ?? PUSH_JOB);
    shownUrl = redactor.apply(
      (() => {
        const u = new URL(target.href);
        if (u.search) u.search = '?…';
        return u.href;
      })(),
    );

    const headers: Record<string, string> = { 'Content-Type': PROMETHEUS_TEXT_CONTENT_TYPE };
    const effective = auth ?? urlAuth;
    if (effective && 'bearer' in effective) headers.Authorization = `Bearer ${effective.bearer}`;
    else if (effective) {
      headers.Authorization = `Basic ${Buffer.from(`${effective.username}:${effective.password}`, 'utf8').toString('base64')}`;
    }

    const retries = Math.max(0, Math.floor(options.retries ?? 3));
    const timeoutMs = options.timeoutMs ?? 10_000;
    const backoffMs = options.backoffMs ?? 500;
    const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const endsAt = Date.now() + deadlineMs;
    let lastProblem = '';
    let attempts = 0;
    let outOfTime = false;
    let wait = 0;
    while (attempts <= retries) {
      if (attempts > 0) {
        // A wait that would end past the deadline is not begun: the push ends now, with a warning.
        if (Date.now() + wait >= endsAt) {
          outOfTime = true;
          break;
        }
        await sleep(wait);
      }
      attempts++;
      let retryable: boolean;
      const left = endsAt - Date.now();
      try {
        const response = await fetch(target, {
          method: 'PUT',
          headers,
          body,
          signal: AbortSignal.timeout(Math.max(1, Math.min(timeoutMs, left))),
        });
        const text = await response.text().catch(() => '');
        if (response.ok) return { ok: true };
        const detail = text.trim().replace(/\s+/g, ' ').slice(0, 300);
        lastProblem = `HTTP ${response.status} ${response.statusText}${detail ? `: ${detail}` : ''}`;
        retryable = response.status >= 500 || response.status === 429;
        wait = Math.min(MAX_BACKOFF_MS, backoffMs * 2 ** (attempts - 1));
        // A 429's retry-after (seconds) is honoured, as long as it fits in the deadline.
        const after = Number(response.headers.get('retry-after'));
        if (response.status === 429 && Number.isFinite(after) && after > 0)
          wait = Math.max(wait, after * 1000);
      } catch (err) {
        lastProblem = describeError(err);
        retryable = true;
        wait = Math.min(MAX_BACKOFF_MS, backoffMs * 2 ** (attempts - 1));
        if (Date.now() >= endsAt) {
          outOfTime = true;
          break;
        }
      }
      if (!retryable) break;
    }
    const deadline = outOfTime ? ` (stopped at the ${deadlineMs / 1000} s deadline, network-timeout)` : '';
    return {
      ok: false,
      warning: redactor.apply(
        `Pushgateway push to ${shownUrl} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}${deadline}: ${lastProblem}. The gate result is not affected.`,
      ),
    };
  } catch (err) {
    return {
      ok: false,
      warning: redactor.apply(`Pushgateway push to ${shownUrl} failed: ${describeError(err)}.`),
    };
  }
}
