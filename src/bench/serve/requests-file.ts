/**
 * The requests file of `serve-bench`, read as untrusted input. Two forms:
 * - JSON Lines, one request per line: `{"method": "POST", "path": "/predict", "headers": {…},
 *   "body": …}`; `path` is required (it starts with "/"), `method` defaults to GET without a body
 *   and POST with one, a `body` that is not a string is sent as its JSON text (with
 *   `content-type: application/json` unless the headers set one);
 * - with `--url`: every non-blank line is one body, POSTed to that URL as it is
 *   (`content-type: application/json` when the line is JSON, else `text/plain; charset=utf-8`).
 * Blank lines are skipped. Requests are sent in file order, cycling when a round needs more.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../../errors.js';
import { envLimit } from '../../util/env-limit.js';

export interface PreparedRequest {
  method: string;
  /** Path and query, starting with "/". */
  path: string;
  headers: Record<string, string>;
  body: Buffer | null;
  /** 1-based line of the requests file (for messages). */
  line: number;
}

/** Most bytes of a requests file: 64 MiB, or MODEL_GATE_MAX_REQUESTS_BYTES. */
const maxRequestsBytes = (): number => envLimit('MODEL_GATE_MAX_REQUESTS_BYTES', 64 << 20);
/** Most requests kept from a file (each is held in memory, bodies as bytes). */
const MAX_REQUESTS = 1_000_000;
const METHOD = /^[A-Z][A-Z0-9_-]{0,31}$/;
// RFC 9110 token characters for a header name.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FOUND_CHARS = 60;

function shown(value: unknown): string {
  const s = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return s.length > FOUND_CHARS ? `${s.slice(0, FOUND_CHARS)}…` : s;
}

/** A space or a control character (C0, DEL): not allowed in a request path. */
function hasControlOrSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f) return true;
  }
  return /\s/.test(s);
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** Reads the file whole (bounded), refusing pipes, devices and binary data before parsing. */
export function readRequestsText(file: string): string {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      { file },
      code === 'ENOENT'
        ? 'the requests file does not exist'
        : `cannot read the requests file: ${(e as Error).message}`,
    );
  }
  if (!st.isFile())
    throw new InputError(
      { file },
      'is not a regular file (a directory, pipe or device): expected a requests file (JSON Lines, or one body per line with --url)',
    );
  const limit = maxRequestsBytes();
  if (st.size > limit)
    throw new InputError(
      { file },
      `is ${st.size} bytes, over the limit of ${limit} for a requests file; raise it with MODEL_GATE_MAX_REQUESTS_BYTES=<bytes> if needed`,
    );
  const fd = openSync(file, 'r');
  let bytes: Buffer;
  try {
    bytes = Buffer.alloc(st.size);
    let at = 0;
    while (at < bytes.length) {
      const got = readSync(fd, bytes, at, bytes.length - at, null);
      if (got === 0) break;
      at += got;
    }
    bytes = bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).toString('latin1').split('\n').length;
    throw new InputError(
      { file, line },
      'holds a NUL byte: this is not a text file; expected JSON Lines or one body per line',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Only on the error path: find the first line that does not decode.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    for (let from = 0; from <= bytes.length; line++) {
      const nl = bytes.indexOf(10, from);
      const to = nl < 0 ? bytes.length : nl;
      try {
        decoder.decode(bytes.subarray(from, to));
      } catch {
        break;
      }
      if (nl < 0) break;
      from = nl + 1;
    }
    throw new InputError({ file, line }, 'is not valid UTF-8 text: expected JSON Lines or one body per line');
  }
}

/** Parses the requests file; `bodyUrl` set = one body per line (the `--url` form). */
export function parseRequests(text: string, file: string, bodyUrl: URL | null): PreparedRequest[] {
  const out: PreparedRequest[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    if (raw.trim() === '') continue;
    const line = i + 1;
    if (out.length >= MAX_REQUESTS)
      throw new InputError(
        { file, line },
        `more than ${MAX_REQUESTS} requests: a round cycles through the file, so fewer distinct requests suffice`,
      );
    out.push(bodyUrl ? bodyRequest(raw, bodyUrl, line) : jsonRequest(raw, file, line));
  }
  if (out.length === 0)
    throw new InputError(
      { file },
      bodyUrl
        ? 'holds no request: expected one request body per line'
        : 'holds no request: expected one JSON object per line, e.g. {"method": "POST", "path": "/predict", "body": {"x": [1, 2]}}',
    );
  return out;
}

function bodyRequest(raw: string, url: URL, line: number): PreparedRequest {
  let json = true;
  try {
    JSON.parse(raw);
  } catch {
    json = false;
  }
  return {
    method: 'POST',
    path: url.pathname + url.search,
    headers: { 'content-type': json ? 'application/json' : 'text/plain; charset=utf-8' },
    body: Buffer.from(raw, 'utf8'),
    line,
  };
}

function jsonRequest(raw: string, file: string, line: number): PreparedRequest {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    const message = (e as Error).message;
    const m = /position (\d+)/.exec(message);
    throw new InputError(
      { file, line, ...(m ? { column: Number(m[1]) + 1 } : {}) },
      `not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)/, '')}): expected one request object per line, ` +
        'e.g. {"method": "POST", "path": "/predict", "body": {"x": [1, 2]}} (or pass --url to send each line as a body)',
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InputError(
      { file, line },
      `found ${kind(value)}: expected a request object with "path" (and optionally "method", "headers", "body")`,
    );
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o))
    if (!['method', 'path', 'headers', 'body'].includes(key))
      throw new InputError(
        { file, line, column: key },
        `unknown field ${shown(key)}: expected only "method", "path", "headers" and "body"`,
      );
  if (typeof o.path !== 'string' || !o.path.startsWith('/') || hasControlOrSpace(o.path))
    throw new InputError(
      { file, line, column: 'path' },
      `found ${o.path === undefined ? 'no "path"' : shown(o.path)}: expected a request path starting with "/" without spaces or control characters, e.g. "/predict"`,
    );
  const headers: Record<string, string> = {};
  if (o.headers !== undefined) {
    if (o.headers === null || typeof o.headers !== 'object' || Array.isArray(o.headers))
      throw new InputError(
        { file, line, column: 'headers' },
        `found ${kind(o.headers)}: expected an object of header names to string values`,
      );
    for (const [name, v] of Object.entries(o.headers as Record<string, unknown>)) {
      if (!HEADER_NAME.test(name))
        throw new InputError(
          { file, line, column: 'headers' },
          `header name ${shown(name)} is not a valid HTTP header name`,
        );
      if (typeof v !== 'string' || /[\r\n]/.test(v) || v.includes('\0'))
        throw new InputError(
          { file, line, column: 'headers' },
          `header ${shown(name)} is ${shown(v)}: expected a string without line breaks`,
        );
      headers[name.toLowerCase()] = v;
    }
  }
  let body: Buffer | null = null;
  if (o.body !== undefined && o.body !== null) {
    if (typeof o.body === 'string') body = Buffer.from(o.body, 'utf8');
    else {
      body = Buffer.from(JSON.stringify(o.body), 'utf8');
      headers['content-type'] ??= 'application/json';
    }
  }
  let method = body ? 'POST' : 'GET';
  if (o.method !== undefined) {
    if (typeof o.method !== 'string' || !METHOD.test(o.method.toUpperCase()))
      throw new InputError(
        { file, line, column: 'method' },
        `found ${shown(o.method)}: expected an HTTP method such as "GET" or "POST"`,
      );
    method = o.method.toUpperCase();
  }
  return { method, path: o.path, headers, body, line };
}

/** Reads and parses a requests file (`--requests`). */
export function loadRequests(file: string, bodyUrl: URL | null): PreparedRequest[] {
  return parseRequests(readRequestsText(file), file, bodyUrl);
}
