import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRound, type LoadPlan } from '../../src/bench/serve/load-generator.js';
import { parseReadyTarget, targetOrigin } from '../../src/bench/serve/readiness.js';
import { loadRequests, parseRequests } from '../../src/bench/serve/requests-file.js';
import { InputError, UsageError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'model-gate-serve-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const error = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('the requests file', () => {
  it('reads JSON Lines requests: defaults, JSON bodies, headers; skips blank lines and CRLF', () => {
    const [a, b, c] = parseRequests(
      '{"path": "/health"}\r\n\n{"path": "/predict", "body": {"x": [1]}}\n{"method": "put", "path": "/p?q=1", "headers": {"X-A": "1"}, "body": "raw"}\n',
      'r.jsonl',
      null,
    );
    expect(a).toMatchObject({ method: 'GET', path: '/health', body: null, line: 1 });
    expect(b).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/json' }, line: 3 });
    expect(b.body!.toString()).toBe('{"x":[1]}');
    expect(c).toMatchObject({ method: 'PUT', path: '/p?q=1', headers: { 'x-a': '1' }, line: 4 });
    expect(c.body!.toString()).toBe('raw');
  });

  it('with --url: one body per line, POSTed as JSON when it is JSON', () => {
    const [a, b] = parseRequests(
      '{"x": [1]}\nplain text\n',
      'b.txt',
      new URL('http://127.0.0.1:1/predict?v=2'),
    );
    expect(a).toMatchObject({
      method: 'POST',
      path: '/predict?v=2',
      headers: { 'content-type': 'application/json' },
    });
    expect(b.headers['content-type']).toBe('text/plain; charset=utf-8');
  });

  it.each([
    ['{"path": "/a"}\n{"path": "/b", ', 'r.jsonl, line 2, column 16: not valid JSON'],
    ['[1, 2]', 'r.jsonl, line 1: found a list: expected a request object with "path"'],
    ['{"path": "/a", "bogy": 1}', 'r.jsonl, line 1, column "bogy": unknown field "bogy"'],
    [
      '{"path": "predict"}',
      'r.jsonl, line 1, column "path": found "predict": expected a request path starting with "/"',
    ],
    ['{"path": "/a b"}', 'column "path": found "/a b"'],
    ['{"path": "/a", "headers": {"x": 1}}', 'column "headers": header "x" is 1: expected a string'],
    ['{"path": "/a", "headers": {"a b": "1"}}', 'header name "a b" is not a valid HTTP header name'],
    ['{"path": "/a", "method": "G ET"}', 'column "method": found "G ET": expected an HTTP method'],
    ['\n\n', 'r.jsonl: holds no request'],
  ])('%j → %s', (text, message) => {
    expect(error(() => parseRequests(text, 'r.jsonl', null))).toContain(message);
  });

  it('refuses a missing file, a directory, NUL bytes and invalid UTF-8, naming the line', () => {
    expect(error(() => loadRequests(join(dir, 'nope.jsonl'), null))).toContain(
      'nope.jsonl: the requests file does not exist',
    );
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    expect(error(() => loadRequests(sub, null))).toContain('is not a regular file');
    expect(error(() => loadRequests(file('nul.jsonl', '{"path": "/"}\n\0'), null))).toContain(
      'nul.jsonl, line 2: holds a NUL byte',
    );
    const bad = Buffer.concat([
      Buffer.from('{"path": "/"}\n{"path": "/'),
      Buffer.from([0xff]),
      Buffer.from('"}\n'),
    ]);
    expect(error(() => loadRequests(file('bad.jsonl', bad), null))).toContain(
      'bad.jsonl, line 2: is not valid UTF-8',
    );
  });
});

describe('--ready', () => {
  it('takes a health URL, a port or HOST:PORT', () => {
    expect(parseReadyTarget('http://127.0.0.1:8000/health')).toMatchObject({ kind: 'http' });
    expect(parseReadyTarget('8000')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 8000 });
    expect(parseReadyTarget('[::1]:9000')).toEqual({ kind: 'tcp', host: '::1', port: 9000 });
    expect(targetOrigin(parseReadyTarget('[::1]:9000')).href).toBe('http://[::1]:9000/');
    expect(() => parseReadyTarget('70000')).toThrow(UsageError);
    expect(() => parseReadyTarget('health')).toThrow(/neither a health URL/);
  });
});

// A server that stalls once for STALL_MS: the open loop charges the stall to every request that
// was due during it (latency from the scheduled time); the closed loop sees one slow request.
describe('open loop and coordinated omission', () => {
  const STALL_MS = 300;
  let server: Server;
  let port = 0;
  let served = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        served++;
        if (served === 20) {
          const end = performance.now() + STALL_MS;
          while (performance.now() < end); // the whole process stalls (a GC pause, a lock)
        }
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => server.close());

  const plan = (rate: number | null): LoadPlan => ({
    origin: new URL(`http://127.0.0.1:${port}`),
    requests: parseRequests('{"path": "/"}', 'r', null),
    concurrency: 1,
    rate,
    durationSeconds: null,
    count: 100,
    requestTimeoutMs: 5000,
  });

  it('closed loop: only the stalled request is slow; open loop (100/s): the requests due during the stall are too', async () => {
    served = 0;
    const closed = await runRound(plan(null), new AbortController().signal);
    served = 0;
    const open = await runRound(plan(100), new AbortController().signal);
    // Requests slower than half the stall. Closed loop: the stalled one (plus whatever a busy
    // machine adds). Open loop at 100/s: the ~15 due in the stall's first 150 ms waited longer.
    // Compared with each other, so that a loaded machine's random slow requests cancel.
    const slow = (r: Float64Array) => Array.from(r).filter((ms) => ms > STALL_MS / 2).length;
    expect(closed.requests).toBe(100);
    expect(open.requests).toBe(100);
    expect(slow(closed.successLatenciesMs)).toBeGreaterThanOrEqual(1);
    expect(slow(open.successLatenciesMs) - slow(closed.successLatenciesMs)).toBeGreaterThanOrEqual(8);
    expect(open.maxSendLagMs!).toBeGreaterThan(STALL_MS / 2);
  });
});
