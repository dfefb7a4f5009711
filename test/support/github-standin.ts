/**
 * A local stand-in for the parts of GitHub the action talks to, on 127.0.0.1 and a random port:
 *
 * - REST API (GITHUB_API_URL): repos/{o}/{r}; actions/artifacts (name filter, pagination with Link
 *   headers); actions/runs/{id}/artifacts; actions/artifacts/{id}/zip (302 to the blob store);
 *   issues/{n}/comments (list, create) and issues/comments/{id} (update); pulls/{n}.
 * - The Actions results service (ACTIONS_RESULTS_URL, Twirp JSON): CreateArtifact,
 *   FinalizeArtifact, ListArtifacts, GetSignedArtifactURL.
 * - Its blob store: PUT ?comp=block / ?comp=blocklist (what @azure/storage-blob's uploadStream
 *   sends) and GET of an artifact's zip.
 *
 * Faults are injectable: HTTP errors (with headers, e.g. retry-after) for the next N matching
 * requests (5xx-then-success), stalled routes, an endless `Link: next` chain, a blob store that
 * declares 2 GiB or trickles and then stalls, and read-only comments (403 like a fork's
 * GITHUB_TOKEN).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandinArtifact {
  id: number;
  name: string;
  runId: number;
  headBranch: string;
  headSha: string;
  headRepositoryId: number;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
  zip: Buffer;
  /** The size the REST listing declares (default: the zip's length). */
  declaredSize?: number;
  /** Backend ids of the run/job that uploaded it (Twirp uploads). */
  runBackendId?: string;
  jobBackendId?: string;
}

export interface StandinComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface RunInfo {
  runId: number;
  headBranch: string;
  headSha: string;
  headRepositoryId?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
}

interface Fault {
  method: string;
  path: RegExp;
  status: number;
  remaining: number;
  headers: Record<string, string>;
  message: string;
}

export interface StandinOptions {
  owner?: string;
  repo?: string;
  repoId?: number;
  defaultBranch?: string;
  /** The token REST calls must carry. */
  token?: string;
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

function b64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}

/** An unsigned JWT whose `scp` claim carries the results-service scope @actions/artifact parses. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const header = b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = b64url(
    JSON.stringify({
      scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
      exp: 4102444800,
    }),
  );
  return `${header}.${payload}.`;
}

export class GitHubStandin {
  readonly owner: string;
  readonly repo: string;
  readonly repoId: number;
  readonly defaultBranch: string;
  readonly token: string;
  url = '';
  artifacts: StandinArtifact[] = [];
  comments = new Map<number, StandinComment[]>();
  pulls = new Map<number, { headSha: string; baseRef: string }>();
  runs = new Map<string, RunInfo>();
  requests: LoggedRequest[] = [];
  /** Writes to issue comments answer 403 "Resource not accessible by integration". */
  commentsReadOnly = false;
  /**
   * GET /user: undefined answers 403 "Resource not accessible by integration", as GitHub does for
   * an Actions GITHUB_TOKEN; a login answers as a personal access token of that user does.
   */
  authenticatedUser: { login: string; type: string } | undefined;
  /** Author of the comments the token creates (github-actions[bot] for an Actions token). */
  commentAuthor = { login: 'github-actions[bot]', type: 'Bot' };
  /** The signature part of signed blob URLs (a secret the action must not print either). */
  readonly blobSig = 'standin-blob-signature';
  private server: Server | undefined;
  private faults: Fault[] = [];
  private stalls: { method: string; path: RegExp }[] = [];
  private nextId = 1000;
  private pendingUploads = new Map<
    string,
    {
      name: string;
      runBackendId: string;
      jobBackendId: string;
      blocks: Map<string, Buffer>;
      data?: Buffer;
      expiresAt?: string;
    }
  >();

  constructor(o: StandinOptions = {}) {
    this.owner = o.owner ?? 'acme';
    this.repo = o.repo ?? 'models';
    this.repoId = o.repoId ?? 4242;
    this.defaultBranch = o.defaultBranch ?? 'main';
    this.token = o.token ?? 'ghs_standinTOKEN0123456789abcdefSECRET';
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e) => {
        this.send(res, req, 500, { message: `stand-in error: ${(e as Error).message}` });
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
  }

  /** Requests matching method and path are never answered (a stalled server). */
  stall(method: string, path: RegExp): void {
    this.stalls.push({ method, path });
  }

  clearStalls(): void {
    this.stalls = [];
  }

  /** Every artifact listing says there is a next page (a `Link: next` chain that never ends). */
  endlessPages = false;

  /** The next `times` requests matching method and path answer `status` (with headers and message). */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    times = 1,
    extra: { headers?: Record<string, string>; message?: string } = {},
  ): void {
    this.faults.push({
      method,
      path,
      status,
      remaining: times,
      headers: extra.headers ?? {},
      message: extra.message ?? `injected ${status}`,
    });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /**
   * How the blob store answers an archive download: `normal`; `huge-then-stall` declares 2 GiB
   * (Content-Length) and stalls after 64 KiB; `trickle-then-stall` sends headers and 1 KiB
   * without a length, then nothing.
   */
  blobMode: 'normal' | 'huge-then-stall' | 'trickle-then-stall' = 'normal';

  /** Registers the run a runtime token's backend id stands for (what uploads get attributed to). */
  registerRun(runBackendId: string, info: RunInfo): void {
    this.runs.set(runBackendId, info);
  }

  addArtifact(a: Partial<StandinArtifact> & { name: string; zip: Buffer }): StandinArtifact {
    const now = Date.now();
    const full: StandinArtifact = {
      id: a.id ?? this.nextId++,
      runId: a.runId ?? 1,
      headBranch: a.headBranch ?? this.defaultBranch,
      headSha: a.headSha ?? 'a'.repeat(40),
      headRepositoryId: a.headRepositoryId ?? this.repoId,
      createdAt: a.createdAt ?? new Date(now).toISOString(),
      expiresAt: a.expiresAt ?? new Date(now + 90 * 86400_000).toISOString(),
      expired: a.expired ?? false,
      ...a,
    };
    this.artifacts.push(full);
    return full;
  }

  addPull(number: number, headSha: string, baseRef = this.defaultBranch): void {
    this.pulls.set(number, { headSha, baseRef });
  }

  commentsOn(issue: number): StandinComment[] {
    return this.comments.get(issue) ?? [];
  }

  countRequests(method: string, path: RegExp): number {
    return this.requests.filter((r) => r.method === method && path.test(r.path)).length;
  }

  // --- plumbing -------------------------------------------------------------------------------

  private send(
    res: ServerResponse,
    req: IncomingMessage,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    this.requests.push({ method: req.method ?? '', path: req.url ?? '', status });
    const isBuf = Buffer.isBuffer(body);
    const data = body === undefined ? '' : isBuf ? body : JSON.stringify(body);
    res.writeHead(status, {
      ...(isBuf || body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'content-length': String(Buffer.byteLength(data)),
      ...headers,
    });
    res.end(data);
  }

  private async readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  private restArtifact(a: StandinArtifact) {
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.declaredSize ?? a.zip.length,
      url: `${this.url}/repos/${this.owner}/${this.repo}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.url}/repos/${this.owner}/${this.repo}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: a.expiresAt,
      workflow_run: {
        id: a.runId,
        repository_id: this.repoId,
        head_repository_id: a.headRepositoryId,
        head_branch: a.headBranch,
        head_sha: a.headSha,
      },
    };
  }

  private paginate<T>(
    req: IncomingMessage,
    url: URL,
    items: T[],
  ): { page: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length || (this.endlessPages && url.pathname.endsWith('/artifacts'))) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
    }
    return { page: slice, headers };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const path = url.pathname;

    if (this.stalls.some((st) => st.method === method && st.path.test(path))) {
      this.requests.push({ method, path: req.url ?? '', status: 0 });
      return; // never answered
    }
    const fault = this.faults.find((f) => f.remaining > 0 && f.method === method && f.path.test(path));
    if (fault) {
      fault.remaining--;
      await this.readBody(req);
      return this.send(res, req, fault.status, { message: fault.message }, fault.headers);
    }

    if (path.startsWith('/blob/')) return this.handleBlob(req, res, url, method);
    if (path.startsWith(TWIRP)) return this.handleTwirp(req, res, path.slice(TWIRP.length));

    // REST: every call carries the token.
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      return this.send(res, req, 401, { message: 'Bad credentials' });
    }
    if (method === 'GET' && path === '/user') {
      if (!this.authenticatedUser)
        return this.send(res, req, 403, { message: 'Resource not accessible by integration' });
      return this.send(res, req, 200, { id: 1, ...this.authenticatedUser });
    }
    const base = `/repos/${this.owner}/${this.repo}`;
    if (!path.startsWith(base)) return this.send(res, req, 404, { message: 'Not Found' });
    const rest = path.slice(base.length);
    let m: RegExpMatchArray | null;

    if (method === 'GET' && rest === '') {
      return this.send(res, req, 200, {
        id: this.repoId,
        name: this.repo,
        full_name: `${this.owner}/${this.repo}`,
        owner: { login: this.owner },
        default_branch: this.defaultBranch,
      });
    }
    if (method === 'GET' && rest === '/actions/artifacts') {
      const name = url.searchParams.get('name');
      const list = this.artifacts
        .filter((a) => !name || a.name === name)
        .sort((a, b) => b.id - a.id)
        .map((a) => this.restArtifact(a));
      const { page, headers } = this.paginate(req, url, list);
      return this.send(res, req, 200, { total_count: list.length, artifacts: page }, headers);
    }
    if (method === 'GET' && (m = rest.match(/^\/actions\/runs\/(\d+)\/artifacts$/))) {
      const runId = Number(m[1]);
      const list = this.artifacts.filter((a) => a.runId === runId).map((a) => this.restArtifact(a));
      const { page, headers } = this.paginate(req, url, list);
      return this.send(res, req, 200, { total_count: list.length, artifacts: page }, headers);
    }
    if (method === 'GET' && (m = rest.match(/^\/actions\/artifacts\/(\d+)\/zip$/))) {
      const a = this.artifacts.find((x) => x.id === Number(m![1]));
      if (!a) return this.send(res, req, 404, { message: 'Not Found' });
      if (a.expired) return this.send(res, req, 410, { message: 'Artifact has expired' });
      return this.send(res, req, 302, undefined, {
        location: `${this.url}/blob/artifacts/${a.id}.zip?sig=${this.blobSig}`,
      });
    }
    if ((m = rest.match(/^\/issues\/(\d+)\/comments$/))) {
      const issue = Number(m[1]);
      const list = this.comments.get(issue) ?? [];
      if (method === 'GET') {
        const { page, headers } = this.paginate(req, url, list);
        return this.send(res, req, 200, page, headers);
      }
      if (method === 'POST') {
        const body = JSON.parse((await this.readBody(req)).toString('utf8')) as { body: string };
        if (this.commentsReadOnly) {
          return this.send(res, req, 403, { message: 'Resource not accessible by integration' });
        }
        if (body.body.length > 65536) return this.send(res, req, 422, { message: 'Body is too long' });
        const id = this.nextId++;
        const now = new Date().toISOString();
        const c: StandinComment = {
          id,
          body: body.body,
          user: { ...this.commentAuthor },
          html_url: `https://github.com/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${id}`,
          created_at: now,
          updated_at: now,
        };
        this.comments.set(issue, [...list, c]);
        return this.send(res, req, 201, c);
      }
    }
    if (method === 'PATCH' && (m = rest.match(/^\/issues\/comments\/(\d+)$/))) {
      const body = JSON.parse((await this.readBody(req)).toString('utf8')) as { body: string };
      if (this.commentsReadOnly)
        return this.send(res, req, 403, { message: 'Resource not accessible by integration' });
      if (body.body.length > 65536) return this.send(res, req, 422, { message: 'Body is too long' });
      for (const list of this.comments.values()) {
        const c = list.find((x) => x.id === Number(m![1]));
        if (c) {
          c.body = body.body;
          c.updated_at = new Date().toISOString();
          return this.send(res, req, 200, c);
        }
      }
      return this.send(res, req, 404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = rest.match(/^\/pulls\/(\d+)$/))) {
      const p = this.pulls.get(Number(m[1]));
      if (!p) return this.send(res, req, 404, { message: 'Not Found' });
      return this.send(res, req, 200, {
        number: Number(m[1]),
        head: { sha: p.headSha, ref: 'feature' },
        base: { ref: p.baseRef, sha: 'b'.repeat(40) },
      });
    }
    return this.send(res, req, 404, { message: `stand-in: no route for ${method} ${path}` });
  }

  private async handleTwirp(req: IncomingMessage, res: ServerResponse, rpc: string): Promise<void> {
    const runtime = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!runtime) return this.send(res, req, 401, { code: 'unauthenticated', msg: 'no token' });
    const body = JSON.parse((await this.readBody(req)).toString('utf8') || '{}') as Record<string, unknown>;
    const runBackendId = String(body.workflow_run_backend_id ?? '');
    const jobBackendId = String(body.workflow_job_run_backend_id ?? '');
    if (rpc === 'CreateArtifact') {
      const name = String(body.name);
      const key = `u${this.nextId++}`;
      this.pendingUploads.set(key, {
        name,
        runBackendId,
        jobBackendId,
        blocks: new Map(),
        expiresAt: typeof body.expires_at === 'string' ? body.expires_at : undefined,
      });
      return this.send(res, req, 200, {
        ok: true,
        signed_upload_url: `${this.url}/blob/upload/${key}/${encodeURIComponent(name)}.zip?sig=${this.blobSig}`,
      });
    }
    if (rpc === 'FinalizeArtifact') {
      const name = String(body.name);
      const entry = [...this.pendingUploads.entries()].find(
        ([, u]) => u.name === name && u.runBackendId === runBackendId && u.data,
      );
      if (!entry) return this.send(res, req, 404, { code: 'not_found', msg: 'no upload' });
      this.pendingUploads.delete(entry[0]);
      const run = this.runs.get(runBackendId) ?? {
        runId: 1,
        headBranch: this.defaultBranch,
        headSha: 'c'.repeat(40),
      };
      const a = this.addArtifact({
        name,
        zip: entry[1].data!,
        runId: run.runId,
        headBranch: run.headBranch,
        headSha: run.headSha,
        headRepositoryId: run.headRepositoryId ?? this.repoId,
        runBackendId,
        jobBackendId,
        ...(entry[1].expiresAt ? { expiresAt: entry[1].expiresAt } : {}),
      });
      return this.send(res, req, 200, { ok: true, artifact_id: String(a.id) });
    }
    if (rpc === 'ListArtifacts') {
      const nameFilter = (body.name_filter as string | undefined) ?? undefined;
      const idFilter = body.id_filter !== undefined ? Number(body.id_filter) : undefined;
      const list = this.artifacts
        .filter((a) => a.runBackendId === runBackendId)
        .filter((a) => nameFilter === undefined || a.name === nameFilter)
        .filter((a) => idFilter === undefined || a.id === idFilter)
        .map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.zip.length),
          created_at: a.createdAt,
        }));
      return this.send(res, req, 200, { artifacts: list });
    }
    if (rpc === 'GetSignedArtifactURL') {
      const a = this.artifacts.find((x) => x.runBackendId === runBackendId && x.name === body.name);
      if (!a) return this.send(res, req, 404, { code: 'not_found', msg: 'artifact not found' });
      return this.send(res, req, 200, {
        signed_url: `${this.url}/blob/artifacts/${a.id}.zip?sig=${this.blobSig}`,
      });
    }
    return this.send(res, req, 404, { code: 'bad_route', msg: `no rpc ${rpc}` });
  }

  private async handleBlob(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    method: string,
  ): Promise<void> {
    if (url.searchParams.get('sig') !== this.blobSig) {
      await this.readBody(req);
      return this.send(res, req, 403, { message: 'bad signature' });
    }
    let m: RegExpMatchArray | null;
    if (method === 'GET' && (m = url.pathname.match(/^\/blob\/artifacts\/(\d+)\.zip$/))) {
      const a = this.artifacts.find((x) => x.id === Number(m![1]));
      if (!a) return this.send(res, req, 404, { message: 'BlobNotFound' });
      if (this.blobMode !== 'normal') {
        this.requests.push({ method, path: req.url ?? '', status: 200 });
        const huge = this.blobMode === 'huge-then-stall';
        res.writeHead(200, {
          'content-type': 'application/zip',
          ...(huge ? { 'content-length': String(2 * 1024 ** 3) } : {}),
        });
        res.write(Buffer.alloc(huge ? 64 * 1024 : 1024));
        return; // and nothing more, ever
      }
      return this.send(res, req, 200, a.zip, {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename=${a.name}.zip`,
      });
    }
    if (method === 'PUT' && (m = url.pathname.match(/^\/blob\/upload\/([^/]+)\//))) {
      const u = this.pendingUploads.get(m[1]);
      const data = await this.readBody(req);
      if (!u) return this.send(res, req, 404, { message: 'BlobNotFound' });
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        u.blocks.set(url.searchParams.get('blockid') ?? '', data);
        return this.send(res, req, 201, undefined, { 'x-ms-request-id': 'standin' });
      }
      if (comp === 'blocklist') {
        const ids = [...data.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
          (x) => x[1],
        );
        const parts = ids.map((id) => u.blocks.get(id));
        if (parts.some((p) => !p)) return this.send(res, req, 400, { message: 'InvalidBlockList' });
        u.data = Buffer.concat(parts as Buffer[]);
        return this.send(res, req, 201, undefined, { 'x-ms-request-id': 'standin', etag: '"0x1"' });
      }
      if (!comp) {
        u.data = data;
        return this.send(res, req, 201, undefined, { 'x-ms-request-id': 'standin', etag: '"0x1"' });
      }
    }
    return this.send(res, req, 404, { message: 'stand-in blob: no route' });
  }
}
