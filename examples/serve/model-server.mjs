#!/usr/bin/env node
// A small HTTP "model server" for serve-bench: GET /health, POST /predict with
// {"x": [numbers]} → {"prediction": 0|1, "score": s} (a fixed logistic model). No dependency.
//
//   node model-server.mjs [--port 8000] [--startup-ms 0] [--work-ms 0] [--fail-every 0]
//                         [--crash-after 0] [--never-ready] [--spawn-helper]
//
// The flags exist so that tests (and you) can see what serve-bench does with a slow start
// (--startup-ms), a model that takes time (--work-ms: CPU spent per request), a server answering
// 503 now and then (--fail-every K), one that dies mid-run (--crash-after N requests), one that
// never gets ready, and one with a helper process of its own (--spawn-helper: a child that must be
// stopped with it).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(args[i + 1]);
};
const has = (name) => args.includes(`--${name}`);
const port = flag('port', 8000);
const startupMs = flag('startup-ms', 0);
const workMs = flag('work-ms', 0);
const failEvery = flag('fail-every', 0);
const crashAfter = flag('crash-after', 0);

const WEIGHTS = [0.8, -0.5, 0.3, 0.1];
const BIAS = -0.05;
let ready = false;
let served = 0;

function predict(x) {
  let z = BIAS;
  for (let i = 0; i < x.length; i++) z += (WEIGHTS[i % WEIGHTS.length] ?? 0) * x[i];
  const score = 1 / (1 + Math.exp(-z));
  return { prediction: score >= 0.5 ? 1 : 0, score };
}

function busy(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') {
    res.writeHead(ready && !has('never-ready') ? 200 : 503, { 'content-type': 'text/plain' });
    res.end(ready ? 'ok\n' : 'loading\n');
    return;
  }
  if (req.method === 'POST' && req.url === '/predict') {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      served++;
      if (crashAfter > 0 && served > crashAfter) {
        process.stderr.write(`model-server: crashing after ${crashAfter} requests (--crash-after)\n`);
        process.exit(3);
      }
      if (failEvery > 0 && served % failEvery === 0) {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end('{"error":"overloaded"}\n');
        return;
      }
      let x;
      try {
        x = JSON.parse(Buffer.concat(chunks).toString('utf8')).x;
        if (!Array.isArray(x) || !x.every((v) => typeof v === 'number')) throw new Error('x');
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end('{"error":"expected {\\"x\\": [numbers]}"}\n');
        return;
      }
      if (workMs > 0) busy(workMs);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(predict(x)) + '\n');
    });
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found\n');
});

if (has('spawn-helper')) {
  // A helper process of the server's own (as a tokenizer or a worker pool would be).
  spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
}
server.listen(port, '127.0.0.1', () => {
  process.stderr.write(`model-server: listening on 127.0.0.1:${port}\n`);
  setTimeout(() => {
    ready = true;
    process.stderr.write('model-server: model loaded, ready\n');
  }, startupMs);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
