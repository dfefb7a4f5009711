import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Result } from '../../src/result/schema.js';

export const FIXTURES = new URL('../fixtures/publish/', import.meta.url);

export function loadResult(name: string): Result {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as Result;
}

/**
 * The Pushgateway binary (Debian's package, as installed in CI), or undefined. `PUSHGATEWAY_BIN`
 * overrides the search (a path, or `none` to try the skip path).
 */
export function findPushgateway(): string | undefined {
  const override = process.env.PUSHGATEWAY_BIN;
  if (override) return override !== 'none' && existsSync(override) ? override : undefined;
  const candidates = ['/usr/bin/prometheus-pushgateway'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir) candidates.push(join(dir, 'prometheus-pushgateway'), join(dir, 'pushgateway'));
  }
  return candidates.find((p) => existsSync(p));
}

/**
 * A Debian `prometheus` package binary (`prometheus` or `promtool`, both in that package), or
 * undefined. `PROMETHEUS_BIN` / `PROMTOOL_BIN` override the search (a path, or `none`).
 */
export function findPrometheusTool(name: 'prometheus' | 'promtool'): string | undefined {
  const override = process.env[`${name.toUpperCase()}_BIN`];
  if (override) return override !== 'none' && existsSync(override) ? override : undefined;
  const candidates = [`/usr/bin/${name}`];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir) candidates.push(join(dir, name));
  return candidates.find((p) => existsSync(p));
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Pushgateway {
  url: string;
  stop(): Promise<void>;
}

/** Start a private Pushgateway on 127.0.0.1 with temporary persistence; wait for /-/ready. */
export async function startPushgateway(binary: string): Promise<Pushgateway> {
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-pushgateway-'));
    const child: ChildProcess = spawn(
      binary,
      [`--web.listen-address=127.0.0.1:${port}`, `--persistence.file=${join(dir, 'metrics.db')}`],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    let exited = false;
    child.on('exit', () => (exited = true));
    const url = `http://127.0.0.1:${port}`;
    const stop = async (): Promise<void> => {
      if (!exited) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      rmSync(dir, { recursive: true, force: true });
    };
    const deadline = Date.now() + 15_000;
    while (!exited && Date.now() < deadline) {
      try {
        const r = await fetch(`${url}/-/ready`);
        if (r.ok) return { url, stop };
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    lastError = stderr;
    await stop();
  }
  throw new Error(`prometheus-pushgateway did not become ready:\n${lastError}`);
}

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A tiny HTTP server on 127.0.0.1 whose answers a test scripts. */
export async function startScriptedServer(
  handler: (req: Recorded, res: ServerResponse, index: number) => void,
): Promise<{ url: string; requests: Recorded[]; close(): Promise<void> }> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rec = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(rec);
      handler(rec, res, requests.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Prometheus {
  url: string;
  /** GET `/api/v1/<path>` with query parameters; the `data` of a `success` answer, else throws. */
  api<T = unknown>(path: string, params: Record<string, string | string[]>): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Start a private Prometheus on 127.0.0.1 (free port, temporary TSDB) that scrapes `target`
 * (host:port) every second with `honor_labels: true`, as docs/monitoring.md tells users to
 * scrape a Pushgateway, evaluating `ruleFiles` every second; wait for /-/ready.
 */
export async function startPrometheus(
  binary: string,
  target: string,
  ruleFiles: string[] = [],
): Promise<Prometheus> {
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-prometheus-'));
    const config = join(dir, 'prometheus.yml');
    writeFileSync(
      config,
      [
        'global:',
        '  scrape_interval: 1s',
        '  evaluation_interval: 1s',
        'scrape_configs:',
        '  - job_name: pushgateway',
        '    honor_labels: true',
        `    static_configs: [{ targets: ['${target}'] }]`,
        ...(ruleFiles.length ? ['rule_files:', ...ruleFiles.map((f) => `  - ${JSON.stringify(f)}`)] : []),
        '',
      ].join('\n'),
    );
    const child: ChildProcess = spawn(
      binary,
      [
        `--config.file=${config}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    let exited = false;
    child.on('exit', () => (exited = true));
    const url = `http://127.0.0.1:${port}`;
    const stop = async (): Promise<void> => {
      if (!exited) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      rmSync(dir, { recursive: true, force: true });
    };
    const api = async <T>(path: string, params: Record<string, string | string[]>): Promise<T> => {
      const query = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) for (const x of [v].flat()) query.append(k, x);
      const r = await fetch(`${url}/api/v1/${path}?${query}`);
      const body = (await r.json()) as { status: string; data: T; error?: string; errorType?: string };
      if (body.status !== 'success')
        throw new Error(
          `Prometheus /api/v1/${path} ${JSON.stringify(params)}: ${body.errorType}: ${body.error}`,
        );
      return body.data;
    };
    const deadline = Date.now() + 20_000;
    while (!exited && Date.now() < deadline) {
      try {
        const r = await fetch(`${url}/-/ready`);
        if (r.ok) return { url, api, stop };
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    lastError = stderr;
    await stop();
  }
  throw new Error(`prometheus did not become ready:\n${lastError}`);
}
