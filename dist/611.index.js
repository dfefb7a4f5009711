export const id = 611;
export const ids = [611];
export const modules = {

/***/ 85611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/bench/index.ts + 2 modules
var src_bench = __webpack_require__(71350);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/result/schema.ts
var schema = __webpack_require__(6318);
// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(55421);
// EXTERNAL MODULE: ./src/bench/gpu.ts
var bench_gpu = __webpack_require__(41500);
// EXTERNAL MODULE: ./src/bench/host.ts
var bench_host = __webpack_require__(57094);
// EXTERNAL MODULE: ./src/bench/latency.ts
var latency = __webpack_require__(58368);
// EXTERNAL MODULE: ./src/bench/proc.ts
var proc = __webpack_require__(50968);
// EXTERNAL MODULE: ./src/bench/run-once.ts
var run_once = __webpack_require__(65909);
// EXTERNAL MODULE: ./src/bench/stats.ts
var stats = __webpack_require__(93613);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./src/bench/serve/load-generator.ts
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


/** Open loop without --concurrency: most requests in flight at once (and sockets open). */
const OPEN_LOOP_IN_FLIGHT = 256;
/** One request: its outcome once the response body has been read to its end. */
function sendRequest(send, options, body, timeoutMs) {
    return new Promise((resolve) => {
        let settled = false;
        let timedOut = false;
        const finish = (o) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(o);
        };
        const req = send(options, (res) => {
            res.on('data', () => { });
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
    byStatus = {};
    latencies = new Float64Array(1024);
    n = 0;
    record(o, fromMs) {
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
    successLatencies() {
        return this.latencies.slice(0, this.n);
    }
}
/** Drives one round of load; resolves when its last request has completed (or `abort` fired). */
async function runRound(plan, abort) {
    const https = plan.origin.protocol === 'https:';
    const send = (https ? external_node_https_.request : external_node_http_.request);
    const agent = https
        ? new external_node_https_.Agent({ keepAlive: true, maxSockets: plan.concurrency })
        : new external_node_http_.Agent({ keepAlive: true, maxSockets: plan.concurrency });
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
        },
        body: r.body,
    }));
    const go = (i) => sendRequest(send, prepared[i % n].options, prepared[i % n].body, plan.requestTimeoutMs);
    const n = plan.requests.length;
    const start = performance.now();
    const deadline = plan.durationSeconds === null ? Infinity : start + plan.durationSeconds * 1000;
    const more = (issued) => !abort.aborted && (plan.count === null || issued < plan.count) && performance.now() < deadline;
    let maxLag = null;
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
        }
        else {
            maxLag = 0;
            const interval = 1000 / plan.rate;
            const queue = [];
            let inFlight = 0;
            let drained = () => { };
            const allDone = new Promise((resolve) => (drained = resolve));
            let issuing = true;
            const launch = (i, scheduled) => {
                inFlight++;
                maxLag = Math.max(maxLag, performance.now() - scheduled);
                void go(i).then((o) => {
                    rec.record(o, scheduled);
                    inFlight--;
                    const next = queue.shift();
                    if (next && !abort.aborted)
                        launch(next.i, next.scheduled);
                    else if (!issuing && inFlight === 0)
                        drained();
                });
            };
            for (let i = 0;; i++) {
                const scheduled = start + i * interval;
                if (abort.aborted || (plan.count !== null && i >= plan.count) || scheduled >= deadline)
                    break;
                const wait = scheduled - performance.now();
                if (wait >= 1)
                    await new Promise((resolve) => setTimeout(resolve, wait));
                if (abort.aborted)
                    break;
                if (inFlight < plan.concurrency)
                    launch(i, scheduled);
                else
                    queue.push({ i, scheduled });
            }
            issuing = false;
            // Queued requests never sent (the server died): not outcomes of the round.
            if (abort.aborted)
                queue.length = 0;
            if (inFlight > 0)
                await allDone;
        }
    }
    finally {
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

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/bench/serve/readiness.ts
/**
 * Readiness of a served model: `--ready` is an HTTP(S) health URL (ready when a GET answers 2xx)
 * or a port / HOST:PORT (ready when a TCP connection is accepted). Probed every
 * `READY_POLL_MS` until ready, until the server exits, or until the timeout.
 */





const READY_POLL_MS = 50;
/** One probe's own limit: a server that accepts but never answers is "not ready yet". */
const PROBE_TIMEOUT_MS = 2000;
function port(text, what) {
    const n = Number(text);
    if (!/^\d{1,5}$/.test(text) || n < 1 || n > 65535)
        throw new errors/* UsageError */.eb(`--ready: ${what} "${text}" is not a port (1–65535)`);
    return n;
}
function parseReadyTarget(text) {
    const s = text.trim();
    if (/^https?:\/\//i.test(s)) {
        let url;
        try {
            url = new URL(s);
        }
        catch {
            throw new errors/* UsageError */.eb(`--ready: "${s}" is not a valid URL`);
        }
        return { kind: 'http', url };
    }
    if (/^\d+$/.test(s))
        return { kind: 'tcp', host: '127.0.0.1', port: port(s, 'port') };
    const m = /^(\[[^\]]+\]|[^:\s]+):(\d+)$/.exec(s);
    if (m)
        return { kind: 'tcp', host: m[1].replace(/^\[|\]$/g, ''), port: port(m[2], 'port') };
    throw new errors/* UsageError */.eb(`--ready: "${s}" is neither a health URL (http://127.0.0.1:8000/health), a port (8000) nor HOST:PORT`);
}
/** The origin requests go to when the requests file gives paths only. */
function targetOrigin(target) {
    if (target.kind === 'http')
        return new URL(target.url.origin);
    const host = target.host.includes(':') ? `[${target.host}]` : target.host;
    return new URL(`http://${host}:${target.port}`);
}
function describeTarget(target) {
    return target.kind === 'http'
        ? `GET ${target.url.href} answers 2xx`
        : `TCP ${target.host}:${target.port} accepts`;
}
/** One probe: null when ready, else why not (shown if the server never gets ready). */
function probe(target) {
    return new Promise((resolve) => {
        if (target.kind === 'tcp') {
            const socket = (0,external_node_net_.connect)({ host: target.host, port: target.port });
            const done = (why) => {
                socket.destroy();
                resolve(why);
            };
            socket.setTimeout(PROBE_TIMEOUT_MS, () => done('the connection attempt timed out'));
            socket.once('connect', () => done(null));
            socket.once('error', (e) => done(e.code ?? e.message));
            return;
        }
        const send = target.url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
        const req = send(target.url, { method: 'GET', agent: false, timeout: PROBE_TIMEOUT_MS }, (res) => {
            res.resume();
            const status = res.statusCode ?? 0;
            resolve(status >= 200 && status < 300 ? null : `HTTP ${status}`);
        });
        req.once('timeout', () => req.destroy(new Error('no answer within 2 s')));
        req.once('error', (e) => resolve(e.code ?? e.message));
        req.end();
    });
}
/** Probes until ready, the server exits (`exited` resolves) or `timeoutSeconds` pass. */
async function waitUntilReady(target, timeoutSeconds, exited) {
    let gone = false;
    void exited.then(() => (gone = true));
    const t0 = performance.now();
    const deadline = t0 + timeoutSeconds * 1000;
    let lastProbe = null;
    while (!gone) {
        lastProbe = await probe(target);
        if (lastProbe === null && !gone)
            return { ready: true, seconds: (performance.now() - t0) / 1000 };
        if (gone)
            break;
        if (performance.now() >= deadline)
            return { ready: false, exited: false, lastProbe };
        await Promise.race([(0,proc/* sleep */.yy)(READY_POLL_MS), exited]);
    }
    return { ready: false, exited: true, lastProbe };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/util/env-limit.ts
var env_limit = __webpack_require__(51257);
;// CONCATENATED MODULE: ./src/bench/serve/requests-file.ts
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



/** Most bytes of a requests file: 64 MiB, or MODEL_GATE_MAX_REQUESTS_BYTES. */
const maxRequestsBytes = () => (0,env_limit/* envLimit */.B)('MODEL_GATE_MAX_REQUESTS_BYTES', 64 << 20);
/** Most requests kept from a file (each is held in memory, bodies as bytes). */
const MAX_REQUESTS = 1_000_000;
const METHOD = /^[A-Z][A-Z0-9_-]{0,31}$/;
// RFC 9110 token characters for a header name.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FOUND_CHARS = 60;
function shown(value) {
    const s = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    return s.length > FOUND_CHARS ? `${s.slice(0, FOUND_CHARS)}…` : s;
}
/** A space or a control character (C0, DEL): not allowed in a request path. */
function hasControlOrSpace(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c <= 0x20 || c === 0x7f)
            return true;
    }
    return /\s/.test(s);
}
function kind(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
/** Reads the file whole (bounded), refusing pipes, devices and binary data before parsing. */
function readRequestsText(file) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(file);
    }
    catch (e) {
        const code = e.code;
        throw new errors/* InputError */.dz({ file }, code === 'ENOENT'
            ? 'the requests file does not exist'
            : `cannot read the requests file: ${e.message}`);
    }
    if (!st.isFile())
        throw new errors/* InputError */.dz({ file }, 'is not a regular file (a directory, pipe or device): expected a requests file (JSON Lines, or one body per line with --url)');
    const limit = maxRequestsBytes();
    if (st.size > limit)
        throw new errors/* InputError */.dz({ file }, `is ${st.size} bytes, over the limit of ${limit} for a requests file; raise it with MODEL_GATE_MAX_REQUESTS_BYTES=<bytes> if needed`);
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    let bytes;
    try {
        bytes = Buffer.alloc(st.size);
        let at = 0;
        while (at < bytes.length) {
            const got = (0,external_node_fs_.readSync)(fd, bytes, at, bytes.length - at, null);
            if (got === 0)
                break;
            at += got;
        }
        bytes = bytes.subarray(0, at);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        const line = bytes.subarray(0, nul).toString('latin1').split('\n').length;
        throw new errors/* InputError */.dz({ file, line }, 'holds a NUL byte: this is not a text file; expected JSON Lines or one body per line');
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    }
    catch {
        // Only on the error path: find the first line that does not decode.
        const decoder = new TextDecoder('utf-8', { fatal: true });
        let line = 1;
        for (let from = 0; from <= bytes.length; line++) {
            const nl = bytes.indexOf(10, from);
            const to = nl < 0 ? bytes.length : nl;
            try {
                decoder.decode(bytes.subarray(from, to));
            }
            catch {
                break;
            }
            if (nl < 0)
                break;
            from = nl + 1;
        }
        throw new errors/* InputError */.dz({ file, line }, 'is not valid UTF-8 text: expected JSON Lines or one body per line');
    }
}
/** Parses the requests file; `bodyUrl` set = one body per line (the `--url` form). */
function parseRequests(text, file, bodyUrl) {
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
        if (raw.trim() === '')
            continue;
        const line = i + 1;
        if (out.length >= MAX_REQUESTS)
            throw new errors/* InputError */.dz({ file, line }, `more than ${MAX_REQUESTS} requests: a round cycles through the file, so fewer distinct requests suffice`);
        out.push(bodyUrl ? bodyRequest(raw, bodyUrl, line) : jsonRequest(raw, file, line));
    }
    if (out.length === 0)
        throw new errors/* InputError */.dz({ file }, bodyUrl
            ? 'holds no request: expected one request body per line'
            : 'holds no request: expected one JSON object per line, e.g. {"method": "POST", "path": "/predict", "body": {"x": [1, 2]}}');
    return out;
}
function bodyRequest(raw, url, line) {
    let json = true;
    try {
        JSON.parse(raw);
    }
    catch {
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
function jsonRequest(raw, file, line) {
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch (e) {
        const message = e.message;
        const m = /position (\d+)/.exec(message);
        throw new errors/* InputError */.dz({ file, line, ...(m ? { column: Number(m[1]) + 1 } : {}) }, `not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)/, '')}): expected one request object per line, ` +
            'e.g. {"method": "POST", "path": "/predict", "body": {"x": [1, 2]}} (or pass --url to send each line as a body)');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new errors/* InputError */.dz({ file, line }, `found ${kind(value)}: expected a request object with "path" (and optionally "method", "headers", "body")`);
    const o = value;
    for (const key of Object.keys(o))
        if (!['method', 'path', 'headers', 'body'].includes(key))
            throw new errors/* InputError */.dz({ file, line, column: key }, `unknown field ${shown(key)}: expected only "method", "path", "headers" and "body"`);
    if (typeof o.path !== 'string' || !o.path.startsWith('/') || hasControlOrSpace(o.path))
        throw new errors/* InputError */.dz({ file, line, column: 'path' }, `found ${o.path === undefined ? 'no "path"' : shown(o.path)}: expected a request path starting with "/" without spaces or control characters, e.g. "/predict"`);
    const headers = {};
    if (o.headers !== undefined) {
        if (o.headers === null || typeof o.headers !== 'object' || Array.isArray(o.headers))
            throw new errors/* InputError */.dz({ file, line, column: 'headers' }, `found ${kind(o.headers)}: expected an object of header names to string values`);
        for (const [name, v] of Object.entries(o.headers)) {
            if (!HEADER_NAME.test(name))
                throw new errors/* InputError */.dz({ file, line, column: 'headers' }, `header name ${shown(name)} is not a valid HTTP header name`);
            if (typeof v !== 'string' || /[\r\n]/.test(v) || v.includes('\0'))
                throw new errors/* InputError */.dz({ file, line, column: 'headers' }, `header ${shown(name)} is ${shown(v)}: expected a string without line breaks`);
            headers[name.toLowerCase()] = v;
        }
    }
    let body = null;
    if (o.body !== undefined && o.body !== null) {
        if (typeof o.body === 'string')
            body = Buffer.from(o.body, 'utf8');
        else {
            body = Buffer.from(JSON.stringify(o.body), 'utf8');
            headers['content-type'] ??= 'application/json';
        }
    }
    let method = body ? 'POST' : 'GET';
    if (o.method !== undefined) {
        if (typeof o.method !== 'string' || !METHOD.test(o.method.toUpperCase()))
            throw new errors/* InputError */.dz({ file, line, column: 'method' }, `found ${shown(o.method)}: expected an HTTP method such as "GET" or "POST"`);
        method = o.method.toUpperCase();
    }
    return { method, path: o.path, headers, body, line };
}
/** Reads and parses a requests file (`--requests`). */
function loadRequests(file, bodyUrl) {
    return parseRequests(readRequestsText(file), file, bodyUrl);
}

;// CONCATENATED MODULE: ./src/bench/serve/serve-bench.ts
/**
 * `runServeBenchmark`: a served model under load. Starts the server command in its own session
 * and process group (with the run marker every descendant inherits), waits until it is ready,
 * drives it with W warm-up rounds and N measured rounds of load (./load-generator.ts), then stops
 * its whole process tree (SIGTERM, SIGKILL after the grace period, until /proc shows none left:
 * ProcessTreeSampler.killTree, the same machinery as `bench`). Each round is one entry of
 * `bench.runs`, so `bench.*` gates (Mann-Whitney over the rounds) work unchanged.
 *
 * Per round: latency p50/p90/p95/p99 of the successful requests (numpy's linear percentile),
 * throughput (successful requests per second of the round's wall time), error rate and errors by
 * status, the server tree's CPU seconds (sampled from /proc: utime + stime of every member, the
 * difference across the round), its peak single-process and tree RSS (sampled), and GPU figures
 * from the nvidia-smi sampler when nvidia-smi exists.
 */













const SERVE_DEFAULTS = {
    runs: 5,
    warmup: 1,
    concurrency: 1,
    durationSeconds: 10,
    readyTimeoutSeconds: 60,
    requestTimeoutSeconds: 30,
    sampleIntervalMs: 100,
    killGraceMs: 2000,
};
const STDERR_LINE_CHARS = 500;
function positive(name, v, integer) {
    if (v === undefined)
        return;
    if (!Number.isFinite(v) || v <= 0 || (integer && !Number.isInteger(v)))
        throw new errors/* UsageError */.eb(`${name} must be ${integer ? 'an integer' : 'a number'} > 0, got ${v}`);
}
/** Checks the options and fills the defaults; usage errors before anything starts. */
function resolveServeOptions(o) {
    if ((typeof o.server === 'string' && o.server.trim() === '') || o.server.length === 0)
        throw new errors/* UsageError */.eb('serve-bench: no server command given (--server "COMMAND")');
    if (!o.ready || o.ready.trim() === '')
        throw new errors/* UsageError */.eb('serve-bench: --ready is required (a health URL such as http://127.0.0.1:8000/health, or a port)');
    if (!o.requests)
        throw new errors/* UsageError */.eb('serve-bench: --requests FILE is required');
    positive('--concurrency', o.concurrency, true);
    positive('--rate', o.rate, false);
    positive('--duration', o.durationSeconds, false);
    positive('--count', o.count, true);
    positive('--timeout', o.timeoutSeconds, false);
    positive('--request-timeout', o.requestTimeoutSeconds, false);
    positive('--runs', o.runs, true);
    if (o.warmup !== undefined && !(Number.isInteger(o.warmup) && o.warmup >= 0))
        throw new errors/* UsageError */.eb(`--warmup must be an integer ≥ 0, got ${o.warmup}`);
    if (o.durationSeconds !== undefined && o.count !== undefined)
        throw new errors/* UsageError */.eb('give --duration S or --count N, not both');
    return {
        server: o.server,
        ready: o.ready,
        requests: o.requests,
        url: o.url,
        concurrency: o.concurrency ?? (o.rate !== undefined ? OPEN_LOOP_IN_FLIGHT : SERVE_DEFAULTS.concurrency),
        rate: o.rate ?? null,
        count: o.count ?? null,
        durationSeconds: o.count !== undefined ? null : (o.durationSeconds ?? SERVE_DEFAULTS.durationSeconds),
        timeoutSeconds: o.timeoutSeconds ?? SERVE_DEFAULTS.readyTimeoutSeconds,
        requestTimeoutSeconds: o.requestTimeoutSeconds ?? SERVE_DEFAULTS.requestTimeoutSeconds,
        runs: o.runs ?? SERVE_DEFAULTS.runs,
        warmup: o.warmup ?? SERVE_DEFAULTS.warmup,
    };
}
function parseUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* UsageError */.eb(`--url: "${text}" is not a valid URL (e.g. http://127.0.0.1:8000/predict)`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* UsageError */.eb(`--url: "${text}" is not an http:// or https:// URL`);
    return url;
}
function stderrText(tail) {
    return tail.length
        ? ` Last ${tail.length} line(s) of its stderr:\n${tail.map((l) => `  ${(0,util_escape/* sanitizeTerminal */.iz)(l, STDERR_LINE_CHARS)}`).join('\n')}`
        : ' It wrote nothing to stderr.';
}
function exitText(e) {
    if (e.error)
        return `could not be started (${e.error.message})`;
    if (e.code !== null)
        return `exited with status ${e.code}${e.code === 127 ? ' (command not found?)' : ''}`;
    return `was killed by ${e.signal ?? 'a signal'}`;
}
function pids(list) {
    return list.map((p) => `pid ${p.pid} (${(0,util_escape/* sanitizeTerminal */.iz)(p.command, 80)})`).join(', ');
}
async function runServeBenchmark(options, logger) {
    const o = resolveServeOptions(options);
    const interval = options.sampleIntervalMs ?? SERVE_DEFAULTS.sampleIntervalMs;
    const grace = options.killGraceMs ?? SERVE_DEFAULTS.killGraceMs;
    const target = parseReadyTarget(o.ready);
    const bodyUrl = o.url !== undefined ? parseUrl(o.url) : null;
    // A bad requests file fails before the server is started.
    const requests = loadRequests(o.requests, bodyUrl);
    const origin = bodyUrl ? new URL(bodyUrl.origin) : targetOrigin(target);
    const argv = typeof o.server === 'string' ? ['sh', '-c', o.server] : [...o.server];
    const label = typeof o.server === 'string' ? o.server : argv.join(' ');
    const env = options.env ?? process.env;
    const useProc = (0,proc/* procAvailable */.Yd)();
    const warnings = [];
    const warn = (m) => {
        warnings.push(m);
        logger.warning(m);
    };
    const host = await (0,bench_host/* collectHost */.x)(env);
    const smi = (0,bench_gpu/* findOnPath */.aY)('nvidia-smi', env);
    const gpu = smi ? new bench_gpu/* NvidiaSmiSampler */.th(smi, interval, env) : null;
    if (gpu)
        await gpu.start();
    if (gpu?.failure)
        warn(`GPU not measured: ${gpu.failure}`);
    const marker = useProc ? (0,proc/* runMarker */.qW)() : null;
    const stderr = new run_once/* TailBuffer */.vX();
    const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), {
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: marker ? { ...env, [marker.name]: '1' } : env,
    });
    let exitedWith = null;
    const exited = new Promise((resolve) => {
        child.once('exit', (code, signal) => resolve((exitedWith = { code, signal })));
        child.once('error', (error) => resolve((exitedWith = { code: null, signal: null, error })));
    });
    child.stderr?.on('data', (d) => stderr.push(d));
    const sampler = useProc && child.pid !== undefined
        ? new proc/* ProcessTreeSampler */.O1(child.pid, {
            excludeRoot: false,
            readHighWaterMark: false,
            marker: marker ?? undefined,
        })
        : null;
    // The sampler's own CPU, measured around each sample (the load generator shares the process).
    let samplerMicros = 0;
    const sampleNow = () => {
        if (!sampler)
            return;
        const c0 = process.cpuUsage();
        sampler.sample();
        const c = process.cpuUsage(c0);
        samplerMicros += c.user + c.system;
    };
    sampleNow();
    const ticker = setInterval(sampleNow, interval);
    const abort = new AbortController();
    void exited.then(() => abort.abort());
    const runs = [];
    const shutdown = { signalled: 0, survivors: [], server_exit: null };
    let failure = null;
    let readySeconds = 0;
    try {
        await logger.group(`Serving benchmark: ${label}`, async () => {
            const waiting = logger.progress.start(`Waiting until ${describeTarget(target)}`);
            const ready = await waitUntilReady(target, o.timeoutSeconds, exited);
            if (!ready.ready) {
                waiting.done(ready.exited ? 'the server exited' : 'timed out');
                const why = ready.exited
                    ? `${exitText(await exited)} before it was ready (${describeTarget(target)})`
                    : `was not ready within ${o.timeoutSeconds} s (${describeTarget(target)}; last probe: ${ready.lastProbe ?? 'none'})`;
                throw new errors/* GateError */.ue(`The server "${label}" ${why}.`);
            }
            readySeconds = ready.seconds;
            waiting.done(`ready after ${ready.seconds.toFixed(2)} s`);
            const plan = {
                origin,
                requests,
                concurrency: o.concurrency,
                rate: o.rate,
                durationSeconds: o.durationSeconds,
                count: o.count,
                requestTimeoutMs: o.requestTimeoutSeconds * 1000,
            };
            for (let i = 0; i < o.warmup + o.runs; i++) {
                const isWarm = i < o.warmup;
                const k = isWarm ? i + 1 : i - o.warmup + 1;
                const name = isWarm ? `warm-up round ${k}/${o.warmup}` : `round ${k}/${o.runs}`;
                const progress = logger.progress.start(isWarm ? `Warm-up ${k}/${o.warmup}` : `Round ${k}/${o.runs}`);
                if (sampler) {
                    sampler.peakTreeRssBytes = 0;
                    sampler.peakProcessRssBytes = 0;
                }
                sampleNow();
                const cpu0 = sampler?.lastSeenCpuSplit() ?? { user: 0, system: 0 };
                const own0 = process.cpuUsage();
                const sampler0 = samplerMicros;
                const round = await runRound(plan, abort.signal);
                sampleNow();
                if (round.aborted || exitedWith) {
                    progress.done('the server exited');
                    throw new errors/* GateError */.ue(`The server "${label}" ${exitText(await exited)} during ${name} (after ${round.requests} request(s) of the round).`);
                }
                const own = process.cpuUsage(own0);
                const samplerCpu = (samplerMicros - sampler0) / 1e6;
                const cpu1 = sampler?.lastSeenCpuSplit() ?? { user: 0, system: 0 };
                const cpu = {
                    user: Math.max(0, cpu1.user - cpu0.user),
                    system: Math.max(0, cpu1.system - cpu0.system),
                };
                const run = roundRun(round, k, isWarm, cpu, sampler);
                run.sampler_cpu_seconds = samplerCpu;
                run.load_generator_cpu_seconds = Math.max(0, (own.user + own.system) / 1e6 - samplerCpu);
                if (gpu && !gpu.failure)
                    Object.assign(run, (0,bench_gpu/* gpuFigures */.mn)(gpu.gpu, gpu.apps, round.start, round.end, sampler?.memberPids() ?? new Set([child.pid])));
                runs.push(run);
                progress.done(`${round.requests} requests in ${round.wallSeconds.toFixed(2)} s` +
                    (round.errors ? `, ${round.errors} error(s)` : '') +
                    (run.latency_ms_p50 !== undefined ? `, p50 ${run.latency_ms_p50.toFixed(2)} ms` : ''));
            }
        });
    }
    catch (e) {
        failure = e instanceof errors/* GateError */.ue ? e : null;
        if (!failure)
            throw e;
    }
    finally {
        clearInterval(ticker);
        // Stop the whole tree, then check /proc once more: nothing of the server may be left.
        if (sampler) {
            const kill = await sampler.killTree(grace);
            shutdown.signalled = kill.killed.length + kill.remaining.length;
            const left = sampler.sample(true).filter((pid) => !kill.remaining.some((p) => p.pid === pid));
            const remaining = [...kill.remaining, ...left.map((pid) => ({ pid, command: '' }))];
            shutdown.survivors = remaining.map((p) => p.pid);
            if (remaining.length > 0)
                warn(`${remaining.length} process(es) of the server could not be killed and are still running: ${pids(remaining)}.`);
        }
        else if (child.pid !== undefined && !exitedWith) {
            try {
                process.kill(-child.pid, 'SIGTERM');
            }
            catch {
                // gone
            }
            await Promise.race([exited, new Promise((r) => setTimeout(r, grace))]);
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // gone
            }
        }
        const ended = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), grace))]);
        shutdown.server_exit = ended ? { code: ended.code, signal: ended.signal } : null;
        if (child.stderr && !child.stderr.readableEnded) {
            await Promise.race([
                new Promise((r) => child.stderr.once('end', r)),
                new Promise((r) => setTimeout(r, 50)),
            ]);
            child.stderr.destroy();
        }
        gpu?.stop();
    }
    if (failure) {
        const left = shutdown.survivors.length
            ? ` ${shutdown.survivors.length} of its processes could not be killed (pids ${shutdown.survivors.join(', ')}).`
            : ' Its whole process tree was stopped.';
        throw new errors/* GateError */.ue(`${failure.message}${left}${stderrText(stderr.lastLines(run_once/* STDERR_LINES */.X9))}`);
    }
    const measured = runs.filter((r) => !r.warmup);
    const summary = {};
    for (const field of schema/* BENCH_SUMMARY_FIELDS */.Kh) {
        if (!useProc && /^(cpu|peak)_/.test(field))
            continue;
        const values = measured
            .map((r) => r[field])
            .filter((v) => typeof v === 'number' && Number.isFinite(v));
        if (values.length > 0)
            summary[field] = (0,stats/* summarize */.eh)(values);
    }
    const totals = {};
    for (const r of measured)
        for (const [k, v] of Object.entries(r.errors_by_status ?? {}))
            totals[k] = (totals[k] ?? 0) + v;
    const requestsTotal = measured.reduce((s, r) => s + (r.requests ?? 0), 0);
    if (measured.some((r) => r.latency_ms_p50 === undefined))
        warn('A round had no successful request: its latency figures are missing (see errors_by_status).');
    const generatorCpu = measured.reduce((s, r) => s + (r.load_generator_cpu_seconds ?? 0), 0);
    const samplerCpu = measured.reduce((s, r) => s + (r.sampler_cpu_seconds ?? 0), 0);
    const wall = measured.reduce((s, r) => s + r.wall_seconds, 0);
    const serve = {
        server: label,
        ready: o.ready,
        ready_seconds: readySeconds,
        target: bodyUrl ? bodyUrl.href : origin.href,
        requests_file: o.requests,
        distinct_requests: requests.length,
        mode: o.rate === null ? 'closed-loop' : 'open-loop',
        concurrency: o.concurrency,
        rate_per_second: o.rate,
        duration_seconds: o.durationSeconds,
        count: o.count,
        request_timeout_seconds: o.requestTimeoutSeconds,
        requests: requestsTotal,
        errors_by_status: sortedKeys(totals),
        load_generator_cpu_seconds: generatorCpu,
        sampler_cpu_seconds: samplerCpu,
        load_generator: `Node ${process.version} http with a keep-alive Agent (at most ${o.concurrency} sockets)`,
        latency: o.rate === null
            ? "closed loop: from each request's send to the end of its response body"
            : "open loop: from each request's scheduled send time (t0 + i/rate) to the end of its response body, so queueing behind a slow server counts (no coordinated omission)",
        percentiles: "numpy's default (linear interpolation, type 7) over the round's successful (status < 400) requests",
        shutdown,
    };
    if (wall >= 1 && samplerCpu / wall > 0.02)
        warn(`The /proc sampler used ${((100 * samplerCpu) / wall).toFixed(1)}% of a core during the rounds.`);
    return {
        command: argv,
        runs,
        summary,
        host: host.withGpus(gpu?.devices() ?? []),
        method: (useProc
            ? `server CPU time and RSS: its process tree (ancestry, session, process group, marker variable) from /proc every ${interval} ms (sampled)`
            : `server CPU and memory not measured (no /proc on ${process.platform})`) +
            `; GPU: ${gpu && !gpu.failure ? `nvidia-smi every ${interval} ms (sampled)` : 'not measured'}` +
            `; load: ${serve.load_generator}, ${serve.mode}`,
        warnings,
        serve,
    };
}
function sortedKeys(r) {
    return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function roundRun(round, index, warmup, cpu, sampler) {
    const run = {
        index,
        warmup,
        exit_code: 0,
        signal: null,
        timed_out: false,
        wall_seconds: round.wallSeconds,
        cpu_seconds: cpu.user + cpu.system,
        cpu_user_seconds: cpu.user,
        cpu_system_seconds: cpu.system,
        peak_rss_bytes: sampler?.peakProcessRssBytes ?? 0,
        peak_tree_rss_bytes: sampler?.peakTreeRssBytes ?? 0,
        gpu_utilization_percent: null,
        gpu_utilization_max_percent: null,
        gpu_memory_peak_bytes: null,
        requests: round.requests,
        errors: round.errors,
        error_rate: round.requests > 0 ? round.errors / round.requests : 0,
        errors_by_status: sortedKeys(round.errorsByStatus),
    };
    if (round.maxSendLagMs !== null)
        run.send_lag_ms_max = round.maxSendLagMs;
    if (round.successLatenciesMs.length > 0)
        Object.assign(run, (0,latency/* latencyFigures */.Mu)(round.successLatenciesMs, round.wallSeconds));
    else
        run.throughput_per_second = 0;
    return run;
}

// EXTERNAL MODULE: ./src/evaluate/metrics/query-values.ts
var query_values = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/result/scores-data.ts
var scores_data = __webpack_require__(69407);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/registry/metrics.ts
var registry_metrics = __webpack_require__(36502);
// EXTERNAL MODULE: ./src/util/closest.ts
var closest = __webpack_require__(5519);
// EXTERNAL MODULE: ./src/util/quantity.ts
var quantity = __webpack_require__(43347);
;// CONCATENATED MODULE: ./src/config/gate-config.ts






const DEFAULT_BOOTSTRAP = { resamples: 2000, seed: 1 };
const ZERO = { kind: 'absolute', value: 0, text: '0' };
/** The configuration used without a gate.yml. */
function gate_config_defaultGateConfig() {
    return {
        significance: 0.05,
        fail_on: 'fail',
        metrics: [{ metric: 'accuracy', max_regression: ZERO }],
        bootstrap: { ...DEFAULT_BOOTSTRAP },
        multiple_comparisons: 'holm',
        host_mismatch: 'warn',
        source: null,
        default_metrics: true,
    };
}
/** The metric gated without a gate.yml, per task. */
const PRIMARY_METRIC = {
    regression: 'rmse',
    ranking: 'ndcg',
    // Generated text: BLEU, the corpus metric most teams report (exact_match is too coarse for
    // free-form output).
    text: 'bleu',
};
/** The rules to apply to a result of the given task (resolves the default primary metric). */
function rulesForTask(config, task) {
    if (config.default_metrics)
        return [{ metric: PRIMARY_METRIC[task] ?? 'accuracy', max_regression: ZERO }];
    // A rule on a metric this task never has (rmse on a binary result) can never be checked: it is
    // a configuration mistake, refused here rather than shown as a warning on every run.
    for (const rule of config.metrics) {
        const tasks = (0,registry_metrics/* metricDeclaration */.NL)(rule.metric)?.tasks;
        if (!tasks || tasks.includes('bench') || tasks.includes(task))
            continue;
        const available = registry_metrics/* METRIC_DECLARATIONS */.Vd.filter((d) => d.tasks.includes(task)).map((d) => d.name);
        throw new errors/* UsageError */.eb(`${config.source ?? 'gate.yml'}${rule.line !== undefined ? `, line ${rule.line}` : ''}: metrics.${rule.metric} ` +
            `is not a metric of a ${task} result (it is one of ${tasks.join('/')}); a ${task} result has: ` +
            `${available.join(', ')}, and bench.* when benchmarked.`);
    }
    return config.metrics;
}
/** Score metrics a default gate checks: every score's mean (not pass@k, flaky counts or costs). */
function defaultScoreMetric(name) {
    const d = (0,registry_metrics/* declarationFor */._n)(name, 'scores');
    return d !== undefined && d.direction === 'higher' && !/\.pass@\d+$/.test(name);
}
/**
 * The rules for a `--task scores` result: without a gate.yml, every score's mean with
 * max_regression 0; otherwise each rule must name a metric the result has (or `bench.*`).
 */
function rulesForScores(config, metrics) {
    if (config.default_metrics)
        return metrics.filter(defaultScoreMetric).map((metric) => ({ metric, max_regression: ZERO }));
    for (const rule of config.metrics) {
        if (rule.metric.startsWith('bench.') || metrics.includes(rule.metric))
            continue;
        const hint = (0,closest/* closestName */.N)(rule.metric, metrics);
        throw new errors/* UsageError */.eb(`${config.source ?? 'gate.yml'}${rule.line !== undefined ? `, line ${rule.line}` : ''}: metrics.${rule.metric} ` +
            `is not a metric of this scores result${hint ? `; did you mean "${hint}"?` : ''} Its metrics are: ${metrics.join(', ')}.`);
    }
    return config.metrics;
}
/** Reads gate.yml; without a path, the default configuration. */
async function loadGateConfig(path, options = {}) {
    if (path === undefined)
        return gate_config_defaultGateConfig();
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* UsageError */.eb(code === 'ENOENT'
            ? `config file not found: ${path}`
            : `cannot read config file ${path}: ${e.message}`);
    }
    return parseGateConfig(text, path, options);
}
const TOP_KEYS = ['significance', 'fail_on', 'metrics', 'bootstrap', 'multiple_comparisons', 'host_mismatch'];
const RULE_KEYS = ['min', 'max', 'max_regression'];
/** Parses and validates gate.yml text. Errors are UsageErrors naming the file and line. */
/** A gate.yml is a few dozen lines; far beyond that it is the wrong file, refused before parsing. */
const MAX_CONFIG_BYTES = 1024 * 1024;
function parseGateConfig(text, fileName, options = {}) {
    if (Buffer.byteLength(text, 'utf8') > MAX_CONFIG_BYTES)
        throw new errors/* UsageError */.eb(`${fileName}: the file is ${Buffer.byteLength(text, 'utf8')} bytes, above the 1 MiB limit for a gate.yml; is it the right file?`);
    checkConfigShape(text, fileName);
    const lineCounter = new dist/* LineCounter */.HN();
    // uniqueKeys is off: yaml's own duplicate check compares every key with every other (quadratic,
    // 16 s for 25,000 keys); keyName below checks duplicates per mapping with a Set instead.
    const doc = (0,dist/* parseDocument */.Tp)(text.replace(/^\uFEFF/, ''), {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: false,
    });
    const lineOf = (node) => {
        const range = node?.range;
        return range ? lineCounter.linePos(range[0]).line : undefined;
    };
    // Line only, except where the column is what finds the spot (an alias, a value in a flow map).
    const fail = (node, message, withColumn = false) => {
        const range = node?.range;
        const pos = range ? lineCounter.linePos(range[0]) : undefined;
        const where = pos ? `, line ${pos.line}${withColumn ? `, column ${pos.col}` : ''}` : '';
        throw new errors/* UsageError */.eb(`${fileName}${where}: ${message}`);
    };
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const pos = lineCounter.linePos(err.pos[0]);
        const first = err.message.split('\n')[0];
        throw new errors/* UsageError */.eb(`${fileName}, line ${pos.line}, column ${pos.col}: invalid YAML: ${first}`);
    }
    // Anchors and aliases are refused where they are, before any value is read: a gate.yml is
    // short, and aliases are how a small file expands without bound ("billion laughs").
    (0,dist/* visit */.YR)(doc, (_key, node, path) => {
        // The path holds the document, then a pair and a collection per level of nesting.
        if (((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) && path.length > 2 * MAX_CONFIG_NESTING)
            fail(node, `settings nested more than ${MAX_CONFIG_NESTING} levels deep; is it the right file?`);
        if ((0,dist/* isAlias */.Vj)(node))
            fail(node, `YAML aliases (${JSON.stringify(`*${node.source}`)}) are not supported in gate.yml; write the value out`, true);
        if (((0,dist/* isScalar */.jn)(node) || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) && node.anchor)
            fail(node, `YAML anchors (${JSON.stringify(`&${node.anchor}`)}) are not supported in gate.yml; write the value out`, true);
    });
    const config = gate_config_defaultGateConfig();
    config.source = fileName;
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === ''))) {
        return config; // an empty file: the defaults
    }
    if (!(0,dist/* isMap */.jh)(root))
        fail(root, 'expected a mapping of settings (significance, fail_on, metrics, …)');
    for (const pair of root.items) {
        const key = keyName(pair, fail, root.items);
        const value = pair.value;
        switch (key) {
            case 'significance':
                config.significance = parseSignificance(value, fail);
                break;
            case 'fail_on':
                config.fail_on = parseChoice(value, 'fail_on', ['fail', 'warn', 'never'], fail);
                break;
            case 'multiple_comparisons':
                config.multiple_comparisons = parseChoice(value, 'multiple_comparisons', ['holm', 'none'], fail);
                break;
            case 'host_mismatch':
                config.host_mismatch = parseChoice(value, 'host_mismatch', ['warn', 'compare'], fail);
                break;
            case 'bootstrap':
                config.bootstrap = parseBootstrap(value, pair.key, fail);
                break;
            case 'metrics':
                config.metrics = parseMetrics(value, pair.key, fail, lineOf, options.scoreMetrics === true, (name, message) => {
                    if (!options.deferUnknownMetrics)
                        return fail(name, message);
                    (config.unknown_metrics ??= []).push(`${fileName}${lineOf(name) ? `, line ${lineOf(name)}` : ''}: ${message}`);
                });
                config.default_metrics = false;
                break;
            default: {
                const hint = (0,closest/* closestName */.N)(key, TOP_KEYS);
                fail(pair.key, `unknown setting "${key}"${hint ? `; did you mean "${hint}"?` : ''} (settings: ${TOP_KEYS.join(', ')})`);
            }
        }
    }
    return config;
}
/**
 * Most keys (mapping entries) and deepest flow nesting (`[`/`{`) a gate.yml may have. A real one
 * has a few dozen keys and three or four levels; these caps leave room for hundreds of rules and
 * waivers while refusing generated or hostile files before the parser spends seconds on them.
 */
const MAX_CONFIG_KEYS = 2000;
const MAX_CONFIG_NESTING = 32;
// Lexer tokens that stand for no source text (document start, flow error end, scalar marker).
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);
/**
 * A pass over yaml's lexer (about ten times cheaper than parsing, and stopped at the first cap
 * reached): a 1 MiB file of 25,000 keys or of 500,000 nested `[` takes the parser seconds; this
 * refuses it in milliseconds, naming the line where the cap was passed.
 */
function checkConfigShape(text, fileName) {
    let keys = 0;
    let depth = 0;
    let offset = 0;
    let problem;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        if (token === ':')
            keys++;
        else if (token === '[' || token === '{')
            depth++;
        else if (token === ']' || token === '}')
            depth = Math.max(0, depth - 1);
        if (keys > MAX_CONFIG_KEYS) {
            problem = `more than ${MAX_CONFIG_KEYS.toLocaleString('en-US')} keys`;
            break;
        }
        if (depth > MAX_CONFIG_NESTING) {
            problem = `brackets nested more than ${MAX_CONFIG_NESTING} deep`;
            break;
        }
        if (!CONTROL_TOKENS.has(token))
            offset += token.length;
    }
    if (problem === undefined)
        return;
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    throw new errors/* UsageError */.eb(`${fileName}, line ${line}: the file has ${problem}, far beyond any gate.yml (a few dozen settings ` +
        'and metric rules); is it the right file?');
}
/** Keys seen per mapping, for the linear duplicate-key check. */
const seenKeys = new WeakMap();
function keyName(pair, fail, siblings) {
    const k = pair.key;
    if (!(0,dist/* isScalar */.jn)(k) || (typeof k.value !== 'string' && typeof k.value !== 'number'))
        return fail(k ?? pair.value, 'expected a plain key');
    const name = String(k.value).trim();
    if (siblings) {
        let seen = seenKeys.get(siblings);
        if (!seen)
            seenKeys.set(siblings, (seen = new Set()));
        if (seen.has(name))
            fail(k, `duplicate key "${name}"; each setting may appear once`);
        seen.add(name);
    }
    return name;
}
function scalarValue(node) {
    if (node === null || node === undefined)
        return null;
    if ((0,dist/* isScalar */.jn)(node))
        return node.value;
    if ((0,dist/* isMap */.jh)(node))
        return '{…}';
    if ((0,dist/* isSeq */.oP)(node))
        return '[…]';
    return String(node);
}
function show(value) {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
function parseSignificance(node, fail) {
    const v = scalarValue(node);
    const hint = 'expected a number between 0 and 1 such as 0.05, or "off" for plain thresholds';
    if (v === false)
        return null;
    if (typeof v === 'string') {
        const s = v.trim().toLowerCase();
        if (s === 'off' || s === 'none' || s === 'false' || s === 'no')
            return null;
        const pct = /^(\d+(?:\.\d+)?|\.\d+)\s*%$/.exec(s);
        if (pct) {
            const a = Number(pct[1]) / 100;
            if (a > 0 && a < 1)
                return a;
        }
        const num = Number(s);
        if (s !== '' && Number.isFinite(num) && num > 0 && num < 1)
            return num;
        return fail(node, `significance: ${show(v)} is not valid; ${hint}`);
    }
    if (typeof v === 'number') {
        if (v > 0 && v < 1)
            return v;
        if (v >= 1 && v < 100)
            return fail(node, `significance: ${v} is not valid; ${hint} (did you mean ${v / 100} or "${v}%"?)`);
    }
    return fail(node, `significance: ${show(v)} is not valid; ${hint}`);
}
function parseChoice(node, key, choices, fail) {
    const v = scalarValue(node);
    const s = typeof v === 'string' ? v.trim().toLowerCase() : v === false ? 'never' : String(v);
    if (choices.includes(s))
        return s;
    const hint = (0,closest/* closestName */.N)(s, choices);
    return fail(node, `${key}: ${show(v)} is not one of ${choices.join(', ')}${hint ? `; did you mean "${hint}"?` : ''}`);
}
function parseBootstrap(node, keyNode, fail) {
    const out = { ...DEFAULT_BOOTSTRAP };
    if (node === null)
        return out;
    if (!(0,dist/* isMap */.jh)(node))
        return fail(node ?? keyNode, 'bootstrap: expected a mapping such as { resamples: 2000, seed: 1 }');
    for (const pair of node.items) {
        const key = keyName(pair, fail, node.items);
        const v = scalarValue(pair.value);
        const num = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
        if (key === 'resamples') {
            if (typeof num !== 'number' || !Number.isInteger(num) || num < 100 || num > 1_000_000)
                fail(pair.value, `bootstrap.resamples: ${show(v)} is not valid; expected a whole number from 100 to 1000000 such as 2000`);
            out.resamples = num;
        }
        else if (key === 'seed') {
            if (typeof num !== 'number' || !Number.isInteger(num) || num < 0 || num > 4294967295)
                fail(pair.value, `bootstrap.seed: ${show(v)} is not valid; expected a whole number from 0 to 4294967295 such as 1`);
            out.seed = num;
        }
        else {
            const hint = (0,closest/* closestName */.N)(key, ['resamples', 'seed']);
            fail(pair.key, `bootstrap: unknown setting "${key}"${hint ? `; did you mean "${hint}"?` : ''} (settings: resamples, seed)`);
        }
    }
    return out;
}
function parseMetrics(node, keyNode, fail, lineOf, scoreMetrics = false, unknown = fail) {
    if (node === null || !(0,dist/* isMap */.jh)(node))
        return fail(node ?? keyNode, 'metrics: expected a mapping of metric name → rule, such as "accuracy: { max_regression: 0.005 }"');
    const rules = [];
    for (const pair of node.items) {
        const name = keyName(pair, fail, node.items);
        let info = scoreMetrics ? (0,registry_metrics/* declarationFor */._n)(name, 'scores') : (0,registry_metrics/* metricDeclaration */.NL)(name);
        if (!info) {
            const hint = (0,closest/* closestName */.N)(name, registry_metrics/* METRIC_NAMES */.Uw);
            unknown(pair.key, `unknown metric "${name}"${hint ? `; did you mean "${hint}"?` : ''}`);
            info = (0,registry_metrics/* declarationFor */._n)(name, 'scores');
        }
        const rule = { metric: name, line: lineOf(pair.key) };
        const value = pair.value;
        if (value === null || ((0,dist/* isScalar */.jn)(value) && value.value === null)) {
            rule.max_regression = ZERO; // "accuracy:" alone = gate it with no tolerated regression
        }
        else if (!(0,dist/* isMap */.jh)(value)) {
            fail(value, `metrics.${name}: expected a mapping such as { max_regression: ${example(info, 'tol')} } (keys: ${RULE_KEYS.join(', ')}), got ${show(scalarValue(value))}`);
        }
        else {
            for (const rp of value.items) {
                const key = keyName(rp, fail, value.items);
                const vnode = rp.value;
                const at = (vnode ?? rp.key);
                if (key === 'min' || key === 'max')
                    rule[key] = parseBound(at, name, key, info, fail);
                else if (key === 'max_regression')
                    rule.max_regression = parseTolerance(at, name, info, fail);
                else {
                    const hint = (0,closest/* closestName */.N)(key, RULE_KEYS);
                    fail(rp.key, `metrics.${name}: unknown rule "${key}"${hint ? `; did you mean "${hint}"?` : ''} (rules: ${RULE_KEYS.join(', ')})`);
                }
            }
            if (rule.min === undefined && rule.max === undefined && rule.max_regression === undefined)
                rule.max_regression = ZERO;
            if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max)
                fail(value, `metrics.${name}: min ${rule.min} is greater than max ${rule.max}`);
        }
        rules.push(rule);
    }
    if (rules.length === 0)
        fail(node, 'metrics: no metric listed; name at least one, such as "accuracy: { max_regression: 0.005 }"');
    return rules;
}
function example(info, what) {
    return (0,quantity/* exampleValue */.EQ)(info.unit, what);
}
// Sizes, durations, percentages and unit-bearing amounts are read by the quantity module, the
// same one that formats them in reports (src/util/quantity.ts).

function parseQuantity(v, info) {
    return (0,quantity/* parseQuantity */.Lf)(v, info.unit);
}
function expectedForm(info) {
    return (0,quantity/* expectedForm */.TA)(info.unit);
}
function parseBound(node, name, key, info, fail) {
    const v = scalarValue(node);
    let value = parseQuantity(v, info);
    if (value === undefined && typeof v === 'string') {
        const pct = (0,quantity/* parsePercent */.lo)(v);
        if (pct !== undefined && info.unit === 'proportion')
            value = pct;
        else if (pct !== undefined && info.unit === 'percent')
            value = pct * 100;
        else if (pct !== undefined)
            fail(node, `metrics.${name}.${key}: ${show(v)} — a percentage is only meaningful for max_regression here; ${expectedForm(info)}`);
    }
    if (value === undefined)
        return fail(node, `metrics.${name}.${key}: ${show(v)} is not valid; ${expectedForm(info)}`);
    if (info.unit !== 'score' && value < 0)
        fail(node, `metrics.${name}.${key}: ${show(v)} is negative; ${name} is a ${info.unit === 'bytes' ? 'size' : info.unit === 'seconds' || info.unit === 'milliseconds' ? 'duration' : 'quantity'} ≥ 0`, true);
    if (info.unit === 'proportion' && (value < 0 || value > 1)) {
        const guess = value > 1 && value <= 100 ? ` (did you mean ${value / 100} or "${value}%"?)` : '';
        fail(node, `metrics.${name}.${key}: ${show(v)} is out of range; ${name} is a proportion between 0 and 1${guess}`);
    }
    return value;
}
function parseTolerance(node, name, info, fail) {
    const v = scalarValue(node);
    const tolHint = `expected an absolute amount such as ${example(info, 'tol')} (relative)`;
    if (typeof v === 'string') {
        const pct = (0,quantity/* parsePercent */.lo)(v);
        if (pct !== undefined) {
            if (pct < 0)
                fail(node, `metrics.${name}.max_regression: ${show(v)} is negative; the tolerated worsening is a size ≥ 0 such as "1%"`);
            return { kind: 'relative', value: pct, text: `${trimNum(pct * 100)}%` };
        }
    }
    // Points ("2pp") on a proportion are read by the quantity parser: an absolute amount.
    const value = parseQuantity(v, info);
    if (value === undefined) {
        const base = info.unit === 'bytes' || info.unit === 'seconds' || info.unit === 'milliseconds'
            ? `${expectedForm(info)}, or a percentage such as "10%"`
            : tolHint;
        return fail(node, `metrics.${name}.max_regression: ${show(v)} is not valid; ${base}`);
    }
    if (value < 0)
        fail(node, `metrics.${name}.max_regression: ${show(v)} is negative; it is the worsening tolerated (≥ 0) in the direction where ${name} gets worse`);
    // A proportion moves at most 1: a tolerance of 1 or more gates nothing, and is almost surely
    // points written as a fraction ("2" meant two points).
    if (info.unit === 'proportion' && value >= 1)
        fail(node, `metrics.${name}.max_regression: ${show(v)} is 1 or more, but ${name} is a proportion between 0 and 1, so this gates nothing; for ${trimNum(value)} points write ${trimNum(value / 100)} or "${trimNum(value)}pp" (or "${trimNum(value)}%" for a relative tolerance)`, true);
    const text = typeof v === 'string' ? v.trim() : trimNum(value);
    return { kind: 'absolute', value, text };
}
function trimNum(x) {
    return String(Number(x.toPrecision(12)));
}

;// CONCATENATED MODULE: ./src/config/index.ts




// EXTERNAL MODULE: ./src/compare/stats/quantile.ts
var quantile = __webpack_require__(4758);
;// CONCATENATED MODULE: ./src/compare/stats/distributions.ts
/**
 * Distribution functions accurate to ~1e-13 (relative in the tails), with no external tables:
 * - erfc: the all-positive series erf(x) = 2/√π·e^(−x²)·Σ (2x²)ⁿ·x/(2n+1)!! for x < 2, the
 *   Laplace continued fraction (modified Lentz) for x ≥ 2;
 * - normal quantile: Acklam's rational approximation refined by Halley steps on erfc;
 * - binomial pmf: Loader's saddle-point form (stirlerr + bd0, as R's dbinom and scipy's
 *   binom.pmf) — stable for any n; the cdf sums pmf terms from the small end.
 */
const SQRT2 = Math.SQRT2;
const SQRT_PI = Math.sqrt(Math.PI);
const LN_2PI = Math.log(2 * Math.PI);
const LN_SQRT_2PI = 0.5 * LN_2PI;
/** Complementary error function. */
function erfc(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x < 0)
        return 2 - erfc(-x);
    if (x < 2)
        return 1 - erfSeries(x);
    if (x > 27.3)
        return 0; // below the smallest subnormal
    return erfcContinuedFraction(x);
}
/** Error function. */
function erf(x) {
    if (Number.isNaN(x))
        return NaN;
    if (Math.abs(x) < 2)
        return erfSeries(x);
    return x > 0 ? 1 - erfc(x) : erfc(-x) - 1;
}
function erfSeries(x) {
    const x2 = x * x;
    const twoX2 = 2 * x2;
    let term = x;
    let sum = x;
    for (let n = 1; n < 500; n++) {
        term *= twoX2 / (2 * n + 1);
        const next = sum + term;
        if (next === sum)
            break;
        sum = next;
    }
    return (2 / SQRT_PI) * Math.exp(-x2) * sum;
}
/** erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), x ≥ 2. */
function erfcContinuedFraction(x) {
    const tiny = 1e-300;
    let f = x;
    let c = x;
    let d = 0;
    for (let k = 1; k < 5000; k++) {
        const a = k / 2;
        d = x + a * d;
        if (d === 0)
            d = tiny;
        c = x + a / c;
        if (c === 0)
            c = tiny;
        d = 1 / d;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.exp(-x * x) / SQRT_PI / f;
}
/** Standard normal cumulative distribution function Φ(z). */
function distributions_normalCdf(z) {
    return 0.5 * erfc(-z / SQRT2);
}
/** Standard normal survival function 1 − Φ(z), accurate in the upper tail. */
function normalSf(z) {
    return 0.5 * erfc(z / SQRT2);
}
function normalPdf(z) {
    return Math.exp(-0.5 * z * z - LN_SQRT_2PI);
}
// Acklam's coefficients (relative error < 1.15e-9 before refinement).
const A = [
    -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
    2.506628277459239,
];
const B = [
    -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
];
const C = [
    -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
/** Standard normal quantile Φ⁻¹(p), p in (0, 1); ±Infinity at 0 and 1. */
function distributions_normalQuantile(p) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p > 0.5)
        return -distributions_normalQuantile(1 - p); // 1 − p is exact for p ≥ ½
    let x;
    if (p < 0.02425) {
        const q = Math.sqrt(-2 * Math.log(p));
        x =
            (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
                ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    else {
        const q = p - 0.5;
        const r = q * q;
        x =
            ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
                (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
    // Halley refinement on the accurate cdf (relative error in the lower tail).
    for (let i = 0; i < 3; i++) {
        const e = distributions_normalCdf(x) - p;
        if (e === 0)
            break;
        const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
        const next = x - u / (1 + (x * u) / 2);
        if (!Number.isFinite(next))
            break;
        if (Math.abs(next - x) <= 1e-16 * Math.abs(x)) {
            x = next;
            break;
        }
        x = next;
    }
    return x;
}
/** Survival function of χ² with 1 degree of freedom: P(X > x) = erfc(√(x/2)). */
function chi2Sf1(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x <= 0)
        return 1;
    return erfc(Math.sqrt(x / 2));
}
// ---------------------------------------------------------------------------------------------
// Binomial
/** ln(n!) for a non-negative integer n. */
function lnFactorial(n) {
    if (n < 0 || !Number.isInteger(n))
        return NaN;
    if (n <= 1)
        return 0;
    if (n <= 15) {
        let f = 1;
        for (let i = 2; i <= n; i++)
            f *= i; // exact: 15! < 2⁵³
        return Math.log(f);
    }
    return (n + 0.5) * Math.log(n) - n + LN_SQRT_2PI + stirlerr(n);
}
/** ln C(n, k). */
function lnChoose(n, k) {
    if (k < 0 || k > n)
        return -Infinity;
    return lnFactorial(n) - lnFactorial(k) - lnFactorial(n - k);
}
/** Stirling's error term ln(n!) − [(n + ½)ln n − n + ln√(2π)] for integer n ≥ 0. */
function stirlerr(n) {
    const S0 = 1 / 12;
    const S1 = 1 / 360;
    const S2 = 1 / 1260;
    const S3 = 1 / 1680;
    const S4 = 1 / 1188;
    if (n <= 15) {
        if (n === 0)
            return 0; // only reached via x = 0, which the callers handle
        return lnFactorial(n) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
    }
    const nn = n * n;
    if (n > 500)
        return (S0 - S1 / nn) / n;
    if (n > 80)
        return (S0 - (S1 - S2 / nn) / nn) / n;
    if (n > 35)
        return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
    return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}
/** Deviance term x·ln(x/np) + np − x, computed without cancellation (Loader 2000). */
function bd0(x, np) {
    if (Math.abs(x - np) < 0.1 * (x + np)) {
        let v = (x - np) / (x + np);
        let s = (x - np) * v;
        let ej = 2 * x * v;
        v = v * v;
        for (let j = 1; j < 1000; j++) {
            ej *= v;
            const s1 = s + ej / (2 * j + 1);
            if (s1 === s)
                return s1;
            s = s1;
        }
        return s;
    }
    return x * Math.log(x / np) + np - x;
}
/** Binomial probability mass P(X = k), X ~ Bin(n, p). */
function binomPmf(k, n, p) {
    if (!Number.isInteger(k) || k < 0 || k > n)
        return 0;
    const q = 1 - p;
    if (p === 0)
        return k === 0 ? 1 : 0;
    if (q === 0)
        return k === n ? 1 : 0;
    if (k === 0) {
        if (n === 0)
            return 1;
        return Math.exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q));
    }
    if (k === n)
        return Math.exp(q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p));
    const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, n * p) - bd0(n - k, n * q);
    const lf = LN_2PI + Math.log(k) + Math.log1p(-k / n);
    return Math.exp(lc - 0.5 * lf);
}
/** Binomial cdf P(X ≤ k). Sums the smaller tail, smallest terms first. */
function binomCdf(k, n, p) {
    k = Math.floor(k);
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    if (k <= n * p) {
        let s = 0;
        for (let i = 0; i <= k; i++)
            s += binomPmf(i, n, p);
        return Math.min(1, s);
    }
    return Math.max(0, 1 - binomSf(k, n, p));
}
/** Binomial survival P(X > k). */
function binomSf(k, n, p) {
    k = Math.floor(k);
    if (k < 0)
        return 1;
    if (k >= n)
        return 0;
    if (k + 1 >= n * p) {
        let s = 0;
        for (let i = n; i > k; i--)
            s += binomPmf(i, n, p);
        return Math.min(1, s);
    }
    return Math.max(0, 1 - binomCdf(k, n, p));
}

;// CONCATENATED MODULE: ./src/compare/stats/mcnemar.ts

/** McNemar's test for paired binary outcomes (see reference/statistics.md). */
function mcnemar(b, c) {
    if (!(Number.isInteger(b) && Number.isInteger(c) && b >= 0 && c >= 0))
        throw new RangeError(`mcnemar: counts must be non-negative integers, got ${b}, ${c}`);
    const m = b + c;
    if (m === 0)
        return { b, c, method: 'exact', statistic: 0, pValue: 1, exactP: 1, midP: 1, pWorse: 1 };
    const k = Math.min(b, c);
    const exactP = Math.min(1, 2 * binomCdf(k, m, 0.5));
    const midP = Math.min(1, 2 * binomCdf(k, m, 0.5) - binomPmf(k, m, 0.5));
    const statistic = Math.max(0, Math.abs(b - c) - 1) ** 2 / m;
    if (m < 25) {
        // P(X ≥ b) with X ~ Bin(b + c, ½).
        const pWorse = b === 0 ? 1 : binomSf(b - 1, m, 0.5);
        return { b, c, method: 'exact', statistic, pValue: exactP, exactP, midP, pWorse };
    }
    const pValue = chi2Sf1(statistic);
    const z = (b - c - 1) / Math.sqrt(m);
    const pWorse = b - c - 1 > 0 ? pValue / 2 : distributions_normalCdf(-z);
    return { b, c, method: 'chi2', statistic, pValue, exactP, midP, pWorse };
}
/**
 * Normal-approximation non-inferiority test for paired accuracy with tolerance δ ≥ 0 (reference):
 * fail when (Δ + δ)/se < −z₁₋α, i.e. when pValue < α.
 */
function pairedNonInferiority(b, c, n, tolerance) {
    const delta = (c - b) / n;
    const se = Math.sqrt(Math.max(0, b + c - ((c - b) * (c - b)) / n)) / n;
    const num = delta + tolerance;
    if (se === 0) {
        const z = num > 0 ? Infinity : num < 0 ? -Infinity : 0;
        return { delta, se, z, pValue: num < 0 ? 0 : 1 };
    }
    const z = num / se;
    return { delta, se, z, pValue: distributions_normalCdf(z) };
}

;// CONCATENATED MODULE: ./src/compare/stats/wilson.ts

/** Wilson score interval for k successes out of n (reference/statistics.md). */
function wilsonInterval(k, n, z = 1.959963984540054) {
    if (n <= 0)
        return [0, 1];
    const p = k / n;
    const z2 = z * z;
    const denom = 1 + z2 / n;
    const centre = (p + z2 / (2 * n)) / denom;
    const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
/**
 * Two independent proportions k₁/n₁ (baseline) and k₂/n₂ (candidate): Newcombe's interval for the
 * difference at level 1 − alpha and a one-sided non-inferiority z-test with the given tolerance.
 */
function unpairedProportions(k1, n1, k2, n2, tolerance, alpha = 0.05) {
    const z = distributions_normalQuantile(1 - alpha / 2);
    const p1 = k1 / n1;
    const p2 = k2 / n2;
    const [l1, u1] = wilsonInterval(k1, n1, z);
    const [l2, u2] = wilsonInterval(k2, n2, z);
    const delta = p2 - p1;
    const lo = delta - Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2);
    const hi = delta + Math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2);
    const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
    const num = delta + tolerance;
    const pValue = se === 0 ? (num < 0 ? 0 : 1) : distributions_normalCdf(num / se);
    return { delta, ci: [lo, hi], se, pValue };
}

;// CONCATENATED MODULE: ./src/compare/stats/prng.ts
/**
 * Deterministic pseudo-random numbers: xoshiro128** (Blackman & Vigna) seeded through splitmix32,
 * with Lemire's unbiased bounded integers. Pure 32-bit integer arithmetic, so the stream is
 * identical on every platform and Node version.
 */
/** splitmix32 step: returns [output, next state]. */
function splitmix32(state) {
    const next = (state + 0x9e3779b9) >>> 0;
    let z = next;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    z = (z ^ (z >>> 16)) >>> 0;
    return [z, next];
}
class prng_Rng {
    s0;
    s1;
    s2;
    s3;
    /** `seed` is any integer (taken modulo 2³²). */
    constructor(seed) {
        let state = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
        const out = [];
        for (let i = 0; i < 4; i++) {
            const [z, next] = splitmix32(state);
            out.push(z);
            state = next;
        }
        [this.s0, this.s1, this.s2, this.s3] = out.map((z) => z | 0);
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 1; // never the all-zero state
    }
    /** Next uniform 32-bit unsigned integer. */
    nextUint32() {
        return this.next() >>> 0;
    }
    /**
     * One xoshiro128** step, output as a signed 32-bit integer. The state is kept in int32 form
     * (`| 0`) so V8 holds it as small integers rather than boxed doubles: the same bits as the
     * unsigned form, several times faster.
     */
    next() {
        const s1 = this.s1;
        const x = Math.imul(s1, 5);
        const result = Math.imul((x << 7) | (x >>> 25), 9);
        const t = s1 << 9;
        const s2 = this.s2 ^ this.s0;
        const s3 = this.s3 ^ s1;
        this.s1 = s1 ^ s2;
        this.s0 = this.s0 ^ s3;
        this.s2 = s2 ^ t;
        this.s3 = (s3 << 11) | (s3 >>> 21);
        return result;
    }
    /** Uniform double in [0, 1) with 53 random bits. */
    nextFloat() {
        const hi = this.nextUint32() >>> 5; // 27 bits
        const lo = this.nextUint32() >>> 6; // 26 bits
        return (hi * 67108864 + lo) / 9007199254740992;
    }
    /**
     * Unbiased integer in [0, n), 1 ≤ n ≤ 2³² (Lemire 2019, "nearly divisionless"). The 64-bit
     * product is formed from 16-bit halves in 32-bit integer arithmetic (Math.imul, >>> 0): the same
     * numbers as exact float arithmetic, ~8× faster — the bootstrap draws n of these per resample.
     */
    nextInt(n) {
        if (!(n >= 1 && n <= 4294967296) || !Number.isInteger(n))
            throw new RangeError(`nextInt: bad bound ${n}`);
        if (n === 4294967296)
            return this.nextUint32();
        const bLo = n & 0xffff;
        const bHi = n >>> 16; // n < 2³²: fits 16 bits
        let x = this.next() >>> 0;
        let lo = mulLo(x, n);
        if (lo < n) {
            const threshold = (4294967296 - n) % n; // 2³² mod n
            while (lo < threshold) {
                x = this.next() >>> 0;
                lo = mulLo(x, n);
            }
        }
        // Below 2²¹ the product is under 2⁵³, exact as a double: one multiply and a truncation.
        return n <= 2097152 ? Math.floor((x * n) / 4294967296) : mulHi(x, bLo, bHi);
    }
}
/** Low 32 bits of a·b (unsigned). */
function mulLo(a, b) {
    return Math.imul(a, b) >>> 0;
}
/** High 32 bits of a·b for 32-bit unsigned a and b = bHi·2¹⁶ + bLo. */
function mulHi(a, bLo, bHi) {
    const aLo = a & 0xffff;
    const aHi = a >>> 16;
    const ll = aLo * bLo; // < 2³²
    const lh = aLo * bHi;
    const hl = aHi * bLo;
    const hh = aHi * bHi;
    // Carry out of the low word: (ll >>> 16) + low halves of the cross products, each < 2¹⁷.
    const mid = (ll >>> 16) + (lh & 0xffff) + (hl & 0xffff);
    return (hh + (lh >>> 16) + (hl >>> 16) + (mid >>> 16)) >>> 0;
}

;// CONCATENATED MODULE: ./src/compare/stats/bootstrap.ts


/**
 * Draws `resamples` index resamples of size n as weight vectors (weight[i] = how often row i was
 * drawn) in a fixed order — round by round, n draws of Lemire's unbiased integer from one
 * xoshiro128** stream — and calls `visit` with each. The vector is reused between rounds.
 */
function forEachResample(n, options, visit, rng = new prng_Rng(options.seed)) {
    const weights = new Float64Array(n);
    for (let round = 0; round < options.resamples; round++) {
        weights.fill(0);
        for (let i = 0; i < n; i++)
            weights[rng.nextInt(n)] += 1;
        visit(weights, round);
    }
}
/**
 * Paired bootstrap (reference): each round scores both models on the same resampled rows.
 * `permutation[i]` is the candidate row aligned with baseline row i (identity when omitted).
 */
function pairedBootstrap(n, metrics, baseline, candidate, options, permutation) {
    const out = collector(metrics, options.resamples);
    const candWeights = permutation ? new Float64Array(n) : null;
    forEachResample(n, options, (w) => {
        let wc = w;
        if (candWeights && permutation) {
            for (let i = 0; i < n; i++)
                candWeights[permutation[i]] = w[i];
            wc = candWeights;
        }
        out.add(baseline(w), candidate(wc));
    });
    return out.result();
}
/**
 * Unpaired bootstrap: each round resamples the baseline's n₁ rows and the candidate's n₂ rows
 * independently (baseline first, then candidate, from one stream).
 */
function unpairedBootstrap(nBaseline, nCandidate, metrics, baseline, candidate, options) {
    const out = collector(metrics, options.resamples);
    const rng = new prng_Rng(options.seed);
    const wb = new Float64Array(nBaseline);
    const wc = new Float64Array(nCandidate);
    for (let round = 0; round < options.resamples; round++) {
        wb.fill(0);
        for (let i = 0; i < nBaseline; i++)
            wb[rng.nextInt(nBaseline)] += 1;
        wc.fill(0);
        for (let i = 0; i < nCandidate; i++)
            wc[rng.nextInt(nCandidate)] += 1;
        out.add(baseline(wb), candidate(wc));
    }
    return out.result();
}
function collector(metrics, resamples) {
    const buffers = metrics.map(() => new Float64Array(resamples));
    const counts = metrics.map(() => 0);
    const dropped = metrics.map(() => 0);
    return {
        add(base, cand) {
            metrics.forEach((m, j) => {
                const b = base[m];
                const c = cand[m];
                if (b === null ||
                    b === undefined ||
                    c === null ||
                    c === undefined ||
                    !Number.isFinite(b) ||
                    !Number.isFinite(c))
                    dropped[j]++;
                else
                    buffers[j][counts[j]++] = c - b;
            });
        },
        result() {
            const r = {};
            metrics.forEach((m, j) => {
                r[m] = { deltas: buffers[j].slice(0, counts[j]), dropped: dropped[j] };
            });
            return r;
        },
    };
}
/** Percentile interval: the α/2 and 1 − α/2 quantiles of Δ* (numpy 'linear'). */
function percentileInterval(deltas, alpha) {
    if (deltas.length === 0)
        return null;
    const sorted = deltas.slice().sort();
    return [(0,quantile/* quantileSorted */.Z4)(sorted, alpha / 2), (0,quantile/* quantileSorted */.Z4)(sorted, 1 - alpha / 2)];
}
/**
 * One-sided bootstrap p-value for "worse than the baseline by more than `tolerance`" (reference):
 * higher-is-better: (#(Δ* ≥ −δ) + 1)/(B + 1); lower-is-better: (#(Δ* ≤ δ) + 1)/(B + 1).
 */
function bootstrapPValue(deltas, tolerance, higherIsBetter) {
    const B = deltas.length;
    if (B === 0)
        return null;
    let count = 0;
    if (higherIsBetter) {
        for (let i = 0; i < B; i++)
            if (deltas[i] >= -tolerance)
                count++;
    }
    else {
        for (let i = 0; i < B; i++)
            if (deltas[i] <= tolerance)
                count++;
    }
    return (count + 1) / (B + 1);
}

;// CONCATENATED MODULE: ./src/compare/stats/mann-whitney.ts


/** Largest sample size (each side) for which the exact null distribution of U is used. */
const MANN_WHITNEY_EXACT_LIMIT = 50;
/** Midranks (1-based) of the values and the tie term Σ(t³ − t). */
function midranks(values) {
    const n = values.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
    const ranks = new Float64Array(n);
    let tieTerm = 0;
    for (let i = 0; i < n;) {
        let j = i;
        while (j + 1 < n && values[order[j + 1]] === values[order[i]])
            j++;
        const r = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            ranks[order[k]] = r;
        const t = j - i + 1;
        tieTerm += t * t * t - t;
        i = j + 1;
    }
    return { ranks, tieTerm };
}
const exactCache = new Map();
/**
 * Null distribution of U for sample sizes n₁, n₂ without ties, as counts of arrangements
 * (index u = 0..n₁n₂), by the recurrence f(m, n, u) = f(m − 1, n, u − n) + f(m, n − 1, u).
 * Only additions, so the counts keep full relative precision in doubles.
 */
function mannWhitneyCounts(n1, n2) {
    const key = `${n1},${n2}`;
    const cached = exactCache.get(key);
    if (cached)
        return cached;
    // prev[n] = f(m − 1, n, ·); start with m = 0: f(0, n, u) = [u = 0].
    let prev = [];
    for (let n = 0; n <= n2; n++)
        prev.push(Float64Array.of(1));
    for (let m = 1; m <= n1; m++) {
        const cur = [Float64Array.of(1)];
        for (let n = 1; n <= n2; n++) {
            const arr = new Float64Array(m * n + 1);
            const a = prev[n]; // f(m − 1, n, ·), length (m − 1)n + 1, shifted by n
            for (let u = 0; u < a.length; u++)
                arr[u + n] += a[u];
            const b = cur[n - 1]; // f(m, n − 1, ·), length m(n − 1) + 1
            for (let u = 0; u < b.length; u++)
                arr[u] += b[u];
            cur.push(arr);
        }
        prev = cur;
    }
    const counts = prev[n2];
    if (exactCache.size > 64)
        exactCache.clear();
    exactCache.set(key, counts);
    return counts;
}
/** P(U ≥ u) under the exact null distribution. */
function exactSf(u, n1, n2) {
    const counts = mannWhitneyCounts(n1, n2);
    let total = 0;
    for (let i = 0; i < counts.length; i++)
        total += counts[i];
    // Sum the smaller side for accuracy; the distribution is symmetric: P(U ≥ u) = P(U ≤ n₁n₂ − u).
    const k = Math.ceil(u);
    const mirror = n1 * n2 - k;
    let s = 0;
    if (mirror < 0)
        return 0;
    for (let i = 0; i <= Math.min(mirror, counts.length - 1); i++)
        s += counts[i];
    return Math.min(1, s / total);
}
/**
 * Mann-Whitney U test of x against y (scipy.stats.mannwhitneyu semantics, use_continuity=True).
 * Exact when there are no ties and both samples have ≤ 50 values, unless `method` says otherwise;
 * otherwise the normal approximation with tie correction σ = √(n₁n₂/12·[(N + 1) − Σ(t³ − t)/(N(N − 1))])
 * and continuity correction ½. Two-sided: U = max(U₁, U₂), p = min(1, 2·P(U' ≥ U)).
 */
function mannWhitneyU(x, y, alternative = 'two-sided', method = 'auto') {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        throw new RangeError('mannWhitneyU: both samples need at least one value');
    const all = new Float64Array(n1 + n2);
    for (let i = 0; i < n1; i++)
        all[i] = x[i];
    for (let j = 0; j < n2; j++)
        all[n1 + j] = y[j];
    const { ranks, tieTerm } = midranks(all);
    let r1 = 0;
    for (let i = 0; i < n1; i++)
        r1 += ranks[i];
    const u1 = r1 - (n1 * (n1 + 1)) / 2;
    const u2 = n1 * n2 - u1;
    const hasTies = tieTerm > 0;
    const chosen = method === 'auto'
        ? !hasTies && n1 <= MANN_WHITNEY_EXACT_LIMIT && n2 <= MANN_WHITNEY_EXACT_LIMIT
            ? 'exact'
            : 'asymptotic'
        : method;
    const [u, factor] = alternative === 'greater' ? [u1, 1] : alternative === 'less' ? [u2, 1] : [Math.max(u1, u2), 2];
    let p;
    if (chosen === 'exact') {
        p = exactSf(u, n1, n2);
    }
    else {
        const N = n1 + n2;
        const mu = (n1 * n2) / 2;
        const s = Math.sqrt(((n1 * n2) / 12) * (N + 1 - tieTerm / (N * (N - 1))));
        if (s === 0 || !Number.isFinite(s))
            p = u - mu - 0.5 > 0 ? 0 : 1;
        else
            p = normalSf((u - mu - 0.5) / s);
    }
    return { u1, u2, method: chosen, pValue: Math.min(1, Math.max(0, p * factor)), hasTies };
}
/**
 * Distribution-free confidence interval for the shift y − x (Moses 1965; the interval that
 * inverts the Mann-Whitney test): with the m = n₁n₂ pairwise differences sorted,
 * [D₍ₖ₎, D₍ₘ₋ₖ₊₁₎] where k is the largest integer with P(U ≤ k − 1) ≤ α/2 under the exact null
 * distribution (n₁, n₂ ≤ 50) or k = ⌊n₁n₂/2 − z₁₋α/₂·σ⌋ otherwise (σ without tie correction).
 */
function shiftInterval(x, y, alpha) {
    const n1 = x.length;
    const n2 = y.length;
    const m = n1 * n2;
    const d = new Float64Array(m);
    let t = 0;
    for (let i = 0; i < n1; i++)
        for (let j = 0; j < n2; j++)
            d[t++] = y[j] - x[i];
    d.sort();
    const estimate = (0,quantile/* quantileSorted */.Z4)(d, 0.5);
    let k;
    let level;
    if (n1 <= MANN_WHITNEY_EXACT_LIMIT && n2 <= MANN_WHITNEY_EXACT_LIMIT) {
        const counts = mannWhitneyCounts(n1, n2);
        let total = 0;
        for (let i = 0; i < counts.length; i++)
            total += counts[i];
        let cdf = 0;
        k = 0;
        // cdf after adding counts[0..k-1] = P(U ≤ k − 1)
        while (k < counts.length && cdf + counts[k] <= (alpha / 2) * total) {
            cdf += counts[k];
            k++;
        }
        level = k > 0 ? 1 - (2 * cdf) / total : null;
    }
    else {
        const sigma = Math.sqrt((m * (n1 + n2 + 1)) / 12);
        k = Math.floor(m / 2 - distributions_normalQuantile(1 - alpha / 2) * sigma);
        level = k > 0 ? 1 - alpha : null;
    }
    if (k < 1 || k > m - k + 1)
        return { estimate, ci: null, level: null };
    return { estimate, ci: [d[k - 1], d[m - k]], level };
}
/**
 * Ratio of medians candidate/baseline with a confidence interval. Method (documented in README):
 * under the Mann-Whitney location-scale model the candidate's values are the baseline's times a
 * factor θ; the Moses order-statistic interval of the pairwise log ratios log y_j − log x_i is a
 * distribution-free CI for log θ, so exp() of it is a CI for θ, the ratio of medians. The same
 * order statistics that make the Mann-Whitney test reject make the interval exclude 1, so the
 * test and the interval agree. benchstat reports a CI per median (order statistics); a CI of the
 * ratio is what a gate needs.
 */
function ratioOfMedians(x, y, alpha) {
    const mx = (0,quantile/* median */.JZ)(x);
    const my = (0,quantile/* median */.JZ)(y);
    const ratio = my / mx;
    let positive = true;
    for (let i = 0; i < x.length; i++)
        if (!(x[i] > 0))
            positive = false;
    for (let j = 0; j < y.length; j++)
        if (!(y[j] > 0))
            positive = false;
    if (positive) {
        const s = shiftInterval(Array.from(x, Math.log), Array.from(y, Math.log), alpha);
        return { ratio, ci: s.ci ? [Math.exp(s.ci[0]), Math.exp(s.ci[1])] : null, method: 'log-shift' };
    }
    const s = shiftInterval(x, y, alpha);
    const ci = s.ci && mx > 0 ? [1 + s.ci[0] / mx, 1 + s.ci[1] / mx] : null;
    return { ratio, ci, method: 'shift/median' };
}

// EXTERNAL MODULE: ./src/compare/stats/holm.ts
var holm = __webpack_require__(58713);
;// CONCATENATED MODULE: ./src/compare/stats/index.ts










;// CONCATENATED MODULE: ./src/compare/describe.ts


function thresholdText(rule, baseValue) {
    const parts = [];
    const unit = (0,registry_metrics/* metricDeclaration */.NL)(rule.metric)?.unit;
    if (rule.min !== undefined)
        parts.push(`min ${fmtUnit(rule.min, unit)}`);
    if (rule.max !== undefined)
        parts.push(`max ${fmtUnit(rule.max, unit)}`);
    if (rule.max_regression) {
        const t = rule.max_regression;
        if (t.kind === 'relative' && baseValue !== null)
            parts.push(`max_regression ${t.text} (${fmtUnit(t.value * Math.abs(baseValue), unit)})`);
        else
            parts.push(`max_regression ${t.text}`);
    }
    return parts.join(', ');
}
function hostLabel(b) {
    const h = b.host;
    if (!h)
        return 'unknown host';
    const gpu = h.gpus?.length ? `, ${h.gpus.map((g) => g.model).join(' + ')}` : '';
    return `${h.cpu_model} ×${h.cpu_cores}${gpu}`;
}
/** A value in the metric's unit as gate.yml writes it: bytes as 2GiB / 500MB, durations as 200ms / 2s. */
function fmtUnit(x, unit) {
    return (0,quantity/* formatAsWritten */.xC)(x, unit ?? 'score');
}
/** An unsigned amount of `metric` for reasons: "38.15 MiB", "1.23 points", "0.0123". */
function fmtAmount(metric, x) {
    const unit = (0,registry_metrics/* metricDeclaration */.NL)(metric)?.unit ?? 'score';
    if (unit === 'score')
        return fmt(Math.abs(x));
    return (0,quantity/* formatAmount */.ej)(x, unit);
}
/** A plain number in the shortest form a user would write (4 significant digits, exponent past 1e6). */
function fmt(x) {
    return (0,quantity/* formatAsWritten */.xC)(x, 'score');
}
function fmtP(p) {
    return p < 1e-4 ? p.toExponential(1) : String(Number(p.toPrecision(2)));
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/**
 * The minimum detectable effect in words, in the metric's unit (points for proportions):
 * "n = 400 detects worsenings of 4.1 points or more (80% power)".
 */
function mdeText(n, mde, metric) {
    return `n = ${n} detects worsenings of ${fmtAmount(metric, mde)} or more (80% power)`;
}

;// CONCATENATED MODULE: ./src/compare/power.ts

/** The power the minimum detectable effect is stated at. */
const MDE_POWER = 0.8;
/**
 * Minimum detectable effect of a one-sided test at level α with standard error `se`: the true
 * worsening it detects with 80% power, tolerance + (z₁₋α + z₀.₈)·se (normal approximation).
 */
function minimumDetectableEffect(se, tolerance, alpha) {
    if (!Number.isFinite(se) || se < 0)
        return null;
    return tolerance + (distributions_normalQuantile(1 - alpha) + distributions_normalQuantile(MDE_POWER)) * se;
}
/** Standard deviation of bootstrap deltas (their standard error). */
function bootstrapSe(deltas) {
    const n = deltas.length;
    if (n < 2)
        return null;
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += deltas[i];
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++)
        ss += (deltas[i] - mean) ** 2;
    return Math.sqrt(ss / (n - 1));
}

;// CONCATENATED MODULE: ./src/compare/unpaired-tests.ts


/** The standard error of the difference from summaries, or null when nothing supports a test. */
function summaryTest(metric, baseline, candidate) {
    const shape = (0,registry_metrics/* declarationFor */._n)(metric, candidate.task)?.shape;
    const b = baseline.metrics[metric];
    const c = candidate.metrics[metric];
    if (typeof b !== 'number' || typeof c !== 'number' || !Number.isFinite(b) || !Number.isFinite(c))
        return null;
    const delta = c - b;
    if (shape === 'mean') {
        const vb = meanVariance(baseline.statistics?.terms[metric]);
        const vc = meanVariance(candidate.statistics?.terms[metric]);
        if (vb === null || vc === null)
            return null;
        if (candidate.task === 'scores' && metric.endsWith(registry_metrics/* FLAKY_SUFFIX */.qB)) {
            // A count: the sum of per-example indicators, whose variance is n² times its mean's.
            const nb = baseline.statistics?.terms[metric]?.n ?? 0;
            const nc = candidate.statistics?.terms[metric]?.n ?? 0;
            return { delta, se: Math.sqrt(nb * nb * vb + nc * nc * vc), test: 'welch-z' };
        }
        return { delta, se: Math.sqrt(vb + vc), test: 'welch-z' };
    }
    if (shape === 'corpus-statistics') {
        // BLEU, chrF: the delta method, from the per-example influence terms each result stores
        // (`corpusInfluence`: their variance over n is the corpus score's).
        const vb = meanVariance(baseline.statistics?.terms[`${metric}_influence`]);
        const vc = meanVariance(candidate.statistics?.terms[`${metric}_influence`]);
        if (vb === null || vc === null)
            return null;
        return { delta, se: Math.sqrt(vb + vc), test: 'delta-method' };
    }
    if (metric === 'rmse' || metric === 'r2') {
        const vb = meanVariance(baseline.statistics?.terms.mse);
        const vc = meanVariance(candidate.statistics?.terms.mse);
        if (vb === null || vc === null)
            return null;
        if (metric === 'rmse') {
            // d√m/dm = 1/(2√m): the delta method on the mean squared error.
            if (!(b > 0 && c > 0))
                return null;
            return { delta, se: Math.sqrt(vb / (4 * b * b) + vc / (4 * c * c)), test: 'delta-method' };
        }
        const yb = labelVariance(baseline.statistics?.terms.y);
        const yc = labelVariance(candidate.statistics?.terms.y);
        if (!yb || !yc)
            return null;
        // R² = 1 − MSE / Var(y); the labels' variance is taken as known (the same labels on both sides).
        return { delta, se: Math.sqrt(vb / (yb * yb) + vc / (yc * yc)), test: 'delta-method' };
    }
    if (shape === 'auc' && baseline.task === 'binary' && candidate.task === 'binary') {
        const vb = hanleyMcNeil(b, baseline);
        const vc = hanleyMcNeil(c, candidate);
        if (vb === null || vc === null)
            return null;
        return { delta, se: Math.sqrt(vb + vc), test: 'hanley-mcneil' };
    }
    return null;
}
/** One-sided p for "worse by more than tolerance" from a normal (delta, se). */
function normalRegressionP(delta, se, tolerance, higher) {
    const gain = higher ? delta : -delta;
    const num = gain + tolerance;
    if (!(se > 0))
        return num < 0 ? 0 : 1;
    return distributions_normalCdf(num / se);
}
/** Variance of a mean from its sums: s² / n. */
function meanVariance(m) {
    if (!m || m.n < 2)
        return null;
    const mean = m.sum / m.n;
    const s2 = Math.max(0, (m.sum_sq - m.n * mean * mean) / (m.n - 1));
    return s2 / m.n;
}
function labelVariance(m) {
    if (!m || m.n < 2)
        return null;
    const mean = m.sum / m.n;
    return Math.max(0, m.sum_sq / m.n - mean * mean);
}
/** Hanley & McNeil (1982) variance of an AUC from its value and the class counts. */
function hanleyMcNeil(a, r) {
    const positive = r.dataset.positive_label;
    if (!r.confusion || positive === undefined)
        return null;
    let nPos = 0;
    let nNeg = 0;
    for (const [t, , count] of r.confusion.counts) {
        if (t === positive)
            nPos += count;
        else
            nNeg += count;
    }
    if (nPos < 1 || nNeg < 1)
        return null;
    const q1 = a / (2 - a);
    const q2 = (2 * a * a) / (1 + a);
    return (a * (1 - a) + (nPos - 1) * (q1 - a * a) + (nNeg - 1) * (q2 - a * a)) / (nPos * nNeg);
}
/**
 * Rows rebuilt from a stored confusion table (order is irrelevant to confusion-shaped metrics),
 * so that the unpaired bootstrap resamples the table multinomially. Null when no table is stored.
 */
function rowsFromConfusion(r) {
    if ((r.task !== 'binary' && r.task !== 'multiclass') || !r.confusion)
        return null;
    const labels = r.confusion.labels;
    const index = new Map(labels.map((l, i) => [l, i]));
    let n = 0;
    for (const [, , count] of r.confusion.counts)
        n += count;
    const yTrue = new Int32Array(n);
    const yPred = new Int32Array(n);
    let row = 0;
    for (const [t, p, count] of r.confusion.counts) {
        const ti = index.get(t);
        const pi = index.get(p);
        if (ti === undefined || pi === undefined)
            return null;
        yTrue.fill(ti, row, row + count);
        yPred.fill(pi, row, row + count);
        row += count;
    }
    const positive = r.dataset.positive_label !== undefined ? index.get(r.dataset.positive_label) : undefined;
    if (r.task === 'binary' && positive === undefined)
        return null;
    return {
        task: r.task,
        n,
        classes: labels,
        yTrue,
        yPred,
        ...(positive !== undefined ? { positive } : {}),
        scores: null,
        ids: null,
    };
}
/** Whether a metric is a function of the confusion table (resampled from the stored tables). */
function isConfusionShaped(metric) {
    return (0,registry_metrics/* metricDeclaration */.NL)(metric)?.shape === 'confusion';
}

// EXTERNAL MODULE: ./src/evaluate/metrics/brier.ts
var brier = __webpack_require__(99117);
// EXTERNAL MODULE: ./src/evaluate/metrics/classification.ts
var classification = __webpack_require__(83521);
// EXTERNAL MODULE: ./src/evaluate/metrics/confusion.ts
var confusion = __webpack_require__(47097);
// EXTERNAL MODULE: ./src/evaluate/metrics/evaluator.ts + 1 modules
var evaluator = __webpack_require__(53178);
// EXTERNAL MODULE: ./src/evaluate/metrics/log-loss.ts
var log_loss = __webpack_require__(33971);
// EXTERNAL MODULE: ./src/evaluate/metrics/regression.ts
var regression = __webpack_require__(8100);
;// CONCATENATED MODULE: ./src/compare/stats/binomial-sampler.ts
/**
 * Exact Binomial(n, p) variates from the seeded stream, for the multinomial bootstrap.
 * - n·min(p, 1−p) < 10: inversion by geometric waiting times (the number of successes is the
 *   number of geometric gaps that fit in n trials), O(n·p) uniforms.
 * - otherwise Hörmann's BTRS, transformed rejection with squeeze ("The generation of binomial
 *   random variates", J. Stat. Comput. Simul. 46, 1993), O(1) expected uniforms; the acceptance
 *   test uses the exact log-pmf ratio (Stirling tails), so the variates are exact.
 * p > ½ is drawn as n − Binomial(n, 1 − p).
 */
function binomialSample(rng, n, p) {
    if (n <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    if (p > 0.5)
        return n - binomialSample(rng, n, 1 - p);
    return n * p < 10 ? byInversion(rng, n, p) : btrs(rng, n, p);
}
/** Uniform in (0, 1]: log never sees 0. */
function unitOpenLeft(rng) {
    return 1 - rng.nextFloat();
}
function byInversion(rng, n, p) {
    const logQ = Math.log1p(-p);
    let trials = 0;
    let successes = 0;
    for (;;) {
        trials += Math.ceil(Math.log(unitOpenLeft(rng)) / logQ);
        if (trials > n)
            return successes;
        successes++;
    }
}
/** ln k! − [(k + ½)ln(k + 1) − (k + 1) + ½ln 2π]: the Stirling tail, tabulated below 10. */
const STIRLING_TAIL = [
    0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211,
    0.0138761288230707, 0.0118967099458917, 0.010411265261972, 0.00925546218271273, 0.00833056343336287,
];
function stirlingTail(k) {
    if (k <= 9)
        return STIRLING_TAIL[k];
    const kp1sq = (k + 1) * (k + 1);
    return (1 / 12 - (1 / 360 - 1 / 1260 / kp1sq) / kp1sq) / (k + 1);
}
function btrs(rng, n, p) {
    const spq = Math.sqrt(n * p * (1 - p));
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const r = p / (1 - p);
    const alpha = (2.83 + 5.1 / b) * spq;
    const m = Math.floor((n + 1) * p);
    for (;;) {
        const u = rng.nextFloat() - 0.5;
        let v = unitOpenLeft(rng);
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (us >= 0.07 && v <= vr)
            return k; // the squeeze: inside the hat's safe region
        if (k < 0 || k > n)
            continue;
        v = Math.log((v * alpha) / (a / (us * us) + b));
        const bound = (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1))) +
            (n + 1) * Math.log((n - m + 1) / (n - k + 1)) +
            (k + 0.5) * Math.log((r * (n - k + 1)) / (k + 1)) +
            stirlingTail(m) +
            stirlingTail(n - m) -
            stirlingTail(k) -
            stirlingTail(n - k);
        if (v <= bound)
            return k;
    }
}
/**
 * Multinomial(n, counts/Σcounts) by sequential conditional binomials: cell j gets
 * Binomial(n − drawn, counts[j] / remaining count). With `counts` the cell counts of n rows this
 * is exactly the distribution of the cell counts of a row bootstrap resample, at a cost in the
 * number of cells, not rows. Writes into `out`.
 */
function multinomialSample(rng, n, counts, out) {
    let remainingTrials = n;
    let remainingMass = 0;
    for (let j = 0; j < counts.length; j++)
        remainingMass += counts[j];
    for (let j = 0; j < counts.length; j++) {
        const cj = counts[j];
        if (remainingTrials === 0 || cj === 0) {
            out[j] = 0;
            continue;
        }
        const x = cj >= remainingMass ? remainingTrials : binomialSample(rng, remainingTrials, cj / remainingMass);
        out[j] = x;
        remainingTrials -= x;
        remainingMass -= cj;
    }
}

// EXTERNAL MODULE: ./src/util/sum.ts
var util_sum = __webpack_require__(41863);
;// CONCATENATED MODULE: ./src/compare/stats/delta-method.ts

/**
 * Delta-method paired tests for smooth functions of per-example means (Δ ≈ the mean of each
 * pair's influence ψᵢ; se² = Σ(ψ − ψ̄)²/(n(n − 1))). Rows are baseline rows; `candidateRow[i]` is
 * the candidate row paired with baseline row i. Null when the function is not smooth there
 * (a zero RMSE, a constant target): the caller falls back to the bootstrap.
 */
/** RMSE = √mean(e²): ψᵢ = (e²_c,i − MSE_c)/(2·RMSE_c) − (e²_b,i − MSE_b)/(2·RMSE_b). */
function pairedRmseDifference(baseSq, candSq, candidateRow) {
    const n = baseSq.length;
    if (n < 2)
        return null;
    const mb = meanOf(baseSq);
    const mc = meanOf(candSq);
    if (!(mb > 0 && mc > 0))
        return null;
    const rb = Math.sqrt(mb);
    const rc = Math.sqrt(mc);
    return influenceEstimate(rc - rb, n, (i) => (candSq[candidateRow[i]] - mc) / (2 * rc) - (baseSq[i] - mb) / (2 * rb));
}
/**
 * R² = 1 − SSE/SST on the same targets: Δ = (SSE_b − SSE_c)/SST = D/S with D = mean(e²_b − e²_c)
 * and S = mean (y − ȳ)²; ψᵢ = (dᵢ − D)/S − D·(tᵢ − S)/S² (ȳ's own influence on S vanishes).
 */
function pairedR2Difference(y, baseSq, candSq, candidateRow) {
    const n = y.length;
    if (n < 2)
        return null;
    const ybar = meanOf(y);
    const t = new Float64Array(n);
    for (let i = 0; i < n; i++)
        t[i] = (y[i] - ybar) * (y[i] - ybar);
    const S = meanOf(t);
    if (!(S > 0))
        return null;
    const dSum = new util_sum/* CompensatedSum */.$();
    for (let i = 0; i < n; i++)
        dSum.add(baseSq[i] - candSq[candidateRow[i]]);
    const D = dSum.value / n;
    return influenceEstimate(D / S, n, (i) => (baseSq[i] - candSq[candidateRow[i]] - D) / S - (D * (t[i] - S)) / (S * S));
}
function meanOf(x) {
    const s = new util_sum/* CompensatedSum */.$();
    for (let i = 0; i < x.length; i++)
        s.add(x[i]);
    return s.value / x.length;
}
function influenceEstimate(delta, n, psi) {
    const values = new Float64Array(n);
    const sum = new util_sum/* CompensatedSum */.$();
    for (let i = 0; i < n; i++) {
        values[i] = psi(i);
        sum.add(values[i]);
    }
    const mean = sum.value / n;
    const ss = new util_sum/* CompensatedSum */.$();
    for (let i = 0; i < n; i++)
        ss.add((values[i] - mean) * (values[i] - mean));
    return { delta, se: Math.sqrt(ss.value / (n - 1) / n), n };
}

;// CONCATENATED MODULE: ./src/compare/stats/delong.ts

/** `ranking`: the included rows by descending score, in the rows `positive` is indexed by (n of them). */
function aucComponents(ranking, n, positive) {
    const { order, lastInGroup } = ranking;
    const v = new Float64Array(n).fill(NaN);
    let P = 0;
    for (let j = 0; j < order.length; j++)
        P += positive[order[j]];
    const N = order.length - P;
    let posAbove = 0;
    let negAbove = 0;
    let start = 0;
    const sum = new util_sum/* CompensatedSum */.$();
    for (let j = 0; j < order.length; j++) {
        if (!lastInGroup[j])
            continue;
        let gp = 0;
        for (let t = start; t <= j; t++)
            gp += positive[order[t]];
        const gn = j + 1 - start - gp;
        // Tied scores count ½: the midrank form of DeLong's components.
        const vPos = (N - negAbove - 0.5 * gn) / N;
        const vNeg = (posAbove + 0.5 * gp) / P;
        for (let t = start; t <= j; t++) {
            const row = order[t];
            if (positive[row]) {
                v[row] = vPos;
                sum.add(vPos);
            }
            else
                v[row] = vNeg;
        }
        posAbove += gp;
        negAbove += gn;
        start = j + 1;
    }
    return { v, auc: P > 0 && N > 0 ? sum.value / P : NaN, positives: P, negatives: N };
}
/**
 * Accumulates the influence of each row on a weighted sum of paired AUC differences,
 * Σ_c w_c (AUC_cand,c − AUC_base,c), so that one-vs-rest macro AUC (w_c = 1/k) gets a DeLong
 * variance that keeps the covariance between classes (every row is positive for one class and
 * negative for the others). Per class the row's term is (uᵢ − Δ_c)/√(P(P − 1)) for positives and
 * (uᵢ − Δ_c)/√(N(N − 1)) for negatives; Var = Σᵢ φᵢ². With one class and w = 1 this is exactly
 * the textbook s₁₀/P + s₀₁/N above.
 */
class DeLongCombination {
    phi;
    delta = new util_sum/* CompensatedSum */.$();
    undefinedClass = false;
    constructor(rows) {
        this.phi = new Float64Array(rows);
    }
    /** Adds class c: both models' components on the same rows, with the weight w_c. */
    add(base, cand, positive, weight) {
        const P = base.positives;
        const N = base.negatives;
        if (P < 2 || N < 2 || cand.positives !== P || cand.negatives !== N) {
            this.undefinedClass = true;
            return;
        }
        const d = cand.auc - base.auc;
        this.delta.add(weight * d);
        const sPos = weight / Math.sqrt(P * (P - 1));
        const sNeg = weight / Math.sqrt(N * (N - 1));
        const phi = this.phi;
        for (let i = 0; i < phi.length; i++) {
            const u = cand.v[i] - base.v[i];
            if (u !== u)
                continue;
            phi[i] += (u - d) * (positive[i] ? sPos : sNeg);
        }
    }
    result() {
        if (this.undefinedClass)
            return { delta: NaN, se: NaN, n: 0 };
        const ss = new util_sum/* CompensatedSum */.$();
        for (let i = 0; i < this.phi.length; i++)
            ss.add(this.phi[i] * this.phi[i]);
        return { delta: this.delta.value, se: Math.sqrt(ss.value), n: this.phi.length };
    }
}

;// CONCATENATED MODULE: ./src/compare/stats/paired-mean.ts


/**
 * Paired z test on per-example differences dᵢ = term_cand,i − term_base,i (pairs where either
 * term is NaN are left out): Δ = mean d, se = sd(d)/√n with the n − 1 sample variance — scipy's
 * `ttest_rel` statistic, read against the normal (n is large wherever it matters).
 * `candidateRow[i]` is the candidate row paired with baseline row i.
 */
function pairedMeanDifference(baseTerms, candTerms, candidateRow) {
    const n0 = baseTerms.length;
    const d = new Float64Array(n0);
    let n = 0;
    const sum = new util_sum/* CompensatedSum */.$();
    for (let i = 0; i < n0; i++) {
        const x = candTerms[candidateRow[i]] - baseTerms[i];
        if (x !== x)
            continue;
        d[n++] = x;
        sum.add(x);
    }
    if (n === 0)
        return { delta: NaN, se: NaN, n };
    const mean = sum.value / n;
    const ss = new util_sum/* CompensatedSum */.$();
    for (let i = 0; i < n; i++) {
        const e = d[i] - mean;
        ss.add(e * e);
    }
    const se = n > 1 ? Math.sqrt(ss.value / (n - 1) / n) : NaN;
    return { delta: mean, se, n };
}
/**
 * One-sided p for "worse than the baseline by more than `tolerance`" from a normal estimate:
 * higher-is-better Φ((Δ + δ)/se), lower-is-better Φ((δ − Δ)/se). With se = 0 the estimate is
 * exact: 0 when beyond the tolerance, else 1. Null when undefined.
 */
function analyticPRegress(e, tolerance, higherIsBetter) {
    if (!Number.isFinite(e.delta) || !(e.se >= 0))
        return null;
    const margin = higherIsBetter ? e.delta + tolerance : tolerance - e.delta;
    if (e.se === 0)
        return margin < 0 ? 0 : 1;
    return distributions_normalCdf(margin / e.se);
}
/** Δ ± z·se, or null when undefined. */
function analyticInterval(e, z) {
    if (!Number.isFinite(e.delta) || !(e.se >= 0) || !Number.isFinite(e.se))
        return null;
    return [e.delta - z * e.se, e.delta + z * e.se];
}

// EXTERNAL MODULE: ./src/evaluate/metrics/ranking.ts
var metrics_ranking = __webpack_require__(69523);
// EXTERNAL MODULE: ./src/evaluate/metrics/score-rankings.ts
var score_rankings = __webpack_require__(21247);
;// CONCATENATED MODULE: ./src/compare/stats/average-precision-influence.ts



function averagePrecisionInfluence(scores, include, isPositive) {
    const n = scores.length;
    // The evaluator's ranking of this very column when it ranked it (shared, one sort per run).
    const ranking = (0,score_rankings/* rankScoreColumn */.h)(scores, 1, 0, include);
    const { order, lastInGroup } = ranking;
    const m = order.length;
    const ones = new Float64Array(n).fill(1);
    const values = (0,metrics_ranking/* rankingValues */.d)((0,metrics_ranking/* rankedColumn */.E)(ranking, isPositive), ones);
    const P = values.positives;
    const influence = new Float64Array(n);
    if (P === 0)
        return { ap: NaN, influence, positives: 0, negatives: values.negatives };
    const ap = values.ap;
    // Pass 1, descending: each threshold group's end position, tps and seen (group included).
    const groupEnd = [];
    const groupTps = [];
    const groupPos = [];
    let tps = 0;
    let gp = 0;
    for (let j = 0; j < m; j++) {
        gp += isPositive[order[j]];
        if (!lastInGroup[j])
            continue;
        tps += gp;
        groupEnd.push(j);
        groupTps.push(tps);
        groupPos.push(gp);
        gp = 0;
    }
    // Pass 2, ascending through the groups: A and C include the row's own group (ties count as ≥).
    const A = new util_sum/* CompensatedSum */.$();
    const C = new util_sum/* CompensatedSum */.$();
    const scale = n / P;
    for (let g = groupEnd.length - 1; g >= 0; g--) {
        const end = groupEnd[g];
        const start = g === 0 ? 0 : groupEnd[g - 1] + 1;
        const seen = end + 1;
        const t = groupTps[g];
        A.add(groupPos[g] / seen);
        C.add((groupPos[g] * t) / (seen * seen));
        const positiveTerm = t / seen + A.value - ap;
        const c = C.value;
        for (let j = start; j <= end; j++) {
            const row = order[j];
            influence[row] = scale * ((isPositive[row] ? positiveTerm : 0) - c);
        }
    }
    return { ap, influence, positives: P, negatives: values.negatives };
}
/**
 * Δ = AP_cand − AP_base with the influence-function standard error. `candidateRow[i]` is the
 * candidate row paired with baseline row i. Each side uses its own labels (as the bootstrap).
 */
function pairedAveragePrecisionDifference(base, cand, candidateRow) {
    const n = base.influence.length;
    if (n < 2 || !Number.isFinite(base.ap) || !Number.isFinite(cand.ap))
        return { delta: NaN, se: NaN, n };
    const psi = new Float64Array(n);
    const sum = new util_sum/* CompensatedSum */.$();
    for (let i = 0; i < n; i++) {
        psi[i] = cand.influence[candidateRow[i]] - base.influence[i];
        sum.add(psi[i]);
    }
    const mean = sum.value / n;
    const ss = new util_sum/* CompensatedSum */.$();
    for (let i = 0; i < n; i++)
        ss.add((psi[i] - mean) * (psi[i] - mean));
    return { delta: cand.ap - base.ap, se: Math.sqrt(ss.value / (n - 1) / n), n };
}

// EXTERNAL MODULE: ./src/util/sort.ts
var sort = __webpack_require__(21658);
;// CONCATENATED MODULE: ./src/compare/stats/paired-median.ts




/**
 * The paired asymptotic test of a difference of medians (median_ae: medians of |error|) through
 * the Bahadur representation m̂ = m + (½ − Fₙ(m))/f(m) + o(n^−½): each row's influence on a
 * median is (½ − 1[xᵢ ≤ m])/f(m), so for Δ = m_cand − m_base on paired rows
 *   ψᵢ = (½ − 1[cᵢ ≤ m_c])/f_c(m_c) − (½ − 1[bᵢ ≤ m_b])/f_b(m_b),   se² = Σ(ψ − ψ̄)²/(n(n − 1)),
 * whose variance is ¼/f_c² + ¼/f_b² − 2(P(c ≤ m_c, b ≤ m_b) − ¼)/(f_b f_c): the joint indicator
 * keeps the covariance between the two models' errors on the same rows.
 *
 * The density at the median comes from the Hall–Sheather difference quotient (Koenker,
 * Quantile Regression, 2005, §3.4; what statsmodels' QuantReg and R's quantreg use for the
 * sparsity 1/f): f̂(m) = 2h / (Q(½ + h) − Q(½ − h)) with the sample quantiles Q and
 * hₙ = n^(−1/3) z^(2/3) [1.5 φ(0)²]^(1/3), z = Φ⁻¹(0.975) — a uniform kernel in the quantile
 * domain whose width adapts to the data's scale, with the bandwidth rate that is optimal for
 * the studentised quantile. O(n) after one sort per model.
 *
 * Values must not be NaN (the caller refuses those). Null (the caller keeps the bootstrap) when
 * the representation does not hold: a density window without spread, or a median whose tie group
 * holds more than a tenth of the window's rows (errors on a coarse grid — the bootstrap
 * distribution of the median is then lumpy, not normal).
 */
function pairedMedianDifference(baseValues, candValues, candidateRow) {
    const n = baseValues.length;
    if (n < 2 || candValues.length !== n)
        return null;
    const cand = Float64Array.from({ length: n }, (_, i) => candValues[candidateRow[i]]);
    const sideB = medianSide(baseValues);
    const sideC = medianSide(cand);
    if (!sideB || !sideC)
        return null;
    const psi = new Float64Array(n);
    const sum = new util_sum/* CompensatedSum */.$();
    const ib = 1 / sideB.density;
    const ic = 1 / sideC.density;
    for (let i = 0; i < n; i++) {
        const x = (0.5 - (cand[i] <= sideC.median ? 1 : 0)) * ic - (0.5 - (baseValues[i] <= sideB.median ? 1 : 0)) * ib;
        psi[i] = x;
        sum.add(x);
    }
    const mean = sum.value / n;
    const ss = new util_sum/* CompensatedSum */.$();
    for (let i = 0; i < n; i++)
        ss.add((psi[i] - mean) * (psi[i] - mean));
    return { delta: sideC.median - sideB.median, se: Math.sqrt(ss.value / (n - 1) / n), n };
}
/** Hall–Sheather bandwidth at the median (α = 0.05), in probability units. */
function hallSheatherBandwidth(n) {
    const z = distributions_normalQuantile(0.975);
    const phi0 = normalPdf(0);
    return Math.pow(n, -1 / 3) * Math.pow(z, 2 / 3) * Math.pow(1.5 * phi0 * phi0, 1 / 3);
}
/** One model's median (the metric's: the mean of the two middle values) and density there. */
function medianSide(values) {
    const n = values.length;
    // The shared ranking (a counting sort for errors on a grid of a few thousand values; radix else).
    const { order } = (0,sort/* rankAscending */.Zv)(values, null);
    const sorted = Float64Array.from(order, (row) => values[row]);
    const low = sorted[Math.floor((n - 1) / 2)];
    const high = sorted[Math.floor(n / 2)];
    const median = (low + high) / 2;
    const h = Math.min(hallSheatherBandwidth(n), 0.49);
    const spread = (0,quantile/* quantileSorted */.Z4)(sorted, 0.5 + h) - (0,quantile/* quantileSorted */.Z4)(sorted, 0.5 - h);
    if (!(spread > 0) || !Number.isFinite(spread))
        return null;
    // The tie group of the middle values: rows equal to `low` or `high`.
    const window = 2 * h * n;
    let ties = 0;
    for (const v of low === high ? [low] : [low, high])
        ties += countEqual(sorted, v);
    if (ties > Math.max(2, window / 10))
        return null;
    return { median, density: (2 * h) / spread };
}
function countEqual(sorted, v) {
    return upperBound(sorted, v) - lowerBound(sorted, v);
}
function lowerBound(sorted, v) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function upperBound(sorted, v) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/compare/stats/paired-max-swap.ts


/**
 * The paired randomisation (swap) test of a difference of maxima: max_error, lower is better.
 *
 * Why not the bootstrap: a row bootstrap of a maximum is inconsistent (the resampled maximum
 * equals the sample maximum with probability → 1 − 1/e, whatever n), and the calibration grid
 * measured its A/A false-alarm rate at 12–13% for α = 5%. Under the null that the two models'
 * errors are exchangeable within each example (A/A: the same model twice), swapping the two
 * errors of each example at random gives the exact null distribution of
 * T = max(candidate) − max(baseline), so p = (1 + #{T* ≥ T}) / (B + 1) has size ≤ α exactly.
 * A tolerance δ is tested at its boundary by shifting the candidate's errors by −δ first (the
 * maximum shifts with them), the usual construction for a non-inferiority margin.
 *
 * Cost: one sort of the per-example larger values, then O(1) expected work per round: the
 * swapped maxima only depend on the examples from the top down to the first one whose larger
 * value lands on the other side (a fair coin per example: 2 examples on average).
 *
 * `baseValues[i]` and `candValues[i]` are example i's absolute errors (already aligned).
 */
function pairedMaxSwapPValue(baseValues, candValues, tolerance, resamples, seed) {
    const n = baseValues.length;
    if (n === 0 || resamples <= 0)
        return null;
    let maxBase = -Infinity;
    let maxCand = -Infinity;
    for (let i = 0; i < n; i++) {
        const a = baseValues[i];
        const c = candValues[i];
        if (!(a === a) || !(c === c))
            return null;
        if (a > maxBase)
            maxBase = a;
        if (c > maxCand)
            maxCand = c;
    }
    return swapPValue(baseValues, candValues, maxBase, maxCand, tolerance, resamples, seed, null);
}
/**
 * The swap test's p at shift `tolerance`. With `rows`, a subset of the examples that holds the
 * top `TOP_ROWS` by larger value at this shift (`swapInterval` keeps one): the rounds walk it
 * instead of all n sorted, and the whole test runs again over every row in the rare round that
 * walks past those. Either way the same p: the same order (descending, ties by row), the same coins.
 */
function swapPValue(baseValues, candValues, maxBase, maxCand, tolerance, resamples, seed, rows) {
    const m = rows === null ? baseValues.length : rows.length;
    const hi = new Float64Array(m);
    const lo = new Float64Array(m);
    for (let k = 0; k < m; k++) {
        const i = rows === null ? k : rows[k];
        const a = baseValues[i];
        const c = candValues[i] - tolerance;
        hi[k] = a >= c ? a : c;
        lo[k] = a >= c ? c : a;
    }
    // The maxima of all n (the rows a subset leaves out may hold one side's maximum).
    const observed = maxCand - tolerance - maxBase;
    // rankDescending breaks ties by position; `rows` is ascending, so by row as over all n.
    const order = (0,sort/* rankDescending */.$r)(hi, null).order;
    const hiSorted = new Float64Array(m);
    const loSorted = new Float64Array(m);
    for (let j = 0; j < m; j++) {
        hiSorted[j] = hi[order[j]];
        loSorted[j] = lo[order[j]];
    }
    // Positions past `depth` may not be the true order's (rows outside the subset rank below them).
    const depth = rows === null ? m : TOP_ROWS;
    const rng = new prng_Rng(seed);
    let bits = 0;
    let bitsLeft = 0;
    const coin = () => {
        if (bitsLeft === 0) {
            bits = rng.nextUint32();
            bitsLeft = 32;
        }
        bitsLeft--;
        const b = bits & 1;
        bits >>>= 1;
        return b;
    };
    let atLeast = 0;
    for (let round = 0; round < resamples; round++) {
        // The top example's larger value is one side's maximum; the other side's maximum is the
        // largest value it receives further down.
        const topToCandidate = coin() === 1;
        let other = loSorted[0];
        for (let j = 1; j < m; j++) {
            if (j >= depth)
                return swapPValue(baseValues, candValues, maxBase, maxCand, tolerance, resamples, seed, null);
            if (hiSorted[j] <= other)
                break; // nothing further down can exceed it
            if (coin() === 1) {
                other = hiSorted[j]; // this example's larger value goes to the other side
                break;
            }
            if (loSorted[j] > other)
                other = loSorted[j];
        }
        const t = topToCandidate ? hiSorted[0] - other : other - hiSorted[0];
        if (t >= observed)
            atLeast++;
    }
    return (atLeast + 1) / (resamples + 1);
}
/** Rows `swapInterval` keeps per shift: a round walks ~2 of them, past 64 with chance ~2⁻⁶³. */
const TOP_ROWS = 64;
/**
 * The interval that matches the swap test's decision, by inverting it: the lower end is the
 * smallest shift δ the one-sided test at `alpha` does not reject (so the gate fails on a tolerance
 * exactly when the lower end is above it), the upper end the largest shift the mirrored test (the
 * candidate better by more than −δ) does not reject — a two-sided 1 − 2α interval, as every other
 * check shows. Each end is found by bisection between shifts where the test surely rejects and
 * surely does not, with the verdict's own p at `tolerance` as the first probe: the end then lies
 * on the side of the tolerance that the verdict says, whatever the Monte-Carlo noise elsewhere.
 * Each probe walks the examples that can be among the top `TOP_ROWS` in the bracket left (all n
 * at first, then fewer as it narrows).
 */
function pairedMaxSwapInterval(baseValues, candValues, tolerance, resamples, seed, alpha, 
/** The verdict's p at `tolerance`, when already computed (`pairedMaxSwapPValue`). */
pAtTolerance = pairedMaxSwapPValue(baseValues, candValues, tolerance, resamples, seed)) {
    if (pAtTolerance === null)
        return null;
    const lower = lowestNotRejected(baseValues, candValues, tolerance, pAtTolerance, resamples, seed, alpha);
    // The mirrored test is the swap test with the sides exchanged and the shift negated.
    const upper = -lowestNotRejected(candValues, baseValues, -tolerance, null, resamples, seed, alpha);
    return [lower, upper];
}
/**
 * The smallest shift δ whose swap test p exceeds `alpha`, by bisection from `start` (see
 * `pairedMaxSwapInterval`); `pAtStart` is the p there when known.
 */
function lowestNotRejected(base, cand, start, pAtStart, resamples, seed, alpha) {
    const n = base.length;
    let minA = Infinity;
    let maxA = -Infinity;
    let minC = Infinity;
    let maxC = -Infinity;
    for (let i = 0; i < n; i++) {
        minA = Math.min(minA, base[i]);
        maxA = Math.max(maxA, base[i]);
        minC = Math.min(minC, cand[i]);
        maxC = Math.max(maxC, cand[i]);
    }
    // Each probe walks the rows that can be top at its shift, out of those of the bracket left.
    let bracketRows = null;
    const p = (shift) => swapPValue(base, cand, maxA, maxC, shift, resamples, seed, topRows(base, cand, shift, shift, bracketRows));
    const startRejects = (pAtStart ?? p(start)) <= alpha;
    // Below `low` every shifted candidate error exceeds every baseline error: only the identity
    // swap reaches the observed T (p = 1/(B + 1) up to ties); above `high` every one is below, and
    // every swap reaches it (p = 1).
    const spread = Math.max(maxA - minA, maxC - minC, Math.abs(maxC - maxA), Number.MIN_VALUE);
    const low = minC - maxA - spread;
    const high = maxC - minA + spread;
    // Out from `start` in doubling steps (a narrow bracket keeps the probes' rows few), then halving.
    let rejected = startRejects ? start : low;
    let kept = startRejects ? high : start;
    for (let step = 1e-3 * spread;; step *= 2) {
        const probe = startRejects ? Math.min(high, start + step) : Math.max(low, start - step);
        if (probe === (startRejects ? high : low)) {
            if (p(probe) > alpha !== startRejects)
                return probe; // the test never turns
            break;
        }
        const keeps = p(probe) > alpha;
        if (keeps)
            kept = Math.min(kept, probe);
        else
            rejected = Math.max(rejected, probe);
        if (keeps === startRejects)
            break;
    }
    // To 1e-9 of the errors' spread: far below the digits a report shows.
    const precision = 1e-9 * spread;
    while (kept - rejected > precision) {
        const mid = rejected + (kept - rejected) / 2;
        if (!(mid > rejected && mid < kept))
            break; // adjacent doubles
        bracketRows = topRows(base, cand, rejected, kept, bracketRows);
        if (p(mid) > alpha)
            kept = mid;
        else
            rejected = mid;
    }
    return kept;
}
/**
 * The rows (ascending) that can be among the top `TOP_ROWS` by larger value at any shift in
 * [δ₁, δ₂]: a row's larger value is at least max(a, c − δ₂) and at most max(a, c − δ₁), so rows
 * whose most falls short of the `TOP_ROWS`-th largest least never are. Null while that is all n.
 */
function topRows(base, cand, low, high, previous) {
    const m = previous === null ? base.length : previous.length;
    if (m <= TOP_ROWS)
        return previous;
    // The TOP_ROWS largest least values, descending (one pass; few insertions past the first rows).
    const top = new Float64Array(TOP_ROWS).fill(-Infinity);
    const last = TOP_ROWS - 1;
    for (let k = 0; k < m; k++) {
        const i = previous === null ? k : previous[k];
        const a = base[i];
        const c = cand[i] - high;
        const v = a >= c ? a : c;
        if (!(v > top[last]))
            continue;
        let j = last;
        while (j > 0 && top[j - 1] < v) {
            top[j] = top[j - 1];
            j--;
        }
        top[j] = v;
    }
    const threshold = top[last];
    let count = 0;
    for (let k = 0; k < m; k++) {
        const i = previous === null ? k : previous[k];
        if (Math.max(base[i], cand[i] - low) >= threshold)
            count++;
    }
    if (count === base.length)
        return null;
    const keep = new Int32Array(count);
    count = 0;
    for (let k = 0; k < m; k++) {
        const i = previous === null ? k : previous[k];
        if (Math.max(base[i], cand[i] - low) >= threshold)
            keep[count++] = i;
    }
    return keep;
}

;// CONCATENATED MODULE: ./src/compare/stats/weighted-rank-bootstrap.ts



/**
 * The paired bootstrap of the maximum (max_error) without drawing n weights per round.
 * A row bootstrap's weights are Multinomial(n; 1/n, …, 1/n), which is exchangeable: given the
 * weights already drawn, any row not yet drawn has weight Binomial(R, 1/U) (R trials left, U rows
 * left). So each round draws weights lazily, only for the rows it looks at: walking both models'
 * rows by descending error, the resampled maximum is the first row with a non-zero weight —
 * about 1.6 rows per model per round instead of n. Same distribution as the row bootstrap
 * (a different random stream). Rows are baseline rows; `candidateRow[i]` pairs them.
 */
function pairedMaxBootstrap(baseValues, candValues, candidateRow, options) {
    const n = baseValues.length;
    const cand = Float64Array.from({ length: n }, (_, i) => candValues[candidateRow[i]]);
    const orderB = (0,sort/* rankDescending */.$r)(baseValues, null).order;
    const orderC = (0,sort/* rankDescending */.$r)(cand, null).order;
    const rng = new prng_Rng(options.seed);
    const stamp = new Int32Array(n).fill(-1);
    const weight = new Int32Array(n);
    const deltas = new Float64Array(options.resamples);
    if (n === 0)
        return { deltas: new Float64Array(0), dropped: options.resamples };
    for (let round = 0; round < options.resamples; round++) {
        let trialsLeft = n;
        let rowsLeft = n;
        const weightOf = (row) => {
            if (stamp[row] !== round) {
                stamp[row] = round;
                const w = rowsLeft === 1 ? trialsLeft : binomialSample(rng, trialsLeft, 1 / rowsLeft);
                weight[row] = w;
                trialsLeft -= w;
                rowsLeft--;
            }
            return weight[row];
        };
        let maxB = NaN;
        for (let j = 0; j < n; j++)
            if (weightOf(orderB[j]) > 0) {
                maxB = baseValues[orderB[j]];
                break;
            }
        let maxC = NaN;
        for (let j = 0; j < n; j++)
            if (weightOf(orderC[j]) > 0) {
                maxC = cand[orderC[j]];
                break;
            }
        deltas[round] = maxC - maxB;
    }
    return { deltas, dropped: 0 };
}
/**
 * The paired row bootstrap of one rank or order metric, lean: the same resamples as
 * `pairedBootstrap` (the same weight stream, so the same Δ*), but each round computes only this
 * metric by walking orders sorted once beforehand, instead of every metric of both models.
 * `statistic(order, weights)` evaluates one model: `order` lists that model's rows (already in
 * baseline row numbering) in its precomputed order.
 */
function pairedOrderBootstrap(n, baseOrder, candOrderInBaseRows, statistic, options, onRound) {
    const deltas = new Float64Array(options.resamples);
    let kept = 0;
    let dropped = 0;
    const rng = new prng_Rng(options.seed);
    // 16-bit counts: a quarter of the Float64 vector, so the random reads of the walks mostly hit
    // cache. A row drawn 65,536 times in one resample (never, in practice) is refused, not wrapped.
    const w = new Uint16Array(n);
    for (let round = 0; round < options.resamples; round++) {
        w.fill(0);
        // The draw order of forEachResample: the same resamples as the all-metrics bootstrap.
        for (let i = 0; i < n; i++)
            if (++w[rng.nextInt(n)] === 0)
                throw new RangeError('bootstrap weight overflow');
        const b = statistic('base', baseOrder, w);
        const c = statistic('cand', candOrderInBaseRows, w);
        if (b === null || c === null || !Number.isFinite(b) || !Number.isFinite(c))
            dropped++;
        else
            deltas[kept++] = c - b;
        onRound?.(round + 1);
    }
    return { deltas: deltas.slice(0, kept), dropped };
}
/** Maps a candidate row order to baseline row numbers: `candidateRow[i]` = candidate row of baseline row i. */
function toBaseRows(candOrder, candidateRow) {
    const baseOf = new Int32Array(candidateRow.length);
    for (let i = 0; i < candidateRow.length; i++)
        baseOf[candidateRow[i]] = i;
    return Int32Array.from(candOrder, (row) => baseOf[row]);
}

;// CONCATENATED MODULE: ./src/compare/paired-tests.ts























/** Below this many rows the delta method's normal approximation is worse than the bootstrap. */
const DELTA_METHOD_MIN_ROWS = 200;
/**
 * From this many rows average_precision and median_ae get their asymptotic tests (influence
 * function; Bahadur representation) instead of the row bootstrap. Below it the bootstrap costs
 * under a second (n·B ≤ 2·10⁷ row visits at B = 2,000) and needs no normal approximation, which
 * for these two statistics (a ratio over the positives; an order statistic with an estimated
 * density) is the one that needs the most rows.
 */
const ANALYTIC_ORDER_MIN_ROWS = 10_000;
/** average_precision's influence test also needs this many positives (and negatives) per side. */
const AP_ANALYTIC_MIN_CLASS_ROWS = 200;
/** `permutation[i]` = the candidate row paired with baseline row i. */
function pairedTestsByShape(base, cand, permutation, metrics, options, progress) {
    if (base.task === 'ranking' || cand.task === 'ranking')
        return pairedQueryTests(base, cand, permutation, metrics);
    // Text rows have their own tests (text-tests.ts), chosen before this is reached.
    if (base.task === 'text' || cand.task === 'text')
        throw new Error('internal: text rows reached pairedTests');
    const outcomes = new Map();
    const leftover = [];
    const confusionMetrics = [];
    for (const metric of metrics) {
        const shape = (0,registry_metrics/* metricDeclaration */.NL)(metric)?.shape;
        let outcome = null;
        if (shape === 'mean') {
            const terms = [perExampleTerms(base, metric), perExampleTerms(cand, metric)];
            if (terms[0] && terms[1])
                outcome = {
                    kind: 'analytic',
                    test: 'paired-z',
                    estimate: pairedMeanDifference(terms[0], terms[1], permutation),
                };
        }
        else if (shape === 'auc' && base.task !== 'regression' && cand.task !== 'regression') {
            const estimate = delongEstimate(base, cand, permutation, progress);
            if (estimate)
                outcome = { kind: 'analytic', test: 'delong', estimate };
        }
        else if (shape === 'smooth-of-means' &&
            base.task === 'regression' &&
            cand.task === 'regression' &&
            base.n >= DELTA_METHOD_MIN_ROWS) {
            const estimate = smoothOfMeansEstimate(base, cand, permutation, metric);
            if (estimate)
                outcome = { kind: 'analytic', test: 'delta-method', estimate };
        }
        else if (metric === 'max_error' && base.task === 'regression' && cand.task === 'regression') {
            const absB = regressionTerms(base, regression/* absoluteError */.ij);
            const absC = regressionTerms(cand, regression/* absoluteError */.ij);
            if (!absB.some((x) => x !== x) && !absC.some((x) => x !== x))
                outcome = {
                    kind: 'swap',
                    test: 'paired-max-swap',
                    base: absB,
                    cand: Float64Array.from({ length: absB.length }, (_, i) => absC[permutation[i]]),
                    seed: options.seed,
                    distribution: pairedMaxBootstrap(absB, absC, permutation, options),
                };
        }
        else if ((metric === 'average_precision' && base.task === 'binary' && cand.task === 'binary') ||
            (metric === 'median_ae' && base.task === 'regression' && cand.task === 'regression')) {
            const analytic = base.n >= ANALYTIC_ORDER_MIN_ROWS ? orderEstimate(base, cand, permutation, metric) : null;
            if (analytic) {
                outcomes.set(metric, { kind: 'analytic', ...analytic });
                continue;
            }
            const distribution = orderBootstrap(base, cand, permutation, metric, options, progress);
            if (distribution)
                outcome = { kind: 'bootstrap', test: 'paired-bootstrap', distribution };
        }
        else if (shape === 'confusion' && base.task !== 'regression' && cand.task !== 'regression') {
            confusionMetrics.push(metric);
            continue;
        }
        if (outcome)
            outcomes.set(metric, outcome);
        else
            leftover.push(metric);
    }
    if (confusionMetrics.length > 0) {
        const dists = multinomialBootstrap(base, cand, permutation, confusionMetrics, options);
        for (const [metric, distribution] of dists)
            outcomes.set(metric, { kind: 'bootstrap', test: 'multinomial-bootstrap', distribution });
    }
    return { outcomes, leftover };
}
/** Steps over this many rows show progress (each takes seconds at a million rows). */
const PROGRESS_MIN_ROWS = 200_000;
function isIdentity(permutation) {
    for (let i = 0; i < permutation.length; i++)
        if (permutation[i] !== i)
            return false;
    return true;
}
/** The metric's per-example terms (NaN for rows the metric leaves out), or null when it has none. */
/**
 * A ranking's metrics are means of per-query values (`mean`-shaped): paired z on the per-query
 * differences, a query being one example. A metric one side lacks is left to the row bootstrap
 * (which then finds it missing too).
 */
function pairedQueryTests(base, cand, permutation, metrics) {
    const outcomes = new Map();
    const leftover = [];
    for (const metric of metrics) {
        const b = base.task === 'ranking' ? (0,query_values/* queryColumn */.p)(base, metric) : null;
        const c = cand.task === 'ranking' ? (0,query_values/* queryColumn */.p)(cand, metric) : null;
        if (b && c)
            outcomes.set(metric, {
                kind: 'analytic',
                test: 'paired-z',
                estimate: pairedMeanDifference(b, c, permutation),
            });
        else
            leftover.push(metric);
    }
    return { outcomes, leftover };
}
function perExampleTerms(data, metric) {
    if (data.task === 'regression') {
        const term = metric === 'mae'
            ? regression/* absoluteError */.ij
            : metric === 'mse'
                ? regression/* squaredError */.ol
                : metric === 'mape'
                    ? regression/* absolutePercentageError */.q9
                    : null;
        if (!term)
            return null;
        return regressionTerms(data, term);
    }
    if (!data.scores)
        return null;
    if (data.task === 'binary') {
        const positive = (0,evaluator/* validPositive */.Ug)(data, []);
        if (positive === undefined)
            return null;
        const { include, isPositive, probability } = binaryRows(data, positive);
        if (!probability)
            return null;
        if (metric === 'log_loss')
            return (0,log_loss/* binaryRowLogLoss */.f)(data.scores, isPositive, include);
        if (metric === 'brier')
            return (0,brier/* brierRowTerms */.e)(data.scores, isPositive, include);
        return null;
    }
    if (metric !== 'log_loss')
        return null;
    const rows = multiclassRows(data);
    if (!rows || rows.columns.length < 2)
        return null;
    return (0,log_loss/* multiclassRowLogLoss */.R)(data.scores, rows.columns.length, rows.trueColumn, rows.include);
}
function regressionTerms(data, term) {
    const out = new Float64Array(data.n);
    for (let i = 0; i < data.n; i++)
        out[i] = term(data.yTrue[i], data.yPred[i]); // NaN stays NaN
    return out;
}
/** The rows with a score, who is positive, and whether the scores are probabilities (as the evaluator decides). */
function binaryRows(data, positive) {
    const scores = data.scores;
    const n = data.n;
    const include = new Uint8Array(n);
    const isPositive = new Uint8Array(n);
    let inUnitInterval = true;
    for (let i = 0; i < n; i++) {
        isPositive[i] = data.yTrue[i] === positive ? 1 : 0;
        const s = scores[i];
        if (s === s) {
            include[i] = 1;
            if (!(s >= 0 && s <= 1))
                inUnitInterval = false;
        }
    }
    const probability = (data.scoreKind ?? (inUnitInterval ? 'probability' : 'decision')) === 'probability';
    return { include, isPositive, probability };
}
/** Multiclass: the score column of each row's true class, and the rows with every probability. */
function multiclassRows(data) {
    const scores = data.scores;
    const columns = data.scoreClasses ?? [];
    const kc = columns.length;
    if (kc === 0 || scores.length !== data.n * kc)
        return null;
    const columnOf = new Map();
    columns.forEach((label, c) => columnOf.set(label, c));
    const trueColumn = new Int32Array(data.n);
    const include = new Uint8Array(data.n);
    for (let i = 0; i < data.n; i++) {
        const col = columnOf.get(data.classes[data.yTrue[i]]);
        if (col === undefined)
            return null;
        trueColumn[i] = col;
        let nan = false;
        for (let c = 0; c < kc; c++)
            if (scores[i * kc + c] !== scores[i * kc + c])
                nan = true;
        if (!nan)
            include[i] = 1;
    }
    return { columns, trueColumn, include };
}
/** DeLong on the rows both models scored (binary), or per one-vs-rest column (multiclass macro). */
function delongEstimate(base, cand, permutation, progress) {
    const n = base.n;
    if (!base.scores || !cand.scores)
        return null;
    const identity = isIdentity(permutation);
    if (base.task === 'binary' && cand.task === 'binary') {
        const positive = (0,evaluator/* validPositive */.Ug)(base, []);
        if (positive === undefined)
            return null;
        const sb = base.scores;
        const scoresC = cand.scores;
        const include = new Uint8Array(n);
        const includeC = new Uint8Array(n);
        const isPositive = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
            const s = scoresC[permutation[i]];
            include[i] = sb[i] === sb[i] && s === s ? 1 : 0;
            includeC[permutation[i]] = include[i];
            isPositive[i] = base.yTrue[i] === positive ? 1 : 0;
        }
        const combination = new DeLongCombination(n);
        combination.add(aucComponents((0,score_rankings/* rankScoreColumn */.h)(sb, 1, 0, include), n, isPositive), aucComponents((0,score_rankings/* rankScoreColumnInBaseRows */.Y)(scoresC, 1, 0, includeC, permutation, identity), n, isPositive), isPositive, 1);
        return combination.result();
    }
    const rb = multiclassRows(base);
    const rc = multiclassRows(cand);
    if (!rb || !rc || rb.columns.length !== rc.columns.length)
        return null;
    const kb = rb.columns.length;
    const kcand = rc.columns.length;
    const candColumn = rb.columns.map((label) => rc.columns.indexOf(label));
    if (candColumn.some((c) => c < 0))
        return null;
    const include = new Uint8Array(n);
    const includeC = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
        include[i] = rb.include[i] & rc.include[permutation[i]];
        includeC[permutation[i]] = include[i];
    }
    const combination = new DeLongCombination(n);
    const isPositive = new Uint8Array(n);
    const bar = kb > 2 && n >= PROGRESS_MIN_ROWS
        ? progress?.start(`DeLong one-vs-rest (${kb} classes of ${n} rows)`)
        : undefined;
    for (let c = 0; c < kb; c++) {
        for (let i = 0; i < n; i++)
            isPositive[i] = rb.trueColumn[i] === c ? 1 : 0;
        combination.add(aucComponents((0,score_rankings/* rankScoreColumn */.h)(base.scores, kb, c, include), n, isPositive), aucComponents((0,score_rankings/* rankScoreColumnInBaseRows */.Y)(cand.scores, kcand, candColumn[c], includeC, permutation, identity), n, isPositive), isPositive, 1 / kb);
        bar?.update(c + 1, kb, undefined, c + 1);
    }
    bar?.done();
    return combination.result();
}
function smoothOfMeansEstimate(base, cand, permutation, metric) {
    // Regression refuses missing predictions upstream; with any NaN the bootstrap decides.
    const sqB = regressionTerms(base, regression/* squaredError */.ol);
    const sqC = regressionTerms(cand, regression/* squaredError */.ol);
    for (let i = 0; i < base.n; i++)
        if (sqB[i] !== sqB[i] || sqC[i] !== sqC[i])
            return null;
    if (metric === 'rmse')
        return pairedRmseDifference(sqB, sqC, permutation);
    if (metric === 'r2')
        return pairedR2Difference(base.yTrue, sqB, sqC, permutation);
    return null;
}
/**
 * The paired bootstrap of confusion-based metrics by multinomial resampling: the joint cells
 * (baseline (true, predicted) pair, candidate (true, predicted) pair) and their counts, then per
 * round Multinomial(n, counts/n) over the cells, both sides' confusion tables from it, and the
 * metrics from the very definitions the evaluator uses (classificationMetrics).
 */
function multinomialBootstrap(base, cand, permutation, metrics, options) {
    const sideB = confusionSide(base);
    const sideC = confusionSide(cand);
    const width = sideC.table.pairTrue.length;
    const cellOf = new Map();
    const cellB = [];
    const cellC = [];
    const cellCount = [];
    const rowPairC = sideC.table.rowPair;
    const rowPairB = sideB.table.rowPair;
    for (let i = 0; i < base.n; i++) {
        const pb = rowPairB[i];
        const pc = rowPairC[permutation[i]];
        const key = pb * width + pc;
        let cell = cellOf.get(key);
        if (cell === undefined) {
            cell = cellCount.length;
            cellOf.set(key, cell);
            cellB.push(pb);
            cellC.push(pc);
            cellCount.push(0);
        }
        cellCount[cell]++;
    }
    const counts = Float64Array.from(cellCount);
    const drawn = new Float64Array(counts.length);
    const countsB = new Float64Array(sideB.table.pairTrue.length);
    const countsC = new Float64Array(width);
    const rng = new prng_Rng(options.seed);
    const B = options.resamples;
    const deltas = metrics.map(() => new Float64Array(B));
    const kept = metrics.map(() => 0);
    const dropped = metrics.map(() => 0);
    for (let round = 0; round < B; round++) {
        multinomialSample(rng, base.n, counts, drawn);
        countsB.fill(0);
        countsC.fill(0);
        for (let j = 0; j < drawn.length; j++) {
            countsB[cellB[j]] += drawn[j];
            countsC[cellC[j]] += drawn[j];
        }
        const mb = sideB.metrics(countsB);
        const mc = sideC.metrics(countsC);
        metrics.forEach((m, j) => {
            const b = mb[m];
            const c = mc[m];
            if (typeof b === 'number' && typeof c === 'number' && Number.isFinite(b) && Number.isFinite(c))
                deltas[j][kept[j]++] = c - b;
            else
                dropped[j]++;
        });
    }
    const out = new Map();
    metrics.forEach((m, j) => out.set(m, { deltas: deltas[j].slice(0, kept[j]), dropped: dropped[j] }));
    return out;
}
/** One model's pair table and its confusion metrics under resampled pair counts. */
function confusionSide(data) {
    const k = data.classes.length;
    const table = (0,confusion/* buildPairTable */.Jc)(k, data.yTrue, data.yPred);
    const totals = (0,confusion/* classTotals */.ys)(table, (0,confusion/* countPairs */.rZ)(table));
    // The label set is fixed by the data, not the resample (as the evaluator with weights).
    const present = new Uint8Array(k);
    for (let c = 0; c < k; c++)
        if (totals.trueSum[c] > 0 || totals.predSum[c] > 0)
            present[c] = 1;
    const positive = (0,evaluator/* validPositive */.Ug)(data, []);
    return {
        table,
        metrics: (counts) => (0,classification/* classificationMetrics */.qb)((0,confusion/* classTotals */.ys)(table, counts), {
            present,
            positive,
            classes: data.classes,
            warnings: null,
        }),
    };
}
function judgePaired(outcome, metric, tolerance, higherIsBetter, alpha, z, resamples) {
    const notes = [];
    let pRegress;
    let ci;
    let se;
    if (outcome.kind === 'analytic') {
        se = Number.isFinite(outcome.estimate.se) ? outcome.estimate.se : null;
        pRegress = analyticPRegress(outcome.estimate, tolerance, higherIsBetter);
        ci = analyticInterval(outcome.estimate, z);
        if (pRegress === null)
            notes.push(`${metric} is undefined for ${outcome.test} on these rows`);
    }
    else {
        const { deltas, dropped } = outcome.distribution;
        pRegress =
            outcome.kind === 'swap' && !higherIsBetter
                ? pairedMaxSwapPValue(outcome.base, outcome.cand, tolerance, resamples, outcome.seed)
                : bootstrapPValue(deltas, tolerance, higherIsBetter);
        // 1 − 2α: the two-sided interval whose lower/upper bound is the one-sided test's at α. For
        // the swap test, its inversion: the interval agrees with the verdict (the bootstrap's
        // percentiles of a maximum need not).
        ci =
            outcome.kind === 'swap' && !higherIsBetter
                ? pairedMaxSwapInterval(outcome.base, outcome.cand, tolerance, resamples, outcome.seed, alpha, pRegress)
                : percentileInterval(deltas, 2 * alpha);
        se = bootstrapSe(deltas);
        if (dropped > 0)
            notes.push(`${dropped} of ${resamples} resamples left ${metric} undefined and were dropped`);
    }
    const improved = ci !== null && (higherIsBetter ? ci[0] > 0 : ci[1] < 0);
    return { test: outcome.test, pRegress, ci, improved, se, notes };
}
/**
 * average_precision / median_ae at large n: the influence-function test (AP) or the Bahadur
 * representation (median); null where their conditions fail (the bootstrap runs instead).
 */
function orderEstimate(base, cand, permutation, metric) {
    if (metric === 'average_precision') {
        const sides = [];
        for (const data of [base, cand]) {
            const positive = (0,evaluator/* validPositive */.Ug)(data, []);
            if (positive === undefined || !data.scores)
                return null;
            const { include, isPositive } = binaryRows(data, positive);
            const side = averagePrecisionInfluence(data.scores, include, isPositive);
            if (Math.min(side.positives, side.negatives) < AP_ANALYTIC_MIN_CLASS_ROWS)
                return null;
            sides.push(side);
        }
        return {
            test: 'ap-influence',
            estimate: pairedAveragePrecisionDifference(sides[0], sides[1], permutation),
        };
    }
    const b = regressionTerms(base, regression/* absoluteError */.ij);
    const c = regressionTerms(cand, regression/* absoluteError */.ij);
    if (b.some((x) => x !== x) || c.some((x) => x !== x))
        return null;
    const estimate = pairedMedianDifference(b, c, permutation);
    return estimate ? { test: 'median-bahadur', estimate } : null;
}
/**
 * average_precision / median_ae: the paired row bootstrap computing only this metric per round,
 * with the metric's own definitions (rankingValues; MedianWalk over |error| ascending).
 */
function orderBootstrap(base, cand, permutation, metric, options, progress) {
    const n = base.n;
    let baseOrder;
    let candOrder;
    let statistic;
    if (metric === 'average_precision') {
        const sides = [];
        const scored = [];
        for (const data of [base, cand]) {
            const positive = (0,evaluator/* validPositive */.Ug)(data, []);
            if (positive === undefined || !data.scores)
                return null;
            const { include, isPositive } = binaryRows(data, positive);
            sides.push((0,metrics_ranking/* rankedColumn */.E)((0,score_rankings/* rankScoreColumn */.h)(data.scores, 1, 0, include), isPositive));
            scored.push(include.reduce((a, b) => a + b, 0));
        }
        baseOrder = sides[0].order;
        candOrder = toBaseRows(sides[1].order, permutation);
        const columns = { base: sides[0], cand: { ...sides[1], order: candOrder } };
        statistic = (side, _order, w) => {
            const ap = (0,metrics_ranking/* rankingValues */.d)(columns[side], w).ap;
            // No positive in the resample: scikit-learn's 0 (as the evaluator), unless nothing is scored.
            return Number.isNaN(ap) ? (scored[side === 'base' ? 0 : 1] === 0 ? null : 0) : ap;
        };
    }
    else {
        const b = regressionTerms(base, regression/* absoluteError */.ij);
        const c = regressionTerms(cand, regression/* absoluteError */.ij);
        if (b.some((x) => x !== x) || c.some((x) => x !== x))
            return null;
        const cInBase = Float64Array.from({ length: n }, (_, i) => c[permutation[i]]);
        baseOrder = (0,sort/* rankAscending */.Zv)(b, null).order;
        candOrder = (0,sort/* rankAscending */.Zv)(cInBase, null).order;
        const values = { base: b, cand: cInBase };
        statistic = (side, order, w) => {
            if (n === 0)
                return null;
            const walk = new regression/* MedianWalk */.Em(n); // a resample always has n rows
            const v = values[side];
            for (let j = 0; j < order.length; j++) {
                const wj = w[order[j]];
                if (wj !== 0 && walk.add(v[order[j]], wj))
                    break;
            }
            return walk.value;
        };
    }
    const B = options.resamples;
    const bar = progress?.start(`Paired bootstrap of ${metric} (${B} resamples of ${n} rows)`);
    const distribution = pairedOrderBootstrap(n, baseOrder, candOrder, statistic, options, (round) => bar?.update(round, B, undefined, round));
    bar?.done();
    return distribution;
}

;// CONCATENATED MODULE: ./src/compare/stats/farrington-manning.ts

/**
 * Farrington–Manning score test for two independent proportions: baseline k₁/n₁, candidate
 * k₂/n₂, H₀: p₂ − p₁ ≥ −tolerance (no worse than tolerated), H₁: p₂ − p₁ < −tolerance.
 *
 * Why not the Wald z with unpooled variance: a 200/200 baseline has zero estimated variance, so a
 * single candidate error is "significant"; its exact size at n = 200, p = .99 is 5.85% > 5%. The
 * score test takes its variance from the maximum-likelihood estimate of (p₁, p₂) *under H₀'s
 * boundary* p₂ = p₁ − tolerance, which never collapses to zero when the other side has errors.
 * Its exact size over the binomial grid is checked in test/compare/unpaired-accuracy.test.ts.
 */
function farringtonManningP(k1, n1, k2, n2, tolerance) {
    const p1 = k1 / n1;
    const p2 = k2 / n2;
    const [r1, r2] = restrictedMle(k1, n1, k2, n2, tolerance);
    const v = (r1 * (1 - r1)) / n1 + (r2 * (1 - r2)) / n2;
    const num = p2 - p1 + tolerance;
    if (!(v > 0))
        return num < 0 ? 0 : 1;
    return distributions_normalCdf(num / Math.sqrt(v));
}
/** Maximum-likelihood (p₁, p₂) subject to p₂ = p₁ − d (concave in p₁: bisection on the score). */
function restrictedMle(k1, n1, k2, n2, d) {
    if (d === 0) {
        const p = (k1 + k2) / (n1 + n2);
        return [p, p];
    }
    // p₁ ranges over [lo, hi] so that both p₁ and p₂ = p₁ − d lie in [0, 1].
    let lo = Math.max(0, d);
    let hi = Math.min(1, 1 + d);
    const score = (p) => {
        const q = p - d;
        let s = 0;
        if (k1 > 0)
            s += k1 / p;
        if (n1 - k1 > 0)
            s -= (n1 - k1) / (1 - p);
        if (k2 > 0)
            s += k2 / q;
        if (n2 - k2 > 0)
            s -= (n2 - k2) / (1 - q);
        return s;
    };
    for (let i = 0; i < 80; i++) {
        const mid = (lo + hi) / 2;
        if (mid === lo || mid === hi)
            break;
        if (score(mid) > 0)
            lo = mid;
        else
            hi = mid;
    }
    const p = (lo + hi) / 2;
    return [p, p - d];
}
/**
 * The interval of differences p₂ − p₁ that the one-sided score tests at `alpha` do not reject on
 * either side: a two-sided 1 − 2α interval whose upper end is the score test's one-sided bound
 * (the score test rejects ⇔ the upper end is below −tolerance).
 */
function farringtonManningInterval(k1, n1, k2, n2, alpha) {
    const delta = k2 / n2 - k1 / n1;
    // pBelow(δ₀): p of H₁ p₂ − p₁ < δ₀ (falls as δ₀ rises above δ); pAbove mirrors it on failures.
    const pBelow = (d0) => farringtonManningP(k1, n1, k2, n2, -d0);
    const pAbove = (d0) => farringtonManningP(n1 - k1, n1, n2 - k2, n2, d0);
    const lower = solve(pAbove, delta, -1, alpha);
    const upper = solve(pBelow, delta, 1, alpha);
    return [lower, upper];
}
/** Bisection for the δ₀ between `from` and the end `to` where f crosses alpha. */
function solve(f, from, to, alpha) {
    let inside = from;
    let outside = to;
    if (f(outside) > alpha)
        return outside;
    for (let i = 0; i < 60; i++) {
        const mid = (inside + outside) / 2;
        if (f(mid) > alpha)
            inside = mid;
        else
            outside = mid;
    }
    return (inside + outside) / 2;
}
/** Largest n₁·n₂ for which the exact unconditional p-value is computed (beyond: the score test's normal p). */
const EXACT_UNCONDITIONAL_MAX_TABLES = 260_000;
const NUISANCE_STEPS = 293;
/**
 * Exact unconditional p-value (Suissa–Shuster style) with the Farrington–Manning statistic:
 * sup over the nuisance p₁ on H₀'s boundary (p₂ = p₁ − tolerance) of P(Z ≤ z_observed), summed
 * over every (k₁, k₂) table. The score test's normal p is not ≤ α at every p (6.56% at n = 200,
 * p = .99, tolerance .01: the binomial grid is coarse near 1); this one's size is ≤ α by
 * construction, up to the nuisance grid of 293 steps.
 */
function exactUnconditionalP(k1, n1, k2, n2, tolerance) {
    return exactUnconditionalTable(n1, n2, tolerance)[k1 * (n2 + 1) + k2];
}
/** p-values of every table (k₁ · (n₂ + 1) + k₂), sorted-cumulative over the nuisance grid. */
function exactUnconditionalTable(n1, n2, tolerance) {
    const tables = (n1 + 1) * (n2 + 1);
    const z = new Float64Array(tables);
    for (let a = 0; a <= n1; a++)
        for (let b = 0; b <= n2; b++)
            z[a * (n2 + 1) + b] = scoreZ(a, n1, b, n2, tolerance);
    const order = Array.from({ length: tables }, (_, i) => i).sort((i, j) => z[i] - z[j]);
    const pv = new Float64Array(tables);
    const lo = Math.max(0, tolerance);
    const hi = Math.min(1, 1 + tolerance);
    const pmf1 = new Float64Array(n1 + 1);
    const pmf2 = new Float64Array(n2 + 1);
    for (let s = 0; s <= NUISANCE_STEPS; s++) {
        const p1 = lo + ((hi - lo) * s) / NUISANCE_STEPS;
        binomialRow(n1, p1, pmf1);
        binomialRow(n2, Math.min(1, Math.max(0, p1 - tolerance)), pmf2);
        let cum = 0;
        for (let i = 0; i < tables;) {
            // A tie group counts whole: P(Z ≤ z) includes every table with the same z.
            let j = i;
            let group = 0;
            while (j < tables && z[order[j]] === z[order[i]]) {
                const t = order[j];
                group += pmf1[Math.floor(t / (n2 + 1))] * pmf2[t % (n2 + 1)];
                j++;
            }
            cum += group;
            for (let m = i; m < j; m++)
                if (cum > pv[order[m]])
                    pv[order[m]] = cum;
            i = j;
        }
    }
    for (let i = 0; i < tables; i++)
        pv[i] = Math.min(1, pv[i]);
    return pv;
}
/** The score statistic (p̂₂ − p̂₁ + tolerance) / SE under H₀'s restricted MLE; ±∞/0 when SE is 0. */
function scoreZ(k1, n1, k2, n2, tolerance) {
    const [r1, r2] = restrictedMle(k1, n1, k2, n2, tolerance);
    const v = (r1 * (1 - r1)) / n1 + (r2 * (1 - r2)) / n2;
    const num = k2 / n2 - k1 / n1 + tolerance;
    if (!(v > 0))
        return num < 0 ? -Infinity : num > 0 ? Infinity : 0;
    return num / Math.sqrt(v);
}
/** Binomial(n, p) probabilities of 0..n by the multiplicative recurrence from the mode (stable). */
function binomialRow(n, p, out) {
    out.fill(0);
    if (p <= 0) {
        out[0] = 1;
        return;
    }
    if (p >= 1) {
        out[n] = 1;
        return;
    }
    const mode = Math.floor((n + 1) * p);
    const m = Math.min(n, mode);
    out[m] = 1;
    const r = p / (1 - p);
    for (let k = m + 1; k <= n; k++)
        out[k] = (out[k - 1] * (n - k + 1) * r) / k;
    for (let k = m - 1; k >= 0; k--)
        out[k] = (out[k + 1] * (k + 1)) / ((n - k) * r);
    let total = 0;
    for (let k = 0; k <= n; k++)
        total += out[k];
    for (let k = 0; k <= n; k++)
        out[k] /= total;
}
/**
 * The gate's unpaired accuracy p-value: exact unconditional when n₁·n₂ is small enough to
 * enumerate, else the Farrington–Manning normal approximation (accurate at such n).
 */
function unpairedAccuracyP(k1, n1, k2, n2, tolerance) {
    if ((n1 + 1) * (n2 + 1) <= EXACT_UNCONDITIONAL_MAX_TABLES)
        return { p: exactUnconditionalP(k1, n1, k2, n2, tolerance), method: 'exact-unconditional' };
    return { p: farringtonManningP(k1, n1, k2, n2, tolerance), method: 'farrington-manning' };
}

;// CONCATENATED MODULE: ./src/compare/accuracy-test.ts



/** accuracy / error_rate: McNemar (δ = 0) or the paired z non-inferiority test; unpaired: Farrington–Manning (exact size ≤ α; Wilson/Newcombe over-rejected at n = 200). */
function accuracyTest(d, baseline, candidate, discordant, tol, alpha, z) {
    const sign = d.higher ? 1 : -1; // accuracy-space delta = sign · metric delta
    if (discordant && baseline.n === candidate.n && baseline.n > 0) {
        const { b, c } = discordant;
        const n = baseline.n;
        const ni = pairedNonInferiority(b, c, n, tol);
        const accCi = [ni.delta - z * ni.se, ni.delta + z * ni.se];
        d.check.ci = sign > 0 ? accCi : [-accCi[1], -accCi[0]];
        d.se = ni.se;
        const mc = mcnemar(b, c);
        if (tol === 0) {
            d.pRegress = mc.pWorse;
            d.check.test = mc.method === 'exact' ? 'mcnemar-exact' : 'mcnemar-chi2';
        }
        else {
            d.pRegress = ni.pValue;
            d.check.test = 'paired-z-noninferiority';
        }
        d.notes.push(`${b} right→wrong, ${c} wrong→right (McNemar two-sided p ${fmtP(mc.pValue)})`);
        d.improved = accCi[0] > 0;
        return;
    }
    const accB = accuracyOf(baseline, d.rule.metric);
    const accC = accuracyOf(candidate, d.rule.metric);
    if (accB === null || accC === null || baseline.n === 0 || candidate.n === 0) {
        d.check.test = 'none';
        d.noTest = true;
        return;
    }
    const k1 = Math.round(accB * baseline.n);
    const k2 = Math.round(accC * candidate.n);
    const t = unpairedAccuracyP(k1, baseline.n, k2, candidate.n, tol);
    d.pRegress = t.p;
    const ci = farringtonManningInterval(k1, baseline.n, k2, candidate.n, alpha);
    d.check.ci = sign > 0 ? ci : [-ci[1], -ci[0]];
    d.check.test = t.method;
    d.se = unpairedProportions(k1, baseline.n, k2, candidate.n, tol, alpha).se;
    d.improved = ci[0] > 0;
}
function accuracyOf(r, metric) {
    const v = r.metrics[metric];
    if (v === null || v === undefined)
        return null;
    return metric === 'error_rate' ? 1 - v : v;
}

;// CONCATENATED MODULE: ./src/compare/bench-runs.ts


/** The smallest one-sided p of the exact Mann-Whitney U test with n₁ and n₂ untied values. */
function smallestMannWhitneyP(n1, n2) {
    const counts = mannWhitneyCounts(n1, n2);
    let total = 0;
    for (let i = 0; i < counts.length; i++)
        total += counts[i];
    return counts[0] / total;
}
/** The fewest runs per side whose smallest p is at most `level`. */
function minimumSignificantRuns(level) {
    let r = 1;
    while (smallestMannWhitneyP(r, r) > level && r < 50)
        r++;
    return r;
}
/**
 * Throws a UsageError when a gated bench rule can never fail with `runs` measured runs; returns
 * a warning when it can fail only if every other Holm-tested rule fails too; null otherwise.
 */
function checkBenchRuns(config, runs, where) {
    const alpha = config.significance;
    if (alpha === null)
        return null;
    const gated = config.metrics.filter((r) => r.metric.startsWith('bench.') && r.max_regression);
    if (gated.length === 0)
        return null;
    const tested = config.metrics.filter((r) => r.max_regression).length + (config.default_metrics ? 1 : 0);
    const m = config.multiple_comparisons === 'holm' ? Math.max(1, tested) : 1;
    const p = smallestMannWhitneyP(runs, runs);
    const names = gated.map((r) => r.metric).join(', ');
    const pText = `1/${Math.round(1 / p)}`;
    if (p > alpha)
        throw new errors/* UsageError */.eb(`${where}: ${names} ${gated.length === 1 ? 'is' : 'are'} gated with max_regression, but with ${runs} measured run${runs === 1 ? '' : 's'} per side the Mann-Whitney test's smallest possible one-sided p is ${pText}, above significance ${alpha}: that check can never fail. Use at least ${minimumSignificantRuns(alpha)} runs (bench runs; ${minimumSignificantRuns(alpha / m)} with Holm over ${m} gated metrics), or gate it with an absolute max.`);
    if (m > 1 && p * m > alpha)
        return `${where}: with ${runs} measured runs per side the smallest possible p of ${names} is ${pText}; Holm over ${m} gated metrics holds it to ${alpha}/${m}, so it can fail only if every other gated metric fails too. Use at least ${minimumSignificantRuns(alpha / m)} runs for it to fail on its own.`;
    return null;
}

;// CONCATENATED MODULE: ./src/compare/gated-value.ts

function runValues(bench, field) {
    if (!bench)
        return [];
    const out = [];
    for (const run of bench.runs ?? []) {
        if (run.warmup)
            continue;
        const v = run[field];
        if (typeof v === 'number' && Number.isFinite(v))
            out.push(v);
    }
    return out;
}
/**
 * The series a bench.* check of `candidate` compares with: its own interleaved baseline series
 * (`bench.against`) when it has one, else the stored baseline's bench (null: none).
 */
function benchBaselineSeries(candidate, baseline) {
    if (candidate.bench?.against)
        return { series: candidate.bench.against, interleaved: true };
    return baseline?.bench ? { series: baseline.bench, interleaved: false } : null;
}
/** The median of a bench field over a series' measured runs (else its summary's median). */
function benchValue(bench, field) {
    const runs = runValues(bench, field);
    if (runs.length > 0)
        return (0,quantile/* median */.JZ)(runs);
    const s = bench?.summary?.[field];
    return s && Number.isFinite(s.median) ? s.median : null;
}
/** Value of a gated metric: result.metrics, or for bench.* the median over the measured runs. */
function metricValue(r, metric) {
    if (metric.startsWith('bench.')) {
        return benchValue(r.bench, metric.slice('bench.'.length));
    }
    const v = r.metrics[metric];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

;// CONCATENATED MODULE: ./src/compare/bench-test.ts




/**
 * bench.*: Mann-Whitney U of the candidate's runs against the baseline's shifted by the tolerance.
 * `baseline` is a stored baseline's bench, or this run's own `bench.against` (the interleaved
 * baseline series) — the same test either way: the pairs of an interleaved run are not used as
 * pairs (see docs/benchmark.md, "Interleaved A/B": a paired test would need ~2× the runs for
 * the same smallest p and is thrown by one bad pair).
 */
function benchTest(d, baseline, candidate, alpha) {
    const field = d.rule.metric.slice('bench.'.length);
    const xs = runValues(baseline, field);
    const ys = runValues(candidate, field);
    if (xs.length === 0 || ys.length === 0) {
        d.check.test = 'threshold';
        return;
    }
    const tol = d.rule.max_regression;
    // H0: the candidate is no worse than the baseline moved by the tolerance.
    const shifted = xs.map((x) => tol.kind === 'relative'
        ? x * (d.higher ? 1 - tol.value : 1 + tol.value)
        : d.higher
            ? x - tol.value
            : x + tol.value);
    const mw = mannWhitneyU(ys, shifted, d.higher ? 'less' : 'greater');
    d.pRegress = mw.pValue;
    d.check.test = mw.method === 'exact' ? 'mann-whitney-exact' : 'mann-whitney';
    const r = ratioOfMedians(xs, ys, 2 * alpha);
    const mx = (0,quantile/* median */.JZ)(xs);
    if (r.ci) {
        d.check.ci = [(r.ci[0] - 1) * mx, (r.ci[1] - 1) * mx];
        d.improved = d.higher ? r.ci[0] > 1 : r.ci[1] < 1;
        d.notes.push(`median ratio ×${fmt(r.ratio)} (${fmt(100 * (1 - 2 * alpha))}% CI ×${fmt(r.ci[0])}–×${fmt(r.ci[1])}) over ${xs.length} vs ${ys.length} runs`);
    }
    else {
        d.notes.push(`median ratio ×${fmt(r.ratio)}; ${xs.length} vs ${ys.length} runs are too few for a ${fmt(100 * (1 - 2 * alpha))}% interval`);
    }
    const smallest = smallestMannWhitneyP(xs.length, ys.length);
    if (smallest > alpha)
        d.notes.push(`with ${xs.length} vs ${ys.length} runs the test's smallest possible p is 1/${Math.round(1 / smallest)}, above ${alpha}: this check cannot fail (use at least ${minimumSignificantRuns(alpha)} runs per side)`);
}

;// CONCATENATED MODULE: ./src/compare/check-draft.ts









/** One gated metric: its values, bound, tolerance and the statistical test that applies. */
function draftCheck(rule, ctx) {
    const { baseline, candidate, config, alpha, z, comparable, hostMismatch, boot, bootKind, discordant } = ctx;
    const pairedOutcome = ctx.pairedTests?.get(rule.metric);
    const info = (0,registry_metrics/* declarationFor */._n)(rule.metric, candidate.task);
    const scoreDiscordant = ctx.discordantByMetric?.get(rule.metric);
    const shape = scoreDiscordant ? 'mean-binary' : info.shape;
    const higher = info.direction === 'higher';
    const isBench = rule.metric.startsWith('bench.');
    // A bench check of an interleaved run compares with the baseline series measured beside it.
    const benchBase = isBench ? benchBaselineSeries(candidate, baseline) : null;
    const interleaved = benchBase?.interleaved === true;
    const baseValue = benchBase
        ? benchValue(benchBase.series, rule.metric.slice('bench.'.length))
        : baseline && !isBench
            ? metricValue(baseline, rule.metric)
            : null;
    const candValue = metricValue(candidate, rule.metric);
    const draft = {
        check: {
            metric: rule.metric,
            baseline: baseValue,
            candidate: candValue,
            delta: baseValue !== null && candValue !== null ? candValue - baseValue : null,
            ci: null,
            p_value: null,
            threshold: thresholdText(rule, baseValue),
            verdict: 'pass',
        },
        rule,
        info,
        higher,
        tolerance: null,
        pRegress: null,
        improved: false,
        notes: [],
        hostMismatch: isBench && !interleaved && hostMismatch && config.host_mismatch === 'warn',
        boundBroken: null,
        missingCandidate: candValue === null,
        se: null,
        noTest: false,
        interleaved,
    };
    if (candValue !== null) {
        if (rule.min !== undefined && candValue < rule.min)
            draft.boundBroken = `${fmt(candValue)} is below min ${fmt(rule.min)}`;
        if (rule.max !== undefined && candValue > rule.max)
            draft.boundBroken = `${fmt(candValue)} is above max ${fmt(rule.max)}`;
    }
    if (!rule.max_regression || baseValue === null || candValue === null)
        return draft;
    const tol = rule.max_regression.kind === 'relative'
        ? rule.max_regression.value * Math.abs(baseValue)
        : rule.max_regression.value;
    draft.tolerance = tol;
    if (alpha === null || z === null) {
        draft.check.test = 'threshold';
        return draft;
    }
    if (isBench) {
        benchTest(draft, benchBase.series, candidate.bench, alpha);
    }
    else if (scoreDiscordant) {
        // The paired examples only: with --missing intersection the two results' n differ.
        const n = ctx.pairedN ?? candidate.n;
        accuracyTest(draft, { ...baseline, n }, { ...candidate, n }, scoreDiscordant, tol, alpha, z);
    }
    else if (shape === 'mean-binary' && comparable) {
        accuracyTest(draft, baseline, candidate, discordant, tol, alpha, z);
    }
    else if (pairedOutcome) {
        const j = judgePaired(pairedOutcome, rule.metric, tol, higher, alpha, z, config.bootstrap.resamples);
        draft.pRegress = j.pRegress;
        draft.check.ci = j.ci;
        draft.check.test = j.test;
        draft.improved = j.improved;
        draft.se = j.se;
        draft.notes.push(...j.notes);
    }
    else if (boot && boot[rule.metric]) {
        const dist = boot[rule.metric];
        draft.pRegress = bootstrapPValue(dist.deltas, tol, higher);
        draft.check.ci = percentileInterval(dist.deltas, 2 * alpha);
        draft.check.test = bootKind;
        draft.se = bootstrapSe(dist.deltas);
        if (dist.dropped > 0)
            draft.notes.push(`${dist.dropped} of ${config.bootstrap.resamples} resamples left ${rule.metric} undefined and were dropped`);
        if (draft.check.ci)
            draft.improved = higher ? draft.check.ci[0] > 0 : draft.check.ci[1] < 0;
    }
    else if (shape === 'mean-binary') {
        accuracyTest(draft, baseline, candidate, null, tol, alpha, z);
    }
    else {
        const t = summaryTest(rule.metric, baseline, candidate);
        if (t) {
            draft.pRegress = normalRegressionP(t.delta, t.se, tol, higher);
            draft.check.ci = [t.delta - z * t.se, t.delta + z * t.se];
            draft.check.test = t.test;
            draft.se = t.se;
            draft.improved = higher ? draft.check.ci[0] > 0 : draft.check.ci[1] < 0;
        }
        else {
            draft.check.test = 'none';
            draft.noTest = true;
        }
    }
    if (draft.check.ci)
        draft.check.ci_level = 1 - 2 * alpha;
    if (draft.se !== null)
        draft.check.mde = minimumDetectableEffect(draft.se, tol, alpha);
    return draft;
}

;// CONCATENATED MODULE: ./src/compare/verdict.ts


/** Exit code of a gate verdict under `fail_on`: 1 when the gate failed, else 0. */
function gateExitCode(verdict, failOn) {
    if (failOn === 'never')
        return 0;
    if (verdict === 'fail')
        return 1;
    return failOn === 'warn' && verdict === 'warn' ? 1 : 0;
}
/** Holm over the gated metrics' p-values (in place: each tested draft's p becomes its adjusted p). */
function adjustHolm(drafts, alpha, config) {
    const tested = drafts.filter((d) => d.pRegress !== null);
    let adjusted = drafts.map((d) => d.pRegress);
    if (alpha !== null && config.multiple_comparisons === 'holm' && tested.length >= 2) {
        adjusted = (0,holm/* holm */.f)(drafts.map((d) => d.pRegress), alpha).adjusted;
        // Said once in the checks header (multiple_comparisons) and per check in its reason, not as a warning.
        drafts.forEach((d, i) => {
            if (d.pRegress !== null)
                d.notes.push(`Holm-adjusted over ${tested.length} metrics (raw p ${fmtP(d.pRegress)})`);
            d.pRegress = adjusted[i];
        });
    }
}
/** The gate's verdict from its checks: the worst check, or no-baseline when none compared with one. */
function gateVerdict(checks, hasBaseline) {
    const anyBaselineCheck = checks.some((c) => c.verdict !== 'no-baseline');
    let verdict = 'pass';
    if (checks.some((c) => c.verdict === 'fail'))
        verdict = 'fail';
    else if (checks.some((c) => c.verdict === 'warn'))
        verdict = 'warn';
    else if (!hasBaseline || (!anyBaselineCheck && checks.length > 0))
        verdict = 'no-baseline';
    return verdict;
}
/**
 * The verdict of one check. With significance on: fail ⇔ the one-sided p ≤ α; warn only when the
 * evidence is borderline (α < p ≤ 2α) — a point estimate that is merely worse is noise half of
 * the time at tolerance 0, so it passes with its detectable effect stated; inconclusive when no
 * test exists for the metric with these inputs (never a plain-threshold fail). A candidate that
 * lost a gated metric (null or infinite) fails.
 */
function decide(d, alpha, hasBaseline, candidate) {
    const c = d.check;
    const reasons = [];
    let verdict;
    c.p_value = alpha === null ? null : d.pRegress;
    if (alpha === null) {
        c.ci = null;
        delete c.ci_level;
        delete c.mde;
    }
    const detects = c.mde !== undefined && c.mde !== null ? mdeText(candidate.n, c.mde, c.metric) : null;
    if (d.missingCandidate) {
        const raw = c.metric.startsWith('bench.') ? null : candidate.metrics[c.metric];
        const what = typeof raw === 'number'
            ? `${c.metric} is ${String(raw)}`
            : `the candidate has no value for ${c.metric}`;
        if (c.baseline !== null || d.rule.min !== undefined || d.rule.max !== undefined) {
            verdict = 'fail';
            reasons.push(`the candidate lost a gated metric: ${what}${c.baseline !== null ? ` (the baseline had ${fmt(c.baseline)})` : ''}`);
        }
        else {
            verdict = 'warn';
            reasons.push(`${what} (not computed for this data, nor for the baseline)`);
        }
    }
    else if (d.tolerance === null || c.delta === null) {
        if (d.boundBroken) {
            verdict = 'fail';
            reasons.push(d.boundBroken);
        }
        else if (d.rule.max_regression && (!hasBaseline || c.baseline === null)) {
            verdict = 'no-baseline';
            reasons.push(hasBaseline ? `the baseline has no value for ${c.metric}` : 'no baseline to compare with');
        }
        else {
            verdict = 'pass';
            reasons.push('within the bounds');
        }
    }
    else {
        const gain = d.higher ? c.delta : -c.delta;
        const worsening = -gain;
        const beyond = worsening > d.tolerance * (1 + 1e-12) + 1e-15;
        let regress = false;
        let borderline = false;
        if (alpha === null) {
            regress = beyond;
            if (beyond)
                reasons.push(`worse by ${fmtAmount(c.metric, worsening)}, beyond the tolerated ${fmtAmount(c.metric, d.tolerance)}`);
        }
        else if (d.pRegress === null) {
            reasons.push(`${beyond ? `worse by ${fmtAmount(c.metric, worsening)}, beyond the tolerated ${fmtAmount(c.metric, d.tolerance)}` : worsening > 0 ? `worse by ${fmtAmount(c.metric, worsening)}, within the tolerated ${fmtAmount(c.metric, d.tolerance)}` : 'no worse than the baseline'}, but no statistical test exists for ${c.metric} with these inputs, so the check cannot tell`);
        }
        else {
            regress = d.pRegress <= alpha;
            borderline = !regress && beyond && d.pRegress <= 2 * alpha;
            if (regress)
                reasons.push(`significantly worse than the tolerated ${fmtAmount(c.metric, d.tolerance)} (p ${fmtP(d.pRegress)} ≤ ${fmt(alpha)})`);
            else if (borderline)
                reasons.push(`worse by ${fmtAmount(c.metric, worsening)}, beyond the tolerated ${fmtAmount(c.metric, d.tolerance)}: borderline, not significant (p ${fmtP(d.pRegress)} > ${fmt(alpha)})${detects ? `; ${detects}` : ''}`);
            else if (beyond)
                reasons.push(`worse by ${fmtAmount(c.metric, worsening)}, within noise (p ${fmtP(d.pRegress)}): not significant${detects ? `; ${detects}` : ''}`);
        }
        if (d.boundBroken)
            reasons.unshift(d.boundBroken);
        const improved = alpha === null ? gain > 0 && !regress : d.improved && !regress;
        if (d.boundBroken)
            verdict = 'fail';
        else if (regress && d.hostMismatch) {
            verdict = 'warn';
            reasons.push("a warning, not a failure: the benchmark host differs from the baseline's");
        }
        else if (regress)
            verdict = 'fail';
        else if (alpha !== null && d.pRegress === null)
            verdict = 'inconclusive';
        else if (borderline || (alpha === null && beyond))
            verdict = 'warn';
        else if (improved) {
            verdict = 'improved';
            reasons.push(alpha === null ? 'better than the baseline' : 'significantly better than the baseline');
        }
        else {
            verdict = 'pass';
            if (!beyond)
                reasons.push(worsening > 0
                    ? `worse by ${fmtAmount(c.metric, worsening)}, within the tolerated ${fmtAmount(c.metric, d.tolerance)}`
                    : 'no worse than the baseline');
        }
    }
    c.verdict = verdict;
    const all = [...reasons, ...d.notes];
    if (all.length)
        c.reason = capitalize(all.join('; ')) + '.';
    return c;
}

;// CONCATENATED MODULE: ./src/compare/scores-compare.ts








/** Ids listed in a flip or missing-sample message. */
const MAX_IDS = 20;
/** Candidate example of each baseline example (−1 = none) and the counts either side. */
function pairScores(b, c) {
    const index = new Map();
    c.ids.forEach((id, i) => index.set(id, i));
    const candidateRow = new Int32Array(b.n).fill(-1);
    const onlyBaseline = [];
    const matched = new Uint8Array(c.n);
    let paired = 0;
    for (let i = 0; i < b.n; i++) {
        const j = index.get(b.ids[i]);
        if (j === undefined)
            onlyBaseline.push(b.ids[i]);
        else {
            candidateRow[i] = j;
            matched[j] = 1;
            paired++;
        }
    }
    const onlyCandidate = [];
    for (let j = 0; j < c.n; j++)
        if (!matched[j])
            onlyCandidate.push(c.ids[j]);
    return { candidateRow, paired, onlyBaseline, onlyCandidate };
}
const some = (ids) => ids
    .slice(0, 5)
    .map((id) => JSON.stringify((0,util_escape/* displayLabel */.RQ)(id, 40)))
    .join(', ') + (ids.length > 5 ? ', …' : '');
/** Baseline terms and candidate terms restricted to the paired examples (in baseline order). */
function pairedTerms(bt, ct, candidateRow) {
    const rows = [];
    for (let i = 0; i < candidateRow.length; i++)
        if (candidateRow[i] >= 0)
            rows.push(i);
    const base = new Float64Array(rows.length);
    const cand = new Float64Array(rows.length);
    rows.forEach((i, k) => {
        base[k] = bt.values[i];
        cand[k] = ct.values[candidateRow[i]];
    });
    return { base, cand, rows: Int32Array.from(rows) };
}
function compareScores(input) {
    const { baseline, candidate, config } = input;
    const alpha = config.significance;
    const warnings = [];
    const rules = rulesForScores(config, Object.keys(candidate.metrics));
    const bx = input.baselineExamples;
    const cx = input.candidateExamples;
    const outcomes = new Map();
    const discordantByMetric = new Map();
    let pairedN;
    let flips;
    let paired = false;
    if (baseline && bx && cx) {
        const pairing = pairScores(bx, cx);
        const { paired: n, onlyBaseline, onlyCandidate } = pairing;
        if (onlyBaseline.length + onlyCandidate.length > 0) {
            const counts = `${n} examples paired, ${onlyBaseline.length} only in the baseline` +
                (onlyBaseline.length ? ` (${some(onlyBaseline)})` : '') +
                `, ${onlyCandidate.length} only in the candidate` +
                (onlyCandidate.length ? ` (${some(onlyCandidate)})` : '');
            if (input.missing !== 'intersection')
                throw new errors/* GateError */.ue(`The baseline and the candidate scored different samples: ${counts}. Their metrics are not comparable as they stand. ` +
                    'Run both on the same samples, or pass --missing intersection to pair and test the examples both have.');
            warnings.push(`MIXED SAMPLE SETS (--missing intersection): ${counts}. The paired tests use the ${n} common examples; each side's metric values are over all its own examples.`);
        }
        pairedN = n;
        paired = n > 0;
        const byName = (d) => new Map(d.terms.map((t) => [t.name, t]));
        const bTerms = byName(bx);
        const cTerms = byName(cx);
        let flipMetric = null;
        for (const rule of rules) {
            const bt = bTerms.get(rule.metric);
            const ct = cTerms.get(rule.metric);
            if (!bt || !ct || !paired)
                continue;
            const { base, cand, rows } = pairedTerms(bt, ct, pairing.candidateRow);
            if (bt.binary && ct.binary) {
                let b = 0;
                let c = 0;
                for (let k = 0; k < base.length; k++) {
                    if (base[k] === 1 && cand[k] === 0)
                        b++;
                    else if (base[k] === 0 && cand[k] === 1)
                        c++;
                }
                discordantByMetric.set(rule.metric, { b, c });
            }
            else {
                const identity = Int32Array.from({ length: base.length }, (_, k) => k);
                const estimate = pairedMeanDifference(base, cand, identity);
                if (ct.aggregate === 'count')
                    // A count is n × the mean of its indicators: its difference and se scale by n.
                    Object.assign(estimate, { delta: estimate.delta * estimate.n, se: estimate.se * estimate.n });
                outcomes.set(rule.metric, { kind: 'analytic', test: 'paired-z', estimate });
            }
            // Flips of the first gated 0/1 score: every trial passed before and failed now (or back).
            if (flipMetric === null && isZeroOne(bt, bx) && isZeroOne(ct, cx)) {
                flipMetric = rule.metric;
                const rw = [];
                const wr = [];
                let nRw = 0;
                let nWr = 0;
                for (let k = 0; k < base.length; k++) {
                    const id = bx.ids[rows[k]];
                    if (base[k] === 1 && cand[k] === 0) {
                        if (nRw++ < MAX_IDS)
                            rw.push(id);
                    }
                    else if (base[k] === 0 && cand[k] === 1) {
                        if (nWr++ < MAX_IDS)
                            wr.push(id);
                    }
                }
                flips = {
                    right_to_wrong: nRw,
                    wrong_to_right: nWr,
                    right_to_wrong_ids: rw,
                    wrong_to_right_ids: wr,
                    grown_confusions: [],
                };
            }
        }
    }
    else if (baseline && rules.some((r) => !r.metric.startsWith('bench.'))) {
        warnings.push(`Unpaired tests: ${!bx ? 'the baseline' : 'the candidate'} has no per-example file (scores.bin), so the examples could not be paired.`);
    }
    if (cx)
        warnings.push(...flakyNotes(cx));
    const z = alpha === null ? null : distributions_normalQuantile(1 - alpha);
    const ctx = {
        baseline,
        candidate,
        config,
        alpha,
        z,
        comparable: true,
        hostMismatch: false,
        boot: null,
        bootKind: null,
        pairedTests: outcomes,
        discordant: null,
        discordantByMetric,
        ...(pairedN !== undefined ? { pairedN } : {}),
    };
    const drafts = rules.map((rule) => draftCheck(rule, ctx));
    adjustHolm(drafts, alpha, config);
    const checks = drafts.map((d) => decide(d, alpha, baseline !== null, candidate));
    const gate = {
        verdict: gateVerdict(checks, baseline !== null),
        checks,
        comparable: true,
        paired,
        significance: alpha,
        multiple_comparisons: config.multiple_comparisons,
        bootstrap: null,
        baseline_source: baseline
            ? {
                ...(baseline.created_at !== undefined ? { created_at: baseline.created_at } : {}),
                ...(baseline.source?.commit !== undefined ? { commit: baseline.source.commit } : {}),
                ...(baseline.source?.ref !== undefined ? { ref: baseline.source.ref } : {}),
                fingerprint: baseline.dataset.fingerprint,
            }
            : null,
        warnings,
    };
    if (flips)
        gate.flips = flips;
    return gate;
}
/** A pass/fail score: 0/1 with one trial, or a mean over trials of 0/1 values (it has pass@1). */
function isZeroOne(t, data) {
    return t.binary || data.terms.some((x) => x.name === `${t.name}.pass@1`);
}
/** The flaky examples of the candidate (both outcomes across trials), by metric. */
function flakyNotes(data) {
    const out = [];
    for (const t of data.terms) {
        if (!t.name.endsWith(registry_metrics/* FLAKY_SUFFIX */.qB))
            continue;
        const ids = [];
        let count = 0;
        for (let i = 0; i < t.values.length; i++)
            if (t.values[i] === 1) {
                if (count++ < MAX_IDS)
                    ids.push(data.ids[i]);
            }
        if (count > 0)
            out.push(`${t.name.slice(0, -registry_metrics/* FLAKY_SUFFIX */.qB.length)}: ${count} flaky examples in the candidate (passed some trials, failed others): ${some(ids)}.`);
    }
    return out;
}

// EXTERNAL MODULE: ./src/result/evaluation-data.ts
var evaluation_data = __webpack_require__(97368);
// EXTERNAL MODULE: ./src/evaluate/metrics/text/text-rows.ts
var text_rows = __webpack_require__(26522);
// EXTERNAL MODULE: ./src/evaluate/metrics/text/bleu.ts + 1 modules
var bleu = __webpack_require__(78813);
// EXTERNAL MODULE: ./src/evaluate/metrics/text/chrf.ts
var chrf = __webpack_require__(16246);
;// CONCATENATED MODULE: ./src/compare/stats/corpus-statistics-bootstrap.ts

/**
 * The paired bootstrap of a corpus metric that is a function of per-example sufficient
 * statistics summed over the corpus (BLEU, chrF: n-gram match and total counts), as sacrebleu's
 * `--paired-bs` resamples segments. Each round draws the row bootstrap's weights (the same
 * stream as `pairedBootstrap`, so the same resamples) and scores both models from the weighted
 * column sums of their stored statistics: O(n · width) per round, never a re-tokenisation.
 *
 * `baseRows` / `candRows` are n × `width` row-major matrices; `permutation[i]` is the candidate
 * row paired with baseline row i. `score` maps summed statistics to the metric (a non-finite
 * value drops the round, as the row bootstrap does).
 */
function pairedCorpusStatisticsBootstrap(baseRows, candRows, width, score, permutation, options) {
    const n = permutation.length;
    if (baseRows.length !== n * width || candRows.length !== n * width)
        throw new RangeError(`expected ${n} rows of ${width} statistics on each side`);
    const sumsB = new Float64Array(width);
    const sumsC = new Float64Array(width);
    const deltas = new Float64Array(options.resamples);
    let kept = 0;
    forEachResample(n, options, (w) => {
        sumsB.fill(0);
        sumsC.fill(0);
        for (let i = 0; i < n; i++) {
            const wi = w[i];
            if (wi === 0)
                continue;
            const b = i * width;
            const c = permutation[i] * width;
            for (let k = 0; k < width; k++) {
                sumsB[k] += wi * baseRows[b + k];
                sumsC[k] += wi * candRows[c + k];
            }
        }
        const delta = score(sumsC) - score(sumsB);
        if (Number.isFinite(delta))
            deltas[kept++] = delta;
    });
    return { deltas: deltas.slice(0, kept), dropped: options.resamples - kept };
}

;// CONCATENATED MODULE: ./src/compare/text-tests.ts
/**
 * The paired tests and example changes of `--task text` comparisons, from the per-example rows
 * of both sidecars (`TextData.terms`):
 * - `exact_match` (0/1 per example): the discordant counts for McNemar (accuracy-test.ts);
 * - `token_f1`, `rouge1/2/l` (means of per-example terms): paired z on the differences;
 * - `bleu`, `chrf` (functions of summed n-gram statistics): the paired bootstrap over examples on
 *   the per-example statistics (`pairedCorpusStatisticsBootstrap`, O(n) a round, seeded), as
 *   sacrebleu's `--paired-bs`.
 * Without pairing, the unpaired tests read `result.statistics` (unpaired-tests.ts).
 */









/** Examples of each kind the reports list. */
const MAX_CHANGES = 10;
/** The shape-chosen paired test of each gated text metric; `exact_match` is left to McNemar. */
function textPairedTests(base, cand, permutation, metrics, options) {
    const outcomes = new Map();
    const leftover = [];
    for (const metric of metrics) {
        const shape = (0,registry_metrics/* metricDeclaration */.NL)(metric)?.shape;
        if (shape === 'mean') {
            const b = (0,text_rows/* textMeanColumn */.v5)(base.terms, metric);
            const c = (0,text_rows/* textMeanColumn */.v5)(cand.terms, metric);
            if (b && c)
                outcomes.set(metric, {
                    kind: 'analytic',
                    test: 'paired-z',
                    estimate: pairedMeanDifference(b, c, permutation),
                });
        }
        else if (shape === 'corpus-statistics') {
            const b = (0,text_rows/* textCorpusRows */.nW)(base.terms, metric);
            const c = (0,text_rows/* textCorpusRows */.nW)(cand.terms, metric);
            if (b && c && base.n > 0)
                outcomes.set(metric, {
                    kind: 'bootstrap',
                    test: 'paired-bootstrap',
                    distribution: pairedCorpusStatisticsBootstrap(b.rows, c.rows, b.width, b.score, permutation, options),
                });
        }
        // mean-binary (exact_match): McNemar from `textDiscordant`; nothing is left to a row bootstrap.
    }
    return { outcomes, leftover };
}
/** Exact-match flips of paired examples: b right→wrong, c wrong→right, and the first ids of each. */
function textDiscordant(base, cand, permutation) {
    let b = 0;
    let c = 0;
    const r2w = [];
    const w2r = [];
    for (let i = 0; i < base.n; i++) {
        const was = base.terms[i * text_rows/* TEXT_TERM_WIDTH */.Iq] === 1;
        const now = cand.terms[permutation[i] * text_rows/* TEXT_TERM_WIDTH */.Iq] === 1;
        if (was && !now) {
            b++;
            if (r2w.length < MAX_CHANGES)
                r2w.push((0,evaluation_data/* idAt */.jj)(base, i) ?? `#${i + 1}`);
        }
        else if (!was && now) {
            c++;
            if (w2r.length < MAX_CHANGES)
                w2r.push((0,evaluation_data/* idAt */.jj)(base, i) ?? `#${i + 1}`);
        }
    }
    return { b, c, rightToWrongIds: r2w, wrongToRightIds: w2r };
}
/** Example i's own score under `metric`: its term, or the corpus formula on its statistics alone. */
function exampleScore(rows, i, metric) {
    const o = i * text_rows/* TEXT_TERM_WIDTH */.Iq;
    if (metric === 'bleu')
        return (0,bleu/* bleuFromStatistics */.eR)(rows.subarray(o + text_rows/* BLEU_OFFSET */.l8, o + text_rows/* BLEU_OFFSET */.l8 + bleu/* BLEU_STATISTICS */.NA));
    if (metric === 'chrf')
        return (0,chrf/* chrfFromStatistics */.lE)(rows.subarray(o + text_rows/* CHRF_OFFSET */.Af, o + text_rows/* CHRF_OFFSET */.Af + chrf/* CHRF_STATISTICS */.Ab));
    const k = ['exact_match', 'token_f1', 'rouge1', 'rouge2', 'rouge_l'].indexOf(metric);
    return rows[o + k];
}
/**
 * The examples the reports show: those that lost an exact match (in row order), then the largest
 * per-example drops of the first gated metric other than exact_match (sentence-level BLEU/chrF
 * for a corpus metric; ties by row order), at most `MAX_CHANGES` each.
 */
function textExampleChanges(base, cand, permutation, gated) {
    const out = [];
    const change = (i, kind, metric, b, c) => {
        const j = permutation[i];
        return {
            id: (0,evaluation_data/* idAt */.jj)(base, i) ?? `#${i + 1}`,
            kind,
            metric,
            baseline: b,
            candidate: c,
            prediction: cand.excerpts.prediction[j] ?? '',
            baseline_prediction: base.excerpts.prediction[i] ?? '',
            reference: base.excerpts.reference[i] ?? '',
        };
    };
    for (let i = 0; i < base.n && out.length < MAX_CHANGES; i++)
        if (base.terms[i * text_rows/* TEXT_TERM_WIDTH */.Iq] === 1 && cand.terms[permutation[i] * text_rows/* TEXT_TERM_WIDTH */.Iq] !== 1)
            out.push(change(i, 'right-to-wrong', 'exact_match', 1, 0));
    const metric = gated.find((m) => m !== 'exact_match' && (0,registry_metrics/* metricDeclaration */.NL)(m)?.tasks.includes('text')) ?? 'token_f1';
    const drops = [];
    for (let i = 0; i < base.n; i++) {
        const b = exampleScore(base.terms, i, metric);
        const c = exampleScore(cand.terms, permutation[i], metric);
        const d = b - c;
        if (!(d > 0))
            continue;
        // Keep the MAX_CHANGES largest so far (a small sorted list: O(n) overall).
        if (drops.length === MAX_CHANGES && d <= drops[drops.length - 1].d)
            continue;
        let at = drops.length;
        while (at > 0 && drops[at - 1].d < d)
            at--;
        drops.splice(at, 0, { i, b, c, d });
        if (drops.length > MAX_CHANGES)
            drops.pop();
    }
    for (const x of drops)
        out.push(change(x.i, 'worst', metric, x.b, x.c));
    return out;
}
/** Bins of the report's histogram. */
const BINS = 20;
/**
 * The per-example score distribution of the first gated text metric (sentence-level for BLEU and
 * chrF) on each side, in `BINS` equal bins over the metric's range (the last bin closed).
 */
function textScoreDistribution(base, cand, gated) {
    const metric = gated.find((m) => (0,registry_metrics/* metricDeclaration */.NL)(m)?.tasks.includes('text')) ?? 'token_f1';
    const hi = (0,registry_metrics/* metricDeclaration */.NL)(metric)?.range?.[1] ?? 1;
    const edges = Array.from({ length: BINS + 1 }, (_, k) => (k * hi) / BINS);
    const counts = (d) => {
        const c = new Array(BINS).fill(0);
        for (let i = 0; i < d.n; i++) {
            const v = exampleScore(d.terms, i, metric);
            if (!Number.isFinite(v))
                continue;
            const k = Math.min(BINS - 1, Math.max(0, Math.floor((v / hi) * BINS)));
            c[k] = c[k] + 1;
        }
        return c;
    };
    return { metric, edges, baseline: base ? counts(base) : null, candidate: counts(cand) };
}

// EXTERNAL MODULE: ./src/evaluate/metrics/index.ts
var metrics = __webpack_require__(89013);
// EXTERNAL MODULE: ./src/result/examples.ts + 1 modules
var examples = __webpack_require__(5063);
;// CONCATENATED MODULE: ./src/compare/align.ts


/**
 * Pairs the candidate's rows with the baseline's: `permutation[i]` = the candidate row of
 * baseline row i. By id when both sides have ids, by position when neither has; the true labels
 * must agree row by row. Returns a reason instead when the rows cannot be paired.
 */
function alignRows(base, cand) {
    if (base.task === 'ranking' || cand.task === 'ranking')
        return alignQueries(base, cand);
    if ((base.task === 'regression') !== (cand.task === 'regression'))
        return { reason: 'the tasks differ' };
    if ((base.task === 'text') !== (cand.task === 'text'))
        return { reason: 'the tasks differ' };
    if (base.n !== cand.n)
        return { reason: `the example counts differ (${base.n} vs ${cand.n})` };
    const n = base.n;
    let permutation = new Int32Array(n);
    const baseIds = (0,examples/* idBytesFor */.Kb)(base);
    const candIds = (0,examples/* idBytesFor */.Kb)(cand);
    if (baseIds && candIds) {
        const joined = joinIdBytes(baseIds, candIds);
        if (typeof joined === 'string')
            return { reason: joined };
        permutation = joined;
    }
    else if (!baseIds && !candIds) {
        for (let i = 0; i < n; i++)
            permutation[i] = i;
    }
    else {
        return { reason: 'one side joined rows by id and the other by position' };
    }
    // Text sidecars keep no references: the dataset fingerprints (equal, or no pairing is tried)
    // have compared them.
    if (base.task === 'text' || cand.task === 'text')
        return { permutation };
    if (base.task === 'regression' || cand.task === 'regression') {
        for (let i = 0; i < n; i++)
            if (!Object.is(base.yTrue[i], cand.yTrue[permutation[i]]))
                return { reason: `the true values differ at row ${i + 1}` };
    }
    else {
        const b = base;
        const c = cand;
        for (let i = 0; i < n; i++)
            if (b.classes[b.yTrue[i]] !== c.classes[c.yTrue[permutation[i]]]) {
                const id = (0,evaluation_data/* idAt */.jj)(b, i);
                return { reason: `the true labels differ at ${id !== null ? `id "${id}"` : `row ${i + 1}`}` };
            }
    }
    return { permutation };
}
/**
 * A ranking's examples are its queries: they pair by query id (the judgements behind them are
 * the same on both sides when the dataset fingerprints agree, which compare checks first).
 */
function alignQueries(base, cand) {
    if (base.task !== cand.task)
        return { reason: 'the tasks differ' };
    if (base.n !== cand.n)
        return { reason: `the query counts differ (${base.n} vs ${cand.n})` };
    if (!base.ids || !cand.ids)
        return { reason: 'a side has no query ids' };
    const joined = joinIds(base.ids, cand.ids);
    return typeof joined === 'string'
        ? { reason: joined.replace(/\bid\b/g, 'query id') }
        : { permutation: joined };
}
/** A 32-bit FNV-1a hash of an id's bytes (ids only need spreading, not security). */
function hashId(ids, i) {
    const { bytes, offsets } = ids;
    let h = 0x811c9dc5;
    for (let k = offsets[i], end = offsets[i + 1]; k < end; k++)
        h = Math.imul(h ^ bytes[k], 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    return (h ^ (h >>> 13)) >>> 0;
}
/** Whether id i of `a` equals id j of `b` (byte for byte: the ids are well-formed UTF-8). */
function sameId(a, i, b, j) {
    const s = a.offsets[i];
    const t = b.offsets[j];
    const len = a.offsets[i + 1] - s;
    if (b.offsets[j + 1] - t !== len)
        return false;
    const x = a.bytes;
    const y = b.bytes;
    for (let k = 0; k < len; k++)
        if (x[s + k] !== y[t + k])
            return false;
    return true;
}
const idText = (ids, i) => ids.bytes.toString('utf8', ids.offsets[i], ids.offsets[i + 1]);
/** Ids equal in order: the same lengths and the same bytes. */
function sameOrder(a, b) {
    const n = a.n;
    for (let i = 0; i <= n; i++)
        if (a.offsets[i] - a.offsets[0] !== b.offsets[i] - b.offsets[0])
            return false;
    return a.bytes.subarray(a.offsets[0], a.offsets[n]).equals(b.bytes.subarray(b.offsets[0], b.offsets[n]));
}
/** `joinIdBytes` of two lists of strings (UTF-8 encoded first). */
function joinIds(base, cand) {
    return joinIdBytes((0,examples/* idBytesOfStrings */.O2)(base), (0,examples/* idBytesOfStrings */.O2)(cand));
}
/**
 * The candidate row of each baseline id, or why there is none. Ids equal in order (the usual case:
 * the same labels file on both sides) are the identity without any table. Otherwise an
 * open-addressing hash table in typed arrays (a 32-bit hash per row and a slot array of row
 * numbers) with a confirming byte compare, over the ids' UTF-8 as the reader or the sidecar holds
 * it: no string per row, no Map of a million string keys (whose entries cost far more memory and
 * time). Which error is reported does not depend on the hash: rows are taken in order.
 */
function joinIdBytes(base, cand) {
    const n = base.n;
    const permutation = new Int32Array(n);
    if (sameOrder(base, cand)) {
        for (let i = 0; i < n; i++)
            permutation[i] = i;
        // Identity; ids must still be unique, which a same-order pair cannot show: check the candidate.
        const dup = firstDuplicate(cand);
        return dup === null ? permutation : `the candidate's id "${dup}" occurs twice`;
    }
    let size = 1;
    while (size < 2 * n)
        size *= 2;
    const mask = size - 1;
    const slots = new Int32Array(size).fill(-1);
    const hashes = new Uint32Array(n);
    for (let j = 0; j < n; j++) {
        const h = hashId(cand, j);
        hashes[j] = h;
        let s = h & mask;
        for (;;) {
            const k = slots[s];
            if (k < 0) {
                slots[s] = j;
                break;
            }
            if (hashes[k] === h && sameId(cand, k, cand, j))
                return `the candidate's id "${idText(cand, j)}" occurs twice`;
            s = (s + 1) & mask;
        }
    }
    const seen = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
        const h = hashId(base, i);
        let s = h & mask;
        let j = -1;
        for (;;) {
            const k = slots[s];
            if (k < 0)
                break;
            if (hashes[k] === h && sameId(cand, k, base, i)) {
                j = k;
                break;
            }
            s = (s + 1) & mask;
        }
        if (j < 0)
            return `the baseline's id "${idText(base, i)}" is not among the candidate's`;
        if (seen[j])
            return `the baseline's id "${idText(base, i)}" occurs twice`;
        seen[j] = 1;
        permutation[i] = j;
    }
    return permutation;
}
/** The first id (in row order) that repeats an earlier one, or null. */
function firstDuplicate(ids) {
    let size = 1;
    while (size < 2 * ids.n)
        size *= 2;
    const mask = size - 1;
    const slots = new Int32Array(size).fill(-1);
    const hashes = new Uint32Array(ids.n);
    for (let j = 0; j < ids.n; j++) {
        const h = hashId(ids, j);
        hashes[j] = h;
        let s = h & mask;
        for (;;) {
            const k = slots[s];
            if (k < 0) {
                slots[s] = j;
                break;
            }
            if (hashes[k] === h && sameId(ids, k, ids, j))
                return idText(ids, j);
            s = (s + 1) & mask;
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/compare/flips.ts

const flips_MAX_IDS = 10;
const MAX_CONFUSIONS = 10;
/** Right→wrong and wrong→right counts of paired rows, plus the discordant counts b and c. */
function correctnessFlips(base, cand, permutation) {
    let b = 0;
    let c = 0;
    const r2w = [];
    const w2r = [];
    // One id at a time: reading `base.ids` would decode every id (~400 MB at 10M rows).
    const idOf = (i) => (0,evaluation_data/* idAt */.jj)(base, i) ?? `#${i + 1}`;
    for (let i = 0; i < base.n; i++) {
        const j = permutation[i];
        const baseRight = base.yPred[i] >= 0 && base.yPred[i] === base.yTrue[i];
        const candRight = cand.yPred[j] >= 0 && cand.classes[cand.yPred[j]] === cand.classes[cand.yTrue[j]];
        if (baseRight && !candRight) {
            b++;
            if (r2w.length < flips_MAX_IDS)
                r2w.push(idOf(i));
        }
        else if (!baseRight && candRight) {
            c++;
            if (w2r.length < flips_MAX_IDS)
                w2r.push(idOf(i));
        }
    }
    return { b, c, rightToWrongIds: r2w, wrongToRightIds: w2r };
}
/** Off-diagonal confusion cells whose count grew most (candidate − baseline), at most 10. */
function grownConfusions(base, cand) {
    if (!cand)
        return [];
    const key = (t, p) => JSON.stringify([t, p]);
    const baseCounts = new Map();
    for (const [t, p, n] of base?.counts ?? [])
        if (t !== p)
            baseCounts.set(key(t, p), n);
    const out = [];
    for (const [t, p, n] of cand.counts) {
        if (t === p)
            continue;
        const b = baseCounts.get(key(t, p)) ?? 0;
        if (n > b)
            out.push({ true: t, predicted: p, baseline: b, candidate: n, delta: n - b });
    }
    const order = new Map(cand.labels.map((l, i) => [l, i]));
    const rank = (l) => order.get(l) ?? Number.MAX_SAFE_INTEGER;
    out.sort((x, y) => y.delta - x.delta || rank(x.true) - rank(y.true) || rank(x.predicted) - rank(y.predicted));
    return out.slice(0, MAX_CONFUSIONS);
}

;// CONCATENATED MODULE: ./src/compare/resampling.ts




/** Bootstrap once for every metric that needs one. */
function resampleRows(input) {
    const { baseline, candidate, bx, cx, config, rules, permutation, sameTaskFamily, makeEvaluator } = input;
    const alpha = config.significance;
    const bootMetrics = alpha === null || !baseline
        ? []
        : rules
            .filter((r) => r.max_regression &&
            !r.metric.startsWith('bench.') &&
            (0,registry_metrics/* metricDeclaration */.NL)(r.metric)?.shape !== 'mean-binary')
            .map((r) => r.metric)
            .filter((m, i, all) => all.indexOf(m) === i);
    let boot = null;
    let bootKind = null;
    if (bootMetrics.length > 0 && baseline && !permutation && !(bx && cx)) {
        // A bare result.json on one side: the confusion-shaped metrics resample the stored tables.
        const confusionMetrics = bootMetrics.filter(isConfusionShaped);
        const rb = rowsFromConfusion(baseline);
        const rc = rowsFromConfusion(candidate);
        if (confusionMetrics.length > 0 && rb && rc && rb.n > 0 && rc.n > 0) {
            boot = unpairedBootstrap(rb.n, rc.n, confusionMetrics, makeEvaluator(rb), makeEvaluator(rc), config.bootstrap);
            bootKind = 'unpaired-bootstrap';
        }
    }
    let pairedTests = null;
    if (bootMetrics.length > 0 && bx && cx && sameTaskFamily) {
        if (permutation) {
            // The cheapest exact or O(n) test each metric's shape allows; the row bootstrap for the rest.
            pairedTests = pairedTestsByShape(bx, cx, permutation, bootMetrics, config.bootstrap, input.progress);
            if (pairedTests.leftover.length > 0) {
                const B = config.bootstrap.resamples;
                const progress = input.progress?.start(`Paired bootstrap of ${pairedTests.leftover.join(', ')} (${B} resamples of ${bx.n} rows)`);
                const candidateEvaluator = makeEvaluator(cx);
                let round = 0;
                boot = pairedBootstrap(bx.n, pairedTests.leftover, makeEvaluator(bx), (w) => {
                    const values = candidateEvaluator(w);
                    round++;
                    progress?.update(round, B, undefined, round);
                    return values;
                }, config.bootstrap, permutation);
                progress?.done();
                bootKind = 'paired-bootstrap';
            }
        }
        else if (bx.n > 0 && cx.n > 0) {
            boot = unpairedBootstrap(bx.n, cx.n, bootMetrics, makeEvaluator(bx), makeEvaluator(cx), config.bootstrap);
            bootKind = 'unpaired-bootstrap';
        }
    }
    return { boot, bootKind, pairedTests };
}

;// CONCATENATED MODULE: ./src/compare/compare.ts














/**
 * The gate: a check per gated metric, then the verdict. Pure and deterministic — the same
 * inputs give the same GateResult (byte-identical JSON).
 */
function compare_compareResults(input) {
    const { baseline, candidate, config } = input;
    const alpha = config.significance;
    const warnings = [];
    if (baseline && baseline.task !== candidate.task)
        // No statistical verdict exists: the metrics mean different things (a binary F1 is not a
        // macro F1). Bad input, exit 2, rather than a FAIL with "p 0".
        throw new errors/* GateError */.ue(`Not comparable: the baseline is a ${baseline.task} result and the candidate a ${candidate.task} result, so no check can be judged. Compare results of the same task: re-create the baseline from a ${candidate.task} evaluation (or drop it to start over with no baseline).`);
    if (candidate.task === 'scores') {
        const bs = input.baselineExamples;
        const cs = input.candidateExamples;
        return compareScores({
            baseline,
            candidate,
            baselineExamples: (0,scores_data/* isScoresData */.MW)(bs) ? bs : null,
            candidateExamples: (0,scores_data/* isScoresData */.MW)(cs) ? cs : null,
            config,
            missing: input.missing ?? 'error',
        });
    }
    const rules = rulesForTask(config, candidate.task);
    // Scores results returned above: what is left is a table's rows, a ranking's queries or text.
    const bx = input.baselineExamples;
    const cx = input.candidateExamples;
    const sameTaskFamily = !baseline || (baseline.task === 'regression') === (candidate.task === 'regression');
    const comparable = !baseline || (sameTaskFamily && baseline.dataset.fingerprint === candidate.dataset.fingerprint);
    if (baseline && !comparable) {
        warnings.push(sameTaskFamily
            ? `NOT COMPARABLE: the baseline was evaluated on different examples (dataset fingerprint ${baseline.dataset.fingerprint} vs ${candidate.dataset.fingerprint}). Deltas compare different data: no paired tests and no prediction flips; unpaired tests only. Treat the verdict with suspicion.`
            : `NOT COMPARABLE: the baseline is a ${baseline.task} result and the candidate a ${candidate.task} result.`);
    }
    // Pairing.
    let permutation = null;
    if (baseline && comparable) {
        if (bx && cx) {
            const aligned = alignRows(bx, cx);
            if ('permutation' in aligned)
                permutation = aligned.permutation;
            else
                warnings.push(`Unpaired tests: the examples could not be paired (${aligned.reason}).`);
        }
        else if (rules.some((r) => !r.metric.startsWith('bench.'))) {
            warnings.push(`Unpaired tests: ${!bx ? 'the baseline' : 'the candidate'} has no per-example file (examples.bin), so paired tests (McNemar, paired bootstrap) were not possible.`);
        }
    }
    const paired = permutation !== null;
    const text = candidate.task === 'text';
    const { boot, bootKind, pairedTests } = text
        ? textResampling(bx, cx, permutation, rules, config, baseline !== null)
        : resampleRows({
            baseline,
            candidate,
            bx,
            cx,
            config,
            rules,
            permutation,
            sameTaskFamily,
            // A ranking's examples are queries whose every metric is a mean of per-query values.
            makeEvaluator: (data) => data.task === 'ranking'
                ? (weights) => (0,query_values/* queryMeans */.R)(data, weights)
                : data.task === 'text'
                    ? unreachableText()
                    : (input.createEvaluator ?? metrics/* createMetricEvaluator */.mj)(data),
            progress: input.progress,
        });
    // Discordant pairs for accuracy-like metrics (exact_match for text).
    let discordant = null;
    if (permutation && bx?.task === 'text' && cx?.task === 'text')
        discordant = textDiscordant(bx, cx, permutation);
    else if (permutation &&
        bx &&
        cx &&
        (bx.task === 'binary' || bx.task === 'multiclass') &&
        (cx.task === 'binary' || cx.task === 'multiclass'))
        discordant = correctnessFlips(bx, cx, permutation);
    // An interleaved run's bench checks compare with its own baseline series, measured on this host.
    const hostMismatch = !!baseline?.bench &&
        !!candidate.bench &&
        !candidate.bench.against &&
        baseline.bench.host?.fingerprint !== candidate.bench.host?.fingerprint;
    if (hostMismatch && rules.some((r) => r.metric.startsWith('bench.')))
        warnings.push(config.host_mismatch === 'compare'
            ? `The benchmark ran on a different host than the baseline's (${hostLabel(baseline.bench)} vs ${hostLabel(candidate.bench)}); compared anyway (host_mismatch: compare).`
            : `The benchmark ran on a different host than the baseline's (${hostLabel(baseline.bench)} vs ${hostLabel(candidate.bench)}): benchmark regressions are reported as warnings, not failures (set host_mismatch: compare to fail on them).`);
    // Intervals are two-sided 1 − 2α: their worse-side end is the one-sided 1 − α bound the decision uses.
    const z = alpha === null ? null : distributions_normalQuantile(1 - alpha);
    const ctx = {
        baseline,
        candidate,
        config,
        alpha,
        z,
        comparable,
        hostMismatch,
        boot,
        bootKind,
        pairedTests: pairedTests?.outcomes ?? null,
        discordant,
    };
    const drafts = rules.map((rule) => draftCheck(rule, ctx));
    adjustHolm(drafts, alpha, config);
    const checks = drafts.map((d) => decide(d, alpha, baseline !== null || d.interleaved, candidate));
    const inconclusive = checks.filter((c) => c.verdict === 'inconclusive').map((c) => c.metric);
    if (inconclusive.length > 0)
        warnings.push(`Inconclusive (no statistical test with these inputs, neither pass nor fail): ${inconclusive.join(', ')}. Keep the per-example file (examples.jsonl.gz) beside the baseline's result.json for paired tests.`);
    const verdict = gateVerdict(checks, baseline !== null || drafts.some((d) => d.interleaved));
    let flips;
    if (discordant && baseline) {
        flips = {
            right_to_wrong: discordant.b,
            wrong_to_right: discordant.c,
            right_to_wrong_ids: discordant.rightToWrongIds,
            wrong_to_right_ids: discordant.wrongToRightIds,
            grown_confusions: grownConfusions(baseline.confusion, candidate.confusion),
        };
    }
    const gate = {
        verdict,
        checks,
        comparable,
        paired,
        significance: alpha,
        multiple_comparisons: config.multiple_comparisons,
        bootstrap: boot || [...(pairedTests?.outcomes.values() ?? [])].some((o) => o.kind !== 'analytic')
            ? { seed: config.bootstrap.seed, resamples: config.bootstrap.resamples }
            : null,
        baseline_source: baseline
            ? {
                ...(baseline.created_at !== undefined ? { created_at: baseline.created_at } : {}),
                ...(baseline.source?.commit !== undefined ? { commit: baseline.source.commit } : {}),
                ...(baseline.source?.ref !== undefined ? { ref: baseline.source.ref } : {}),
                fingerprint: baseline.dataset.fingerprint,
            }
            : null,
        warnings,
    };
    if (flips)
        gate.flips = flips;
    if (permutation && bx?.task === 'text' && cx?.task === 'text')
        gate.examples_changed = textExampleChanges(bx, cx, permutation, rules.map((r) => r.metric));
    if (cx?.task === 'text')
        gate.score_distribution = textScoreDistribution(bx?.task === 'text' ? bx : null, cx, rules.map((r) => r.metric));
    return gate;
}
/**
 * Text: the paired tests by shape when the examples pair; otherwise none here (the unpaired
 * tests read `result.statistics`: Farrington–Manning, Welch z, the delta method for BLEU/chrF).
 */
/** Text rows are resampled by `textResampling`, never through a row evaluator. */
function unreachableText() {
    throw new Error('internal: text rows reached the row resampler');
}
function textResampling(bx, cx, permutation, rules, config, hasBaseline) {
    const none = { boot: null, bootKind: null, pairedTests: null };
    if (!permutation ||
        !hasBaseline ||
        config.significance === null ||
        bx?.task !== 'text' ||
        cx?.task !== 'text')
        return none;
    const metrics = [
        ...new Set(rules.filter((r) => r.max_regression && !r.metric.startsWith('bench.')).map((r) => r.metric)),
    ];
    return {
        boot: null,
        bootKind: null,
        pairedTests: textPairedTests(bx, cx, permutation, metrics, config.bootstrap),
    };
}

// EXTERNAL MODULE: ./src/compare/baseline.ts
var compare_baseline = __webpack_require__(75460);
;// CONCATENATED MODULE: ./src/compare/simulate.ts




/**
 * Estimates by simulation what a gate configuration does on accuracy: the A/A false-alarm rate
 * and the detection rate of a true drop, for the configuration and for the same configuration
 * with `significance: off` — through the real `compareResults` path, on synthetic paired data
 * (binary labels, each model right independently with its true accuracy on each example).
 */
function simulate(options) {
    const { n, accuracy, drop } = options;
    const trials = options.trials ?? 200;
    const seed = options.seed ?? 1;
    if (!(n > 0 && Number.isInteger(n)))
        throw new RangeError('simulate: n must be a positive integer');
    if (!(accuracy > 0 && accuracy <= 1) || !(drop >= 0 && drop < accuracy))
        throw new RangeError('simulate: bad accuracy or drop');
    let rules = options.config.default_metrics
        ? [{ metric: 'accuracy', max_regression: { kind: 'absolute', value: 0, text: '0' } }]
        : options.config.metrics.filter((r) => metricDeclaration(r.metric)?.shape === 'mean-binary');
    if (rules.length === 0)
        rules = [{ metric: 'accuracy', max_regression: { kind: 'absolute', value: 0, text: '0' } }];
    const config = { ...options.config, metrics: rules, default_metrics: false };
    const off = { ...config, significance: null };
    const rng = new Rng(seed);
    const count = { aaFail: [0, 0], aaWarn: [0, 0], dropFail: [0, 0], dropFlag: [0, 0] };
    for (let t = 0; t < trials; t++) {
        const truth = new Int32Array(n);
        for (let i = 0; i < n; i++)
            truth[i] = rng.nextInt(2);
        const base = model(truth, accuracy, rng);
        const same = model(truth, accuracy, rng);
        const worse = model(truth, accuracy - drop, rng);
        [config, off].forEach((cfg, k) => {
            const aa = run(base, same, cfg);
            if (aa === 'fail')
                count.aaFail[k]++;
            else if (aa === 'warn')
                count.aaWarn[k]++;
            const dr = run(base, worse, cfg);
            if (dr === 'fail')
                count.dropFail[k]++;
            if (dr === 'fail' || dr === 'warn')
                count.dropFlag[k]++;
        });
    }
    const rates = (k) => ({
        false_alarm_rate: count.aaFail[k] / trials,
        false_warn_rate: count.aaWarn[k] / trials,
        detection_rate: count.dropFail[k] / trials,
        flagged_rate: count.dropFlag[k] / trials,
    });
    return {
        n,
        accuracy,
        drop,
        trials,
        seed,
        rules: rules.map((r) => [
            r.metric,
            r.min !== undefined ? `min ${r.min}` : '',
            r.max !== undefined ? `max ${r.max}` : '',
            r.max_regression ? `max_regression ${r.max_regression.text}` : '',
        ]
            .filter(Boolean)
            .join(' ')),
        config: rates(0),
        significance_off: rates(1),
    };
}
function model(truth, accuracy, rng) {
    const n = truth.length;
    const yPred = new Int32Array(n);
    for (let i = 0; i < n; i++)
        yPred[i] = rng.nextFloat() < accuracy ? truth[i] : 1 - truth[i];
    return {
        task: 'binary',
        n,
        classes: ['0', '1'],
        yTrue: truth,
        yPred,
        positive: 1,
        scores: null,
        ids: null,
    };
}
function run(base, cand, config) {
    return compareResults({
        baseline: syntheticResult(base),
        candidate: syntheticResult(cand),
        baselineExamples: base,
        candidateExamples: cand,
        config,
    }).verdict;
}
function syntheticResult(d) {
    let right = 0;
    for (let i = 0; i < d.n; i++)
        if (d.yPred[i] === d.yTrue[i])
            right++;
    const acc = right / d.n;
    return {
        schema: RESULT_SCHEMA,
        task: 'binary',
        n: d.n,
        dataset: { fingerprint: 'simulation' },
        tool: { name: 'model-gate', version: 'simulation' },
        created_at: '1970-01-01T00:00:00.000Z',
        source: {},
        metrics: { accuracy: acc, error_rate: 1 - acc },
        errors: {
            error_rate: 1 - acc,
            top_confusions: [],
            missing_predictions: 0,
            extra_predictions: 0,
            invalid_rows: 0,
        },
        warnings: [],
    };
}

// EXTERNAL MODULE: ./src/evaluate/sufficient-statistics.ts
var sufficient_statistics = __webpack_require__(77391);
;// CONCATENATED MODULE: ./src/compare/calibration.ts







/** One or more metrics per statistical shape (src/metrics/registry.ts `shape`). */
const CALIBRATION_METRICS = [
    { metric: 'accuracy', family: 'mean-binary' },
    { metric: 'log_loss', family: 'mean' },
    { metric: 'brier', family: 'mean' },
    { metric: 'mae', family: 'mean' },
    { metric: 'mse', family: 'mean' },
    { metric: 'precision', family: 'confusion' },
    { metric: 'recall', family: 'confusion' },
    { metric: 'f1', family: 'confusion' },
    { metric: 'mcc', family: 'confusion' },
    { metric: 'balanced_accuracy', family: 'confusion' },
    { metric: 'cohen_kappa', family: 'confusion' },
    { metric: 'roc_auc', family: 'auc' },
    { metric: 'rmse', family: 'smooth' },
    { metric: 'r2', family: 'smooth' },
    { metric: 'average_precision', family: 'rank/order' },
    { metric: 'median_ae', family: 'rank/order' },
    { metric: 'max_error', family: 'max' },
];
/** The five-metric gate whose family-wise A/A failure rate (Holm, tolerance 0) the grid reports. */
const FIVE_METRIC_GATE = ['accuracy', 'f1', 'roc_auc', 'log_loss', 'brier'];
const TOLERANCE_SE_MULTIPLE = 3;
function calibrationGrid(options = {}) {
    const wanted = options.metrics ?? CALIBRATION_METRICS.map((m) => m.metric);
    const metrics = CALIBRATION_METRICS.filter((m) => wanted.includes(m.metric));
    const sizes = options.sizes ?? [200, 2000, 20000];
    const trials = options.trials ?? 100;
    const pilot = options.pilot ?? 100;
    const alpha = options.alpha ?? 0.05;
    const resamples = options.resamples ?? 400;
    const seed = options.seed ?? 1;
    const shard = options.shard ?? { index: 0, count: 1 };
    const five = FIVE_METRIC_GATE.every((m) => wanted.includes(m));
    const byTask = new Map();
    for (const m of metrics) {
        const gen = generatorOf(m.metric);
        byTask.set(gen, [...(byTask.get(gen) ?? []), m]);
    }
    const curves = new Map();
    const rows = options.populationRows ?? populationRowsFor(sizes);
    for (const [gen, ms] of byTask)
        for (const [k, c] of worseningCurves(gen, ms, rows))
            curves.set(k, c);
    const plans = [];
    const cells = [];
    for (const n of sizes) {
        // δ = 3 × the delta's sd where the power is asked (a worse candidate is often noisier than
        // the baseline: regressed rows have larger, heavier-tailed losses), found by fixed-point
        // iteration from the A/A sd: measure the sd at ρ(2δ), set δ from it, twice.
        const sdAt = (rhoOf) => {
            const out = new Map();
            for (const [gen, ms] of byTask)
                for (const [k, sd] of pilotSd(gen, ms, n, pilot, seed, rhoOf))
                    out.set(k, sd);
            return out;
        };
        const aa = sdAt(() => 0);
        const nPlans = new Map();
        for (const m of metrics)
            nPlans.set(m.metric, planCell(m, n, aa.get(m.metric), aa.get(m.metric), curves.get(m.metric), alpha));
        for (let iteration = 0; iteration < 2; iteration++) {
            const alt = sdAt((metric) => nPlans.get(metric).rho_power);
            for (const m of metrics)
                nPlans.set(m.metric, planCell(m, n, aa.get(m.metric), alt.get(m.metric), curves.get(m.metric), alpha));
        }
        plans.push(...nPlans.values());
        const cell = new Map();
        const counts = (metric, family, design) => {
            const key = `${metric}/${design}`;
            let c = cell.get(key);
            if (!c) {
                c = {
                    metric,
                    family,
                    n,
                    design,
                    trials: 0,
                    aa_fail: 0,
                    aa_warn: 0,
                    aa_inconclusive: 0,
                    power_fail: 0,
                    power_inconclusive: 0,
                    tests: [],
                };
                cell.set(key, c);
            }
            return c;
        };
        for (const m of metrics)
            for (const d of DESIGNS)
                counts(m.metric, m.family, d);
        if (five)
            for (const d of DESIGNS)
                counts(FIVE_METRIC_NAME, 'five-metric gate (Holm)', d);
        const mine = Array.from({ length: trials }, (_, t) => t).filter((t) => t % shard.count === shard.index);
        mine.forEach((t, done) => {
            for (const [gen, ms] of byTask) {
                const rng = new Rng(trialSeed(seed, n, t, gen.task));
                const truth = gen.truth(n, rng);
                const base = gen.latent(truth, rng);
                const cand = gen.latent(truth, rng);
                const baseData = gen.model(base, 0);
                const sameData = gen.model(cand, 0);
                const baseResult = resultOf(baseData);
                const sameResult = resultOf(sameData);
                for (const m of ms) {
                    const plan = nPlans.get(m.metric);
                    const power = gen.model(cand, plan.rho_power);
                    const powerResult = resultOf(power);
                    const zero = gateConfig([m.metric], 0, alpha, resamples, t);
                    const tol = gateConfig([m.metric], plan.tolerance, alpha, resamples, t);
                    for (const design of DESIGNS) {
                        const c = counts(m.metric, m.family, design);
                        c.trials++;
                        const aa = verdictOf(baseData, baseResult, sameData, sameResult, zero, design, c);
                        if (aa === 'fail')
                            c.aa_fail++;
                        else if (aa === 'warn')
                            c.aa_warn++;
                        else if (aa === 'inconclusive')
                            c.aa_inconclusive++;
                        const p = verdictOf(baseData, baseResult, power, powerResult, tol, design, c);
                        if (p === 'fail')
                            c.power_fail++;
                        else if (p === 'inconclusive')
                            c.power_inconclusive++;
                    }
                }
                if (five && gen.task === 'binary') {
                    const config = gateConfig(FIVE_METRIC_GATE, 0, alpha, resamples, t);
                    for (const design of DESIGNS) {
                        const c = counts(FIVE_METRIC_NAME, 'five-metric gate (Holm)', design);
                        c.trials++;
                        const aa = verdictOf(baseData, baseResult, sameData, sameResult, config, design, c);
                        if (aa === 'fail')
                            c.aa_fail++;
                        else if (aa === 'warn')
                            c.aa_warn++;
                        else if (aa === 'inconclusive')
                            c.aa_inconclusive++;
                    }
                }
            }
            options.onProgress?.(n, done + 1, mine.length);
        });
        cells.push(...cell.values());
    }
    return {
        seed,
        alpha,
        resamples,
        pilot,
        tolerance_se_multiple: TOLERANCE_SE_MULTIPLE,
        shard,
        plans,
        cells,
    };
}
/** The name of the five-metric gate's row in `cells`. */
const FIVE_METRIC_NAME = FIVE_METRIC_GATE.join('+');
const DESIGNS = (/* unused pure expression or super */ null && (['paired', 'unpaired']));
function trialSeed(seed, n, t, task) {
    // Distinct streams per (seed, n, trial, task); Rng mixes the integer through splitmix32.
    return ((Math.imul(seed, 0x9e3779b1) ^ Math.imul(n, 0x85ebca6b) ^ Math.imul(t + 1, 0xc2b2ae35) ^ task.length) >>>
        0);
}
function planCell(m, n, sd, sdAlternative, curve, alpha) {
    const tolerance = TOLERANCE_SE_MULTIPLE * sdAlternative;
    const rhoFor = (target) => {
        const w = curve.at(n);
        for (let k = 1; k < RHO_GRID.length; k++) {
            if (w[k] >= target) {
                const f = (target - w[k - 1]) / (w[k] - w[k - 1]);
                return RHO_GRID[k - 1] + Math.max(0, Math.min(1, f)) * (RHO_GRID[k] - RHO_GRID[k - 1]);
            }
        }
        return null;
    };
    const w = curve.at(n);
    const rhoP = rhoFor(2 * tolerance);
    return {
        metric: m.metric,
        family: m.family,
        n,
        sd,
        sd_alternative: sdAlternative,
        tolerance,
        ideal_power: normalCdf((rhoP === null ? w[w.length - 1] - tolerance : tolerance) / sdAlternative - normalQuantile(1 - alpha)),
        rho_power: rhoP ?? 1,
        power_worsening: rhoP === null ? w[w.length - 1] : 2 * tolerance,
        reachable: rhoP !== null,
    };
}
function gateConfig(metrics, tolerance, alpha, resamples, trial) {
    const rules = metrics.map((metric) => ({
        metric,
        max_regression: { kind: 'absolute', value: tolerance, text: String(tolerance) },
    }));
    return {
        ...defaultGateConfig(),
        significance: alpha,
        // A seed per trial: the resampling noise is part of what the grid measures.
        bootstrap: { resamples, seed: trial + 1 },
        metrics: rules,
        default_metrics: false,
    };
}
/** The gate's verdict, or "inconclusive" when any of its checks had no test. */
function verdictOf(baseData, baseline, candData, candidate, config, design, counts) {
    const gate = compareResults({
        baseline,
        candidate,
        baselineExamples: design === 'paired' ? baseData : null,
        candidateExamples: candData,
        config,
    });
    for (const c of gate.checks)
        if (c.test && !counts.tests.includes(c.test))
            counts.tests.push(c.test);
    counts.tests.sort();
    // A gate of inconclusive checks passes; the grid counts them apart from real passes.
    if (gate.verdict !== 'fail' && gate.checks.some((c) => c.verdict === 'inconclusive'))
        return 'inconclusive';
    return gate.verdict;
}
const binaryModel = {
    task: 'binary',
    truth: (n, rng) => Int32Array.from({ length: n }, () => rng.nextInt(2)),
    latent(truth, rng) {
        const n = truth.length;
        const good = new Float64Array(n);
        const bad = new Float64Array(n);
        const u = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            good[i] = truth[i] === 1 ? 0.35 + 0.65 * rng.nextFloat() : 0.65 * rng.nextFloat();
            bad[i] = rng.nextFloat();
            u[i] = rng.nextFloat();
        }
        return { truth, good, bad, u };
    },
    model({ truth, good, bad, u }, rho) {
        const n = truth.length;
        const scores = new Float64Array(n);
        const yPred = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            const s = u[i] < rho ? bad[i] : good[i];
            scores[i] = Math.min(1 - 1e-6, Math.max(1e-6, s));
            yPred[i] = scores[i] >= 0.5 ? 1 : 0;
        }
        return {
            task: 'binary',
            n,
            classes: ['0', '1'],
            yTrue: truth,
            yPred,
            positive: 1,
            scores,
            scoreKind: 'probability',
            ids: null,
        };
    },
};
const regressionModel = {
    task: 'regression',
    truth: (n, rng) => Float64Array.from({ length: n }, () => 100 * rng.nextFloat()),
    latent(truth, rng) {
        const n = truth.length;
        const good = new Float64Array(n);
        const u = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            good[i] = gaussian(rng);
            u[i] = rng.nextFloat();
        }
        return { truth, good, bad: good, u };
    },
    model({ truth, good, u }, rho) {
        const yPred = Float64Array.from(truth, (y, i) => y + good[i] * (u[i] < rho ? 15 : 5));
        return { task: 'regression', n: truth.length, yTrue: truth, yPred, ids: null };
    },
};
function generatorOf(metric) {
    return metricDeclaration(metric)?.tasks.includes('regression') ? regressionModel : binaryModel;
}
function gaussian(rng) {
    const u = 1 - rng.nextFloat();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
}
function worseBy(metric, base, cand) {
    return metricDeclaration(metric).direction === 'higher' ? base - cand : cand - base;
}
/** ρ values of the worsening curves: dense near 0, where large n asks small worsenings. */
const RHO_GRID = Array.from({ length: 49 }, (_, k) => (k / 48) ** 2);
/**
 * The population sample must be much larger than the test sets, not just large: its value at ρ
 * is the mean change over its ≈ ρN regressed rows, whose sampling error, beside the delta's
 * standard deviation at n, grows like √(ρn/N) — and at large n the ρ of a 2δ worsening is small.
 * With N = 100,000 at n = 20,000 that error was ≈ 0.2 sd: log_loss's curve put 0.605 per
 * regressed row where the exact expectation is 1 − E[−ln U(0.35, 1)] = 0.565, so ρ(2δ) gave a
 * true worsening of 1.87δ and the power cells measured ≈ 70% where the ideal test has 91%.
 * At N = 50 n the error is ≈ 0.06 sd.
 */
function populationRowsFor(sizes) {
    return Math.max(100_000, 50 * Math.max(0, ...sizes));
}
function worseningCurves(gen, ms, rows) {
    const rng = new Rng(12345);
    const latent = gen.latent(gen.truth(rows, rng), rng);
    const values = RHO_GRID.map((rho) => computeMetrics(gen.model(latent, rho)).metrics);
    const out = new Map();
    for (const { metric } of ms) {
        if (metric === 'max_error') {
            out.set(metric, {
                at: (n) => RHO_GRID.map((rho) => expectedMaxError(rho, n) - expectedMaxError(0, n)),
            });
            continue;
        }
        const w = values.map((v) => worseBy(metric, values[0][metric], v[metric]));
        out.set(metric, { at: () => w });
    }
    return out;
}
/**
 * E[max |e|] over n rows whose |e| is |5z| with probability 1 − ρ and |15z| with probability ρ:
 * ∫₀^∞ 1 − F(x)ⁿ dx with F the mixture's CDF (trapezoid rule, step 0.005, to 120 = 8 σ).
 */
function expectedMaxError(rho, n) {
    const F = (x) => (1 - rho) * (2 * normalCdf(x / 5) - 1) + rho * (2 * normalCdf(x / 15) - 1);
    const h = 0.005;
    let s = 0;
    for (let x = 0; x < 120; x += h)
        s += h * (1 - 0.5 * (F(x) ** n + F(x + h) ** n));
    return s;
}
/**
 * The standard deviation of each metric's delta at n between a baseline and a candidate with a
 * share `rhoOf(metric)` of regressed rows, over `pairs` independent pairs (the same pairs each call).
 */
function pilotSd(gen, ms, n, pairs, seed, rhoOf) {
    const deltas = new Map(ms.map((m) => [m.metric, []]));
    for (let t = 0; t < pairs; t++) {
        const rng = new Rng(trialSeed(seed + 1_000_003, n, t, gen.task));
        const truth = gen.truth(n, rng);
        const a = computeMetrics(gen.model(gen.latent(truth, rng), 0)).metrics;
        const cand = gen.latent(truth, rng);
        const byRho = new Map();
        for (const { metric } of ms) {
            const rho = rhoOf(metric);
            let b = byRho.get(rho);
            if (!b)
                byRho.set(rho, (b = computeMetrics(gen.model(cand, rho)).metrics));
            const d = b[metric] - a[metric];
            if (Number.isFinite(d))
                deltas.get(metric).push(d);
        }
    }
    const out = new Map();
    for (const [metric, d] of deltas) {
        const mean = d.reduce((x, y) => x + y, 0) / d.length;
        out.set(metric, Math.sqrt(d.reduce((x, y) => x + (y - mean) ** 2, 0) / (d.length - 1)));
    }
    return out;
}
function resultOf(d) {
    const m = computeMetrics(d);
    const statistics = sufficientStatistics(d);
    return {
        schema: RESULT_SCHEMA,
        task: d.task,
        n: d.n,
        dataset: { fingerprint: 'calibration', ...(d.task === 'binary' ? { positive_label: '1' } : {}) },
        tool: { name: 'model-gate', version: 'calibration' },
        created_at: '1970-01-01T00:00:00.000Z',
        source: {},
        metrics: m.metrics,
        ...(m.confusion ? { confusion: m.confusion } : {}),
        ...(statistics ? { statistics } : {}),
        errors: {
            error_rate: m.error_rate,
            top_confusions: [],
            missing_predictions: 0,
            extra_predictions: 0,
            invalid_rows: 0,
        },
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./src/compare/index.ts










// EXTERNAL MODULE: ./src/evaluate/evaluate.ts + 22 modules
var evaluate_evaluate = __webpack_require__(67520);
// EXTERNAL MODULE: ./src/util/progress.ts
var progress = __webpack_require__(65365);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/evaluate/build-result.ts
var build_result = __webpack_require__(88589);
// EXTERNAL MODULE: ./src/evaluate/read/bytes.ts
var read_bytes = __webpack_require__(75803);
// EXTERNAL MODULE: ./src/evaluate/read/cells.ts
var read_cells = __webpack_require__(47193);
// EXTERNAL MODULE: ./src/evaluate/read/columns.ts
var read_columns = __webpack_require__(2523);
// EXTERNAL MODULE: ./src/evaluate/read/source.ts
var read_source = __webpack_require__(33659);
// EXTERNAL MODULE: ./src/evaluate/read/table.ts + 1 modules
var table = __webpack_require__(40341);
;// CONCATENATED MODULE: ./src/evaluate/read/trec.ts
/**
 * Reads the two files of a ranking evaluation: the run (one scored document per line for a
 * query) and the qrels (judged relevance per query and document). Each comes as TREC text —
 * a run `qid Q0 docid rank score tag`, qrels `qid iter docid rel`, whitespace-separated, as
 * trec_eval reads them — or as a table (CSV/TSV/JSON Lines, chosen by the file name) with the
 * columns `query`, `doc` and `score` (run) or `relevance` (qrels).
 *
 * Every value is checked: a score must be a finite number, a relevance an integer, and a
 * (query, doc) pair may appear once per file; the errors name the file, line and field. The
 * rank and tag fields of a TREC run are read and ignored, as trec_eval ignores them (it ranks by
 * score; see src/evaluate/ranking.ts).
 */






const RUN_FIELDS = [
    { name: 'query id', index: 1 },
    { name: 'Q0', index: 2 },
    { name: 'document id', index: 3 },
    { name: 'rank', index: 4 },
    { name: 'score', index: 5 },
    { name: 'run tag', index: 6 },
];
/** Reads a run file (TREC run, or a table with query, doc, score). */
async function readRun(file, logger) {
    const queries = new Map();
    let rows = 0;
    const add = (query, doc, score, line) => {
        let q = queries.get(query);
        if (q === undefined)
            queries.set(query, (q = { docs: [], scores: [], lines: [] }));
        q.docs.push(doc);
        q.scores.push(score);
        q.lines.push(line);
        rows++;
    };
    if ((0,read_source/* formatFromName */.RE)(file) !== undefined) {
        await readTable(file, 'run', ['query', 'doc', 'score'], logger, (cells, line) => {
            add(cells[0], cells[1], runScore(cells[2], { file, line, column: 'score' }), line);
        });
    }
    else {
        await readTrecLines(file, 'run', logger, (fields, line) => {
            if (fields.length < 6)
                throw fieldCount(file, line, fields.length, 6, 'qid Q0 docid rank score tag');
            add(fields[0], fields[2], runScore(fields[4], { file, line, column: RUN_FIELDS[4].index }), line);
        });
    }
    if (rows === 0)
        throw new errors/* InputError */.dz({ file }, 'the run has no rows; there is nothing to evaluate.');
    return { file, queries, rows };
}
/** Reads a qrels file (TREC qrels, or a table with query, doc, relevance). */
async function readQrels(file, logger) {
    const queries = new Map();
    let rows = 0;
    const add = (query, doc, rel, line) => {
        let q = queries.get(query);
        if (q === undefined)
            queries.set(query, (q = { relevance: new Map(), lines: new Map() }));
        const earlier = q.lines.get(doc);
        if (earlier !== undefined)
            throw new errors/* InputError */.dz({ file, line }, `duplicate judgement: query ${(0,read_bytes/* showValue */.vp)(query)}, document ${(0,read_bytes/* showValue */.vp)(doc)} is already judged on line ${earlier}. ` +
                'Each (query, document) pair may be judged once.');
        q.relevance.set(doc, rel);
        q.lines.set(doc, line);
        rows++;
    };
    if ((0,read_source/* formatFromName */.RE)(file) !== undefined) {
        await readTable(file, 'qrels', ['query', 'doc', 'relevance'], logger, (cells, line) => {
            add(cells[0], cells[1], relevanceValue(cells[2], { file, line, column: 'relevance' }), line);
        });
    }
    else {
        await readTrecLines(file, 'qrels', logger, (fields, line) => {
            if (fields.length < 4)
                throw fieldCount(file, line, fields.length, 4, 'qid iter docid rel');
            add(fields[0], fields[2], relevanceValue(fields[3], { file, line, column: 4 }), line);
        });
    }
    if (rows === 0)
        throw new errors/* InputError */.dz({ file }, 'the qrels have no rows; there is nothing to evaluate.');
    return { file, queries, rows };
}
function fieldCount(file, line, found, expected, form) {
    return new errors/* InputError */.dz({ file, line }, `found ${found} whitespace-separated field${found === 1 ? '' : 's'}, expected ${expected} (${form}). ` +
        'For a CSV/TSV/JSON Lines file, name it .csv, .tsv or .jsonl.');
}
const INTEGER = /^[+-]?\d+$/;
/** Levels are counted in an array indexed by level (as trec_eval does), so they are bounded. */
const MAX_RELEVANCE = 1000;
function runScore(text, at) {
    const bytes = Buffer.from(text, 'utf8');
    const v = (0,read_bytes/* parseNumber */.$J)(bytes, 0, bytes.length);
    if (!Number.isFinite(v))
        throw new errors/* InputError */.dz(at, `found ${(0,read_bytes/* showValue */.vp)(text)} where a score was expected: a finite number (the document's retrieval score).`);
    return v;
}
function relevanceValue(text, at) {
    if (!INTEGER.test(text) || !Number.isSafeInteger(Number(text)))
        throw new errors/* InputError */.dz(at, `found ${(0,read_bytes/* showValue */.vp)(text)} where a relevance judgement was expected: an integer (0 = not relevant, ` +
            '1 or more = relevant, higher = more relevant; negative = judged but excluded).');
    const v = Number(text);
    if (v > MAX_RELEVANCE)
        throw new errors/* InputError */.dz(at, `found relevance ${v}; the largest relevance level accepted is ${MAX_RELEVANCE} (graded judgements use a few levels, e.g. 0–4).`);
    return v;
}
/** Streams a file's lines, split on C's isspace (as trec_eval splits them); blank lines are skipped,
 * fields after the last one read are ignored (as trec_eval ignores them). */
async function readTrecLines(file, role, logger, onLine) {
    const source = await read_source/* ChunkSource */.PU.open(file, role);
    const progress = logger.progress.start(`Reading ${file}`);
    const maxLine = (0,read_source/* maxLineBytes */.YW)();
    try {
        let buf = Buffer.allocUnsafe(2 * read_source/* CHUNK_BYTES */.EC);
        let end = 0;
        let eof = false;
        let line = 1;
        let rows = 0;
        while (!eof || end > 0) {
            if (!eof) {
                if (buf.length - end < read_source/* CHUNK_BYTES */.EC) {
                    const bigger = Buffer.allocUnsafe(buf.length * 2);
                    buf.copy(bigger, 0, 0, end);
                    buf = bigger;
                }
                const got = await source.readInto(buf, end);
                if (got === 0)
                    eof = true;
                end += got;
            }
            let pos = 0;
            for (;;) {
                let nl = buf.indexOf(read_bytes.LF, pos);
                if (nl < 0 || nl >= end) {
                    if (!eof)
                        break;
                    if (pos >= end)
                        break;
                    nl = end;
                }
                let stop = nl;
                if (stop > pos && buf[stop - 1] === read_bytes.CR)
                    stop--;
                const bad = (0,read_bytes/* firstInvalidUtf8 */.vE)(buf, pos, stop);
                if (bad >= 0)
                    throw new errors/* InputError */.dz({ file, line }, `byte ${bad - pos + 1} of the line is not valid UTF-8; expected UTF-8 text (${role} in TREC format).`);
                if (stop - pos > maxLine)
                    throw new errors/* InputError */.dz({ file, line }, `a line longer than ${maxLine} bytes, the limit; is this a ${role}?`);
                const fields = (0,read_bytes/* utf8 */.As)(buf, pos, stop)
                    .split(/[ \t\v\f\r]+/)
                    .filter((f) => f !== '');
                if (fields.length > 0) {
                    onLine(fields, line);
                    rows++;
                }
                line++;
                pos = nl + 1;
            }
            if (pos >= end)
                end = 0;
            else if (pos > 0) {
                buf.copyWithin(0, pos, end);
                end -= pos;
            }
            else if (end > maxLine)
                throw new errors/* InputError */.dz({ file, line }, `a line longer than ${maxLine} bytes, the limit; is this a ${role}?`);
            if (eof && end === 0)
                break;
            progress.update(source.bytesRead, source.totalBytes || undefined, undefined, rows);
        }
        progress.done(`${rows} rows`);
    }
    finally {
        source.close();
    }
}
/** Streams a table's rows as the text of the named columns (JSON numbers as written). */
async function readTable(file, role, columns, logger, onRow) {
    const reader = await table/* TableReader */.k.open(file, role);
    try {
        for (const name of columns)
            if (reader.indexOf(name) < 0)
                throw (0,read_columns/* missingColumn */.J)(file, name, `the ${role} column "${name}"`, reader.columns, ` A ${role} table needs the columns ${columns.join(', ')}.`);
        const values = new Array(columns.length);
        const cells = reader.prepare(columns, {
            row(buf, line) {
                for (let k = 0; k < columns.length; k++) {
                    const kind = cells.kinds[k];
                    if (kind === read_cells/* KIND_MISSING */.S || kind === read_cells/* KIND_NULL */.j3 || kind === read_cells/* KIND_NESTED */.VH || kind === read_cells/* KIND_BOOL */.gv)
                        throw new errors/* InputError */.dz({ file, line, column: columns[k] }, `found ${kind === read_cells/* KIND_MISSING */.S ? 'no value' : kind === read_cells/* KIND_NULL */.j3 ? 'null' : kind === read_cells/* KIND_BOOL */.gv ? 'a boolean' : 'an array or object'} ` +
                            `where ${k === 2 ? (role === 'run' ? 'a score (a number)' : 'a relevance (an integer)') : `a ${columns[k]} id (text or a number)`} was expected.`);
                    values[k] = (0,read_bytes/* utf8 */.As)(buf, cells.starts[k], cells.ends[k]);
                    if (k < 2 && values[k] === '')
                        throw new errors/* InputError */.dz({ file, line, column: columns[k] }, `the ${columns[k]} id is empty; every row needs a ${columns[k]} id.`);
                }
                onRow(values, line);
            },
        });
        const progress = logger.progress.start(`Reading ${file}`);
        await reader.scan(progress);
        progress.done(`${reader.rows} rows`);
    }
    finally {
        reader.close();
    }
}

// EXTERNAL MODULE: ./src/evaluate/ranking-scores.ts + 1 modules
var ranking_scores = __webpack_require__(19685);
;// CONCATENATED MODULE: ./src/evaluate/ranking.ts
/**
 * `evaluate` for `--task ranking`: the run (`--predictions`) and the qrels (`--labels`) read by
 * src/evaluate/read/trec.ts, scored by ranking-scores.ts, as a result.json whose examples are
 * the evaluated queries (`RankingData`: each query's value of every metric, for the sidecar and
 * the paired tests) and whose `statistics.terms` hold each metric's per-query moments (unpaired
 * tests against a bare result.json, and merge).
 */







/** Scores a TREC run (or run table) against its qrels. */
async function ranking_evaluateRanking(options, logger, source, now) {
    if (options.labels === undefined)
        throw new errors/* UsageError */.eb('--task ranking needs --labels QRELS: the relevance judgements (TREC qrels "qid iter docid rel", or a CSV/JSONL ' +
            'table with query, doc, relevance columns); --predictions is the run.');
    const cutoffs = options.cutoffs ?? ranking_scores/* DEFAULT_CUTOFFS */.jE;
    const qrels = await readQrels(options.labels, logger);
    const run = await readRun(options.predictions, logger);
    const scored = (0,progress/* blockingStep */.M)(logger, `Scoring ${run.queries.size.toLocaleString('en-US')} queries`, () => (0,ranking_scores/* scoreRanking */.Dz)(run, qrels, cutoffs));
    const n = scored.queries.length;
    const m = scored.names.length;
    const terms = {};
    for (let j = 0; j < m; j++) {
        const sum = new util_sum/* CompensatedSum */.$();
        const sq = new util_sum/* CompensatedSum */.$();
        for (let q = 0; q < n; q++) {
            const v = scored.values[q * m + j];
            sum.add(v);
            sq.add(v * v);
        }
        terms[scored.names[j]] = { n, sum: sum.value, sum_sq: sq.value };
    }
    const result = (0,build_result/* buildResult */.C)({
        task: 'ranking',
        n,
        dataset: {
            fingerprint: judgementsFingerprint(scored.queries, qrels),
            predictions_file: options.predictions,
            labels_file: options.labels,
        },
        source,
        now,
        scored: { metrics: scored.metrics, top_confusions: [], error_rate: null, warnings: [] },
        rows: { missing_predictions: 0, extra_predictions: 0, invalid_rows: 0, missing_ids: [] },
        warnings: [...ignoredOptionWarnings(options), ...scored.warnings],
        statistics: { terms },
    });
    for (const w of result.warnings)
        logger.warning(w);
    const data = {
        task: 'ranking',
        n,
        metrics: scored.names,
        values: scored.values,
        ids: scored.queries,
    };
    return { result, data };
}
/**
 * What makes two ranking results comparable: the evaluated queries and every judgement of them
 * (query, document, relevance), in a canonical order. Two runs scored on the same qrels and the
 * same queries share it, whatever they retrieve.
 */
function judgementsFingerprint(queries, qrels) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const q of queries) {
        const judged = qrels.queries.get(q);
        const docs = [...judged.relevance.keys()].sort();
        h.update(`${JSON.stringify(q)}\n`);
        for (const d of docs)
            h.update(`${JSON.stringify(d)}\t${judged.relevance.get(d)}\n`);
    }
    return `sha256:${h.digest('hex')}`;
}
function ignoredOptionWarnings(options) {
    const ignored = [];
    if (options.scoreColumn !== undefined)
        ignored.push('--score-column');
    if (options.scorePrefix !== undefined)
        ignored.push('--score-prefix');
    if (options.positiveLabel !== undefined)
        ignored.push('--positive-label');
    if (options.missing !== 'error')
        ignored.push('--missing');
    return ignored.length > 0
        ? [
            `${ignored.join(', ')} ${ignored.length === 1 ? 'is' : 'are'} ignored for --task ranking (the run's columns are query, doc, score).`,
        ]
        : [];
}

;// CONCATENATED MODULE: ./src/evaluate/evaluate-task.ts



/**
 * The `evaluate` stage for every task: `--task ranking` scores a run against its qrels
 * (ranking.ts: its examples are queries, thousands rather than millions, held in memory);
 * every other task reads one table (or two joined) through `evaluate`, streamed when asked.
 */
async function evaluateTask(options, logger = silentLogger, source = {}, now = new Date()) {
    if (options.task === 'ranking')
        return evaluateRanking(options, logger, source, now);
    return evaluate(options, logger, source, now);
}
/** `evaluateTask` keeping the examples (for the sidecar and the paired tests). */
async function evaluateExamples(options, logger = progress/* silentLogger */.q, source = {}, now = new Date()) {
    if (options.task === 'ranking')
        return ranking_evaluateRanking(options, logger, source, now);
    return (0,evaluate_evaluate/* evaluate */._3)(options, logger, source, now);
}

// EXTERNAL MODULE: ./src/evaluate/scores/evaluate-scores.ts + 7 modules
var evaluate_scores = __webpack_require__(72063);
// EXTERNAL MODULE: ./src/result/scores-examples.ts
var scores_examples = __webpack_require__(22024);
;// CONCATENATED MODULE: ./src/pipeline/judge.ts

/**
 * The compare stage as `run` and `compare` both do it: the checks, the warnings met while loading
 * either side (shown first, since they explain the checks), and the exit code under fail_on.
 */
function judge(candidate, baseline, config, failOn, logger, how = {}) {
    const gate = compare_compareResults({
        baseline: baseline?.result ?? null,
        candidate: candidate.result,
        baselineExamples: baseline?.examples ?? null,
        candidateExamples: candidate.examples,
        config,
        progress: logger.progress,
        ...(how.missing !== undefined ? { missing: how.missing } : {}),
    });
    gate.warnings.unshift(...(baseline?.warnings ?? []), ...(candidate.warnings ?? []));
    if (!how.quiet)
        for (const w of gate.warnings)
            logger.warning(w);
    return { gate, exitCode: gateExitCode(gate.verdict, failOn ?? config.fail_on) };
}

;// CONCATENATED MODULE: ./src/pipeline/confirm-bench.ts
/**
 * `--bench-confirm N` (Action: `bench-confirm`): a bench check of an interleaved run that fails is
 * re-measured before it fails. N more pairs of the two commands are measured (warm-ups again
 * first) and appended to both series, and the gate is judged again on the whole series — one
 * unlucky stretch of a noisy runner is diluted, a real slowdown stays. The first judgement is
 * kept only when nothing needs confirming; the outcome is recorded in `bench.against.confirm`
 * and in each re-measured check's reason.
 */


async function judgeConfirmingBench(candidate, baseline, config, failOn, bench, logger, missing) {
    const pairs = bench?.confirmPairs ?? 0;
    const first = candidate.result.bench?.against;
    if (!bench?.against || pairs <= 0 || !first)
        return judge(candidate, baseline, config, failOn, logger, { missing });
    const initial = judge(candidate, baseline, config, failOn, logger, { missing, quiet: true });
    const failing = initial.gate.checks.filter((c) => c.metric.startsWith('bench.') && c.verdict === 'fail');
    if (failing.length === 0) {
        for (const w of initial.gate.warnings)
            logger.warning(w);
        return initial;
    }
    const before = first.pairs;
    const metrics = failing.map((c) => c.metric);
    logger.info(`${metrics.join(', ')} failed on ${before} interleaved pairs; re-measuring with ${pairs} more before deciding (--bench-confirm ${pairs}).`);
    candidate.result.bench = await (0,src_bench/* runInterleaved */.Ns)({ ...bench, against: bench.against, runs: pairs }, logger, candidate.result.bench);
    const again = judge(candidate, baseline, config, failOn, logger, { missing });
    const stillFailing = again.gate.checks.filter((c) => metrics.includes(c.metric) && c.verdict === 'fail');
    const total = before + pairs;
    for (const c of again.gate.checks) {
        if (!metrics.includes(c.metric))
            continue;
        const note = c.verdict === 'fail'
            ? `Confirmed by re-measuring: it failed on the first ${before} pairs and still fails on all ${total}`
            : `Cleared by re-measuring: it failed on the first ${before} pairs but not on all ${total}`;
        c.reason = c.reason ? `${c.reason} ${note}.` : `${note}.`;
    }
    const outcome = stillFailing.length > 0 ? 'confirmed' : 'cleared';
    candidate.result.bench.against.confirm = { pairs, metrics, outcome };
    logger.info(outcome === 'confirmed'
        ? `Confirmed: ${stillFailing.map((c) => c.metric).join(', ')} still fail${stillFailing.length === 1 ? 's' : ''} on ${total} pairs.`
        : `Cleared: ${metrics.join(', ')} no longer fail${metrics.length === 1 ? 's' : ''} on ${total} pairs.`);
    return again;
}

// EXTERNAL MODULE: ./src/report/index.ts + 8 modules
var report = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/result/write.ts
var write = __webpack_require__(71618);
;// CONCATENATED MODULE: ./src/pipeline/write-reports.ts



const REPORT_FILES = { result: 'result.json', report: 'report.md', html: 'report.html' };
/** result.json, report.md (the PR comment body, with its sticky marker) and report.html. */
async function writeReports(outDir, result, baseline, name) {
    const paths = {
        result: (0,external_node_path_.join)(outDir, REPORT_FILES.result),
        report: (0,external_node_path_.join)(outDir, REPORT_FILES.report),
        html: (0,external_node_path_.join)(outDir, REPORT_FILES.html),
    };
    const reportMarkdown = (0,report/* renderMarkdown */.Gc)(result, {
        baseline: baseline ?? undefined,
        name,
        runUrl: result.source.run_url,
        marker: `<!-- model-gate:${name} -->`,
    });
    await (0,write/* writeResult */.Zk)(paths.result, result);
    await (0,write/* writeTextFile */.Tl)(paths.report, reportMarkdown);
    await (0,write/* writeTextFile */.Tl)(paths.html, (0,report/* renderHtml */.K2)(result, { baseline: baseline ?? undefined, name }));
    return { paths, reportMarkdown };
}

;// CONCATENATED MODULE: ./src/pipeline/run-gate.ts












/** Evaluates with the rows kept (for pairing), then writes them to the sidecar. */
async function evaluateInMemory(options, logger) {
    const { result, data } = await logger.group('Evaluate', () => evaluateExamples(options.evaluate, logger, options.source ?? {}));
    const examplesPath = await logger.group('Examples sidecar', () => (0,examples/* writeExamples */.V$)(options.outDir, data, logger));
    return { result, data, examplesPath };
}
/** `--task scores`: the examples (trials folded in) in memory, then their sidecar. */
async function evaluateScoresRun(options, logger) {
    const { result, data } = await logger.group('Evaluate', () => (0,evaluate_scores/* evaluateScores */.J8)(options.evaluate, logger, options.source ?? {}));
    const examplesPath = await logger.group('Examples sidecar', () => (0,scores_examples/* writeScoresExamples */.EH)(options.outDir, data));
    return { result, data, examplesPath };
}
/** The whole pipeline: config → bench → evaluate → compare → report files. Used by the CLI and the Action. */
async function runGate(options, logger) {
    const name = options.name ?? 'model-gate';
    // Config and baseline first: a typo in gate.yml or a bad baseline path should fail in a
    // second, not after a long benchmark whose figures would then be lost.
    const scores = options.evaluate.task === 'scores';
    const config = await loadGateConfig(options.configPath, { scoreMetrics: scores });
    if (options.bench) {
        const note = checkBenchRuns(config, options.bench.runs, options.configPath ?? 'the default gate');
        if (note)
            logger.warning(note);
    }
    if (options.bench && options.serve)
        throw new errors/* UsageError */.eb('give --bench or --serve, not both');
    if (options.serve) {
        const rounds = options.serve.runs ?? SERVE_DEFAULTS.runs;
        const note = checkBenchRuns(config, rounds, options.configPath ?? 'the default gate');
        if (note)
            logger.warning(note);
    }
    // Reading a baseline's million-row sidecar takes seconds: a step of its own in the log.
    const baselinePath = options.baseline;
    const baseline = baselinePath
        ? await logger.group(`Baseline ${baselinePath}`, () => (0,compare_baseline/* loadBaseline */.o)(baselinePath, logger))
        : null;
    const b = options.bench;
    const bench = b
        ? await logger.group('Benchmark', () => b.against ? (0,src_bench/* runInterleaved */.Ns)({ ...b, against: b.against }, logger) : (0,src_bench/* runBenchmark */.ff)(b, logger))
        : options.serve
            ? await logger.group('Serving benchmark', () => runServeBenchmark(options.serve, logger))
            : undefined;
    // With a baseline the candidate's rows stay in memory to be paired with the baseline's. Without
    // one nothing is paired: the rows are streamed, and written to the sidecar as they are scored,
    // so memory does not grow with n (as `evaluate`).
    // A ranking's examples are queries (thousands, not millions) and text rows are scored from
    // memory (evaluate/read/text-read.ts): both keep their examples and write the sidecar after.
    const { result, data, examplesPath } = scores
        ? await evaluateScoresRun(options, logger)
        : baseline || options.evaluate.task === 'ranking' || options.evaluate.task === 'text'
            ? await evaluateInMemory(options, logger)
            : await logger.group('Evaluate', () => (0,evaluate_evaluate/* evaluate */._3)({ ...options.evaluate, retainRows: false, examplesDir: options.outDir }, logger, options.source ?? {}));
    if (bench)
        result.bench = bench;
    result.examples = {
        file: (0,external_node_path_.basename)(examplesPath),
        format: scores ? scores_examples/* SCORES_FORMAT */.Sg : examples/* EXAMPLES_FORMAT */.SG,
        rows: result.n,
    };
    const { gate, exitCode } = await logger.group('Compare', async () => judgeConfirmingBench({ result, examples: data }, baseline, config, options.failOn, options.bench, logger, options.evaluate.missing));
    result.gate = gate;
    const written = await writeReports(options.outDir, result, baseline?.result ?? null, name);
    return {
        result,
        baseline: baseline?.result ?? null,
        paths: { ...written.paths, examples: examplesPath },
        reportMarkdown: written.reportMarkdown,
        exitCode,
    };
}


/***/ })

};
