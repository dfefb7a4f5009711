/**
 * Latency file written by the benchmarked command: per-request latencies in milliseconds, either
 * one number per line (blank lines and lines starting with `#` are skipped) or a JSON array of
 * numbers. Read after each run.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { envLimit } from '../util/env-limit.js';
import { percentileSorted, sortedCopy } from './stats.js';

export interface LatencyFigures {
  latency_ms_p50: number;
  latency_ms_p90: number;
  latency_ms_p95: number;
  latency_ms_p99: number;
  throughput_per_second: number;
}

export function parseLatencies(text: string, file: string): Float64Array {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '')
    throw new InputError({ file }, 'the latency file is empty: expected latencies in milliseconds');
  if (trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (e) {
      throw new InputError({ file }, `not valid JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(data))
      throw new InputError({ file }, 'expected a JSON array of latencies in milliseconds');
    const out = new Float64Array(data.length);
    data.forEach((v, i) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        throw new InputError(
          { file },
          `element ${i + 1} of the JSON array is ${JSON.stringify(v)}: expected a latency in milliseconds (a number ≥ 0)`,
        );
      out[i] = v;
    });
    if (out.length === 0)
      throw new InputError({ file }, 'the JSON array is empty: expected latencies in milliseconds');
    return out;
  }
  const values: number[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const s = (i === 0 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (s === '' || s.startsWith('#')) return;
    const v = Number(s);
    if (!Number.isFinite(v) || v < 0)
      throw new InputError(
        { file, line: i + 1 },
        `found ${JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s)}: expected one latency in milliseconds (a number ≥ 0) per line, or a JSON array`,
      );
    values.push(v);
  });
  if (values.length === 0) throw new InputError({ file }, 'no latencies found: expected one number per line');
  return Float64Array.from(values);
}

export function latencyFigures(latencies: Float64Array, wallSeconds: number): LatencyFigures {
  const s = sortedCopy(latencies);
  return {
    latency_ms_p50: percentileSorted(s, 50),
    latency_ms_p90: percentileSorted(s, 90),
    latency_ms_p95: percentileSorted(s, 95),
    latency_ms_p99: percentileSorted(s, 99),
    throughput_per_second: s.length / wallSeconds,
  };
}

/** Identity of the file's current version, to tell whether a run rewrote it. */
export function fileVersion(file: string): string | null {
  try {
    const st = statSync(file, { bigint: true });
    return `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
  } catch {
    return null;
  }
}

/**
 * Most bytes of a latency file: 256 MiB (tens of millions of latencies), or
 * MODEL_GATE_MAX_LATENCY_BYTES. Read front to back in chunks, so a FIFO works and /dev/zero
 * or an endless stream stops with a message instead of exhausting memory.
 */
const maxLatencyBytes = (): number => envLimit('MODEL_GATE_MAX_LATENCY_BYTES', 256 << 20);

function readBoundedText(file: string): string {
  // Read after each run: a FIFO's writer is gone by then, and opening it would wait forever.
  if (statSync(file).isFIFO())
    throw new InputError(
      { file },
      'is a named pipe; the latency file is read after each run, so it must be a regular file the command writes.',
    );
  const maxLatency = maxLatencyBytes();
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const got = readSync(fd, chunk, 0, chunk.length, null);
      if (got === 0) break;
      if (chunk.subarray(0, got).includes(0))
        throw new InputError(
          { file },
          'holds a NUL byte: this is not a text file (a device such as /dev/zero, or binary data); expected one ' +
            'latency in ms per line, or a JSON array.',
        );
      total += got;
      if (total > maxLatency)
        throw new InputError(
          { file },
          `longer than ${maxLatency} bytes, the limit for a latency file (an endless stream?); raise it with ` +
            'MODEL_GATE_MAX_LATENCY_BYTES=<bytes> if needed.',
        );
      chunks.push(chunk.subarray(0, got));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Reads the latency file after run `label` (e.g. "run 3"); errors name the file and line. */
export function readLatencyFile(file: string, label: string): Float64Array {
  let text: string;
  try {
    text = readBoundedText(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      { file },
      code === 'ENOENT'
        ? `the latency file does not exist after ${label}: the command must write it (one latency in ms per line, or a JSON array)`
        : `cannot read the latency file after ${label}: ${(e as Error).message}`,
    );
  }
  return parseLatencies(text, file);
}
