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
import { spawn } from 'node:child_process';
import { GateError, UsageError } from '../../errors.js';
import type { BenchRun, ServeInfo } from '../../result/schema.js';
import { BENCH_SUMMARY_FIELDS, type BenchResult, type SummaryStats } from '../../result/schema.js';
import { sanitizeTerminal } from '../../util/escape.js';
import type { Logger } from '../../util/progress.js';
import { findOnPath, gpuFigures, NvidiaSmiSampler } from '../gpu.js';
import { collectHost } from '../host.js';
import { latencyFigures } from '../latency.js';
import { procAvailable, ProcessTreeSampler, runMarker, type ProcessInfo } from '../proc.js';
import { STDERR_LINES, TailBuffer } from '../run-once.js';
import { summarize } from '../stats.js';
import { OPEN_LOOP_IN_FLIGHT, runRound, type LoadPlan, type RoundResult } from './load-generator.js';
import { describeTarget, parseReadyTarget, targetOrigin, waitUntilReady } from './readiness.js';
import { loadRequests } from './requests-file.js';

export const SERVE_DEFAULTS = {
  runs: 5,
  warmup: 1,
  concurrency: 1,
  durationSeconds: 10,
  readyTimeoutSeconds: 60,
  requestTimeoutSeconds: 30,
  sampleIntervalMs: 100,
  killGraceMs: 2000,
} as const;

/** What to serve and how to load it: shared by `serve-bench`, `run --serve` and the Action. */
export interface ServeBenchOptions {
  /** The server command: through `sh -c` when a string. */
  server: string | string[];
  /** Health URL (2xx = ready), port, or HOST:PORT (accepting = ready). */
  ready: string;
  /** The requests file. */
  requests: string;
  /** Set: every line of the requests file is one body POSTed here. */
  url?: string;
  concurrency?: number;
  /** Requests per second (open loop). */
  rate?: number;
  durationSeconds?: number;
  count?: number;
  /** How long to wait for readiness. */
  timeoutSeconds?: number;
  requestTimeoutSeconds?: number;
  runs?: number;
  warmup?: number;
}

export type RunServeBenchmarkOptions = ServeBenchOptions & {
  sampleIntervalMs?: number;
  env?: NodeJS.ProcessEnv;
  killGraceMs?: number;
};

const STDERR_LINE_CHARS = 500;

function positive(name: string, v: number | undefined, integer: boolean): void {
  if (v === undefined) return;
  if (!Number.isFinite(v) || v <= 0 || (integer && !Number.isInteger(v)))
    throw new UsageError(`${name} must be ${integer ? 'an integer' : 'a number'} > 0, got ${v}`);
}

/** Checks the options and fills the defaults; usage errors before anything starts. */
export function resolveServeOptions(o: ServeBenchOptions): Required<
  Omit<ServeBenchOptions, 'url' | 'rate' | 'count' | 'durationSeconds'>
> & {
  url?: string;
  rate: number | null;
  count: number | null;
  durationSeconds: number | null;
} {
  if ((typeof o.server === 'string' && o.server.trim() === '') || o.server.length === 0)
    throw new UsageError('serve-bench: no server command given (--server "COMMAND")');
  if (!o.ready || o.ready.trim() === '')
    throw new UsageError(
      'serve-bench: --ready is required (a health URL such as http://127.0.0.1:8000/health, or a port)',
    );
  if (!o.requests) throw new UsageError('serve-bench: --requests FILE is required');
  positive('--concurrency', o.concurrency, true);
  positive('--rate', o.rate, false);
  positive('--duration', o.durationSeconds, false);
  positive('--count', o.count, true);
  positive('--timeout', o.timeoutSeconds, false);
  positive('--request-timeout', o.requestTimeoutSeconds, false);
  positive('--runs', o.runs, true);
  if (o.warmup !== undefined && !(Number.isInteger(o.warmup) && o.warmup >= 0))
    throw new UsageError(`--warmup must be an integer ≥ 0, got ${o.warmup}`);
  if (o.durationSeconds !== undefined && o.count !== undefined)
    throw new UsageError('give --duration S or --count N, not both');
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

function parseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--url: "${text}" is not a valid URL (e.g. http://127.0.0.1:8000/predict)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--url: "${text}" is not an http:// or https:// URL`);
  return url;
}

function stderrText(tail: string[]): string {
  return tail.length
    ? ` Last ${tail.length} line(s) of its stderr:\n${tail.map((l) => `  ${sanitizeTerminal(l, STDERR_LINE_CHARS)}`).join('\n')}`
    : ' It wrote nothing to stderr.';
}

function exitText(e: { code: number | null; signal: NodeJS.Signals | null; error?: Error }): string {
  if (e.error) return `could not be started (${e.error.message})`;
  if (e.code !== null) return `exited with status ${e.code}${e.code === 127 ? ' (command not found?)' : ''}`;
  return `was killed by ${e.signal ?? 'a signal'}`;
}

function pids(list: ProcessInfo[]): string {
  return list.map((p) => `pid ${p.pid} (${sanitizeTerminal(p.command, 80)})`).join(', ');
}

export async function runServeBenchmark(
  options: RunServeBenchmarkOptions,
  logger: Logger,
): Promise<BenchResult> {
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
  const useProc = procAvailable();

  const warnings: string[] = [];
  const warn = (m: string) => {
    warnings.push(m);
    logger.warning(m);
  };
  const host = await collectHost(env);
  const smi = findOnPath('nvidia-smi', env);
  const gpu = smi ? new NvidiaSmiSampler(smi, interval, env) : null;
  if (gpu) await gpu.start();
  if (gpu?.failure) warn(`GPU not measured: ${gpu.failure}`);

  const marker = useProc ? runMarker() : null;
  const stderr = new TailBuffer();
  const child = spawn(argv[0], argv.slice(1), {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: marker ? { ...env, [marker.name]: '1' } : env,
  });
  type Exit = { code: number | null; signal: NodeJS.Signals | null; error?: Error };
  let exitedWith: Exit | null = null;
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => resolve((exitedWith = { code, signal })));
    child.once('error', (error) => resolve((exitedWith = { code: null, signal: null, error })));
  });
  child.stderr?.on('data', (d: Buffer) => stderr.push(d));
  const sampler =
    useProc && child.pid !== undefined
      ? new ProcessTreeSampler(child.pid, {
          excludeRoot: false,
          readHighWaterMark: false,
          marker: marker ?? undefined,
        })
      : null;
  // The sampler's own CPU, measured around each sample (the load generator shares the process).
  let samplerMicros = 0;
  const sampleNow = () => {
    if (!sampler) return;
    const c0 = process.cpuUsage();
    sampler.sample();
    const c = process.cpuUsage(c0);
    samplerMicros += c.user + c.system;
  };
  sampleNow();
  const ticker = setInterval(sampleNow, interval);

  const abort = new AbortController();
  void exited.then(() => abort.abort());
  const runs: BenchRun[] = [];
  const shutdown: ServeInfo['shutdown'] = { signalled: 0, survivors: [], server_exit: null };
  let failure: GateError | null = null;
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
        throw new GateError(`The server "${label}" ${why}.`);
      }
      readySeconds = ready.seconds;
      waiting.done(`ready after ${ready.seconds.toFixed(2)} s`);
      const plan: LoadPlan = {
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
          throw new GateError(
            `The server "${label}" ${exitText(await exited)} during ${name} (after ${round.requests} request(s) of the round).`,
          );
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
          Object.assign(
            run,
            gpuFigures(
              gpu.gpu,
              gpu.apps,
              round.start,
              round.end,
              sampler?.memberPids() ?? new Set([child.pid!]),
            ),
          );
        runs.push(run);
        progress.done(
          `${round.requests} requests in ${round.wallSeconds.toFixed(2)} s` +
            (round.errors ? `, ${round.errors} error(s)` : '') +
            (run.latency_ms_p50 !== undefined ? `, p50 ${run.latency_ms_p50.toFixed(2)} ms` : ''),
        );
      }
    });
  } catch (e) {
    failure = e instanceof GateError ? e : null;
    if (!failure) throw e;
  } finally {
    clearInterval(ticker);
    // Stop the whole tree, then check /proc once more: nothing of the server may be left.
    if (sampler) {
      const kill = await sampler.killTree(grace);
      shutdown.signalled = kill.killed.length + kill.remaining.length;
      const left = sampler.sample(true).filter((pid) => !kill.remaining.some((p) => p.pid === pid));
      const remaining = [...kill.remaining, ...left.map((pid) => ({ pid, command: '' }))];
      shutdown.survivors = remaining.map((p) => p.pid);
      if (remaining.length > 0)
        warn(
          `${remaining.length} process(es) of the server could not be killed and are still running: ${pids(remaining)}.`,
        );
    } else if (child.pid !== undefined && !exitedWith) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, grace))]);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
    const ended = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), grace))]);
    shutdown.server_exit = ended ? { code: ended.code, signal: ended.signal } : null;
    if (child.stderr && !child.stderr.readableEnded) {
      await Promise.race([
        new Promise((r) => child.stderr!.once('end', r)),
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
    throw new GateError(`${failure.message}${left}${stderrText(stderr.lastLines(STDERR_LINES))}`);
  }

  const measured = runs.filter((r) => !r.warmup);
  const summary: Record<string, SummaryStats> = {};
  for (const field of BENCH_SUMMARY_FIELDS) {
    if (!useProc && /^(cpu|peak)_/.test(field)) continue;
    const values = measured
      .map((r) => (r as unknown as Record<string, unknown>)[field])
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (values.length > 0) summary[field] = summarize(values);
  }
  const totals: Record<string, number> = {};
  for (const r of measured)
    for (const [k, v] of Object.entries(r.errors_by_status ?? {})) totals[k] = (totals[k] ?? 0) + v;
  const requestsTotal = measured.reduce((s, r) => s + (r.requests ?? 0), 0);
  if (measured.some((r) => r.latency_ms_p50 === undefined))
    warn('A round had no successful request: its latency figures are missing (see errors_by_status).');
  const generatorCpu = measured.reduce((s, r) => s + (r.load_generator_cpu_seconds ?? 0), 0);
  const samplerCpu = measured.reduce((s, r) => s + (r.sampler_cpu_seconds ?? 0), 0);
  const wall = measured.reduce((s, r) => s + r.wall_seconds, 0);
  const serve: ServeInfo = {
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
    latency:
      o.rate === null
        ? "closed loop: from each request's send to the end of its response body"
        : "open loop: from each request's scheduled send time (t0 + i/rate) to the end of its response body, so queueing behind a slow server counts (no coordinated omission)",
    percentiles:
      "numpy's default (linear interpolation, type 7) over the round's successful (status < 400) requests",
    shutdown,
  };
  if (wall >= 1 && samplerCpu / wall > 0.02)
    warn(`The /proc sampler used ${((100 * samplerCpu) / wall).toFixed(1)}% of a core during the rounds.`);
  return {
    command: argv,
    runs,
    summary,
    host: host.withGpus(gpu?.devices() ?? []),
    method:
      (useProc
        ? `server CPU time and RSS: its process tree (ancestry, session, process group, marker variable) from /proc every ${interval} ms (sampled)`
        : `server CPU and memory not measured (no /proc on ${process.platform})`) +
      `; GPU: ${gpu && !gpu.failure ? `nvidia-smi every ${interval} ms (sampled)` : 'not measured'}` +
      `; load: ${serve.load_generator}, ${serve.mode}`,
    warnings,
    serve,
  };
}

function sortedKeys(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function roundRun(
  round: RoundResult,
  index: number,
  warmup: boolean,
  cpu: { user: number; system: number },
  sampler: ProcessTreeSampler | null,
): BenchRun {
  const run: BenchRun = {
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
  if (round.maxSendLagMs !== null) run.send_lag_ms_max = round.maxSendLagMs;
  if (round.successLatenciesMs.length > 0)
    Object.assign(run, latencyFigures(round.successLatenciesMs, round.wallSeconds));
  else run.throughput_per_second = 0;
  return run;
}
