import { dependencyPresent } from '../support/require-dependency.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROMETHEUS_TEXT_CONTENT_TYPE, toPrometheusText } from '../../src/publish/openmetrics.js';
import { groupingPath, pushToGateway } from '../../src/publish/pushgateway.js';
import type { Result } from '../../src/result/schema.js';
import {
  findPushgateway,
  freePort,
  loadResult,
  startPushgateway,
  startScriptedServer,
  type Pushgateway,
} from './helpers.js';

const full = loadResult('full-result.json');
const minimal = loadResult('minimal-result.json');
const HOSTILE_CLASS = 'say "hi"\\ to\nthe {bird}';

interface ApiMetric {
  labels: Record<string, string>;
  value: string;
}
type ApiGroup = Record<string, unknown> & { labels: Record<string, string> };

describe('groupingPath', () => {
  it('percent-encodes plain values and uses @base64 for slashes, empty and dot segments', () => {
    expect(groupingPath('vision', 'main')).toBe('/metrics/job/model-gate/gate/vision/branch/main');
    expect(groupingPath('a b', 'feature/x')).toBe(
      '/metrics/job/model-gate/gate/a%20b/branch@base64/ZmVhdHVyZS94',
    );
    expect(groupingPath('g', '')).toBe('/metrics/job/model-gate/gate/g/branch@base64/=');
    expect(groupingPath('..', '.')).toBe('/metrics/job/model-gate/gate@base64/Li4/branch@base64/Lg');
  });
});

const binary = findPushgateway();
const hasPushgateway = dependencyPresent(
  'prometheus-pushgateway',
  Boolean(binary),
  'apt-get install prometheus-pushgateway',
);

describe.skipIf(!hasPushgateway)('against a real Pushgateway (prometheus-pushgateway on 127.0.0.1)', () => {
  let pg: Pushgateway;
  beforeAll(async () => {
    pg = await startPushgateway(binary!);
  });
  afterAll(async () => {
    await pg?.stop();
  });

  /** The Pushgateway's own parse of what it holds (its JSON API). */
  async function groups(): Promise<ApiGroup[]> {
    const r = await fetch(`${pg.url}/api/v1/metrics`);
    const body = (await r.json()) as { data: ApiGroup[] };
    return body.data;
  }
  async function group(gate: string, branch: string): Promise<ApiGroup | undefined> {
    return (await groups()).find(
      (g) => g.labels.job === 'model-gate' && g.labels.gate === gate && g.labels.branch === branch,
    );
  }
  function metrics(g: ApiGroup, family: string): ApiMetric[] {
    const f = g[family] as { type: string; metrics: ApiMetric[] } | undefined;
    if (f) expect(f.type).toBe('GAUGE');
    return f?.metrics ?? [];
  }

  it('accepts the push and serves the series with job/gate/branch labels', async () => {
    const outcome = await pushToGateway({
      url: pg.url,
      gate: 'vision',
      branch: 'main',
      result: full,
      retries: 0,
    });
    expect(outcome).toEqual({ ok: true });
    const g = await group('vision', 'main');
    expect(g, 'group pushed').toBeDefined();
    expect(g!.last_push_successful).toBe(true);
    const acc = metrics(g!, 'model_gate_metric').find((m) => m.labels.metric === 'accuracy');
    expect(acc).toEqual({
      labels: {
        job: 'model-gate',
        instance: '',
        gate: 'vision',
        branch: 'main',
        task: 'multiclass',
        metric: 'accuracy',
      },
      value: '0.912',
    });
    const hostile = metrics(g!, 'model_gate_class_metric').filter((m) => m.labels.class === HOSTILE_CLASS);
    expect(hostile.map((m) => m.labels.metric).sort()).toEqual(['f1', 'precision', 'recall', 'support']);
    expect(metrics(g!, 'model_gate_verdict_code')[0].value).toBe('2');

    // The scrape endpoint (what Prometheus reads) has them too, in the classic text format.
    const scrape = await (await fetch(`${pg.url}/metrics`)).text();
    expect(scrape).toMatch(
      /^model_gate_bench_wall_seconds\{branch="main",gate="vision",instance="",job="model-gate",stat="median",task="multiclass"\} 1\.25$/m,
    );
    expect(scrape).toContain('class="say \\"hi\\"\\\\ to\\nthe {bird}"');
  });

  it('keeps hostile gate, branch, commit and class values intact through URL and body', async () => {
    const gate = 'we"ird\\ga\nte}';
    const branch = 'feature/"x"\\y\nz}';
    const commit = 'c"\\\n}';
    const outcome = await pushToGateway({
      url: `${pg.url}/`,
      gate,
      branch,
      commit,
      result: full,
      retries: 0,
    });
    expect(outcome).toEqual({ ok: true });
    const g = await group(gate, branch);
    expect(g, 'group with hostile grouping key').toBeDefined();
    for (const m of metrics(g!, 'model_gate_metric')) {
      expect(m.labels).toMatchObject({ gate, branch, task: 'multiclass' });
      expect(m.labels).not.toHaveProperty('commit');
    }
    expect(metrics(g!, 'model_gate_run_info')[0].labels).toMatchObject({ gate, branch, commit });
    expect(metrics(g!, 'model_gate_class_metric').some((m) => m.labels.class === HOSTILE_CLASS)).toBe(true);
  });

  it('replaces the whole group on each push (PUT), and an empty branch is its own group', async () => {
    expect(await pushToGateway({ url: pg.url, gate: 'replace', branch: 'b', result: full })).toEqual({
      ok: true,
    });
    expect(metrics((await group('replace', 'b'))!, 'model_gate_bench_wall_seconds').length).toBe(5);
    expect(await pushToGateway({ url: pg.url, gate: 'replace', branch: 'b', result: minimal })).toEqual({
      ok: true,
    });
    const g = (await group('replace', 'b'))!;
    expect(metrics(g, 'model_gate_bench_wall_seconds')).toEqual([]);
    expect(metrics(g, 'model_gate_metric').map((m) => m.labels.metric)).toContain('rmse');

    expect(await pushToGateway({ url: pg.url, gate: 'nobranch', result: minimal })).toEqual({ ok: true });
    expect(await group('nobranch', '')).toBeDefined();
  });

  it('is a real validation: the Pushgateway rejects malformed text with 400', async () => {
    const url = `${pg.url}${groupingPath('malformed', 'main')}`;
    const put = (body: string) =>
      fetch(url, { method: 'PUT', headers: { 'Content-Type': PROMETHEUS_TEXT_CONTENT_TYPE }, body });
    // A raw newline inside a label value (what escaping prevents).
    const raw = await put('# TYPE model_gate_metric gauge\nmodel_gate_metric{class="a\nb"} 1\n');
    expect(raw.status).toBe(400);
    expect(await raw.text()).toMatch(/new-line/);
    // An unescaped quote.
    expect((await put('# TYPE m gauge\nm{class="a"b"} 1\n')).status).toBe(400);
    // A duplicate series.
    expect((await put('# TYPE m gauge\nm{a="1"} 1\nm{a="1"} 2\n')).status).toBe(400);
    // Our own text for the same data is accepted.
    expect((await put(toPrometheusText(full, { gate: 'malformed', branch: 'main' }))).status).toBe(200);
  });

  it('reports a rejected push as a warning, without retrying a 4xx', async () => {
    // A family pushed as a counter elsewhere makes the Pushgateway reject our gauge (type
    // consistency across groups). A fresh instance, so the counter comes first.
    const fresh = await startPushgateway(binary!);
    try {
      const put = await fetch(`${fresh.url}/metrics/job/other`, {
        method: 'PUT',
        headers: { 'Content-Type': PROMETHEUS_TEXT_CONTENT_TYPE },
        body: '# TYPE model_gate_examples counter\nmodel_gate_examples 1\n',
      });
      expect(put.status).toBe(200);
      const outcome = await pushToGateway({
        url: fresh.url,
        gate: 'conflict',
        result: full,
        retries: 3,
        backoffMs: 2000,
      });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok)
        expect(outcome.warning).toMatch(/after 1 attempt: HTTP 400 Bad Request: .*model_gate_examples/);
    } finally {
      await fresh.stop();
    }
  });

  it('also shows the type check is real: a counter under a name we push as gauge is rejected', async () => {
    expect(await pushToGateway({ url: pg.url, gate: 'typecheck', result: minimal })).toEqual({ ok: true });
    const put = await fetch(`${pg.url}/metrics/job/other`, {
      method: 'PUT',
      headers: { 'Content-Type': PROMETHEUS_TEXT_CONTENT_TYPE },
      body: '# TYPE model_gate_examples counter\nmodel_gate_examples 1\n',
    });
    expect(put.status).toBe(400);
  });
});

describe('pushToGateway against scripted servers', () => {
  it('retries 5xx with backoff and then succeeds, sending PUT text/plain 0.0.4', async () => {
    const server = await startScriptedServer((_req, res, i) => {
      res.statusCode = i < 2 ? 503 : 200;
      res.end(i < 2 ? 'try later' : '');
    });
    try {
      const outcome = await pushToGateway({
        url: `${server.url}/prefix/`,
        gate: 'vision',
        branch: 'feature/x',
        result: full,
        retries: 3,
        backoffMs: 10,
      });
      expect(outcome).toEqual({ ok: true });
      expect(server.requests).toHaveLength(3);
      for (const r of server.requests) {
        expect(r.method).toBe('PUT');
        expect(r.url).toBe('/prefix/metrics/job/model-gate/gate/vision/branch@base64/ZmVhdHVyZS94');
        expect(r.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
        expect(r.body).toBe(toPrometheusText(full, { gate: 'vision', branch: 'feature/x' }));
        expect(r.headers.authorization).toBeUndefined();
      }
    } finally {
      await server.close();
    }
  });

  it('gives up after the retries with a warning', async () => {
    const server = await startScriptedServer((_req, res) => {
      res.statusCode = 502;
      res.end('bad gateway');
    });
    try {
      const outcome = await pushToGateway({
        url: server.url,
        gate: 'g',
        result: minimal,
        retries: 2,
        backoffMs: 5,
      });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.warning).toMatch(/failed after 3 attempts: HTTP 502 Bad Gateway: bad gateway/);
        expect(outcome.warning).toContain('not affected');
      }
      expect(server.requests).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it('returns a warning quickly when nothing listens on the port', async () => {
    const port = await freePort();
    const outcome = await pushToGateway({
      url: `http://127.0.0.1:${port}`,
      gate: 'g',
      result: full,
      retries: 2,
      backoffMs: 20,
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.warning).toMatch(/after 3 attempts: ECONNREFUSED/);
  });

  it('times out a server that never answers', async () => {
    const server = await startScriptedServer(() => {
      // never respond
    });
    try {
      const outcome = await pushToGateway({
        url: server.url,
        gate: 'g',
        result: minimal,
        retries: 1,
        timeoutMs: 150,
        backoffMs: 5,
      });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.warning).toMatch(/after 2 attempts: timed out/);
    } finally {
      await server.close();
    }
  });

  it('a server that never answers is cut at the overall deadline, not after every per-attempt timeout', async () => {
    const server = await startScriptedServer(() => {
      // never respond
    });
    try {
      const started = Date.now();
      const outcome = await pushToGateway({
        url: server.url,
        gate: 'g',
        result: minimal,
        retries: 3,
        timeoutMs: 60_000,
        deadlineMs: 300,
      });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok)
        expect(outcome.warning).toMatch(
          /failed after 1 attempt \(stopped at the 0\.3 s deadline, network-timeout\): timed out\. The gate result is not affected\.$/,
        );
      expect(server.requests).toHaveLength(1);
      // Generous: the per-attempt timeout alone would be a minute.
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await server.close();
    }
  });

  it('repeated 500s: no backoff is begun that would end past the deadline', async () => {
    const server = await startScriptedServer((_req, res) => {
      res.statusCode = 500;
      res.end('boom');
    });
    try {
      const outcome = await pushToGateway({
        url: server.url,
        gate: 'g',
        result: minimal,
        retries: 3,
        backoffMs: 60_000,
        deadlineMs: 1000,
      });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok)
        expect(outcome.warning).toMatch(/failed after 1 attempt \(stopped at the 1 s deadline.*HTTP 500/);
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("a 429's retry-after is honoured when it fits in the deadline, and refused when it does not", async () => {
    const server = await startScriptedServer((_req, res, i) => {
      res.statusCode = i === 0 ? 429 : 200;
      if (i === 0) res.setHeader('retry-after', '1');
      res.end(i === 0 ? 'slow down' : '');
    });
    try {
      const outcome = await pushToGateway({
        url: server.url,
        gate: 'g',
        result: minimal,
        backoffMs: 5,
        deadlineMs: 10_000,
      });
      expect(outcome).toEqual({ ok: true });
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
    const patient = await startScriptedServer((_req, res) => {
      res.statusCode = 429;
      res.setHeader('retry-after', '3600');
      res.end('come back in an hour');
    });
    try {
      const outcome = await pushToGateway({
        url: patient.url,
        gate: 'g',
        result: minimal,
        backoffMs: 5,
        deadlineMs: 2000,
      });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok)
        expect(outcome.warning).toMatch(/after 1 attempt \(stopped at the 2 s deadline.*HTTP 429/);
      expect(patient.requests).toHaveLength(1);
    } finally {
      await patient.close();
    }
  });

  it('never throws, whatever the input', async () => {
    const bad = await pushToGateway({ url: 'not a url', gate: 'g', result: minimal });
    expect(bad.ok).toBe(false);
    const ftp = await pushToGateway({ url: 'ftp://127.0.0.1/', gate: 'g', result: minimal });
    expect(ftp.ok).toBe(false);
    const broken = await pushToGateway({
      url: 'http://127.0.0.1:1',
      gate: 'g',
      result: null as unknown as Result,
      retries: 0,
    });
    expect(broken.ok).toBe(false);
  });

  const PASSWORD = 's3cr3t-P@ss/word';
  const TOKEN = 'tok_9f8e7d6c5b4a';
  /** A server that rejects everything and echoes the Authorization header back. */
  const echoServer = () =>
    startScriptedServer((req, res) => {
      res.statusCode = 401;
      res.end(`denied for ${String(req.headers.authorization)}`);
    });

  it('sends basic auth and never leaks the password', async () => {
    const server = await echoServer();
    try {
      const outcome = await pushToGateway({
        url: server.url,
        gate: 'g',
        result: minimal,
        auth: { username: 'ci', password: PASSWORD },
      });
      const basic = Buffer.from(`ci:${PASSWORD}`).toString('base64');
      expect(server.requests).toHaveLength(1); // 401 is not retried
      expect(server.requests[0].headers.authorization).toBe(`Basic ${basic}`);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.warning).toMatch(/HTTP 401/);
        expect(outcome.warning).not.toContain(PASSWORD);
        expect(outcome.warning).not.toContain(basic);
      }
    } finally {
      await server.close();
    }
  });

  it('sends a bearer token and never leaks it', async () => {
    const server = await echoServer();
    try {
      const outcome = await pushToGateway({
        url: server.url,
        gate: 'g',
        result: minimal,
        auth: { bearer: TOKEN },
      });
      expect(server.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.warning).not.toContain(TOKEN);
    } finally {
      await server.close();
    }
  });

  it('takes credentials from the URL as basic auth and never prints them', async () => {
    const server = await echoServer();
    try {
      const url = server.url.replace('http://', `http://ci:${encodeURIComponent(PASSWORD)}@`);
      const outcome = await pushToGateway({ url, gate: 'g', result: minimal });
      expect(server.requests[0].headers.authorization).toBe(
        `Basic ${Buffer.from(`ci:${PASSWORD}`).toString('base64')}`,
      );
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.warning).not.toContain(PASSWORD);
        expect(outcome.warning).not.toContain(encodeURIComponent(PASSWORD));
        expect(outcome.warning).toContain(`${server.url}/metrics/job/model-gate`);
      }
      // And a refused connection (error text from the network stack) leaks nothing either.
      const port = await freePort();
      const refused = await pushToGateway({
        url: `http://ci:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}`,
        gate: 'g',
        result: minimal,
        retries: 0,
      });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.warning).not.toMatch(/s3cr3t/);
    } finally {
      await server.close();
    }
  });

  it('an unparsable URL with credentials (bad port) is reported without them', async () => {
    const outcome = await pushToGateway({
      url: `http://ci:${encodeURIComponent(PASSWORD)}@127.0.0.1:99999999/`,
      gate: 'g',
      result: minimal,
      retries: 0,
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.warning).toMatch(/not a valid URL/);
      expect(outcome.warning).toContain('http://***@127.0.0.1:99999999/');
      expect(outcome.warning).not.toContain(encodeURIComponent(PASSWORD));
      expect(outcome.warning).not.toContain('ci:');
    }
  });
});
