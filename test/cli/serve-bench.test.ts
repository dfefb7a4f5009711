import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectUserError, parseJson, runCli, tempDir, writeFixture, type CliRun } from './helpers.js';

// serve-bench through the CLI bundle, against the example model server (examples/serve/): it
// starts, is loaded, and is stopped with its whole tree. Every server gets a token of its own in
// its command line; /proc is searched for it after the CLI exits (nothing may be left running).
const SERVER = resolve('examples/serve/model-server.mjs');
const REQUESTS = resolve('examples/serve/requests.jsonl');
const BODIES = resolve('examples/serve/bodies.jsonl');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

let serial = 0;
/** A server command line with a unique token (`--token` is ignored by the server). */
function server(port: number, extra = ''): { command: string; token: string } {
  const token = `mg-serve-test-${process.pid}-${++serial}-${port}`;
  return { command: `node ${SERVER} --port ${port} ${extra} --token ${token}`, token };
}

/** Processes whose command line holds `token` (none may survive a serve-bench). */
function processesWith(token: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, 'latin1').includes(token)) found.push(Number(name));
    } catch {
      // gone
    }
  }
  return found;
}

async function serveBench(args: string[], cwd?: string): Promise<CliRun> {
  return runCli(['serve-bench', '--warmup', '0', '--sample-interval', '20', ...args], { cwd });
}

describe.concurrent('serve-bench (CLI bundle, example model server)', () => {
  it('count mode, closed loop: every round measured, the server and its helper process stopped', async () => {
    const port = await freePort();
    const s = server(port, '--startup-ms 200 --spawn-helper');
    const run = await serveBench([
      '--server',
      s.command,
      '--ready',
      `http://127.0.0.1:${port}/health`,
      '--requests',
      REQUESTS,
      '--concurrency',
      '4',
      '--count',
      '120',
      '--runs',
      '2',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const bench = parseJson(run);
    expect(bench.runs).toHaveLength(2);
    for (const r of bench.runs) {
      expect(r.requests).toBe(120);
      expect(r.errors).toBe(0);
      expect(r.error_rate).toBe(0);
      expect(r.errors_by_status).toEqual({});
      expect(r.latency_ms_p50).toBeGreaterThan(0);
      expect(r.latency_ms_p99).toBeGreaterThanOrEqual(r.latency_ms_p50);
      expect(r.throughput_per_second).toBeCloseTo(120 / r.wall_seconds, 6);
      // The helper is a second node process of the tree.
      expect(r.peak_tree_rss_bytes).toBeGreaterThan(r.peak_rss_bytes);
    }
    for (const f of [
      'latency_ms_p50',
      'latency_ms_p90',
      'latency_ms_p95',
      'latency_ms_p99',
      'throughput_per_second',
      'error_rate',
      'cpu_seconds',
      'peak_rss_bytes',
      'peak_tree_rss_bytes',
    ])
      expect(bench.summary[f]?.n, f).toBe(2);
    expect(bench.serve).toMatchObject({
      mode: 'closed-loop',
      concurrency: 4,
      count: 120,
      requests: 240,
      distinct_requests: 4,
    });
    expect(bench.serve.shutdown.survivors).toEqual([]);
    expect(bench.serve.shutdown.signalled).toBeGreaterThanOrEqual(2);
    expect(processesWith(s.token)).toEqual([]);
  });

  it('duration mode, open loop at a fixed rate: about rate × duration requests, latency from the schedule', async () => {
    const port = await freePort();
    const s = server(port);
    const run = await serveBench([
      '--server',
      s.command,
      '--ready',
      String(port),
      '--requests',
      REQUESTS,
      '--rate',
      '200',
      '--duration',
      '0.5',
      '--runs',
      '1',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const bench = parseJson(run);
    const [r] = bench.runs;
    expect(r.requests).toBe(100);
    expect(r.send_lag_ms_max).toBeGreaterThanOrEqual(0);
    expect(bench.serve.mode).toBe('open-loop');
    expect(bench.serve.latency).toMatch(/scheduled send time/);
    expect(processesWith(s.token)).toEqual([]);
  });

  it('5xx answers are counted by status in errors_by_status and error_rate; text output names them', async () => {
    const port = await freePort();
    const s = server(port, '--fail-every 5');
    const run = await serveBench(
      [
        '--server',
        s.command,
        '--ready',
        `http://127.0.0.1:${port}/health`,
        '--requests',
        REQUESTS,
        '--count',
        '100',
        '--runs',
        '1',
        '--out',
        'bench.json',
      ],
      tempDir(),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Error rate\s+20\.00%|Error rate\s+0\.2/);
    expect(run.stdout).toMatch(/503 × 20/);
    expect(processesWith(s.token)).toEqual([]);
  });

  it('body-per-line requests to --url; a --url nobody listens on counts connection errors', async () => {
    const port = await freePort();
    const closed = await freePort();
    const ok = server(port);
    const good = await serveBench([
      '--server',
      ok.command,
      '--ready',
      String(port),
      '--requests',
      BODIES,
      '--url',
      `http://127.0.0.1:${port}/predict`,
      '--count',
      '30',
      '--runs',
      '1',
      '--format',
      'json',
    ]);
    expect(good.code, good.stderr).toBe(0);
    expect(parseJson(good).runs[0]).toMatchObject({ requests: 30, errors: 0 });
    const bad = server(await freePort());
    const badPort = Number(bad.command.match(/--port (\d+)/)![1]);
    const refused = await serveBench([
      '--server',
      bad.command,
      '--ready',
      String(badPort),
      '--requests',
      BODIES,
      '--url',
      `http://127.0.0.1:${closed}/predict`,
      '--count',
      '10',
      '--runs',
      '1',
      '--format',
      'json',
    ]);
    expect(refused.code, refused.stderr).toBe(0);
    const r = parseJson(refused).runs[0];
    expect(r.errors_by_status).toEqual({ connection_error: 10 });
    expect(r.error_rate).toBe(1);
    expect(r.latency_ms_p50).toBeUndefined();
    expect(processesWith(ok.token)).toEqual([]);
    expect(processesWith(bad.token)).toEqual([]);
  });

  it('a server that never becomes ready: a clear error with its stderr, and no survivors', async () => {
    const port = await freePort();
    const s = server(port, '--never-ready --spawn-helper');
    const run = await serveBench([
      '--server',
      s.command,
      '--ready',
      `http://127.0.0.1:${port}/health`,
      '--requests',
      REQUESTS,
      '--timeout',
      '1',
    ]);
    const message = expectUserError(run);
    expect(message).toContain('was not ready within 1 s (GET http://127.0.0.1:');
    expect(message).toContain('last probe: HTTP 503');
    expect(message).toContain('Its whole process tree was stopped.');
    expect(message).toContain('model-server: listening on 127.0.0.1:');
    expect(processesWith(s.token)).toEqual([]);
  });

  it('a server that exits before it is ready: its exit status and stderr', async () => {
    const run = await serveBench([
      '--server',
      'echo "cannot load model.bin" >&2; exit 7',
      '--ready',
      String(await freePort()),
      '--requests',
      REQUESTS,
    ]);
    const message = expectUserError(run);
    expect(message).toMatch(/The server ".*" exited with status 7 before it was ready/);
    expect(message).toContain('  cannot load model.bin');
  });

  it('a server that crashes mid-run: the round, the exit status, its stderr; nothing left running', async () => {
    const port = await freePort();
    const s = server(port, '--crash-after 50 --spawn-helper');
    const run = await serveBench([
      '--server',
      s.command,
      '--ready',
      String(port),
      '--requests',
      REQUESTS,
      '--count',
      '200',
      '--runs',
      '1',
    ]);
    const message = expectUserError(run);
    expect(message).toMatch(/exited with status 3 during round 1\/1/);
    expect(message).toContain('crashing after 50 requests');
    expect(processesWith(s.token)).toEqual([]);
  });

  it('a bad requests file: file and line, before the server starts', async () => {
    const dir = tempDir();
    const file = writeFixture(dir, 'requests.jsonl', [
      '{"path": "/predict", "body": {"x": [1]}}',
      '{"path": "/predict", "body": ',
    ]);
    const port = await freePort();
    const s = server(port);
    const run = await serveBench(['--server', s.command, '--ready', String(port), '--requests', file]);
    const message = expectUserError(run);
    expect(message).toContain(`${file}, line 2`);
    expect(message).toContain('not valid JSON');
    const noPath = writeFixture(dir, 'nopath.jsonl', ['{"method": "POST", "body": "x"}']);
    const run2 = await serveBench(['--server', s.command, '--ready', String(port), '--requests', noPath]);
    expect(expectUserError(run2)).toContain(`${noPath}, line 1, column "path": found no "path"`);
    expect(processesWith(s.token)).toEqual([]);
  });

  it('usage: --duration with --count, and a missing --ready, are usage errors', async () => {
    const both = await serveBench([
      '--server',
      'true',
      '--ready',
      '1',
      '--requests',
      REQUESTS,
      '--duration',
      '1',
      '--count',
      '5',
    ]);
    expect(expectUserError(both)).toContain('give --duration S or --count N, not both');
    const noReady = await serveBench(['--server', 'true', '--requests', REQUESTS]);
    expect(expectUserError(noReady)).toContain('--ready is required');
  });

  it('run --serve gates the served figures like any bench field (result.json bench.summary, bench.serve)', async () => {
    const dir = tempDir();
    writeFixture(dir, 'p.csv', ['label,prediction', '1,1', '0,0', '1,0', '0,0']);
    writeFixture(
      dir,
      'gate.yml',
      'metrics:\n  accuracy: { min: 0.5 }\n  bench.error_rate: { max: 0.01 }\n  bench.latency_ms_p99: { max: 5s }\n',
    );
    const port = await freePort();
    const s = server(port);
    const run = await runCli(
      [
        'run',
        '--predictions',
        'p.csv',
        '--config',
        'gate.yml',
        '--out-dir',
        'out',
        '--serve',
        s.command,
        '--serve-ready',
        String(port),
        '--serve-requests',
        REQUESTS,
        '--serve-count',
        '40',
        '--bench-runs',
        '3',
        '--bench-warmup',
        '0',
        '--format',
        'json',
      ],
      { cwd: dir },
    );
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'out', 'result.json'), 'utf8'));
    expect(result.bench.serve.requests).toBe(120);
    expect(result.bench.summary.error_rate.n).toBe(3);
    const checks = Object.fromEntries(
      result.gate.checks.map((c: { metric: string; verdict: string }) => [c.metric, c.verdict]),
    );
    expect(checks['bench.error_rate']).toBe('pass');
    expect(checks['bench.latency_ms_p99']).toBe('pass');
    expect(processesWith(s.token)).toEqual([]);
  });
});
