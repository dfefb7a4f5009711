export const id = 632;
export const ids = [632];
export const modules = {

/***/ 62568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ DEFAULT_RUNS),
  VB: () => (/* binding */ DEFAULT_WARMUP),
  ff: () => (/* binding */ runBenchmark)
});

// UNUSED EXPORTS: DEFAULT_KILL_GRACE_MS, DEFAULT_SAMPLE_INTERVAL_MS, OUTLIER_THRESHOLD, SAMPLER_CPU_BUDGET, SUMMARY_FIELDS, gpuFigures, latencyFigures, modifiedZScores, parseAppLine, parseGnuTimeReport, parseGpuLine, parseLatencies, percentileSorted, processList, summarize, wallTimeWarnings

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/result/schema.ts
var schema = __webpack_require__(6318);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/bench/gnu-time.ts
/**
 * GNU time (`/usr/bin/time -f FORMAT -o FILE -- COMMAND...`): the kernel's own accounting.
 *
 * GNU time forks, execs the command and `wait`s for it; what it prints is the rusage the kernel
 * returns for that waited-for child — its own usage plus that of every descendant it (or they)
 * waited for. GNU time's own ~1.4 MB resident set and CPU are NOT included (it reports its
 * child's rusage, not RUSAGE_SELF; checked: `/usr/bin/time -f %M sleep 1` prints sleep's VmHWM,
 * larger than time's own). `%M` (ru_maxrss) is the peak of the largest single process among those,
 * not a sum. A command given as one string runs under `sh -c`, so the shell is part of the tree
 * (its CPU is counted, and its ~1 MB can be the peak only if nothing larger runs).
 *
 * Not included by the kernel: descendants that were orphaned (their parent exited before them,
 * so they were reparented to init and reaped there) and processes still running when the
 * command's top process exits.
 */


const DEFAULT_GNU_TIME = '/usr/bin/time';
/** A marker first, so the line is found even after GNU time's "Command exited with ..." line. */
const GNU_TIME_FORMAT = 'model-gate-rusage %e %U %S %M %x';
const probes = new Map();
/** True when `path` is GNU time (it accepts `--version` and says so). Cached per path. */
function isGnuTime(path) {
    let p = probes.get(path);
    if (!p) {
        p = new Promise((resolve) => {
            if (!(0,external_node_fs_.existsSync)(path))
                return resolve(false);
            let out = '';
            const child = (0,external_node_child_process_.spawn)(path, ['--version'], { stdio: ['ignore', 'pipe', 'pipe'] });
            child.stdout.on('data', (d) => (out += d.toString()));
            child.stderr.on('data', (d) => (out += d.toString()));
            child.on('error', () => resolve(false));
            child.on('close', (code) => resolve(code === 0 && /GNU/.test(out)));
        });
        probes.set(path, p);
    }
    return p;
}
function gnuTimeArgv(timePath, outFile, command) {
    return [timePath, '-f', GNU_TIME_FORMAT, '-o', outFile, '--', ...command];
}
/** Parses GNU time's -o file; null when it is missing or has no report (GNU time was killed). */
function readGnuTimeReport(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return null;
    }
    return parseGnuTimeReport(text);
}
function parseGnuTimeReport(text) {
    const line = text.split('\n').find((l) => l.startsWith('model-gate-rusage '));
    if (!line)
        return null;
    const [e, u, s, m, x] = line.slice('model-gate-rusage '.length).trim().split(/\s+/).map(Number);
    if (![e, u, s, m, x].every(Number.isFinite))
        return null;
    const sig = /Command terminated by signal (\d+)/.exec(text);
    return {
        elapsedSeconds: e,
        userSeconds: u,
        systemSeconds: s,
        maxRssBytes: m * 1024,
        exitCode: sig ? null : x,
        signalNumber: sig ? Number(sig[1]) : null,
    };
}

;// CONCATENATED MODULE: ./src/bench/gpu.ts
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



const MIB = 1024 * 1024;
/** Finds an executable on PATH (of the given environment) without spawning anything. */
function findOnPath(name, env) {
    const path = env.PATH ?? env.Path ?? '';
    const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
    for (const dir of path.split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        for (const ext of exts) {
            const candidate = (0,external_node_path_.join)(dir, name + ext);
            try {
                (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
                return candidate;
            }
            catch {
                // next
            }
        }
    }
    return null;
}
function num(field) {
    if (field === undefined)
        return null;
    const s = field.trim();
    if (s === '' || s.startsWith('['))
        return null; // [N/A], [Not Supported]
    const v = Number(s);
    return Number.isFinite(v) ? v : null;
}
/** One `--query-gpu` line (without timing); null when it is not a data line. */
function parseGpuLine(line) {
    const f = line.split(',').map((s) => s.trim());
    if (f.length < 6 || !/^\d+$/.test(f[0]))
        return null;
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
function parseAppLine(line) {
    const f = line.split(',').map((s) => s.trim());
    if (f.length !== 2 || !/^\d+$/.test(f[0]))
        return null;
    const used = num(f[1]);
    return used === null ? null : { pid: Number(f[0]), usedMemoryMiB: used };
}
/**
 * GPU figures for one run from the samples inside [start, end]:
 * utilisation mean and max over every sample of every GPU; memory peak = the largest sum of
 * memory.used over all GPUs within one sampling cycle (device memory: includes other processes
 * on the GPU); per process: the largest used_memory of each pid of the command's tree.
 */
function gpuFigures(gpu, apps, start, end, treePids) {
    let utilSum = 0;
    let utilN = 0;
    let utilMax = null;
    const cycleMem = new Map();
    for (const s of gpu) {
        if (s.t < start || s.t > end)
            continue;
        if (s.utilizationPercent !== null) {
            utilSum += s.utilizationPercent;
            utilN++;
            utilMax = utilMax === null ? s.utilizationPercent : Math.max(utilMax, s.utilizationPercent);
        }
        if (s.memoryUsedMiB !== null)
            cycleMem.set(s.cycle, (cycleMem.get(s.cycle) ?? 0) + s.memoryUsedMiB);
    }
    let memPeak = null;
    for (const v of cycleMem.values())
        memPeak = memPeak === null ? v : Math.max(memPeak, v);
    const perProcess = {};
    let anyProcess = false;
    for (const a of apps) {
        if (a.t < start || a.t > end || !treePids.has(a.pid))
            continue;
        const bytes = a.usedMemoryMiB * MIB;
        const key = String(a.pid);
        perProcess[key] = Math.max(perProcess[key] ?? 0, bytes);
        anyProcess = true;
    }
    const out = {
        gpu_utilization_percent: utilN > 0 ? utilSum / utilN : null,
        gpu_utilization_max_percent: utilMax,
        gpu_memory_peak_bytes: memPeak === null ? null : memPeak * MIB,
    };
    if (anyProcess)
        out.gpu_process_memory_peak_bytes = perProcess;
    return out;
}
const GPU_QUERY = 'index,name,utilization.gpu,memory.used,memory.total,driver_version';
const APPS_QUERY = 'pid,used_memory';
class LineReader {
    onLine;
    rest = '';
    constructor(onLine) {
        this.onLine = onLine;
    }
    push(chunk) {
        const text = this.rest + chunk.toString('utf8');
        const lines = text.split('\n');
        this.rest = lines.pop() ?? '';
        for (const l of lines)
            this.onLine(l.replace(/\r$/, ''));
    }
    flush() {
        if (this.rest)
            this.onLine(this.rest);
        this.rest = '';
    }
}
/** The two long-lived nvidia-smi processes and what they printed. */
class NvidiaSmiSampler {
    exe;
    intervalMs;
    env;
    gpu = [];
    apps = [];
    /** Set when nvidia-smi exited on its own (it never does while working): why. */
    failure = null;
    children = [];
    stopping = false;
    cycle = -1;
    lastIndex = Number.POSITIVE_INFINITY;
    otherOutput = [];
    firstLine;
    constructor(exe, intervalMs, env) {
        this.exe = exe;
        this.intervalMs = intervalMs;
        this.env = env;
    }
    /** Starts both loops; resolves at the first GPU line, a failure, or after `readyTimeoutMs`. */
    async start(readyTimeoutMs = 3000) {
        let ready;
        this.firstLine = new Promise((resolve) => (ready = resolve));
        const ms = String(Math.max(1, Math.round(this.intervalMs)));
        const fmt = '--format=csv,noheader,nounits';
        this.spawnLoop([`--query-gpu=${GPU_QUERY}`, fmt, '-lms', ms], (line) => {
            const p = parseGpuLine(line);
            if (!p)
                return this.other(line);
            if (p.index <= this.lastIndex)
                this.cycle++;
            this.lastIndex = p.index;
            this.gpu.push({ t: performance.now(), cycle: this.cycle, ...p });
            ready();
        }, ready);
        this.spawnLoop([`--query-compute-apps=${APPS_QUERY}`, fmt, '-lms', ms], (line) => {
            const p = parseAppLine(line);
            if (p)
                this.apps.push({ t: performance.now(), ...p });
            else
                this.other(line);
        });
        let timer;
        await Promise.race([this.firstLine, new Promise((r) => (timer = setTimeout(r, readyTimeoutMs)))]);
        clearTimeout(timer);
    }
    other(line) {
        if (line.trim() && this.otherOutput.length < 20)
            this.otherOutput.push(line.trim());
    }
    spawnLoop(args, onLine, onEnd) {
        const child = (0,external_node_child_process_.spawn)(this.exe, args, { stdio: ['ignore', 'pipe', 'pipe'], env: this.env });
        this.children.push(child);
        const out = new LineReader(onLine);
        const err = new LineReader((l) => this.other(l));
        child.stdout?.on('data', (d) => out.push(d));
        child.stderr?.on('data', (d) => err.push(d));
        child.on('error', (e) => {
            if (!this.failure)
                this.failure = `could not run ${this.exe}: ${e.message}`;
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
    devices() {
        const last = this.gpu.length ? this.gpu[this.gpu.length - 1].cycle : -1;
        return this.gpu
            .filter((s) => s.cycle === last)
            .map((s) => ({ index: s.index, name: s.name, memoryTotalMiB: s.memoryTotalMiB, driver: s.driver }));
    }
    stop() {
        this.stopping = true;
        for (const c of this.children) {
            if (c.exitCode === null && c.signalCode === null)
                c.kill('SIGTERM');
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/systeminformation/lib/index.js
var lib = __webpack_require__(22754);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/bench/host.ts
/**
 * The machine a benchmark ran on, from systeminformation: cpu(), mem(), osInfo() and graphics()
 * — each called once per benchmark, before the first run (graphics() spawns lspci/nvidia-smi, so
 * never during runs). The fingerprint hashes what makes timings comparable.
 */



/**
 * Fingerprint: sha256 (first 16 hex digits) of CPU model, logical cores, memory, OS (distribution
 * and release, not the kernel patch level, which hosted runners update weekly), architecture and
 * GPU models.
 */
function hostFingerprint(h, osForFingerprint) {
    const key = JSON.stringify([
        h.cpu_model,
        h.cpu_cores,
        h.memory_bytes,
        osForFingerprint,
        h.arch,
        h.gpus.map((g) => g.model).sort(),
    ]);
    return (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 16);
}
let probe;
/** The hardware does not change while we run: probed once per process. */
function probeHost() {
    probe ??= (async () => {
        const [cpu, mem, os] = await Promise.all([lib_default().cpu(), lib_default().mem(), lib_default().osInfo()]);
        let controllers = [];
        try {
            controllers = (await lib_default().graphics()).controllers;
        }
        catch {
            // no GPU information on this machine
        }
        return [cpu, mem, os, controllers];
    })();
    return probe;
}
async function collectHost(env) {
    const [cpu, mem, os, controllers] = await probeHost();
    const gpuControllers = controllers.filter((c) => c.model || c.name);
    const osName = [os.distro, os.release].filter(Boolean).join(' ') || os.platform;
    const base = {
        cpu_model: [cpu.manufacturer, cpu.brand].filter(Boolean).join(' ').trim() || 'unknown',
        cpu_cores: cpu.cores,
        memory_bytes: mem.total,
        os: os.kernel ? `${osName} (${os.platform} ${os.kernel})` : osName,
        arch: os.arch || process.arch,
        gpus: gpuControllers.map((c) => ({
            model: c.name || c.model,
            memory_bytes: c.memoryTotal ? c.memoryTotal * MIB : c.vram ? c.vram * MIB : null,
            driver: c.driverVersion ?? null,
        })),
        runner_name: env.RUNNER_NAME ?? null,
    };
    const make = (gpus) => {
        const h = { ...base, gpus };
        return { ...h, fingerprint: hostFingerprint(h, `${os.platform} ${osName}`) };
    };
    return {
        info: make(base.gpus),
        withGpus(devices) {
            if (devices.length === 0)
                return make(base.gpus);
            // nvidia-smi is authoritative for NVIDIA GPUs (name, memory, driver); keep the others.
            const others = base.gpus.filter((g, i) => !/nvidia/i.test(`${gpuControllers[i].vendor} ${g.model}`));
            return make([
                ...others,
                ...devices.map((d) => ({
                    model: d.name,
                    memory_bytes: d.memoryTotalMiB === null ? null : d.memoryTotalMiB * MIB,
                    driver: d.driver,
                })),
            ]);
        },
    };
}

// EXTERNAL MODULE: ./src/util/env-limit.ts
var env_limit = __webpack_require__(51257);
// EXTERNAL MODULE: ./src/util/sum.ts
var sum = __webpack_require__(41863);
;// CONCATENATED MODULE: ./src/bench/stats.ts

/** numpy's default (linear, "type 7") percentile of already sorted values; q in [0, 100]. */
function percentileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const h = ((n - 1) * q) / 100;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function sortedCopy(values) {
    return Float64Array.from(values).sort();
}
function median(values) {
    return percentileSorted(sortedCopy(values), 50);
}
/** median, mean, sample standard deviation (n − 1; 0 for a single value), min, max, n. */
function summarize(values) {
    const n = values.length;
    if (n === 0)
        throw new Error('summarize: no values');
    const sorted = sortedCopy(values);
    const mean = (0,sum/* sumOf */.X)(sorted) / n;
    let stddev = 0;
    if (n > 1) {
        const sq = new Float64Array(n);
        for (let i = 0; i < n; i++)
            sq[i] = (sorted[i] - mean) ** 2;
        stddev = Math.sqrt((0,sum/* sumOf */.X)(sq) / (n - 1));
    }
    return {
        median: percentileSorted(sorted, 50),
        mean,
        stddev,
        min: sorted[0],
        max: sorted[n - 1],
        n,
    };
}
/** hyperfine's threshold: 10 robust standard deviations, as a modified z-score (1.4826 · 10). */
const OUTLIER_THRESHOLD = 14.826;
/**
 * hyperfine's modified z-scores: (x − median) / (1.4826 · MAD), MAD = median absolute deviation
 * (1.4826 · MAD estimates the standard deviation of normal data). Null when MAD is 0.
 */
function modifiedZScores(values) {
    const m = median(values);
    const dev = Array.from(values, (x) => Math.abs(x - m));
    const mad = median(dev);
    if (!(mad > 0))
        return null;
    return Array.from(values, (x) => (x - m) / (1.4826 * mad));
}
/**
 * hyperfine's two warnings on the measured wall times (in run order): the first run much slower
 * than the rest (modified z-score > 14.826 → suggest --warmup), else any outlier (|z| > 14.826).
 */
function wallTimeWarnings(wall, warmup) {
    if (wall.length < 3)
        return [];
    const z = modifiedZScores(wall);
    if (!z)
        return [];
    if (z[0] > OUTLIER_THRESHOLD) {
        const rest = median(wall.slice(1));
        return [
            `The first measured run was much slower than the rest (${wall[0].toFixed(3)} s vs a median of ` +
                `${rest.toFixed(3)} s). Caches (files, JIT, GPU kernels) may not have been warm: consider ` +
                `${warmup > 0 ? 'more warm-up runs' : 'warm-up runs'} (--warmup ${Math.max(2, warmup + 1)}).`,
        ];
    }
    const outliers = z.map((s, i) => [s, i]).filter(([s]) => Math.abs(s) > OUTLIER_THRESHOLD);
    if (outliers.length === 0)
        return [];
    return [
        `Statistical outliers in the wall times (run ${outliers.map(([, i]) => i + 1).join(', ')}: more than ` +
            `10 robust standard deviations from the median, hyperfine's modified z-score > 14.826). Other ` +
            `programs may have interfered; consider re-running on a quieter machine or with --warmup.`,
    ];
}

;// CONCATENATED MODULE: ./src/bench/latency.ts
/**
 * Latency file written by the benchmarked command: per-request latencies in milliseconds, either
 * one number per line (blank lines and lines starting with `#` are skipped) or a JSON array of
 * numbers. Read after each run.
 */




function parseLatencies(text, file) {
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    if (trimmed === '')
        throw new errors/* InputError */.dz({ file }, 'the latency file is empty: expected latencies in milliseconds');
    if (trimmed.startsWith('[')) {
        let data;
        try {
            data = JSON.parse(trimmed);
        }
        catch (e) {
            throw new errors/* InputError */.dz({ file }, `not valid JSON: ${e.message}`);
        }
        if (!Array.isArray(data))
            throw new errors/* InputError */.dz({ file }, 'expected a JSON array of latencies in milliseconds');
        const out = new Float64Array(data.length);
        data.forEach((v, i) => {
            if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
                throw new errors/* InputError */.dz({ file }, `element ${i + 1} of the JSON array is ${JSON.stringify(v)}: expected a latency in milliseconds (a number ≥ 0)`);
            out[i] = v;
        });
        if (out.length === 0)
            throw new errors/* InputError */.dz({ file }, 'the JSON array is empty: expected latencies in milliseconds');
        return out;
    }
    const values = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const s = (i === 0 ? raw.replace(/^\uFEFF/, '') : raw).trim();
        if (s === '' || s.startsWith('#'))
            return;
        const v = Number(s);
        if (!Number.isFinite(v) || v < 0)
            throw new errors/* InputError */.dz({ file, line: i + 1 }, `found ${JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s)}: expected one latency in milliseconds (a number ≥ 0) per line, or a JSON array`);
        values.push(v);
    });
    if (values.length === 0)
        throw new errors/* InputError */.dz({ file }, 'no latencies found: expected one number per line');
    return Float64Array.from(values);
}
function latencyFigures(latencies, wallSeconds) {
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
function fileVersion(file) {
    try {
        const st = (0,external_node_fs_.statSync)(file, { bigint: true });
        return `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
    }
    catch {
        return null;
    }
}
/**
 * Most bytes of a latency file: 256 MiB (tens of millions of latencies), or
 * MODEL_GATE_MAX_LATENCY_BYTES. Read front to back in chunks, so a FIFO works and /dev/zero
 * or an endless stream stops with a message instead of exhausting memory.
 */
const maxLatencyBytes = () => (0,env_limit/* envLimit */.B)('MODEL_GATE_MAX_LATENCY_BYTES', 256 << 20);
function readBoundedText(file) {
    // Read after each run: a FIFO's writer is gone by then, and opening it would wait forever.
    if ((0,external_node_fs_.statSync)(file).isFIFO())
        throw new errors/* InputError */.dz({ file }, 'is a named pipe; the latency file is read after each run, so it must be a regular file the command writes.');
    const maxLatency = maxLatencyBytes();
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(1 << 20);
            const got = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, null);
            if (got === 0)
                break;
            if (chunk.subarray(0, got).includes(0))
                throw new errors/* InputError */.dz({ file }, 'holds a NUL byte: this is not a text file (a device such as /dev/zero, or binary data); expected one ' +
                    'latency in ms per line, or a JSON array.');
            total += got;
            if (total > maxLatency)
                throw new errors/* InputError */.dz({ file }, `longer than ${maxLatency} bytes, the limit for a latency file (an endless stream?); raise it with ` +
                    'MODEL_GATE_MAX_LATENCY_BYTES=<bytes> if needed.');
            chunks.push(chunk.subarray(0, got));
        }
        return Buffer.concat(chunks, total).toString('utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Reads the latency file after run `label` (e.g. "run 3"); errors name the file and line. */
function readLatencyFile(file, label) {
    let text;
    try {
        text = readBoundedText(file);
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz)
            throw e;
        const code = e.code;
        throw new errors/* InputError */.dz({ file }, code === 'ENOENT'
            ? `the latency file does not exist after ${label}: the command must write it (one latency in ms per line, or a JSON array)`
            : `cannot read the latency file after ${label}: ${e.message}`);
    }
    return parseLatencies(text, file);
}

;// CONCATENATED MODULE: ./src/bench/proc.ts
/**
 * Linux process-tree sampling and killing, reading /proc directly in-process (no `ps`, nothing
 * spawned), so the sampler neither appears in the tree it measures nor adds processes to it.
 *
 * Membership (a process is the run's when any holds; checked by pid *and* start time):
 * - the root, and every process whose parent is a member (ancestry). A member stays tracked after
 *   its parent exits and it is reparented to init or a subreaper;
 * - every process of the root's session or process group (the command is spawned detached, so
 *   both ids are the root's pid: the kernel keeps that pid from being reused while either lives);
 * - every process whose environment carries the run's marker variable (`runMarker`), which every
 *   descendant inherits across fork and exec unless it deliberately clears its environment. This
 *   finds what escaped with `setsid`, a double fork and an orphaning parent between two samples
 *   (`(setsid sleep 400 &)`), which ancestry alone cannot attribute.
 * Only a process that clears its environment *and* leaves the session *and* is orphaned before
 * any sample saw it escapes (a cgroup or a child subreaper would be needed for that; neither is
 * available to an unprivileged Node process without a native helper).
 *
 * Cost per tick: one `readdir(/proc)` plus one `stat` read per member and per process not seen
 * before, and one `environ` read per process not seen before that started after the root (an
 * older process cannot be a descendant); processes known to be unrelated are not read again (their
 * parent never changes to a member). Every `FULL_SCAN_MS` the unrelated cache is dropped and
 * everything is read again, so a pid reused by a member is found within that time; the scan for
 * survivors after the root exits is always a full one.
 */


/** /proc reports times in USER_HZ, which is 100 on every Linux ABI. */
const CLOCK_TICKS_PER_SECOND = 100;
function procAvailable() {
    return process.platform === 'linux' && readProcStat(process.pid) !== null;
}
/** Parses /proc/<pid>/stat; null when the process is gone (or /proc is absent). */
function readProcStat(pid) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'latin1');
    }
    catch {
        return null;
    }
    return parseProcStat(text);
}
function parseProcStat(text) {
    // comm (field 2) is in parentheses and may contain spaces and ')': split after the last ')'.
    const close = text.lastIndexOf(')');
    if (close < 0)
        return null;
    const f = text.slice(close + 2).split(' ');
    // f[0] is field 3 (state); field k is f[k - 3].
    if (f.length < 22)
        return null;
    return {
        pid: Number(text.slice(0, text.indexOf(' '))),
        state: f[0],
        ppid: Number(f[1]),
        pgrp: Number(f[2]),
        session: Number(f[3]),
        utime: Number(f[11]),
        stime: Number(f[12]),
        cutime: Number(f[13]),
        cstime: Number(f[14]),
        starttime: Number(f[19]),
        rssPages: Number(f[21]),
    };
}
/** VmHWM (the process's own peak resident set, kept by the kernel) in bytes; null when gone. */
function readVmHwmBytes(pid) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(`/proc/${pid}/status`, 'latin1');
    }
    catch {
        return null;
    }
    const m = /^VmHWM:\s+(\d+) kB/m.exec(text);
    return m ? Number(m[1]) * 1024 : null;
}
let pageSizeCache;
/** Bytes per page, derived from /proc/self without spawning `getconf`. */
function pageSize() {
    if (pageSizeCache !== undefined)
        return pageSizeCache;
    let size = 4096;
    try {
        const pages = Number((0,external_node_fs_.readFileSync)('/proc/self/statm', 'latin1').split(' ')[1]);
        const m = /^VmRSS:\s+(\d+) kB/m.exec((0,external_node_fs_.readFileSync)('/proc/self/status', 'latin1'));
        if (m && pages > 0) {
            const ratio = (Number(m[1]) * 1024) / pages;
            // The two reads are not atomic: snap to the nearest real page size.
            size = [4096, 16384, 65536].reduce((best, s) => Math.abs(s - ratio) < Math.abs(best - ratio) ? s : best);
        }
    }
    catch {
        // keep 4096
    }
    pageSizeCache = size;
    return size;
}
/** CPU seconds (user, system) of this process's waited-for children, from the kernel. */
function ownChildrenCpu() {
    const st = readProcStat('self');
    if (!st)
        return null;
    return { user: st.cutime / CLOCK_TICKS_PER_SECOND, system: st.cstime / CLOCK_TICKS_PER_SECOND };
}
/** How often the sampler drops its cache of unrelated processes and reads every process again. */
const FULL_SCAN_MS = 1000;
function runMarker() {
    // A fresh *name* per run (not a fixed name with a fresh value), so a benchmark nested inside a
    // benchmarked command adds its own marker without overwriting the outer one.
    const name = `MODEL_GATE_BENCH_RUN_${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
    return { name, entry: Buffer.from(`${name}=1`, 'latin1') };
}
/** True when /proc/<pid>/environ holds `entry` as a whole variable; false when unreadable. */
function environHas(pid, entry) {
    let env;
    try {
        env = (0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`);
    }
    catch {
        return false; // gone, or another user's process (not readable without privileges)
    }
    for (let at = env.indexOf(entry); at >= 0; at = env.indexOf(entry, at + 1)) {
        const end = at + entry.length;
        if ((at === 0 || env[at - 1] === 0) && (end === env.length || env[end] === 0))
            return true;
    }
    return false;
}
function describeProcess(pid) {
    let command = '';
    try {
        command = (0,external_node_fs_.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').replace(/\0+$/, '').split('\0').join(' ');
    }
    catch {
        // gone
    }
    if (command.trim() === '') {
        try {
            command = `[${(0,external_node_fs_.readFileSync)(`/proc/${pid}/comm`, 'utf8').trim()}]`;
        }
        catch {
            command = '[exited]';
        }
    }
    return { pid, command };
}
function isAliveState(state) {
    // Z zombie (exited, not yet reaped), X dead.
    return state !== 'Z' && state !== 'X';
}
class ProcessTreeSampler {
    options;
    root;
    members = new Map();
    unrelated = new Set();
    page = pageSize();
    /** The root's start time (clock ticks since boot): no older process can be a descendant. */
    rootStart;
    lastFullScan = 0;
    /** Largest sum of RSS over the live tree seen in one sample. */
    peakTreeRssBytes = 0;
    /** Largest single-process RSS seen (VmHWM when readHighWaterMark). */
    peakProcessRssBytes = 0;
    samples = 0;
    constructor(root, options) {
        this.options = options;
        this.root = root;
        // The root is our child and not reaped before the event loop runs, so its stat is there (as a
        // zombie at worst). If not, 0 (every process counts as young: more environ reads, same result).
        this.rootStart = readProcStat(root)?.starttime ?? 0;
    }
    /** Every pid that was ever a member (for GPU per-process attribution). */
    memberPids() {
        return new Set(this.members.keys());
    }
    /** One pass over /proc (a full one when `full` or every FULL_SCAN_MS). Returns the live members. */
    sample(full = false) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)('/proc');
        }
        catch {
            return [];
        }
        const now = performance.now();
        if (full || now - this.lastFullScan >= FULL_SCAN_MS) {
            this.unrelated.clear();
            this.lastFullScan = now;
        }
        const present = new Set();
        const stats = new Map();
        for (const name of entries) {
            const c = name.charCodeAt(0);
            if (c < 48 || c > 57)
                continue;
            const pid = Number(name);
            present.add(pid);
            if (this.unrelated.has(pid))
                continue;
            const st = readProcStat(pid);
            if (st)
                stats.set(pid, st);
        }
        for (const pid of this.unrelated)
            if (!present.has(pid))
                this.unrelated.delete(pid);
        // Seeds: the root, known members (same start time), the root's session and process group, and
        // processes carrying the marker; then children of members (fixpoint: readdir order is not
        // guaranteed to put parents first).
        const inTree = new Set();
        const marker = this.options.marker;
        for (const [pid, st] of stats) {
            const known = this.members.get(pid);
            if (pid === this.root || (known && known.starttime === st.starttime))
                inTree.add(pid);
            else if (st.starttime < this.rootStart)
                continue;
            else if (st.session === this.root || st.pgrp === this.root)
                inTree.add(pid);
            else if (marker && environHas(pid, marker.entry))
                inTree.add(pid);
        }
        let grew = true;
        while (grew) {
            grew = false;
            for (const [pid, st] of stats) {
                if (!inTree.has(pid) && inTree.has(st.ppid)) {
                    inTree.add(pid);
                    grew = true;
                }
            }
        }
        for (const m of this.members.values())
            m.alive = false;
        let treeRss = 0;
        const live = [];
        for (const [pid, st] of stats) {
            if (!inTree.has(pid)) {
                this.unrelated.add(pid);
                continue;
            }
            const alive = isAliveState(st.state);
            const known = this.members.get(pid);
            if (known && known.starttime !== st.starttime)
                this.members.delete(pid);
            this.members.set(pid, {
                pid,
                starttime: st.starttime,
                ppid: st.ppid,
                pgrp: st.pgrp,
                alive,
                cpuTicks: st.utime + st.stime,
            });
            if (!alive)
                continue;
            live.push(pid);
            if (this.options.excludeRoot && pid === this.root)
                continue;
            const rss = st.rssPages * this.page;
            treeRss += rss;
            let single = rss;
            if (this.options.readHighWaterMark)
                single = Math.max(single, readVmHwmBytes(pid) ?? 0);
            if (single > this.peakProcessRssBytes)
                this.peakProcessRssBytes = single;
        }
        if (treeRss > this.peakTreeRssBytes)
            this.peakTreeRssBytes = treeRss;
        this.samples++;
        return live;
    }
    /** Live members other than the root, after a fresh full scan (processes that outlived the root). */
    survivors() {
        return this.sample(true).filter((pid) => pid !== this.root);
    }
    /** CPU seconds last seen summed over members (a lower bound, for runs GNU time did not finish). */
    lastSeenCpuSeconds() {
        let ticks = 0;
        for (const m of this.members.values())
            ticks += m.cpuTicks;
        return ticks / CLOCK_TICKS_PER_SECOND;
    }
    /**
     * Sends `signal` to the root's process group and to every live member (checked by start time);
     * returns the members that were alive (each described once into `seen`).
     */
    signalAll(signal, seen) {
        const live = this.sample(true);
        // Named before anything is signalled: a dying process's command line reads as empty.
        for (const pid of live)
            if (!seen.has(pid))
                seen.set(pid, describeProcess(pid));
        // The group too (it also reaches a process forked since the scan), but only while a member is
        // in it: the kernel keeps a group's id from being reused only while the group exists.
        if (live.some((pid) => this.members.get(pid)?.pgrp === this.root)) {
            try {
                process.kill(-this.root, signal);
            }
            catch {
                // group already gone
            }
        }
        for (const pid of live) {
            const m = this.members.get(pid);
            const st = readProcStat(pid);
            if (!m || !st || st.starttime !== m.starttime)
                continue; // pid reused: not ours
            try {
                process.kill(pid, signal);
            }
            catch {
                // gone meanwhile, or not ours to signal (EPERM: reported as remaining)
            }
        }
        return live;
    }
    /**
     * Terminates every member: SIGTERM to the group and every member, then after `graceMs` SIGKILL,
     * repeated with fresh full /proc scans until no member is alive (a process may fork while being
     * killed). Says which processes it signalled and which are still alive after every attempt
     * (uninterruptible sleep, another user's process).
     */
    async killTree(graceMs) {
        const seen = new Map();
        const report = (remaining) => ({
            // GNU time (an excluded root) is the measuring tool: not worth naming among the command's.
            killed: [...seen.values()].filter((p) => !remaining.includes(p.pid) && !(this.options.excludeRoot && p.pid === this.root)),
            remaining: remaining.map((pid) => seen.get(pid) ?? describeProcess(pid)),
        });
        if (this.signalAll('SIGTERM', seen).length === 0)
            return report([]);
        const deadline = Date.now() + graceMs;
        while (Date.now() < deadline) {
            await sleep(Math.min(25, graceMs));
            if (this.sample(true).length === 0)
                return report([]);
        }
        for (let attempt = 0; attempt < 50; attempt++) {
            if (this.signalAll('SIGKILL', seen).length === 0)
                return report([]);
            await sleep(20);
        }
        return report(this.sample(true));
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/bench/run-once.ts
/** One measured execution of the command: spawn, sample, time out, collect. */






const STDERR_LINES = 20;
const STDERR_KEEP_BYTES = 64 * 1024;
class TailBuffer {
    chunks = [];
    size = 0;
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > STDERR_KEEP_BYTES && this.chunks.length > 1)
            this.size -= this.chunks.shift().length;
    }
    lastLines(n) {
        const text = Buffer.concat(this.chunks).toString('utf8');
        const lines = text.split(/\r?\n/);
        while (lines.length && lines[lines.length - 1].trim() === '')
            lines.pop();
        return lines.slice(-n);
    }
}
function signalName(n) {
    for (const [name, num] of Object.entries(external_node_os_.constants.signals))
        if (num === n)
            return name;
    return `signal ${n}`;
}
let sequence = 0;
async function runOnce(ctx, meta) {
    const timeFile = (0,external_node_path_.join)(ctx.tmpDir, `rusage-${++sequence}.txt`);
    const argv = ctx.gnuTime ? gnuTimeArgv(ctx.gnuTime, timeFile, ctx.argv) : ctx.argv;
    const progress = ctx.logger.progress.start(meta.progressLabel);
    const stderr = new TailBuffer();
    const kids0 = ctx.useProc ? ownChildrenCpu() : null;
    // Every process of the run inherits this variable: how /proc finds the ones that left the tree.
    const marker = ctx.useProc ? runMarker() : null;
    const env = marker ? { ...ctx.env, [marker.name]: '1' } : ctx.env;
    const t0 = performance.now();
    // Own session and process group (detached), so a timeout can signal the whole group at once.
    const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), {
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
        env,
    });
    const exited = new Promise((resolve) => {
        child.once('exit', (code, signal) => resolve({ code, signal }));
        child.once('error', (error) => resolve({ code: null, signal: null, error }));
    });
    child.stderr?.on('data', (d) => stderr.push(d));
    // The sampler's cost starts after the fork: spawning is a cost every harness (GNU time,
    // hyperfine) pays too, and on sub-second runs it would swamp what sampling costs.
    const cpu0 = process.cpuUsage();
    const sampler = ctx.useProc && child.pid !== undefined
        ? new ProcessTreeSampler(child.pid, {
            excludeRoot: ctx.gnuTime !== null,
            readHighWaterMark: ctx.gnuTime === null,
            marker: marker ?? undefined,
        })
        : null;
    sampler?.sample();
    let lastProgress = t0;
    const ticker = setInterval(() => {
        sampler?.sample();
        const now = performance.now();
        if (now - lastProgress >= 1000) {
            lastProgress = now;
            const elapsed = (now - t0) / 1000;
            progress.update(elapsed, ctx.timeoutSeconds, `${elapsed.toFixed(1)} s`);
        }
    }, ctx.sampleIntervalMs);
    let timedOut = false;
    // Assigned in the timer callback (a cast: TypeScript would narrow a `null` initialiser for good).
    let killing = null;
    const timer = ctx.timeoutSeconds !== undefined
        ? setTimeout(() => {
            timedOut = true;
            killing = sampler
                ? sampler.killTree(ctx.killGraceMs)
                : killGroup(child.pid, ctx.killGraceMs, exited);
        }, ctx.timeoutSeconds * 1000)
        : null;
    const ended = await exited;
    const t1 = performance.now();
    const kids1 = ctx.useProc ? ownChildrenCpu() : null;
    clearInterval(ticker);
    if (timer)
        clearTimeout(timer);
    const timeoutKill = killing ? ((await killing) ?? undefined) : undefined;
    // Late stderr still in the pipe; do not wait for processes that outlived the command and
    // keep the pipe open (the run ends when the command's top process exits).
    if (child.stderr && !child.stderr.readableEnded) {
        await Promise.race([new Promise((r) => child.stderr.once('end', r)), sleep(50)]);
        child.stderr.destroy();
    }
    // What outlived a normal exit: named, then killed (a benchmark must not leave load behind that
    // disturbs the next run, nor processes nobody asked for).
    let survivors = [];
    let unkillable = timeoutKill ? timeoutKill.remaining : [];
    // Killing survivors may take the grace period, outside the run's wall time: not the sampler's
    // cost during the run (it would trip the sampler budget warning).
    const samplerCpu = process.cpuUsage(cpu0);
    const outlived = sampler && !timedOut ? sampler.survivors() : [];
    if (sampler && outlived.length > 0) {
        if (ctx.keepSurvivors) {
            survivors = outlived.map(describeProcess);
        }
        else {
            const kill = await sampler.killTree(ctx.killGraceMs);
            survivors = [...kill.killed, ...kill.remaining];
            unkillable = kill.remaining;
        }
    }
    const wall = (t1 - t0) / 1000;
    const report = ctx.gnuTime ? readGnuTimeReport(timeFile) : null;
    let exitCode = ended.code;
    let signal = ended.signal;
    let user = 0;
    let system = 0;
    let peakRss = 0;
    if (report) {
        exitCode = report.exitCode;
        signal = report.signalNumber === null ? null : signalName(report.signalNumber);
        user = report.userSeconds;
        system = report.systemSeconds;
        peakRss = report.maxRssBytes;
    }
    else if (sampler) {
        // Kernel totals of our own waited-for children: the command (and what it waited for).
        if (kids0 && kids1) {
            user = Math.max(0, kids1.user - kids0.user);
            system = Math.max(0, kids1.system - kids0.system);
        }
        const seen = sampler.lastSeenCpuSeconds();
        if (timedOut && seen > user + system) {
            // Killed processes were reaped by init, not by us: keep what /proc showed last.
            user = seen;
            system = 0;
        }
        peakRss = sampler.peakProcessRssBytes;
    }
    if (timedOut) {
        exitCode = null;
        signal = signal ?? 'SIGTERM';
    }
    const treeRss = Math.max(sampler?.peakTreeRssBytes ?? 0, peakRss);
    const run = {
        index: meta.index,
        warmup: meta.warmup,
        exit_code: exitCode,
        signal,
        timed_out: timedOut,
        wall_seconds: wall,
        cpu_seconds: user + system,
        cpu_user_seconds: user,
        cpu_system_seconds: system,
        peak_rss_bytes: peakRss,
        peak_tree_rss_bytes: treeRss,
        gpu_utilization_percent: null,
        gpu_utilization_max_percent: null,
        gpu_memory_peak_bytes: null,
        sampler_cpu_seconds: 0,
    };
    if (ctx.gpu && !ctx.gpu.failure) {
        const pids = sampler?.memberPids() ?? new Set(child.pid !== undefined ? [child.pid] : []);
        Object.assign(run, gpuFigures(ctx.gpu.gpu, ctx.gpu.apps, t0, t1, pids));
    }
    run.sampler_cpu_seconds = (samplerCpu.user + samplerCpu.system) / 1e6;
    const failed = timedOut || exitCode !== 0;
    progress.done(timedOut
        ? `timed out after ${ctx.timeoutSeconds} s`
        : failed
            ? `${wall.toFixed(3)} s, failed (${exitCode !== null ? `exit status ${exitCode}` : signal})`
            : `${wall.toFixed(3)} s`);
    return {
        run,
        stderrTail: stderr.lastLines(STDERR_LINES),
        survivors,
        survivorsKilled: survivors.length > 0 && !ctx.keepSurvivors,
        killed: timeoutKill ? timeoutKill.killed : [],
        unkillable,
        spawnError: ended.error ? ended.error.message : null,
    };
}
/** Without /proc: TERM the process group, KILL it after the grace period. */
async function killGroup(pid, graceMs, exited) {
    if (pid === undefined)
        return;
    const send = (sig) => {
        try {
            process.kill(-pid, sig);
        }
        catch {
            // gone
        }
    };
    send('SIGTERM');
    await Promise.race([exited, sleep(graceMs)]);
    send('SIGKILL');
}

// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(55421);
;// CONCATENATED MODULE: ./src/bench/index.ts
/**
 * `runBenchmark`: run a command N times (after W warm-ups) and measure each run and its whole
 * process tree. See ./README.md for what is measured, how, and how exact it is on each platform.
 */













/** Longest stderr line quoted in an error; each line is made inert (no OSC/CSI, NUL) first. */
const STDERR_LINE_CHARS = 500;




const DEFAULT_RUNS = 5;
const DEFAULT_WARMUP = 1;
const DEFAULT_SAMPLE_INTERVAL_MS = 100;
const DEFAULT_KILL_GRACE_MS = 2000;
/** The bench process's own CPU must stay below this share of one core (warning otherwise). */
const SAMPLER_CPU_BUDGET = 0.02;
/** Summary fields, in report order. GPU and latency fields appear only when measured. */
const SUMMARY_FIELDS = schema/* BENCH_SUMMARY_FIELDS */.K;
function shellQuote(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
function checkCount(name, value, min) {
    if (!Number.isInteger(value) || value < min)
        throw new errors/* UsageError */.eb(`${name} must be an integer ≥ ${min}, got ${value}`);
}
async function runBenchmark(options, logger) {
    const runs = options.runs ?? DEFAULT_RUNS;
    const warmup = options.warmup ?? DEFAULT_WARMUP;
    const interval = options.sampleIntervalMs ?? DEFAULT_SAMPLE_INTERVAL_MS;
    checkCount('--runs', runs, 1);
    checkCount('--warmup', warmup, 0);
    if (options.timeoutSeconds !== undefined && !(options.timeoutSeconds > 0))
        throw new errors/* UsageError */.eb(`--timeout must be a number of seconds > 0, got ${options.timeoutSeconds}`);
    if (!(interval >= 1))
        throw new errors/* UsageError */.eb(`the sampling interval must be ≥ 1 ms, got ${interval}`);
    const argv = typeof options.command === 'string' ? ['sh', '-c', options.command] : [...options.command];
    if (argv.length === 0 || (typeof options.command === 'string' && options.command.trim() === ''))
        throw new errors/* UsageError */.eb('bench: no command given (model-gate bench [options] -- COMMAND [ARGS...])');
    const label = typeof options.command === 'string' ? options.command : argv.map(shellQuote).join(' ');
    const env = options.env ?? process.env;
    const warnings = [];
    const warn = (message) => {
        warnings.push(message);
        logger.warning(message);
    };
    const useProc = procAvailable();
    const gnuTimePath = options.gnuTime === false ? null : (options.gnuTime ?? DEFAULT_GNU_TIME);
    const gnuTime = gnuTimePath !== null && process.platform !== 'win32' && (await isGnuTime(gnuTimePath))
        ? gnuTimePath
        : null;
    const host = await collectHost(env);
    let gpu = null;
    let gpuWarned = false;
    const smi = findOnPath('nvidia-smi', env);
    if (smi) {
        gpu = new NvidiaSmiSampler(smi, interval, env);
        await gpu.start();
    }
    const checkGpu = () => {
        if (gpu?.failure && !gpuWarned) {
            gpuWarned = true;
            warn(`GPU not measured: ${gpu.failure}`);
        }
    };
    checkGpu();
    const method = describeMethod(useProc, gnuTime, interval, smi !== null && !gpu?.failure);
    const tmpDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'model-gate-bench-'));
    const ctx = {
        argv,
        env,
        gnuTime,
        useProc,
        tmpDir,
        sampleIntervalMs: interval,
        timeoutSeconds: options.timeoutSeconds,
        killGraceMs: options.killGraceMs ?? DEFAULT_KILL_GRACE_MS,
        keepSurvivors: options.keepSurvivors === true,
        gpu,
        logger,
    };
    const recorded = [];
    try {
        await logger.group(`Benchmark: ${label}`, async () => {
            for (let i = 0; i < warmup + runs; i++) {
                const isWarm = i < warmup;
                const k = isWarm ? i + 1 : i - warmup + 1;
                const of = isWarm ? warmup : runs;
                const name = isWarm ? `warm-up run ${k}/${of}` : `run ${k}/${of}`;
                const before = options.latencyFile ? fileVersion(options.latencyFile) : null;
                const outcome = await runOnce(ctx, {
                    index: k,
                    warmup: isWarm,
                    progressLabel: isWarm ? `Warm-up ${k}/${of}` : `Run ${k}/${of}`,
                });
                const run = outcome.run;
                checkGpu();
                recorded.push(run);
                if (outcome.survivors.length > 0)
                    warn(survivorWarning(name, outcome.survivors, outcome.survivorsKilled));
                // (After a timeout the failure itself names them.)
                if (outcome.unkillable.length > 0 && !run.timed_out)
                    warn(`${name}: ${outcome.unkillable.length} process(es) of the command could not be killed and are still ` +
                        `running: ${processList(outcome.unkillable)}.`);
                if (run.timed_out || run.exit_code !== 0) {
                    const what = failureText(run, outcome, options.timeoutSeconds);
                    if (!options.allowFailure) {
                        const tail = outcome.stderrTail;
                        throw new errors/* GateError */.ue(`Benchmark ${name} of "${label}" ${what}.` +
                            (tail.length
                                ? ` Last ${Math.min(tail.length, STDERR_LINES)} line(s) of its stderr:\n${tail.map((l) => `  ${(0,util_escape/* sanitizeTerminal */.iz)(l, STDERR_LINE_CHARS)}`).join('\n')}`
                                : ' It wrote nothing to stderr.'));
                    }
                    warn(`Benchmark ${name} ${what}; recorded, and left out of the summary (--allow-failure).`);
                    continue;
                }
                if (options.latencyFile) {
                    if (before !== null && fileVersion(options.latencyFile) === before)
                        warn(`${name}: the latency file ${options.latencyFile} was not rewritten by the run; its numbers may be stale.`);
                    Object.assign(run, latencyFigures(readLatencyFile(options.latencyFile, name), run.wall_seconds));
                }
            }
        });
    }
    finally {
        gpu?.stop();
        (0,external_node_fs_.rmSync)(tmpDir, { recursive: true, force: true });
    }
    const measured = recorded.filter((r) => !r.warmup && !r.timed_out && r.exit_code === 0);
    const summary = {};
    for (const field of SUMMARY_FIELDS) {
        if (!useProc && /^(cpu|peak)_/.test(field))
            continue; // not measured on this platform
        const values = measured
            .map((r) => r[field])
            .filter((v) => typeof v === 'number' && Number.isFinite(v));
        if (values.length > 0)
            summary[field] = summarize(values);
    }
    if (measured.length === 0)
        warn('No measured run succeeded: the benchmark summary is empty.');
    for (const w of wallTimeWarnings(measured.map((r) => r.wall_seconds), warmup))
        warn(w);
    if (gpu && !gpu.failure && measured.length > 0 && measured.every((r) => r.gpu_utilization_percent == null))
        warn(`GPU: no nvidia-smi sample fell inside a run (runs shorter than the ${interval} ms sampling interval?).`);
    const samplerCpu = measured.reduce((s, r) => s + r.sampler_cpu_seconds, 0);
    const samplerWall = measured.reduce((s, r) => s + r.wall_seconds, 0);
    if (samplerWall >= 1 && samplerCpu / samplerWall > SAMPLER_CPU_BUDGET)
        warn(`The measuring process used ${((100 * samplerCpu) / samplerWall).toFixed(1)}% of a core during the runs ` +
            `(budget ${100 * SAMPLER_CPU_BUDGET}%); timings may be disturbed on a busy machine.`);
    if (!useProc)
        warn(`CPU time and memory are not measured on ${process.platform} (no /proc): only wall time (and GPU) are reported; the cpu_* and peak_* fields of each run are 0. ` +
            `Processes the command leaves running, or that leave its process group, are neither found nor killed (a timeout kills the process group only).`);
    return {
        command: argv,
        runs: recorded,
        summary,
        host: host.withGpus(gpu?.devices() ?? []),
        method,
        warnings,
    };
}
/** At most this many processes are named in one warning (the count says how many in all). */
const PROCESSES_NAMED = 5;
const COMMAND_CHARS = 80;
/** "pid 123 (sleep 400), pid 124 (…) and 3 more", each command made inert for a log or terminal. */
function processList(processes) {
    const named = processes
        .slice(0, PROCESSES_NAMED)
        .map((p) => `pid ${p.pid} (${(0,util_escape/* escapeLogText */.dD)(p.command, COMMAND_CHARS)})`)
        .join(', ');
    const more = processes.length - PROCESSES_NAMED;
    return more > 0 ? `${named} and ${more} more` : named;
}
function survivorWarning(name, survivors, killed) {
    return (`${name}: ${survivors.length} process(es) started by the command were still running after it exited ` +
        (killed ? 'and were killed' : 'and were left running (keep-survivors)') +
        `: ${processList(survivors)}. ` +
        (killed ? '' : 'They may disturb the next runs. ') +
        "Their CPU time and memory after the exit are not measured, nor at all by the kernel's accounting if " +
        'their parent did not wait for them.');
}
function failureText(run, outcome, timeout) {
    if (outcome.spawnError)
        return `could not be started (${outcome.spawnError})`;
    if (run.timed_out) {
        const killed = outcome.killed.length ? `: ${processList(outcome.killed)}` : '';
        return outcome.unkillable.length
            ? `timed out after ${timeout} s; its process tree was signalled${killed}, but ` +
                `${outcome.unkillable.length} process(es) could not be killed: ${processList(outcome.unkillable)}`
            : `timed out after ${timeout} s; its whole process tree was killed${killed}`;
    }
    if (run.exit_code === null)
        return `was killed by ${run.signal}`;
    return `failed with exit status ${run.exit_code}${run.exit_code === 127 ? ' (command not found?)' : ''}`;
}
function describeMethod(useProc, gnuTime, interval, gpu) {
    const parts = [];
    if (useProc && gnuTime)
        parts.push(`CPU time and peak RSS: GNU time (${gnuTime}), the kernel's rusage of the command and its waited-for descendants (exact)`);
    else if (useProc)
        parts.push(`CPU time: the kernel's totals of the bench process's waited-for children (/proc/self/stat, exact to 10 ms); peak RSS: per-process VmHWM from /proc every ${interval} ms (sampled)`);
    else
        parts.push(`wall time only (no /proc on ${process.platform})`);
    if (useProc)
        parts.push(`tree RSS: sum over the live process tree from /proc every ${interval} ms (sampled)`);
    parts.push(gpu ? `GPU: nvidia-smi every ${interval} ms (sampled)` : 'GPU: not measured');
    return parts.join('; ');
}


/***/ }),

/***/ 96753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ loadBaseline)
});

// EXTERNAL MODULE: ./src/evaluate/metrics/index.ts
var metrics = __webpack_require__(89013);
// EXTERNAL MODULE: ./src/util/progress.ts
var progress = __webpack_require__(65365);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/result/examples.ts + 1 modules
var result_examples = __webpack_require__(5063);
// EXTERNAL MODULE: ./src/result/parse.ts + 1 modules
var parse = __webpack_require__(31794);
;// CONCATENATED MODULE: ./src/result/load.ts






/**
 * Loads a run folder (DIR/result.json + the sidecar named in `examples.file`) or a bare
 * result.json (sidecar looked up beside it). The sidecar name must be a plain relative path
 * inside the folder — absolute paths and '..' are rejected.
 */
async function loadRunFolder(pathDirOrFile, logger = progress/* silentLogger */.q) {
    let file = pathDirOrFile;
    let info;
    try {
        info = await (0,promises_.stat)(pathDirOrFile);
    }
    catch (e) {
        throw new errors/* InputError */.dz({ file: pathDirOrFile }, e.code === 'ENOENT' ? 'no such file or folder' : e.message);
    }
    if (info.isDirectory())
        file = (0,external_node_path_.join)(pathDirOrFile, 'result.json');
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz({ file }, e.code === 'ENOENT'
            ? 'no result.json in this folder (expected a model-gate run folder or a result.json)'
            : e.message);
    }
    const result = (0,parse/* parseResult */.F)(text, file);
    const warnings = [];
    let examples = null;
    if (result.examples) {
        const name = result.examples.file;
        const folder = (0,external_node_path_.dirname)(file);
        const sidecar = safeJoin(folder, name, file);
        let exists = true;
        try {
            await (0,promises_.stat)(sidecar);
        }
        catch {
            exists = false;
        }
        if (!exists) {
            warnings.push(`${file}: the examples file "${name}" is missing, so only unpaired tests are possible against this result.`);
        }
        else {
            try {
                examples = await (0,result_examples/* readExamples */.Ae)(sidecar, logger);
            }
            catch (e) {
                // A truncated or non-gzip sidecar surfaces as a zlib/stream error: still bad input.
                if (e instanceof errors/* GateError */.ue)
                    throw e;
                throw new errors/* InputError */.dz({ file: sidecar }, `is not a readable examples file (${e.message}); expected the examples file (${result_examples/* EXAMPLES_FORMATS */.xe.join(' or ')}) written beside result.json`);
            }
            if (examples.n !== result.n)
                throw new errors/* InputError */.dz({ file: sidecar }, `has ${examples.n} rows but ${file} says n = ${result.n}; the files do not belong together`);
        }
    }
    return { file, result, examples, warnings };
}
function safeJoin(folder, name, file) {
    if (typeof name !== 'string' || name === '' || name.includes('\0'))
        throw new errors/* InputError */.dz({ file }, 'examples.file must be a file name');
    const norm = (0,external_node_path_.normalize)(name);
    if ((0,external_node_path_.isAbsolute)(name) ||
        /^[a-zA-Z]:/.test(name) ||
        norm.split(/[\\/]/).includes('..') ||
        norm.startsWith(external_node_path_.sep))
        throw new errors/* InputError */.dz({ file }, `examples.file "${name}" must be a relative path inside the result's folder (no absolute path, no "..")`);
    return (0,external_node_path_.join)(folder, norm);
}

;// CONCATENATED MODULE: ./src/compare/baseline.ts



/**
 * Loads a baseline run folder or result.json (`loadRunFolder`) and reconciles its stored metrics
 * with the ones its sidecar implies.
 */
async function loadBaseline(pathDirOrFile, logger = progress/* silentLogger */.q) {
    const { file, result, examples, warnings } = await loadRunFolder(pathDirOrFile, logger);
    if (examples)
        reconcileMetrics(result, examples, file, warnings);
    return { result, examples, warnings };
}
/** Relative agreement expected between stored and recomputed metrics (same code, same data). */
const AGREEMENT = 1e-9;
/**
 * The sidecar holds every example, so the metrics can be recomputed from it. A result.json whose
 * figures contradict its own sidecar was edited (or is corrupt): the recomputed figures are used
 * — they are what the paired tests see too — and a warning names each metric that disagreed.
 */
function reconcileMetrics(result, examples, file, warnings) {
    const recomputed = (0,metrics/* computeMetrics */.pH)(examples).metrics;
    const changed = [];
    for (const [name, stored] of Object.entries(result.metrics)) {
        const fresh = recomputed[name];
        if (fresh === undefined)
            continue;
        const agree = stored === fresh ||
            (typeof stored === 'number' &&
                typeof fresh === 'number' &&
                Math.abs(stored - fresh) <= AGREEMENT * Math.max(1, Math.abs(stored), Math.abs(fresh)));
        if (agree)
            continue;
        changed.push(`${name} ${stored === null ? 'null' : stored} → ${fresh === null ? 'null' : fresh}`);
        result.metrics[name] = fresh;
    }
    if (changed.length)
        warnings.push(`${file}: the metrics in result.json contradict its examples file; using the figures recomputed from ` +
            `the examples (${changed.join(', ')}).`);
}


/***/ }),

/***/ 99117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ brierRowTerms)
/* harmony export */ });
/**
 * Brier score (binary, probability scores): mean((1[y = positive] − p)²), scikit-learn's
 * `brier_score_loss` with the positive label given. Per-row terms (NaN for rows without a
 * score), so a weighted mean is one O(n) pass.
 */
function brierRowTerms(scores, isPositive, include) {
    const n = scores.length;
    const terms = new Float64Array(n).fill(NaN);
    for (let i = 0; i < n; i++) {
        if (!include[i])
            continue;
        const d = (isPositive[i] ? 1 : 0) - scores[i];
        terms[i] = d * d;
    }
    return terms;
}


/***/ }),

/***/ 83521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* binding */ listLabels),
/* harmony export */   V5: () => (/* binding */ perClassStats),
/* harmony export */   qb: () => (/* binding */ classificationMetrics)
/* harmony export */ });
/* unused harmony exports f1Of, perClassScores */
/* harmony import */ var _util_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55421);
/* harmony import */ var _util_sum_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41863);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95241);



/** P = tp/(tp+fp), R = tp/(tp+fn), any 0/0 → 0; F1 = 2PR/(P+R), 0 when P+R = 0. */
function f1Of(precision, recall) {
    const denom = precision + recall;
    return denom === 0 ? 0 : (2 * precision * recall) / denom;
}
function perClassScores(totals) {
    const k = totals.tp.length;
    const precision = new Float64Array(k);
    const recall = new Float64Array(k);
    const f1 = new Float64Array(k);
    for (let c = 0; c < k; c++) {
        const tp = totals.tp[c];
        const pred = totals.predSum[c];
        const truth = totals.trueSum[c];
        precision[c] = pred === 0 ? 0 : tp / pred;
        recall[c] = truth === 0 ? 0 : tp / truth;
        f1[c] = f1Of(precision[c], recall[c]);
    }
    return { precision, recall, f1 };
}
/**
 * The classification metrics of result.json:
 * - `accuracy` = correct / n; a missing prediction is wrong. `error_rate` = 1 − accuracy.
 * - `balanced_accuracy` = mean recall over classes present in y_true; classes seen only in
 *   predictions are ignored (scikit-learn warns "y_pred contains classes not in y_true").
 * - `precision|recall|f1_macro` = plain mean of the per-class values over every class.
 * - `*_micro` pool tp/fp/fn over classes (P = Σtp/Σpredicted, R = Σtp/Σtrue). With missing
 *   predictions micro precision exceeds accuracy: a missing prediction is no false positive.
 * - `*_weighted` = per-class values weighted by true support; all 0 when there is no support.
 * - `mcc` (multiclass form) = (c·n − t·p) / √((n² − p·p)(n² − t·t)), c = correct, t = true
 *   counts, p = predicted counts (missing predictions form their own never-true column); a
 *   zero denominator gives 0, as scikit-learn.
 * - `cohen_kappa` = 1 − (n − c) / (n − t·p/n). Two identical constant raters give 0/0, which
 *   scikit-learn returns as NaN: reported as null with a warning (JSON has no NaN).
 * - binary `precision`, `recall`, `f1`: the per-class values of the positive label.
 */
function classificationMetrics(totals, options) {
    const { present, warnings } = options;
    const k = totals.tp.length;
    const n = totals.total;
    const out = {};
    if (n === 0) {
        warnings?.push('No rows to evaluate: every classification metric is null.');
        for (const name of _names_js__WEBPACK_IMPORTED_MODULE_1__/* .CLASSIFICATION_METRICS */ .$4)
            out[name] = null;
        if (options.positive !== undefined)
            out.precision = out.recall = out.f1 = null;
        return out;
    }
    const scores = perClassScores(totals);
    let correct = 0;
    let predTotal = 0;
    let classCount = 0;
    const pMacro = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
    const rMacro = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
    const fMacro = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
    const pWeighted = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
    const rWeighted = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
    const fWeighted = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
    const balanced = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
    let balancedCount = 0;
    const absentFromTruth = [];
    const tDotP = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
    const tDotT = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
    const pDotP = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
    for (let c = 0; c < k; c++) {
        const tp = totals.tp[c];
        const t = totals.trueSum[c];
        const p = totals.predSum[c];
        correct += tp;
        predTotal += p;
        tDotP.add(t * p);
        tDotT.add(t * t);
        pDotP.add(p * p);
        if (!present[c])
            continue;
        classCount++;
        pMacro.add(scores.precision[c]);
        rMacro.add(scores.recall[c]);
        fMacro.add(scores.f1[c]);
        pWeighted.add(scores.precision[c] * t);
        rWeighted.add(scores.recall[c] * t);
        fWeighted.add(scores.f1[c] * t);
        if (t > 0) {
            balanced.add(tp / t);
            balancedCount++;
        }
        else
            absentFromTruth.push(c);
    }
    // The missing-prediction column is a predicted "class" of its own for MCC (p·p), as it is
    // when the missing predictions are given scikit-learn as a label no row has as truth.
    pDotP.add(totals.missing * totals.missing);
    const accuracy = correct / n;
    out.accuracy = accuracy;
    out.error_rate = 1 - accuracy;
    if (balancedCount === 0) {
        out.balanced_accuracy = null;
    }
    else {
        out.balanced_accuracy = balanced.value / balancedCount;
    }
    if (absentFromTruth.length > 0 && warnings) {
        warnings.push(`balanced_accuracy ignores ${absentFromTruth.length} class(es) that occur only in the predictions ` +
            `(${listLabels(absentFromTruth, options.classes)}), as scikit-learn does.`);
    }
    out.precision_macro = classCount === 0 ? 0 : pMacro.value / classCount;
    out.recall_macro = classCount === 0 ? 0 : rMacro.value / classCount;
    out.f1_macro = classCount === 0 ? 0 : fMacro.value / classCount;
    const pMicro = predTotal === 0 ? 0 : correct / predTotal;
    const rMicro = correct / n;
    out.precision_micro = pMicro;
    out.recall_micro = rMicro;
    out.f1_micro = f1Of(pMicro, rMicro);
    out.precision_weighted = pWeighted.value / n;
    out.recall_weighted = rWeighted.value / n;
    out.f1_weighted = fWeighted.value / n;
    const n2 = n * n;
    const covYtYp = correct * n - tDotP.value;
    const covYpYp = n2 - pDotP.value;
    const covYtYt = n2 - tDotT.value;
    const denom = covYpYp * covYtYt;
    out.mcc = denom === 0 ? 0 : covYtYp / Math.sqrt(denom);
    const expectedDisagreement = n - tDotP.value / n;
    if (expectedDisagreement === 0) {
        out.cohen_kappa = null;
        warnings?.push('cohen_kappa is undefined (0/0: truth and predictions are the same single class); reported as null ' +
            '(scikit-learn returns NaN).');
    }
    else {
        out.cohen_kappa = 1 - (n - correct) / expectedDisagreement;
    }
    if (options.positive !== undefined) {
        const c = options.positive;
        out.precision = scores.precision[c];
        out.recall = scores.recall[c];
        out.f1 = scores.f1[c];
    }
    return out;
}
/** `per_class` of result.json: label → {precision, recall, f1, support} for every present class. */
function perClassStats(totals, classes, present) {
    const scores = perClassScores(totals);
    // Keyed by data: without a prototype, a class named "__proto__" or "constructor" is an ordinary key.
    const out = Object.create(null);
    for (let c = 0; c < classes.length; c++) {
        if (!present[c])
            continue;
        out[classes[c]] = {
            precision: scores.precision[c],
            recall: scores.recall[c],
            f1: scores.f1[c],
            support: totals.trueSum[c],
        };
    }
    return out;
}
function listLabels(indices, classes, max = 5) {
    const shown = indices.slice(0, max).map((c) => JSON.stringify((0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(classes[c], 60)));
    return indices.length > max ? `${shown.join(', ')}, … ${indices.length - max} more` : shown.join(', ');
}


/***/ }),

/***/ 47097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ buildPairTable),
/* harmony export */   ju: () => (/* binding */ sparseConfusion),
/* harmony export */   nB: () => (/* binding */ topConfusions),
/* harmony export */   rZ: () => (/* binding */ countPairs),
/* harmony export */   ys: () => (/* binding */ classTotals)
/* harmony export */ });
function buildPairTable(k, yTrue, yPred) {
    const n = yTrue.length;
    if (yPred.length !== n)
        throw new RangeError(`yTrue has ${n} rows but yPred has ${yPred.length}`);
    // Keys t·(k+1)+p stay below 2^53 for any class count a Map can hold.
    const width = k + 1;
    const index = new Map();
    const rowPair = new Int32Array(n);
    const pairTrue = [];
    const pairPred = [];
    for (let i = 0; i < n; i++) {
        const t = yTrue[i];
        const p = yPred[i];
        if (t < 0 || t >= k)
            throw new RangeError(`row ${i}: true class index ${t} is outside 0..${k - 1}`);
        if (p < -1 || p >= k)
            throw new RangeError(`row ${i}: predicted class index ${p} is outside -1..${k - 1}`);
        const col = p === -1 ? k : p;
        const key = t * width + col;
        let id = index.get(key);
        if (id === undefined) {
            id = pairTrue.length;
            index.set(key, id);
            pairTrue.push(t);
            pairPred.push(col);
        }
        rowPair[i] = id;
    }
    return { k, pairTrue: Int32Array.from(pairTrue), pairPred: Int32Array.from(pairPred), rowPair };
}
/** Weighted count of each pair; a weight of w is the row repeated w times. */
function countPairs(table, weights) {
    const counts = new Float64Array(table.pairTrue.length);
    const rowPair = table.rowPair;
    if (weights) {
        for (let i = 0; i < rowPair.length; i++)
            counts[rowPair[i]] += weights[i];
    }
    else {
        for (let i = 0; i < rowPair.length; i++)
            counts[rowPair[i]] += 1;
    }
    return counts;
}
function classTotals(table, counts) {
    const { k, pairTrue, pairPred } = table;
    const tp = new Float64Array(k);
    const predSum = new Float64Array(k);
    const trueSum = new Float64Array(k);
    let missing = 0;
    // Weighted counts are integers (bootstrap resample counts): plain sums are exact below 2^53.
    for (let j = 0; j < counts.length; j++) {
        const c = counts[j];
        if (c === 0)
            continue;
        const t = pairTrue[j];
        const p = pairPred[j];
        trueSum[t] += c;
        if (p === k)
            missing += c;
        else {
            predSum[p] += c;
            if (p === t)
                tp[t] += c;
        }
    }
    // Every row has a true class, so the row sums add up to all rows, missing predictions included.
    let total = 0;
    for (let t = 0; t < k; t++)
        total += trueSum[t];
    return { tp, predSum, trueSum, missing, total };
}
/** Pair indices with a non-zero count, ordered by true then predicted label (`classes` order). */
function sortedPairs(table, counts) {
    const width = table.k + 1;
    const ids = [];
    for (let j = 0; j < counts.length; j++)
        if (counts[j] !== 0 && table.pairPred[j] !== table.k)
            ids.push(j);
    ids.sort((a, b) => table.pairTrue[a] * width + table.pairPred[a] - (table.pairTrue[b] * width + table.pairPred[b]));
    return ids;
}
/**
 * `confusion` for result.json: every class as `labels`, and the non-zero cells as
 * `[true, predicted, count]`, sorted by true label then predicted label in `labels` order.
 */
function sparseConfusion(classes, table, counts) {
    const cells = sortedPairs(table, counts).map((j) => [
        classes[table.pairTrue[j]],
        classes[table.pairPred[j]],
        counts[j],
    ]);
    return { labels: classes.slice(), counts: cells };
}
/**
 * The most frequent mistakes: off-diagonal cells by count, descending; ties broken by true label,
 * then predicted label, in `classes` order (so the list is deterministic).
 */
function topConfusions(classes, table, counts, limit = 10) {
    const off = sortedPairs(table, counts).filter((j) => table.pairTrue[j] !== table.pairPred[j]);
    // Array.prototype.sort is stable, so equal counts keep the (true, predicted) order.
    off.sort((a, b) => counts[b] - counts[a]);
    return off.slice(0, limit).map((j) => ({
        true: classes[table.pairTrue[j]],
        predicted: classes[table.pairPred[j]],
        count: counts[j],
    }));
}


/***/ }),

/***/ 53178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xj: () => (/* binding */ NO_LOG_LOSS),
  eT: () => (/* binding */ assignBinaryScores),
  K0: () => (/* binding */ assignMulticlassScores),
  __: () => (/* binding */ binarySetupWarnings),
  mj: () => (/* binding */ createMetricEvaluator),
  fn: () => (/* binding */ matrixLogLoss),
  _P: () => (/* binding */ multiclassSetupWarnings),
  iA: () => (/* binding */ prepare),
  Ug: () => (/* binding */ validPositive)
});

// EXTERNAL MODULE: ./src/util/sum.ts
var util_sum = __webpack_require__(41863);
// EXTERNAL MODULE: ./src/evaluate/metrics/classification.ts
var classification = __webpack_require__(83521);
// EXTERNAL MODULE: ./src/evaluate/metrics/confusion.ts
var confusion = __webpack_require__(47097);
// EXTERNAL MODULE: ./src/evaluate/metrics/brier.ts
var metrics_brier = __webpack_require__(99117);
// EXTERNAL MODULE: ./src/evaluate/metrics/log-loss.ts
var log_loss = __webpack_require__(33971);
// EXTERNAL MODULE: ./src/evaluate/metrics/ranking.ts
var ranking = __webpack_require__(69523);
// EXTERNAL MODULE: ./src/evaluate/metrics/score-rankings.ts
var score_rankings = __webpack_require__(21247);
// EXTERNAL MODULE: ./src/evaluate/metrics/regression.ts
var metrics_regression = __webpack_require__(8100);
;// CONCATENATED MODULE: ./src/evaluate/metrics/weighted-mean.ts

/**
 * Σ wᵢxᵢ / Σ wᵢ over the rows whose value is not NaN (rows excluded from a metric carry NaN),
 * compensated, as numpy's `np.average(x, weights=w)`. NaN when no weight remains.
 */
function weightedMean(values, weights) {
    const sum = new util_sum/* CompensatedSum */.$();
    let total = 0;
    for (let i = 0; i < values.length; i++) {
        const x = values[i];
        if (x !== x)
            continue;
        if (weights) {
            const w = weights[i];
            if (w === 0)
                continue;
            sum.add(w * x);
            total += w;
        }
        else {
            sum.add(x);
            total += 1;
        }
    }
    return total === 0 ? NaN : sum.value / total;
}

// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(55421);
// EXTERNAL MODULE: ./src/evaluate/metrics/probability.ts
var metrics_probability = __webpack_require__(84918);
;// CONCATENATED MODULE: ./src/evaluate/metrics/evaluator.ts











/**
 * Precomputes once what does not depend on the weights — the (true, predicted) pair of each
 * row, the descending score orders and tie groups for ROC AUC / average precision, the per-row
 * log loss and Brier terms, the order of the absolute errors — so that each evaluation is O(n)
 * (O(n·k) for multiclass scores) with no sorting.
 */
function createMetricEvaluator(data) {
    const prepared = prepare(data);
    return (weights) => prepared.evaluate(weights, null);
}
function prepare(data) {
    if (data.task === 'regression') {
        const regression = (0,metrics_regression/* prepareRegression */.z7)(data);
        return {
            evaluate(weights, warnings) {
                checkWeights(weights, data.n);
                return regression.evaluate(weights, warnings);
            },
        };
    }
    return prepareClassification(data);
}
function checkWeights(weights, n) {
    if (weights && weights.length !== n)
        throw new RangeError(`expected ${n} weights, got ${weights.length}`);
}
function prepareClassification(data) {
    const { classes, yTrue, yPred } = data;
    const n = yTrue.length;
    const k = classes.length;
    const table = (0,confusion/* buildPairTable */.Jc)(k, yTrue, yPred);
    const counts = (0,confusion/* countPairs */.rZ)(table);
    const totals = (0,confusion/* classTotals */.ys)(table, counts);
    // scikit-learn's label set is the labels that occur, whatever their weight.
    const present = new Uint8Array(k);
    for (let c = 0; c < k; c++)
        if (totals.trueSum[c] > 0 || totals.predSum[c] > 0)
            present[c] = 1;
    const setupWarnings = [];
    const positive = validPositive(data, setupWarnings);
    let scoreEvaluator = null;
    if (data.scores) {
        scoreEvaluator =
            data.task === 'binary'
                ? positive === undefined
                    ? null
                    : prepareBinaryScores(data, positive, setupWarnings)
                : prepareMulticlassScores(data, setupWarnings);
    }
    return {
        evaluate(weights, warnings) {
            checkWeights(weights, n);
            if (warnings)
                warnings.push(...setupWarnings);
            const t = weights ? (0,confusion/* classTotals */.ys)(table, (0,confusion/* countPairs */.rZ)(table, weights)) : totals;
            const out = (0,classification/* classificationMetrics */.qb)(t, { present, positive, classes, warnings });
            if (scoreEvaluator)
                scoreEvaluator(weights, warnings, out);
            return out;
        },
        classification: { table, counts, totals, present },
    };
}
/** The binary task's positive class, or undefined (with a warning) when it is not a class. */
function validPositive(data, setup) {
    const positive = data.task === 'binary' ? data.positive : undefined;
    const k = data.classes.length;
    if (data.task === 'binary' && (positive === undefined || positive < 0 || positive >= k)) {
        setup.push('Binary task without a valid positive label: precision, recall and f1 are not computed.');
        return undefined;
    }
    return positive;
}
function nanRowsWarning(skipped, metrics) {
    return `${skipped} row(s) without scores (NaN) were left out of ${metrics}.`;
}
/**
 * Binary scores of the positive class. Probabilities (every score in [0, 1], or `scoreKind`):
 * `roc_auc`, `average_precision`, `log_loss`, `brier`; decision scores: the first two only.
 * Rows with a NaN score are left out of these, with a warning saying how many.
 */
function prepareBinaryScores(data, positive, setup) {
    const scores = data.scores;
    const n = data.yTrue.length;
    if (scores.length !== n)
        throw new RangeError(`expected ${n} scores, got ${scores.length}`);
    const include = new Uint8Array(n);
    const isPositive = new Uint8Array(n);
    let skipped = 0;
    let inUnitInterval = true;
    for (let i = 0; i < n; i++) {
        isPositive[i] = data.yTrue[i] === positive ? 1 : 0;
        const s = scores[i];
        if (Number.isNaN(s))
            skipped++;
        else {
            include[i] = 1;
            if (!(s >= 0 && s <= 1))
                inUnitInterval = false;
        }
    }
    const probability = (0,metrics_probability/* isProbabilityScore */.kC)(data.scoreKind, inUnitInterval);
    const ranked = (0,ranking/* rankedColumn */.E)((0,score_rankings/* rankScoreColumn */.h)(scores, 1, 0, include), isPositive);
    const ones = new Float64Array(n).fill(1);
    const logLoss = !probability
        ? null
        : data.logLossScores
            ? matrixLogLoss(data, include)
            : (0,log_loss/* binaryRowLogLoss */.f)(scores, isPositive, include);
    const brier = probability ? (0,metrics_brier/* brierRowTerms */.e)(scores, isPositive, include) : null;
    binarySetupWarnings(skipped, probability, setup);
    // scikit-learn decides "one class only" on the unweighted labels of the scored rows.
    let pos = 0;
    for (let i = 0; i < n; i++)
        if (include[i] && isPositive[i])
            pos++;
    const scored = n - skipped;
    return (weights, warnings, out) => {
        const r = (0,ranking/* rankingValues */.d)(ranked, weights ?? ones);
        assignBinaryScores(out, warnings, {
            auc: r.auc,
            ap: r.ap,
            pos,
            scored,
            positiveLabel: data.classes[positive],
            logLoss: logLoss ? weightedMean(logLoss, weights) : undefined,
            brier: brier ? weightedMean(brier, weights) : undefined,
        });
    };
}
/**
 * Binary log loss from every given probability column (`data.logLossScores`): each row clipped and
 * renormalised over all of them, as scikit-learn 1.2's `log_loss(y, P, labels=columns)`.
 */
function matrixLogLoss(data, include) {
    const columns = data.logLossClasses;
    const k = columns.length;
    const columnOf = new Map(columns.map((label, j) => [label, j]));
    const classColumn = Int32Array.from(data.classes, (label) => columnOf.get(label) ?? -1);
    const trueColumn = Int32Array.from(data.yTrue, (c) => classColumn[c]);
    return (0,log_loss/* multiclassRowLogLoss */.R)(data.logLossScores, k, trueColumn, include);
}
function binarySetupWarnings(skipped, probability, setup) {
    if (skipped > 0) {
        setup.push(nanRowsWarning(skipped, probability ? 'roc_auc, average_precision, log_loss and brier' : 'roc_auc and average_precision'));
    }
}
/** Sets roc_auc, average_precision (and log_loss, brier) with the warnings of undefined values. */
function assignBinaryScores(out, warnings, v) {
    const { pos, scored } = v;
    const positiveLabel = JSON.stringify((0,util_escape/* truncate */.xv)(v.positiveLabel, 60));
    const oneClass = pos === 0 || pos === scored;
    out.roc_auc = oneClass || Number.isNaN(v.auc) ? null : v.auc;
    if (warnings && out.roc_auc === null) {
        warnings.push(scored === 0
            ? 'roc_auc is undefined: no row has a score; reported as null.'
            : `roc_auc is undefined: y_true contains only ${pos === 0 ? 'negatives' : `the positive label ${positiveLabel}`}` +
                ' among the scored rows; reported as null (scikit-learn raises "Only one class present in y_true").');
    }
    if (Number.isNaN(v.ap)) {
        // scikit-learn: recall is 1 at every threshold, so the step integral is (-)0.
        out.average_precision = scored === 0 ? null : 0;
        warnings?.push(scored === 0
            ? 'average_precision is undefined: no row has a score; reported as null.'
            : `average_precision: y_true has no positive (${positiveLabel}) among the scored rows; reported as 0, ` +
                'as scikit-learn (which warns).');
    }
    else
        out.average_precision = v.ap;
    if (v.logLoss !== undefined && v.brier !== undefined) {
        out.log_loss = nullIfNaN(v.logLoss);
        out.brier = nullIfNaN(v.brier);
    }
}
/**
 * Multiclass scores, one probability column per `scoreClasses` entry (scikit-learn's `labels=`):
 * - `roc_auc`: one-vs-rest, macro — the plain mean over the columns of the binary AUC of "this
 *   class vs the rest" on that class's column. scikit-learn requires every row to sum to 1
 *   (`np.allclose`) and raises otherwise; we compute it anyway and warn. A column whose class is
 *   never (or always) the true label has no defined AUC: scikit-learn raises, we report null.
 * - `log_loss`: see log-loss.ts.
 * Rows with any NaN probability (no prediction) are left out of both, with a warning.
 */
function prepareMulticlassScores(data, setup) {
    const scores = data.scores;
    const columns = data.scoreClasses ?? [];
    const kc = columns.length;
    const n = data.yTrue.length;
    if (kc === 0 || scores.length !== n * kc) {
        throw new RangeError(`expected ${n} × ${kc} scores (scoreClasses), got ${scores.length}`);
    }
    const columnOf = new Map();
    columns.forEach((label, c) => columnOf.set(label, c));
    const classColumn = Int32Array.from(data.classes, (label) => columnOf.get(label) ?? -1);
    const trueColumn = new Int32Array(n);
    const include = new Uint8Array(n);
    let skipped = 0;
    let notSummingToOne = 0;
    for (let i = 0; i < n; i++) {
        const col = classColumn[data.yTrue[i]];
        if (col < 0)
            throw new RangeError(`row ${i}: true label ${data.classes[data.yTrue[i]]} has no score column`);
        trueColumn[i] = col;
        let sum = 0;
        let nan = false;
        for (let c = 0; c < kc; c++) {
            const p = scores[i * kc + c];
            if (Number.isNaN(p))
                nan = true;
            sum += p;
        }
        if (nan) {
            skipped++;
            continue;
        }
        include[i] = 1;
        if (!(0,metrics_probability/* sumsToOne */.Cq)(sum))
            notSummingToOne++;
    }
    multiclassSetupWarnings(skipped, notSummingToOne, setup);
    // One-vs-rest: per column, its rows' membership and its own descending order.
    const ranked = [];
    const undefinedColumns = [];
    for (let c = 0; c < kc; c++) {
        const isPos = new Uint8Array(n);
        let pos = 0;
        let scored = 0;
        for (let i = 0; i < n; i++) {
            if (!include[i])
                continue;
            scored++;
            if (trueColumn[i] === c) {
                isPos[i] = 1;
                pos++;
            }
        }
        if (pos === 0 || pos === scored)
            undefinedColumns.push(c);
        ranked.push((0,ranking/* rankedColumn */.E)((0,score_rankings/* rankScoreColumn */.h)(scores, kc, c, include), isPos));
    }
    const ones = new Float64Array(n).fill(1);
    const logLoss = kc >= 2 ? (0,log_loss/* multiclassRowLogLoss */.R)(scores, kc, trueColumn, include) : null;
    if (!logLoss)
        setup.push(NO_LOG_LOSS);
    return (weights, warnings, out) => {
        assignMulticlassScores(out, warnings, {
            columns,
            undefinedColumns,
            aucOf: (c) => (0,ranking/* rankingValues */.d)(ranked[c], weights ?? ones).auc,
            logLoss: logLoss ? weightedMean(logLoss, weights) : null,
        });
    };
}
const NO_LOG_LOSS = 'log_loss needs at least two score columns; reported as null.';
function multiclassSetupWarnings(skipped, notSummingToOne, setup) {
    if (skipped > 0)
        setup.push(nanRowsWarning(skipped, 'roc_auc and log_loss'));
    if (notSummingToOne > 0) {
        setup.push(`${notSummingToOne} row(s) of class probabilities do not sum to 1: roc_auc was computed anyway ` +
            '(scikit-learn raises) and log_loss renormalises each row (as scikit-learn 1.2).');
    }
}
/** Sets roc_auc (one-vs-rest, macro) and log_loss, with the warnings of undefined values. */
function assignMulticlassScores(out, warnings, v) {
    const { columns, undefinedColumns } = v;
    const kc = columns.length;
    if (undefinedColumns.length > 0) {
        out.roc_auc = null;
        warnings?.push(`roc_auc is undefined: one-vs-rest AUC needs each class present and absent in y_true, and ` +
            `${(0,classification/* listLabels */.ME)(undefinedColumns, columns)} ${undefinedColumns.length === 1 ? 'is' : 'are'} not; ` +
            'reported as null (scikit-learn raises).');
    }
    else {
        // Macro: the plain mean of the k one-vs-rest AUCs. Weights can still empty a column's
        // positives or negatives (scikit-learn then returns NaN): null.
        const sum = new util_sum/* CompensatedSum */.$();
        let defined = true;
        for (let c = 0; c < kc; c++) {
            const auc = v.aucOf(c);
            if (Number.isNaN(auc))
                defined = false;
            sum.add(auc);
        }
        out.roc_auc = defined ? sum.value / kc : null;
    }
    out.log_loss = v.logLoss !== null ? nullIfNaN(v.logLoss) : null;
}
function nullIfNaN(x) {
    return Number.isNaN(x) ? null : x;
}


/***/ }),

/***/ 89013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mj: () => (/* reexport safe */ _evaluator_js__WEBPACK_IMPORTED_MODULE_1__.mj),
/* harmony export */   pH: () => (/* binding */ computeMetrics)
/* harmony export */ });
/* harmony import */ var _classification_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83521);
/* harmony import */ var _confusion_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47097);
/* harmony import */ var _evaluator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53178);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95241);





/**
 * All metrics of the data, as scikit-learn 1.2 computes them (to ~1e-15 relative; tested to
 * 1e-9), plus per-class statistics, the sparse confusion matrix and the top confusions.
 */
function computeMetrics(data) {
    const warnings = [];
    const prepared = (0,_evaluator_js__WEBPACK_IMPORTED_MODULE_1__/* .prepare */ .iA)(data);
    const metrics = prepared.evaluate(undefined, warnings);
    const cls = prepared.classification;
    if (data.task === 'regression' || !cls) {
        return { metrics, top_confusions: [], error_rate: null, warnings: dedupe(warnings) };
    }
    return {
        metrics,
        per_class: (0,_classification_js__WEBPACK_IMPORTED_MODULE_0__/* .perClassStats */ .V5)(cls.totals, data.classes, cls.present),
        confusion: (0,_confusion_js__WEBPACK_IMPORTED_MODULE_3__/* .sparseConfusion */ .ju)(data.classes, cls.table, cls.counts),
        top_confusions: (0,_confusion_js__WEBPACK_IMPORTED_MODULE_3__/* .topConfusions */ .nB)(data.classes, cls.table, cls.counts, 10),
        error_rate: metrics.error_rate ?? null,
        warnings: dedupe(warnings),
    };
}
function dedupe(warnings) {
    return [...new Set(warnings)];
}


/***/ }),

/***/ 33971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ multiclassRowLogLoss),
/* harmony export */   f: () => (/* binding */ binaryRowLogLoss)
/* harmony export */ });
/* harmony import */ var _probability_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84918);

/**
 * Log loss as scikit-learn 1.2: clip every probability to [eps, 1 − eps] with
 * eps = 2.220446049250313e-16 (float64 machine epsilon; ≤ 1.1 used 1e-15), renormalise each row
 * to sum 1, then the mean of −ln p(true class). Binary with one score column: p₁ = score,
 * p₀ = 1 − score (after clipping, as scikit-learn). Multiclass: the columns are `scoreClasses`
 * (scikit-learn's `labels=`), so a column class seen in no row still takes part in the
 * renormalisation. (scikit-learn 1.5+ stopped renormalising; we match 1.2.)
 *
 * These return the loss of each row (NaN for rows without scores), so that a weighted mean is an
 * O(n) pass per bootstrap resample.
 */
function binaryRowLogLoss(scores, isPositive, include) {
    const n = scores.length;
    const loss = new Float64Array(n).fill(NaN);
    for (let i = 0; i < n; i++) {
        if (!include[i])
            continue;
        loss[i] = (0,_probability_js__WEBPACK_IMPORTED_MODULE_0__/* .binaryLogLossTerm */ .jC)(scores[i], isPositive[i] === 1);
    }
    return loss;
}
/**
 * @param probabilities n × k, row-major, columns in `scoreClasses` order.
 * @param trueColumn the score column of each row's true class.
 */
function multiclassRowLogLoss(probabilities, k, trueColumn, include) {
    const n = trueColumn.length;
    const loss = new Float64Array(n).fill(NaN);
    for (let i = 0; i < n; i++) {
        if (!include[i])
            continue;
        loss[i] = (0,_probability_js__WEBPACK_IMPORTED_MODULE_0__/* .rowLogLossTerm */ .mj)(probabilities, i * k, k, trueColumn[i]);
    }
    return loss;
}


/***/ }),

/***/ 95241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ CLASSIFICATION_METRICS),
/* harmony export */   yn: () => (/* binding */ FLOAT64_EPS)
/* harmony export */ });
/* unused harmony exports BINARY_METRICS, PROBABILITY_METRICS, BINARY_PROBABILITY_METRICS, DECISION_METRICS, REGRESSION_METRICS, TEXT_METRICS */
/* harmony import */ var _registry_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36502);
/**
 * Metric names as they appear in result.json `metrics` (see docs/metrics.md), grouped by what a
 * result needs to carry them. Derived from the metric registry (./registry.ts): a new metric is a
 * declaration there, not an entry here.
 */

const names = (keep) => _registry_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_DECLARATIONS */ .Vd.filter(keep).map((d) => d.name);
/** Every classification result (binary and multiclass), from labels alone. */
const CLASSIFICATION_METRICS = names((d) => d.tasks.includes('multiclass') && d.input === 'labels');
/** Binary only: the scores of the positive label. */
const BINARY_METRICS = names((d) => d.tasks.length === 1 && d.tasks[0] === 'binary' && d.input === 'labels');
/** With probability scores (binary: also `average_precision`, `brier`). */
const PROBABILITY_METRICS = names((d) => d.tasks.includes('multiclass') && d.input !== 'labels');
const BINARY_PROBABILITY_METRICS = names((d) => !d.tasks.includes('multiclass') && d.tasks.includes('binary') && d.input !== 'labels');
/** Binary decision scores (not probabilities): ranking metrics only. */
const DECISION_METRICS = names((d) => d.tasks.includes('binary') && d.input === 'scores');
const REGRESSION_METRICS = names((d) => d.tasks.includes('regression'));
/** Generated text against references (src/evaluate/metrics/text/). */
const TEXT_METRICS = names((d) => d.tasks.includes('text'));
/** float64 machine epsilon: scikit-learn 1.2's log-loss clip and MAPE floor. */
const FLOAT64_EPS = 2.220446049250313e-16;


/***/ }),

/***/ 84918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ sumsToOne),
/* harmony export */   Rs: () => (/* binding */ probabilityRowOff),
/* harmony export */   jC: () => (/* binding */ binaryLogLossTerm),
/* harmony export */   kC: () => (/* binding */ isProbabilityScore),
/* harmony export */   mj: () => (/* binding */ rowLogLossTerm)
/* harmony export */ });
/* unused harmony export clipProbability */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95241);

/**
 * The rules about probabilities that the reader, the in-memory metrics and the streaming metrics
 * must apply identically: each is written once, here.
 */
/**
 * Whether a row of class probabilities sums to 1, as scikit-learn checks it (`numpy.allclose(1,
 * sum)`: |1 − sum| ≤ 1e-8 + 1e-5·|sum|).
 */
function sumsToOne(sum) {
    return Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum);
}
/** The reader's side of `sumsToOne`: true when the row is off (NaN sums are off too). */
function probabilityRowOff(sum) {
    return !sumsToOne(sum);
}
/**
 * Whether binary scores are probabilities (log loss and Brier apply) or decision scores: as
 * declared by the reader, else probabilities exactly when every score is in [0, 1].
 */
function isProbabilityScore(declared, everyScoreInUnitInterval) {
    return (declared ?? (everyScoreInUnitInterval ? 'probability' : 'decision')) === 'probability';
}
/** scikit-learn 1.2's clipping of probabilities before the log: to [eps, 1 − eps]. */
function clipProbability(p) {
    return p < _names_js__WEBPACK_IMPORTED_MODULE_0__/* .FLOAT64_EPS */ .yn ? _names_js__WEBPACK_IMPORTED_MODULE_0__/* .FLOAT64_EPS */ .yn : p > 1 - _names_js__WEBPACK_IMPORTED_MODULE_0__/* .FLOAT64_EPS */ .yn ? 1 - _names_js__WEBPACK_IMPORTED_MODULE_0__/* .FLOAT64_EPS */ .yn : p;
}
/** −ln p(true) of one binary row given the positive-class probability (p₀ = 1 − clipped p₁). */
function binaryLogLossTerm(score, isPositive) {
    const p1 = clipProbability(score);
    const p0 = 1 - p1;
    // The same float operations as scikit-learn: divide by the row sum, then take the log.
    return -Math.log((isPositive ? p1 : p0) / (p0 + p1));
}
/**
 * −ln p(true) of one row of k probabilities (from `base` in `probabilities`), each clipped, the
 * row renormalised to sum 1. Left to right like numpy's row sum for the few columns a row has
 * (k < 8); for more columns the difference is an ulp of the row sum.
 */
function rowLogLossTerm(probabilities, base, k, trueColumn) {
    let rowSum = 0;
    for (let c = 0; c < k; c++)
        rowSum += clipProbability(probabilities[base + c]);
    return -Math.log(clipProbability(probabilities[base + trueColumn]) / rowSum);
}


/***/ }),

/***/ 69523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ rankedColumn),
/* harmony export */   d: () => (/* binding */ rankingValues)
/* harmony export */ });
function rankedColumn(ranking, isPositive) {
    const { order, lastInGroup } = ranking;
    const positive = new Uint8Array(order.length);
    for (let j = 0; j < order.length; j++)
        positive[j] = isPositive[order[j]];
    return { order, positive, lastInGroup };
}
/**
 * One pass over the thresholds (distinct scores, descending) computing both:
 *
 * - ROC AUC, binary: the Mann-Whitney form [#(s⁺ > s⁻) + ½·#(s⁺ = s⁻)] / (P·N), which equals
 *   scikit-learn's trapezoidal area under the ROC curve, tied scores counting half. Undefined when
 *   y_true holds one class only (scikit-learn raises).
 * - Average precision: step-wise, AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ over the distinct score thresholds in
 *   descending order (tied scores form one threshold; no interpolation, not the trapezoid).
 *   With no positive scikit-learn returns 0 with a warning; the caller decides.
 *
 * `weights` are row multiplicities (all ones when unweighted; 16-bit counts from the lean
 * paired bootstrap in src/compare/stats/weighted-rank-bootstrap.ts). With integer weights the AUC
 * numerator is a sum of halves below 2^52 (up to ~10^8 rows), so plain summation is exact; the
 * AP terms are not, and are Neumaier-compensated.
 */
function rankingValues(column, weights) {
    const { order, positive, lastInGroup } = column;
    let tps = 0;
    let fps = 0;
    let gp = 0;
    let gn = 0;
    let aucNumerator = 0;
    let apSum = 0;
    let apCompensation = 0;
    for (let j = 0; j < order.length; j++) {
        // Branch-free: the class of neighbouring rows is unpredictable.
        const w = weights[order[j]];
        const pw = positive[j] * w;
        gp += pw;
        gn += w - pw;
        if (lastInGroup[j] === 0)
            continue;
        // Negatives at this threshold rank below every earlier positive and tie with this group's.
        aucNumerator += gn * (tps + gp * 0.5);
        tps += gp;
        fps += gn;
        // A threshold without positives adds 0 (testing gp would be an unpredictable branch).
        const seen = tps + fps;
        const x = seen > 0 ? gp * (tps / seen) : 0;
        const t = apSum + x;
        apCompensation += apSum >= x ? apSum - t + x : x - t + apSum; // both ≥ 0: no Math.abs
        apSum = t;
        gp = 0;
        gn = 0;
    }
    const auc = tps === 0 || fps === 0 ? NaN : aucNumerator / (tps * fps);
    const ap = tps === 0 ? NaN : (apSum + apCompensation) / tps;
    return { auc, ap, positives: tps, negatives: fps };
}


/***/ }),

/***/ 8100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ MedianWalk),
/* harmony export */   NC: () => (/* binding */ regressionMetrics),
/* harmony export */   Ud: () => (/* binding */ needsTotalSquares),
/* harmony export */   ij: () => (/* binding */ absoluteError),
/* harmony export */   ol: () => (/* binding */ squaredError),
/* harmony export */   q9: () => (/* binding */ absolutePercentageError),
/* harmony export */   z7: () => (/* binding */ prepareRegression)
/* harmony export */ });
/* harmony import */ var _util_sum_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41863);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95241);
/* harmony import */ var _util_sort_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21658);



function prepareRegression(data) {
    const { yTrue, yPred } = data;
    const n = yTrue.length;
    if (yPred.length !== n)
        throw new RangeError(`yTrue has ${n} rows but yPred has ${yPred.length}`);
    const rows = [];
    for (let i = 0; i < n; i++)
        if (!Number.isNaN(yPred[i]) && !Number.isNaN(yTrue[i]))
            rows.push(i);
    const m = rows.length;
    const skipped = n - m;
    const index = Int32Array.from(rows);
    const y = new Float64Array(m);
    const abs = new Float64Array(m);
    const sq = new Float64Array(m);
    const ape = new Float64Array(m);
    for (let j = 0; j < m; j++) {
        const i = index[j];
        y[j] = yTrue[i];
        abs[j] = absoluteError(yTrue[i], yPred[i]);
        sq[j] = squaredError(yTrue[i], yPred[i]);
        ape[j] = absolutePercentageError(yTrue[i], yPred[i]);
    }
    // Sorted once so a weighted median is a walk, not a sort per resample.
    const byAbs = (0,_util_sort_js__WEBPACK_IMPORTED_MODULE_1__/* .rankAscending */ .Zv)(abs, null).order;
    return {
        evaluate(weights, warnings) {
            if (skipped > 0)
                warnings?.push(`${skipped} row(s) without a numeric prediction were left out.`);
            const w = weights ? new Float64Array(m) : null;
            if (weights && w)
                for (let j = 0; j < m; j++)
                    w[j] = weights[index[j]];
            const sAbs = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
            const sSq = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
            const sApe = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
            const sY = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
            let total = 0;
            let maxError = -Infinity;
            let yMin = Infinity;
            let yMax = -Infinity;
            for (let j = 0; j < m; j++) {
                const wj = w ? w[j] : 1;
                if (wj === 0)
                    continue;
                total += wj;
                sAbs.add(wj * abs[j]);
                sSq.add(wj * sq[j]);
                sApe.add(wj * ape[j]);
                sY.add(wj * y[j]);
                if (abs[j] > maxError)
                    maxError = abs[j];
                if (y[j] < yMin)
                    yMin = y[j];
                if (y[j] > yMax)
                    yMax = y[j];
            }
            return regressionMetrics({ total, sAbs, sSq, sApe, sY, maxError, yMin, yMax }, () => weightedMedian(abs, byAbs, w, total), (mean) => {
                const sst = new _util_sum_js__WEBPACK_IMPORTED_MODULE_2__/* .CompensatedSum */ .$();
                for (let j = 0; j < m; j++) {
                    const wj = w ? w[j] : 1;
                    if (wj === 0)
                        continue;
                    const d = y[j] - mean;
                    sst.add(wj * d * d);
                }
                return sst.value;
            }, warnings);
        },
    };
}
/** The per-example terms of mae, mse and mape (also the paired tests' per-example differences). */
function absoluteError(yTrue, yPred) {
    return Math.abs(yPred - yTrue);
}
function squaredError(yTrue, yPred) {
    const e = yPred - yTrue;
    return e * e;
}
function absolutePercentageError(yTrue, yPred) {
    return Math.abs(yPred - yTrue) / Math.max(Math.abs(yTrue), _names_js__WEBPACK_IMPORTED_MODULE_0__/* .FLOAT64_EPS */ .yn);
}
/** Whether r2 needs Σ(y − ȳ)² (a second pass over the rows). */
function needsTotalSquares(s) {
    return s.total >= 2 && s.yMin !== s.yMax;
}
/** The regression metrics from the sums, the median |error| and Σ w(y − mean)² (`sst`). */
function regressionMetrics(s, median, sst, warnings) {
    const { total } = s;
    if (total === 0) {
        warnings?.push('No rows to evaluate: every regression metric is null.');
        return { mae: null, mse: null, rmse: null, r2: null, mape: null, median_ae: null, max_error: null };
    }
    const mse = s.sSq.value / total;
    const out = {
        mae: s.sAbs.value / total,
        mse,
        rmse: Math.sqrt(mse),
        r2: null,
        mape: s.sApe.value / total,
        median_ae: median(),
        max_error: s.maxError,
    };
    // Counted in repeated rows: one row of weight 2 is two equal rows (scikit-learn counts rows).
    if (total < 2) {
        warnings?.push('r2 needs at least two rows; reported as null (scikit-learn returns NaN).');
    }
    else {
        const sse = s.sSq.value;
        if (s.yMin === s.yMax) {
            out.r2 = sse === 0 ? 1 : 0;
            warnings?.push(`r2: the target is constant, so R² is ${out.r2} by convention (scikit-learn's force_finite).`);
        }
        else {
            out.r2 = sse === 0 ? 1 : 1 - sse / sst(s.sY.value / total);
        }
    }
    return out;
}
/** The median of a sorted walk: feed each value (ascending) with its count until it returns true. */
class MedianWalk {
    lowRank;
    highRank;
    low = NaN;
    seen = 0;
    value = NaN;
    constructor(total) {
        // 0-based ranks of the two middle values in the repeated multiset (equal when total is odd).
        this.lowRank = Math.floor((total - 1) / 2);
        this.highRank = Math.floor(total / 2);
    }
    /** Returns true once the median is known (`value`). */
    add(v, count) {
        this.seen += count;
        if (this.low !== this.low && this.seen > this.lowRank)
            this.low = v;
        if (this.seen > this.highRank) {
            this.value = (this.low + v) / 2;
            return true;
        }
        this.value = this.low;
        return false;
    }
}
/** Median of the values repeated w times: the middle one, or the mean of the two middle ones. */
function weightedMedian(values, order, weights, total) {
    // 0-based ranks of the two middle values in the repeated multiset (equal when total is odd).
    const lowRank = Math.floor((total - 1) / 2);
    const highRank = Math.floor(total / 2);
    let low = NaN;
    let seen = 0;
    for (let j = 0; j < order.length; j++) {
        const row = order[j];
        const wj = weights ? weights[row] : 1;
        if (wj === 0)
            continue;
        seen += wj;
        if (low !== low && seen > lowRank)
            low = values[row];
        if (seen > highRank)
            return (low + values[row]) / 2;
    }
    return low;
}


/***/ }),

/***/ 21247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ rankScoreColumnInBaseRows),
/* harmony export */   h: () => (/* binding */ rankScoreColumn)
/* harmony export */ });
/* harmony import */ var _util_sort_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21658);

/**
 * Descending rankings of score columns, shared by every stage that ranks the same column in one
 * process: the evaluator (ROC AUC, average precision), the baseline's reconciliation (the same
 * evaluator on the sidecar), DeLong and average precision's influence test. One sort per column
 * per run instead of up to four — at a million rows a sort is the largest single cost of a gate.
 *
 * Keyed by the score matrix itself (the typed array of an `EvaluationData`, never written after it
 * is read), the column and the row width, and the include mask, which is compared in full
 * (O(n), far cheaper than a sort): a different mask ranks afresh. The rankings are read-only to
 * callers. They live as long as the score matrix does (a WeakMap).
 */
const cache = new WeakMap();
function rankScoreColumn(matrix, width, column, include) {
    const key = `${width}:${column}`;
    let columns = cache.get(matrix);
    const hit = columns?.get(key);
    if (hit && sameMask(hit.include, include))
        return hit.ranking;
    const n = include.length;
    let values = matrix;
    if (width !== 1 || matrix.length !== n) {
        values = new Float64Array(n);
        for (let i = 0; i < n; i++)
            values[i] = matrix[i * width + column];
    }
    const ranking = (0,_util_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .rankDescending */ .$r)(values, include);
    if (!columns) {
        columns = new Map();
        cache.set(matrix, columns);
    }
    columns.set(key, { include: include.slice(), ranking });
    return ranking;
}
function sameMask(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/**
 * The ranking of a candidate column in baseline row numbers (`candidateRow[i]` = the candidate row
 * of baseline row i): the candidate's own ranking with each row renamed. Tie groups are sets of
 * equal scores, so they carry over; only the order of rows inside a group changes, which neither
 * DeLong nor average precision looks at. `candInclude` is the include mask in candidate rows.
 */
function rankScoreColumnInBaseRows(matrix, width, column, candInclude, candidateRow, identity) {
    const ranking = rankScoreColumn(matrix, width, column, candInclude);
    if (identity)
        return ranking;
    const baseOf = new Int32Array(candidateRow.length);
    for (let i = 0; i < candidateRow.length; i++)
        baseOf[candidateRow[i]] = i;
    return { order: Int32Array.from(ranking.order, (row) => baseOf[row]), lastInGroup: ranking.lastInGroup };
}


/***/ }),

/***/ 36502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NL: () => (/* binding */ metricDeclaration),
/* harmony export */   RW: () => (/* binding */ BENCH_FIELD_NAMES),
/* harmony export */   Uw: () => (/* binding */ METRIC_NAMES),
/* harmony export */   Vd: () => (/* binding */ METRIC_DECLARATIONS),
/* harmony export */   uS: () => (/* binding */ metricsForTask)
/* harmony export */ });
/* unused harmony export tasksOf */
/**
 * The metric registry: one declaration per metric. Everything else — gate.yml validation,
 * reports, OpenMetrics, merge, the paired tests — reads a metric's facts from here, so adding a
 * metric is one declaration, its definition and its tests.
 *
 * A declaration says what a metric *is*; how it is computed lives with its definition in
 * src/evaluate/metrics/. `test` names the statistical shape of the metric, which decides the paired test
 * the gate runs (see src/compare/): the cheapest exact or O(n) test that shape allows.
 */
const CLASS = ['binary', 'multiclass'];
const BIN = ['binary'];
const REG = ['regression'];
const TEXT = ['text'];
const BENCH = ['bench'];
function metric(name, label, tasks, direction, unit, shape, merge, range, input = 'labels') {
    return {
        name,
        tasks,
        input,
        direction,
        unit,
        label,
        range,
        openmetrics: { family: 'model_gate_metric', labels: { metric: name }, help: METRIC_HELP },
        merge,
        shape,
    };
}
function bench(field, label, direction, unit, openmetrics) {
    return {
        name: `bench.${field}`,
        tasks: BENCH,
        input: 'labels',
        direction,
        unit,
        label,
        openmetrics,
        merge: 'not-merged',
        shape: 'timing',
    };
}
const METRIC_HELP = 'Quality metric value (scikit-learn semantics), by metric name. Undefined metrics are omitted.';
const UNIT = [0, 1];
// BLEU is bp·exp(Σ log pₙ / 4): for a perfect match exp(log 100) rounds to 100.00000000000004
// (sacrebleu reports the same), so the bound leaves room for rounding, not for a larger score.
const HUNDRED = [0, 100 + 1e-9];
const latency = (q) => ({
    family: 'model_gate_bench_latency_seconds',
    labels: { quantile: q },
    help: 'Per-request latency quantile from the latency file, by statistic over the runs.',
});
const family = (f, help) => ({ family: f, labels: {}, help });
const OVER_RUNS = 'by statistic over the runs.';
/** Every metric, in report order. */
const METRIC_DECLARATIONS = [
    metric('accuracy', 'Accuracy', CLASS, 'higher', 'proportion', 'mean-binary', 'confusion', UNIT),
    metric('error_rate', 'Error rate', CLASS, 'lower', 'proportion', 'mean-binary', 'confusion', UNIT),
    metric('balanced_accuracy', 'Balanced accuracy', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
    metric('precision_macro', 'Precision (macro)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
    metric('recall_macro', 'Recall (macro)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
    metric('f1_macro', 'F1 (macro)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
    metric('precision_micro', 'Precision (micro)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
    metric('recall_micro', 'Recall (micro)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
    metric('f1_micro', 'F1 (micro)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
    metric('precision_weighted', 'Precision (weighted)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
    metric('recall_weighted', 'Recall (weighted)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
    metric('f1_weighted', 'F1 (weighted)', CLASS, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
    metric('mcc', 'MCC', CLASS, 'higher', 'score', 'confusion', 'confusion', [-1, 1]),
    metric('cohen_kappa', "Cohen's kappa", CLASS, 'higher', 'score', 'confusion', 'confusion', [-1, 1]),
    metric('precision', 'Precision', BIN, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
    metric('recall', 'Recall', BIN, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
    metric('f1', 'F1', BIN, 'higher', 'proportion', 'confusion', 'confusion', UNIT),
    metric('roc_auc', 'ROC AUC', CLASS, 'higher', 'proportion', 'auc', 'sorted', UNIT, 'scores'),
    metric('log_loss', 'Log loss', CLASS, 'lower', 'score', 'mean', 'sums', [0, Infinity], 'probabilities'),
    metric('average_precision', 'Average precision', BIN, 'higher', 'proportion', 'rank', 'sorted', UNIT, 'scores'),
    // A mean squared error, not a share of examples: changes read as decimals, not points.
    metric('brier', 'Brier score', BIN, 'lower', 'score', 'mean', 'sums', UNIT, 'probabilities'),
    metric('mae', 'MAE', REG, 'lower', 'score', 'mean', 'sums', [0, Infinity]),
    metric('mse', 'MSE', REG, 'lower', 'score', 'mean', 'sums', [0, Infinity]),
    metric('rmse', 'RMSE', REG, 'lower', 'score', 'smooth-of-means', 'sums', [0, Infinity]),
    metric('r2', 'R²', REG, 'higher', 'score', 'smooth-of-means', 'sums', [-Infinity, 1]),
    metric('mape', 'MAPE', REG, 'lower', 'score', 'mean', 'sums', [0, Infinity]),
    metric('median_ae', 'Median absolute error', REG, 'lower', 'score', 'order-statistic', 'sorted', [
        0,
        Infinity,
    ]),
    metric('max_error', 'Max error', REG, 'lower', 'score', 'order-statistic', 'sorted', [0, Infinity]),
    // Text generation (src/evaluate/metrics/text/). Means of per-example terms merge by sums of
    // the terms; BLEU and chrF (0–100, changes in BLEU/chrF points) by sums of their per-example
    // n-gram statistics.
    metric('exact_match', 'Exact match', TEXT, 'higher', 'proportion', 'mean-binary', 'sums', UNIT),
    metric('token_f1', 'Token F1', TEXT, 'higher', 'proportion', 'mean', 'sums', UNIT),
    metric('bleu', 'BLEU', TEXT, 'higher', 'score', 'corpus-statistics', 'sums', HUNDRED),
    metric('chrf', 'chrF', TEXT, 'higher', 'score', 'corpus-statistics', 'sums', HUNDRED),
    metric('rouge1', 'ROUGE-1', TEXT, 'higher', 'proportion', 'mean', 'sums', UNIT),
    metric('rouge2', 'ROUGE-2', TEXT, 'higher', 'proportion', 'mean', 'sums', UNIT),
    metric('rouge_l', 'ROUGE-L', TEXT, 'higher', 'proportion', 'mean', 'sums', UNIT),
    bench('wall_seconds', 'Wall time', 'lower', 'seconds', family('model_gate_bench_wall_seconds', `Wall-clock time of one benchmark run, ${OVER_RUNS}`)),
    bench('cpu_seconds', 'CPU time', 'lower', 'seconds', family('model_gate_bench_cpu_seconds', `User+system CPU time of the command and its descendants, ${OVER_RUNS}`)),
    bench('cpu_user_seconds', 'CPU user', 'lower', 'seconds', family('model_gate_bench_cpu_user_seconds', `User CPU time of the command and its descendants, ${OVER_RUNS}`)),
    bench('cpu_system_seconds', 'CPU system', 'lower', 'seconds', family('model_gate_bench_cpu_system_seconds', `System CPU time of the command and its descendants, ${OVER_RUNS}`)),
    bench('peak_rss_bytes', 'Peak RSS', 'lower', 'bytes', family('model_gate_bench_peak_rss_bytes', `Largest resident set size of a single process, ${OVER_RUNS}`)),
    bench('peak_tree_rss_bytes', 'Peak tree RSS', 'lower', 'bytes', family('model_gate_bench_peak_tree_rss_bytes', `Largest summed resident set size of the process tree, ${OVER_RUNS}`)),
    // Higher utilisation = the same work kept the GPU busier; gate it with `min` if at all.
    // OpenMetrics writes it as a ratio (0–1): the percent unit's base divisor.
    bench('gpu_utilization_percent', 'GPU utilization', 'higher', 'percent', family('model_gate_bench_gpu_utilization_ratio', `Mean GPU utilisation (0-1), ${OVER_RUNS}`)),
    bench('gpu_memory_peak_bytes', 'GPU memory peak', 'lower', 'bytes', family('model_gate_bench_gpu_memory_peak_bytes', `Peak GPU memory used, ${OVER_RUNS}`)),
    // Stored in milliseconds (the latency file's unit); OpenMetrics writes seconds.
    bench('latency_ms_p50', 'Latency p50', 'lower', 'milliseconds', latency('0.5')),
    bench('latency_ms_p90', 'Latency p90', 'lower', 'milliseconds', latency('0.9')),
    bench('latency_ms_p95', 'Latency p95', 'lower', 'milliseconds', latency('0.95')),
    bench('latency_ms_p99', 'Latency p99', 'lower', 'milliseconds', latency('0.99')),
    bench('throughput_per_second', 'Throughput', 'higher', 'per_second', family('model_gate_bench_throughput_per_second', `Requests per second from the latency file, ${OVER_RUNS}`)),
];
const BY_NAME = new Map(METRIC_DECLARATIONS.map((d) => [d.name, d]));
/** Every metric name a gate can use, in report order. */
const METRIC_NAMES = METRIC_DECLARATIONS.map((d) => d.name);
/** The declaration of `name`, or undefined when no such metric exists. */
function metricDeclaration(name) {
    return BY_NAME.get(name);
}
/** The metrics a result of `task` can carry, in report order. */
function metricsForTask(task) {
    return METRIC_DECLARATIONS.filter((d) => d.tasks.includes(task));
}
/** The tasks that carry `name`, for messages ("… is computed for binary, multiclass results"). */
function tasksOf(name) {
    return metricDeclaration(name)?.tasks ?? [];
}
/** Bench summary fields (result.json `bench.summary` keys), in report order. */
const BENCH_FIELD_NAMES = METRIC_DECLARATIONS.filter((d) => d.tasks.includes('bench')).map((d) => d.name.slice('bench.'.length));


/***/ }),

/***/ 76569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K2: () => (/* reexport */ renderHtml),
  Gc: () => (/* reexport */ renderMarkdown)
});

// UNUSED EXPORTS: DEFAULT_MAX_LENGTH, MAX_LABEL_LENGTH, displayLabel, escapeHtml, escapeMarkdownInline, formatBench, formatBytes, formatCi, formatCount, formatDelta, formatDeltaWithCi, formatMetric, formatPValue, formatPercent, formatRelative, formatSeconds, renderBenchText, renderText, safeUrl, sanitizeTerminal, shortFingerprint

// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(55421);
// EXTERNAL MODULE: ./src/registry/metrics.ts
var metrics = __webpack_require__(36502);
// EXTERNAL MODULE: ./src/util/quantity.ts
var quantity = __webpack_require__(43347);
;// CONCATENATED MODULE: ./src/report/format.ts
/**
 * Deterministic number formatting shared by the text, Markdown and HTML reports. No locale: the
 * same result renders the same bytes on every machine. Outputs are plain ASCII/Unicode text (escape
 * them for the target like any other string only if you add data to them).
 */



/** "1 class", "2,000 classes". */
function plural(n, word, pluralWord = word + 's') {
    return `${(0,quantity/* formatCount */.B4)(n)} ${n === 1 ? word : pluralWord}`;
}
/** A metric value: 4 decimals (0.9123); exponent with 4 significant digits when tiny or huge. */
const format_formatMetric = quantity/* formatDecimal */.zJ;
/** A p-value: "< 0.001", else 3 decimals (a 4th when rounding would cross 0.05 or 0.01). */
function formatPValue(p) {
    if ((0,quantity/* isMissing */.b2)(p))
        return quantity/* MISSING */.lV;
    if (p < 0.001)
        return '< 0.001';
    let s = p.toFixed(3);
    for (const alpha of [0.01, 0.05]) {
        if (p < alpha && Number(s) >= alpha)
            s = p.toFixed(4);
    }
    return s;
}
/** The unit of a metric or bench field: from its registry declaration, else a plain score. */
function unitOf(metric) {
    const d = (0,metrics/* metricDeclaration */.NL)(metric);
    if (d)
        return d.unit;
    // Per-slice names ("slice.accuracy") take the unit of the metric they end with.
    const last = metric.includes('.') ? metric.slice(metric.lastIndexOf('.') + 1) : metric;
    return (0,metrics/* metricDeclaration */.NL)(last)?.unit ?? 'score';
}
function benchUnit(field) {
    return (0,metrics/* metricDeclaration */.NL)(`bench.${field}`)?.unit ?? 'score';
}
/** The display scale of a bench field for a reference value: multiply a stored value by `factor`. */
function benchScale(field, reference) {
    return (0,quantity/* displayScale */.Hd)(benchUnit(field), reference);
}
/** Seconds with a human unit: 1.234 s, 12.3 ms, 45.6 µs. */
function formatSeconds(s) {
    return formatQuantity(s, 'seconds');
}
/** Bytes with binary units: 812.4 MiB, 1.234 GiB, 512 B. */
function format_formatBytes(b) {
    return (0,quantity/* formatQuantity */.VZ)(b, 'bytes');
}
/** A percentage given in percent (87.5 → "87.5%"). */
function formatPercent(p) {
    return formatQuantity(p, 'percent');
}
/** A bench field formatted with its unit (on `reference`'s scale when given). */
function format_formatBench(field, v, reference) {
    return (0,quantity/* formatQuantity */.VZ)(v, benchUnit(field), reference);
}
/** Whether a larger value of `metric` is better: one table for the gate and its reports. */
function higherIsBetter(metric) {
    return (0,metrics/* metricDeclaration */.NL)(metric)?.direction !== 'lower';
}
/** A value of a gated metric in its unit (metrics as decimals, bench fields with units). */
function formatMetricValue(metric, v) {
    const unit = unitOf(metric);
    return (0,quantity/* formatQuantity */.VZ)(v, unit === 'proportion' ? 'score' : unit);
}
/**
 * A change (candidate − baseline): proportions in points (×100, "+1.20 pts"), bench fields with
 * their unit ("+120.0 ms"), other metrics as a signed decimal.
 */
function formatDelta(metric, delta, reference) {
    return (0,quantity/* formatChange */.eD)(delta, unitOf(metric), reference);
}
/** The size of a change without sign, for sentences: "1.20 points", "120.0 ms". */
function formatMagnitude(metric, delta) {
    return (0,quantity/* formatAmount */.ej)(delta, unitOf(metric));
}
/** Relative change in percent, signed: "+12.3%"; missing when the baseline is 0 or missing. */
function formatRelative(delta, baseline) {
    if ((0,quantity/* isMissing */.b2)(delta) || (0,quantity/* isMissing */.b2)(baseline) || baseline === 0)
        return quantity/* MISSING */.lV;
    const r = (delta / Math.abs(baseline)) * 100;
    return (0,quantity/* signed */.x8)((0,quantity/* unsignZero */.N_)(Math.abs(r) >= 100 ? r.toFixed(0) : r.toFixed(1))) + '%';
}
/**
 * The checks table's delta header: the interval's level as the gate computed it (two-sided
 * 1 − 2α, so its worse-side end is the one-sided bound the decision uses); 95% for old results.
 */
function format_ciHeader(checks, open = '(', close = ')') {
    const level = checks.find((c) => c.ci_level !== undefined)?.ci_level;
    const pct = level === undefined ? 95 : Number((100 * level).toPrecision(4));
    return `Δ ${open}${pct}% CI${close}`;
}
/** A CI of a delta, in the delta's unit: "[-2.10, -0.30]". */
function formatCi(metric, ci, reference) {
    if (!ci || (0,quantity/* isMissing */.b2)(ci[0]) || (0,quantity/* isMissing */.b2)(ci[1]))
        return '';
    const unit = unitOf(metric);
    if (unit === 'proportion') {
        return `[${(0,quantity/* signed */.x8)((0,quantity/* unsignZero */.N_)((ci[0] * 100).toFixed(2)))}, ${(0,quantity/* signed */.x8)((0,quantity/* unsignZero */.N_)((ci[1] * 100).toFixed(2)))}]`;
    }
    const ref = reference ?? Math.max(Math.abs(ci[0]), Math.abs(ci[1]));
    return `[${(0,quantity/* formatChange */.eD)(ci[0], unit, ref)}, ${(0,quantity/* formatChange */.eD)(ci[1], unit, ref)}]`;
}
/** "Δ [CI]" in one cell: "-1.20 pts [-2.10, -0.30]"; bench fields add the relative change. */
function formatDeltaWithCi(metric, delta, ci, baseline) {
    if ((0,quantity/* isMissing */.b2)(delta))
        return quantity/* MISSING */.lV;
    let s = formatDelta(metric, delta);
    if (metric.startsWith('bench.') && !(0,quantity/* isMissing */.b2)(baseline) && baseline !== 0)
        s += ` (${formatRelative(delta, baseline)})`;
    const c = formatCi(metric, ci);
    return c ? `${s} ${c}` : s;
}
/** The short form of a dataset or host fingerprint: first 12 hex characters, algorithm prefix dropped. */
function format_shortFingerprint(fp) {
    if (!fp)
        return quantity/* MISSING */.lV;
    const s = fp.includes(':') ? fp.slice(fp.lastIndexOf(':') + 1) : fp;
    return s.slice(0, 12);
}

// EXTERNAL MODULE: ./src/result/schema.ts
var schema = __webpack_require__(6318);
;// CONCATENATED MODULE: ./src/report/model.ts
/**
 * What the three renderers have in common: which metrics, classes, confusions and bench fields to
 * show, in what order, and the one-sentence verdict. Pure; strings returned here are raw (each
 * renderer escapes them for its output).
 */



/** Metric display order; metrics not listed follow in name order. */
const CLASSIFICATION_ORDER = [
    'accuracy',
    'balanced_accuracy',
    'f1_macro',
    'f1_weighted',
    'precision_macro',
    'recall_macro',
    'precision_weighted',
    'recall_weighted',
    'precision',
    'recall',
    'f1',
    'mcc',
    'cohen_kappa',
    'roc_auc',
    'average_precision',
    'log_loss',
    'brier',
    'error_rate',
    'precision_micro',
    'recall_micro',
    'f1_micro',
];
const REGRESSION_ORDER = ['rmse', 'mae', 'r2', 'mse', 'mape', 'median_ae', 'max_error'];
/** Micro averages equal accuracy for single-label classification; the terse outputs skip them. */
const REDUNDANT_METRICS = new Set(['error_rate', 'precision_micro', 'recall_micro', 'f1_micro']);
function model_orderedMetricNames(result, opts = {}) {
    const order = result.task === 'regression' ? REGRESSION_ORDER : CLASSIFICATION_ORDER;
    const names = Object.keys(result.metrics);
    const rank = (n) => {
        const i = order.indexOf(n);
        return i < 0 ? order.length : i;
    };
    return names
        .filter((n) => !(opts.terse && REDUNDANT_METRICS.has(n)))
        .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
/** The primary metric (what "no config" gates). */
function primaryMetric(result) {
    return result.task === 'regression' ? 'rmse' : 'accuracy';
}
function cmpStr(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Class labels in scikit-learn order (confusion labels when present, else sorted). */
function classOrder(result) {
    const pc = result.per_class ?? {};
    const fromConfusion = result.confusion?.labels?.filter((l) => l in pc) ?? [];
    if (fromConfusion.length === Object.keys(pc).length)
        return fromConfusion;
    return Object.keys(pc).sort(cmpStr);
}
/**
 * Rows for a per-class table. All classes (label order) when there are at most `limit`; else,
 * without a baseline, half the rows go to the largest classes by support and the rest to the
 * lowest F1 (ties: larger support first); with a baseline, the largest F1 changes first. Rows of a
 * cut selection are sorted worst first (lowest F1, or most negative ΔF1).
 */
function model_selectClasses(result, limit, baseline) {
    const pc = result.per_class ?? {};
    const bpc = baseline?.per_class ?? {};
    const labels = classOrder(result);
    if (baseline?.per_class) {
        const seen = new Set(labels);
        for (const l of Object.keys(bpc).sort(cmpStr))
            if (!seen.has(l))
                labels.push(l);
    }
    const rows = labels.map((label) => {
        const stats = pc[label] ?? null;
        const base = baseline ? (bpc[label] ?? null) : null;
        const deltaF1 = stats && base ? stats.f1 - base.f1 : null;
        return { label, stats, baseline: base, deltaF1 };
    });
    const total = rows.length;
    if (total <= limit)
        return { rows, total, omitted: 0, how: null };
    const support = (r) => r.stats?.support ?? r.baseline?.support ?? 0;
    const f1 = (r) => r.stats?.f1 ?? 0;
    const chosen = new Set();
    let how;
    if (baseline?.per_class) {
        const byChange = [...rows].sort((a, b) => Math.abs(b.deltaF1 ?? 0) - Math.abs(a.deltaF1 ?? 0) ||
            support(b) - support(a) ||
            cmpStr(a.label, b.label));
        for (const r of byChange.slice(0, limit))
            chosen.add(r);
        how = `the ${limit} largest F1 changes`;
    }
    else {
        const largest = Math.ceil(limit / 2);
        const bySupport = [...rows].sort((a, b) => support(b) - support(a) || cmpStr(a.label, b.label));
        for (const r of bySupport.slice(0, largest))
            chosen.add(r);
        const byF1 = [...rows].sort((a, b) => f1(a) - f1(b) || support(b) - support(a) || cmpStr(a.label, b.label));
        for (const r of byF1) {
            if (chosen.size >= limit)
                break;
            chosen.add(r);
        }
        how = `the ${largest} largest by support and the ${limit - largest} lowest F1`;
    }
    const shown = [...chosen].sort((a, b) => baseline?.per_class
        ? (a.deltaF1 ?? 0) - (b.deltaF1 ?? 0) || support(b) - support(a) || cmpStr(a.label, b.label)
        : f1(a) - f1(b) || support(b) - support(a) || cmpStr(a.label, b.label));
    return { rows: shown, total, omitted: total - shown.length, how };
}
/** "20 of 1,234 classes shown (…); 1,214 omitted." or null when all are shown. */
function model_omittedNote(sel) {
    if (!sel.omitted)
        return null;
    return `${(0,quantity/* formatCount */.B4)(sel.rows.length)} of ${(0,quantity/* formatCount */.B4)(sel.total)} classes shown (${sel.how}); ${(0,quantity/* formatCount */.B4)(sel.omitted)} omitted.`;
}
/** Support per true label from the confusion counts (falls back to per_class support). */
function supportByLabel(result) {
    const m = new Map();
    if (result.per_class)
        for (const [l, s] of Object.entries(result.per_class))
            m.set(l, s.support);
    else if (result.confusion)
        for (const [t, , c] of result.confusion.counts)
            m.set(t, (m.get(t) ?? 0) + c);
    return m;
}
// ---------------------------------------------------------------- confusions
function grownConfusionCells(g, esc) {
    return [
        esc(g.true),
        esc(g.predicted),
        (0,quantity/* formatCount */.B4)(g.baseline),
        (0,quantity/* formatCount */.B4)(g.candidate),
        (g.delta > 0 ? '+' : '') + (0,quantity/* formatCount */.B4)(g.delta),
    ];
}
function model_topConfusionCells(c, esc) {
    return [esc(c.true), esc(c.predicted), (0,quantity/* formatCount */.B4)(c.count)];
}
// ---------------------------------------------------------------- bench
/** Bench fields in display order (those present in the summary). */
const BENCH_ORDER = schema/* BENCH_SUMMARY_FIELDS */.K;
/** A bench field's display label: its registry declaration's (one label in every report). */
function model_benchLabel(field) {
    return (0,metrics/* metricDeclaration */.NL)(`bench.${field}`)?.label ?? field;
}
function model_benchFields(bench) {
    const keys = Object.keys(bench.summary);
    const rank = (k) => {
        const i = BENCH_ORDER.indexOf(k);
        return i < 0 ? BENCH_ORDER.length : i;
    };
    return keys.sort((a, b) => rank(a) - rank(b) || cmpStr(a, b));
}
/** Measured (non-warm-up) runs. */
function model_measuredRuns(bench) {
    return (bench?.runs ?? []).filter((r) => !r.warmup);
}
/** "median ± σ", both in the unit that suits the median. */
function benchSpread(field, s) {
    return `${format_formatBench(field, s.median)} ± ${format_formatBench(field, s.stddev)}`;
}
/** "min … max", scaled like the median so the two ends read in one unit. */
function model_benchRange(field, s) {
    return `${format_formatBench(field, s.min, s.median)} … ${format_formatBench(field, s.max, s.median)}`;
}
/** Change of the median, absolute and relative; null when the baseline did not measure `field`. */
function benchChange(field, s, base) {
    if (!base)
        return null;
    const delta = s.median - base.median;
    return `${formatDelta(`bench.${field}`, delta)} (${formatRelative(delta, base.median)})`;
}
function model_headWord(result) {
    const v = result.gate?.verdict;
    if (!v)
        return 'EVALUATED';
    return v === 'no-baseline' ? 'NO BASELINE' : v.toUpperCase();
}
const VERDICT_SYMBOL = {
    pass: '✅',
    improved: '✅',
    warn: '⚠️',
    fail: '❌',
    'no-baseline': '➖',
    inconclusive: '❔',
    evaluated: '📊',
};
/** Whether the change in a check is a worsening in the metric's direction. */
function isWorsening(check) {
    if (check.delta === null || check.delta === 0)
        return false;
    return higherIsBetter(check.metric) ? check.delta < 0 : check.delta > 0;
}
function pPart(check, txt) {
    if (check.p_value === null)
        return '';
    const p = formatPValue(check.p_value);
    return txt(` (p ${p.startsWith('<') ? '' : '= '}${p})`);
}
const same = (s) => s;
/**
 * One sentence about a check, with the metric name passed through `esc` (the only data string).
 * "accuracy regressed by 1.20 points (p = 0.003)", "accuracy 0.8600 is below min 0.9".
 */
function checkSentence(check, esc, txt = same) {
    const m = esc(check.metric);
    const bound = /(^|[\s,;])(min|max)\s+([^\s,;]+)/.exec(check.threshold);
    if (check.verdict === 'improved' && check.delta !== null)
        return `${m} improved by ${txt(formatMagnitude(check.metric, check.delta))}${pPart(check, txt)}`;
    if ((check.verdict === 'fail' || check.verdict === 'warn') && isWorsening(check) && check.delta !== null) {
        const notSig = check.verdict === 'warn' && check.p_value !== null ? ', not significant' : '';
        const p = pPart(check, txt);
        const tail = notSig ? (p ? p.replace(/\)$/, `${notSig})`) : ` (${notSig.slice(2)})`) : p;
        return `${m} regressed by ${txt(formatMagnitude(check.metric, check.delta))}${tail}`;
    }
    if ((check.verdict === 'fail' || check.verdict === 'warn') && bound) {
        const rel = bound[2] === 'min' ? 'is below' : 'is above';
        return `${m} ${txt(formatMetricValue(check.metric, check.candidate))} ${rel} ${bound[2]} ${esc(bound[3])}`;
    }
    if (check.reason)
        return `${m}: ${esc(check.reason)}`;
    return `${m} ${check.verdict}`;
}
const VERDICT_RANK = {
    fail: 0,
    warn: 1,
    improved: 2,
    pass: 3,
    inconclusive: 4,
    'no-baseline': 5,
};
/** Checks most important first: fail, warn, improved, pass; within a verdict, config order. */
function model_sortedChecks(checks) {
    return checks
        .map((c, i) => ({ c, i }))
        .sort((a, b) => VERDICT_RANK[a.c.verdict] - VERDICT_RANK[b.c.verdict] || a.i - b.i)
        .map((x) => x.c);
}
/** A check's cells before the verdict, which each renderer marks up its own way. */
function model_checkCells(check, esc, txt = same, withCi = true) {
    return [
        esc(check.metric),
        txt(formatMetricValue(check.metric, check.baseline)),
        txt(formatMetricValue(check.metric, check.candidate)),
        txt(withCi
            ? formatDeltaWithCi(check.metric, check.delta, check.ci, check.baseline)
            : formatDelta(check.metric, check.delta)),
        txt(formatPValue(check.p_value)),
        esc(check.threshold),
    ];
}
/** Failed and warned checks that carry a reason: the ones worth a line of explanation. */
function model_explainedChecks(checks) {
    return checks.filter((c) => (c.verdict === 'fail' || c.verdict === 'warn' || c.verdict === 'inconclusive') && !!c.reason);
}
/** How the gate decided, e.g. "paired tests, α = 0.05 (Holm)"; null when it compared nothing. */
function testsNote(result) {
    const gate = result.gate;
    if (!gate || gate.verdict === 'no-baseline')
        return null;
    return gate.significance === null
        ? 'plain thresholds'
        : `${gate.paired ? 'paired tests' : 'unpaired tests'}, α = ${gate.significance}${gate.multiple_comparisons === 'holm' ? ' (Holm)' : ''}`;
}
/** Gate warnings first: they bear on the verdict, the reader's first question. */
function allWarnings(result) {
    return [...(result.gate?.warnings ?? []), ...result.warnings, ...(result.bench?.warnings ?? [])];
}
/**
 * The verdict detail after the head word, e.g. "accuracy regressed by 1.20 points (p = 0.003);
 * 1 more check failed". `esc` escapes the data strings (metric names) for the output format.
 */
function model_verdictDetail(result, esc, txt = same) {
    const gate = result.gate;
    const primary = primaryMetric(result);
    if (!gate) {
        const name = result.metrics[primary] !== undefined ? primary : model_orderedMetricNames(result)[0];
        const v = name === undefined ? '' : `${esc(name)} ${txt(format_formatMetric(result.metrics[name]))} on `;
        return `${v}${(0,quantity/* formatCount */.B4)(result.n)} examples`;
    }
    const checks = model_sortedChecks(gate.checks);
    const count = (v) => checks.filter((c) => c.verdict === v).length;
    if (gate.verdict === 'no-baseline') {
        const v = result.metrics[primary];
        const metric = v === undefined ? '' : `; ${esc(primary)} ${txt(format_formatMetric(v))}`;
        return `no baseline to compare with yet${metric}`;
    }
    if (gate.verdict === 'fail' || gate.verdict === 'warn') {
        const main = checks.filter((c) => c.verdict === gate.verdict);
        const first = main[0] ?? checks.find((c) => c.verdict === 'fail' || c.verdict === 'warn');
        if (!first)
            return gate.verdict === 'fail' ? 'the gate failed' : 'the gate warned';
        const more = main.length - 1;
        const others = gate.verdict === 'fail' ? count('warn') : 0;
        let s = checkSentence(first, esc, txt);
        if (more > 0)
            s += `; ${plural(more, 'more check')} ${gate.verdict === 'fail' ? 'failed' : 'warned'}`;
        if (others > 0)
            s += `; ${plural(others, 'check')} warned`;
        return s;
    }
    const improved = checks.filter((c) => c.verdict === 'improved');
    const passed = count('pass');
    const parts = [`${plural(passed + improved.length, 'check')} passed`];
    if (improved.length)
        parts.push(`${improved.length} improved: ${checkSentence(improved[0], esc, txt)}`);
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/report/text.ts



/** Per-class rows in the terminal. */
const CLASS_LIMIT = 20;
const CONFUSION_LIMIT = 10;
const CODES = {
    bold: [1, 22],
    dim: [2, 22],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    cyan: [36, 39],
};
function painter(color) {
    if (!color)
        return (s) => s;
    return (s, ...styles) => styles.reduce((acc, st) => `\u001b[${CODES[st][0]}m${acc}\u001b[${CODES[st][1]}m`, s);
}
function verdictStyle(v) {
    switch (v) {
        case 'fail':
        case 'FAIL':
            return ['red', 'bold'];
        case 'warn':
        case 'WARN':
            return ['yellow', 'bold'];
        case 'pass':
        case 'PASS':
        case 'improved':
            return ['green', 'bold'];
        default:
            return ['cyan', 'bold'];
    }
}
/** Visible width (code points; the text we pad never contains ANSI codes). */
function width(s) {
    let n = 0;
    for (const _ of s)
        n++;
    return n;
}
function cut(s, w) {
    if (width(s) <= w)
        return s;
    return (Array.from(s)
        .slice(0, Math.max(1, w - 1))
        .join('') + '…');
}
function pad(s, w, align) {
    const fill = ' '.repeat(Math.max(0, w - width(s)));
    return align === 'l' ? s + fill : fill + s;
}
function naturalWidth(spec, indent = 2) {
    const widths = spec.header.map((h, c) => Math.max(width(h), ...spec.rows.map((r) => width(r[c] ?? ''))));
    return indent + widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
}
function table(spec, totalWidth, paint, indent = '  ') {
    const cols = spec.header.length;
    const widths = spec.header.map((h, c) => Math.max(width(h), ...spec.rows.map((r) => width(r[c] ?? ''))));
    const gap = 2;
    const used = () => indent.length + widths.reduce((a, b) => a + b, 0) + gap * (cols - 1);
    // Shrink the widest shrinkable column, one column at a time, down to 8.
    const shrinkable = spec.shrink ?? [];
    while (used() > totalWidth) {
        let widest = -1;
        for (const c of shrinkable)
            if (widths[c] > 8 && (widest < 0 || widths[c] > widths[widest]))
                widest = c;
        if (widest < 0)
            break;
        const others = Math.max(8, ...shrinkable.filter((c) => c !== widest).map((c) => widths[c]));
        widths[widest] = Math.max(others, widths[widest] - (used() - totalWidth), 8);
        if (widths[widest] === others && used() > totalWidth)
            widths[widest] = Math.max(8, others - 1);
    }
    const line = (cells, styler) => (indent +
        cells
            .map((cell, c) => {
            const text = pad(cut(cell ?? '', widths[c]), widths[c], spec.align[c]);
            const st = styler?.(c) ?? [];
            return st.length ? paint(text, ...st) : text;
        })
            .join(' '.repeat(gap))).trimEnd();
    return [
        line(spec.header, () => ['dim']),
        ...spec.rows.map((r, i) => line(r, spec.style ? (c) => spec.style(i, c) : undefined)),
    ];
}
/** Word-wrap to `max` columns (long words are cut). */
function wrap(text, max) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        const w = cut(word, max);
        if (line && width(line) + 1 + width(w) > max) {
            lines.push(line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line || !lines.length)
        lines.push(line);
    return lines;
}
/** "prefix id1, id2, … (N more)" within `max` columns (at least one id). */
function idLine(prefix, ids, total, max) {
    let line = prefix;
    let shown = 0;
    for (const id of ids) {
        const next = (shown ? ', ' : '') + id;
        const rest = total - shown - 1;
        const tail = rest > 0 ? `, … (${formatCount(rest)} more)` : '';
        if (shown > 0 && width(line + next + tail) > max)
            break;
        line += next;
        shown++;
    }
    const rest = total - shown;
    return rest > 0 ? `${line}, … (${formatCount(rest)} more)` : line;
}
function heading(title, paint, note) {
    return paint(title, 'bold') + (note ? ' ' + paint(note, 'dim') : '');
}
function renderText(result, opts = {}) {
    const paint = painter(opts.color === true);
    const W = Math.max(40, Math.floor(opts.width ?? 100));
    const esc = (s) => sanitizeTerminal(s);
    const out = [];
    const blank = () => {
        if (out.length && out[out.length - 1] !== '')
            out.push('');
    };
    // Header.
    const head = [
        `${result.tool.name} ${esc(result.tool.version)}`,
        result.task,
        `n = ${formatCount(result.n)}`,
        `dataset ${esc(shortFingerprint(result.dataset.fingerprint))}`,
    ];
    if (result.source.commit)
        head.push(`commit ${esc(result.source.commit.slice(0, 12))}`);
    out.push(paint(head.join(' · '), 'bold'));
    // Verdict.
    const word = headWord(result);
    const detail = verdictDetail(result, esc);
    out.push(`${paint(word, ...verdictStyle(word))}  ${detail}`);
    const gate = result.gate;
    if (gate && !gate.comparable) {
        blank();
        out.push(paint('! NOT COMPARABLE', 'red', 'bold') +
            `  the baseline was evaluated on a different dataset (fingerprint ${esc(shortFingerprint(gate.baseline_source?.fingerprint))} vs ${esc(shortFingerprint(result.dataset.fingerprint))}); deltas are not paired and may mislead.`);
    }
    // Checks.
    if (gate && gate.checks.length) {
        blank();
        const note = gate.significance === null
            ? '(plain thresholds, no statistics)'
            : `(α = ${gate.significance}${gate.multiple_comparisons === 'holm' ? ', Holm-adjusted' : ''}${gate.paired ? ', paired' : ''})`;
        out.push(heading('Checks', paint, note));
        const checks = sortedChecks(gate.checks);
        const spec = (withCi) => ({
            header: [
                'metric',
                'baseline',
                'candidate',
                withCi ? ciHeader(checks, '[', ']') : 'Δ',
                'p',
                'threshold',
                'verdict',
            ],
            rows: checks.map((c) => [...checkCells(c, esc, (s) => s, withCi), c.verdict]),
            align: ['l', 'r', 'r', 'r', 'r', 'l', 'l'],
            shrink: [5, 0, 3],
            style: (r, c) => (c === 6 ? verdictStyle(checks[r].verdict) : []),
        });
        // The CI is the first thing to go when the terminal is narrow (Markdown and HTML keep it).
        const full = spec(true);
        out.push(...table(naturalWidth(full) <= W ? full : spec(false), W, paint));
        for (const c of explainedChecks(checks)) {
            const mark = c.verdict === 'fail' ? '✗' : '!';
            const lines = wrap(`${esc(c.metric)}: ${sanitizeTerminal(c.reason, 300)}`, W - 4);
            lines.forEach((l, i) => out.push(paint(`  ${i === 0 ? mark : ' '} ${l}`, 'dim')));
        }
    }
    // Metrics, in as many columns as fit.
    const names = orderedMetricNames(result, { terse: true });
    if (names.length) {
        blank();
        out.push(heading('Metrics', paint));
        const cells = names.map((n) => [esc(n), formatMetric(result.metrics[n])]);
        const nameW = Math.max(...cells.map((c) => width(c[0])));
        const valW = Math.max(...cells.map((c) => width(c[1])));
        const cellW = nameW + 2 + valW;
        const perLine = Math.max(1, Math.min(3, Math.floor((W - 2 + 4) / (cellW + 4))));
        const rowsN = Math.ceil(cells.length / perLine);
        for (let r = 0; r < rowsN; r++) {
            const parts = [];
            for (let c = 0; c < perLine; c++) {
                const cell = cells[c * rowsN + r]; // column-major: read down, like ls
                if (cell)
                    parts.push(pad(cell[0], nameW, 'l') + '  ' + pad(cell[1], valW, 'r'));
            }
            out.push(('  ' + parts.join('    ')).trimEnd());
        }
    }
    // Per-class.
    if (result.per_class && Object.keys(result.per_class).length) {
        blank();
        const sel = selectClasses(result, CLASS_LIMIT);
        const note = omittedNote(sel);
        out.push(heading('Per class', paint, note ?? undefined));
        out.push(...table({
            header: ['class', 'precision', 'recall', 'f1', 'support'],
            rows: sel.rows.map((r) => [
                esc(r.label),
                formatMetric(r.stats?.precision),
                formatMetric(r.stats?.recall),
                formatMetric(r.stats?.f1),
                formatCount(r.stats?.support),
            ]),
            align: ['l', 'r', 'r', 'r', 'r'],
            shrink: [0],
        }, W, paint));
    }
    // Confusions.
    const top = result.errors.top_confusions.slice(0, CONFUSION_LIMIT);
    if (top.length) {
        blank();
        const more = result.errors.top_confusions.length - top.length;
        out.push(heading('Top confusions', paint, more > 0 ? `(${formatCount(more)} more)` : undefined));
        out.push(...table({
            header: ['true', 'predicted', 'count'],
            rows: top.map((c) => topConfusionCells(c, esc)),
            align: ['l', 'l', 'r'],
            shrink: [0, 1],
        }, W, paint));
    }
    // Error analysis.
    {
        const e = result.errors;
        blank();
        const parts = [
            `${formatCount(e.missing_predictions)} missing predictions`,
            `${formatCount(e.extra_predictions)} extra predictions`,
            `${formatCount(e.invalid_rows)} invalid rows`,
        ];
        const bad = e.missing_predictions + e.invalid_rows > 0;
        const none = bad || e.extra_predictions ? null : 'every label has a prediction; no extra or invalid rows';
        out.push(`${heading('Rows', paint)}  ${none ?? (bad ? paint(parts.join(', '), 'yellow') : parts.join(', '))}`);
        if (e.missing_ids?.length) {
            out.push(paint(idLine('  missing ids: ', e.missing_ids.map(esc), e.missing_predictions, W), 'dim'));
        }
    }
    // Flips.
    if (gate?.flips) {
        const f = gate.flips;
        blank();
        out.push(`${heading('Prediction flips', paint)}  ${formatCount(f.right_to_wrong)} right → wrong, ${formatCount(f.wrong_to_right)} wrong → right`);
        if (f.right_to_wrong_ids.length)
            out.push(paint(idLine('  now wrong: ', f.right_to_wrong_ids.map(esc), f.right_to_wrong, W), 'dim'));
        if (f.wrong_to_right_ids.length)
            out.push(paint(idLine('  now right: ', f.wrong_to_right_ids.map(esc), f.wrong_to_right, W), 'dim'));
    }
    // Bench.
    if (result.bench) {
        blank();
        out.push(...benchSection(result.bench, paint, W, esc));
    }
    // Warnings.
    const warnings = [...result.warnings, ...(result.bench?.warnings ?? []), ...(gate?.warnings ?? [])];
    if (warnings.length) {
        blank();
        out.push(heading('Warnings', paint));
        for (const w of warnings) {
            const lines = wrap(sanitizeTerminal(w, 400), W - 4);
            lines.forEach((l, i) => out.push(`  ${i === 0 ? paint('!', 'yellow', 'bold') : ' '} ${l}`));
        }
    }
    return defuseCommandLines(out.join('\n') + '\n');
}
function benchSection(b, paint, W, esc) {
    const out = [];
    const runs = measuredRuns(b).length;
    out.push(heading('Benchmark', paint, `(${formatCount(runs)} runs · ${esc(b.method)})`));
    const rows = benchFields(b).map((f) => {
        const s = b.summary[f];
        return [
            benchLabel(f),
            formatBench(f, s.median),
            '±',
            formatBench(f, s.stddev),
            `(${benchRange(f, s)})`,
            `n=${formatCount(s.n)}`,
        ];
    });
    out.push(...table({
        header: ['', 'median', '', 'σ', 'min … max', ''],
        rows,
        align: ['l', 'r', 'l', 'r', 'l', 'l'],
        style: (_r, c) => (c === 1 ? ['bold'] : []),
    }, W, paint));
    const h = b.host;
    const gpus = h.gpus.map((g) => esc(g.model)).join(', ');
    out.push(paint(`  host: ${esc(h.cpu_model)} · ${h.cpu_cores} cores · ${formatBytes(h.memory_bytes)} · ${esc(h.os)}${gpus ? ' · ' + gpus : ''}`, 'dim'));
    return out;
}
/** `model-gate bench` output: the benchmark table and its warnings, without a result around it. */
function renderBenchText(bench, opts = {}) {
    const paint = painter(opts.color === true);
    const W = Math.max(40, Math.floor(opts.width ?? 100));
    const esc = (s) => sanitizeTerminal(s);
    const out = benchSection(bench, paint, W, esc);
    if (bench.warnings.length) {
        out.push('', heading('Warnings', paint));
        // As long as renderText allows: a warning naming processes must not lose their pids.
        for (const w of bench.warnings)
            out.push(...wrap(`  ${sanitizeTerminal(w, 400)}`, W));
    }
    return defuseCommandLines(out.join('\n') + '\n');
}

;// CONCATENATED MODULE: ./src/report/markdown-budget.ts
/**
 * The comment-size budget of the Markdown report: each part of the body comes with its shorter
 * forms, and the least important parts are shortened (then dropped) first until the body fits,
 * with a note saying what was left out.
 */

function fixed(key, text) {
    return { key, forms: [{ text, note: null }] };
}
/** A part whose form at each shortening level is `make(level)`; `notes[level]` says what that level left out. */
function variants(key, make, notes) {
    const forms = [];
    for (let i = 0; i < notes.length; i++) {
        const text = make(i);
        if (text === null && i === 0)
            return null;
        const prev = forms[i - 1];
        // A shorter form that is not shorter drops nothing: keep the previous note.
        forms.push({ text: text ?? '', note: prev && prev.text === (text ?? '') ? prev.note : notes[i] });
    }
    return { key, forms };
}
/**
 * Joins the parts (in order) and the footer, shortening the parts in `dropOrder` one level at a
 * time until the body is at most `maxLength` characters; as a last resort whole lines are cut.
 */
function fitToLength(parts, footer, dropOrder, maxLength) {
    const live = parts.filter((p) => p !== null && p.forms.some((f) => f.text !== ''));
    const level = new Map(live.map((p) => [p.key, 0]));
    const assemble = () => {
        const blocks = live.map((p) => p.forms[level.get(p.key) ?? 0].text).filter((t) => t !== '');
        const notes = live.map((p) => p.forms[level.get(p.key) ?? 0].note).filter((n) => n !== null);
        if (notes.length) {
            blocks.push(`> [!NOTE]\n> Shortened to stay under ${(0,quantity/* formatCount */.B4)(maxLength)} characters — left out: ${notes.join('; ')}. The full report is in report.html and result.json.`);
        }
        blocks.push(footer);
        return blocks.join('\n\n') + '\n';
    };
    let body = assemble();
    for (const key of dropOrder) {
        const part = live.find((p) => p.key === key);
        if (!part)
            continue;
        while (body.length > maxLength && (level.get(key) ?? 0) < part.forms.length - 1) {
            level.set(key, (level.get(key) ?? 0) + 1);
            body = assemble();
        }
        if (body.length <= maxLength)
            break;
    }
    if (body.length > maxLength) {
        // Last resort: cut whole lines (checks table, header) and say so.
        const tail = `\n\n> [!NOTE]\n> Truncated to ${(0,quantity/* formatCount */.B4)(maxLength)} characters. The full report is in report.html and result.json.\n\n${footer}\n`;
        const room = Math.max(0, maxLength - tail.length);
        const cutAt = body.lastIndexOf('\n', room);
        body = body.slice(0, cutAt > 0 ? cutAt : room) + tail;
    }
    return body;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts




const DEFAULT_MAX_LENGTH = 60_000;
/** Data string → inert inline Markdown. */
const md = (s, max) => (0,util_escape/* escapeMarkdownInline */.E4)(s, max);
/** Our own text (formatted numbers, fixed words) made safe for a table cell. */
function mdText(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\[\]|*_~`$]/g, '\\$&');
}
function mdTable(header, rows, align) {
    const sep = align.map((a) => (a === 'r' ? '---:' : a === 'c' ? ':---:' : ':---'));
    const line = (cells) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
    return [line(header), line(sep), ...rows.map(line)].join('\n');
}
function details(summary, body) {
    return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Order in which parts are shortened when the body is too long (first = least important). */
const DROP_ORDER = [
    'per-class',
    'all-metrics',
    'confusions',
    'flip-ids',
    'missing-ids',
    'reasons',
    'warnings',
    'bench',
    'flips',
];
// ---------------------------------------------------------------- sections
function headerPart(result, opts) {
    const word = model_headWord(result);
    const symbol = result.gate ? VERDICT_SYMBOL[result.gate.verdict] : VERDICT_SYMBOL.evaluated;
    const title = opts.name && opts.name !== 'model-gate' ? `model-gate · ${md(opts.name, 60)}` : 'model-gate';
    const lines = [`${symbol} **${title}: ${word}** — ${model_verdictDetail(result, (s) => md(s), mdText)}`];
    const meta = [
        result.task,
        `n = ${(0,quantity/* formatCount */.B4)(result.n)}`,
        `dataset ${md(format_shortFingerprint(result.dataset.fingerprint))}`,
    ];
    if (result.source.commit)
        meta.push(`commit ${md(result.source.commit.slice(0, 12))}`);
    const gate = result.gate;
    if (gate?.baseline_source) {
        const b = gate.baseline_source;
        const bits = [b.commit ? md(b.commit.slice(0, 12)) : null, b.ref ? `on ${md(b.ref, 60)}` : null].filter(Boolean);
        if (bits.length)
            meta.push(`baseline ${bits.join(' ')}`);
    }
    const tests = testsNote(result);
    if (tests)
        meta.push(tests);
    lines.push('', `<sub>${meta.join(' · ')}</sub>`);
    return lines.join('\n');
}
function notComparablePart(result) {
    const gate = result.gate;
    if (!gate || gate.comparable)
        return null;
    const base = format_shortFingerprint(gate.baseline_source?.fingerprint);
    const cand = format_shortFingerprint(result.dataset.fingerprint);
    return [
        '> [!CAUTION]',
        `> **⚠️ NOT COMPARABLE — the baseline was evaluated on a different dataset** (fingerprint ${md(base)} vs ${md(cand)}).`,
        '> Deltas compare different examples: no paired tests and no prediction flips. Treat the verdict with suspicion;',
        '> if the evaluation set changed on purpose, the next baseline (from the default branch) will be comparable again.',
    ].join('\n');
}
function checksPart(result) {
    const gate = result.gate;
    if (!gate || gate.checks.length === 0)
        return null;
    const rows = model_sortedChecks(gate.checks).map((c) => [
        ...model_checkCells(c, (s) => md(s), mdText),
        `${VERDICT_SYMBOL[c.verdict]} ${c.verdict === 'fail' || c.verdict === 'warn' ? `**${c.verdict}**` : c.verdict}`,
    ]);
    return mdTable(['metric', 'baseline', 'candidate', format_ciHeader(gate.checks), 'p', 'threshold', 'verdict'], rows, ['l', 'r', 'r', 'r', 'r', 'l', 'l']);
}
function reasonsPart(result) {
    const gate = result.gate;
    if (!gate)
        return null;
    const lines = model_explainedChecks(model_sortedChecks(gate.checks)).map((c) => `- ${VERDICT_SYMBOL[c.verdict]} ${md(c.metric)}: ${md(c.reason, 300)}`);
    return lines.length ? lines.join('\n') : null;
}
function metricsPart(result, baseline, inDetails) {
    const names = model_orderedMetricNames(result, { terse: !inDetails });
    if (!names.length)
        return null;
    const base = baseline?.metrics;
    const table = base
        ? mdTable(['metric', 'baseline', 'candidate', 'Δ'], names.map((n) => [
            md(n),
            mdText(format_formatMetric(base[n])),
            mdText(format_formatMetric(result.metrics[n])),
            mdText(base[n] === null || base[n] === undefined || result.metrics[n] === null
                ? '—'
                : formatDelta(n, result.metrics[n] - base[n])),
        ]), ['l', 'r', 'r', 'r'])
        : mdTable(['metric', 'value'], names.map((n) => [md(n), mdText(format_formatMetric(result.metrics[n]))]), ['l', 'r']);
    return inDetails ? details(`All metrics (${names.length})`, table) : `#### Metrics\n\n${table}`;
}
function rowsPart(result, withIds) {
    const e = result.errors;
    if (e.missing_predictions + e.extra_predictions + e.invalid_rows === 0)
        return null;
    const parts = [];
    if (e.missing_predictions) {
        let s = plural(e.missing_predictions, 'missing prediction');
        if (withIds && e.missing_ids?.length) {
            s += ` (first: ${e.missing_ids
                .slice(0, 10)
                .map((i) => md(i, 40))
                .join(', ')}${e.missing_predictions > 10 ? ', …' : ''})`;
        }
        parts.push(s);
    }
    if (e.extra_predictions)
        parts.push(`${plural(e.extra_predictions, 'extra prediction')} (ignored)`);
    if (e.invalid_rows)
        parts.push(plural(e.invalid_rows, 'invalid row'));
    return `**Rows:** ${parts.join(' · ')}`;
}
function benchPart(result, baseline) {
    const b = result.bench;
    if (!b)
        return null;
    const bb = baseline?.bench;
    const fields = model_benchFields(b);
    const runs = model_measuredRuns(b).length;
    const cell = (f, s) => (s ? mdText(benchSpread(f, s)) : '—');
    let table;
    if (bb) {
        table = mdTable(['benchmark', 'baseline', 'candidate', 'Δ median', 'candidate min … max'], fields.map((f) => {
            const s = b.summary[f];
            const bs = bb.summary[f];
            const change = benchChange(f, s, bs);
            return [
                model_benchLabel(f),
                cell(f, bs),
                cell(f, s),
                change === null ? '—' : mdText(change),
                mdText(model_benchRange(f, s)),
            ];
        }), ['l', 'r', 'r', 'r', 'r']);
    }
    else {
        table = mdTable(['benchmark', 'median ± σ', 'min … max', 'n'], fields.map((f) => {
            const s = b.summary[f];
            return [model_benchLabel(f), cell(f, s), mdText(model_benchRange(f, s)), (0,quantity/* formatCount */.B4)(s.n)];
        }), ['l', 'r', 'r', 'r']);
    }
    const h = b.host;
    const gpus = h.gpus.map((g) => md(g.model, 60)).join(', ');
    const host = `<sub>${plural(runs, 'run')} · ${md(b.method, 80)} · ${md(h.cpu_model, 60)}, ${h.cpu_cores} cores, ${mdText(format_formatBytes(h.memory_bytes))}, ${md(h.os, 60)}${gpus ? ', ' + gpus : ''}</sub>`;
    return `#### Benchmark\n\n${table}\n\n${host}`;
}
function flipsPart(result, ids) {
    const f = result.gate?.flips;
    if (!f)
        return null;
    const lines = [
        `**Prediction flips:** ${(0,quantity/* formatCount */.B4)(f.right_to_wrong)} right → wrong, ${(0,quantity/* formatCount */.B4)(f.wrong_to_right)} wrong → right`,
    ];
    const list = (title, arr, total) => {
        if (!ids || !arr.length)
            return;
        const shown = arr.slice(0, ids).map((i) => md(i, 40));
        lines.push(`- ${title}: ${shown.join(', ')}${total > shown.length ? `, … (${(0,quantity/* formatCount */.B4)(total - shown.length)} more)` : ''}`);
    };
    if (ids)
        lines.push('');
    list('now wrong', f.right_to_wrong_ids, f.right_to_wrong);
    list('now right', f.wrong_to_right_ids, f.wrong_to_right);
    return lines.join('\n');
}
function confusionsPart(result, limit) {
    const out = [];
    const grown = result.gate?.flips?.grown_confusions ?? [];
    if (grown.length) {
        out.push(`#### Confusions that grew\n\n` +
            mdTable(['true', 'predicted', 'baseline', 'candidate', 'Δ'], grown.slice(0, limit).map((g) => grownConfusionCells(g, (s) => md(s))), ['l', 'l', 'r', 'r', 'r']));
    }
    const top = result.errors.top_confusions;
    if (top.length) {
        const more = top.length > limit ? ` (${(0,quantity/* formatCount */.B4)(limit)} of ${(0,quantity/* formatCount */.B4)(top.length)})` : '';
        out.push(`#### Top confusions${more}\n\n` +
            mdTable(['true', 'predicted', 'count'], top.slice(0, limit).map((c) => model_topConfusionCells(c, (s) => md(s))), ['l', 'l', 'r']));
    }
    return out.length ? out.join('\n\n') : null;
}
function perClassPart(result, baseline, limit) {
    if (!result.per_class || !Object.keys(result.per_class).length)
        return null;
    const withBase = !!baseline?.per_class;
    const sel = model_selectClasses(result, limit, withBase ? baseline : undefined);
    const rows = sel.rows.map((r) => {
        const s = r.stats;
        if (withBase) {
            return [
                md(r.label),
                mdText(format_formatMetric(r.baseline?.f1)),
                mdText(format_formatMetric(s?.f1)),
                mdText(r.deltaF1 === null ? '—' : formatDelta('f1', r.deltaF1)),
                mdText(format_formatMetric(s?.precision)),
                mdText(format_formatMetric(s?.recall)),
                (0,quantity/* formatCount */.B4)(s?.support),
            ];
        }
        return [
            md(r.label),
            mdText(format_formatMetric(s?.precision)),
            mdText(format_formatMetric(s?.recall)),
            mdText(format_formatMetric(s?.f1)),
            (0,quantity/* formatCount */.B4)(s?.support),
        ];
    });
    const table = withBase
        ? mdTable(['class', 'baseline F1', 'candidate F1', 'Δ F1', 'precision', 'recall', 'support'], rows, [
            'l',
            'r',
            'r',
            'r',
            'r',
            'r',
            'r',
        ])
        : mdTable(['class', 'precision', 'recall', 'F1', 'support'], rows, ['l', 'r', 'r', 'r', 'r']);
    const note = sel.omitted
        ? `\n\n_Showing ${(0,quantity/* formatCount */.B4)(sel.rows.length)} of ${(0,quantity/* formatCount */.B4)(sel.total)} classes (${sel.how}); ${(0,quantity/* formatCount */.B4)(sel.omitted)} omitted — all of them are in report.html and result.json._`
        : '';
    return details(`Per-class metrics (${plural(sel.total, 'class', 'classes')})`, table + note);
}
function warningsPart(result, limit) {
    const all = allWarnings(result);
    if (!all.length)
        return null;
    const shown = all.slice(0, limit).map((w) => `> - ${md(w, 400)}`);
    if (all.length > shown.length)
        shown.push(`> - … and ${plural(all.length - shown.length, 'more warning')}`);
    return ['> [!WARNING]', `> **${plural(all.length, 'warning')}**`, '>', ...shown].join('\n');
}
function footerPart(result, opts) {
    const bits = [`${md(result.tool.name)} ${md(result.tool.version, 40)}`];
    const url = (0,util_escape/* safeUrl */.Pl)(opts.runUrl ?? result.source.run_url);
    if (url)
        bits.push(`[workflow run](${url})`);
    const boot = result.gate?.bootstrap;
    if (boot)
        bits.push(`bootstrap seed ${boot.seed}, ${(0,quantity/* formatCount */.B4)(boot.resamples)} resamples`);
    bits.push(md(result.created_at, 40));
    return `<sub>${bits.join(' · ')}</sub>`;
}
// ---------------------------------------------------------------- assembly
function renderMarkdown(result, opts = {}) {
    const maxLength = Math.max(1000, Math.floor(opts.maxLength ?? DEFAULT_MAX_LENGTH));
    const baseline = opts.baseline;
    const gated = !!result.gate;
    const parts = [];
    if (opts.marker)
        parts.push(fixed('marker', opts.marker.replace(/[\r\n]+/g, ' ')));
    parts.push(fixed('header', headerPart(result, opts)));
    const nc = notComparablePart(result);
    if (nc)
        parts.push(fixed('not-comparable', nc));
    const checks = checksPart(result);
    if (checks)
        parts.push(fixed('checks', checks));
    parts.push(variants('reasons', (l) => (l === 0 ? reasonsPart(result) : ''), [null, 'failure reasons']));
    parts.push(variants('missing-ids', (l) => rowsPart(result, l === 0), [null, 'missing ids']));
    if (!gated) {
        const m = metricsPart(result, undefined, false);
        if (m)
            parts.push(fixed('metrics', m));
    }
    parts.push(variants('bench', (l) => (l === 0 ? benchPart(result, baseline) : ''), [null, 'benchmark table']));
    parts.push(variants('flip-ids', (l) => flipsPart(result, l === 0 ? 10 : 0), [null, 'flipped example ids']));
    parts.push(variants('confusions', (l) => (l === 0 ? confusionsPart(result, 10) : l === 1 ? confusionsPart(result, 5) : ''), [null, 'confusion tables cut to 5 rows', 'confusion tables']));
    if (gated) {
        parts.push(variants('all-metrics', (l) => (l === 0 ? metricsPart(result, baseline, true) : ''), [
            null,
            'all-metrics table',
        ]));
    }
    const pcTotal = Object.keys(result.per_class ?? {}).length;
    const pcLimits = [200, 50, 20].filter((n, i) => i === 0 || n < pcTotal);
    parts.push(variants('per-class', (l) => (l < pcLimits.length ? perClassPart(result, baseline, pcLimits[l]) : ''), [
        ...pcLimits.map((n, i) => (i === 0 ? null : `per-class table cut to ${n} rows`)),
        'per-class table',
    ]));
    parts.push(variants('warnings', (l) => (l === 0 ? warningsPart(result, 20) : l === 1 ? warningsPart(result, 3) : ''), [null, 'warnings after the first 3', 'warnings']));
    const footer = footerPart(result, opts);
    return fitToLength(parts, footer, DROP_ORDER, maxLength);
}

;// CONCATENATED MODULE: ./src/report/svg.ts



const h = (s, max) => (0,util_escape/* escapeHtml */.ZD)((0,util_escape/* displayLabel */.RQ)(s, max));
/** Round to 2 decimals for compact, deterministic coordinates. */
function n(x) {
    return String(Math.round(x * 100) / 100);
}
function svg(width, height, label, body) {
    return (`<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${n(width)}" height="${n(height)}" ` +
        `viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-label="${(0,util_escape/* escapeHtml */.ZD)(label)}">` +
        `<title>${(0,util_escape/* escapeHtml */.ZD)(label)}</title>${body}</svg>`);
}
/** Mix white → color by t in [0, 1]. */
function shade(rgb, t) {
    const c = rgb.map((v) => Math.round(255 + (v - 255) * Math.max(0, Math.min(1, t))));
    return `rgb(${c[0]},${c[1]},${c[2]})`;
}
/**
 * Rows = true label, columns = predicted; cell color = share of the row (diagonal blue, errors
 * red). With more than `topN` classes, the `topN` largest by support (in label order).
 */
function confusionHeatmap(result, opts = {}) {
    const conf = result.confusion;
    if (!conf || conf.labels.length === 0)
        return null;
    const topN = opts.topN ?? 20;
    const support = new Map();
    const predicted = new Map();
    for (const [t, p, c] of conf.counts) {
        support.set(t, (support.get(t) ?? 0) + c);
        predicted.set(p, (predicted.get(p) ?? 0) + c);
    }
    let labels = conf.labels;
    if (labels.length > topN) {
        const order = new Map(labels.map((l, i) => [l, i]));
        labels = [...labels]
            .sort((a, b) => (support.get(b) ?? 0) - (support.get(a) ?? 0) ||
            (predicted.get(b) ?? 0) - (predicted.get(a) ?? 0) ||
            (order.get(a) ?? 0) - (order.get(b) ?? 0))
            .slice(0, topN)
            .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    }
    const index = new Map(labels.map((l, i) => [l, i]));
    const k = labels.length;
    const cells = new Map();
    for (const [t, p, c] of conf.counts) {
        const i = index.get(t);
        const j = index.get(p);
        if (i === undefined || j === undefined)
            continue;
        cells.set(i * k + j, (cells.get(i * k + j) ?? 0) + c);
    }
    const cell = Math.max(14, Math.min(40, Math.floor(520 / k)));
    const longest = Math.max(...labels.map((l) => Math.min(16, Array.from((0,util_escape/* displayLabel */.RQ)(l, 16)).length)));
    const left = 150;
    const top = Math.max(50, Math.round(longest * 6.2 * 0.77 + 24));
    // Rotated column labels reach up and to the right of their column.
    const width = left + cell * k + Math.max(20, Math.round(longest * 6.2 * 0.64));
    const height = top + cell * k + 34;
    const parts = [];
    const showText = cell >= 24;
    for (let i = 0; i < k; i++) {
        const rowTotal = support.get(labels[i]) ?? 0;
        const y = top + i * cell;
        parts.push(`<text x="${left - 6}" y="${n(y + cell / 2 + 4)}" text-anchor="end" class="lbl">${h(labels[i], 20)}<title>${h(labels[i], 200)}</title></text>`);
        for (let j = 0; j < k; j++) {
            const c = cells.get(i * k + j) ?? 0;
            const frac = rowTotal ? c / rowTotal : 0;
            const diag = i === j;
            const fill = c === 0 ? '#f6f7f9' : shade(diag ? [37, 99, 235] : [220, 38, 38], 0.12 + 0.88 * Math.sqrt(frac));
            const x = left + j * cell;
            const tip = `true ${(0,util_escape/* displayLabel */.RQ)(labels[i], 60)} → predicted ${(0,util_escape/* displayLabel */.RQ)(labels[j], 60)}: ${(0,quantity/* formatCount */.B4)(c)}${rowTotal ? ` (${(frac * 100).toFixed(1)}% of the class)` : ''}`;
            parts.push(`<rect x="${n(x)}" y="${n(y)}" width="${cell - 1}" height="${cell - 1}" fill="${fill}"><title>${(0,util_escape/* escapeHtml */.ZD)(tip)}</title></rect>`);
            if (showText && c > 0) {
                const dark = Math.sqrt(frac) > 0.55;
                parts.push(`<text x="${n(x + (cell - 1) / 2)}" y="${n(y + cell / 2 + 4)}" text-anchor="middle" class="num${dark ? ' inv' : ''}">${c >= 10000 ? `${Math.round(c / 1000)}k` : c}</text>`);
            }
        }
    }
    for (let j = 0; j < k; j++) {
        const x = left + j * cell + cell / 2;
        parts.push(`<text transform="translate(${n(x + 4)},${top - 6}) rotate(-50)" class="lbl">${h(labels[j], 16)}<title>${h(labels[j], 200)}</title></text>`);
    }
    parts.push(`<text x="${n(left + (cell * k) / 2)}" y="${height - 8}" text-anchor="middle" class="axis">predicted →</text>`);
    parts.push(`<text x="8" y="${top - 8}" class="axis">true ↓</text>`);
    const label = `Confusion matrix, ${k} of ${conf.labels.length} classes`;
    return { svg: svg(width, height, label, parts.join('')), shown: k, total: conf.labels.length };
}
// ---------------------------------------------------------------- per-class F1 bars
/** Horizontal F1 bars per class; baseline (grey) above candidate (color) when a baseline is given. */
function f1Bars(rows, withBaseline) {
    if (!rows.length)
        return null;
    const left = 200;
    const plot = 400;
    const right = 70;
    const rowH = withBaseline ? 26 : 18;
    const top = 24;
    const height = top + rows.length * rowH + 26;
    const width = left + plot + right;
    const parts = [];
    for (const t of [0, 0.25, 0.5, 0.75, 1]) {
        const x = left + t * plot;
        parts.push(`<line x1="${n(x)}" y1="${top - 4}" x2="${n(x)}" y2="${height - 22}" class="grid"/>`);
        parts.push(`<text x="${n(x)}" y="${height - 8}" text-anchor="middle" class="axis">${t.toFixed(2)}</text>`);
    }
    if (withBaseline) {
        parts.push(`<rect x="${left}" y="4" width="10" height="10" class="bar-base"/>`);
        parts.push(`<text x="${left + 14}" y="13" class="axis">baseline</text>`);
        parts.push(`<rect x="${left + 80}" y="4" width="10" height="10" class="bar-cand"/>`);
        parts.push(`<text x="${left + 94}" y="13" class="axis">candidate</text>`);
    }
    rows.forEach((r, i) => {
        const y = top + i * rowH;
        const f1 = r.stats?.f1 ?? null;
        parts.push(`<text x="${left - 6}" y="${n(y + rowH / 2 + 4)}" text-anchor="end" class="lbl">${h(r.label, 30)}<title>${h(r.label, 200)}</title></text>`);
        const bar = (v, yy, hh, cls, what) => {
            if (v === null)
                return;
            parts.push(`<rect x="${left}" y="${n(yy)}" width="${n(Math.max(0.5, v * plot))}" height="${n(hh)}" class="${cls}"><title>${(0,util_escape/* escapeHtml */.ZD)(`${(0,util_escape/* displayLabel */.RQ)(r.label, 60)} ${what} F1 ${format_formatMetric(v)}`)}</title></rect>`);
        };
        if (withBaseline) {
            bar(r.baseline?.f1 ?? null, y + 3, 9, 'bar-base', 'baseline');
            bar(f1, y + 13, 9, r.deltaF1 !== null && r.deltaF1 < -1e-12 ? 'bar-cand worse' : 'bar-cand', 'candidate');
        }
        else {
            bar(f1, y + 3, rowH - 6, 'bar-cand', '');
        }
        const txt = withBaseline && r.deltaF1 !== null
            ? `${format_formatMetric(f1)} (${r.deltaF1 >= 0 ? '+' : ''}${(r.deltaF1 * 100).toFixed(1)})`
            : format_formatMetric(f1);
        parts.push(`<text x="${left + plot + 6}" y="${n(y + rowH / 2 + 4)}" class="num">${(0,util_escape/* escapeHtml */.ZD)(txt)}</text>`);
    });
    return svg(width, height, withBaseline ? 'Per-class F1, baseline vs candidate' : 'Per-class F1', parts.join(''));
}
// ---------------------------------------------------------------- bench distributions
/** numpy's default (linear) quantile of sorted values. */
function quantile(sorted, q) {
    if (sorted.length === 1)
        return sorted[0];
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function runValues(runs, field) {
    const out = [];
    for (const r of runs) {
        const v = r[field];
        if (typeof v === 'number' && Number.isFinite(v))
            out.push(v);
    }
    return out;
}
/** "Nice" tick step for a range. */
function niceStep(range, target) {
    const raw = range / target;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const r = raw / mag;
    return (r >= 5 ? 10 : r >= 2 ? 5 : r >= 1 ? 2 : 1) * mag;
}
/**
 * Per-run dots over a box (quartiles, median, min–max whiskers) for one bench field, one row per
 * series (baseline, candidate). Null when no run has the field.
 */
function benchDistribution(field, candidate, baseline) {
    const series = [];
    const bv = runValues(model_measuredRuns(baseline?.bench), field);
    const cv = runValues(model_measuredRuns(candidate.bench), field);
    if (bv.length)
        series.push({ name: 'baseline', values: bv, cls: 'base' });
    if (cv.length)
        series.push({ name: 'candidate', values: cv, cls: 'cand' });
    if (!series.length)
        return null;
    const all = series.flatMap((s) => s.values);
    let lo = Math.min(...all);
    let hi = Math.max(...all);
    if (hi === lo) {
        const pad = Math.abs(hi) * 0.05 || 1;
        lo -= pad;
        hi += pad;
    }
    const padRange = (hi - lo) * 0.08;
    lo = Math.max(0, lo - padRange);
    hi += padRange;
    const left = 74;
    const plot = 380;
    const width = left + plot + 20;
    const rowH = 44;
    const top = 26;
    const height = top + series.length * rowH + 26;
    const x = (v) => left + ((v - lo) / (hi - lo)) * plot;
    const parts = [];
    parts.push(`<text x="0" y="14" class="title">${(0,util_escape/* escapeHtml */.ZD)(model_benchLabel(field))}</text>`);
    // Ticks in the stored unit, labelled with human units.
    // Nice steps in the display unit (MiB, GiB, ms…), not in raw bytes or seconds.
    const { factor } = benchScale(field, hi);
    const step = niceStep((hi - lo) * factor, 4);
    const first = Math.ceil((lo * factor) / step);
    for (let i = first; i * step <= hi * factor * (1 + 1e-12); i++) {
        const t = (i * step) / factor;
        const xx = x(t);
        parts.push(`<line x1="${n(xx)}" y1="${top - 4}" x2="${n(xx)}" y2="${height - 22}" class="grid"/>`);
        parts.push(`<text x="${n(xx)}" y="${height - 8}" text-anchor="middle" class="axis">${(0,util_escape/* escapeHtml */.ZD)(format_formatBench(field, t, hi))}</text>`);
    }
    series.forEach((s, i) => {
        const cy = top + i * rowH + rowH / 2;
        const sorted = [...s.values].sort((a, b) => a - b);
        const q1 = quantile(sorted, 0.25);
        const med = quantile(sorted, 0.5);
        const q3 = quantile(sorted, 0.75);
        parts.push(`<text x="${left - 8}" y="${n(cy + 4)}" text-anchor="end" class="lbl">${s.name}</text>`);
        parts.push(`<line x1="${n(x(sorted[0]))}" y1="${n(cy)}" x2="${n(x(sorted[sorted.length - 1]))}" y2="${n(cy)}" class="whisker"/>`);
        parts.push(`<rect x="${n(x(q1))}" y="${n(cy - 10)}" width="${n(Math.max(1, x(q3) - x(q1)))}" height="20" class="box ${s.cls}"><title>${(0,util_escape/* escapeHtml */.ZD)(`${s.name}: median ${format_formatBench(field, med)}, quartiles ${format_formatBench(field, q1, med)} … ${format_formatBench(field, q3, med)}, n = ${sorted.length}`)}</title></rect>`);
        parts.push(`<line x1="${n(x(med))}" y1="${n(cy - 12)}" x2="${n(x(med))}" y2="${n(cy + 12)}" class="median"/>`);
        s.values.forEach((v, j) => {
            const jitter = ((j * 7) % 5) - 2; // deterministic spread so equal values stay visible
            parts.push(`<circle cx="${n(x(v))}" cy="${n(cy + jitter * 2.5)}" r="3.2" class="dot ${s.cls}"><title>${(0,util_escape/* escapeHtml */.ZD)(`${s.name} run ${j + 1}: ${format_formatBench(field, v)}`)}</title></circle>`);
        });
    });
    return svg(width, height, `${model_benchLabel(field)} per run`, parts.join(''));
}

;// CONCATENATED MODULE: ./src/report/html.ts




/** Data string → escaped, cleaned and shortened text. */
const html_h = (s, max) => (0,util_escape/* escapeHtml */.ZD)((0,util_escape/* displayLabel */.RQ)(s, max));
/** Our own text (formatted numbers). */
const t = (s) => (0,util_escape/* escapeHtml */.ZD)(s);
const HEATMAP_CLASSES = 20;
const BAR_CLASSES = 30;
const TABLE_CLASSES = 500;
const CONFUSION_ROWS = 15;
const CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;--pass:#1a7f37;--fail:#cf222e;--warn:#9a6700;--info:#0969da;--cand:#2563eb;--base:#9ca3af}
*{box-sizing:border-box}
body{margin:0;background:var(--soft);color:var(--fg);font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif}
main{max-width:1080px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:17px;margin:0 0 12px}
h3{font-size:14px;margin:16px 0 8px;color:var(--muted)}
section,header.verdict{background:var(--bg);border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:0 0 16px}
header.verdict{border-left:8px solid var(--info)}
header.verdict.pass{border-left-color:var(--pass)}header.verdict.fail{border-left-color:var(--fail)}header.verdict.warn{border-left-color:var(--warn)}
.badge{display:inline-block;font-weight:700;font-size:13px;letter-spacing:.04em;padding:2px 10px;border-radius:999px;color:#fff;background:var(--info);vertical-align:middle;margin-right:8px}
.badge.pass{background:var(--pass)}.badge.fail{background:var(--fail)}.badge.warn{background:var(--warn)}
.detail{font-size:16px;margin:6px 0}
.meta,.note,footer{color:var(--muted);font-size:13px}
.alert{border:2px solid var(--fail);background:#ffebe9;color:#82071e}
.alert h2{color:#82071e}
.warnings{border-color:#d4a72c;background:#fff8c5}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-weight:600;color:var(--muted);background:var(--soft)}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.lbl{word-break:break-word;max-width:360px}
.v{font-weight:600;white-space:nowrap}.v.fail{color:var(--fail)}.v.warn{color:var(--warn)}.v.pass,.v.improved{color:var(--pass)}.v.no-baseline{color:var(--muted)}
.neg{color:var(--fail)}.pos{color:var(--pass)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px}
.card{border:1px solid var(--line);border-radius:8px;padding:8px 12px}
.card .k{color:var(--muted);font-size:12px;word-break:break-all}.card .val{font-size:20px;font-variant-numeric:tabular-nums}.card .d{font-size:12px}
.charts{display:flex;flex-wrap:wrap;gap:16px 32px;align-items:flex-start;margin:16px 0 8px}
.chart{max-width:100%;height:auto}
.chart text{font:11px -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;fill:var(--fg)}
.chart .axis{fill:var(--muted)}.chart .title{font-weight:600;font-size:12px}
.chart .num{font-variant-numeric:tabular-nums}.chart .num.inv{fill:#fff}
.chart .grid{stroke:#e5e7eb}
.chart .bar-base{fill:var(--base)}.chart .bar-cand{fill:var(--cand)}.chart .bar-cand.worse{fill:var(--fail)}
.chart .whisker{stroke:#6b7280;stroke-width:1.5}.chart .median{stroke:#111827;stroke-width:2}
.chart .box{fill-opacity:.18;stroke-width:1.2}.chart .box.base{fill:var(--base);stroke:#6b7280}.chart .box.cand{fill:var(--cand);stroke:var(--cand)}
.chart .dot{fill-opacity:.85}.chart .dot.base{fill:#6b7280}.chart .dot.cand{fill:var(--cand)}
details summary{cursor:pointer;color:var(--info);margin:8px 0}
ul.ids{margin:4px 0 0;padding-left:20px;font-size:13px}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
`;
function html_table(header, rows, numeric, rowClass) {
    const th = header.map((x, i) => `<th${numeric[i] ? ' class="n"' : ''}>${x}</th>`).join('');
    const body = rows
        .map((r, i) => {
        const cls = rowClass?.(i);
        return `<tr${cls ? ` class="${cls}"` : ''}>${r
            .map((c, j) => `<td class="${numeric[j] ? 'n' : 'lbl'}">${c}</td>`)
            .join('')}</tr>`;
    })
        .join('\n');
    return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
function section(title, body, cls = '') {
    return `<section${cls ? ` class="${cls}"` : ''}>\n<h2>${title}</h2>\n${body}\n</section>`;
}
/** "pos"/"neg" CSS class for a change in `metric`'s direction. */
function signClass(metric, delta) {
    if (delta === null || delta === 0 || Number.isNaN(delta))
        return '';
    return (higherIsBetter(metric) ? delta > 0 : delta < 0) ? 'pos' : 'neg';
}
function headerHtml(result, opts) {
    const word = model_headWord(result);
    const v = result.gate?.verdict ?? 'info';
    const cls = v === 'pass' || v === 'fail' || v === 'warn' ? v : 'info';
    const name = opts.name && opts.name !== 'model-gate' ? ` · ${html_h(opts.name, 60)}` : '';
    const meta = [
        t(result.task),
        `n = ${(0,quantity/* formatCount */.B4)(result.n)}`,
        `dataset <span class="mono">${html_h(format_shortFingerprint(result.dataset.fingerprint))}</span>`,
    ];
    if (result.source.commit)
        meta.push(`commit <span class="mono">${html_h(result.source.commit.slice(0, 12))}</span>`);
    if (result.source.ref)
        meta.push(html_h(result.source.ref, 60));
    const b = result.gate?.baseline_source;
    if (b && (b.commit || b.ref)) {
        meta.push(`baseline ${b.commit ? `<span class="mono">${html_h(b.commit.slice(0, 12))}</span>` : ''}${b.ref ? ` on ${html_h(b.ref, 60)}` : ''}`);
    }
    const tests = testsNote(result);
    if (tests)
        meta.push(tests);
    return `<header class="verdict ${cls}">
<h1><span class="badge ${cls}">${t(word)}</span>model-gate${name}</h1>
<p class="detail">${model_verdictDetail(result, (s) => html_h(s), t)}</p>
<p class="meta">${meta.join(' · ')}</p>
</header>`;
}
function notComparableHtml(result) {
    const gate = result.gate;
    if (!gate || gate.comparable)
        return '';
    return section('⚠️ Not comparable: different datasets', `<p>The baseline was evaluated on a different dataset (fingerprint <span class="mono">${html_h(format_shortFingerprint(gate.baseline_source?.fingerprint))}</span> vs <span class="mono">${html_h(format_shortFingerprint(result.dataset.fingerprint))}</span>). Deltas compare different examples: no paired tests and no prediction flips. Treat the verdict with suspicion.</p>`, 'alert');
}
function checksHtml(result) {
    const gate = result.gate;
    if (!gate || !gate.checks.length)
        return '';
    const checks = model_sortedChecks(gate.checks);
    const rows = checks.map((c) => [
        ...model_checkCells(c, (s) => html_h(s), t),
        `<span class="v ${c.verdict}">${t(c.verdict)}</span>`,
    ]);
    const reasons = model_explainedChecks(checks).map((c) => `<li><strong>${html_h(c.metric)}</strong>: ${html_h(c.reason, 300)}</li>`);
    return section('Checks', html_table(['metric', 'baseline', 'candidate', format_ciHeader(checks), 'p', 'threshold', 'verdict'], rows, [
        false,
        true,
        true,
        true,
        true,
        false,
        false,
    ]) + (reasons.length ? `\n<ul class="note">${reasons.join('')}</ul>` : ''));
}
function metricsHtml(result, baseline) {
    const names = model_orderedMetricNames(result, { terse: false });
    if (!names.length)
        return '';
    const base = baseline?.metrics;
    const cards = names.map((name) => {
        const v = result.metrics[name];
        let d = '';
        const b = base?.[name];
        if (b !== undefined && b !== null && v !== null && v !== undefined) {
            const delta = v - b;
            d = `<div class="d ${signClass(name, delta)}">${t(formatDelta(name, delta))} vs ${t(format_formatMetric(b))}</div>`;
        }
        return `<div class="card"><div class="k">${html_h(name)}</div><div class="val">${t(format_formatMetric(v))}</div>${d}</div>`;
    });
    return section('Metrics', `<div class="cards">\n${cards.join('\n')}\n</div>\n${rowsHtml(result)}`);
}
function rowsHtml(result) {
    const e = result.errors;
    const items = [
        `${(0,quantity/* formatCount */.B4)(e.missing_predictions)} missing predictions`,
        `${(0,quantity/* formatCount */.B4)(e.extra_predictions)} extra predictions (ignored)`,
        `${(0,quantity/* formatCount */.B4)(e.invalid_rows)} invalid rows`,
    ];
    let ids = '';
    if (e.missing_ids?.length) {
        ids = `<p class="note">First missing ids: ${e.missing_ids
            .slice(0, 20)
            .map((i) => `<span class="mono">${html_h(i, 60)}</span>`)
            .join(', ')}</p>`;
    }
    return `<p class="note">Rows: ${items.join(' · ')}${e.error_rate !== null ? ` · error rate ${t(format_formatMetric(e.error_rate))}` : ''}</p>${ids}`;
}
function benchHtml(result, baseline) {
    const b = result.bench;
    if (!b)
        return '';
    const bb = baseline?.bench;
    const fields = model_benchFields(b);
    const ms = (f, s) => (s ? t(benchSpread(f, s)) : '—');
    const rows = fields.map((f) => {
        const s = b.summary[f];
        const bs = bb?.summary[f];
        const range = t(model_benchRange(f, s));
        if (!bb)
            return [t(model_benchLabel(f)), ms(f, s), range, (0,quantity/* formatCount */.B4)(s.n)];
        const change = benchChange(f, s, bs);
        return [
            t(model_benchLabel(f)),
            ms(f, bs),
            ms(f, s),
            change === null ? '—' : t(change),
            range,
            (0,quantity/* formatCount */.B4)(s.n),
        ];
    });
    const tbl = bb
        ? html_table(['', 'baseline median ± σ', 'candidate median ± σ', 'Δ median', 'candidate min … max', 'n'], rows, [false, true, true, true, true, true])
        : html_table(['', 'median ± σ', 'min … max', 'n'], rows, [false, true, true, true]);
    const charts = ['wall_seconds', 'peak_rss_bytes', 'peak_tree_rss_bytes', 'gpu_memory_peak_bytes']
        .filter((f) => f in b.summary)
        .slice(0, 3)
        .map((f) => benchDistribution(f, result, bb && model_measuredRuns(bb).length ? baseline : undefined))
        .filter((x) => x !== null);
    const host = b.host;
    const gpus = host.gpus
        .map((g) => `${html_h(g.model, 80)}${g.driver ? ` (driver ${html_h(g.driver, 40)})` : ''}`)
        .join(', ');
    const hostLine = `<p class="note">${(0,quantity/* formatCount */.B4)(model_measuredRuns(b).length)} measured runs · ${html_h(b.method, 120)} · ${html_h(host.cpu_model, 80)}, ${host.cpu_cores} cores, ${t(format_formatBytes(host.memory_bytes))}, ${html_h(host.os, 80)}${gpus ? ` · ${gpus}` : ''}</p>`;
    return section('Benchmark', `${tbl}\n${charts.length ? `<div class="charts">${charts.join('\n')}</div>` : ''}\n${hostLine}`);
}
function flipsHtml(result) {
    const f = result.gate?.flips;
    if (!f)
        return '';
    const ids = (title, arr, total) => {
        if (!arr.length)
            return '';
        const shown = arr.slice(0, 20);
        const more = total > shown.length ? `, … (${(0,quantity/* formatCount */.B4)(total - shown.length)} more)` : '';
        return `<li>${title}: ${shown.map((i) => `<span class="mono">${html_h(i, 60)}</span>`).join(', ')}${more}</li>`;
    };
    return section('Prediction flips', `<p><strong class="neg">${(0,quantity/* formatCount */.B4)(f.right_to_wrong)}</strong> right → wrong · <strong class="pos">${(0,quantity/* formatCount */.B4)(f.wrong_to_right)}</strong> wrong → right</p>\n<ul class="ids">${ids('now wrong', f.right_to_wrong_ids, f.right_to_wrong)}${ids('now right', f.wrong_to_right_ids, f.wrong_to_right)}</ul>`);
}
function confusionsHtml(result) {
    const parts = [];
    const grown = result.gate?.flips?.grown_confusions ?? [];
    if (grown.length) {
        parts.push(`<h3>Confusions that grew</h3>\n` +
            html_table(['true', 'predicted', 'baseline', 'candidate', 'Δ'], grown.slice(0, CONFUSION_ROWS).map((g) => grownConfusionCells(g, (s) => html_h(s))), [false, false, true, true, true]));
    }
    const top = result.errors.top_confusions;
    if (top.length) {
        const more = top.length > CONFUSION_ROWS ? ` (${CONFUSION_ROWS} of ${(0,quantity/* formatCount */.B4)(top.length)})` : '';
        parts.push(`<h3>Top confusions${more}</h3>\n` +
            html_table(['true', 'predicted', 'count'], top.slice(0, CONFUSION_ROWS).map((c) => model_topConfusionCells(c, (s) => html_h(s))), [false, false, true]));
    }
    const hm = result.task === 'regression' ? null : confusionHeatmap(result, { topN: HEATMAP_CLASSES });
    if (hm) {
        const note = hm.shown < hm.total
            ? `The ${hm.shown} largest classes by support, of ${(0,quantity/* formatCount */.B4)(hm.total)}; the other classes' rows and columns are not shown.`
            : `All ${hm.total} classes.`;
        parts.push(`<h3>Confusion matrix</h3>\n<p class="note">${note} Color = share of the true class (blue: correct, red: confused); hover a cell for its count.</p>\n${hm.svg}`);
    }
    if (!parts.length)
        return '';
    return section('Confusions', parts.join('\n'));
}
function perClassHtml(result, baseline) {
    if (!result.per_class || !Object.keys(result.per_class).length)
        return '';
    const withBase = !!baseline?.per_class;
    const b = withBase ? baseline : undefined;
    const barSel = model_selectClasses(result, BAR_CLASSES, b);
    const bars = f1Bars(barSel.rows, withBase);
    const barNote = model_omittedNote(barSel);
    const sel = model_selectClasses(result, TABLE_CLASSES, b);
    const rows = sel.rows.map((r) => {
        const s = r.stats;
        const base = withBase
            ? [
                t(format_formatMetric(r.baseline?.f1)),
                t(format_formatMetric(s?.f1)),
                `<span class="${signClass('f1', r.deltaF1)}">${t(r.deltaF1 === null ? '—' : formatDelta('f1', r.deltaF1))}</span>`,
            ]
            : [t(format_formatMetric(s?.f1))];
        return [
            html_h(r.label),
            ...base,
            t(format_formatMetric(s?.precision)),
            t(format_formatMetric(s?.recall)),
            (0,quantity/* formatCount */.B4)(s?.support),
        ];
    });
    const header = withBase
        ? ['class', 'baseline F1', 'candidate F1', 'Δ F1', 'precision', 'recall', 'support']
        : ['class', 'F1', 'precision', 'recall', 'support'];
    const tbl = html_table(header, rows, header.map((_, i) => i > 0));
    const tableNote = model_omittedNote(sel);
    return section('Per class', `${barNote ? `<p class="note">Chart: ${t(barNote)}</p>` : ''}${bars ?? ''}
<details>
<summary>Per-class table (${(0,quantity/* formatCount */.B4)(sel.total)} classes)</summary>
${tableNote ? `<p class="note">${t(tableNote)} All of them are in result.json.</p>` : ''}
${tbl}
</details>`);
}
function warningsHtml(result) {
    const all = allWarnings(result);
    if (!all.length)
        return '';
    return section(`⚠️ Warnings (${(0,quantity/* formatCount */.B4)(all.length)})`, `<ul>${all.map((w) => `<li>${html_h(w, 600)}</li>`).join('\n')}</ul>`, 'warnings');
}
function footerHtml(result) {
    const bits = [`${html_h(result.tool.name)} ${html_h(result.tool.version, 40)}`, html_h(result.created_at, 40)];
    const url = (0,util_escape/* safeUrl */.Pl)(result.source.run_url);
    if (url)
        bits.push(`<a href="${(0,util_escape/* escapeHtml */.ZD)(url)}" rel="noopener noreferrer">workflow run</a>`);
    const boot = result.gate?.bootstrap;
    if (boot)
        bits.push(`bootstrap seed ${boot.seed}, ${(0,quantity/* formatCount */.B4)(boot.resamples)} resamples`);
    return `<footer>${bits.join(' · ')}</footer>`;
}
function renderHtml(result, opts = {}) {
    const word = model_headWord(result);
    const title = `model-gate${opts.name && opts.name !== 'model-gate' ? ` · ${(0,util_escape/* displayLabel */.RQ)(opts.name, 60)}` : ''}: ${word}`;
    const body = [
        headerHtml(result, opts),
        notComparableHtml(result),
        checksHtml(result),
        metricsHtml(result, opts.baseline),
        benchHtml(result, opts.baseline),
        flipsHtml(result),
        confusionsHtml(result),
        perClassHtml(result, opts.baseline),
        warningsHtml(result),
        footerHtml(result),
    ].filter((s) => s !== '');
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${html_h(result.tool.name)} ${html_h(result.tool.version, 40)}">
<title>${(0,util_escape/* escapeHtml */.ZD)(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./src/report/index.ts
/**
 * Reports: pure renderers of a `Result` (no I/O).
 * - `renderText`: the terminal report; `renderMarkdown`: PR comment / job summary / report.md;
 *   `renderHtml`: self-contained report.html.
 */







/***/ }),

/***/ 97368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QG: () => (/* binding */ idBytesOf),
/* harmony export */   XX: () => (/* binding */ setLazyIds),
/* harmony export */   ho: () => (/* binding */ DEFAULT_EVALUATE_OPTIONS),
/* harmony export */   jj: () => (/* binding */ idAt)
/* harmony export */ });
/* unused harmony export setIdBytes */
const DEFAULT_EVALUATE_OPTIONS = {
    task: 'auto',
    idColumn: 'id',
    labelColumn: 'label',
    predictionColumn: 'prediction',
    missing: 'error',
};
const idBytes = new WeakMap();
/** Records (or, with null, forgets) the byte form of `data.ids`. */
function setIdBytes(data, ids) {
    if (ids === null)
        idBytes.delete(data);
    else
        idBytes.set(data, ids);
}
/**
 * Gives `data` its ids as bytes (`setIdBytes`) and `data.ids` as a getter that decodes them on
 * first read (`decode`), so a caller that never reads the strings never builds them. Assigning
 * `ids` replaces the getter and forgets the bytes.
 */
function setLazyIds(data, ids, decode) {
    setIdBytes(data, ids);
    let cache = null;
    Object.defineProperty(data, 'ids', {
        enumerable: true,
        configurable: true,
        get: () => (cache ??= decode()),
        set: (value) => {
            setIdBytes(data, null);
            Object.defineProperty(data, 'ids', { value, writable: true, enumerable: true, configurable: true });
        },
    });
}
/** The byte form of `data.ids`, when the reader kept one. */
function idBytesOf(data) {
    return idBytes.get(data);
}
/** Id `i` of `data` as a string (decoding that one id when the ids are kept as bytes), or null. */
function idAt(data, i) {
    const raw = idBytes.get(data);
    if (raw !== undefined)
        return raw.bytes.toString('utf8', raw.offsets[i], raw.offsets[i + 1]);
    return data.ids ? data.ids[i] : null;
}


/***/ }),

/***/ 5063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SG: () => (/* binding */ EXAMPLES_FORMAT),
  xe: () => (/* binding */ EXAMPLES_FORMATS),
  Kb: () => (/* binding */ idBytesFor),
  Ae: () => (/* binding */ readExamples),
  V$: () => (/* binding */ writeExamples)
});

// UNUSED EXPORTS: EXAMPLES_FILE, EXAMPLES_FORMAT_V1, idBytesOfStrings

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/result/evaluation-data.ts
var evaluation_data = __webpack_require__(97368);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/progress.ts
var util_progress = __webpack_require__(65365);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/result/examples-v1.ts




const EXAMPLES_FORMAT_V1 = 'model-gate/examples@1';
const MAX_ROWS = 500_000_000;
/** Reads an `examples@1` sidecar back into EvaluationData. The file is untrusted: everything is validated. */
async function readExamplesV1(file) {
    const input = (0,external_node_fs_.createReadStream)(file);
    const gunzip = (0,external_node_zlib_.createGunzip)();
    const errors = [];
    input.on('error', (e) => {
        errors.push(e);
        gunzip.destroy(e); // ends the line reader too
    });
    gunzip.on('error', (e) => errors.push(e));
    const lines = (0,external_node_readline_.createInterface)({ input: input.pipe(gunzip), crlfDelay: Infinity });
    let lineNo = 0;
    let header = null;
    let data = null;
    let row = 0;
    const bad = (message, line = lineNo) => {
        throw new src_errors/* InputError */.dz({ file, line }, message);
    };
    try {
        for await (const line of lines) {
            lineNo++;
            if (line === '') {
                continue;
            }
            let value;
            try {
                value = JSON.parse(line);
            }
            catch {
                bad('not valid JSON (a damaged or foreign examples file)');
            }
            if (header === null) {
                header = validateHeader(value, bad);
                data = allocate(header);
                continue;
            }
            if (row >= header.n)
                bad(`more rows than the ${header.n} the header declares`);
            readRow(value, row, header, data, bad);
            row++;
        }
    }
    catch (e) {
        if (e instanceof src_errors/* InputError */.dz)
            throw e;
        throw readError(file, e);
    }
    finally {
        lines.close();
        input.destroy();
    }
    if (errors.length > 0)
        throw readError(file, errors[0]);
    if (header === null || data === null)
        throw new src_errors/* InputError */.dz({ file }, `empty examples file (expected a ${EXAMPLES_FORMAT_V1} header)`);
    if (row !== header.n)
        throw new src_errors/* InputError */.dz({ file, line: lineNo }, `truncated: ${row} rows, the header declares ${header.n}`);
    return data;
}
function readError(file, e) {
    if (e.code === 'ENOENT')
        return new src_errors/* InputError */.dz({ file }, 'file not found');
    if (typeof e.code === 'string' && e.code.startsWith('Z_'))
        return new src_errors/* InputError */.dz({ file }, `not a readable gzip file (${e.message}); expected a model-gate examples.jsonl.gz`);
    return new src_errors/* InputError */.dz({ file }, `cannot read the examples file: ${e.message}`);
}
function validateHeader(value, bad) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return bad(`expected a ${EXAMPLES_FORMAT_V1} header object`);
    const h = value;
    if (h.schema !== EXAMPLES_FORMAT_V1)
        return bad(`unknown schema ${JSON.stringify(h.schema)}; expected "${EXAMPLES_FORMAT_V1}"`);
    validateShape(h, bad);
    return h;
}
/**
 * The header fields both sidecar formats share: task, n, ids, score_width, classes, positive,
 * score_classes, score_kind — each checked for type, range and consistency with the others.
 */
function validateShape(h, bad) {
    if (h.task !== 'binary' && h.task !== 'multiclass' && h.task !== 'regression')
        bad(`task ${JSON.stringify(h.task)} is not binary, multiclass or regression`);
    if (typeof h.n !== 'number' || !Number.isInteger(h.n) || h.n < 0 || h.n > MAX_ROWS)
        bad(`n ${JSON.stringify(h.n)} is not a row count`);
    if (typeof h.ids !== 'boolean')
        bad('"ids" must be true or false');
    const width = h.score_width;
    if (typeof width !== 'number' || !Number.isInteger(width) || width < 0 || width > 100_000)
        bad('"score_width" must be a small whole number');
    if (h.task !== 'regression') {
        const classes = h.classes;
        if (!Array.isArray(classes) || classes.length === 0 || classes.some((c) => typeof c !== 'string'))
            bad('"classes" must be a non-empty list of strings');
        if (new Set(classes).size !== classes.length)
            bad('"classes" has duplicates');
        if (h.task === 'binary') {
            if (typeof h.positive !== 'number' ||
                !Number.isInteger(h.positive) ||
                h.positive < 0 ||
                h.positive >= classes.length)
                bad('"positive" must index "classes"');
            if (width !== 0 && width !== 1)
                bad('binary "score_width" must be 0 or 1');
        }
        if (h.score_classes !== undefined) {
            const sc = h.score_classes;
            if (!Array.isArray(sc) || sc.some((c) => typeof c !== 'string'))
                bad('"score_classes" must be a list of strings');
            if (h.task === 'multiclass' && width !== 0 && width !== sc.length)
                bad('"score_width" differs from "score_classes"');
        }
        else if (h.task === 'multiclass' && width !== 0 && width !== classes.length)
            bad('"score_width" differs from "classes"');
        if (h.score_kind !== undefined && h.score_kind !== 'probability' && h.score_kind !== 'decision')
            bad('"score_kind" must be probability or decision');
    }
    else if (width !== 0)
        bad('regression has no scores');
}
function allocate(h) {
    const ids = h.ids ? new Array(h.n) : null;
    if (h.task === 'regression')
        return { task: 'regression', n: h.n, yTrue: new Float64Array(h.n), yPred: new Float64Array(h.n), ids };
    const d = {
        task: h.task,
        n: h.n,
        classes: h.classes,
        yTrue: new Int32Array(h.n),
        yPred: new Int32Array(h.n),
        scores: h.score_width > 0 ? new Float64Array(h.n * h.score_width) : null,
        ids,
    };
    if (h.positive !== undefined)
        d.positive = h.positive;
    if (h.score_classes)
        d.scoreClasses = h.score_classes;
    if (h.score_kind)
        d.scoreKind = h.score_kind;
    return d;
}
function readRow(value, i, h, data, bad) {
    const width = h.task === 'regression' ? 0 : h.score_width;
    const expected = (h.ids ? 1 : 0) + 2 + width;
    if (!Array.isArray(value) || value.length !== expected)
        bad(`expected a row of ${expected} values [${h.ids ? 'id, ' : ''}y_true, y_pred${width ? ', scores…' : ''}]`);
    const v = value;
    let k = 0;
    if (data.ids) {
        const id = v[k++];
        if (typeof id !== 'string')
            bad('the id must be a string');
        data.ids[i] = id;
    }
    const t = v[k++];
    const p = v[k++];
    if (data.task === 'regression') {
        if (typeof t !== 'number' || !Number.isFinite(t))
            bad('y_true must be a finite number');
        if (p !== null && (typeof p !== 'number' || !Number.isFinite(p)))
            bad('y_pred must be a finite number or null');
        data.yTrue[i] = t;
        data.yPred[i] = p === null ? NaN : p;
        return;
    }
    const nc = data.classes.length;
    if (typeof t !== 'number' || !Number.isInteger(t) || t < 0 || t >= nc)
        bad(`y_true must be a class index from 0 to ${nc - 1}`);
    if (typeof p !== 'number' || !Number.isInteger(p) || p < -1 || p >= nc)
        bad(`y_pred must be a class index from -1 to ${nc - 1}`);
    data.yTrue[i] = t;
    data.yPred[i] = p;
    if (data.scores) {
        for (let j = 0; j < width; j++) {
            const s = v[k++];
            if (s !== null && (typeof s !== 'number' || !Number.isFinite(s)))
                bad('scores must be finite numbers or null');
            data.scores[i * width + j] = s === null ? NaN : s;
        }
    }
}

;// CONCATENATED MODULE: ./src/result/examples.ts









const EXAMPLES_FORMAT = 'model-gate/examples@2';
/** Every sidecar format this version reads (result.json's `examples.format`). */
const EXAMPLES_FORMATS = [EXAMPLES_FORMAT, EXAMPLES_FORMAT_V1];
const EXAMPLES_FILE = 'examples.bin';
/** The header line of a sidecar is at most this long (a class dictionary of ~100k labels). */
const MAX_HEADER_BYTES = 16 << 20;
/** Columns are written and read this many bytes at a time (progress between pieces). */
const PIECE_BYTES = 8 << 20;
const LITTLE_ENDIAN = (0,external_node_os_.endianness)() === 'LE';
const WIDTH = { int32: 4, float64: 8, uint32: 4, bytes: 1 };
const pad8 = (x) => Math.ceil(x / 8) * 8;
function scoreWidth(data) {
    if (data.task === 'regression' || !data.scores)
        return 0;
    return data.task === 'binary' ? 1 : (data.scoreClasses ?? data.classes).length;
}
/** The columns a header's fields call for, in file order. */
function layout(h) {
    const label = h.task === 'regression' ? 'float64' : 'int32';
    const cols = [
        { name: 'y_true', type: label, count: h.n },
        { name: 'y_pred', type: label, count: h.n },
    ];
    if (h.score_width > 0)
        cols.push({ name: 'scores', type: 'float64', count: h.n * h.score_width });
    if (h.ids) {
        cols.push({ name: 'id_lengths', type: 'uint32', count: h.n });
        cols.push({ name: 'id_bytes', type: 'bytes', count: h.id_bytes ?? 0 });
    }
    return cols;
}
/**
 * Writes DIR/examples.bin (same data → same bytes) and returns its path. Written to a temporary
 * name first and renamed, so a crash never leaves a half-written sidecar under the real name.
 */
async function writeExamples(dir, data, logger = util_progress/* silentLogger */.q) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, EXAMPLES_FILE);
    const width = scoreWidth(data);
    const ids = encodedIds(data);
    const header = {
        schema: EXAMPLES_FORMAT,
        task: data.task,
        n: data.n,
        ids: ids !== null,
        score_width: width,
        byte_order: 'little',
        columns: [],
    };
    if (data.task !== 'regression') {
        header.classes = data.classes;
        if (data.positive !== undefined)
            header.positive = data.positive;
        if (data.scoreClasses)
            header.score_classes = data.scoreClasses;
        if (data.scoreKind)
            header.score_kind = data.scoreKind;
    }
    if (ids)
        header.id_bytes = ids.bytes.length;
    header.columns = layout(header);
    const columns = [bytesOf(data.yTrue), bytesOf(canonicalNaN(data.yPred))];
    if (width > 0)
        columns.push(bytesOf(canonicalNaN(data.scores)));
    if (ids)
        columns.push(bytesOf(ids.lengths), ids.bytes);
    const headerBytes = headerLine(header);
    const total = headerBytes.length + columns.reduce((acc, c) => acc + pad8(c.length), 0);
    const tmp = `${path}.${process.pid}.tmp`;
    const progress = logger.progress.start(`Writing ${path}`);
    let file = await (0,promises_.open)(tmp, 'w');
    try {
        let written = 0;
        const put = async (bytes) => {
            for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
                const piece = bytes.subarray(at, Math.min(bytes.length, at + PIECE_BYTES));
                await file.write(piece);
                written += piece.length;
                progress.update(written, total, undefined, undefined);
            }
        };
        await put(headerBytes);
        for (const c of columns) {
            await put(c);
            if (pad8(c.length) > c.length)
                await put(new Uint8Array(pad8(c.length) - c.length));
        }
        await file.close();
        file = null;
        await (0,promises_.rename)(tmp, path);
    }
    catch (e) {
        await file?.close().catch(() => { });
        await (0,promises_.rm)(tmp, { force: true });
        throw e;
    }
    progress.done(`${data.n} rows, ${(total / 2 ** 20).toFixed(1)} MiB`);
    return path;
}
/** The header as one line, padded with spaces so its length (with the '\n') is a multiple of 8. */
function headerLine(header) {
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const length = pad8(json.length + 1);
    const line = Buffer.alloc(length, 0x20);
    json.copy(line);
    line[length - 1] = 0x0a;
    return line;
}
/** The ids' UTF-8 back to back, with each id's byte length (the sidecar's two id columns). */
function encodedIds(data) {
    const ids = idBytesFor(data);
    if (ids === null)
        return null;
    const { bytes, offsets, n } = ids;
    const lengths = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        lengths[i] = offsets[i + 1] - offsets[i];
    return { lengths, bytes: bytes.subarray(offsets[0], offsets[n]) };
}
/**
 * `data.ids` as UTF-8 bytes: the reader's own bytes when it kept them (no strings built), else
 * encoded from the strings. The bytes are the same either way: each of the reader's ids is
 * well-formed UTF-8 (checked here, else the strings — which would carry U+FFFD — decide), and a
 * string decoded from UTF-8 encodes back to the same bytes. So two ids are equal exactly when
 * their bytes are, and pairing can compare bytes.
 */
function idBytesFor(data) {
    const raw = (0,evaluation_data/* idBytesOf */.QG)(data);
    if (raw !== undefined && raw.n === data.n) {
        const { bytes, offsets, n } = raw;
        if ((0,external_node_buffer_.isAscii)(bytes.subarray(offsets[0], offsets[n])) || everyIdUtf8(bytes, offsets, n))
            return raw;
    }
    return data.ids ? idBytesOfStrings(data.ids) : null;
}
/** Strings as UTF-8 bytes end to end. */
function idBytesOfStrings(ids) {
    const { lengths, bytes } = encodeIds(ids);
    const offsets = new Int32Array(lengths.length + 1);
    for (let i = 0; i < lengths.length; i++)
        offsets[i + 1] = offsets[i] + lengths[i];
    return { n: lengths.length, bytes, offsets };
}
/** The ids as strings, `lengths[i]` bytes each. */
function decodeIds(bytes, lengths) {
    const ids = new Array(lengths.length);
    let s = 0;
    for (let i = 0; i < lengths.length; i++) {
        const e = s + lengths[i];
        ids[i] = bytes.toString('utf8', s, e);
        s = e;
    }
    return ids;
}
/** Decodes the ids on first use (`setLazyIds`). */
function decodeIdBytes({ n, bytes, offsets }) {
    return () => {
        const ids = new Array(n);
        for (let i = 0; i < n; i++)
            ids[i] = bytes.toString('utf8', offsets[i], offsets[i + 1]);
        return ids;
    };
}
/** Each id on its own is well-formed UTF-8 (the whole being so is not enough: a split sequence). */
function everyIdUtf8(bytes, offsets, n) {
    for (let i = 0; i < n; i++)
        if (!(0,external_node_buffer_.isUtf8)(bytes.subarray(offsets[i], offsets[i + 1])))
            return false;
    return true;
}
/** The ids' UTF-8 back to back, with each id's byte length. */
function encodeIds(ids) {
    const lengths = new Uint32Array(ids.length);
    let total = 0;
    for (let i = 0; i < ids.length; i++) {
        const l = Buffer.byteLength(ids[i], 'utf8');
        lengths[i] = l;
        total += l;
    }
    const bytes = Buffer.allocUnsafe(total);
    let at = 0;
    for (let i = 0; i < ids.length; i++)
        at += bytes.write(ids[i], at, 'utf8');
    return { lengths, bytes };
}
/** Every NaN as the one canonical NaN, so the same values always give the same bytes. */
function canonicalNaN(a) {
    if (!(a instanceof Float64Array))
        return a;
    let copy = null;
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== a[i]) {
            copy ??= Float64Array.from(a);
            copy[i] = NaN;
        }
        else if (a[i] === Infinity || a[i] === -Infinity) {
            // examples@1 wrote non-finite numbers as null (read back as NaN): the same meaning here.
            copy ??= Float64Array.from(a);
            copy[i] = NaN;
        }
    }
    return (copy ?? a);
}
/** The little-endian bytes of a typed array (a view when the machine is little-endian). */
function bytesOf(a) {
    if (LITTLE_ENDIAN)
        return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const out = new Uint8Array(a.byteLength);
    const view = new DataView(out.buffer);
    const w = a.BYTES_PER_ELEMENT;
    for (let i = 0; i < a.length; i++) {
        if (a instanceof Float64Array)
            view.setFloat64(i * w, a[i], true);
        else if (a instanceof Int32Array)
            view.setInt32(i * w, a[i], true);
        else
            view.setUint32(i * w, a[i], true);
    }
    return out;
}
/**
 * Reads a sidecar back into EvaluationData: `examples@2` (this version) or `examples@1` (gzip
 * JSON Lines, model-gate ≤ 0.1), told apart by their first bytes. The file is untrusted: the
 * header is validated, the declared layout must match the file's size exactly before anything is
 * allocated (so a garbled n cannot ask for gigabytes), and every code, number and id is checked.
 */
async function readExamples(file, logger = util_progress/* silentLogger */.q) {
    let fh;
    try {
        fh = await (0,promises_.open)(file, 'r');
    }
    catch (e) {
        const err = e;
        throw new src_errors/* InputError */.dz({ file }, err.code === 'ENOENT' ? 'file not found' : `cannot read: ${err.message}`);
    }
    try {
        const size = (await fh.stat()).size;
        const magic = Buffer.alloc(2);
        await fh.read(magic, 0, 2, 0);
        if (magic[0] === 0x1f && magic[1] === 0x8b) {
            await fh.close();
            return await readExamplesV1(file);
        }
        return await readColumnar(fh, file, size, logger);
    }
    finally {
        await fh.close().catch(() => { });
    }
}
async function readColumnar(fh, file, size, logger) {
    const bad = (message) => {
        throw new src_errors/* InputError */.dz({ file }, message);
    };
    const { header, headerLength } = await readHeader(fh, file, size);
    const cols = layout(header);
    // The layout implied by the header's fields must be the one it declares, and fill the file.
    const declared = JSON.stringify(header.columns);
    if (declared !== JSON.stringify(cols))
        bad(`the header's "columns" ${declared.slice(0, 300)} do not match its fields (expected ${JSON.stringify(cols)})`);
    const expected = headerLength + cols.reduce((acc, c) => acc + pad8(c.count * WIDTH[c.type]), 0);
    if (size < expected)
        bad(`truncated: the header declares ${header.n} rows (${expected} bytes in all) but the file has ${size} bytes`);
    if (size > expected)
        bad(`${size - expected} unexpected bytes after the ${header.n} rows the header declares (a damaged file)`);
    const progress = logger.progress.start(`Reading ${file}`);
    let done = headerLength;
    let at = headerLength;
    const fill = async (target) => {
        for (let off = 0; off < target.length; off += PIECE_BYTES) {
            const len = Math.min(PIECE_BYTES, target.length - off);
            const { bytesRead } = await fh.read(target, off, len, at + off);
            if (bytesRead !== len)
                bad('the file shrank while it was being read');
            done += len;
            progress.update(done, size, undefined, undefined);
        }
        at += pad8(target.length);
        // Count the padding too, so the last update reaches the file's size.
        done = at;
        progress.update(done, size, undefined, undefined);
    };
    const readColumn = async (make, count) => {
        const a = make(count);
        await fill(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
        if (!LITTLE_ENDIAN)
            swapToHost(a);
        return a;
    };
    const n = header.n;
    const regression = header.task === 'regression';
    const makeLabels = (c) => regression ? new Float64Array(c) : new Int32Array(c);
    const yTrue = await readColumn(makeLabels, n);
    const yPred = await readColumn(makeLabels, n);
    const scores = header.score_width > 0 ? await readColumn((c) => new Float64Array(c), n * header.score_width) : null;
    let ids = null;
    let idBytes = null;
    if (header.ids) {
        const lengths = await readColumn((c) => new Uint32Array(c), n);
        let sum = 0;
        for (let i = 0; i < n; i++)
            sum += lengths[i];
        if (sum !== header.id_bytes)
            bad(`the id lengths add up to ${sum} bytes but the header declares "id_bytes": ${header.id_bytes}`);
        const bytes = Buffer.allocUnsafe(header.id_bytes);
        await fill(bytes);
        if (!(0,external_node_buffer_.isUtf8)(bytes))
            bad('the ids are not valid UTF-8 (a damaged file)');
        if (bytes.length > 0x7fffffff)
            ids = decodeIds(bytes, lengths);
        else {
            const offsets = new Int32Array(n + 1);
            for (let i = 0; i < n; i++)
                offsets[i + 1] = offsets[i] + lengths[i];
            // A sequence split between two ids is valid in the whole but not per id (decoded with
            // U+FFFD): such ids are decoded now, as strings, and pair as strings.
            if ((0,external_node_buffer_.isAscii)(bytes) || everyIdUtf8(bytes, offsets, n)) {
                idBytes = { n, bytes, offsets };
            }
            else
                ids = decodeIds(bytes, lengths);
        }
    }
    progress.done(`${n} rows`);
    const row = (name, i, what) => bad(`row ${i + 1}: ${name} ${what} (a damaged file)`);
    if (regression) {
        const t = yTrue;
        const p = yPred;
        for (let i = 0; i < n; i++) {
            if (!Number.isFinite(t[i]))
                row('y_true', i, `is ${t[i]}, not a finite number`);
            if (p[i] !== p[i])
                p[i] = NaN;
            else if (!Number.isFinite(p[i]))
                row('y_pred', i, `is ${p[i]}, not a finite number or NaN`);
        }
        const data = { task: 'regression', n, yTrue: t, yPred: p, ids };
        if (idBytes)
            (0,evaluation_data/* setLazyIds */.XX)(data, idBytes, decodeIdBytes(idBytes));
        return data;
    }
    const nc = header.classes.length;
    const t = yTrue;
    const p = yPred;
    for (let i = 0; i < n; i++) {
        if (t[i] < 0 || t[i] >= nc)
            row('y_true', i, `${t[i]} is not a class index from 0 to ${nc - 1}`);
        if (p[i] < -1 || p[i] >= nc)
            row('y_pred', i, `${p[i]} is not a class index from -1 to ${nc - 1}`);
    }
    if (scores) {
        const w = header.score_width;
        for (let k = 0; k < scores.length; k++) {
            const x = scores[k];
            if (x !== x)
                scores[k] = NaN;
            else if (!Number.isFinite(x))
                row('score', Math.floor(k / w), `${x} is not a finite number or NaN`);
        }
    }
    const data = {
        task: header.task,
        n,
        classes: header.classes,
        yTrue: t,
        yPred: p,
        scores,
        ids,
    };
    if (header.positive !== undefined)
        data.positive = header.positive;
    if (header.score_classes)
        data.scoreClasses = header.score_classes;
    if (header.score_kind)
        data.scoreKind = header.score_kind;
    if (idBytes)
        (0,evaluation_data/* setLazyIds */.XX)(data, idBytes, decodeIdBytes(idBytes));
    return data;
}
/** The header line (up to the first '\n'), parsed and validated. */
async function readHeader(fh, file, size) {
    const bad = (message) => {
        throw new src_errors/* InputError */.dz({ file }, message);
    };
    if (size === 0)
        bad(`empty examples file (expected a ${EXAMPLES_FORMAT} header)`);
    let buf = Buffer.alloc(Math.min(size, 64 << 10));
    let end = -1;
    let have = 0;
    for (;;) {
        const { bytesRead } = await fh.read(buf, have, buf.length - have, have);
        if (bytesRead === 0)
            break;
        const from = have;
        have += bytesRead;
        end = buf.subarray(from, have).indexOf(0x0a);
        if (end >= 0) {
            end += from;
            break;
        }
        if (have < buf.length)
            continue;
        if (buf.length >= Math.min(size, MAX_HEADER_BYTES))
            break;
        const grown = Buffer.alloc(Math.min(size, MAX_HEADER_BYTES, buf.length * 4));
        buf.copy(grown, 0, 0, have);
        buf = grown;
    }
    if (end < 0)
        bad(buf[0] === 0x7b
            ? `the header line has no end within ${Math.min(size, MAX_HEADER_BYTES)} bytes (a damaged file)`
            : `not a model-gate examples file (expected a ${EXAMPLES_FORMAT} header line or a gzip ${EXAMPLES_FORMAT_V1} file)`);
    let value;
    try {
        value = JSON.parse(buf.toString('utf8', 0, end));
    }
    catch {
        bad(buf[0] === 0x7b
            ? 'the header line is not valid JSON (a damaged examples file)'
            : `not a model-gate examples file (expected a ${EXAMPLES_FORMAT} header line or a gzip ${EXAMPLES_FORMAT_V1} file)`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        bad(`expected a ${EXAMPLES_FORMAT} header object`);
    const h = value;
    if (h.schema !== EXAMPLES_FORMAT)
        bad(`unknown schema ${JSON.stringify(h.schema)}; this version reads "${EXAMPLES_FORMAT}" and "${EXAMPLES_FORMAT_V1}"`);
    validateShape(h, bad);
    if (h.byte_order !== 'little')
        bad(`"byte_order" ${JSON.stringify(h.byte_order)} is not "little"`);
    if (h.ids === true) {
        const b = h.id_bytes;
        if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > size)
            bad(`"id_bytes" ${JSON.stringify(b)} is not a byte count within the file's ${size} bytes`);
    }
    else if (h.id_bytes !== undefined)
        bad('"id_bytes" without ids');
    if (!Array.isArray(h.columns))
        bad('"columns" must be a list');
    const headerLength = end + 1;
    if (headerLength % 8 !== 0)
        bad(`the header line is ${headerLength} bytes, not a multiple of 8 (a damaged file)`);
    return { header: h, headerLength };
}
/** Little-endian file bytes to host order, on a big-endian machine. */
function swapToHost(a) {
    const view = new DataView(a.buffer, a.byteOffset, a.byteLength);
    const w = a.BYTES_PER_ELEMENT;
    for (let i = 0; i < a.length; i++) {
        if (a instanceof Float64Array)
            a[i] = view.getFloat64(i * w, true);
        else if (a instanceof Int32Array)
            a[i] = view.getInt32(i * w, true);
        else
            a[i] = view.getUint32(i * w, true);
    }
}


/***/ }),

/***/ 31794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ parseResult)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/result/examples.ts + 1 modules
var examples = __webpack_require__(5063);
// EXTERNAL MODULE: ./src/result/schema.ts
var schema = __webpack_require__(6318);
// EXTERNAL MODULE: ./src/registry/metrics.ts
var metrics = __webpack_require__(36502);
;// CONCATENATED MODULE: ./src/result/validate.ts
/**
 * Type and range checks for a result.json read back from disk (a baseline, a `compare` input, a
 * pull request's report artifact). Any of them may come from another machine or a hostile fork,
 * so every field the reports or the comparison use is checked for its schema type, and every
 * metric for the range its declaration gives (src/registry/metrics.ts). A problem is one sentence
 * naming the field path, e.g. `"bench.host.cpu_cores" must be a number (found a string)`.
 */

function kind(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'an object';
    if (typeof v === 'string')
        return 'a string';
    return `a ${typeof v}`;
}
function obj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** The first problem found, or null when the document passes. */
function resultProblem(r) {
    const problems = [];
    const need = (path, v, type, optional) => {
        if (v === undefined && optional)
            return;
        if (v === undefined)
            return problems.push(`required field "${path}" is missing`);
        const ok = type === 'string'
            ? typeof v === 'string'
            : type === 'number'
                ? typeof v === 'number' && Number.isFinite(v)
                : typeof v === 'number' && Number.isSafeInteger(v);
        if (!ok)
            problems.push(`"${path}" must be ${type === 'integer' ? 'an integer' : `a ${type}`} (found ${kind(v)})`);
    };
    const needObject = (path, v, optional) => {
        if (v === undefined && optional)
            return false;
        if (v === undefined) {
            problems.push(`required field "${path}" is missing`);
            return false;
        }
        if (!obj(v)) {
            problems.push(`"${path}" must be an object (found ${kind(v)})`);
            return false;
        }
        return true;
    };
    if (needObject('tool', r.tool, false)) {
        need('tool.name', r.tool.name, 'string', false);
        need('tool.version', r.tool.version, 'string', false);
    }
    need('created_at', r.created_at, 'string', false);
    if (needObject('dataset', r.dataset, false)) {
        need('dataset.fingerprint', r.dataset.fingerprint, 'string', false);
        for (const k of ['predictions_file', 'labels_file', 'positive_label'])
            need(`dataset.${k}`, r.dataset[k], 'string', true);
    }
    if (needObject('source', r.source, true)) {
        for (const k of ['commit', 'ref', 'branch', 'run_url', 'event'])
            need(`source.${k}`, r.source[k], 'string', true);
        need('source.pr_number', r.source.pr_number, 'integer', true);
    }
    if (r.warnings !== undefined) {
        if (!Array.isArray(r.warnings))
            problems.push(`"warnings" must be a list (found ${kind(r.warnings)})`);
        else
            r.warnings.forEach((w, i) => need(`warnings[${i}]`, w, 'string', false));
    }
    // Optional sections: absent (or null) is fine; anything else must be an object, or the code that
    // reads `r.confusion.counts` or `r.statistics.terms.brier` meets a number or a list.
    for (const k of ['per_class', 'confusion', 'statistics', 'gate'])
        if (r[k] !== null && r[k] !== undefined && !obj(r[k]))
            problems.push(`"${k}" must be an object (found ${kind(r[k])})`);
    if (obj(r.statistics)) {
        // The unpaired tests compute means and variances from these sums: a string or a negative
        // count would give a silently wrong p-value.
        if (needObject('statistics.terms', r.statistics.terms, false))
            for (const [name, m] of Object.entries(r.statistics.terms)) {
                if (!needObject(`statistics.terms.${name}`, m, false))
                    continue;
                need(`statistics.terms.${name}.n`, m.n, 'integer', false);
                // A sum may have overflowed to ±inf (written "inf"), which the tests treat as such; NaN never.
                for (const k of ['sum', 'sum_sq'])
                    if (typeof m[k] !== 'number' || Number.isNaN(m[k]))
                        problems.push(`"statistics.terms.${name}.${k}" must be a number (found ${kind(m[k])})`);
                if (typeof m.n === 'number' && m.n < 0)
                    problems.push(`"statistics.terms.${name}.n" must not be negative`);
                if (typeof m.sum_sq === 'number' && m.sum_sq < 0)
                    problems.push(`"statistics.terms.${name}.sum_sq" must not be negative`);
            }
    }
    if (obj(r.metrics)) {
        for (const [name, v] of Object.entries(r.metrics)) {
            if (typeof v !== 'number')
                continue; // null or type errors are reported by the caller
            const range = (0,metrics/* metricDeclaration */.NL)(name)?.range;
            // ±Infinity is an honest overflow (written "inf"/"-inf") where the metric's range allows it.
            if (Number.isNaN(v) || (!Number.isFinite(v) && !(range && v >= range[0] && v <= range[1])))
                problems.push(`"metrics.${name}" must be a number${range ? ` in ${range[0]}..${range[1]}` : ''}`);
            else if (range && (v < range[0] || v > range[1]))
                problems.push(`"metrics.${name}" is ${v}, outside its possible range ${range[0]}..${range[1]}`);
        }
    }
    if (obj(r.bench)) {
        if (needObject('bench.host', r.bench.host, true)) {
            const h = r.bench.host;
            for (const k of ['cpu_model', 'os', 'arch', 'fingerprint'])
                need(`bench.host.${k}`, h[k], 'string', true);
            need('bench.host.cpu_cores', h.cpu_cores, 'number', true);
            need('bench.host.memory_bytes', h.memory_bytes, 'number', true);
            if (h.runner_name !== undefined && h.runner_name !== null)
                need('bench.host.runner_name', h.runner_name, 'string', false);
            if (h.gpus !== undefined) {
                if (!Array.isArray(h.gpus))
                    problems.push(`"bench.host.gpus" must be a list (found ${kind(h.gpus)})`);
                else
                    h.gpus.forEach((g, i) => {
                        if (needObject(`bench.host.gpus[${i}]`, g, false))
                            need(`bench.host.gpus[${i}].model`, g.model, 'string', false);
                    });
            }
        }
        if (r.bench.command !== undefined) {
            if (!Array.isArray(r.bench.command))
                problems.push(`"bench.command" must be a list (found ${kind(r.bench.command)})`);
            else
                r.bench.command.forEach((c, i) => need(`bench.command[${i}]`, c, 'string', false));
        }
        if (Array.isArray(r.bench.runs))
            r.bench.runs.forEach((run, i) => {
                if (!needObject(`bench.runs[${i}]`, run, false))
                    return;
                need(`bench.runs[${i}].wall_seconds`, run.wall_seconds, 'number', false);
            });
        if (r.bench.summary !== undefined && obj(r.bench.summary)) {
            for (const [field, s] of Object.entries(r.bench.summary)) {
                if (!needObject(`bench.summary.${field}`, s, false))
                    continue;
                for (const k of ['median', 'mean', 'stddev', 'min', 'max', 'n'])
                    need(`bench.summary.${field}.${k}`, s[k], 'number', false);
            }
        }
    }
    if (obj(r.per_class)) {
        for (const [label, s] of Object.entries(r.per_class)) {
            if (!needObject(`per_class.${label}`, s, false))
                continue;
            for (const k of ['precision', 'recall', 'f1', 'support'])
                need(`per_class.${label}.${k}`, s[k], 'number', false);
        }
    }
    if (obj(r.confusion)) {
        const c = r.confusion;
        if (!Array.isArray(c.labels))
            problems.push('"confusion.labels" must be a list');
        else
            c.labels.forEach((l, i) => need(`confusion.labels[${i}]`, l, 'string', false));
        if (!Array.isArray(c.counts))
            problems.push('"confusion.counts" must be a list');
        else
            c.counts.forEach((cell, i) => {
                if (!Array.isArray(cell) ||
                    cell.length !== 3 ||
                    typeof cell[0] !== 'string' ||
                    typeof cell[1] !== 'string' ||
                    !Number.isSafeInteger(cell[2]) ||
                    cell[2] < 0)
                    problems.push(`"confusion.counts[${i}]" must be [true label, predicted label, count]`);
            });
    }
    if (obj(r.errors)) {
        const e = r.errors;
        if (e.top_confusions !== undefined) {
            if (!Array.isArray(e.top_confusions))
                problems.push('"errors.top_confusions" must be a list');
            else
                e.top_confusions.forEach((t, i) => {
                    if (!needObject(`errors.top_confusions[${i}]`, t, false))
                        return;
                    need(`errors.top_confusions[${i}].true`, t.true, 'string', false);
                    need(`errors.top_confusions[${i}].predicted`, t.predicted, 'string', false);
                    need(`errors.top_confusions[${i}].count`, t.count, 'number', false);
                });
        }
        if (e.missing_ids !== undefined) {
            if (!Array.isArray(e.missing_ids))
                problems.push('"errors.missing_ids" must be a list');
            else
                e.missing_ids.forEach((id, i) => need(`errors.missing_ids[${i}]`, id, 'string', false));
        }
    }
    if (obj(r.gate)) {
        const g = r.gate;
        if (!['pass', 'warn', 'fail', 'no-baseline'].includes(g.verdict))
            problems.push('"gate.verdict" must be pass, warn, fail or no-baseline');
        if (!Array.isArray(g.checks))
            problems.push('"gate.checks" must be a list');
        else
            g.checks.forEach((c, i) => {
                if (!needObject(`gate.checks[${i}]`, c, false))
                    return;
                need(`gate.checks[${i}].metric`, c.metric, 'string', false);
                need(`gate.checks[${i}].threshold`, c.threshold, 'string', false);
                for (const k of ['baseline', 'candidate', 'delta', 'p_value'])
                    if (c[k] !== null)
                        need(`gate.checks[${i}].${k}`, c[k], 'number', false);
                if (!['pass', 'improved', 'warn', 'fail', 'no-baseline'].includes(c.verdict))
                    problems.push(`"gate.checks[${i}].verdict" must be pass, improved, warn, fail or no-baseline`);
                need(`gate.checks[${i}].test`, c.test, 'string', true);
                need(`gate.checks[${i}].reason`, c.reason, 'string', true);
            });
        if (g.warnings !== undefined) {
            if (!Array.isArray(g.warnings))
                problems.push('"gate.warnings" must be a list');
            else
                g.warnings.forEach((w, i) => need(`gate.warnings[${i}]`, w, 'string', false));
        }
        if (obj(g.baseline_source))
            for (const k of ['created_at', 'commit', 'ref', 'fingerprint'])
                need(`gate.baseline_source.${k}`, g.baseline_source[k], 'string', true);
    }
    return problems[0] ?? null;
}

// EXTERNAL MODULE: ./src/result/write.ts
var write = __webpack_require__(71618);
;// CONCATENATED MODULE: ./src/result/parse.ts





/** Parses and sanity-checks a result.json (shape only; values are not re-validated). */
function parseResult(text, file) {
    let value;
    try {
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        throw new errors/* InputError */.dz({ file }, `not valid JSON (${e.message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new errors/* InputError */.dz({ file }, 'expected a JSON object (a model-gate result.json)');
    const r = value;
    if (r.schema !== schema/* RESULT_SCHEMA */.w)
        throw new errors/* InputError */.dz({ file }, r.schema === undefined
            ? `not a model-gate result (no "schema"; expected "${schema/* RESULT_SCHEMA */.w}")`
            : `unknown schema ${JSON.stringify(r.schema)}; this version of model-gate reads "${schema/* RESULT_SCHEMA */.w}"`);
    const bad = (what) => {
        throw new errors/* InputError */.dz({ file }, `malformed result: ${what}`);
    };
    if (r.task !== 'binary' && r.task !== 'multiclass' && r.task !== 'regression')
        bad('"task" must be binary, multiclass or regression');
    if (typeof r.n !== 'number' || !Number.isInteger(r.n) || r.n < 0)
        bad('"n" must be a row count');
    const ds = r.dataset;
    if (typeof ds !== 'object' || ds === null || typeof ds.fingerprint !== 'string')
        bad('"dataset.fingerprint" must be a string');
    const metrics = r.metrics;
    if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics))
        bad('"metrics" must be an object');
    for (const [k, raw] of Object.entries(metrics)) {
        const v = (0,write/* reviveNumber */.$L)(raw);
        if (v !== null && typeof v !== 'number')
            bad(`metrics.${k} must be a number, null, "inf" or "-inf"`);
        metrics[k] = v;
    }
    if (r.examples !== undefined) {
        const ex = r.examples;
        if (typeof ex !== 'object' || ex === null || typeof ex.file !== 'string')
            bad('"examples.file" must be a string');
        if (typeof ex.format !== 'string' || !examples/* EXAMPLES_FORMATS */.xe.includes(ex.format))
            bad(`examples.format ${JSON.stringify(ex.format)} is not one of "${examples/* EXAMPLES_FORMATS */.xe.join('", "')}"`);
    }
    if (r.bench !== undefined) {
        const b = r.bench;
        if (typeof b !== 'object' || b === null || !Array.isArray(b.runs))
            bad('"bench.runs" must be a list');
    }
    // Sums that overflowed were written as "inf" too (serializeResult): read them back as numbers.
    const stats = r.statistics;
    if (stats && typeof stats === 'object' && stats.terms && typeof stats.terms === 'object')
        for (const m of Object.values(stats.terms))
            if (m && typeof m === 'object')
                for (const k of ['sum', 'sum_sq'])
                    m[k] = (0,write/* reviveNumber */.$L)(m[k]);
    const problem = resultProblem(r);
    if (problem)
        bad(problem);
    if (!Array.isArray(r.warnings))
        r.warnings = [];
    if (typeof r.errors !== 'object' || r.errors === null)
        r.errors = {
            error_rate: null,
            top_confusions: [],
            missing_predictions: 0,
            extra_predictions: 0,
            invalid_rows: 0,
        };
    if (typeof r.source !== 'object' || r.source === null)
        r.source = {};
    return r;
}


/***/ }),

/***/ 6318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ BENCH_SUMMARY_FIELDS),
/* harmony export */   w: () => (/* binding */ RESULT_SCHEMA)
/* harmony export */ });
/* harmony import */ var _registry_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36502);
/**
 * model-gate/result@1 — the one document that flows through every stage and is what a baseline is.
 * JSON has no NaN: a metric that is undefined for the data (e.g. Cohen's kappa of two identical
 * constant raters) is `null`, and `warnings` says why.
 */

const RESULT_SCHEMA = 'model-gate/result@1';
/** The `bench.summary` fields, in report order (GPU and latency ones only when measured): the
 * `bench.*` declarations of the metric registry, so a new bench field is one declaration. */
const BENCH_SUMMARY_FIELDS = _registry_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .BENCH_FIELD_NAMES */ .RW;


/***/ }),

/***/ 71618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ reviveNumber),
/* harmony export */   Tl: () => (/* binding */ writeTextFile),
/* harmony export */   Zk: () => (/* binding */ writeResult),
/* harmony export */   sf: () => (/* binding */ serializeResult)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * result.json as written everywhere: two-space JSON, trailing newline, same bytes for same data.
 * JSON has no infinity, and writing one as null (JSON.stringify's choice) would turn an overflowed
 * metric into "not computed": ±Infinity is written as the string "inf" / "-inf" instead, and
 * `reviveNumber` reads it back.
 */
function serializeResult(result) {
    return JSON.stringify(result, infinityAsString, 2) + '\n';
}
function infinityAsString(_key, value) {
    if (value === Infinity)
        return 'inf';
    if (value === -Infinity)
        return '-inf';
    return value;
}
/** A number of result.json as written by `serializeResult`: "inf" / "-inf" are ±Infinity. */
function reviveNumber(value) {
    if (value === 'inf')
        return Infinity;
    if (value === '-inf')
        return -Infinity;
    return value;
}
async function writeTextFile(path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text);
}
async function writeResult(path, result) {
    await writeTextFile(path, serializeResult(result));
}


/***/ }),

/***/ 51257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ envLimit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * A limit from the environment (a positive integer: bytes, or `unit`), else its default. Read when a file
 * is opened, not at load time, so a bad value is a usage error naming the variable rather than a
 * silently ignored setting (a user who raised a limit must not be held to the default unawares).
 */
function envLimit(name, fallback, unit = 'bytes') {
    const raw = process.env[name];
    if (raw === undefined || raw === '')
        return fallback;
    const v = Number(raw.trim());
    if (!/^\s*[0-9]+\s*$/.test(raw) || !Number.isSafeInteger(v) || v <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name} must be a whole number of ${unit} above 0, got ${JSON.stringify(raw.slice(0, 40))}; ` +
            `unset it for the default (${fallback} ${unit}).`);
    return v;
}


/***/ }),

/***/ 65365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ blockingStep),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentProgress = { update() { }, done() { } };
/**
 * Runs a step that blocks the event loop, its label shown before it starts (`immediate`) and its
 * summary after, so no long synchronous step runs silently.
 */
function blockingStep(logger, label, fn, summary) {
    const progress = logger.progress.start(label, { immediate: true });
    const value = fn();
    progress.done(summary?.(value));
    return value;
}
const silentLogger = {
    info() { },
    warning() { },
    group: (_name, fn) => fn(),
    progress: { start: () => silentProgress },
};


/***/ }),

/***/ 43347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   EQ: () => (/* binding */ exampleValue),
/* harmony export */   Hd: () => (/* binding */ displayScale),
/* harmony export */   Lf: () => (/* binding */ parseQuantity),
/* harmony export */   N_: () => (/* binding */ unsignZero),
/* harmony export */   TA: () => (/* binding */ expectedForm),
/* harmony export */   VZ: () => (/* binding */ formatQuantity),
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   eD: () => (/* binding */ formatChange),
/* harmony export */   ej: () => (/* binding */ formatAmount),
/* harmony export */   lV: () => (/* binding */ MISSING),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   os: () => (/* binding */ baseDivisor),
/* harmony export */   x8: () => (/* binding */ signed),
/* harmony export */   xC: () => (/* binding */ formatAsWritten),
/* harmony export */   zJ: () => (/* binding */ formatDecimal)
/* harmony export */ });
/* unused harmony exports fixedSig, parseSize, parseDuration, QUANTITY_UNITS */
/**
 * Quantities: the one place that knows each unit's name, how a gate.yml value in it is read
 * (`2GiB`, `200ms`, `1.5pp`, `90%`) and how a value, a change and an unsigned amount of it are
 * written ("1.308 GiB", "+56.36 MiB", "1.20 points"). Every renderer (text, Markdown, HTML, SVG),
 * the check reasons and the gate.yml parser go through here, so a unit is printed and read alike
 * everywhere (the model is hyperfine's src/util/units.rs).
 *
 * Deterministic, no locale: the same value renders the same bytes on every machine.
 */
/** Shown for a missing value (null, NaN, undefined). */
const MISSING = '—';
function isMissing(v) {
    return v === null || v === undefined || Number.isNaN(v);
}
/** Remove a sign from a rendering of zero ("-0.00" → "0.00"). */
function unsignZero(s) {
    return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}
/** Signed, e.g. "+1.20" / "-0.35" / "0.00" (zero and missing stay unsigned). */
function signed(s) {
    if (s.startsWith('-') || /^0(\.0*)?(\s|%|$)/.test(s) || s === MISSING)
        return s;
    return '+' + s;
}
/** `x` with `sig` significant digits in fixed notation (no exponent), e.g. 1.234, 12.35, 1235. */
function fixedSig(x, sig = 4) {
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    const digits = Math.floor(Math.log10(a)) + 1;
    const decimals = Math.min(20, Math.max(0, sig - digits));
    let s = x.toFixed(decimals);
    // Rounding can add a digit (9.9996 → "10.000"); drop the extra decimal.
    if (decimals > 0 && Math.abs(Number(s)) >= 10 ** digits)
        s = x.toFixed(decimals - 1);
    return unsignZero(s);
}
/** Integer with thousands separators: 12345 → "12,345". */
function formatCount(n) {
    if (isMissing(n))
        return MISSING;
    if (!Number.isFinite(n))
        return n > 0 ? '∞' : '-∞';
    const neg = n < 0;
    const [int, frac] = Math.abs(n).toString().split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return (neg ? '-' : '') + grouped + (frac ? '.' + frac : '');
}
/** A unitless value: 4 decimals (0.9123); exponent with 4 significant digits when tiny or huge. */
function formatDecimal(v) {
    if (isMissing(v))
        return MISSING;
    if (!Number.isFinite(v))
        return v > 0 ? '∞' : '-∞';
    const a = Math.abs(v);
    if (a !== 0 && (a < 1e-4 || a >= 1e7))
        return v.toExponential(3);
    return unsignZero(v.toFixed(4));
}
const TIME_SCALES = [
    { suffix: 's', factor: 1 },
    { suffix: 'ms', factor: 1e3 },
    { suffix: 'µs', factor: 1e6 },
    { suffix: 'ns', factor: 1e9 },
];
const BYTE_SCALES = [
    { suffix: 'TiB', factor: 1 / 1024 ** 4 },
    { suffix: 'GiB', factor: 1 / 1024 ** 3 },
    { suffix: 'MiB', factor: 1 / 1024 ** 2 },
    { suffix: 'KiB', factor: 1 / 1024 },
    { suffix: 'B', factor: 1 },
];
function timeScale(seconds) {
    const a = Math.abs(seconds);
    if (a >= 1 || a === 0)
        return TIME_SCALES[0];
    if (a >= 1e-3)
        return TIME_SCALES[1];
    if (a >= 1e-6)
        return TIME_SCALES[2];
    return TIME_SCALES[3];
}
function byteScale(bytes) {
    const a = Math.abs(bytes);
    for (const s of BYTE_SCALES)
        if (a * s.factor >= 1)
            return s;
    return BYTE_SCALES[BYTE_SCALES.length - 1];
}
/** How many stored units make one base unit (ms → s: values are divided by 1000 for display). */
function baseDivisor(unit) {
    if (unit === 'milliseconds')
        return 1000;
    if (unit === 'percent')
        return 100; // OpenMetrics writes ratios (0–1)
    return 1;
}
/** The scale of a unit for a base-unit reference value; null for units without scales. */
function scaleFor(unit, referenceBase) {
    if (unit === 'seconds' || unit === 'milliseconds')
        return timeScale(referenceBase);
    if (unit === 'bytes')
        return byteScale(referenceBase);
    return null;
}
/** The display scale for a stored reference value: multiply a stored value by `factor`. */
function displayScale(unit, reference) {
    const toBase = unit === 'milliseconds' ? 1 / 1000 : 1;
    const scale = scaleFor(unit, reference * toBase);
    return scale ? { suffix: scale.suffix, factor: scale.factor * toBase } : { suffix: '', factor: 1 };
}
function withScale(v, scale, sig) {
    const x = v * scale.factor;
    if (scale.suffix === 'B')
        return `${formatCount(Math.round(x))} B`;
    return `${fixedSig(x, sig)} ${scale.suffix}`;
}
// ---------------------------------------------------------------- formatting
/**
 * A stored value in `unit`: "1.235 s", "812.4 MiB", "87.5%", "1,234/s", "0.9123". With a
 * `reference` (a stored value too), seconds and bytes use the reference's scale and enough
 * decimals for it to show 4 significant digits, so a median and its spread read in one unit.
 */
function formatQuantity(v, unit, reference) {
    if (isMissing(v))
        return MISSING;
    if (!Number.isFinite(v))
        return v > 0 ? '∞' : '-∞';
    const toBase = unit === 'milliseconds' ? 1 / 1000 : 1;
    const refStored = reference === undefined || reference === null || Number.isNaN(reference) ? v : reference;
    const scale = scaleFor(unit, refStored * toBase);
    if (scale) {
        const base = v * toBase;
        if (scale.suffix === 'B')
            return withScale(base, scale, 4);
        if (refStored === v)
            return withScale(base, scale, 4);
        const ref = Math.abs(refStored * toBase * scale.factor);
        const refDigits = ref === 0 ? 1 : Math.floor(Math.log10(ref)) + 1;
        const decimals = Math.min(20, Math.max(0, 4 - refDigits));
        return `${unsignZero((base * scale.factor).toFixed(decimals))} ${scale.suffix}`;
    }
    switch (unit) {
        case 'percent':
            return `${fixedSig(v, 3)}%`;
        case 'per_second':
            return `${fixedSig(v, 4)}/s`;
        case 'count':
            return formatCount(v);
        default:
            return formatDecimal(v);
    }
}
/** Percentage points of a proportion change, 2 decimals: 0.012 → "1.20". */
function points(delta) {
    return unsignZero((delta * 100).toFixed(2));
}
/**
 * A signed change (candidate − baseline) in `unit`: proportions in points ("+1.20 pts"), bytes and
 * durations scaled ("+56.36 MiB", "+183.1 ms", on `reference`'s scale when given), others signed.
 */
function formatChange(delta, unit, reference) {
    if (isMissing(delta))
        return MISSING;
    if (unit === 'proportion')
        return `${signed(points(delta))} pts`;
    return signed(formatQuantity(delta, unit, reference ?? delta));
}
/** The size of a change without sign, for sentences: "1.20 points", "38.15 MiB", "0.0123". */
function formatAmount(delta, unit) {
    if (unit === 'proportion') {
        const pts = points(Math.abs(delta));
        return `${pts} ${pts === '1.00' ? 'point' : 'points'}`;
    }
    return formatQuantity(Math.abs(delta), unit);
}
/**
 * A value as a user would write it in gate.yml (no space, shortest form): 2GiB, 200ms, 1.5s,
 * 0.9. For thresholds shown back to the user next to what they wrote.
 */
function formatAsWritten(x, unit) {
    const short = (n) => String(Number(n.toPrecision(4)));
    if (unit === 'bytes') {
        for (const s of BYTE_SCALES)
            if (s.suffix !== 'B' && Math.abs(x) * s.factor >= 1)
                return `${short(x * s.factor)}${s.suffix}`;
        return `${short(x)}B`;
    }
    if (unit === 'seconds')
        return Math.abs(x) < 1 && x !== 0 ? `${short(x * 1000)}ms` : `${short(x)}s`;
    if (unit === 'milliseconds')
        return `${short(x)}ms`;
    if (unit === 'percent')
        return `${short(x)}%`;
    if (unit === 'per_second')
        return `${short(x)}/s`;
    if (!Number.isFinite(x))
        return String(x);
    if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-4))
        return x
            .toExponential(3)
            .replace(/\.?0+e/, 'e')
            .replace('e+', 'e');
    return short(x);
}
// ---------------------------------------------------------------- parsing
const NUM = String.raw `([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)`;
const PLAIN = new RegExp(`^${NUM}$`, 'i');
const WITH_SUFFIX = new RegExp(`^${NUM}\\s*([a-zµμ%/]*)$`, 'i');
/** Size suffixes (case-insensitive): decimal units are powers of 1000, binary ones of 1024. */
const SIZE_SUFFIXES = new Map([
    ['', 1],
    ['b', 1],
    ['k', 1e3],
    ['kb', 1e3],
    ['ki', 1024],
    ['kib', 1024],
    ['m', 1e6],
    ['mb', 1e6],
    ['mi', 1024 ** 2],
    ['mib', 1024 ** 2],
    ['g', 1e9],
    ['gb', 1e9],
    ['gi', 1024 ** 3],
    ['gib', 1024 ** 3],
    ['t', 1e12],
    ['tb', 1e12],
    ['ti', 1024 ** 4],
    ['tib', 1024 ** 4],
]);
/** Duration suffixes (case-insensitive), in seconds. */
const DURATION_SUFFIXES = new Map([
    ['ns', 1e-9],
    ['us', 1e-6],
    ['µs', 1e-6],
    ['μs', 1e-6],
    ['ms', 1e-3],
    ['s', 1],
    ['sec', 1],
    ['secs', 1],
    ['second', 1],
    ['seconds', 1],
    ['m', 60],
    ['min', 60],
    ['mins', 60],
    ['minute', 60],
    ['minutes', 60],
    ['h', 3600],
    ['hr', 3600],
    ['hour', 3600],
    ['hours', 3600],
]);
/** Percentage-point suffixes for proportions: "1.5pp" = 0.015. */
const POINT_SUFFIXES = new Set(['pp', 'pt', 'pts', 'point', 'points']);
function suffixed(text) {
    const m = WITH_SUFFIX.exec(text.trim());
    return m ? [Number(m[1]), m[2].toLowerCase()] : undefined;
}
/** A size in bytes: 2GiB, 500MB, 1.5 GB, 1024. */
function parseSize(text) {
    const m = suffixed(text);
    if (!m)
        return undefined;
    const f = SIZE_SUFFIXES.get(m[1]);
    return f === undefined ? undefined : m[0] * f;
}
/** A duration in seconds: 200ms, 2s, 1.5 min, 250us (a bare number is not a duration). */
function parseDuration(text) {
    const m = suffixed(text);
    if (!m)
        return undefined;
    const f = DURATION_SUFFIXES.get(m[1]);
    return f === undefined ? undefined : m[0] * f;
}
/** "10%" → 0.1; undefined for anything else. */
function parsePercent(text) {
    const m = suffixed(text);
    return m && m[1] === '%' ? m[0] / 100 : undefined;
}
/**
 * An absolute amount in `unit` from a gate.yml value: a plain number (already in the unit) or a
 * unit-bearing string — sizes for bytes, durations for seconds/milliseconds, percentage points
 * for proportions, "/s" for rates. Percentages ("10%") are not handled here: whether they are
 * relative tolerances or values depends on the key, which the caller knows. Undefined when the
 * text is not such an amount.
 */
function parseQuantity(v, unit) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v !== 'string')
        return undefined;
    const s = v.trim();
    if (PLAIN.test(s))
        return Number(s);
    const m = suffixed(s);
    if (!m)
        return undefined;
    const [n, suffix] = m;
    switch (unit) {
        case 'bytes':
            return parseSize(s);
        case 'seconds':
        case 'milliseconds': {
            const sec = parseDuration(s);
            if (sec === undefined)
                return undefined;
            return unit === 'milliseconds' ? sec * 1000 : sec;
        }
        case 'proportion':
            return POINT_SUFFIXES.has(suffix) ? n / 100 : undefined;
        case 'per_second':
            return suffix === '/s' ? n : undefined;
        default:
            return undefined;
    }
}
/** What a gate.yml value of `unit` looks like, for "expected …" messages. */
function expectedForm(unit) {
    switch (unit) {
        case 'bytes':
            return 'expected a size such as 2GiB or 500MB';
        case 'seconds':
        case 'milliseconds':
            return 'expected a duration such as 200ms or 2s';
        case 'proportion':
            return 'expected a number such as 0.9 (or points such as 1.5pp)';
        default:
            return 'expected a number such as 0.9';
    }
}
/** Example gate.yml values in `unit`: a tolerance and a bound. */
function exampleValue(unit, what) {
    switch (unit) {
        case 'bytes':
            return what === 'tol' ? '"15%" or 100MB' : '2GiB';
        case 'seconds':
            return what === 'tol' ? '"10%" or 200ms' : '2s';
        case 'milliseconds':
            return what === 'tol' ? '"10%" or 5ms' : '200ms';
        default:
            return what === 'tol' ? '0.005 or "1%"' : '0.9';
    }
}
/** Every unit, so tests can check each has a formatter and a parser. */
const QUANTITY_UNITS = (/* unused pure expression or super */ null && ([
    'proportion',
    'score',
    'seconds',
    'milliseconds',
    'bytes',
    'percent',
    'per_second',
    'count',
]));


/***/ }),

/***/ 21658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ rankDescending),
/* harmony export */   Um: () => (/* binding */ decodeFloatKey),
/* harmony export */   Zv: () => (/* binding */ rankAscending),
/* harmony export */   hj: () => (/* binding */ KeySorter),
/* harmony export */   no: () => (/* binding */ encodeFloatKeys)
/* harmony export */ });
function rankAscending(values, include, descending = false) {
    const n = values.length;
    let m = 0;
    for (let i = 0; i < n; i++)
        if (!include || include[i])
            m++;
    if (m >= DISTINCT_MIN_ROWS) {
        const ranked = rankByDistinctValues(values, include, m, descending);
        if (ranked)
            return ranked;
    }
    const f = new Float64Array(m);
    const sorter = new KeySorter();
    sorter.reserve(m);
    const rows = sorter.values;
    for (let i = 0, j = 0; i < n; i++) {
        if (include && !include[i])
            continue;
        const v = values[i];
        f[j] = v === 0 ? 0 : v; // -0 → 0: one value, as numpy's comparisons
        rows[j++] = i;
    }
    encodeFloatKeys(f, m, sorter.hi, sorter.lo, descending);
    sorter.sort(m, 3);
    const { hi, lo } = sorter;
    const lastInGroup = new Uint8Array(m);
    for (let j = 0; j + 1 < m; j++)
        if (lo[j] !== lo[j + 1] || hi[j] !== hi[j + 1])
            lastInGroup[j] = 1;
    if (m > 0)
        lastInGroup[m - 1] = 1;
    // A fresh sorter's buffers are exactly m long, and row indices fit 31 bits.
    return { order: new Int32Array(sorter.values.buffer, 0, m), lastInGroup };
}
/** Columns of at least this many rows try the distinct-value ranking first. */
const DISTINCT_MIN_ROWS = 1 << 16;
/** At most this many distinct values: beyond it the radix sort is the faster one. */
const DISTINCT_LIMIT = 1 << 16;
/**
 * The same ranking (identical `order` and `lastInGroup`) for columns with few distinct values —
 * scores and errors rounded to a few decimals, the common case, where a million rows hold some
 * thousands of values: the distinct values are collected in an open-addressing table keyed by
 * their bits (-0 as 0, so bit equality is numeric equality), sorted alone, and the rows placed by
 * a counting sort on their value's rank, which keeps equal values in row order (stable). Three
 * passes over the rows instead of the radix sort's six scatter passes of three arrays. Null once
 * the column shows more than `DISTINCT_LIMIT` values (found early: the radix sort runs instead).
 */
function rankByDistinctValues(values, include, m, descending) {
    const n = values.length;
    const bits = 17; // a table twice the limit: short probe sequences
    const size = 1 << bits;
    const mask = size - 1;
    const slotWords = new Uint32Array(2 * size);
    const slotId = new Int32Array(size).fill(-1);
    const distinct = new Float64Array(DISTINCT_LIMIT);
    const distinctWords = new Uint32Array(distinct.buffer);
    const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
    const idOf = new Int32Array(n);
    let d = 0;
    for (let i = 0; i < n; i++) {
        if (include && !include[i])
            continue;
        const lo = words[2 * i];
        let hi = words[2 * i + 1];
        if (lo === 0 && hi === 0x80000000)
            hi = 0; // -0 → 0: one value, as numpy's comparisons
        let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> (32 - bits);
        let id = slotId[h];
        while (id >= 0 && (slotWords[2 * h] !== lo || slotWords[2 * h + 1] !== hi)) {
            h = (h + 1) & mask;
            id = slotId[h];
        }
        if (id < 0) {
            if (d === DISTINCT_LIMIT)
                return null;
            id = d++;
            slotId[h] = id;
            slotWords[2 * h] = lo;
            slotWords[2 * h + 1] = hi;
            distinctWords[2 * id] = lo;
            distinctWords[2 * id + 1] = hi;
        }
        idOf[i] = id;
    }
    // Rank of each distinct value (ascending, or descending), then a stable counting sort of rows.
    // Sorting ids by value: the value's key (encodeFloatKeys' order) in the high bits would need 80
    // bits, so sort the values and find each one's id again in the table.
    const sorted = distinct.slice(0, d).sort();
    const sortedWords = new Uint32Array(sorted.buffer);
    const rankOf = new Int32Array(d);
    for (let r = 0; r < d; r++) {
        const lo = sortedWords[2 * r];
        const hi = sortedWords[2 * r + 1];
        let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> (32 - bits);
        while (slotWords[2 * h] !== lo || slotWords[2 * h + 1] !== hi)
            h = (h + 1) & mask;
        rankOf[slotId[h]] = descending ? d - 1 - r : r;
    }
    const start = new Int32Array(d + 1);
    for (let i = 0; i < n; i++)
        if (!include || include[i])
            start[rankOf[idOf[i]] + 1]++;
    for (let r = 0; r < d; r++)
        start[r + 1] += start[r];
    const lastInGroup = new Uint8Array(m);
    for (let r = 0; r < d; r++)
        lastInGroup[start[r + 1] - 1] = 1;
    const order = new Int32Array(m);
    for (let i = 0; i < n; i++)
        if (!include || include[i])
            order[start[rankOf[idOf[i]]]++] = i;
    return { order, lastInGroup };
}
/** The same groups, by descending value (rows of equal value still in row order). */
function rankDescending(values, include) {
    return rankAscending(values, include, true);
}
if (new Uint8Array(new Float64Array([1]).buffer)[7] !== 0x3f) {
    throw new Error('model-gate metrics assume a little-endian platform');
}
/**
 * Writes the first m values as order-preserving 64-bit keys, split in two 32-bit words: flipping
 * the sign bit of positives and every bit of negatives makes unsigned order match numeric order.
 * -0 must already be 0 (its bits would sort it below 0).
 */
function encodeFloatKeys(values, m, hi, lo, descending = false) {
    const words = new Uint32Array(values.buffer, values.byteOffset, 2 * m);
    const flip = descending ? 0xffffffff : 0;
    for (let j = 0; j < m; j++) {
        const l = words[2 * j];
        const h = words[2 * j + 1];
        if (h & 0x80000000) {
            hi[j] = (~h ^ flip) >>> 0;
            lo[j] = (~l ^ flip) >>> 0;
        }
        else {
            hi[j] = ((h | 0x80000000) ^ flip) >>> 0;
            lo[j] = (l ^ flip) >>> 0;
        }
    }
}
/** The float64 whose key `encodeFloatKeys` wrote as (h, l) (ascending), into `words` at float g. */
function decodeFloatKey(h, l, words, g) {
    if (h & 0x80000000) {
        words[2 * g + 1] = h & 0x7fffffff;
        words[2 * g] = l;
    }
    else {
        words[2 * g + 1] = ~h >>> 0;
        words[2 * g] = ~l >>> 0;
    }
}
/**
 * A stable LSD radix sort of 64-bit keys, as (`hi`, `lo`) words, each carrying a 32-bit value
 * (a row, a flag): equal keys keep their input order. 11-bit digits keep the 2048 buckets in
 * cache. The buffers are reused from one sort to the next: the external sort sorts a run per
 * chunk, and the allocator keeps freed memory, so per-run temporaries would pile up.
 */
class KeySorter {
    hi = new Uint32Array(0);
    lo = new Uint32Array(0);
    values = new Uint32Array(0);
    hi2 = new Uint32Array(0);
    lo2 = new Uint32Array(0);
    values2 = new Uint32Array(0);
    counts = new Int32Array(2048);
    /** Room for m entries: fill the first m of `hi`, `lo` and `values`, then `sort(m)`. */
    reserve(m) {
        this.reserveValues(m, 0);
        if (this.hi.length >= m)
            return;
        this.hi = new Uint32Array(m);
        this.lo = new Uint32Array(m);
        this.hi2 = new Uint32Array(m);
        this.lo2 = new Uint32Array(m);
        this.values2 = new Uint32Array(m);
    }
    /**
     * Room for m values, keeping the first `keep`: a caller that buffers its values here while it
     * collects keys saves a copy, and the key buffers are only allocated (`reserve`) once full.
     */
    reserveValues(m, keep) {
        if (this.values.length >= m)
            return;
        const values = new Uint32Array(m);
        values.set(this.values.subarray(0, keep));
        this.values = values;
    }
    /** Sorts the first m entries; the key's high word has at most 11 × `hiDigits` bits. */
    sort(m, hiDigits) {
        let { hi, lo, values, hi2, lo2, values2 } = this;
        const counts = this.counts;
        for (let d = 0; d < 3 + hiDigits && m > 0; d++) {
            const src = d < 3 ? lo : hi;
            const shift = (d < 3 ? d : d - 3) * 11;
            counts.fill(0);
            for (let j = 0; j < m; j++)
                counts[(src[j] >>> shift) & 0x7ff]++;
            if (counts[(src[0] >>> shift) & 0x7ff] === m)
                continue; // one bucket: nothing to do
            for (let b = 0, sum = 0; b < 2048; b++) {
                const c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            for (let j = 0; j < m; j++) {
                const at = counts[(src[j] >>> shift) & 0x7ff]++;
                hi2[at] = hi[j];
                lo2[at] = lo[j];
                values2[at] = values[j];
            }
            [hi, hi2] = [hi2, hi];
            [lo, lo2] = [lo2, lo];
            [values, values2] = [values2, values];
        }
        this.hi = hi;
        this.lo = lo;
        this.values = values;
        this.hi2 = hi2;
        this.lo2 = lo2;
        this.values2 = values2;
    }
    /** Frees the buffers (a later `reserve` allocates them again). */
    release() {
        this.hi = this.lo = this.values = this.hi2 = this.lo2 = this.values2 = new Uint32Array(0);
    }
}


/***/ }),

/***/ 41863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ CompensatedSum),
/* harmony export */   X: () => (/* binding */ sumOf)
/* harmony export */ });
/**
 * Neumaier-compensated summation: numpy sums pairwise; a naive left-to-right sum drifts by
 * ~5e-11 over millions of rows, enough to break 1e-9 parity. Use for every reducer.
 */
class CompensatedSum {
    sum = 0;
    c = 0;
    add(x) {
        const t = this.sum + x;
        if (Math.abs(this.sum) >= Math.abs(x))
            this.c += this.sum - t + x;
        else
            this.c += x - t + this.sum;
        this.sum = t;
    }
    get value() {
        // Once the sum overflows, the compensation is inf − inf = NaN: the sum is the answer.
        return Number.isFinite(this.sum) ? this.sum + this.c : this.sum;
    }
}
function sumOf(values) {
    let sum = 0;
    let c = 0;
    for (let i = 0; i < values.length; i++) {
        const x = values[i];
        const t = sum + x;
        if (Math.abs(sum) >= Math.abs(x))
            c += sum - t + x;
        else
            c += x - t + sum;
        sum = t;
    }
    return Number.isFinite(sum) ? sum + c : sum;
}


/***/ })

};
