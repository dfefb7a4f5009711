// serve-bench's overhead against the load generator alone, and the /proc sampler's own CPU.
//   node scripts/bench-serve.mjs [--pairs 5] [--count 3000] [--concurrency 4]
// (also `npm run bench -- serve`). Needs the built CLI bundle (npm run build).
//
// One example model server (examples/serve/model-server.mjs) is started per measurement. Peers,
// interleaved A B C A B C … on the same machine so that drift hits them alike:
//   A  bare client: Node http with a keep-alive Agent, C workers, N requests, nothing else (the
//      load generator alone; the server is started and polled by this script);
//   B  model-gate serve-bench, the same load, default /proc sampling (100 ms);
//   C  model-gate serve-bench with 10 ms sampling (ten times the sampler's work);
//   D  ab (Debian apache2-utils) -k -c C -n N, when `ab` is on PATH (a compiled load generator).
// Every peer gets one warm-up round of the same load first. Each figure is the median over the
// rounds; ratios are against A of the same run.
import { spawn, spawnSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(args[i + 1]);
};
const PAIRS = opt('pairs', 5);
const COUNT = opt('count', 3000);
const CONCURRENCY = opt('concurrency', 4);
const CLI = resolve('dist/cli/index.js');
const SERVER = resolve('examples/serve/model-server.mjs');
const REQUESTS = resolve('examples/serve/requests.jsonl');
const BODY = JSON.stringify({ x: [0.5, 1.2, -0.3, 2.0] });

const freePort = () =>
  new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (sorted, q) => {
  const h = ((sorted.length - 1) * q) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
};

async function startServer(port) {
  const child = spawn(process.execPath, [SERVER, '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 200; i++) {
    const ok = await new Promise((done) => {
      const req = request({ host: '127.0.0.1', port, path: '/health', agent: false }, (res) => {
        res.resume();
        done(res.statusCode === 200);
      });
      req.on('error', () => done(false));
      req.end();
    });
    if (ok) return child;
    await sleep(25);
  }
  throw new Error('example server did not start');
}

function stopServer(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // gone
  }
}

/** A: the bare keep-alive client. */
async function bare() {
  const port = await freePort();
  const server = await startServer(port);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let latencies = [];
  let issued = 0;
  const one = () =>
    new Promise((done) => {
      const sent = performance.now();
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/predict',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': BODY.length },
        },
        (res) => {
          res.on('data', () => {});
          res.on('end', () => {
            latencies.push(performance.now() - sent);
            done();
          });
        },
      );
      req.on('error', done);
      req.end(BODY);
    });
  const round = () =>
    Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (issued++ < COUNT) await one();
      }),
    );
  // One warm-up round, as serve-bench gets (--warmup 1), then the measured one.
  await round();
  latencies = [];
  issued = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await round();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  agent.destroy();
  stopServer(server);
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / wall,
    p50: pct(latencies, 50),
    clientCpuPerReq: (cpu.user + cpu.system) / latencies.length,
  };
}

/** B/C: model-gate serve-bench, one measured round of the same load. */
async function serveBench(interval) {
  const port = await freePort();
  const res = spawnSync(
    process.execPath,
    [
      CLI,
      'serve-bench',
      '--server',
      `${process.execPath} ${SERVER} --port ${port}`,
      '--ready',
      `http://127.0.0.1:${port}/health`,
      '--requests',
      REQUESTS,
      '--concurrency',
      String(CONCURRENCY),
      '--count',
      String(COUNT),
      '--runs',
      '1',
      // One warm-up round, as the bare client and ab get: every peer's measured round meets a
      // warm (JIT-compiled) server.
      '--warmup',
      '1',
      '--sample-interval',
      String(interval),
      '--format',
      'json',
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  if (res.status !== 0) throw new Error(`serve-bench failed: ${res.stderr}`);
  const b = JSON.parse(res.stdout);
  const r = b.runs[0];
  return {
    rps: r.throughput_per_second,
    p50: r.latency_ms_p50,
    samplerShare: r.sampler_cpu_seconds / r.wall_seconds,
    samplerPerSample: (r.sampler_cpu_seconds / ((r.wall_seconds * 1000) / interval)) * 1e6,
    clientCpuPerReq: (r.load_generator_cpu_seconds / r.requests) * 1e6,
  };
}

/** D: ab, when installed. */
async function ab() {
  const port = await freePort();
  const server = await startServer(port);
  const { writeFileSync } = await import('node:fs');
  const body = '/tmp/model-gate-bench-serve-body.json';
  writeFileSync(body, BODY);
  const abRun = () =>
    spawnSync(
      'ab',
      [
        '-q',
        '-k',
        '-c',
        String(CONCURRENCY),
        '-n',
        String(COUNT),
        '-p',
        body,
        '-T',
        'application/json',
        `http://127.0.0.1:${port}/predict`,
      ],
      { encoding: 'utf8' },
    );
  abRun(); // the warm-up round the other peers get
  const res = abRun();
  stopServer(server);
  const rps = Number(/Requests per second:\s+([\d.]+)/.exec(res.stdout)?.[1]);
  const p50 = Number(/^\s+50%\s+(\d+)/m.exec(res.stdout)?.[1]);
  return { rps, p50 };
}

const haveAb = spawnSync('sh', ['-c', 'command -v ab'], { encoding: 'utf8' }).status === 0;
const peers = {
  'bare client': bare,
  'serve-bench (100 ms sampling)': () => serveBench(100),
  'serve-bench (10 ms sampling)': () => serveBench(10),
};
if (haveAb) peers['ab -k'] = ab;
const results = Object.fromEntries(Object.keys(peers).map((k) => [k, []]));
for (let p = 0; p < PAIRS; p++)
  for (const [name, fn] of Object.entries(peers)) results[name].push(await fn());

console.log(
  `${COUNT} requests per measurement, concurrency ${CONCURRENCY}, ${PAIRS} interleaved rounds, Node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`,
);
console.log(
  '| peer | requests/s (median) | × bare | p50 ms (median) | load generator CPU µs/request | sampler CPU (share of a core) | µs per /proc sample |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
const base = median(results['bare client'].map((r) => r.rps));
for (const [name, rs] of Object.entries(results)) {
  const m = (f) => median(rs.map(f));
  const rps = m((r) => r.rps);
  const cpu = rs[0].clientCpuPerReq !== undefined ? m((r) => r.clientCpuPerReq).toFixed(0) : '–';
  const share = rs[0].samplerShare !== undefined ? `${(100 * m((r) => r.samplerShare)).toFixed(2)}%` : '–';
  const per = rs[0].samplerPerSample !== undefined ? m((r) => r.samplerPerSample).toFixed(0) : '–';
  console.log(
    `| ${name} | ${rps.toFixed(0)} | ${(rps / base).toFixed(2)} | ${m((r) => r.p50).toFixed(2)} | ${cpu} | ${share} | ${per} |`,
  );
}
