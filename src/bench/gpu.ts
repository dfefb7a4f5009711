/**
 * GPU sampling through nvidia-smi's own loop mode: one long-lived
 * `nvidia-smi --query-gpu=index,name,utilization.gpu,memory.used,memory.total,driver_version
 *   --format=csv,noheader,nounits -lms <interval>`
 * and one long-lived `nvidia-smi --query-compute-apps=pid,used_memory --format=csv,noheader,nounits
 * -lms <interval>` per benchmark (not one per run: nvidia-smi's start-up initialises the driver,
 * which can take longer than a short run; a sampler that lives across runs has no start-up gap
 * inside any run). Each line is time-stamped on arrival and assigned to the run whose window
 * contains it. nvidia-smi is our child, not the command's: its CPU is never in the command's
 * figures.
 *
 * Missing nvidia-smi → no GPU fields (null), silently. nvidia-smi failing (e.g. exit 9, "NVIDIA-SMI
 * has failed because it couldn't communicate with the NVIDIA driver") → one warning, null fields.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const MIB = 1024 * 1024;

export interface GpuSample {
  /** Arrival time, ms (performance.now()). */
  t: number;
  /** Sampling cycle: one line per GPU per cycle. */
  cycle: number;
  index: number;
  name: string;
  utilizationPercent: number | null;
  memoryUsedMiB: number | null;
  memoryTotalMiB: number | null;
  driver: string | null;
}

export interface GpuAppSample {
  t: number;
  pid: number;
  usedMemoryMiB: number;
}

/** Finds an executable on PATH (of the given environment) without spawning anything. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv): string | null {
  const path = env.PATH ?? env.Path ?? '';
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = join(dir, name + ext);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // next
      }
    }
  }
  return null;
}

function num(field: string | undefined): number | null {
  if (field === undefined) return null;
  const s = field.trim();
  if (s === '' || s.startsWith('[')) return null; // [N/A], [Not Supported]
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** One `--query-gpu` line (without timing); null when it is not a data line. */
export function parseGpuLine(line: string): Omit<GpuSample, 't' | 'cycle'> | null {
  const f = line.split(',').map((s) => s.trim());
  if (f.length < 6 || !/^\d+$/.test(f[0])) return null;
  // The name is everything between the index and the last four fields.
  const name = f.slice(1, f.length - 4).join(', ');
  const [util, used, total, driver] = f.slice(f.length - 4);
  return {
    index: Number(f[0]),
    name,
    utilizationPercent: num(util),
    memoryUsedMiB: num(used),
    memoryTotalMiB: num(total),
    driver: driver && !driver.startsWith('[') ? driver : null,
  };
}

/** One `--query-compute-apps` line; null when not a data line (or memory is [N/A]). */
export function parseAppLine(line: string): { pid: number; usedMemoryMiB: number } | null {
  const f = line.split(',').map((s) => s.trim());
  if (f.length !== 2 || !/^\d+$/.test(f[0])) return null;
  const used = num(f[1]);
  return used === null ? null : { pid: Number(f[0]), usedMemoryMiB: used };
}

export interface GpuRunFigures {
  gpu_utilization_percent: number | null;
  gpu_utilization_max_percent: number | null;
  gpu_memory_peak_bytes: number | null;
  gpu_process_memory_peak_bytes?: Record<string, number>;
}

/**
 * GPU figures for one run from the samples inside [start, end]:
 * utilisation mean and max over every sample of every GPU; memory peak = the largest sum of
 * memory.used over all GPUs within one sampling cycle (device memory: includes other processes
 * on the GPU); per process: the largest used_memory of each pid of the command's tree.
 */
export function gpuFigures(
  gpu: readonly GpuSample[],
  apps: readonly GpuAppSample[],
  start: number,
  end: number,
  treePids: ReadonlySet<number>,
): GpuRunFigures {
  let utilSum = 0;
  let utilN = 0;
  let utilMax: number | null = null;
  const cycleMem = new Map<number, number>();
  for (const s of gpu) {
    if (s.t < start || s.t > end) continue;
    if (s.utilizationPercent !== null) {
      utilSum += s.utilizationPercent;
      utilN++;
      utilMax = utilMax === null ? s.utilizationPercent : Math.max(utilMax, s.utilizationPercent);
    }
    if (s.memoryUsedMiB !== null) cycleMem.set(s.cycle, (cycleMem.get(s.cycle) ?? 0) + s.memoryUsedMiB);
  }
  let memPeak: number | null = null;
  for (const v of cycleMem.values()) memPeak = memPeak === null ? v : Math.max(memPeak, v);
  const perProcess: Record<string, number> = {};
  let anyProcess = false;
  for (const a of apps) {
    if (a.t < start || a.t > end || !treePids.has(a.pid)) continue;
    const bytes = a.usedMemoryMiB * MIB;
    const key = String(a.pid);
    perProcess[key] = Math.max(perProcess[key] ?? 0, bytes);
    anyProcess = true;
  }
  const out: GpuRunFigures = {
    gpu_utilization_percent: utilN > 0 ? utilSum / utilN : null,
    gpu_utilization_max_percent: utilMax,
    gpu_memory_peak_bytes: memPeak === null ? null : memPeak * MIB,
  };
  if (anyProcess) out.gpu_process_memory_peak_bytes = perProcess;
  return out;
}

export const GPU_QUERY = 'index,name,utilization.gpu,memory.used,memory.total,driver_version';
export const APPS_QUERY = 'pid,used_memory';

class LineReader {
  private rest = '';
  constructor(private readonly onLine: (line: string) => void) {}
  push(chunk: Buffer): void {
    const text = this.rest + chunk.toString('utf8');
    const lines = text.split('\n');
    this.rest = lines.pop() ?? '';
    for (const l of lines) this.onLine(l.replace(/\r$/, ''));
  }
  flush(): void {
    if (this.rest) this.onLine(this.rest);
    this.rest = '';
  }
}

/** The two long-lived nvidia-smi processes and what they printed. */
export class NvidiaSmiSampler {
  readonly gpu: GpuSample[] = [];
  readonly apps: GpuAppSample[] = [];
  /** Set when nvidia-smi exited on its own (it never does while working): why. */
  failure: string | null = null;
  private readonly children: ChildProcess[] = [];
  private stopping = false;
  private cycle = -1;
  private lastIndex = Number.POSITIVE_INFINITY;
  private readonly otherOutput: string[] = [];
  private firstLine!: Promise<void>;

  constructor(
    private readonly exe: string,
    private readonly intervalMs: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Starts both loops; resolves at the first GPU line, a failure, or after `readyTimeoutMs`. */
  async start(readyTimeoutMs = 3000): Promise<void> {
    let ready!: () => void;
    this.firstLine = new Promise<void>((resolve) => (ready = resolve));
    const ms = String(Math.max(1, Math.round(this.intervalMs)));
    const fmt = '--format=csv,noheader,nounits';
    this.spawnLoop(
      [`--query-gpu=${GPU_QUERY}`, fmt, '-lms', ms],
      (line) => {
        const p = parseGpuLine(line);
        if (!p) return this.other(line);
        if (p.index <= this.lastIndex) this.cycle++;
        this.lastIndex = p.index;
        this.gpu.push({ t: performance.now(), cycle: this.cycle, ...p });
        ready();
      },
      ready,
    );
    this.spawnLoop([`--query-compute-apps=${APPS_QUERY}`, fmt, '-lms', ms], (line) => {
      const p = parseAppLine(line);
      if (p) this.apps.push({ t: performance.now(), ...p });
      else this.other(line);
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.firstLine, new Promise<void>((r) => (timer = setTimeout(r, readyTimeoutMs)))]);
    clearTimeout(timer);
  }

  private other(line: string): void {
    if (line.trim() && this.otherOutput.length < 20) this.otherOutput.push(line.trim());
  }

  private spawnLoop(args: string[], onLine: (line: string) => void, onEnd?: () => void): void {
    const child = spawn(this.exe, args, { stdio: ['ignore', 'pipe', 'pipe'], env: this.env });
    this.children.push(child);
    const out = new LineReader(onLine);
    const err = new LineReader((l) => this.other(l));
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => {
      if (!this.failure) this.failure = `could not run ${this.exe}: ${e.message}`;
      onEnd?.();
    });
    child.on('close', (code, signal) => {
      out.flush();
      err.flush();
      if (!this.stopping && !this.failure) {
        const why = this.otherOutput.join(' ').trim();
        this.failure =
          `${this.exe} ${args[0]} exited (${code !== null ? `status ${code}` : `signal ${signal}`})` +
          (why ? `: ${why}` : '');
      }
      onEnd?.();
    });
  }

  /** Driver version and GPU names from the latest cycle (for host info). */
  devices(): { index: number; name: string; memoryTotalMiB: number | null; driver: string | null }[] {
    const last = this.gpu.length ? this.gpu[this.gpu.length - 1].cycle : -1;
    return this.gpu
      .filter((s) => s.cycle === last)
      .map((s) => ({ index: s.index, name: s.name, memoryTotalMiB: s.memoryTotalMiB, driver: s.driver }));
  }

  stop(): void {
    this.stopping = true;
    for (const c of this.children) {
      if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
    }
  }
}
