export const id = 918;
export const ids = [918];
export const modules = {

/***/ 54734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NB: () => (/* binding */ DEFAULT_GNU_TIME),
/* harmony export */   Wq: () => (/* binding */ gnuTimeArgv),
/* harmony export */   i$: () => (/* binding */ isGnuTime),
/* harmony export */   iU: () => (/* binding */ readGnuTimeReport)
/* harmony export */ });
/* unused harmony exports GNU_TIME_FORMAT, parseGnuTimeReport */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
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
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
                return resolve(false);
            let out = '';
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(path, ['--version'], { stdio: ['ignore', 'pipe', 'pipe'] });
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
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
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


/***/ }),

/***/ 41500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ MIB),
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   mn: () => (/* binding */ gpuFigures),
/* harmony export */   th: () => (/* binding */ NvidiaSmiSampler)
/* harmony export */ });
/* unused harmony exports parseGpuLine, parseAppLine, GPU_QUERY, APPS_QUERY */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
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
    for (const dir of path.split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
        if (!dir)
            continue;
        for (const ext of exts) {
            const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name + ext);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(this.exe, args, { stdio: ['ignore', 'pipe', 'pipe'], env: this.env });
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


/***/ }),

/***/ 57094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ collectHost)
/* harmony export */ });
/* unused harmony export hostFingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var systeminformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22754);
/* harmony import */ var systeminformation__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(systeminformation__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _gpu_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41500);
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 16);
}
let probe;
/** The hardware does not change while we run: probed once per process. */
function probeHost() {
    probe ??= (async () => {
        const [cpu, mem, os] = await Promise.all([systeminformation__WEBPACK_IMPORTED_MODULE_1___default().cpu(), systeminformation__WEBPACK_IMPORTED_MODULE_1___default().mem(), systeminformation__WEBPACK_IMPORTED_MODULE_1___default().osInfo()]);
        let controllers = [];
        try {
            controllers = (await systeminformation__WEBPACK_IMPORTED_MODULE_1___default().graphics()).controllers;
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
            memory_bytes: c.memoryTotal ? c.memoryTotal * _gpu_js__WEBPACK_IMPORTED_MODULE_2__/* .MIB */ .D6 : c.vram ? c.vram * _gpu_js__WEBPACK_IMPORTED_MODULE_2__/* .MIB */ .D6 : null,
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
                    memory_bytes: d.memoryTotalMiB === null ? null : d.memoryTotalMiB * _gpu_js__WEBPACK_IMPORTED_MODULE_2__/* .MIB */ .D6,
                    driver: d.driver,
                })),
            ]);
        },
    };
}


/***/ }),

/***/ 71350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* reexport */ DEFAULT_RUNS),
  VB: () => (/* reexport */ DEFAULT_WARMUP),
  ff: () => (/* binding */ runBenchmark),
  Ns: () => (/* reexport */ runInterleaved)
});

// UNUSED EXPORTS: DEFAULT_KILL_GRACE_MS, DEFAULT_SAMPLE_INTERVAL_MS, OUTLIER_THRESHOLD, SAMPLER_CPU_BUDGET, SUMMARY_FIELDS, gpuFigures, latencyFigures, modifiedZScores, noiseFloor, parseAppLine, parseGnuTimeReport, parseGpuLine, parseLatencies, percentileSorted, processList, summarize, wallTimeWarnings

// EXTERNAL MODULE: ./src/result/schema.ts
var schema = __webpack_require__(6318);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(55421);
// EXTERNAL MODULE: ./src/bench/gnu-time.ts
var gnu_time = __webpack_require__(54734);
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
;// CONCATENATED MODULE: ./src/bench/session.ts
/**
 * A benchmark session: what every measured run of one `bench` invocation shares (GNU time, the
 * nvidia-smi sampler, the host, a temp folder, the warnings), and the measuring of one run of a
 * command in it. `runBenchmark` measures one command in a session; `runInterleaved` two, in turn.
 */













/** Longest stderr line quoted in an error; each line is made inert (no OSC/CSI, NUL) first. */
const STDERR_LINE_CHARS = 500;
/** The bench process's own CPU must stay below this share of one core (warning otherwise). */
const SAMPLER_CPU_BUDGET = 0.02;
const DEFAULT_RUNS = 5;
const DEFAULT_WARMUP = 1;
const DEFAULT_SAMPLE_INTERVAL_MS = 100;
const DEFAULT_KILL_GRACE_MS = 2000;
/** The session options of a benchmark's options, defaults applied. */
function sessionOptions(options) {
    return {
        env: options.env ?? process.env,
        gnuTime: options.gnuTime,
        sampleIntervalMs: options.sampleIntervalMs ?? DEFAULT_SAMPLE_INTERVAL_MS,
        timeoutSeconds: options.timeoutSeconds,
        killGraceMs: options.killGraceMs ?? DEFAULT_KILL_GRACE_MS,
        keepSurvivors: options.keepSurvivors === true,
        latencyFile: options.latencyFile,
        allowFailure: options.allowFailure === true,
    };
}
function shellQuote(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** The argv and label of a command; a UsageError when it is empty (`what` says which one). */
function commandUnderTest(command, emptyMessage) {
    const argv = typeof command === 'string' ? ['sh', '-c', command] : [...command];
    if (argv.length === 0 || (typeof command === 'string' && command.trim() === ''))
        throw new errors/* UsageError */.eb(emptyMessage);
    return { argv, label: typeof command === 'string' ? command : argv.map(shellQuote).join(' ') };
}
function checkCount(name, value, min) {
    if (!Number.isInteger(value) || value < min)
        throw new errors/* UsageError */.eb(`${name} must be an integer ≥ ${min}, got ${value}`);
}
class BenchSession {
    options;
    logger;
    ctx;
    host;
    method;
    gpu;
    warnings = [];
    gpuWarned = false;
    constructor(options, logger, ctx, host, method, gpu) {
        this.options = options;
        this.logger = logger;
        this.ctx = ctx;
        this.host = host;
        this.method = method;
        this.gpu = gpu;
    }
    static async open(options, logger) {
        if (options.timeoutSeconds !== undefined && !(options.timeoutSeconds > 0))
            throw new errors/* UsageError */.eb(`--timeout must be a number of seconds > 0, got ${options.timeoutSeconds}`);
        const interval = options.sampleIntervalMs;
        if (!(interval >= 1))
            throw new errors/* UsageError */.eb(`the sampling interval must be ≥ 1 ms, got ${interval}`);
        const env = options.env;
        const useProc = (0,proc/* procAvailable */.Yd)();
        const gnuTimePath = options.gnuTime === false ? null : (options.gnuTime ?? gnu_time/* DEFAULT_GNU_TIME */.NB);
        const gnuTime = gnuTimePath !== null && process.platform !== 'win32' && (await (0,gnu_time/* isGnuTime */.i$)(gnuTimePath))
            ? gnuTimePath
            : null;
        const host = await (0,bench_host/* collectHost */.x)(env);
        let gpu = null;
        const smi = (0,bench_gpu/* findOnPath */.aY)('nvidia-smi', env);
        if (smi) {
            gpu = new bench_gpu/* NvidiaSmiSampler */.th(smi, interval, env);
            await gpu.start();
        }
        const method = describeMethod(useProc, gnuTime, interval, smi !== null && !gpu?.failure);
        const ctx = {
            env,
            gnuTime,
            useProc,
            tmpDir: (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'model-gate-bench-')),
            sampleIntervalMs: interval,
            timeoutSeconds: options.timeoutSeconds,
            killGraceMs: options.killGraceMs,
            keepSurvivors: options.keepSurvivors,
            gpu,
            logger,
        };
        const session = new BenchSession(options, logger, ctx, host, method, gpu);
        session.checkGpu();
        return session;
    }
    get useProc() {
        return this.ctx.useProc;
    }
    warn(message) {
        this.warnings.push(message);
        this.logger.warning(message);
    }
    checkGpu() {
        if (this.gpu?.failure && !this.gpuWarned) {
            this.gpuWarned = true;
            this.warn(`GPU not measured: ${this.gpu.failure}`);
        }
    }
    /**
     * Runs the command once. A failing run throws (exit 2) unless allowFailure, when it is
     * recorded and warned about; `name` ("run 2/5", "baseline run 2/5") names it in messages.
     */
    async measure(cmd, meta) {
        const { name } = meta;
        const latencyFile = this.options.latencyFile;
        const before = latencyFile ? (0,latency/* fileVersion */.fB)(latencyFile) : null;
        const outcome = await (0,run_once/* runOnce */.Jh)({ ...this.ctx, argv: cmd.argv }, { index: meta.index, warmup: meta.warmup, progressLabel: meta.progressLabel });
        const run = outcome.run;
        this.checkGpu();
        if (outcome.survivors.length > 0)
            this.warn(survivorWarning(name, outcome.survivors, outcome.survivorsKilled));
        // (After a timeout the failure itself names them.)
        if (outcome.unkillable.length > 0 && !run.timed_out)
            this.warn(`${name}: ${outcome.unkillable.length} process(es) of the command could not be killed and are still ` +
                `running: ${processList(outcome.unkillable)}.`);
        if (run.timed_out || run.exit_code !== 0) {
            const what = failureText(run, outcome, this.options.timeoutSeconds);
            if (!this.options.allowFailure) {
                const tail = outcome.stderrTail;
                throw new errors/* GateError */.ue(`Benchmark ${name} of "${cmd.label}" ${what}.` +
                    (tail.length
                        ? ` Last ${Math.min(tail.length, run_once/* STDERR_LINES */.X9)} line(s) of its stderr:\n${tail.map((l) => `  ${(0,util_escape/* sanitizeTerminal */.iz)(l, STDERR_LINE_CHARS)}`).join('\n')}`
                        : ' It wrote nothing to stderr.'));
            }
            this.warn(`Benchmark ${name} ${what}; recorded, and left out of the summary (--allow-failure).`);
            return run;
        }
        if (latencyFile) {
            if (before !== null && (0,latency/* fileVersion */.fB)(latencyFile) === before)
                this.warn(`${name}: the latency file ${latencyFile} was not rewritten by the run; its numbers may be stale.`);
            Object.assign(run, (0,latency/* latencyFigures */.Mu)((0,latency/* readLatencyFile */.dh)(latencyFile, name), run.wall_seconds));
        }
        return run;
    }
    /**
     * The summary of one command's recorded runs (measured, successful ones only) and the warnings
     * about them; `who` prefixes those warnings when two commands are measured ("baseline: …").
     */
    summarize(recorded, warmup, who) {
        const measured = succeeded(recorded);
        const summary = {};
        for (const field of schema/* BENCH_SUMMARY_FIELDS */.Kh) {
            if (!this.ctx.useProc && /^(cpu|peak)_/.test(field))
                continue; // not measured on this platform
            const values = measured
                .map((r) => r[field])
                .filter((v) => typeof v === 'number' && Number.isFinite(v));
            if (values.length > 0)
                summary[field] = (0,stats/* summarize */.eh)(values);
        }
        const prefix = who ? `${who}: ` : '';
        if (measured.length === 0)
            this.warn(`${prefix}No measured run succeeded: the benchmark summary is empty.`);
        for (const w of (0,stats/* wallTimeWarnings */.Px)(measured.map((r) => r.wall_seconds), warmup))
            this.warn(prefix + w);
        return summary;
    }
    /** The warnings about all the session's runs together; then the temp folder and sampler go. */
    finish(recorded) {
        const measured = succeeded(recorded);
        const interval = this.ctx.sampleIntervalMs;
        if (this.gpu &&
            !this.gpu.failure &&
            measured.length > 0 &&
            measured.every((r) => r.gpu_utilization_percent == null))
            this.warn(`GPU: no nvidia-smi sample fell inside a run (runs shorter than the ${interval} ms sampling interval?).`);
        const samplerCpu = measured.reduce((s, r) => s + r.sampler_cpu_seconds, 0);
        const samplerWall = measured.reduce((s, r) => s + r.wall_seconds, 0);
        if (samplerWall >= 1 && samplerCpu / samplerWall > SAMPLER_CPU_BUDGET)
            this.warn(`The measuring process used ${((100 * samplerCpu) / samplerWall).toFixed(1)}% of a core during the runs ` +
                `(budget ${100 * SAMPLER_CPU_BUDGET}%); timings may be disturbed on a busy machine.`);
        if (!this.ctx.useProc)
            this.warn(`CPU time and memory are not measured on ${process.platform} (no /proc): only wall time (and GPU) are reported; the cpu_* and peak_* fields of each run are 0. ` +
                `Processes the command leaves running, or that leave its process group, are neither found nor killed (a timeout kills the process group only).`);
        return this.host.withGpus(this.gpu?.devices() ?? []);
    }
    close() {
        this.gpu?.stop();
        (0,external_node_fs_.rmSync)(this.ctx.tmpDir, { recursive: true, force: true });
    }
}
function succeeded(recorded) {
    return recorded.filter((r) => !r.warmup && !r.timed_out && r.exit_code === 0);
}
/** The result of one command measured in a session. */
function benchResult(cmd, recorded, summary, host, session) {
    return {
        command: cmd.argv,
        runs: recorded,
        summary,
        host,
        method: session.method,
        warnings: session.warnings,
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

;// CONCATENATED MODULE: ./src/bench/interleave.ts


/**
 * The A/A noise floor of each summary field: the robust relative spread of the baseline's
 * measured runs, 1.4826 · MAD / |median| (a standard deviation, relative, for normal data, but not
 * moved by one stray run). The baseline against itself in the same slots of the same job: a
 * difference between the two medians that is well inside it is noise on this machine.
 */
function noiseFloor(runs, fields) {
    const out = {};
    for (const field of fields) {
        const values = runs
            .filter((r) => !r.warmup && !r.timed_out && r.exit_code === 0)
            .map((r) => r[field])
            .filter((v) => typeof v === 'number' && Number.isFinite(v));
        if (values.length < 2)
            continue;
        const m = (0,stats/* median */.JZ)(values);
        if (m === 0)
            continue;
        const mad = (0,stats/* median */.JZ)(values.map((v) => Math.abs(v - m)));
        out[field] = (1.4826 * mad) / Math.abs(m);
    }
    return out;
}
/**
 * Measures the two commands in turn. With `previous` (a confirming re-measurement), its series
 * are continued: the new runs are appended and numbered after the old ones (warm-ups again
 * first, since the machine has done other work in between), and `pairs` counts them all.
 */
async function runInterleaved(options, logger, previous) {
    const pairs = options.runs ?? DEFAULT_RUNS;
    const warmup = options.warmup ?? DEFAULT_WARMUP;
    checkCount(previous ? '--confirm' : '--runs', pairs, 1);
    checkCount('--warmup', warmup, 0);
    const candidate = commandUnderTest(options.command, 'bench: no candidate command given (model-gate bench --against "BASELINE COMMAND" -- CANDIDATE COMMAND [ARGS...])');
    const baseline = commandUnderTest(options.against, 'bench: --against is empty: give the baseline\'s command, e.g. --against "python predict.py --model old.onnx"');
    if (previous && !previous.against)
        throw new Error('runInterleaved: the previous result has no against series');
    const session = await BenchSession.open(sessionOptions(options), logger);
    const a = [...(previous?.against?.runs ?? [])];
    const b = [...(previous?.runs ?? [])];
    const done = a.filter((r) => !r.warmup).length;
    const step = async (cmd, side, into, k, of, isWarm) => {
        const what = isWarm ? 'warm-up' : 'run';
        into.push(await session.measure(cmd, {
            index: isWarm ? k : done + k,
            warmup: isWarm,
            name: `${side} ${what} ${isWarm ? k : done + k}/${isWarm ? of : done + of}`,
            progressLabel: `${side === 'baseline' ? 'A' : 'B'} ${what} ${isWarm ? k : done + k}/${isWarm ? of : done + of}`,
        }));
    };
    try {
        const title = previous ? `Confirming: ${pairs} more pairs` : 'Interleaved benchmark';
        await logger.group(`${title}: baseline ${baseline.label} vs candidate ${candidate.label}`, async () => {
            for (let k = 1; k <= warmup; k++) {
                await step(baseline, 'baseline', a, k, warmup, true);
                await step(candidate, 'candidate', b, k, warmup, true);
            }
            for (let k = 1; k <= pairs; k++) {
                await step(baseline, 'baseline', a, k, pairs, false);
                await step(candidate, 'candidate', b, k, pairs, false);
            }
        });
    }
    finally {
        session.close();
    }
    if (previous)
        session.warnings.unshift(...previous.warnings);
    const againstSummary = session.summarize(a, warmup, 'baseline');
    const summary = session.summarize(b, warmup, 'candidate');
    const host = session.finish([...a, ...b]);
    const against = {
        command: baseline.argv,
        runs: a,
        summary: againstSummary,
        order: 'interleaved',
        pairs: done + pairs,
        noise_floor: noiseFloor(a, Object.keys(againstSummary)),
    };
    if (previous?.against?.confirm)
        against.confirm = previous.against.confirm;
    return {
        command: candidate.argv,
        runs: b,
        summary,
        host,
        method: session.method,
        warnings: session.warnings,
        against,
    };
}

;// CONCATENATED MODULE: ./src/bench/index.ts
/**
 * `runBenchmark`: run a command N times (after W warm-ups) and measure each run and its whole
 * process tree. See ./README.md for what is measured, how, and how exact it is on each platform.
 */









/** Summary fields, in report order. GPU and latency fields appear only when measured. */
const SUMMARY_FIELDS = (/* unused pure expression or super */ null && (BENCH_SUMMARY_FIELDS));
async function runBenchmark(options, logger) {
    const runs = options.runs ?? DEFAULT_RUNS;
    const warmup = options.warmup ?? DEFAULT_WARMUP;
    checkCount('--runs', runs, 1);
    checkCount('--warmup', warmup, 0);
    const cmd = commandUnderTest(options.command, 'bench: no command given (model-gate bench [options] -- COMMAND [ARGS...])');
    const session = await BenchSession.open(sessionOptions(options), logger);
    const recorded = [];
    try {
        await logger.group(`Benchmark: ${cmd.label}`, async () => {
            for (let i = 0; i < warmup + runs; i++) {
                const isWarm = i < warmup;
                const k = isWarm ? i + 1 : i - warmup + 1;
                const of = isWarm ? warmup : runs;
                recorded.push(await session.measure(cmd, {
                    index: k,
                    warmup: isWarm,
                    name: isWarm ? `warm-up run ${k}/${of}` : `run ${k}/${of}`,
                    progressLabel: isWarm ? `Warm-up ${k}/${of}` : `Run ${k}/${of}`,
                }));
            }
        });
    }
    finally {
        session.close();
    }
    const summary = session.summarize(recorded, warmup, null);
    return benchResult(cmd, recorded, summary, session.finish(recorded), session);
}


/***/ }),

/***/ 58368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mu: () => (/* binding */ latencyFigures),
/* harmony export */   dh: () => (/* binding */ readLatencyFile),
/* harmony export */   fB: () => (/* binding */ fileVersion)
/* harmony export */ });
/* unused harmony export parseLatencies */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_env_limit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51257);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93613);
/**
 * Latency file written by the benchmarked command: per-request latencies in milliseconds, either
 * one number per line (blank lines and lines starting with `#` are skipped) or a JSON array of
 * numbers. Read after each run.
 */




function parseLatencies(text, file) {
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    if (trimmed === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, 'the latency file is empty: expected latencies in milliseconds');
    if (trimmed.startsWith('[')) {
        let data;
        try {
            data = JSON.parse(trimmed);
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, `not valid JSON: ${e.message}`);
        }
        if (!Array.isArray(data))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, 'expected a JSON array of latencies in milliseconds');
        const out = new Float64Array(data.length);
        data.forEach((v, i) => {
            if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, `element ${i + 1} of the JSON array is ${JSON.stringify(v)}: expected a latency in milliseconds (a number ≥ 0)`);
            out[i] = v;
        });
        if (out.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, 'the JSON array is empty: expected latencies in milliseconds');
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line: i + 1 }, `found ${JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s)}: expected one latency in milliseconds (a number ≥ 0) per line, or a JSON array`);
        values.push(v);
    });
    if (values.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, 'no latencies found: expected one number per line');
    return Float64Array.from(values);
}
function latencyFigures(latencies, wallSeconds) {
    const s = (0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .sortedCopy */ .TZ)(latencies);
    return {
        latency_ms_p50: (0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .percentileSorted */ .vS)(s, 50),
        latency_ms_p90: (0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .percentileSorted */ .vS)(s, 90),
        latency_ms_p95: (0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .percentileSorted */ .vS)(s, 95),
        latency_ms_p99: (0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .percentileSorted */ .vS)(s, 99),
        throughput_per_second: s.length / wallSeconds,
    };
}
/** Identity of the file's current version, to tell whether a run rewrote it. */
function fileVersion(file) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { bigint: true });
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
const maxLatencyBytes = () => (0,_util_env_limit_js__WEBPACK_IMPORTED_MODULE_2__/* .envLimit */ .B)('MODEL_GATE_MAX_LATENCY_BYTES', 256 << 20);
function readBoundedText(file) {
    // Read after each run: a FIFO's writer is gone by then, and opening it would wait forever.
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFIFO())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, 'is a named pipe; the latency file is read after each run, so it must be a regular file the command writes.');
    const maxLatency = maxLatencyBytes();
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    try {
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(1 << 20);
            const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, chunk.length, null);
            if (got === 0)
                break;
            if (chunk.subarray(0, got).includes(0))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, 'holds a NUL byte: this is not a text file (a device such as /dev/zero, or binary data); expected one ' +
                    'latency in ms per line, or a JSON array.');
            total += got;
            if (total > maxLatency)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, `longer than ${maxLatency} bytes, the limit for a latency file (an endless stream?); raise it with ` +
                    'MODEL_GATE_MAX_LATENCY_BYTES=<bytes> if needed.');
            chunks.push(chunk.subarray(0, got));
        }
        return Buffer.concat(chunks, total).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Reads the latency file after run `label` (e.g. "run 3"); errors name the file and line. */
function readLatencyFile(file, label) {
    let text;
    try {
        text = readBoundedText(file);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            throw e;
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file }, code === 'ENOENT'
            ? `the latency file does not exist after ${label}: the command must write it (one latency in ms per line, or a JSON array)`
            : `cannot read the latency file after ${label}: ${e.message}`);
    }
    return parseLatencies(text, file);
}


/***/ }),

/***/ 50968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O1: () => (/* binding */ ProcessTreeSampler),
/* harmony export */   Yd: () => (/* binding */ procAvailable),
/* harmony export */   lg: () => (/* binding */ describeProcess),
/* harmony export */   qW: () => (/* binding */ runMarker),
/* harmony export */   s2: () => (/* binding */ ownChildrenCpu),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports CLOCK_TICKS_PER_SECOND, readProcStat, parseProcStat, readVmHwmBytes, pageSize, FULL_SCAN_MS, environHas */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
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
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'latin1');
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
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/status`, 'latin1');
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
        const pages = Number((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)('/proc/self/statm', 'latin1').split(' ')[1]);
        const m = /^VmRSS:\s+(\d+) kB/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)('/proc/self/status', 'latin1'));
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
    const name = `MODEL_GATE_BENCH_RUN_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`;
    return { name, entry: Buffer.from(`${name}=1`, 'latin1') };
}
/** True when /proc/<pid>/environ holds `entry` as a whole variable; false when unreadable. */
function environHas(pid, entry) {
    let env;
    try {
        env = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/environ`);
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
        command = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').replace(/\0+$/, '').split('\0').join(' ');
    }
    catch {
        // gone
    }
    if (command.trim() === '') {
        try {
            command = `[${(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/comm`, 'utf8').trim()}]`;
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
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
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
                userTicks: st.utime,
                systemTicks: st.stime,
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
    /** `lastSeenCpuSeconds` split into user and system seconds. */
    lastSeenCpuSplit() {
        let user = 0;
        let system = 0;
        for (const m of this.members.values()) {
            user += m.userTicks;
            system += m.systemTicks;
        }
        return { user: user / CLOCK_TICKS_PER_SECOND, system: system / CLOCK_TICKS_PER_SECOND };
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


/***/ }),

/***/ 65909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ runOnce),
/* harmony export */   X9: () => (/* binding */ STDERR_LINES),
/* harmony export */   vX: () => (/* binding */ TailBuffer)
/* harmony export */ });
/* unused harmony export signalName */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _gnu_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54734);
/* harmony import */ var _gpu_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41500);
/* harmony import */ var _proc_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50968);
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
    for (const [name, num] of Object.entries(node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals))
        if (num === n)
            return name;
    return `signal ${n}`;
}
let sequence = 0;
async function runOnce(ctx, meta) {
    const timeFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ctx.tmpDir, `rusage-${++sequence}.txt`);
    const argv = ctx.gnuTime ? (0,_gnu_time_js__WEBPACK_IMPORTED_MODULE_3__/* .gnuTimeArgv */ .Wq)(ctx.gnuTime, timeFile, ctx.argv) : ctx.argv;
    const progress = ctx.logger.progress.start(meta.progressLabel);
    const stderr = new TailBuffer();
    const kids0 = ctx.useProc ? (0,_proc_js__WEBPACK_IMPORTED_MODULE_5__/* .ownChildrenCpu */ .s2)() : null;
    // Every process of the run inherits this variable: how /proc finds the ones that left the tree.
    const marker = ctx.useProc ? (0,_proc_js__WEBPACK_IMPORTED_MODULE_5__/* .runMarker */ .qW)() : null;
    const env = marker ? { ...ctx.env, [marker.name]: '1' } : ctx.env;
    const t0 = performance.now();
    // Own session and process group (detached), so a timeout can signal the whole group at once.
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(argv[0], argv.slice(1), {
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
        ? new _proc_js__WEBPACK_IMPORTED_MODULE_5__/* .ProcessTreeSampler */ .O1(child.pid, {
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
    const kids1 = ctx.useProc ? (0,_proc_js__WEBPACK_IMPORTED_MODULE_5__/* .ownChildrenCpu */ .s2)() : null;
    clearInterval(ticker);
    if (timer)
        clearTimeout(timer);
    const timeoutKill = killing ? ((await killing) ?? undefined) : undefined;
    // Late stderr still in the pipe; do not wait for processes that outlived the command and
    // keep the pipe open (the run ends when the command's top process exits).
    if (child.stderr && !child.stderr.readableEnded) {
        await Promise.race([new Promise((r) => child.stderr.once('end', r)), (0,_proc_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .yy)(50)]);
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
            survivors = outlived.map(_proc_js__WEBPACK_IMPORTED_MODULE_5__/* .describeProcess */ .lg);
        }
        else {
            const kill = await sampler.killTree(ctx.killGraceMs);
            survivors = [...kill.killed, ...kill.remaining];
            unkillable = kill.remaining;
        }
    }
    const wall = (t1 - t0) / 1000;
    const report = ctx.gnuTime ? (0,_gnu_time_js__WEBPACK_IMPORTED_MODULE_3__/* .readGnuTimeReport */ .iU)(timeFile) : null;
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
        Object.assign(run, (0,_gpu_js__WEBPACK_IMPORTED_MODULE_4__/* .gpuFigures */ .mn)(ctx.gpu.gpu, ctx.gpu.apps, t0, t1, pids));
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
    await Promise.race([exited, (0,_proc_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .yy)(graceMs)]);
    send('SIGKILL');
}


/***/ }),

/***/ 93613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Px: () => (/* binding */ wallTimeWarnings),
/* harmony export */   TZ: () => (/* binding */ sortedCopy),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   vS: () => (/* binding */ percentileSorted)
/* harmony export */ });
/* unused harmony exports OUTLIER_THRESHOLD, modifiedZScores */
/* harmony import */ var _util_sum_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41863);

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
    const mean = (0,_util_sum_js__WEBPACK_IMPORTED_MODULE_0__/* .sumOf */ .X)(sorted) / n;
    let stddev = 0;
    if (n > 1) {
        const sq = new Float64Array(n);
        for (let i = 0; i < n; i++)
            sq[i] = (sorted[i] - mean) ** 2;
        stddev = Math.sqrt((0,_util_sum_js__WEBPACK_IMPORTED_MODULE_0__/* .sumOf */ .X)(sq) / (n - 1));
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


/***/ }),

/***/ 75460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ loadBaseline)
/* harmony export */ });
/* harmony import */ var _evaluate_metrics_query_values_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7168);
/* harmony import */ var _result_scores_data_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69407);
/* harmony import */ var _evaluate_scores_evaluate_scores_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72063);
/* harmony import */ var _evaluate_metrics_text_text_rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26522);
/* harmony import */ var _evaluate_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89013);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65365);
/* harmony import */ var _result_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29377);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);








/**
 * Loads a baseline run folder or result.json (`loadRunFolder`) and reconciles its stored metrics
 * with the ones its sidecar implies.
 */
async function loadBaseline(pathDirOrFile, logger = _util_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .silentLogger */ .q) {
    const { file, result, examples, warnings } = await (0,_result_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadRunFolder */ .w)(pathDirOrFile, logger);
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
    if ((0,_result_scores_data_js__WEBPACK_IMPORTED_MODULE_6__/* .isScoresData */ .MW)(examples) !== (result.task === 'scores'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz({ file }, `is a ${result.task} result but its examples file holds ${examples.task} rows; the files do not belong together`);
    const recomputed = (0,_result_scores_data_js__WEBPACK_IMPORTED_MODULE_6__/* .isScoresData */ .MW)(examples)
        ? (0,_evaluate_scores_evaluate_scores_js__WEBPACK_IMPORTED_MODULE_0__/* .scoresMetrics */ .rc)(examples)
        : examples.task === 'ranking'
            ? (0,_evaluate_metrics_query_values_js__WEBPACK_IMPORTED_MODULE_7__/* .queryMeans */ .R)(examples)
            : examples.task === 'text'
                ? (0,_evaluate_metrics_text_text_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .textMetricsOfRows */ .VV)(examples.terms)
                : (0,_evaluate_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .computeMetrics */ .pH)(examples).metrics;
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

/***/ 58713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ holm)
/* harmony export */ });
/**
 * Holm's step-down procedure over m p-values (reference/statistics.md): sort ascending, reject
 * p₍ᵢ₎ while p₍ᵢ₎ ≤ α/(m − i + 1), stop at the first that is not. `adjusted` are the equivalent
 * Holm-adjusted p-values max_{j≤i} min(1, (m − j + 1)·p₍ⱼ₎), so `rejected[i]` ⇔ adjusted[i] ≤ α.
 * null entries (no test) are skipped and do not count in m.
 */
function holm(pValues, alpha) {
    const idx = [];
    pValues.forEach((p, i) => {
        if (p !== null && Number.isFinite(p))
            idx.push(i);
    });
    // Stable: ties keep input order.
    idx.sort((a, b) => pValues[a] - pValues[b] || a - b);
    const m = idx.length;
    const adjusted = pValues.map(() => null);
    const rejected = pValues.map(() => false);
    let running = 0;
    let stillRejecting = true;
    idx.forEach((i, rank) => {
        const p = pValues[i];
        running = Math.max(running, Math.min(1, (m - rank) * p));
        adjusted[i] = running;
        if (stillRejecting && p <= alpha / (m - rank))
            rejected[i] = true;
        else
            stillRejecting = false;
    });
    return { adjusted, rejected };
}


/***/ }),

/***/ 4758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Z4: () => (/* binding */ quantileSorted)
/* harmony export */ });
/* unused harmony exports quantile, sortedCopy */
/**
 * Quantiles as numpy's default (`method='linear'`, Hyndman & Fan type 7):
 * h = (n − 1)·q, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]), using numpy's lerp form.
 */
/** Quantile of an already ascending-sorted array (no copy). */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return NaN;
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    if (lo >= n - 1)
        return sorted[n - 1];
    const t = h - lo;
    const a = sorted[lo];
    const b = sorted[lo + 1];
    // numpy's _lerp: a + (b − a)·t, evaluated from the nearer end for t ≥ ½.
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/** Quantile of unsorted values (sorts a copy; NaN values are not allowed). */
function quantile(values, q) {
    return quantileSorted(sortedCopy(values), q);
}
function median(values) {
    return quantile(values, 0.5);
}
function sortedCopy(values) {
    const copy = Float64Array.from(values);
    copy.sort();
    return copy;
}


/***/ }),

/***/ 88589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ buildResult),
/* harmony export */   q: () => (/* binding */ overflowWarnings)
/* harmony export */ });
/* harmony import */ var _result_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6318);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);


/**
 * A result without bench or gate sections. `evaluate` and `merge` both build one here so that a
 * merged result.json has the same keys in the same order as an evaluated one.
 */
function buildResult(parts) {
    const { scored, rows } = parts;
    return {
        schema: _result_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RESULT_SCHEMA */ .w,
        task: parts.task,
        n: parts.n,
        dataset: parts.dataset,
        tool: { name: 'model-gate', version: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x },
        created_at: parts.now.toISOString(),
        source: parts.source,
        metrics: scored.metrics,
        ...(scored.per_class ? { per_class: scored.per_class } : {}),
        ...(scored.confusion ? { confusion: scored.confusion } : {}),
        ...(parts.statistics ? { statistics: parts.statistics } : {}),
        errors: {
            error_rate: scored.error_rate,
            top_confusions: scored.top_confusions,
            missing_predictions: rows.missing_predictions,
            extra_predictions: rows.extra_predictions,
            invalid_rows: rows.invalid_rows,
            ...(rows.missing_ids.length > 0 ? { missing_ids: rows.missing_ids } : {}),
        },
        warnings: [...parts.warnings, ...overflowWarnings(scored.metrics)],
    };
}
/**
 * A metric that is ±Infinity overflowed double precision (e.g. squared errors of predictions
 * like 1e200): it is reported as infinite ("inf" in result.json), never as null, and said here.
 */
function overflowWarnings(metrics) {
    const out = [];
    for (const [name, v] of Object.entries(metrics))
        if (v === Infinity || v === -Infinity)
            out.push(`${name} overflowed: it is ${v > 0 ? '+' : '-'}infinity (the values are too large for double precision; ` +
                `scikit-learn gives ${v > 0 ? '' : '-'}inf too). result.json records it as "${v > 0 ? '' : '-'}inf".`);
    return out;
}


/***/ }),

/***/ 67520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _3: () => (/* binding */ evaluate)
});

// UNUSED EXPORTS: invertedScoreWarning, textMetricsOutput, textStatistics

// EXTERNAL MODULE: ./src/evaluate/read/bytes.ts
var read_bytes = __webpack_require__(75803);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/progress.ts
var progress = __webpack_require__(65365);
// EXTERNAL MODULE: ./src/evaluate/read/cells.ts
var read_cells = __webpack_require__(47193);
;// CONCATENATED MODULE: ./src/evaluate/read/collector-setup.ts
/**
 * What the collector is told: which file it reads (the phase), which cell slot holds which
 * column, the roles of the columns, and the batch size of its id lookups.
 */
const PHASE_SINGLE = 0;
const PHASE_LABELS = 1;
const PHASE_PREDICTIONS = 2;
/** Example ids (or lines) kept per kind of problem row, for the messages. */
const MAX_EXAMPLES = 10;
/**
 * Rows per batch of id lookups (see `flush`); ids are checked for duplicates a batch at a time,
 * so an error in a later batch is not reported before a duplicate id in an earlier one.
 */
const ID_BATCH = 1 << 15;

// EXTERNAL MODULE: ./src/evaluate/read/interner.ts
var interner = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/evaluate/read/source.ts
var source = __webpack_require__(33659);
;// CONCATENATED MODULE: ./src/evaluate/read/label-dictionary.ts





/**
 * The labels met while reading (true labels and predictions alike): bytes → label index, in
 * first-seen order, with where each was first read (file, line, column) for the messages that
 * name a class.
 */
class LabelDictionary {
    labels = new interner/* ByteInterner */.M();
    /** `maxFieldBytes()`, read once. */
    maxField = (0,source/* maxFieldBytes */.wI)();
    /** Where each interned label was first read: its line, file, and column (label or prediction). */
    labelLine = new Int32Array(16);
    labelFile = [];
    labelColumn = [];
    /** A cell longer than the field limit: the error naming it. */
    fieldTooLong(file, line, column, bytes) {
        return new errors/* InputError */.dz({ file, line, column }, `the value is ${bytes} bytes long, more than the ${this.maxField}-byte limit for a label, prediction or id ` +
            '(is this the right column?). Raise the limit with MODEL_GATE_MAX_FIELD_BYTES=<bytes> if needed.');
    }
    /**
     * The label index of a label or prediction cell. Labels are told apart by their bytes, so two
     * different byte strings are never one class: a new label that is not well-formed UTF-8 (it
     * would decode to U+FFFD, like any other broken label) is an error naming where it is.
     */
    intern(buf, s, e, kind, file, line, column) {
        if (e - s > this.maxField)
            throw this.fieldTooLong(file, line, column, e - s);
        let idx;
        if (kind === read_cells/* KIND_NUMBER */.V && !(0,read_bytes/* isCanonicalJsonInteger */.V3)(buf, s, e)) {
            // JSON numbers are named as JavaScript writes them (1.0 → "1") unless that loses digits
            // (an integer beyond 2^53): then the token itself names the class.
            const token = buf.toString('latin1', s, e);
            const shortest = String(Number(token));
            idx =
                (0,read_bytes/* canonicalDecimal */.st)(shortest) === (0,read_bytes/* canonicalDecimal */.st)(token)
                    ? this.labels.addString(shortest)
                    : this.labels.add(buf, s, e);
        }
        else
            idx = this.labels.add(buf, s, e);
        if (idx < 0)
            return -idx - 1;
        const bad = (0,read_bytes/* firstInvalidUtf8 */.vE)(buf, s, e);
        if (bad >= 0)
            throw new errors/* InputError */.dz({ file, line, column }, `not valid UTF-8 at byte ${bad - s + 1} of the value (byte 0x${buf[bad].toString(16).padStart(2, '0')}). ` +
                'Labels are compared as text, and text that is not UTF-8 cannot be told apart reliably; ' +
                're-encode the file as UTF-8 (e.g. iconv -f latin1 -t utf-8).');
        if (idx >= this.labelLine.length) {
            const bigger = new Int32Array(this.labelLine.length * 2);
            bigger.set(this.labelLine);
            this.labelLine = bigger;
        }
        this.labelLine[idx] = line;
        this.labelFile[idx] = file;
        this.labelColumn[idx] = column;
        return idx;
    }
}

;// CONCATENATED MODULE: ./src/evaluate/read/row-order.ts
/**
 * The order in which the collector looks up a batch of prediction ids: by their label rows' top
 * 12 bits, which the partitioned join (id-partitions.ts) reproduces to report the same first
 * duplicate.
 */
const rowCounts = new Int32Array((1 << 12) + 2);
/** A permutation of 0..count-1 ordering rows[] by value (top 12 bits of 0..n; -1 first), stable. */
function rowOrder(rows, count, n, out) {
    const bits = 32 - Math.clz32(Math.max(1, n));
    const shift = Math.max(0, bits - 12);
    const buckets = (1 << Math.min(12, bits)) + 1;
    rowCounts.fill(0, 0, buckets + 1);
    for (let i = 0; i < count; i++)
        rowCounts[(rows[i] < 0 ? 0 : (rows[i] >>> shift) + 1) + 1]++;
    for (let b = 0; b < buckets; b++)
        rowCounts[b + 1] += rowCounts[b];
    for (let i = 0; i < count; i++)
        out[rowCounts[rows[i] < 0 ? 0 : (rows[i] >>> shift) + 1]++] = i;
}

;// CONCATENATED MODULE: ./src/evaluate/read/score-cells.ts



/** Whether the `count` score cells from slot `first` are all empty (null, missing or blank). */
function scoreCellsEmpty(cells, first, count) {
    const { starts, ends, kinds } = cells;
    for (let q = first; q < first + count; q++)
        if (starts[q] !== ends[q] && kinds[q] !== read_cells/* KIND_NULL */.j3 && kinds[q] !== read_cells/* KIND_MISSING */.S)
            return false;
    return true;
}
/**
 * The score in cell slot `sl`: a probability in [0, 1] (`probability`), or any finite number (a
 * binary score column: a probability or a decision score); anything else is an error naming the
 * cell, what was found and what was expected.
 */
function readScoreCell(cells, buf, file, line, sl, column, probability) {
    const s = cells.starts[sl];
    const e = cells.ends[sl];
    const kind = cells.kinds[sl];
    const v = kind === read_cells/* KIND_BOOL */.gv || kind === read_cells/* KIND_NESTED */.VH || kind === read_cells/* KIND_MISSING */.S ? NaN : (0,read_bytes/* parseNumber */.$J)(buf, s, e);
    if (v >= 0 && v <= 1)
        return v;
    if (Number.isFinite(v) && !probability)
        return v;
    const expected = probability
        ? 'expected a probability between 0 and 1 (each --score-prefix column holds the probability of its class)'
        : 'expected a finite number (the score or probability of the positive class)';
    let found;
    if (kind === read_cells/* KIND_NESTED */.VH)
        found = `expected a number, got ${(0,read_cells/* nestedWhat */.GO)(buf, s, e)}`;
    else if (kind === read_cells/* KIND_MISSING */.S)
        found = 'the key is missing';
    else if (s === e || kind === read_cells/* KIND_NULL */.j3)
        found = 'the score is empty';
    else if (Number.isFinite(v))
        found = `${(0,read_bytes/* showBytes */.ni)(buf, s, e).slice(1, -1)} is outside [0, 1]`;
    else
        found = `${(0,read_bytes/* showBytes */.ni)(buf, s, e)} is not a ${Number.isNaN(v) ? 'number' : 'finite number'}`;
    throw new errors/* InputError */.dz({ file, line, column }, `${found}; ${expected}.`);
}

// EXTERNAL MODULE: ./src/evaluate/read/typed-arrays.ts
var typed_arrays = __webpack_require__(37575);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/evaluate/read/spool.ts



/**
 * A column of fixed-width rows kept in a temp file instead of memory: the streaming readers
 * append each batch of rows as it is read and replay them, a batch at a time, once the whole file
 * has been read (when the classes, the task and the positive label are known). Memory stays at a
 * batch however many rows the file has.
 */
class SpoolColumn {
    path;
    rowBytes;
    fd;
    /** Rows written so far. */
    rows = 0;
    constructor(path, 
    /** Bytes per row (4 for Int32, 8 × k for k Float64 values). */
    rowBytes) {
        this.path = path;
        this.rowBytes = rowBytes;
        this.fd = (0,external_node_fs_.openSync)(path, 'w+');
    }
    append(values, count) {
        const bytes = count * this.rowBytes;
        const view = new Uint8Array(values.buffer, values.byteOffset, bytes);
        let done = 0;
        while (done < bytes)
            done += (0,external_node_fs_.writeSync)(this.fd, view, done, bytes - done, this.rows * this.rowBytes + done);
        this.rows += count;
    }
    /** Reads rows [start, start + count) into `out` (which must hold them). */
    read(out, start, count) {
        const bytes = count * this.rowBytes;
        const view = new Uint8Array(out.buffer, out.byteOffset, bytes);
        let done = 0;
        while (done < bytes) {
            const got = (0,external_node_fs_.readSync)(this.fd, view, done, bytes - done, start * this.rowBytes + done);
            if (got === 0)
                throw new Error(`${this.path}: unexpected end of spooled rows`);
            done += got;
        }
    }
    close() {
        if (this.fd >= 0)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = -1;
    }
}
/**
 * The row ids as UTF-8 bytes (a single file with ids, or the labels file of a join by id), kept
 * only when the per-example sidecar is written from the stream: each row's byte length, and the
 * bytes back to back, replayed in row order with the rows. An id that is not well-formed UTF-8 on
 * its own is kept as its string's UTF-8 (U+FFFD for each bad sequence), as `idBytesFor` writes
 * the ids of rows held in memory, so the sidecar's bytes are the same either way.
 */
class SpooledIds {
    lengths;
    fd;
    /** Bytes written so far. */
    bytes = 0;
    constructor(dir) {
        this.lengths = new SpoolColumn((0,external_node_path_.join)(dir, 'rows-idLengths.bin'), 4);
        this.fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(dir, 'rows-idBytes.bin'), 'w+');
    }
    /** Appends `count` ids: id i is `bytes[offsets[i], offsets[i + 1])`. */
    append(bytes, offsets, count) {
        const lengths = new Int32Array(count);
        let out = bytes.subarray(offsets[0], offsets[count]);
        if (!(0,external_node_buffer_.isAscii)(out)) {
            const pieces = [];
            for (let i = 0; i < count; i++) {
                const id = bytes.subarray(offsets[i], offsets[i + 1]);
                pieces.push((0,external_node_buffer_.isUtf8)(id) ? id : Buffer.from(id.toString('utf8'), 'utf8'));
            }
            out = Buffer.concat(pieces);
            for (let i = 0; i < count; i++)
                lengths[i] = pieces[i].length;
        }
        else
            for (let i = 0; i < count; i++)
                lengths[i] = offsets[i + 1] - offsets[i];
        this.lengths.append(lengths, count);
        let done = 0;
        while (done < out.length)
            done += (0,external_node_fs_.writeSync)(this.fd, out, done, out.length - done, this.bytes + done);
        this.bytes += out.length;
    }
    /** Reads `length` bytes from byte `at` into `out`. */
    read(out, at, length) {
        let done = 0;
        while (done < length) {
            const got = (0,external_node_fs_.readSync)(this.fd, out, done, length - done, at + done);
            if (got === 0)
                throw new Error('model-gate: unexpected end of spooled ids');
            done += got;
        }
    }
    close() {
        this.lengths.close();
        (0,external_node_fs_.closeSync)(this.fd);
    }
}
/** The spooled columns of one evaluation, in `dir` (the caller removes the folder). */
class RowSpool {
    dir;
    batchRows;
    keepIds;
    yTrue = null;
    yPred = null;
    scores = null;
    /** The ids (a single file, or the labels file of a join by id), as the fingerprint's two 32-bit hashes. */
    idHashes = null;
    /** A partitioned join by id: each label row's partition (one byte). */
    rowPartitions = null;
    /** A partitioned join by id: the joined predictions and scores (then `yPred`, `scores` are null). */
    joined = null;
    /** The ids' bytes, when `keepIds` was asked for and the rows have ids. */
    ids = null;
    constructor(dir, 
    /** Rows per batch: how many rows the readers hold before appending them here. */
    batchRows, 
    /** Keep the ids' bytes (`ids`) for the per-example sidecar, not only their hashes. */
    keepIds = false) {
        this.dir = dir;
        this.batchRows = batchRows;
        this.keepIds = keepIds;
    }
    column(name, rowBytes) {
        const existing = this[name];
        if (existing)
            return existing;
        const col = new SpoolColumn((0,external_node_path_.join)(this.dir, `rows-${name}.bin`), rowBytes);
        this[name] = col;
        return col;
    }
    close() {
        this.yTrue?.close();
        this.yPred?.close();
        this.scores?.close();
        this.idHashes?.close();
        this.rowPartitions?.close();
        this.joined?.close();
        this.ids?.close();
        this.ids = null;
    }
    /** Rows [start, start + count) of the predictions (and scores, when `scores` is given). */
    readPredictions(yPred, scores, start, count) {
        if (this.joined !== null) {
            this.joined.read(yPred, scores, start, count);
            return;
        }
        this.yPred.read(yPred, start, count);
        if (scores !== null)
            this.scores.read(scores, start, count);
    }
}

// EXTERNAL MODULE: ./src/util/sort.ts
var sort = __webpack_require__(21658);
;// CONCATENATED MODULE: ./src/util/external-sort.ts



/**
 * The external sort behind `SortedGroups` and `KeyRowGroups`: (key, value) pairs are buffered up
 * to `chunk`, radix-sorted and collapsed into a run of groups (`collapse` fixes what a group
 * records). A run is copied and kept in memory while the kept runs hold at most `memoryBudget`
 * groups, else written to a file in `dir`; the last run is merged from the buffers it was
 * collapsed into. `merge` walks the runs (k-way), combining the groups of equal keys across runs
 * (`add`, `end`), so the groups are exactly those of one sort of all pairs.
 */
class ExternalSort {
    dir;
    name;
    chunk;
    memoryBudget;
    width;
    hiDigits;
    keys = new Float64Array(0);
    values = new Uint32Array(0);
    size = 0;
    sorter = new sort/* KeySorter */.hj();
    out;
    memoryRuns = [];
    memoryGroups = 0;
    fileRuns = [];
    /** Pairs pushed. */
    count = 0;
    constructor(dir, name, chunk, memoryBudget, 
    /** Columns a group records. */
    width, 
    /** 11-bit digits in the high word of the radix keys `encode` writes. */
    hiDigits) {
        this.dir = dir;
        this.name = name;
        this.chunk = chunk;
        this.memoryBudget = memoryBudget;
        this.width = width;
        this.hiDigits = hiDigits;
        this.out = newRun(width, 0);
    }
    pushPair(key, value) {
        if (this.size === this.keys.length)
            this.grow();
        this.keys[this.size] = key === 0 ? 0 : key;
        this.values[this.size++] = value;
        this.count++;
    }
    grow() {
        if (this.size >= this.chunk) {
            const groups = this.sortBuffer();
            if (this.memoryGroups + groups <= this.memoryBudget) {
                const copy = newRun(this.width, groups);
                copy.keys.set(this.out.keys.subarray(0, groups));
                for (let c = 0; c < this.width; c++)
                    copy.columns[c].set(this.out.columns[c].subarray(0, groups));
                this.memoryRuns.push(copy);
                this.memoryGroups += groups;
            }
            else
                this.writeRun(groups);
            return;
        }
        const cap = Math.min(this.chunk, Math.max(1024, this.keys.length * 2));
        const keys = new Float64Array(cap);
        keys.set(this.keys.subarray(0, this.size));
        this.keys = keys;
        this.sorter.reserveValues(cap, this.size);
        this.values = this.sorter.values;
    }
    /** Sorts the buffered pairs into groups in `out`; returns how many (the buffer is then empty). */
    sortBuffer() {
        const m = this.size;
        this.size = 0;
        if (m === 0)
            return 0;
        const sorter = this.sorter;
        sorter.reserve(m);
        this.encode(this.keys, m, sorter.hi, sorter.lo);
        sorter.sort(m, this.hiDigits);
        // The values buffer is the sorter's, which the sort may have swapped for its other one.
        this.values = sorter.values;
        if (this.out.keys.length < m)
            this.out = newRun(this.width, m);
        return (this.out.length = this.collapse(sorter, m, this.out));
    }
    writeRun(groups) {
        const path = (0,external_node_path_.join)(this.dir, `${this.name}-${this.fileRuns.length}.bin`);
        const fd = (0,external_node_fs_.openSync)(path, 'w');
        try {
            writeAll(fd, this.out.keys.subarray(0, groups));
            for (const c of this.out.columns)
                writeAll(fd, c.subarray(0, groups));
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        this.fileRuns.push({ path, length: groups });
    }
    /** Walks the groups of all pairs. Consumes the pairs: call once, after the last push. */
    merge(visit) {
        const last = this.sortBuffer();
        this.keys = new Float64Array(0);
        this.values = new Uint32Array(0);
        this.sorter.release(); // the merge needs only `out`, which holds the last run
        const cursors = this.memoryRuns.map((r) => new Cursor(r, -1, r.length));
        if (last > 0)
            cursors.push(new Cursor(this.out, -1, last));
        try {
            for (const f of this.fileRuns) {
                cursors.push(new Cursor(newRun(this.width, BLOCK), (0,external_node_fs_.openSync)(f.path, 'r'), f.length));
            }
            const heap = cursors.filter((c) => c.valid);
            for (let i = (heap.length >> 1) - 1; i >= 0; i--)
                siftDown(heap, i);
            this.mergeHeap(heap, visit);
        }
        finally {
            for (const c of cursors)
                c.close();
        }
    }
    /** Apart from `merge`, whose setup deoptimizes once per walk and would take the loop with it. */
    mergeHeap(heap, visit) {
        let have = false;
        let key = 0;
        while (heap.length > 0) {
            const top = heap[0];
            if (have && top.key !== key)
                this.end(key, visit);
            have = true;
            key = top.key;
            this.add(top.columns, top.at);
            if (!top.advance()) {
                const rest = heap.pop();
                if (heap.length === 0)
                    break;
                heap[0] = rest;
            }
            siftDown(heap, 0);
        }
        if (have)
            this.end(key, visit);
    }
}
/** Groups read back from a run file a block at a time. */
const BLOCK = 1 << 13;
/** Every run is made here: one shape for all keeps the merge loop monomorphic. */
function newRun(width, n) {
    const columns = [];
    for (let c = 0; c < width; c++)
        columns.push(new Uint32Array(n));
    return { keys: new Float64Array(n), columns, length: n };
}
/** The groups of one run: all in memory (no file, fd < 0), or read from its file a block at a time. */
class Cursor {
    fd;
    length;
    valid = false;
    key = 0;
    /** Position of the current group in `columns`. */
    at = -1;
    keys;
    columns;
    /** First group of the block in the run, and groups in the block. */
    start = 0;
    inBlock = 0;
    constructor(block, fd, length) {
        this.fd = fd;
        this.length = length;
        this.keys = block.keys;
        this.columns = block.columns;
        if (fd >= 0)
            this.load(0);
        else
            this.inBlock = length;
        this.valid = this.advance();
    }
    load(start) {
        const count = Math.min(BLOCK, this.length - start);
        let position = this.length * 8;
        readAll(this.fd, this.keys, count, start * 8);
        for (const c of this.columns) {
            readAll(this.fd, c, count, position + start * 4);
            position += this.length * 4;
        }
        this.start = start;
        this.inBlock = count;
        this.at = -1;
    }
    /** Moves to the next group; false at the end of the run. */
    advance() {
        if (this.at + 1 >= this.inBlock) {
            const next = this.start + this.inBlock;
            if (this.fd < 0 || next >= this.length)
                return false;
            this.load(next);
        }
        this.key = this.keys[++this.at];
        return true;
    }
    close() {
        if (this.fd >= 0)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = -1;
    }
}
function writeAll(fd, values) {
    const view = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    let done = 0;
    while (done < view.length)
        done += (0,external_node_fs_.writeSync)(fd, view, done, view.length - done);
}
function readAll(fd, out, count, position) {
    const bytes = count * out.BYTES_PER_ELEMENT;
    const view = new Uint8Array(out.buffer, out.byteOffset, bytes);
    let done = 0;
    while (done < bytes) {
        const got = (0,external_node_fs_.readSync)(fd, view, done, bytes - done, position + done);
        if (got === 0)
            throw new Error('model-gate: a sorted run file ended early');
        done += got;
    }
}
function siftDown(heap, i) {
    const n = heap.length;
    for (;;) {
        const l = 2 * i + 1;
        if (l >= n)
            return;
        const r = l + 1;
        const c = r < n && heap[r].key < heap[l].key ? r : l;
        if (!(heap[c].key < heap[i].key))
            return;
        const t = heap[c];
        heap[c] = heap[i];
        heap[i] = t;
        i = c;
    }
}

;// CONCATENATED MODULE: ./src/util/sorted-groups.ts


/**
 * A multiset of (key, flag) pairs walked once, by ascending key, as groups of equal keys with the
 * count of flagged and unflagged pairs in each: what ROC AUC and average precision (key = −score,
 * flag = positive), and the median absolute error (key = |error|) need, in bounded memory.
 *
 * Pairs are buffered up to `chunk`, then sorted (the same radix sort as the in-memory path) and
 * collapsed into groups — a sorted run. Runs stay in memory while their groups fit in `chunk`
 * (scores rounded to a few decimals collapse to a few thousand groups a run); beyond that a run is
 * written to a file in `dir`. `walk` merges the runs (k-way), adding up the groups of equal keys
 * across runs, so the groups — one per distinct key — are exactly those of one sort of all pairs.
 * Keys are compared as numbers: -0 is 0 (as numpy), NaN must not be pushed.
 */
class SortedGroups extends ExternalSort {
    constructor(dir, name, chunk) {
        super(dir, name, chunk, chunk, 2, 3);
    }
    push(key, flag) {
        this.pushPair(key, flag);
    }
    /**
     * Calls `visit(key, flagged, unflagged)` for each distinct key, ascending. Consumes the pairs
     * (call once, after the last `push`).
     */
    walk(visit) {
        this.merge(visit);
    }
    flagged = 0;
    unflagged = 0;
    add(columns, at) {
        this.flagged += columns[0][at];
        this.unflagged += columns[1][at];
    }
    end(key, visit) {
        visit(key, this.flagged, this.unflagged);
        this.flagged = 0;
        this.unflagged = 0;
    }
    encode(keys, m, hi, lo) {
        (0,sort/* encodeFloatKeys */.no)(keys, m, hi, lo);
    }
    collapse(sorted, m, out) {
        const { hi, lo, values } = sorted;
        const [flaggedOut, unflaggedOut] = out.columns;
        const outWords = new Uint32Array(out.keys.buffer);
        let g = 0;
        let f = 0;
        let c = 0;
        for (let j = 0; j < m; j++) {
            f += values[j];
            c++;
            if (j + 1 < m && hi[j] === hi[j + 1] && lo[j] === lo[j + 1])
                continue;
            (0,sort/* decodeFloatKey */.Um)(hi[j], lo[j], outWords, g);
            flaggedOut[g] = f;
            unflaggedOut[g] = c - f;
            g++;
            f = 0;
            c = 0;
        }
        return g;
    }
}
/** No second row: the group has one pair. */
const NO_ROW = 0xffffffff;
const TWO32 = 4294967296;
/**
 * A multiset of (key, row) pairs walked once, by ascending key, as groups of equal keys with
 * their count and their two smallest rows: what the streamed duplicate-id check needs (key = a
 * 52-bit hash of the id, row = its row index; a group with two rows or more is a candidate
 * duplicate), in bounded memory. The scheme of `SortedGroups`, but every run except the last goes
 * to a file in `dir` (ids are mostly distinct: a run barely collapses, and a kept copy would
 * double the memory). Keys are integers in [0, 2^53); rows integers in [0, 2^32 − 1), pushed in
 * ascending order (the sort is stable, so a group's rows come out ascending).
 */
class KeyRowGroups extends ExternalSort {
    constructor(dir, name, chunk) {
        super(dir, name, chunk, 0, 3, 2);
    }
    push(key, row) {
        this.pushPair(key, row);
    }
    /**
     * Calls `visit(key, count, first, second)` for each distinct key, ascending: `first` and
     * `second` are the group's two smallest rows (`second` is `NO_ROW` when `count` is 1).
     * Consumes the pairs (call once, after the last `push`).
     */
    walk(visit) {
        this.merge(visit);
    }
    groupCount = 0;
    first = NO_ROW;
    second = NO_ROW;
    add(columns, at) {
        this.groupCount += columns[0][at];
        // The two smallest of {first, second} ∪ {the run's first, second} (NO_ROW is the largest).
        const f = columns[1][at];
        if (f < this.first) {
            this.second = Math.min(this.first, columns[2][at]);
            this.first = f;
        }
        else if (f < this.second)
            this.second = f;
    }
    end(key, visit) {
        visit(key, this.groupCount, this.first, this.second);
        this.groupCount = 0;
        this.first = NO_ROW;
        this.second = NO_ROW;
    }
    /** The key's 21 high and 32 low bits. */
    encode(keys, m, hi, lo) {
        for (let j = 0; j < m; j++) {
            const k = keys[j];
            const h = Math.floor(k / TWO32);
            hi[j] = h;
            lo[j] = k - h * TWO32;
        }
    }
    collapse(sorted, m, out) {
        const { hi, lo, values } = sorted;
        const [counts, first, second] = out.columns;
        let g = 0;
        for (let j = 0; j < m;) {
            let e = j + 1;
            while (e < m && hi[e] === hi[j] && lo[e] === lo[j])
                e++;
            out.keys[g] = hi[j] * TWO32 + lo[j];
            counts[g] = e - j;
            first[g] = values[j];
            second[g] = e - j > 1 ? values[j + 1] : NO_ROW;
            g++;
            j = e;
        }
        return g;
    }
}

// EXTERNAL MODULE: ./src/evaluate/read/table.ts + 1 modules
var table = __webpack_require__(40341);
;// CONCATENATED MODULE: ./src/evaluate/read/unique-ids.ts








/** Id pairs sorted in memory at a time by the streamed duplicate-id check (~56 bytes each). */
const DEFAULT_ID_SORT_CHUNK = 1 << 18;
/** Candidate groups (a hash seen twice or more) confirmed by one re-scan. */
const MAX_CANDIDATES = 1 << 16;
const unique_ids_TWO32 = 4294967296;
/** The default `IdHash`: 52 bits of the two 32-bit hashes the fingerprint takes of each id. */
function idKey(a, b) {
    return (b & 0xfffff) * unique_ids_TWO32 + (a >>> 0);
}
/** The message of a duplicate id within a file, the same whichever path found it. */
function duplicateIdError(file, idColumn, id, line, firstLine) {
    return new errors/* InputError */.dz({ file, line, column: idColumn }, `duplicate id ${(0,read_bytes/* showValue */.vp)(id)}: it first appears on line ${firstLine}. Ids must be unique within a file.`);
}
/**
 * The "ids must be unique within a file" check of a streamed file, in bounded memory: each row's
 * id goes in as a 52-bit hash with its row index (an external sort, `KeyRowGroups`), not as
 * bytes. `check(limit)` finds the hashes seen twice or more among rows [0, limit), then re-reads
 * the file comparing the bytes of those ids only, and throws the error the in-memory path throws
 * for the same rows (its first repeated id: the row, and the line where the id first appears). A
 * hash shared by different ids is not an error.
 */
class StreamedIdCheck {
    file;
    idColumn;
    hash;
    groups;
    checked = false;
    constructor(file, idColumn, dir, chunk, 
    /** Test hook: a hash to use instead of the default (e.g. one that collides on purpose). */
    hash = null) {
        this.file = file;
        this.idColumn = idColumn;
        this.hash = hash;
        this.groups = new KeyRowGroups(dir, 'ids', Math.max(2, chunk));
    }
    /** Row `row`'s id: bytes [s, e) of `buf`, whose fingerprint hashes are `a` and `b`. */
    add(buf, s, e, a, b, row) {
        if (row >= NO_ROW - 1)
            throw new Error('model-gate: the duplicate-id check counts at most 2^32 - 2 rows');
        this.groups.push(this.hash ? this.hash(buf, s, e) : idKey(a, b), row);
    }
    /**
     * Throws the duplicate-id error of rows [0, limit) if they repeat an id. Once only (it consumes
     * the sorted ids); the rows must all have been added.
     */
    async check(limit, logger = progress/* silentLogger */.q) {
        if (this.checked)
            return;
        this.checked = true;
        // Candidates: groups whose second row is below the limit, the MAX_CANDIDATES with the lowest
        // second row. A group's first repeat cannot come before its second row, so a group dropped
        // (second row ≥ cutoff) cannot repeat an id before `cutoff`.
        let keys = [];
        let seconds = [];
        let cutoff = limit;
        const prune = () => {
            const order = seconds.map((_, i) => i).sort((x, y) => seconds[x] - seconds[y]);
            if (order.length > MAX_CANDIDATES)
                cutoff = Math.min(cutoff, seconds[order[MAX_CANDIDATES]]);
            const kept = order.slice(0, MAX_CANDIDATES);
            keys = kept.map((i) => keys[i]);
            seconds = kept.map((i) => seconds[i]);
        };
        this.groups.walk((key, _count, _first, second) => {
            if (second === NO_ROW || second >= cutoff)
                return;
            keys.push(key);
            seconds.push(second);
            if (keys.length >= 2 * MAX_CANDIDATES)
                prune();
        });
        if (keys.length > MAX_CANDIDATES)
            prune();
        if (keys.length === 0)
            return;
        const found = await this.rescan(new Set(keys), cutoff, logger);
        if (found)
            throw found;
        // Every candidate before the cutoff was a hash collision; beyond it (more than MAX_CANDIDATES
        // colliding hashes: never with the default hash) compare every id of the rows left.
        if (cutoff < limit) {
            const all = await this.rescan(null, limit, logger);
            if (all)
                throw all;
        }
    }
    /**
     * Re-reads rows [0, limit) and returns the error of the first row whose id repeats an earlier
     * one, comparing only ids whose hash is in `candidates` (every id when null); null if none.
     */
    async rescan(candidates, limit, logger) {
        if (!(0,external_node_fs_.statSync)(this.file).isFile()) {
            // A pipe was read once and is gone (opening it again would wait for a new writer).
            return new errors/* InputError */.dz({ file: this.file, column: this.idColumn }, 'two rows share an id (ids must be unique within a file). The input is a pipe, which can be read only ' +
                'once, so the rows cannot be located: write it to a file and run again to see their lines.');
        }
        const reader = await table/* TableReader */.k.open(this.file, 'predictions');
        try {
            const sink = new RescanSink(this, candidates, limit);
            const cells = reader.prepare([this.idColumn], sink);
            sink.cells = cells;
            const progress = logger.progress.start(`Checking ids in ${this.file}`);
            try {
                await reader.scan(progress);
            }
            catch (err) {
                if (err !== STOP)
                    throw err;
            }
            progress.done(sink.found ? 'duplicate found' : 'no duplicates');
            return sink.found;
        }
        finally {
            reader.close();
        }
    }
    key(buf, s, e) {
        return this.hash
            ? this.hash(buf, s, e)
            : idKey((0,read_bytes/* hashBytes */.yi)(buf, s, e, read_bytes/* SEED_A */.sj), (0,read_bytes/* hashBytes */.yi)(buf, s, e, read_bytes/* SEED_B */.z3));
    }
    error(id, line, firstLine) {
        return duplicateIdError(this.file, this.idColumn, id, line, firstLine);
    }
}
/** Thrown by the re-scan's sink to stop the scan (never seen outside this file). */
const STOP = new Error('model-gate: re-scan stopped');
class RescanSink {
    check;
    candidates;
    limit;
    cells = (0,read_cells/* makeCells */.O8)(1);
    found = null;
    rows = 0;
    seen = new interner/* ByteInterner */.M();
    lines = new Int32Array(16);
    constructor(check, candidates, limit) {
        this.check = check;
        this.candidates = candidates;
        this.limit = limit;
    }
    row(buf, line) {
        const r = this.rows++;
        if (r >= this.limit)
            throw STOP;
        const s = this.cells.starts[0];
        const e = this.cells.ends[0];
        if (this.candidates !== null && !this.candidates.has(this.check.key(buf, s, e)))
            return;
        const idx = this.seen.add(buf, s, e);
        if (idx < 0) {
            this.found = this.check.error(buf.toString('utf8', s, e), line, this.lines[-idx - 1]);
            throw STOP;
        }
        if (idx === this.lines.length) {
            const lines = new Int32Array(idx * 2);
            lines.set(this.lines);
            this.lines = lines;
        }
        this.lines[idx] = line;
    }
}

// EXTERNAL MODULE: ./src/evaluate/metrics/probability.ts
var probability = __webpack_require__(84918);
;// CONCATENATED MODULE: ./src/evaluate/read/collector.ts












const BATCH = ID_BATCH;
/**
 * Accumulates the evaluated rows in typed arrays while the scanners stream the files. Rows are
 * numbered in label-file order (or file order for a single file). Labels are interned (bytes →
 * label index, in first-seen order); ids, when the file has them, are interned too (bytes → row
 * index). Nothing per row is a JavaScript object or string. With a `RowSpool` (streaming: rows
 * aligned, no join by id) the arrays hold one batch, appended to the spool when full.
 */
class Collector {
    setup;
    spool;
    phase = PHASE_SINGLE;
    file = '';
    cells = { starts: new Int32Array(0), ends: new Int32Array(0), kinds: new Uint8Array(0) };
    slots = { id: -1, label: -1, prediction: -1, score: -1, prob: -1 };
    /** The labels and predictions interned so far (label-dictionary.ts). */
    dictionary = new LabelDictionary();
    /** The ids (joins by id, and a single file with ids read into memory), or null. */
    ids;
    /**
     * Streaming a single file with ids: the ids are not kept; their duplicate check is external
     * (`StreamedIdCheck`) and their fingerprint hashes are spooled with the rows.
     */
    idCheck;
    /**
     * Streaming a join by id in bounded memory: the rows go to the partitions, and the join's
     * counts (`finishStream` reads them) once it has run.
     */
    join;
    joinOutcome = null;
    /** Streaming with `idCheck` or `join`: the batch's id hashes, [a, b] per row. */
    idHashes = new Int32Array(0);
    /**
     * Streaming with `idCheck` or `join` into a spool that keeps the ids (`RowSpool.keepIds`): the
     * batch's id bytes, id `at` at `[idOffsets[at], idOffsets[at + 1])`.
     */
    idBytes = Buffer.allocUnsafe(0);
    idOffsets = new Int32Array(1);
    /** Label rows so far. */
    n = 0;
    cap = 1024;
    yTrueI = new Int32Array(0);
    yPredI = new Int32Array(0);
    yTrueF = new Float64Array(0);
    yPredF = new Float64Array(0);
    /** n × scoresPerRow, or null. */
    scores = null;
    scoresPerRow;
    /** Line of each label row (joins by id: for duplicate-id messages). */
    idLine = new Int32Array(0);
    /** Line of the prediction row joined to each label row; 0 = none yet (joins by id). */
    predLine = new Int32Array(0);
    /** Prediction rows read (positional join: the next row index). */
    predRows = 0;
    /**
     * Streaming (`spool` given): the row arrays hold one batch, rows `base`… of the current pass,
     * and each full batch is appended to the spool; nothing grows with the rows.
     */
    base = 0;
    /** Streaming: which interned labels occur as a true label. */
    trueSeen = new Uint8Array(0);
    /** Where `readPrediction` writes: the row arrays, or the batch arrays when joining by id. */
    outPredI = new Int32Array(0);
    outPredF = new Float64Array(0);
    outScores = new Float64Array(0);
    // Joining by id, prediction rows are buffered and looked up a batch at a time, in table order.
    bN = 0;
    bBytes = Buffer.allocUnsafe(1 << 16);
    bUsed = 0;
    bOff = new Int32Array(BATCH + 1);
    bHash = new Int32Array(BATCH);
    bRow = new Int32Array(BATCH);
    bLine = new Int32Array(BATCH);
    bOrder = new Int32Array(BATCH);
    bPredI = new Int32Array(0);
    bPredF = new Float64Array(0);
    bScores = new Float64Array(0);
    /** Written by the cache-warming loop so that its loads are not optimised away. */
    touched = 0;
    invalidRows = 0;
    invalidExamples = [];
    extraPredictions = 0;
    extraExamples = [];
    scoreMin = Infinity;
    scoreMax = -Infinity;
    probOffRows = 0;
    probOffFirstLine = 0;
    probOffFirstSum = 0;
    /** `expectedRows`: an estimate of the label rows, to size the arrays and id table up front. */
    constructor(setup, expectedRows = 1024, spool = null, idCheck = null, join = null) {
        this.setup = setup;
        this.spool = spool;
        const expected = Math.min(Math.max(1024, expectedRows), 1 << 26);
        this.cap = spool ? spool.batchRows : expected;
        this.join = setup.byId && spool ? join : null;
        this.idCheck = setup.byId && spool && this.join === null ? idCheck : null;
        this.ids = setup.byId && this.idCheck === null && this.join === null ? new interner/* ByteInterner */.M(expected) : null;
        this.scoresPerRow = setup.scoreColumn !== undefined ? 1 : setup.probColumns.length;
    }
    /** The interned labels (bytes → label index, in first-seen order). */
    get labels() {
        return this.dictionary.labels;
    }
    /** Where each interned label was first read: its line, file and column. */
    get labelLine() {
        return this.dictionary.labelLine;
    }
    get labelFile() {
        return this.dictionary.labelFile;
    }
    get labelColumn() {
        return this.dictionary.labelColumn;
    }
    /** Whether the rows have ids (kept in `ids`, or checked by `idCheck`). */
    get hasIds() {
        return this.ids !== null || this.idCheck !== null || this.join !== null;
    }
    /** Switches to the next file: which phase, and which slots hold which columns. */
    begin(phase, file, cells, slots) {
        this.phase = phase;
        this.file = file;
        this.cells = cells;
        this.slots = slots;
        this.base = 0;
        if (phase === PHASE_SINGLE || phase === PHASE_LABELS)
            this.allocate(this.cap, phase === PHASE_SINGLE);
        else
            this.allocatePredictions();
    }
    allocate(cap, withPredictions) {
        const regression = this.setup.regression;
        this.cap = cap;
        const n = this.n;
        if (regression)
            this.yTrueF = (0,typed_arrays/* resizeF */.tA)(this.yTrueF, cap, n);
        else
            this.yTrueI = (0,typed_arrays/* resizeI */.mY)(this.yTrueI, cap, n);
        if (withPredictions) {
            if (regression)
                this.yPredF = (0,typed_arrays/* resizeF */.tA)(this.yPredF, cap, n);
            else
                this.yPredI = (0,typed_arrays/* resizeI */.mY)(this.yPredI, cap, n);
            if (this.scoresPerRow > 0)
                this.scores = (0,typed_arrays/* resizeF */.tA)(this.scores, cap * this.scoresPerRow, n * this.scoresPerRow);
            this.outPredI = this.yPredI;
            this.outPredF = this.yPredF;
            this.outScores = this.scores ?? this.outScores;
        }
        if (this.ids)
            this.idLine = (0,typed_arrays/* resizeI */.mY)(this.idLine, Math.max(cap, this.idLine.length), n);
        if ((this.idCheck || this.join) && this.idHashes.length < 2 * cap)
            this.idHashes = new Int32Array(2 * cap);
        if ((this.idCheck || this.join) && this.spool?.keepIds && this.idOffsets.length < cap + 1) {
            this.idOffsets = new Int32Array(cap + 1);
            this.idBytes = Buffer.allocUnsafe(Math.max(this.idBytes.length, 1 << 16));
        }
    }
    /** After the labels pass: prediction arrays for the n label rows, all "no prediction yet". */
    allocatePredictions() {
        if (this.join) {
            // One row at a time, straight to its partition.
            this.outPredI = new Int32Array(1);
            this.outPredF = new Float64Array(1);
            this.outScores = new Float64Array(this.scoresPerRow);
            return;
        }
        const n = this.spool ? Math.min(this.n, this.spool.batchRows) : this.n;
        if (this.setup.regression)
            this.yPredF = new Float64Array(n).fill(NaN);
        else
            this.yPredI = new Int32Array(n).fill(-1);
        if (this.scoresPerRow > 0)
            this.scores = new Float64Array(n * this.scoresPerRow).fill(NaN);
        if (this.ids) {
            this.predLine = new Int32Array(n);
            if (this.setup.regression)
                this.bPredF = new Float64Array(BATCH);
            else
                this.bPredI = new Int32Array(BATCH);
            this.bScores = new Float64Array(BATCH * this.scoresPerRow);
            this.outPredI = this.bPredI;
            this.outPredF = this.bPredF;
            this.outScores = this.bScores;
        }
        else {
            this.outPredI = this.yPredI;
            this.outPredF = this.yPredF;
            this.outScores = this.scores ?? this.outScores;
        }
    }
    /** Ends the current file's pass: indexes or looks up what is still buffered. */
    flush() {
        if (this.phase === PHASE_PREDICTIONS) {
            if (this.ids !== null)
                this.flushPredictions();
            if (this.join)
                this.predRows = this.join.predictionCount;
            else if (this.spool)
                this.spoolBatch(Math.min(this.predRows, this.n) - this.base);
        }
        else {
            if (this.ids !== null)
                this.indexIds();
            if (this.spool)
                this.spoolBatch(this.n - this.base);
            if (this.join)
                this.join.endLabels();
        }
    }
    /** Streaming: appends the batch's `count` rows to the spool and starts the next batch. */
    spoolBatch(count) {
        const spool = this.spool;
        if (count <= 0)
            return;
        const regression = this.setup.regression;
        const k = this.scoresPerRow;
        if (this.phase !== PHASE_PREDICTIONS) {
            if (regression)
                spool.column('yTrue', 8).append(this.yTrueF, count);
            else {
                const y = this.yTrueI;
                if (this.trueSeen.length < this.labels.size) {
                    const seen = new Uint8Array(Math.max(this.labels.size, this.trueSeen.length * 2));
                    seen.set(this.trueSeen);
                    this.trueSeen = seen;
                }
                const seen = this.trueSeen;
                for (let i = 0; i < count; i++)
                    seen[y[i]] = 1;
                spool.column('yTrue', 4).append(y, count);
            }
            if (this.idCheck || this.join)
                spool.column('idHashes', 8).append(this.idHashes, count);
            if ((this.idCheck || this.join) && spool.keepIds) {
                spool.ids ??= new SpooledIds(spool.dir);
                spool.ids.append(this.idBytes, this.idOffsets, count);
            }
        }
        if (this.phase !== PHASE_LABELS) {
            if (regression)
                spool.column('yPred', 8).append(this.yPredF, count);
            else
                spool.column('yPred', 4).append(this.yPredI, count);
            if (k > 0)
                spool.column('scores', 8 * k).append(this.scores, count);
        }
        this.base += count;
    }
    indexIds() {
        const ids = this.ids;
        const dup = ids.indexPending();
        if (dup >= 0)
            throw duplicateIdError(this.file, this.setup.idColumn, ids.get(dup), this.idLine[dup], this.idLine[ids.duplicateOf]);
    }
    row(buf, line) {
        const phase = this.phase;
        if (phase === PHASE_PREDICTIONS) {
            this.predictionRow(buf, line);
            return;
        }
        const r = this.n;
        let at = r - this.base;
        if (at === this.cap) {
            if (this.spool) {
                this.spoolBatch(at);
                at = 0;
            }
            else
                this.allocate(this.cap * 2, phase === PHASE_SINGLE);
        }
        if (this.ids !== null)
            this.addId(buf, line, r);
        else if (this.idCheck !== null)
            this.hashId(buf, line, r, at);
        else if (this.join !== null)
            this.partitionLabel(buf, line, at);
        this.readLabel(buf, line, at);
        if (phase === PHASE_SINGLE && !this.readPrediction(buf, line, at))
            this.countInvalid(r, line, buf);
        this.n = r + 1;
        if (this.ids !== null && (r & (BATCH - 1)) === BATCH - 1)
            this.indexIds();
    }
    countInvalid(r, line, buf = null) {
        this.invalidRows++;
        if (this.invalidExamples.length < MAX_EXAMPLES) {
            const sl = this.slots.id;
            this.invalidExamples.push(this.ids !== null
                ? this.ids.get(r)
                : this.idCheck !== null && buf !== null
                    ? buf.toString('utf8', this.cells.starts[sl], this.cells.ends[sl])
                    : `line ${line}`);
        }
    }
    predictionRow(buf, line) {
        if (this.join !== null) {
            const sl = this.slots.id;
            const s = this.cells.starts[sl];
            const e = this.cells.ends[sl];
            this.checkId(buf, line, s, e, this.cells.kinds[sl]);
            this.readPrediction(buf, line, 0);
            const prediction = this.setup.regression ? this.outPredF[0] : this.outPredI[0];
            this.join.addPrediction(buf, s, e, (0,read_bytes/* hashBytes */.yi)(buf, s, e, read_bytes/* SEED_B */.z3), line, prediction, this.outScores);
            return;
        }
        if (this.ids !== null) {
            // Buffer the row; `flushPredictions` joins a batch at a time.
            const sl = this.slots.id;
            const s = this.cells.starts[sl];
            const e = this.cells.ends[sl];
            this.checkId(buf, line, s, e, this.cells.kinds[sl]);
            const j = this.bN;
            const len = e - s;
            if (this.bUsed + len > this.bBytes.length) {
                const bigger = Buffer.allocUnsafe(Math.max(this.bBytes.length * 2, this.bUsed + len));
                this.bBytes.copy(bigger, 0, 0, this.bUsed);
                this.bBytes = bigger;
            }
            const out = this.bBytes;
            const at = this.bUsed;
            for (let i = 0; i < len; i++)
                out[at + i] = buf[s + i]; // Buffer#copy allocates a view per call
            this.bUsed = at + len;
            this.bOff[j + 1] = this.bUsed;
            this.bLine[j] = line;
            this.readPrediction(buf, line, j);
            this.bN = j + 1;
            if (j + 1 === BATCH)
                this.flushPredictions();
            return;
        }
        const r = this.predRows;
        this.predRows = r + 1;
        if (r >= this.n)
            return; // counted; the row-count mismatch is reported after the pass
        let at = r - this.base;
        if (this.spool !== null && at === this.spool.batchRows) {
            this.spoolBatch(at);
            at = 0;
        }
        if (!this.readPrediction(buf, line, at))
            this.countInvalid(r, line);
    }
    /**
     * Joins the buffered prediction rows to label rows: ids are looked up in table order and the
     * rows written in row order, so the large arrays are walked front to back, not at random.
     */
    flushPredictions() {
        const count = this.bN;
        if (count === 0)
            return;
        this.predRows += count;
        const bytes = this.bBytes;
        const off = this.bOff;
        const hashes = this.bHash;
        for (let j = 0; j < count; j++)
            hashes[j] = (0,read_bytes/* hashBytes */.yi)(bytes, off[j], off[j + 1], read_bytes/* SEED_A */.sj);
        const rows = this.bRow;
        this.ids.findMany(bytes, off, hashes, count, rows);
        const order = this.bOrder;
        rowOrder(rows, count, this.n, order);
        const predLine = this.predLine;
        const regression = this.setup.regression;
        const k = this.scoresPerRow;
        // Independent loads first (the CPU overlaps their cache misses), then the dependent writes.
        let acc = 0;
        for (let o = 0; o < count; o++) {
            const r = rows[order[o]];
            if (r >= 0)
                acc ^= predLine[r];
        }
        this.touched = acc;
        for (let o = 0; o < count; o++) {
            const j = order[o];
            const r = rows[j];
            if (r < 0)
                continue;
            const seen = predLine[r];
            if (seen !== 0)
                throw new errors/* InputError */.dz({ file: this.file, line: this.bLine[j], column: this.setup.idColumn }, `duplicate id ${(0,read_bytes/* showBytes */.ni)(bytes, off[j], off[j + 1])}: it also has a prediction on ` +
                    `line ${seen}. Each id may have only one prediction row.`);
            predLine[r] = this.bLine[j];
            if (regression)
                this.yPredF[r] = this.bPredF[j];
            else
                this.yPredI[r] = this.bPredI[j];
            if (k > 0) {
                const scores = this.scores;
                const bScores = this.bScores;
                for (let q = 0; q < k; q++)
                    scores[r * k + q] = bScores[j * k + q];
            }
        }
        for (let j = 0; j < count; j++) {
            const r = rows[j];
            if (r < 0) {
                this.extraPredictions++;
                if (this.extraExamples.length < MAX_EXAMPLES)
                    this.extraExamples.push(bytes.toString('utf8', off[j], off[j + 1]));
            }
            else if (regression ? Number.isNaN(this.bPredF[j]) : this.bPredI[j] < 0) {
                this.invalidRows++;
                if (this.invalidExamples.length < MAX_EXAMPLES)
                    this.invalidExamples.push(bytes.toString('utf8', off[j], off[j + 1]));
            }
        }
        this.bN = 0;
        this.bUsed = 0;
    }
    checkId(buf, line, s, e, kind) {
        if (e - s > this.dictionary.maxField)
            throw this.dictionary.fieldTooLong(this.file, line, this.setup.idColumn, e - s);
        if (s === e || kind === read_cells/* KIND_NULL */.j3 || kind === read_cells/* KIND_MISSING */.S || kind === read_cells/* KIND_NESTED */.VH)
            throw new errors/* InputError */.dz({ file: this.file, line, column: this.setup.idColumn }, kind === read_cells/* KIND_NESTED */.VH
                ? `expected a string or number, got ${(0,read_cells/* nestedWhat */.GO)(buf, s, e)} (the id).`
                : 'empty id; every row needs an id to be joined with the other file.');
    }
    addId(buf, line, r) {
        const sl = this.slots.id;
        const s = this.cells.starts[sl];
        const e = this.cells.ends[sl];
        this.checkId(buf, line, s, e, this.cells.kinds[sl]);
        this.ids.append(buf, s, e);
        if (r === this.idLine.length)
            this.idLine = (0,typed_arrays/* resizeI */.mY)(this.idLine, Math.max(1024, r * 2), r);
        this.idLine[r] = line;
    }
    /** Streaming: row r's id (at batch position `at`) to the duplicate check and the fingerprint. */
    hashId(buf, line, r, at) {
        const sl = this.slots.id;
        const s = this.cells.starts[sl];
        const e = this.cells.ends[sl];
        this.checkId(buf, line, s, e, this.cells.kinds[sl]);
        const a = (0,read_bytes/* hashBytes */.yi)(buf, s, e, read_bytes/* SEED_A */.sj);
        const b = (0,read_bytes/* hashBytes */.yi)(buf, s, e, read_bytes/* SEED_B */.z3);
        this.idHashes[2 * at] = a;
        this.idHashes[2 * at + 1] = b;
        this.keepIdBytes(buf, s, e, at);
        this.idCheck.add(buf, s, e, a, b, r);
    }
    /** Streaming into a spool that keeps the ids: the id's bytes at batch position `at`. */
    keepIdBytes(buf, s, e, at) {
        if (!this.spool?.keepIds)
            return;
        const from = this.idOffsets[at];
        const len = e - s;
        if (from + len > this.idBytes.length) {
            const bigger = Buffer.allocUnsafe(Math.max(this.idBytes.length * 2, from + len));
            this.idBytes.copy(bigger, 0, 0, from);
            this.idBytes = bigger;
        }
        const out = this.idBytes;
        for (let i = 0; i < len; i++)
            out[from + i] = buf[s + i]; // Buffer#copy allocates a view per call
        this.idOffsets[at + 1] = from + len;
    }
    /** A partitioned join: the label row's id (at batch position `at`) to its partition. */
    partitionLabel(buf, line, at) {
        const sl = this.slots.id;
        const s = this.cells.starts[sl];
        const e = this.cells.ends[sl];
        this.checkId(buf, line, s, e, this.cells.kinds[sl]);
        const a = (0,read_bytes/* hashBytes */.yi)(buf, s, e, read_bytes/* SEED_A */.sj);
        const b = (0,read_bytes/* hashBytes */.yi)(buf, s, e, read_bytes/* SEED_B */.z3);
        this.idHashes[2 * at] = a;
        this.idHashes[2 * at + 1] = b;
        this.keepIdBytes(buf, s, e, at);
        this.join.addLabel(buf, s, e, b, line);
    }
    readLabel(buf, line, r) {
        const sl = this.slots.label;
        const s = this.cells.starts[sl];
        const e = this.cells.ends[sl];
        const kind = this.cells.kinds[sl];
        if (s === e || kind === read_cells/* KIND_NULL */.j3 || kind === read_cells/* KIND_MISSING */.S || kind === read_cells/* KIND_NESTED */.VH)
            throw new errors/* InputError */.dz({ file: this.file, line, column: this.setup.labelColumn }, kind === read_cells/* KIND_NESTED */.VH
                ? `expected a string or number, got ${(0,read_cells/* nestedWhat */.GO)(buf, s, e)} (the label).`
                : 'empty label; every row needs a true label (remove unlabelled rows before evaluating).');
        if (this.setup.regression) {
            const v = kind === read_cells/* KIND_BOOL */.gv ? NaN : (0,read_bytes/* parseNumber */.$J)(buf, s, e);
            if (!Number.isFinite(v))
                throw new errors/* InputError */.dz({ file: this.file, line, column: this.setup.labelColumn }, `${(0,read_bytes/* showBytes */.ni)(buf, s, e)} is not a finite number; regression needs numeric labels.`);
            this.yTrueF[r] = v;
        }
        else
            this.yTrueI[r] = this.dictionary.intern(buf, s, e, kind, this.file, line, this.setup.labelColumn);
    }
    /**
     * Reads the prediction (and scores) of a row into the output arrays at `r`; false when the
     * prediction is empty. The scores of a row without a predicted label are still read: they are
     * valid data for the score metrics (roc_auc, log_loss…), as scikit-learn would use them.
     */
    readPrediction(buf, line, r) {
        const cells = this.cells;
        const slots = this.slots;
        const sl = slots.prediction;
        const s = cells.starts[sl];
        const e = cells.ends[sl];
        const kind = cells.kinds[sl];
        if (kind === read_cells/* KIND_NESTED */.VH)
            throw new errors/* InputError */.dz({ file: this.file, line, column: this.setup.predictionColumn }, `expected a string or number, got ${(0,read_cells/* nestedWhat */.GO)(buf, s, e)} (the prediction).`);
        const empty = s === e || kind === read_cells/* KIND_NULL */.j3 || kind === read_cells/* KIND_MISSING */.S;
        if (this.setup.regression) {
            if (empty) {
                // No prediction for this row: the missing-prediction policy decides later.
                this.outPredF[r] = NaN;
                return false;
            }
            const v = kind === read_cells/* KIND_BOOL */.gv ? NaN : (0,read_bytes/* parseNumber */.$J)(buf, s, e);
            if (!Number.isFinite(v))
                throw new errors/* InputError */.dz({ file: this.file, line, column: this.setup.predictionColumn }, `${(0,read_bytes/* showBytes */.ni)(buf, s, e)} is not a finite number; regression needs numeric predictions.`);
            this.outPredF[r] = v;
            return true;
        }
        this.outPredI[r] = empty
            ? -1
            : this.dictionary.intern(buf, s, e, kind, this.file, line, this.setup.predictionColumn);
        this.readScores(buf, line, r, empty);
        return !empty;
    }
    /** The row's score columns; with `lenient` (no prediction) empty scores are NaN, not errors. */
    readScores(buf, line, r, lenient) {
        const slots = this.slots;
        const k = this.scoresPerRow;
        if (k === 0)
            return;
        const scores = this.outScores;
        if (lenient && scoreCellsEmpty(this.cells, slots.score >= 0 ? slots.score : slots.prob, k)) {
            scores.fill(NaN, r * k, r * k + k);
            return;
        }
        if (slots.score >= 0) {
            const v = readScoreCell(this.cells, buf, this.file, line, slots.score, this.setup.scoreColumn, false);
            scores[r] = v;
            if (v < this.scoreMin)
                this.scoreMin = v;
            if (v > this.scoreMax)
                this.scoreMax = v;
            return;
        }
        const base = r * k;
        const p0 = slots.prob;
        let sum = 0;
        for (let j = 0; j < k; j++) {
            const v = readScoreCell(this.cells, buf, this.file, line, p0 + j, this.setup.probColumns[j], true);
            scores[base + j] = v;
            sum += v;
        }
        if ((0,probability/* probabilityRowOff */.Rs)(sum)) {
            if (this.probOffRows === 0) {
                this.probOffFirstLine = line;
                this.probOffFirstSum = sum;
            }
            this.probOffRows++;
        }
    }
}

// EXTERNAL MODULE: ./src/evaluate/read/columns.ts
var columns = __webpack_require__(2523);
// EXTERNAL MODULE: ./src/result/evaluation-data.ts
var evaluation_data = __webpack_require__(97368);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/evaluate/read/fingerprint.ts


const fingerprint_TWO32 = 4294967296;
/**
 * Order-independent fingerprint of a multiset of (id, label) pairs: each pair gets a 64-bit hash
 * (two independent 32-bit halves), the hashes are added mod 2^64, and the sum and the count go
 * through SHA-256. Any row order gives the same value; changing an id or a label changes it.
 */
class PairFingerprint {
    hi = 0;
    lo = 0;
    count = 0;
    /** Adds a pair given the two 32-bit hashes of its id (a, b) and of its label (la, lb). */
    add(a, b, la, lb) {
        const pa = (0,read_bytes/* fmix32 */.sT)(Math.imul(a ^ 0x1b873593, 0x9e3779b1) ^ la);
        const pb = (0,read_bytes/* fmix32 */.sT)((Math.imul(b, 0x85ebca77) + lb) ^ 0x27d4eb2f);
        let lo = this.lo + (pb >>> 0);
        let carry = 0;
        if (lo >= fingerprint_TWO32) {
            lo -= fingerprint_TWO32;
            carry = 1;
        }
        this.lo = lo;
        this.hi = (this.hi + (pa >>> 0) + carry) >>> 0;
        this.count++;
    }
    digest() {
        const h = (0,external_node_crypto_.createHash)('sha256');
        h.update(`model-gate/fingerprint@1\n${this.count}\n${hex8(this.hi)}${hex8(this.lo)}\n`);
        return `sha256:${h.digest('hex')}`;
    }
}
function hex8(x) {
    return x.toString(16).padStart(8, '0');
}
/** Hashes of each label string (UTF-8 bytes), two seeds. */
function labelHashes(labels) {
    const a = new Int32Array(labels.length);
    const b = new Int32Array(labels.length);
    labels.forEach((l, i) => {
        const buf = Buffer.from(l, 'utf8');
        a[i] = (0,read_bytes/* hashBytes */.yi)(buf, 0, buf.length, read_bytes/* SEED_A */.sj);
        b[i] = (0,read_bytes/* hashBytes */.yi)(buf, 0, buf.length, read_bytes/* SEED_B */.z3);
    });
    return { a, b };
}
/**
 * Fingerprint of n rows: row i's id is ids' key i (or, joined by position, the decimal digits of
 * i, so the same rows with ids 0, 1, 2… fingerprint the same); its label hash comes from
 * `labelHash(i)` as [a, b] written into `out`.
 */
function fingerprintRows(n, ids, labelHash) {
    const fp = new RowFingerprint(ids);
    const lh = new Int32Array(2);
    for (let i = 0; i < n; i++) {
        labelHash(i, lh);
        fp.add(i, lh);
    }
    return fp.digest();
}
/** `fingerprintRows` a row at a time (rows in any order, each once), for streamed rows. */
class RowFingerprint {
    fp = new PairFingerprint();
    digits = Buffer.allocUnsafe(24);
    raw;
    /** `ids` must hold every row already (its arrays are read once, here). */
    constructor(ids) {
        this.raw = ids ? ids.raw() : null;
    }
    /** Adds row i (its id is ids' key i, or the digits of i) with its label hash [a, b]. */
    add(i, labelHash) {
        if (this.raw) {
            const { bytes, offsets } = this.raw;
            const s = offsets[i];
            const e = offsets[i + 1];
            this.fp.add((0,read_bytes/* hashBytes */.yi)(bytes, s, e, read_bytes/* SEED_A */.sj), (0,read_bytes/* hashBytes */.yi)(bytes, s, e, read_bytes/* SEED_B */.z3), labelHash[0], labelHash[1]);
        }
        else {
            const digits = this.digits;
            const len = writeDecimal(digits, i);
            this.fp.add((0,read_bytes/* hashBytes */.yi)(digits, 0, len, read_bytes/* SEED_A */.sj), (0,read_bytes/* hashBytes */.yi)(digits, 0, len, read_bytes/* SEED_B */.z3), labelHash[0], labelHash[1]);
        }
    }
    /** Adds a row given the two hashes of its id (`hashBytes` with SEED_A, SEED_B) and its label hash. */
    addHashed(a, b, labelHash) {
        this.fp.add(a, b, labelHash[0], labelHash[1]);
    }
    digest() {
        return this.fp.digest();
    }
}
function writeDecimal(out, v) {
    let len = 0;
    do {
        out[len++] = 48 + (v % 10);
        v = Math.floor(v / 10);
    } while (v > 0);
    for (let i = 0, j = len - 1; i < j; i++, j--) {
        const t = out[i];
        out[i] = out[j];
        out[j] = t;
    }
    return len;
}
/** Hashes a float64's bits (for regression labels) into out[0], out[1]. */
function makeNumberHasher() {
    const f = new Float64Array(1);
    const w = new Int32Array(f.buffer);
    return (v, out) => {
        f[0] = v === 0 ? 0 : v; // -0 and 0 are the same label
        out[0] = (0,read_bytes/* fmix32 */.sT)(w[0] ^ Math.imul(w[1], 0x9e3779b1));
        out[1] = (0,read_bytes/* fmix32 */.sT)(Math.imul(w[0], 0x85ebca77) + w[1]);
    };
}

// EXTERNAL MODULE: ./src/evaluate/read/labels.ts
var read_labels = __webpack_require__(66437);
;// CONCATENATED MODULE: ./src/evaluate/read/settle-classes.ts
/**
 * The classes of a classification read: the used labels ordered as scikit-learn, binary or
 * multiclass, the positive label, and `--task auto` refusing numbers that look like a regression target.
 */



/** Orders the used labels as scikit-learn, decides binary or multiclass and the positive label. */
function settleClasses(c, ctx, used) {
    const { options } = ctx;
    const all = c.labels.strings();
    const usedIndex = new Int32Array(all.length).fill(-1);
    const interned = [];
    for (let l = 0; l < all.length; l++)
        if (used[l] === 1)
            usedIndex[l] = interned.push(all[l]) - 1;
    let order = (0,read_labels/* orderLabels */.Y3)(interned);
    const explicit = options.task;
    if (explicit === 'binary' && order.classes.length > 2) {
        const remapAll = new Int32Array(all.length);
        for (let l = 0; l < all.length; l++)
            remapAll[l] = usedIndex[l] >= 0 ? order.remap[usedIndex[l]] : -1;
        throw new errors/* InputError */.dz({ file: ctx.labelsFile }, `--task binary, but the labels and predictions hold ${order.classes.length} distinct labels: ` +
            `${labelsWithWhere(c, order.classes, remapAll, ctx.labelsFile)}. A binary task has exactly two; fix the ` +
            'stray rows, or use --task multiclass (or auto).');
    }
    const binary = explicit === 'binary' || (explicit !== 'multiclass' && order.classes.length === 2);
    if (binary &&
        order.classes.length < 2 &&
        options.positiveLabel !== undefined &&
        (0,read_labels/* findLabel */.E7)(order.classes, options.positiveLabel, order.numeric) < 0) {
        // Every row has the same label; the positive label the user named is the other class.
        order = (0,read_labels/* orderLabels */.Y3)([...interned, options.positiveLabel]);
    }
    const { classes, numeric } = order;
    const remap = new Int32Array(all.length);
    for (let l = 0; l < all.length; l++)
        remap[l] = usedIndex[l] >= 0 ? order.remap[usedIndex[l]] : -1;
    if ((explicit === undefined || explicit === 'auto') && numeric)
        refuseNumericTargets(c, classes, remap);
    const settled = { task: binary ? 'binary' : 'multiclass', classes, numeric, remap };
    if (binary) {
        let positive = classes.length - 1;
        if (options.positiveLabel !== undefined) {
            positive = (0,read_labels/* findLabel */.E7)(classes, options.positiveLabel, numeric);
            if (positive < 0)
                throw new errors/* UsageError */.eb(`--positive-label ${(0,read_bytes/* showValue */.vp)(options.positiveLabel)} is not one of the labels; ` +
                    `the labels are ${(0,read_labels/* listLabels */.ME)(classes)}.`);
        }
        settled.positive = positive;
    }
    else if (options.positiveLabel !== undefined) {
        ctx.warnings.push(`--positive-label ${(0,read_bytes/* showValue */.vp)(options.positiveLabel)} is ignored: the task is multiclass (${classes.length} labels).`);
    }
    return settled;
}
/** Where interned label `l` was first read, for a message: `file, line N, column "x"`. */
function labelWhere(c, l) {
    return (0,errors/* formatLocation */.j$)({ file: c.labelFile[l], line: c.labelLine[l], column: c.labelColumn[l] });
}
/**
 * The first classes with where each first appears (a stray third label is usually one bad row):
 * `"c" (first at preds.csv, line 4, column "label")`, and a count of the rest.
 */
function labelsWithWhere(c, classes, remap, fallback) {
    const shown = classes.slice(0, 5).map((cl, k) => {
        const l = firstInterned(remap, k);
        return `${(0,read_bytes/* showValue */.vp)(cl)} (first at ${l >= 0 ? labelWhere(c, l) : fallback})`;
    });
    return shown.join(', ') + (classes.length > 5 ? ` and ${classes.length - 5} more` : '');
}
/** The first interned label that became class `k`. */
function firstInterned(remap, k) {
    for (let l = 0; l < remap.length; l++)
        if (remap[l] === k)
            return l;
    return -1;
}
/** More distinct numeric labels than this, and more than half the rows, look like a regression target. */
const MAX_NUMERIC_CLASSES = 50;
/**
 * `--task auto` on numbers that look like a regression target (a non-integer label, or many
 * distinct values: more than MAX_NUMERIC_CLASSES and more than half the rows) stops with exit 2
 * rather than guessing: classification metrics of a 200-class "multiclass" reading of prices are
 * numbers nobody wants, and regression metrics of class ids would be as wrong. The user says
 * which with --task.
 */
function refuseNumericTargets(c, classes, remap) {
    const fractional = classes.findIndex((cl) => (0,read_bytes/* canonicalDecimal */.st)(cl).includes('.'));
    const many = classes.length > MAX_NUMERIC_CLASSES && classes.length > c.n / 2;
    if (fractional < 0 && !many)
        return;
    const l = firstInterned(remap, fractional >= 0 ? fractional : 0);
    const why = fractional >= 0
        ? `the label ${(0,read_bytes/* showValue */.vp)(classes[fractional])} is not an integer`
        : `there are ${classes.length} distinct numeric labels in ${c.n} rows`;
    throw new errors/* InputError */.dz({ file: c.labelFile[l] ?? c.file, line: c.labelLine[l], column: c.labelColumn[l] }, `--task auto: ${why}, which looks like a regression target, not classes. Pass --task regression ` +
        'for regression metrics, or --task multiclass (or binary) if these numbers really are class names.');
}

;// CONCATENATED MODULE: ./src/evaluate/read/score-plan.ts
/** The score columns checked against the classes, and how the columns as read become `data.scores`. */






/** Checks the score columns against the classes (errors and warnings as `finish` reports them). */
function planScores(c, ctx, data, numeric, present, 
/** Interned label → class index (to say where a label first appears). */
remap) {
    const classes = data.classes;
    const { options } = ctx;
    const k = c.scoresPerRow;
    if (options.scoreColumn !== undefined) {
        if (data.task !== 'binary') {
            const where = labelsWithWhere(c, classes, remap, ctx.labelsFile);
            throw new errors/* InputError */.dz({ file: ctx.predictionsFile }, `--score-column ${(0,read_bytes/* showValue */.vp)(options.scoreColumn)} gives the score of the positive class, which only applies ` +
                `to binary tasks, but the labels and predictions hold ${classes.length} distinct labels: ${where}. ` +
                'Fix the stray rows, or for multiclass ' +
                'give one probability column per class with --score-prefix.');
        }
        let scoreKind = 'probability';
        if (!(0,probability/* isProbabilityScore */.kC)(undefined, !(c.scoreMin < 0 || c.scoreMax > 1))) {
            scoreKind = 'decision';
            ctx.warnings.push(`Scores in "${options.scoreColumn}" range from ${c.scoreMin} to ${c.scoreMax}, outside [0, 1], so they are ` +
                'treated as decision scores: ROC AUC and average precision are computed, log loss and Brier score are not.');
        }
        return { kind: 'as-read', columns: 1, width: 1, pick: new Int32Array(0), scoreKind };
    }
    // --score-prefix: one probability column per class.
    const colNumeric = ctx.probClasses.every((s) => Number.isFinite((0,read_bytes/* labelNumber */.Yz)(s)));
    // A column class that names a label numerically ("1.0" for label "1") takes the label's name.
    const colClass = ctx.probClasses.map((s) => {
        const i = (0,read_labels/* findLabel */.E7)(classes, s, numeric && colNumeric);
        return i >= 0 ? classes[i] : s;
    });
    const perm = Array.from({ length: k }, (_, j) => j);
    if (colNumeric)
        perm.sort((a, b) => (0,read_bytes/* labelNumber */.Yz)(colClass[a]) - (0,read_bytes/* labelNumber */.Yz)(colClass[b]) || a - b);
    else
        perm.sort((a, b) => (0,read_labels/* compareCodePoints */.OP)(colClass[a], colClass[b]) || a - b);
    const scoreClasses = perm.map((j) => colClass[j]);
    // Every true label needs a column.
    const lacking = classes.filter((cl, i) => present[i] === 1 && !scoreClasses.includes(cl));
    if (lacking.length > 0) {
        const prefix = options.scorePrefix;
        throw new errors/* InputError */.dz({ file: ctx.predictionsFile }, `no probability column for the true label(s) ${(0,read_labels/* listLabels */.ME)(lacking, 10)}: --score-prefix "${prefix}" found ` +
            `the columns ${(0,read_labels/* listLabels */.ME)(ctx.probClasses.map((s) => prefix + s), 20)}. Every true label needs a column named ${prefix}<label> (e.g. ${(0,read_bytes/* showValue */.vp)(prefix + lacking[0])}).`);
    }
    if (c.probOffRows > 0)
        ctx.warnings.push(`${c.probOffRows} row(s) of --score-prefix probabilities in ${ctx.predictionsFile} do not sum to 1 ` +
            `(within numpy.allclose's tolerance, as scikit-learn checks), first on line ${c.probOffFirstLine} (sum ${c.probOffFirstSum}); ` +
            'they are renormalised per row, as scikit-learn does.');
    if (data.task === 'binary') {
        const pos = classes[data.positive];
        const j = colClass.indexOf(pos);
        if (j < 0)
            throw new errors/* InputError */.dz({ file: ctx.predictionsFile }, `no probability column for the positive label ${(0,read_bytes/* showValue */.vp)(pos)}: expected a column named ` +
                `${(0,read_bytes/* showValue */.vp)(options.scorePrefix + pos)}.`);
        const given = (0,read_labels/* listLabels */.ME)(perm.map((q) => options.scorePrefix + ctx.probClasses[q]), 10);
        ctx.warnings.push(`Binary task with ${k} --score-prefix columns (${given}): roc_auc, average_precision and brier use the ` +
            `positive label's column ${(0,read_bytes/* showValue */.vp)(options.scorePrefix + ctx.probClasses[j])}; log_loss clips each row ` +
            `and renormalises it over all ${k} columns, as scikit-learn 1.2's log_loss does with a probability matrix.`);
        return {
            kind: 'one-column',
            columns: k,
            width: 1,
            pick: Int32Array.of(j),
            scoreKind: 'probability',
            logLossPick: Int32Array.from(perm),
            logLossClasses: scoreClasses,
        };
    }
    let identity = true;
    for (let j = 0; j < k; j++)
        if (perm[j] !== j)
            identity = false;
    return {
        kind: identity ? 'as-read' : 'permute',
        columns: k,
        width: k,
        pick: Int32Array.from(perm),
        scoreKind: 'probability',
        scoreClasses,
    };
}
/** `data.scores` of n rows from the scores as read. */
function applyScores(plan, scores, n) {
    if (plan.kind === 'as-read')
        return (0,typed_arrays/* trimF */.$d)(scores, n * plan.columns);
    const out = new Float64Array(n * plan.width);
    transformScores(plan, scores, out, n);
    return out;
}
function transformScores(plan, scores, out, n) {
    const k = plan.columns;
    const pick = plan.pick;
    if (plan.kind === 'one-column') {
        const j = pick[0];
        for (let i = 0; i < n; i++)
            out[i] = scores[i * k + j];
    }
    else if (plan.kind === 'permute')
        permuteRows(pick, k, scores, out, n);
}
/** Rows of k columns, column j of `out` taken from column pick[j] of `scores`. */
function permuteRows(pick, k, scores, out, n) {
    for (let i = 0; i < n; i++) {
        const base = i * k;
        for (let j = 0; j < k; j++)
            out[base + j] = scores[base + pick[j]];
    }
}

;// CONCATENATED MODULE: ./src/evaluate/read/finish.ts







const MAX_MISSING_IDS = 10;
const SHOWN_IN_ERRORS = 5;
/** Applies the missing-prediction policy, orders the classes, settles the task and scores. */
function finish(c, ctx) {
    const n = c.n;
    const stats = readStats(c, ctx);
    if (c.setup.regression) {
        const yTrue = (0,typed_arrays/* trimF */.$d)(c.yTrueF, n);
        const hasher = makeNumberHasher();
        stats.fingerprint = fingerprintRows(n, c.ids, (i, out) => hasher(yTrue[i], out));
        const data = { task: 'regression', n, yTrue, yPred: (0,typed_arrays/* trimF */.$d)(c.yPredF, n), ids: null };
        setIds(data, c.ids);
        return { data, stats };
    }
    // Classes: sorted union of true and predicted labels. Labels read only from prediction rows
    // that joined no label row (extra predictions) were interned too; they are left out here.
    const yTrue = (0,typed_arrays/* trimI */.uA)(c.yTrueI, n);
    const yPred = (0,typed_arrays/* trimI */.uA)(c.yPredI, n);
    const used = new Uint8Array(c.labels.size);
    for (let i = 0; i < n; i++) {
        used[yTrue[i]] = 1;
        if (yPred[i] >= 0)
            used[yPred[i]] = 1;
    }
    const settled = settleClasses(c, ctx, used);
    const { remap, classes } = settled;
    for (let i = 0; i < n; i++) {
        yTrue[i] = remap[yTrue[i]];
        const p = yPred[i];
        if (p >= 0)
            yPred[i] = remap[p];
    }
    const hashes = labelHashes(classes);
    stats.fingerprint = fingerprintRows(n, c.ids, (i, out) => {
        out[0] = hashes.a[yTrue[i]];
        out[1] = hashes.b[yTrue[i]];
    });
    const data = {
        task: settled.task,
        n,
        classes,
        yTrue,
        yPred,
        scores: null,
        ids: null,
    };
    setIds(data, c.ids);
    if (settled.positive !== undefined)
        data.positive = settled.positive;
    if (c.scores !== null) {
        const present = new Uint8Array(classes.length);
        for (let i = 0; i < n; i++)
            present[yTrue[i]] = 1;
        const plan = planScores(c, ctx, data, settled.numeric, present, settled.remap);
        data.scores = applyScores(plan, c.scores, n);
        if (plan.scoreClasses)
            data.scoreClasses = plan.scoreClasses;
        else
            data.scoreKind = plan.scoreKind;
        if (plan.logLossPick) {
            data.logLossScores = new Float64Array(n * plan.columns);
            permuteRows(plan.logLossPick, plan.columns, c.scores, data.logLossScores, n);
            data.logLossClasses = plan.logLossClasses;
        }
    }
    return { data, stats };
}
/** The counts and warnings of result.errors, after the missing-prediction policy. */
function readStats(c, ctx) {
    const n = c.n;
    // Label rows that no prediction row joined (joins by id).
    let missing = 0;
    let missingExamples = [];
    const joined = c.joinOutcome;
    if (joined !== null) {
        // Joined a partition at a time (see `PartitionedJoin`): the same counts, gathered there.
        missing = joined.missing;
        missingExamples = joined.missingExamples;
        c.invalidRows = joined.invalid;
        c.invalidExamples.push(...joined.invalidExamples);
        c.extraPredictions = joined.extra;
        c.extraExamples.push(...joined.extraExamples);
    }
    else if (c.ids !== null && c.setup.byId && c.predLine.length === n) {
        const predLine = c.predLine;
        for (let r = 0; r < n; r++)
            if (predLine[r] === 0) {
                missing++;
                if (missingExamples.length < MAX_MISSING_IDS)
                    missingExamples.push(c.ids.get(r));
            }
    }
    const invalid = c.invalidRows;
    if (missing + invalid > 0)
        checkMissingPolicy(c, ctx, missing, missingExamples, invalid);
    const stats = {
        missing_predictions: missing,
        extra_predictions: c.extraPredictions,
        invalid_rows: invalid,
        missing_ids: [...missingExamples, ...c.invalidExamples].slice(0, MAX_MISSING_IDS),
        warnings: ctx.warnings,
        fingerprint: '',
    };
    if (c.extraPredictions > 0)
        ctx.warnings.push(`${ctx.predictionsFile} has ${c.extraPredictions} prediction row(s) whose id is not in ${ctx.labelsFile} ` +
            `(first: ${(0,read_labels/* listLabels */.ME)(c.extraExamples, SHOWN_IN_ERRORS)}); they are ignored.`);
    return stats;
}
function checkMissingPolicy(c, ctx, missing, missingExamples, invalid) {
    const { options } = ctx;
    const parts = [];
    if (missing > 0)
        parts.push(`${missing} of the ${c.n} ids in ${ctx.labelsFile} have no prediction row ` +
            `(first: ${(0,read_labels/* listLabels */.ME)(missingExamples, SHOWN_IN_ERRORS)})`);
    if (invalid > 0)
        parts.push(`${invalid} row(s) have an empty "${options.predictionColumn}" cell ` +
            `(first: ${c.hasIds ? (0,read_labels/* listLabels */.ME)(c.invalidExamples, SHOWN_IN_ERRORS) : c.invalidExamples.slice(0, SHOWN_IN_ERRORS).join(', ')})`);
    const what = parts.join(' and ');
    if (c.setup.regression)
        throw new errors/* InputError */.dz({ file: ctx.predictionsFile }, `${what}. Regression cannot count a missing prediction as wrong (there is no "wrong" value), ` +
            'so every labelled row needs a numeric prediction.');
    if (options.missing === 'error')
        throw new errors/* InputError */.dz({ file: ctx.predictionsFile }, `${what}. Every labelled example needs a prediction; to score missing predictions as wrong instead, ` +
            'pass --missing count-as-wrong.');
}
/**
 * `data.ids`: the row ids as strings, built on first read. A million ids as JavaScript strings
 * cost ~100 ms and tens of MB, which `evaluate` alone never needs (the examples sidecar does).
 * Until then they stay in the interner's compact bytes, which writing the sidecar and pairing rows
 * take as they are (`setLazyIds`). Assigning `ids` replaces the getter and forgets the bytes.
 */
function setIds(data, ids) {
    if (ids === null)
        return;
    ids.releaseTable();
    const { bytes, offsets } = ids.raw();
    (0,evaluation_data/* setLazyIds */.XX)(data, { n: ids.size, bytes, offsets }, () => ids.strings());
}

;// CONCATENATED MODULE: ./src/evaluate/read/row-stream.ts




/**
 * Streaming: the same decisions as `finish` from the counts and labels gathered while reading,
 * and a `RowStream` that replays the spooled rows (remapped to the classes, scores in
 * `scoreClasses` order) a batch at a time, computing the fingerprint on its first pass.
 */
function finishStream(c, ctx, spool) {
    const n = c.n;
    const stats = readStats(c, ctx);
    if (c.setup.regression) {
        const meta = { task: 'regression', n };
        return { stream: new RowStream(meta, spool, null, null, c.ids, stats), stats };
    }
    // Without an id join every interned label is used (there are no extra prediction rows); with
    // one, the labels of the label rows and those predicted for them.
    const used = new Uint8Array(c.labels.size).fill(1);
    if (c.joinOutcome !== null) {
        const predicted = c.joinOutcome.predicted;
        const seen = c.trueSeen;
        for (let l = 0; l < used.length; l++)
            used[l] = seen[l] === 1 || predicted[l] === 1 ? 1 : 0;
    }
    const settled = settleClasses(c, ctx, used);
    const { classes, remap } = settled;
    const meta = { task: settled.task, n, classes, positive: settled.positive };
    let plan = null;
    if (c.scoresPerRow > 0) {
        const present = new Uint8Array(classes.length);
        const seen = c.trueSeen;
        for (let l = 0; l < seen.length; l++)
            if (seen[l] === 1)
                present[remap[l]] = 1;
        plan = planScores(c, ctx, meta, settled.numeric, present, remap);
        if (plan.scoreClasses)
            meta.scoreClasses = plan.scoreClasses;
        else
            meta.scoreKind = plan.scoreKind;
        if (plan.logLossClasses)
            meta.logLossClasses = plan.logLossClasses;
    }
    return { stream: new RowStream(meta, spool, remap, plan, c.ids, stats), stats };
}
/**
 * The rows of a streamed evaluation, replayed from the spool as `EvaluationData` batches (each a
 * complete `EvaluationData` of `batch.n` consecutive rows). The first full replay computes
 * `stats.fingerprint`.
 */
class RowStream {
    meta;
    spool;
    remap;
    plan;
    ids;
    stats;
    fingerprinted = false;
    constructor(meta, spool, remap, plan, ids, stats) {
        this.meta = meta;
        this.spool = spool;
        this.remap = remap;
        this.plan = plan;
        this.ids = ids;
        this.stats = stats;
    }
    /** Closes the spooled files (the caller removes their folder). */
    close() {
        this.spool.close();
    }
    /** Whether the replayed batches come with their ids' bytes (the spool kept them). */
    get hasIdBytes() {
        return this.spool.ids !== null;
    }
    /** The ids' UTF-8 bytes in all, when the spool kept them (the sidecar's `id_bytes`). */
    get idByteCount() {
        return this.spool.ids?.bytes ?? 0;
    }
    /**
     * Calls `onBatch` with each batch of rows, in row order, and the batch's ids as bytes when the
     * spool kept them (`hasIdBytes`). The batch's arrays are reused.
     */
    replay(onBatch) {
        const { meta, spool, remap, plan } = this;
        const n = meta.n;
        const size = spool.batchRows;
        const ids = spool.ids !== null ? new BatchIds(spool.ids.lengths, size) : null;
        const idsOf = (start, count) => ids === null ? null : ids.read(spool.ids, start, count);
        const fp = this.fingerprinted ? null : new RowFingerprint(this.ids);
        const lh = new Int32Array(2);
        // Ids spooled as their hashes (a single file with ids): read along with the rows.
        const idHashes = fp && spool.idHashes ? new Int32Array(2 * size) : null;
        const addRow = (start, i) => {
            if (idHashes)
                fp.addHashed(idHashes[2 * i], idHashes[2 * i + 1], lh);
            else
                fp.add(start + i, lh);
        };
        if (meta.task === 'regression') {
            const yTrue = new Float64Array(size);
            const yPred = new Float64Array(size);
            const hasher = makeNumberHasher();
            for (let start = 0; start < n; start += size) {
                const count = Math.min(size, n - start);
                spool.yTrue.read(yTrue, start, count);
                spool.readPredictions(yPred, null, start, count);
                if (idHashes)
                    spool.idHashes.read(idHashes, start, count);
                const batch = {
                    task: 'regression',
                    n: count,
                    yTrue: count === size ? yTrue : yTrue.subarray(0, count),
                    yPred: count === size ? yPred : yPred.subarray(0, count),
                    ids: null,
                };
                if (fp)
                    for (let i = 0; i < count; i++) {
                        hasher(yTrue[i], lh);
                        addRow(start, i);
                    }
                onBatch(batch, start, idsOf(start, count));
            }
        }
        else {
            const classes = meta.classes;
            const hashes = labelHashes(classes);
            const yTrue = new Int32Array(size);
            const yPred = new Int32Array(size);
            const k = plan ? plan.columns : 0;
            const raw = plan ? new Float64Array(size * k) : null;
            const out = plan && plan.kind !== 'as-read' ? new Float64Array(size * plan.width) : raw;
            const logLossOut = plan?.logLossPick ? new Float64Array(size * k) : null;
            for (let start = 0; start < n; start += size) {
                const count = Math.min(size, n - start);
                spool.yTrue.read(yTrue, start, count);
                spool.readPredictions(yPred, raw, start, count);
                if (idHashes)
                    spool.idHashes.read(idHashes, start, count);
                for (let i = 0; i < count; i++) {
                    yTrue[i] = remap[yTrue[i]];
                    const p = yPred[i];
                    if (p >= 0)
                        yPred[i] = remap[p];
                }
                let scores = null;
                if (plan) {
                    transformScores(plan, raw, out, count);
                    scores = out.subarray(0, count * plan.width);
                    if (logLossOut)
                        permuteRows(plan.logLossPick, k, raw, logLossOut, count);
                }
                const batch = {
                    task: meta.task,
                    n: count,
                    classes,
                    yTrue: count === size ? yTrue : yTrue.subarray(0, count),
                    yPred: count === size ? yPred : yPred.subarray(0, count),
                    scores,
                    ids: null,
                };
                if (meta.positive !== undefined)
                    batch.positive = meta.positive;
                if (meta.scoreKind)
                    batch.scoreKind = meta.scoreKind;
                if (meta.scoreClasses)
                    batch.scoreClasses = meta.scoreClasses;
                if (logLossOut) {
                    batch.logLossScores = logLossOut.subarray(0, count * k);
                    batch.logLossClasses = meta.logLossClasses;
                }
                if (fp)
                    for (let i = 0; i < count; i++) {
                        lh[0] = hashes.a[yTrue[i]];
                        lh[1] = hashes.b[yTrue[i]];
                        addRow(start, i);
                    }
                onBatch(batch, start, idsOf(start, count));
            }
        }
        if (fp) {
            this.stats.fingerprint = fp.digest();
            this.fingerprinted = true;
        }
    }
}
/** One batch of spooled ids at a time, read in row order (`RowStream.replay`). */
class BatchIds {
    lengthColumn;
    lengths;
    offsets;
    bytes = Buffer.allocUnsafe(1 << 16);
    /** Byte position of the next batch's first id; rows are read in order from row 0. */
    at = 0;
    constructor(lengthColumn, size) {
        this.lengthColumn = lengthColumn;
        this.lengths = new Int32Array(size);
        this.offsets = new Int32Array(size + 1);
    }
    read(spooled, start, count) {
        if (start === 0)
            this.at = 0;
        const { lengths, offsets } = this;
        this.lengthColumn.read(lengths, start, count);
        for (let i = 0; i < count; i++)
            offsets[i + 1] = offsets[i] + lengths[i];
        const total = offsets[count];
        if (total > this.bytes.length)
            this.bytes = Buffer.allocUnsafe(Math.max(total, this.bytes.length * 2));
        spooled.read(this.bytes, this.at, total);
        this.at += total;
        return { n: count, bytes: this.bytes, offsets: this.offsets };
    }
}

;// CONCATENATED MODULE: ./src/evaluate/read/id-partitions.ts







/**
 * Label rows per partition of a streamed join by id: 262,144, or MODEL_GATE_JOIN_PARTITION_ROWS.
 * A labels file with fewer (estimated) rows is joined in memory.
 */
function joinPartitionRows() {
    return (0,source/* envLimit */.Bh)('MODEL_GATE_JOIN_PARTITION_ROWS', 1 << 18, 'rows');
}
/** Most partitions (the partition of a label row is spooled as one byte). */
const MAX_PARTITIONS = 256;
/**
 * Label rows a partition aims at: its id table (16 bytes a slot), joined rows and line numbers
 * then stay within the CPU's caches while the partition's prediction rows are looked up in
 * random order (a partition of 262,144 rows joined three times slower).
 */
const CACHED_PARTITION_ROWS = 1 << 15;
/**
 * The partition count for about `rows` label rows, at most `threshold` (and about
 * CACHED_PARTITION_ROWS) a partition: a power of two in [2, MAX_PARTITIONS].
 */
function partitionCount(rows, threshold) {
    const perPartition = Math.max(1, Math.min(threshold, CACHED_PARTITION_ROWS));
    let p = 2;
    while (p < MAX_PARTITIONS && p * perPartition < rows)
        p *= 2;
    return p;
}
const id_partitions_MAX_EXAMPLES = 10;
/** Bytes buffered per partition file before a write (all partitions together stay under ~8 MiB). */
const BUFFER_BYTES = 1 << 16;
const NO_PREDICTION_CODE = -1;
/**
 * An append-only temp file of 8-byte words, buffered. Records are whole words (ids padded with
 * zero bytes), so a partition read back is viewed as Int32/Float64 arrays without copying.
 */
class WordFile {
    path;
    fd;
    buffer;
    i32;
    f64;
    u8;
    /** Words used in the buffer. */
    at = 0;
    /** Words flushed to the file. */
    written = 0;
    constructor(path, bufferBytes) {
        this.path = path;
        this.fd = (0,external_node_fs_.openSync)(path, 'w+');
        this.buffer = new ArrayBuffer(Math.max(64, bufferBytes & ~7));
        this.i32 = new Int32Array(this.buffer);
        this.f64 = new Float64Array(this.buffer);
        this.u8 = Buffer.from(this.buffer);
    }
    /** Makes room for `words` more words (a record longer than the buffer is written directly). */
    reserve(words) {
        if (this.at + words <= this.f64.length)
            return true;
        this.flush();
        return words <= this.f64.length;
    }
    /** Writes a record too long for the buffer (an id near the field limit) straight to the file. */
    writeDirect(bytes) {
        this.flush();
        id_partitions_writeAll(this.fd, bytes, this.written * 8);
        this.written += bytes.length / 8;
    }
    flush() {
        if (this.at === 0)
            return;
        id_partitions_writeAll(this.fd, this.u8.subarray(0, this.at * 8), this.written * 8);
        this.written += this.at;
        this.at = 0;
    }
    /** The whole file (flushed first), in a fresh word-aligned buffer. */
    readAll() {
        this.flush();
        const words = this.written;
        const buffer = new ArrayBuffer(words * 8);
        const u8 = Buffer.from(buffer);
        id_partitions_readAll(this.fd, u8, 0, this.path);
        return { i32: new Int32Array(buffer), f64: new Float64Array(buffer), u8, words };
    }
    close() {
        if (this.fd >= 0)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = -1;
    }
    /** Closes and deletes the file. */
    remove() {
        this.close();
        (0,external_node_fs_.rmSync)(this.path, { force: true });
    }
}
function id_partitions_writeAll(fd, bytes, position) {
    let done = 0;
    while (done < bytes.length)
        done += (0,external_node_fs_.writeSync)(fd, bytes, done, bytes.length - done, position + done);
}
function id_partitions_readAll(fd, out, position, path) {
    let done = 0;
    while (done < out.length) {
        const got = (0,external_node_fs_.readSync)(fd, out, done, out.length - done, position + done);
        if (got === 0)
            throw new Error(`${path}: unexpected end of a join partition`);
        done += got;
    }
}
/** Words a record of `fixed` words plus an id of `len` bytes takes. */
function recordWords(fixed, len) {
    return fixed + ((len + 7) >>> 3);
}
/**
 * A join by id in bounded memory (a Grace hash join): both files' rows are hash-partitioned by id
 * into temp files as they are read — the label rows as (row, line, id), the prediction rows as
 * (row, line, prediction, scores, id) — and each partition's label ids are then indexed in memory
 * with the partition's prediction rows looked up against them, one partition at a time. What
 * each label row joined (its prediction and scores, or none) is written per partition in label
 * order, and `JoinedPredictions` replays them in the labels file's row order (each label row's
 * partition is spooled beside it), so the metrics see exactly the rows, in exactly the order, of
 * the in-memory join. Errors (duplicate ids, with their lines) are the ones the in-memory join
 * throws for the same files: the partition joins gather every candidate and the first in the
 * in-memory order is thrown.
 */
class PartitionedJoin {
    setup;
    labels = [];
    predictions = [];
    mask;
    shift;
    labelRows = 0;
    predictionRows = 0;
    partBatch = new Uint8Array(1 << 16);
    partUsed = 0;
    joined = null;
    constructor(setup) {
        this.setup = setup;
        const p = setup.partitions;
        this.mask = p - 1;
        this.shift = 32 - Math.log2(p);
        const bufferBytes = Math.max(4096, Math.min(BUFFER_BYTES, (8 << 20) / p));
        for (let i = 0; i < p; i++)
            this.labels.push(new WordFile((0,external_node_path_.join)(setup.dir, `join-labels-${i}.bin`), bufferBytes));
        this.predictionBuffer = bufferBytes;
    }
    predictionBuffer;
    /** The partition of an id from its SEED_B hash (the in-partition table uses SEED_A's low bits). */
    partitionOf(hashB) {
        return this.shift === 32 ? 0 : (hashB >>> this.shift) & this.mask;
    }
    /** Label row `row` (read on `line`): id bytes [s, e) of `buf`, whose SEED_B hash is `hashB`. */
    addLabel(buf, s, e, hashB, line) {
        const p = this.partitionOf(hashB);
        const row = this.labelRows++;
        const len = e - s;
        const f = this.labels[p];
        writeRecord(f, 2, len, buf, s, (i32, f64, w) => {
            i32[2 * w] = row;
            i32[2 * w + 1] = line;
            i32[2 * w + 2] = len;
            i32[2 * w + 3] = 0;
        });
        const parts = this.partBatch;
        parts[this.partUsed++] = p;
        if (this.partUsed === parts.length)
            this.flushParts();
    }
    flushParts() {
        if (this.partUsed === 0)
            return;
        this.setup.rowPartitions.append(this.partBatch, this.partUsed);
        this.partUsed = 0;
    }
    /** Ends the labels file: its partitions are complete. */
    endLabels() {
        this.flushParts();
        for (const f of this.labels)
            f.flush();
        const p = this.setup.partitions;
        for (let i = 0; i < p; i++)
            this.predictions.push(new WordFile((0,external_node_path_.join)(this.setup.dir, `join-predictions-${i}.bin`), this.predictionBuffer));
    }
    /**
     * A prediction row: id bytes [s, e) of `buf` (SEED_B hash `hashB`), its prediction (a label
     * index, -1 for none; regression: the value, NaN for none) and `k` scores from `scores`.
     */
    addPrediction(buf, s, e, hashB, line, prediction, scores) {
        const p = this.partitionOf(hashB);
        const row = this.predictionRows++;
        const len = e - s;
        const k = this.setup.scoresPerRow;
        writeRecord(this.predictions[p], 3 + k, len, buf, s, (i32, f64, w) => {
            i32[2 * w] = row;
            i32[2 * w + 1] = line;
            i32[2 * w + 2] = len;
            i32[2 * w + 3] = 0;
            f64[w + 2] = prediction;
            for (let q = 0; q < k; q++)
                f64[w + 3 + q] = scores[q];
        });
    }
    /** Prediction rows read so far. */
    get predictionCount() {
        return this.predictionRows;
    }
    /**
     * Joins the partitions. Throws the in-memory join's first duplicate-id error: a repeated id in
     * the labels file among its first `labelLimit` rows, else a repeated prediction id among the
     * first `predictionLimit` prediction rows. With `write` the joined rows are kept for
     * `predictionsSource` (else this only looks for those errors: a later read error is thrown
     * after them, as the in-memory join would).
     */
    run(options) {
        const { labelLimit, write } = options;
        const setup = this.setup;
        const k = setup.scoresPerRow;
        // The in-memory join looks a batch of prediction rows up in the order of their label rows'
        // top 12 bits (see `rowOrder` in row-order.ts): the first duplicate it meets is the error.
        const bits = 32 - Math.clz32(Math.max(1, this.labelRows));
        const found = new JoinFindings(options.batch, Math.max(0, bits - 12));
        const joinedFiles = [];
        const joinedRows = [];
        for (let p = 0; p < setup.partitions; p++) {
            const labels = loadLabels(this.labels[p].readAll());
            const dup = labels.ids.indexPending();
            // The first repeat within the partition; among the partitions, the lowest row is the
            // in-memory join's (which indexes the label rows in order, a batch at a time). A partition
            // whose first repeat is beyond the limit has none before it (its rows are in order).
            if (dup >= 0 && labels.rows[dup] < labelLimit)
                found.labelDuplicate(labels, dup);
            // A duplicate label id is the error whatever the predictions hold; without the prediction
            // partitions (a read error in the labels file) only the labels are checked.
            if (found.labelDup !== null || this.predictions.length === 0)
                continue;
            const m = labels.m;
            const width = 1 + k;
            const out = new Float64Array(write ? m * width : 0);
            if (write)
                initJoined(out, m, width, setup.regression ? NaN : NO_PREDICTION_CODE);
            const predLine = new Int32Array(m);
            probe(this.predictions[p].readAll(), labels, k, options.predictionLimit, setup.regression, predLine, out, write, found);
            for (let i = 0; i < m; i++)
                if (predLine[i] === 0)
                    found.missingRow(labels, i);
            if (write) {
                const path = (0,external_node_path_.join)(setup.dir, `join-rows-${p}.bin`);
                const fd = (0,external_node_fs_.openSync)(path, 'w');
                try {
                    id_partitions_writeAll(fd, new Uint8Array(out.buffer, 0, out.byteLength), 0);
                }
                finally {
                    (0,external_node_fs_.closeSync)(fd);
                }
                joinedFiles.push(path);
                joinedRows.push(m);
                // The partition's rows are joined: its files go now, not with the folder (disk in use
                // stays at about the joined rows plus one partition).
                this.labels[p].remove();
                this.predictions[p].remove();
            }
        }
        const { labelDup, predDup } = found;
        if (labelDup !== null)
            throw duplicateIdError(setup.labelsFile, setup.idColumn, labelDup.id, labelDup.line, labelDup.firstLine);
        if (predDup !== null)
            throw new errors/* InputError */.dz({ file: setup.predictionsFile, line: predDup.line, column: setup.idColumn }, `duplicate id ${predDup.shown}: it also has a prediction on line ${predDup.firstLine}. ` +
                'Each id may have only one prediction row.');
        if (write)
            this.joined = new JoinedPredictions(joinedFiles, joinedRows, 1 + k, setup.rowPartitions);
        return found.outcome();
    }
    /** After `run` with `write`: the joined predictions and scores, in label order. */
    predictionsSource() {
        if (this.joined === null)
            throw new Error('model-gate: the partitions were not joined');
        return this.joined;
    }
    close() {
        for (const f of this.labels)
            f.close();
        for (const f of this.predictions)
            f.close();
    }
}
function loadLabels(file) {
    const { i32, u8, words } = file;
    const cap = Math.floor(words / 3); // a record is at least 3 words
    const rows = new Int32Array(cap);
    const lines = new Int32Array(cap);
    const ids = new interner/* ByteInterner */.M(Math.max(16, cap));
    let m = 0;
    for (let w = 0; w < words;) {
        const len = i32[2 * w + 2];
        const s = (w + 2) * 8;
        rows[m] = i32[2 * w];
        lines[m] = i32[2 * w + 1];
        ids.append(u8, s, s + len);
        m++;
        w += 2 + ((len + 7) >>> 3);
    }
    return { m, rows, lines, ids };
}
/** Each joined row "no prediction" until a prediction row joins it. */
function initJoined(out, m, width, none) {
    out.fill(NaN);
    for (let i = 0; i < m; i++)
        out[i * width] = none;
}
/**
 * Looks a partition's prediction rows (in file order) up among its label rows: a row joins the
 * first time its id is seen (its prediction and scores go to `out` when `write`), a second time
 * is a duplicate, an unknown id an extra row.
 */
function probe(file, labels, k, limit, regression, predLine, out, write, found) {
    const { i32, f64, u8, words } = file;
    const ids = labels.ids;
    const width = 1 + k;
    for (let w = 0; w < words;) {
        const row = i32[2 * w];
        const line = i32[2 * w + 1];
        const len = i32[2 * w + 2];
        const s = (w + 3 + k) * 8;
        const at = w;
        w += 3 + k + ((len + 7) >>> 3);
        if (row >= limit)
            continue;
        const li = ids.findHashed(u8, s, s + len, (0,read_bytes/* hashBytes */.yi)(u8, s, s + len, read_bytes/* SEED_A */.sj));
        if (li < 0) {
            found.extraRow(row, u8, s, s + len);
            continue;
        }
        if (predLine[li] !== 0) {
            found.predictionDuplicate(row, labels.rows[li], line, predLine[li], u8, s, s + len);
            continue;
        }
        predLine[li] = line;
        const prediction = f64[at + 2];
        if (regression ? Number.isNaN(prediction) : prediction < 0)
            found.invalidRow(row, u8, s, s + len);
        else if (!regression)
            found.predicted(prediction);
        if (write) {
            const o = li * width;
            out[o] = prediction;
            for (let q = 0; q < k; q++)
                out[o + 1 + q] = f64[at + 3 + q];
        }
    }
}
/** What the partition joins found: counts, the first examples, the first duplicates. */
class JoinFindings {
    batch;
    rowShift;
    labelDup = null;
    predDup = null;
    missing = 0;
    invalid = 0;
    extra = 0;
    missingEx = [];
    invalidEx = [];
    extraEx = [];
    predictedLabels = new Uint8Array(16);
    constructor(batch, rowShift) {
        this.batch = batch;
        this.rowShift = rowShift;
    }
    labelDuplicate(labels, dup) {
        const row = labels.rows[dup];
        if (this.labelDup !== null && this.labelDup.row <= row)
            return;
        this.labelDup = {
            row,
            line: labels.lines[dup],
            firstLine: labels.lines[labels.ids.duplicateOf],
            id: labels.ids.get(dup),
        };
    }
    predictionDuplicate(row, labelRow, line, firstLine, u8, s, e) {
        const key = [Math.floor(row / this.batch), labelRow >>> this.rowShift, row];
        if (this.predDup === null || compareKeys(key, this.predDup.key) < 0)
            this.predDup = { key, line, firstLine, shown: (0,read_bytes/* showBytes */.ni)(u8, s, e) };
    }
    extraRow(row, u8, s, e) {
        this.extra++;
        keepExample(this.extraEx, row, u8, s, e);
    }
    invalidRow(row, u8, s, e) {
        this.invalid++;
        keepExample(this.invalidEx, row, u8, s, e);
    }
    missingRow(labels, i) {
        this.missing++;
        const list = this.missingEx;
        const row = labels.rows[i];
        if (list.length < id_partitions_MAX_EXAMPLES || row < list[list.length - 1].order)
            insertExample(list, row, labels.ids.get(i));
    }
    predicted(label) {
        if (label >= this.predictedLabels.length) {
            const bigger = new Uint8Array(Math.max(label + 1, this.predictedLabels.length * 2));
            bigger.set(this.predictedLabels);
            this.predictedLabels = bigger;
        }
        this.predictedLabels[label] = 1;
    }
    outcome() {
        return {
            missing: this.missing,
            missingExamples: this.missingEx.map((x) => x.id),
            invalid: this.invalid,
            invalidExamples: this.invalidEx.map((x) => x.id),
            extra: this.extra,
            extraExamples: this.extraEx.map((x) => x.id),
            predicted: this.predictedLabels,
        };
    }
}
function writeRecord(f, fixed, len, buf, s, fill) {
    const words = recordWords(fixed, len);
    if (f.reserve(words)) {
        const w = f.at;
        fill(f.i32, f.f64, w);
        const u8 = f.u8;
        const at = (w + fixed) * 8;
        for (let i = 0; i < len; i++)
            u8[at + i] = buf[s + i]; // Buffer#copy allocates a view per call
        for (let i = len; i < (words - fixed) * 8; i++)
            u8[at + i] = 0;
        f.at = w + words;
        return;
    }
    // A record longer than the buffer: built on its own and written through.
    const big = new ArrayBuffer(words * 8);
    fill(new Int32Array(big), new Float64Array(big), 0);
    const u8 = new Uint8Array(big);
    u8.set(buf.subarray(s, s + len), fixed * 8);
    f.writeDirect(u8);
}
function compareKeys(a, b) {
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
/** Keeps the MAX_EXAMPLES examples of lowest `order` (rows of a partition arrive in order). */
function keepExample(list, order, buf, s, e) {
    if (list.length >= id_partitions_MAX_EXAMPLES && order > list[list.length - 1].order)
        return;
    insertExample(list, order, buf.toString('utf8', s, e));
}
function insertExample(list, order, id) {
    let i = list.length;
    while (i > 0 && list[i - 1].order > order)
        i--;
    list.splice(i, 0, { order, id });
    if (list.length > id_partitions_MAX_EXAMPLES)
        list.length = id_partitions_MAX_EXAMPLES;
}
/** Bytes of joined rows read from each partition at a time. */
const READ_BYTES = 1 << 16;
/**
 * The joined rows' predictions and scores in the labels file's row order: a k-way merge of the
 * partitions' joined files steered by the spooled partition of each label row, each partition
 * read front to back in chunks.
 */
class JoinedPredictions {
    paths;
    rows;
    width;
    rowPartitions;
    fds;
    chunks;
    /** Per partition: rows in the chunk, the next row in it, rows read from the file. */
    inChunk;
    next;
    consumed;
    chunkRows;
    parts = new Uint8Array(0);
    constructor(paths, rows, 
    /** Words per joined row: the prediction and the scores. */
    width, rowPartitions) {
        this.paths = paths;
        this.rows = rows;
        this.width = width;
        this.rowPartitions = rowPartitions;
        const p = paths.length;
        this.fds = paths.map((path) => (0,external_node_fs_.openSync)(path, 'r'));
        const budget = Math.max(4096, Math.min(READ_BYTES, (8 << 20) / p));
        this.chunkRows = Math.max(1, Math.floor(budget / (8 * width)));
        this.chunks = paths.map(() => new Float64Array(this.chunkRows * width));
        this.inChunk = new Int32Array(p);
        this.next = new Int32Array(p);
        this.consumed = new Float64Array(p);
    }
    /** Rows [start, start + count) of the labels file: predictions into `yPred`, scores into `scores`. */
    read(yPred, scores, start, count) {
        if (start === 0)
            this.rewind();
        if (this.parts.length < count)
            this.parts = new Uint8Array(count);
        const parts = this.parts;
        this.rowPartitions.read(parts, start, count);
        const width = this.width;
        const k = width - 1;
        const chunks = this.chunks;
        const next = this.next;
        const inChunk = this.inChunk;
        for (let i = 0; i < count; i++) {
            const p = parts[i];
            if (next[p] === inChunk[p])
                this.refill(p);
            const chunk = chunks[p];
            const o = next[p]++ * width;
            yPred[i] = chunk[o];
            if (scores !== null)
                for (let q = 0; q < k; q++)
                    scores[i * k + q] = chunk[o + 1 + q];
        }
    }
    rewind() {
        this.inChunk.fill(0);
        this.next.fill(0);
        this.consumed.fill(0);
    }
    refill(p) {
        const left = this.rows[p] - this.consumed[p];
        const take = Math.min(this.chunkRows, left);
        if (take <= 0)
            throw new Error(`${this.paths[p]}: unexpected end of joined rows`);
        const chunk = this.chunks[p];
        const bytes = new Uint8Array(chunk.buffer, 0, take * this.width * 8);
        id_partitions_readAll(this.fds[p], bytes, this.consumed[p] * this.width * 8, this.paths[p]);
        this.consumed[p] += take;
        this.inChunk[p] = take;
        this.next[p] = 0;
    }
    close() {
        for (let i = 0; i < this.fds.length; i++) {
            if (this.fds[i] >= 0)
                (0,external_node_fs_.closeSync)(this.fds[i]);
            this.fds[i] = -1;
        }
    }
}

;// CONCATENATED MODULE: ./src/evaluate/read/index.ts













/**
 * Reads the predictions (and labels) files named by `options`, joins them, and returns the rows
 * as typed arrays (`EvaluationData`) with the counts and warnings gathered on the way.
 *
 * - Formats: CSV, TSV, JSON Lines (by extension, else sniffed), each optionally gzipped (sniffed
 *   by magic bytes); UTF-8 with or without BOM; LF or CRLF; RFC 4180 quoting.
 * - Join: by `idColumn` when both files have it (any order; the rows follow the labels file), by
 *   position when neither has it (counts must match); one file with both columns when
 *   `options.labels` is undefined.
 * - Warnings are returned in `stats.warnings` (not logged): the caller decides how to show them.
 * - Failures a user can fix throw `InputError` / `UsageError` with file, line, column and value.
 */
async function readEvaluationData(options, logger = progress/* silentLogger */.q) {
    const read = await readRows(options, logger, null);
    if (read.data === null)
        throw new Error('readEvaluationData: rows were streamed');
    return { data: read.data, stats: read.stats };
}
const DEFAULT_BATCH_ROWS = 1 << 16;
/**
 * `readEvaluationData`, streaming: the rows are spooled to `setup.dir` a batch at a time and come
 * back as a `RowStream` (replayed in batches once the classes are known), so memory does not grow
 * with the rows. Two files joined by id are hash-partitioned by id to `setup.dir` and joined a
 * partition at a time (`PartitionedJoin`) when the labels file has more (estimated) rows than a
 * partition holds; smaller ones (and pipes, whose size is unknown) are read into memory as
 * `readEvaluationData` does (`data` set, `stream` null). Errors and warnings are the same either
 * way; `stats.fingerprint` of a stream is set by its first replay. The caller closes the stream.
 */
async function readEvaluationStream(options, logger, setup) {
    return readRows(options, logger, setup);
}
async function readRows(options, logger, setup) {
    const warnings = [];
    checkOptions(options, warnings);
    const regression = options.task === 'regression';
    const scoreColumn = regression ? undefined : options.scoreColumn;
    const scorePrefix = regression ? undefined : options.scorePrefix;
    const readers = [];
    const spools = [];
    let join = null;
    try {
        const preds = await table/* TableReader */.k.open(options.predictions, 'predictions');
        readers.push(preds);
        const labels = options.labels !== undefined ? await table/* TableReader */.k.open(options.labels, 'labels') : null;
        if (labels)
            readers.push(labels);
        const { idColumn, labelColumn, predictionColumn } = options;
        // Join mode.
        let byId;
        if (labels) {
            const inLabels = labels.indexOf(idColumn) >= 0;
            const inPreds = preds.indexOf(idColumn) >= 0;
            if (inLabels !== inPreds) {
                const lacking = inLabels ? preds : labels;
                const other = inLabels ? labels : preds;
                throw new errors/* InputError */.dz({ file: lacking.file, column: idColumn }, `no id column, but ${other.file} has one, so the rows cannot be joined by id. Add the ` +
                    `"${idColumn}" column to ${lacking.file}, name its id column with --id-column, or drop the id ` +
                    `column from both files to join rows by position. ${lacking.file} has the columns ${(0,read_labels/* listLabels */.ME)(lacking.columns, 30)}.`);
            }
            byId = inLabels;
        }
        else
            byId = preds.indexOf(idColumn) >= 0;
        // Columns.
        const labelSource = labels ?? preds;
        if (labelSource.indexOf(labelColumn) < 0)
            throw (0,columns/* missingColumn */.J)(labelSource.file, labelColumn, '--label-column', labelSource.columns, labels ? '' : ' If the labels are in a separate file, pass it with --labels.');
        if (preds.indexOf(predictionColumn) < 0)
            throw (0,columns/* missingColumn */.J)(preds.file, predictionColumn, '--prediction-column', preds.columns);
        if (scoreColumn !== undefined && preds.indexOf(scoreColumn) < 0)
            throw (0,columns/* missingColumn */.J)(preds.file, scoreColumn, '--score-column', preds.columns);
        let probColumns = [];
        if (scorePrefix !== undefined) {
            const roles = new Set([idColumn, labelColumn, predictionColumn]);
            probColumns = preds.columns.filter((c, i) => c.startsWith(scorePrefix) &&
                c.length > scorePrefix.length &&
                !roles.has(c) &&
                preds.columns.indexOf(c) === i);
            if (probColumns.length === 0)
                throw new errors/* InputError */.dz({ file: preds.file }, `no column starts with the --score-prefix "${scorePrefix}". The file has the columns ` +
                    `${(0,read_labels/* listLabels */.ME)(preds.columns, 30)}. Name one probability column per class ${scorePrefix}<label>, ` +
                    'or pass the prefix those columns use.');
        }
        const estimate = labelSource.estimateRows();
        const partitionRows = Math.max(1, setup?.partitionRows ?? joinPartitionRows());
        const partitioned = setup !== null && labels !== null && byId && estimate > partitionRows;
        const spool = setup !== null && (!(labels && byId) || partitioned)
            ? new RowSpool(setup.dir, setup.batchRows ?? DEFAULT_BATCH_ROWS, setup.keepIds === true)
            : null;
        if (spool)
            spools.push(spool);
        if (partitioned)
            join = new PartitionedJoin({
                dir: setup.dir,
                partitions: partitionCount(estimate, partitionRows),
                regression,
                scoresPerRow: scoreColumn !== undefined ? 1 : probColumns.length,
                labelsFile: labels.file,
                predictionsFile: preds.file,
                idColumn,
                rowPartitions: spool.column('rowPartitions', 1),
            });
        // A single streamed file with ids checks them for duplicates without keeping them.
        const idCheck = spool && byId && !labels
            ? new StreamedIdCheck(preds.file, idColumn, setup.dir, setup.idSortChunk ?? DEFAULT_ID_SORT_CHUNK, setup.idHash ?? null)
            : null;
        const collector = new Collector({
            regression,
            byId,
            idColumn,
            labelColumn,
            predictionColumn,
            scoreColumn,
            probColumns,
        }, estimate, spool, idCheck, join);
        if (labels) {
            // Pass 1: the labels.
            const slotsL = { id: -1, label: -1, prediction: -1, score: -1, prob: -1 };
            const namesL = [];
            if (byId)
                slotsL.id = namesL.push(idColumn) - 1;
            slotsL.label = namesL.push(labelColumn) - 1;
            collector.begin(PHASE_LABELS, labels.file, labels.prepare(namesL, collector), slotsL);
            try {
                await scanWithProgress(labels, logger);
            }
            catch (err) {
                // Joined in memory, the label ids are checked every ID_BATCH rows: a duplicate in a batch
                // before the failing row's is the error reported. The same here.
                const labelLimit = Math.floor(collector.n / ID_BATCH) * ID_BATCH;
                if (join && labelLimit > 0)
                    join.run({ labelLimit, predictionLimit: 0, write: false, batch: ID_BATCH });
                throw err;
            }
            collector.flush();
            if (collector.n === 0)
                throw noRows(labels.file);
            // Pass 2: the predictions, joined to the label rows.
            const { names, slots } = predictionSlots(byId, idColumn, predictionColumn, scoreColumn, probColumns);
            collector.begin(PHASE_PREDICTIONS, preds.file, preds.prepare(names, collector), slots);
            try {
                await scanWithProgress(preds, logger);
            }
            catch (err) {
                // Likewise a duplicate label id, then a duplicate prediction id in an earlier batch of
                // ID_BATCH prediction rows, comes before the failing row's error.
                if (join) {
                    const predictionLimit = Math.floor(join.predictionCount / ID_BATCH) * ID_BATCH;
                    join.run({ labelLimit: collector.n, predictionLimit, write: false, batch: ID_BATCH });
                }
                throw err;
            }
            collector.flush();
            if (join) {
                const progress = logger.progress.start('Joining by id');
                collector.joinOutcome = join.run({
                    labelLimit: collector.n,
                    predictionLimit: join.predictionCount,
                    write: true,
                    batch: ID_BATCH,
                });
                progress.done(`${collector.n} rows`);
                spool.joined = join.predictionsSource();
            }
            if (!byId && collector.predRows !== collector.n)
                throw new errors/* InputError */.dz({ file: preds.file }, `has ${collector.predRows} data rows but ${labels.file} has ${collector.n}. Neither file has an ` +
                    `"${idColumn}" column, so rows are joined by position and the counts must match. Add an id column ` +
                    'to both files (or name it with --id-column) to join by id.');
        }
        else {
            const { names, slots } = predictionSlots(byId, idColumn, predictionColumn, scoreColumn, probColumns);
            slots.label = names.push(labelColumn) - 1;
            collector.begin(PHASE_SINGLE, preds.file, preds.prepare(names, collector), slots);
            try {
                await scanWithProgress(preds, logger);
                collector.flush();
            }
            catch (err) {
                // Read into memory, the ids are checked every ID_BATCH rows, so a duplicate id in a batch
                // before the failing row's is the error reported: the same here.
                if (idCheck)
                    await idCheck.check(Math.floor(collector.n / ID_BATCH) * ID_BATCH, logger);
                throw err;
            }
            if (idCheck)
                await idCheck.check(collector.n, logger);
            if (collector.n === 0)
                throw noRows(preds.file);
        }
        const context = {
            options,
            predictionsFile: preds.file,
            labelsFile: labels?.file ?? preds.file,
            probClasses: probColumns.map((c) => c.slice(scorePrefix.length)),
            warnings,
        };
        if (spool) {
            const { stream, stats } = finishStream(collector, context, spool);
            spools.length = 0; // the stream owns the spool now
            return { data: null, stream, stats };
        }
        const { data, stats } = finish(collector, context);
        return { data, stream: null, stats };
    }
    finally {
        for (const r of readers)
            r.close();
        for (const s of spools)
            s.close();
        join?.close();
    }
}
function predictionSlots(byId, idColumn, predictionColumn, scoreColumn, probColumns) {
    const slots = { id: -1, label: -1, prediction: -1, score: -1, prob: -1 };
    const names = [];
    if (byId)
        slots.id = names.push(idColumn) - 1;
    slots.prediction = names.push(predictionColumn) - 1;
    if (scoreColumn !== undefined)
        slots.score = names.push(scoreColumn) - 1;
    if (probColumns.length > 0) {
        slots.prob = names.length;
        names.push(...probColumns);
    }
    return { names, slots };
}
async function scanWithProgress(reader, logger) {
    const progress = logger.progress.start(`Reading ${reader.file}`);
    await reader.scan(progress);
    progress.done(`${reader.rows} rows`);
}
function noRows(file) {
    return new errors/* InputError */.dz({ file }, 'no data rows after the header; there is nothing to evaluate.');
}
function checkOptions(options, warnings) {
    // Refused rather than ignored: a user who names score columns expects them gated.
    if (options.from !== undefined || options.scoreColumns !== undefined)
        throw new errors/* UsageError */.eb(`${options.from !== undefined ? '--from' : '--score-columns'} applies to --task scores only; add --task scores.`);
    if (options.missing === 'intersection')
        throw new errors/* UsageError */.eb('--missing intersection applies to --task scores (pairing two runs on the samples both have); for labels without a prediction use error or count-as-wrong.');
    if (options.scoreColumn !== undefined && options.scorePrefix !== undefined)
        throw new errors/* UsageError */.eb('--score-column and --score-prefix are alternatives: use --score-column for the positive-class score of a ' +
            'binary task, --score-prefix for one probability column per class.');
    if (options.task === 'regression') {
        if (options.scoreColumn !== undefined || options.scorePrefix !== undefined)
            warnings.push('--score-column/--score-prefix are ignored for regression.');
        if (options.positiveLabel !== undefined)
            warnings.push('--positive-label is ignored for regression.');
        if (options.missing === 'count-as-wrong')
            throw new errors/* UsageError */.eb('--missing count-as-wrong does not apply to regression: a missing numeric prediction has no "wrong" value ' +
                'to count. Provide a prediction for every labelled row.');
    }
    if (options.task === 'multiclass' && options.scoreColumn !== undefined)
        throw new errors/* UsageError */.eb('--score-column gives the score of the positive class of a binary task; for --task multiclass give one ' +
            'probability column per class with --score-prefix.');
}

// EXTERNAL MODULE: ./src/evaluate/metrics/index.ts
var metrics = __webpack_require__(89013);
// EXTERNAL MODULE: ./src/evaluate/metrics/classification.ts
var classification = __webpack_require__(83521);
// EXTERNAL MODULE: ./src/evaluate/metrics/confusion.ts
var confusion = __webpack_require__(47097);
// EXTERNAL MODULE: ./src/evaluate/metrics/evaluator.ts + 1 modules
var evaluator = __webpack_require__(53178);
// EXTERNAL MODULE: ./src/util/sum.ts
var sum = __webpack_require__(41863);
;// CONCATENATED MODULE: ./src/evaluate/metrics/score-streams.ts




/** Binary scores: see `prepareBinaryScores`. */
class BinaryScoreStream {
    first;
    positive;
    skipped = 0;
    inUnitInterval = true;
    pos = 0;
    scored = 0;
    ranked;
    logLoss = new sum/* CompensatedSum */.$();
    brier = new sum/* CompensatedSum */.$();
    logLossRows = 0;
    brierRows = 0;
    constructor(first, positive, dir, chunk) {
        this.first = first;
        this.positive = positive;
        this.ranked = new SortedGroups(dir, 'scores', chunk);
    }
    add(batch) {
        const scores = batch.scores;
        const yTrue = batch.yTrue;
        const n = batch.n;
        if (scores.length !== n)
            throw new RangeError(`expected ${n} scores, got ${scores.length}`);
        const positive = this.positive;
        const ranked = this.ranked;
        const logLoss = this.logLoss;
        const brier = this.brier;
        // --score-prefix columns: log loss over the whole row (see ClassificationData.logLossScores).
        const matrix = batch.logLossScores ?? null;
        const width = batch.logLossClasses?.length ?? 0;
        const classColumn = matrix ? this.logLossColumns(batch) : null;
        for (let i = 0; i < n; i++) {
            const s = scores[i];
            if (Number.isNaN(s)) {
                this.skipped++;
                continue;
            }
            const isPositive = yTrue[i] === positive ? 1 : 0;
            if (!(s >= 0 && s <= 1))
                this.inUnitInterval = false;
            this.scored++;
            this.pos += isPositive;
            ranked.push(-s, isPositive);
            // The per-row terms of binaryRowLogLoss and brierRowTerms (kept only for probabilities).
            const loss = matrix
                ? (0,probability/* rowLogLossTerm */.mj)(matrix, i * width, width, classColumn[yTrue[i]])
                : (0,probability/* binaryLogLossTerm */.jC)(s, isPositive === 1);
            if (loss === loss) {
                logLoss.add(loss);
                this.logLossRows++;
            }
            const d = isPositive - s;
            const term = d * d;
            if (term === term) {
                brier.add(term);
                this.brierRows++;
            }
        }
    }
    classColumn = null;
    /** Each class's column in `logLossClasses` (the same for every batch). */
    logLossColumns(batch) {
        if (this.classColumn)
            return this.classColumn;
        const columnOf = new Map(batch.logLossClasses.map((label, j) => [label, j]));
        this.classColumn = Int32Array.from(batch.classes, (label) => columnOf.get(label) ?? -1);
        return this.classColumn;
    }
    get probability() {
        return (0,probability/* isProbabilityScore */.kC)(this.first.scoreKind, this.inUnitInterval);
    }
    setupWarnings(setup) {
        (0,evaluator/* binarySetupWarnings */.__)(this.skipped, this.probability, setup);
    }
    assign(out, warnings) {
        const walk = new RankingWalk();
        this.ranked.walk((_key, positives, negatives) => walk.group(positives, negatives));
        const scored = this.scored;
        (0,evaluator/* assignBinaryScores */.eT)(out, warnings, {
            auc: walk.auc,
            ap: walk.ap,
            pos: this.pos,
            scored,
            positiveLabel: this.first.classes[this.positive],
            logLoss: this.probability ? mean(this.logLoss, this.logLossRows) : undefined,
            brier: this.probability ? mean(this.brier, this.brierRows) : undefined,
        });
    }
}
/** Multiclass probabilities: see `prepareMulticlassScores`. */
class MulticlassScoreStream {
    columns;
    kc;
    classColumn;
    skipped = 0;
    notSummingToOne = 0;
    scored = 0;
    positives;
    ranked = [];
    logLoss;
    logLossRows = 0;
    constructor(first, dir, chunk) {
        this.columns = first.scoreClasses ?? [];
        const kc = this.columns.length;
        this.kc = kc;
        if (kc === 0)
            throw new RangeError('expected score columns (scoreClasses)');
        const columnOf = new Map();
        this.columns.forEach((label, c) => columnOf.set(label, c));
        this.classColumn = Int32Array.from(first.classes, (label) => columnOf.get(label) ?? -1);
        this.positives = new Float64Array(kc);
        const perColumn = Math.max(1024, Math.floor(chunk / kc));
        for (let c = 0; c < kc; c++)
            this.ranked.push(new SortedGroups(dir, `column${c}`, Math.min(chunk, perColumn)));
        this.logLoss = kc >= 2 ? new sum/* CompensatedSum */.$() : null;
    }
    add(batch) {
        const scores = batch.scores;
        const kc = this.kc;
        const n = batch.n;
        if (scores.length !== n * kc)
            throw new RangeError(`expected ${n} × ${kc} scores (scoreClasses), got ${scores.length}`);
        const { classColumn, ranked, positives, logLoss } = this;
        for (let i = 0; i < n; i++) {
            const col = classColumn[batch.yTrue[i]];
            if (col < 0)
                throw new RangeError(`true label ${batch.classes[batch.yTrue[i]]} has no score column`);
            const base = i * kc;
            let sum = 0;
            let nan = false;
            for (let c = 0; c < kc; c++) {
                const p = scores[base + c];
                if (Number.isNaN(p))
                    nan = true;
                sum += p;
            }
            if (nan) {
                this.skipped++;
                continue;
            }
            this.scored++;
            if (!(0,probability/* sumsToOne */.Cq)(sum))
                this.notSummingToOne++;
            positives[col]++;
            for (let c = 0; c < kc; c++)
                ranked[c].push(-scores[base + c], col === c ? 1 : 0);
            if (logLoss) {
                const loss = (0,probability/* rowLogLossTerm */.mj)(scores, base, kc, col);
                if (loss === loss) {
                    logLoss.add(loss);
                    this.logLossRows++;
                }
            }
        }
    }
    setupWarnings(setup) {
        (0,evaluator/* multiclassSetupWarnings */._P)(this.skipped, this.notSummingToOne, setup);
        if (!this.logLoss)
            setup.push(evaluator/* NO_LOG_LOSS */.xj);
    }
    assign(out, warnings) {
        const undefinedColumns = [];
        for (let c = 0; c < this.kc; c++)
            if (this.positives[c] === 0 || this.positives[c] === this.scored)
                undefinedColumns.push(c);
        (0,evaluator/* assignMulticlassScores */.K0)(out, warnings, {
            columns: this.columns,
            undefinedColumns,
            aucOf: (c) => {
                const walk = new RankingWalk();
                this.ranked[c].walk((_key, positives, negatives) => walk.group(positives, negatives));
                return walk.auc;
            },
            logLoss: this.logLoss ? mean(this.logLoss, this.logLossRows) : null,
        });
    }
}
/**
 * `rankingValues` (unweighted) one threshold at a time: the groups of equal scores, by
 * descending score, with their positive and negative counts. The same float operations in the
 * same order, so the values are bit-identical.
 */
class RankingWalk {
    tps = 0;
    fps = 0;
    aucNumerator = 0;
    apSum = 0;
    apCompensation = 0;
    group(gp, gn) {
        const tps = this.tps;
        this.aucNumerator += gn * (tps + gp * 0.5);
        this.tps = tps + gp;
        this.fps += gn;
        const seen = this.tps + this.fps;
        const x = seen > 0 ? gp * (this.tps / seen) : 0;
        const apSum = this.apSum;
        const t = apSum + x;
        this.apCompensation += apSum >= x ? apSum - t + x : x - t + apSum;
        this.apSum = t;
    }
    get auc() {
        return this.tps === 0 || this.fps === 0 ? NaN : this.aucNumerator / (this.tps * this.fps);
    }
    get ap() {
        return this.tps === 0 ? NaN : (this.apSum + this.apCompensation) / this.tps;
    }
}
/** `weightedMean` without weights: NaN when no row was added. */
function mean(sum, rows) {
    return rows === 0 ? NaN : sum.value / rows;
}

;// CONCATENATED MODULE: ./src/evaluate/metrics/classification-stream.ts




/** `StreamingMetrics` for classification: the streaming twin of `computeMetrics` on `ClassificationData` (classification.ts, confusion.ts). */
class ClassificationStream {
    k;
    classes;
    setup = [];
    positive;
    pairIndex = new Map();
    pairTrue = [];
    pairPred = [];
    counts = [];
    scores = null;
    constructor(first, dir, chunk) {
        this.classes = first.classes;
        this.k = first.classes.length;
        this.positive = (0,evaluator/* validPositive */.Ug)(first, this.setup);
        if (first.scores) {
            if (first.task === 'binary') {
                if (this.positive !== undefined)
                    this.scores = new BinaryScoreStream(first, this.positive, dir, chunk);
            }
            else
                this.scores = new MulticlassScoreStream(first, dir, chunk);
        }
    }
    add(batch) {
        const { yTrue, yPred } = batch;
        const n = batch.n;
        const k = this.k;
        const width = k + 1;
        const index = this.pairIndex;
        const counts = this.counts;
        for (let i = 0; i < n; i++) {
            const t = yTrue[i];
            const p = yPred[i];
            if (t < 0 || t >= k)
                throw new RangeError(`true class index ${t} is outside 0..${k - 1}`);
            if (p < -1 || p >= k)
                throw new RangeError(`predicted class index ${p} is outside -1..${k - 1}`);
            const col = p === -1 ? k : p;
            const key = t * width + col;
            let id = index.get(key);
            if (id === undefined) {
                id = this.pairTrue.length;
                index.set(key, id);
                this.pairTrue.push(t);
                this.pairPred.push(col);
                counts.push(0);
            }
            counts[id] += 1;
        }
        this.scores?.add(batch);
    }
    endPass() {
        return false;
    }
    result() {
        const table = {
            k: this.k,
            pairTrue: Int32Array.from(this.pairTrue),
            pairPred: Int32Array.from(this.pairPred),
            rowPair: new Int32Array(0),
        };
        const counts = Float64Array.from(this.counts);
        const totals = (0,confusion/* classTotals */.ys)(table, counts);
        const present = new Uint8Array(this.k);
        for (let c = 0; c < this.k; c++)
            if (totals.trueSum[c] > 0 || totals.predSum[c] > 0)
                present[c] = 1;
        const setup = [...this.setup];
        this.scores?.setupWarnings(setup);
        const warnings = [...setup];
        const metrics = (0,classification/* classificationMetrics */.qb)(totals, {
            present,
            positive: this.positive,
            classes: this.classes,
            warnings,
        });
        this.scores?.assign(metrics, warnings);
        return {
            metrics,
            per_class: (0,classification/* perClassStats */.V5)(totals, this.classes, present),
            confusion: (0,confusion/* sparseConfusion */.ju)(this.classes, table, counts),
            top_confusions: (0,confusion/* topConfusions */.nB)(this.classes, table, counts, 10),
            error_rate: metrics.error_rate ?? null,
            warnings: [...new Set(warnings)],
        };
    }
}

// EXTERNAL MODULE: ./src/evaluate/metrics/names.ts
var names = __webpack_require__(95241);
// EXTERNAL MODULE: ./src/evaluate/metrics/regression.ts
var regression = __webpack_require__(8100);
;// CONCATENATED MODULE: ./src/evaluate/metrics/regression-stream.ts




/** `StreamingMetrics` for regression: the streaming twin of `regressionMetrics` (regression.ts). */
class RegressionStream {
    pass = 0;
    sums = {
        total: 0,
        sAbs: new sum/* CompensatedSum */.$(),
        sSq: new sum/* CompensatedSum */.$(),
        sApe: new sum/* CompensatedSum */.$(),
        sY: new sum/* CompensatedSum */.$(),
        maxError: -Infinity,
        yMin: Infinity,
        yMax: -Infinity,
    };
    skipped = 0;
    abs;
    mean = 0;
    sst = new sum/* CompensatedSum */.$();
    constructor(dir, chunk) {
        this.abs = new SortedGroups(dir, 'abs-error', chunk);
    }
    add(batch) {
        const { yTrue, yPred } = batch;
        const n = batch.n;
        if (this.pass === 1) {
            // Σ(y − ȳ)², in row order, as `prepareRegression`.
            const mean = this.mean;
            const sst = this.sst;
            for (let i = 0; i < n; i++) {
                if (Number.isNaN(yPred[i]) || Number.isNaN(yTrue[i]))
                    continue;
                const d = yTrue[i] - mean;
                sst.add(1 * d * d);
            }
            return;
        }
        const s = this.sums;
        const abs = this.abs;
        for (let i = 0; i < n; i++) {
            const t = yTrue[i];
            const p = yPred[i];
            if (Number.isNaN(p) || Number.isNaN(t)) {
                this.skipped++;
                continue;
            }
            const e = p - t;
            const a = Math.abs(e);
            s.total += 1;
            s.sAbs.add(1 * a);
            s.sSq.add(1 * (e * e));
            s.sApe.add(1 * (Math.abs(e) / Math.max(Math.abs(t), names/* FLOAT64_EPS */.yn)));
            s.sY.add(1 * t);
            if (a > s.maxError)
                s.maxError = a;
            if (t < s.yMin)
                s.yMin = t;
            if (t > s.yMax)
                s.yMax = t;
            abs.push(a, 0);
        }
    }
    endPass() {
        if (this.pass === 0 && (0,regression/* needsTotalSquares */.Ud)(this.sums)) {
            this.mean = this.sums.sY.value / this.sums.total;
            this.pass = 1;
            return true;
        }
        this.pass = 2;
        return false;
    }
    result() {
        const warnings = [];
        if (this.skipped > 0)
            warnings.push(`${this.skipped} row(s) without a numeric prediction were left out.`);
        const metrics = (0,regression/* regressionMetrics */.NC)(this.sums, () => {
            const walk = new regression/* MedianWalk */.Em(this.sums.total);
            let done = false;
            this.abs.walk((v, _flagged, count) => {
                if (!done)
                    done = walk.add(v, count);
            });
            return walk.value;
        }, () => this.sst.value, warnings);
        return { metrics, top_confusions: [], error_rate: null, warnings: [...new Set(warnings)] };
    }
}

;// CONCATENATED MODULE: ./src/evaluate/metrics/streaming.ts


const DEFAULT_SORT_CHUNK = 1 << 20;
/**
 * `computeMetrics` over rows that arrive in batches (each an `EvaluationData` of consecutive rows,
 * in row order, with the same classes, positive label and score columns), in memory bounded by
 * the batch and `sortChunk`, whatever the number of rows. Every value is bit-identical to
 * `computeMetrics` on all the rows at once: sums are added in the same row order with the same
 * compensated summation and the same per-row float operations; ROC AUC, average precision and
 * the median absolute error walk the same groups of equal values in the same order (sorted runs,
 * merged; see `SortedGroups`).
 *
 * Use: `add` every batch, then `endPass()`; while it returns true (regression's R² needs the
 * mean of y first), replay every batch again through `add` and call `endPass()` again; then
 * `result()`.
 */
class StreamingMetrics {
    impl;
    constructor(first, options) {
        const chunk = Math.max(1, options.sortChunk ?? DEFAULT_SORT_CHUNK);
        this.impl =
            first.task === 'regression'
                ? new RegressionStream(options.dir, chunk)
                : new ClassificationStream(first, options.dir, chunk);
    }
    add(batch) {
        this.impl.add(batch);
    }
    /** Ends a pass over the rows; true when another pass is needed. */
    endPass() {
        return this.impl.endPass();
    }
    result() {
        return this.impl.result();
    }
}

// EXTERNAL MODULE: ./src/evaluate/build-result.ts
var build_result = __webpack_require__(88589);
// EXTERNAL MODULE: ./src/evaluate/sufficient-statistics.ts
var sufficient_statistics = __webpack_require__(77391);
// EXTERNAL MODULE: ./src/result/examples.ts + 1 modules
var examples = __webpack_require__(5063);
// EXTERNAL MODULE: ./src/evaluate/metrics/text/index.ts + 3 modules
var metrics_text = __webpack_require__(80917);
// EXTERNAL MODULE: ./src/evaluate/metrics/text/text-rows.ts
var text_rows = __webpack_require__(26522);
// EXTERNAL MODULE: ./src/evaluate/read/jsonl.ts
var jsonl = __webpack_require__(66354);
;// CONCATENATED MODULE: ./src/evaluate/read/text-cells.ts


/**
 * The cells of a `--task text` row, parsed JSON (JSONL) or a CSV field, turned into what the
 * text metrics take: the prediction (a string) and the references (a non-empty list of
 * strings). JSONL's `label` may be a string or an array of strings; a CSV cell is one reference.
 * Anything else is an input error naming the file, line and column, what was found and what
 * was expected — never a silently stringified number or a dropped reference.
 */
const describe = (v) => v === null
    ? 'null'
    : Array.isArray(v)
        ? 'an array'
        : typeof v === 'string'
            ? `the string ${(0,read_bytes/* showValue */.vp)(v)}`
            : typeof v === 'object'
                ? 'an object'
                : `the ${typeof v} ${String(v)}`;
function textPrediction(value, at) {
    if (typeof value === 'string')
        return value;
    throw new errors/* InputError */.dz(at, `found ${describe(value)}; expected the generated text as a JSON string (an empty output is "").`);
}
function textReferences(value, at) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value)) {
        if (value.length === 0)
            throw new errors/* InputError */.dz(at, 'found an empty array of references; expected at least one reference string (an empty reference is "").');
        value.forEach((r, i) => {
            if (typeof r !== 'string')
                throw new errors/* InputError */.dz(at, `reference ${i + 1} of ${value.length} is ${describe(r)}; expected a string.`);
        });
        return value;
    }
    throw new errors/* InputError */.dz(at, `found ${describe(value)}; expected the reference text: a string, or an array of reference strings.`);
}

;// CONCATENATED MODULE: ./src/evaluate/read/text-read.ts











/** Characters of each prediction and first reference kept for the reports. */
const EXCERPT_CHARS = 200;
/** Examples scored at a time: the text of a batch is dropped once its terms are packed. */
const text_read_BATCH = 4096;
const text_read_MAX_MISSING_IDS = 10;
/**
 * Reads `--task text` inputs: `prediction` is the generated text and `label` the reference —
 * a string, or in JSON Lines an array of references (at least one, every one a string). The
 * text is taken verbatim: no number parsing, no trimming (a CSV cell `007 ` is the text
 * "007 "), and it must be well-formed UTF-8. One file with both columns, or two joined by id
 * (rows follow the labels file) or by position. Each example is scored as it is read, a batch
 * at a time, into the rows of `TextData.terms`; only a short excerpt of its text is kept.
 */
async function readTextData(options, logger = progress/* silentLogger */.q) {
    if (options.scoreColumn !== undefined || options.scorePrefix !== undefined)
        throw new errors/* UsageError */.eb('--score-column and --score-prefix do not apply to --task text (text has no scores).');
    if (options.positiveLabel !== undefined)
        throw new errors/* UsageError */.eb('--positive-label does not apply to --task text.');
    const readers = [];
    try {
        const preds = await table/* TableReader */.k.open(options.predictions, 'predictions');
        readers.push(preds);
        const labels = options.labels !== undefined ? await table/* TableReader */.k.open(options.labels, 'labels') : null;
        if (labels)
            readers.push(labels);
        for (const r of readers)
            r.requireUtf8();
        const { idColumn, labelColumn, predictionColumn } = options;
        const need = (r, column, flag) => {
            if (r.indexOf(column) < 0)
                throw (0,columns/* missingColumn */.J)(r.file, column, flag, r.columns);
        };
        const warnings = [];
        if (!labels) {
            need(preds, labelColumn, '--label-column');
            need(preds, predictionColumn, '--prediction-column');
            const byId = preds.indexOf(idColumn) >= 0;
            const rows = await scanRows(preds, byId ? idColumn : null, labelColumn, predictionColumn, logger);
            if (rows.length === 0)
                throw text_read_noRows(preds.file);
            if (byId)
                checkUnique(rows, preds.file, idColumn);
            return finishRows(rows, { missing: 0, extra: 0, missingIds: [], warnings });
        }
        need(labels, labelColumn, '--label-column');
        need(preds, predictionColumn, '--prediction-column');
        const inLabels = labels.indexOf(idColumn) >= 0;
        const inPreds = preds.indexOf(idColumn) >= 0;
        if (inLabels !== inPreds) {
            const lacking = inLabels ? preds : labels;
            const other = inLabels ? labels : preds;
            throw new errors/* InputError */.dz({ file: lacking.file, column: idColumn }, `no id column, but ${other.file} has one, so the rows cannot be joined by id. Add the "${idColumn}" ` +
                `column to ${lacking.file}, name its id column with --id-column, or drop the id column from both to join by position.`);
        }
        const byId = inLabels;
        const labelRows = await scanRows(labels, byId ? idColumn : null, labelColumn, null, logger);
        if (labelRows.length === 0)
            throw text_read_noRows(labels.file);
        const predRows = await scanRows(preds, byId ? idColumn : null, null, predictionColumn, logger);
        if (!byId) {
            if (predRows.length !== labelRows.length)
                throw new errors/* InputError */.dz({ file: preds.file }, `has ${predRows.length} data rows but ${labels.file} has ${labelRows.length}. Neither file has an ` +
                    `"${idColumn}" column, so rows are joined by position and the counts must match. Add an id column ` +
                    'to both files (or name it with --id-column) to join by id.');
            labelRows.forEach((r, i) => (r.prediction = predRows[i].prediction));
            return finishRows(labelRows, { missing: 0, extra: 0, missingIds: [], warnings });
        }
        checkUnique(labelRows, labels.file, idColumn);
        checkUnique(predRows, preds.file, idColumn);
        const byKey = new Map();
        for (const r of predRows)
            byKey.set(r.id, r.prediction);
        let matched = 0;
        const missingIds = [];
        let missing = 0;
        for (const r of labelRows) {
            const p = byKey.get(r.id);
            if (p !== undefined) {
                r.prediction = p;
                matched++;
            }
            else {
                missing++;
                if (missingIds.length < text_read_MAX_MISSING_IDS)
                    missingIds.push(r.id);
            }
        }
        const extra = predRows.length - matched;
        if (missing > 0 && options.missing === 'error')
            throw new errors/* InputError */.dz({ file: preds.file }, `${missing} of the ${labelRows.length} ids of ${labels.file} have no prediction (first: ${missingIds
                .slice(0, 3)
                .map(read_bytes/* showValue */.vp)
                .join(', ')}). Add them, or pass --missing count-as-wrong to score a missing output as the empty text "".`);
        for (const r of labelRows)
            r.prediction ??= '';
        if (missing > 0)
            warnings.push(`${missing} examples have no prediction and were scored as the empty text "" (--missing count-as-wrong).`);
        if (extra > 0)
            warnings.push(`${extra} predictions have an id that is not in ${labels.file}; they are ignored.`);
        return finishRows(labelRows, { missing, extra, missingIds, warnings });
    }
    finally {
        for (const r of readers)
            r.close();
    }
}
function text_read_noRows(file) {
    return new errors/* InputError */.dz({ file }, 'no data rows after the header; there is nothing to evaluate.');
}
function checkUnique(rows, file, column) {
    const seen = new Map();
    for (const r of rows) {
        const first = seen.get(r.id);
        if (first !== undefined)
            throw new errors/* InputError */.dz({ file, line: r.line, column }, `duplicate id ${(0,read_bytes/* showValue */.vp)(r.id)} (first on line ${first}); every example needs its own id.`);
        seen.set(r.id, r.line);
    }
}
/** The rows of one file: the named columns' cells as text (id, references, prediction). */
async function scanRows(reader, idColumn, labelColumn, predictionColumn, logger) {
    const names = [];
    const idSlot = idColumn !== null ? names.push(idColumn) - 1 : -1;
    const labelSlot = labelColumn !== null ? names.push(labelColumn) - 1 : -1;
    const predSlot = predictionColumn !== null ? names.push(predictionColumn) - 1 : -1;
    const rows = [];
    const file = reader.file;
    // The sink reads the cells `prepare` returns (set before the first row).
    const bound = { cells: null };
    const sink = {
        row(buf, line) {
            const cells = bound.cells;
            const at = (column) => ({ file, line, column });
            rows.push({
                id: idSlot >= 0 ? idCell(buf, cells, idSlot, at(idColumn)) : null,
                line,
                references: labelSlot >= 0
                    ? textReferences(cellValue(buf, cells, labelSlot, at(labelColumn)), at(labelColumn))
                    : null,
                prediction: predSlot >= 0
                    ? textPrediction(cellValue(buf, cells, predSlot, at(predictionColumn)), at(predictionColumn))
                    : null,
            });
        },
    };
    bound.cells = reader.prepare(names, sink);
    const progress = logger.progress.start(`Reading ${file}`);
    await reader.scan(progress);
    progress.done(`${reader.rows} rows`);
    return rows;
}
/** A cell's bytes as a string, refusing bytes that are not UTF-8 (they would read as U+FFFD). */
function utf8Cell(buf, s, e, at) {
    const bad = (0,read_bytes/* firstInvalidUtf8 */.vE)(buf, s, e);
    if (bad >= 0)
        throw new errors/* InputError */.dz(at, `not valid UTF-8 at byte ${bad - s + 1} of the value (byte 0x${buf[bad].toString(16).padStart(2, '0')}); ` +
            'text is read verbatim and must be UTF-8: re-encode the file (e.g. iconv -f latin1 -t utf-8).');
    return buf.toString('utf8', s, e);
}
/**
 * The JavaScript value of a cell for the text checks: a CSV cell or JSON string as the string
 * itself, other JSON values as parsed (so the error can say what was found).
 */
function cellValue(buf, cells, slot, at) {
    const s = cells.starts[slot];
    const e = cells.ends[slot];
    switch (cells.kinds[slot]) {
        case read_cells/* KIND_TEXT */.x7:
            return utf8Cell(buf, s, e, at);
        case read_cells/* KIND_NUMBER */.V:
            return Number(buf.toString('latin1', s, e));
        case read_cells/* KIND_BOOL */.gv:
            return buf[s] === 0x74;
        case read_cells/* KIND_NULL */.j3:
            return null;
        case read_cells/* KIND_MISSING */.S:
            throw new errors/* InputError */.dz(at, 'the key is missing from this JSON object; expected text (a JSON string).');
        case read_cells/* KIND_NESTED */.VH: {
            const value = JSON.parse(utf8Cell(buf, s, e, at));
            if (Array.isArray(value))
                value.forEach((r, i) => {
                    if (typeof r === 'string' && jsonl/* LONE_SURROGATE */.uG.test(r))
                        throw new errors/* InputError */.dz(at, `reference ${i + 1} of ${value.length} holds an unpaired surrogate escape (\\uD800–\\uDFFF), which is not valid Unicode text.`);
                });
            return value;
        }
        default:
            throw new Error(`unknown cell kind ${cells.kinds[slot]}`);
    }
}
/** An id: a string or a JSON number as written. */
function idCell(buf, cells, slot, at) {
    const kind = cells.kinds[slot];
    const s = cells.starts[slot];
    const e = cells.ends[slot];
    if (kind === read_cells/* KIND_TEXT */.x7 || kind === read_cells/* KIND_NUMBER */.V) {
        const id = utf8Cell(buf, s, e, at);
        if (id !== '')
            return id;
    }
    throw new errors/* InputError */.dz(at, `found ${kind === read_cells/* KIND_MISSING */.S ? 'no such key' : kind === read_cells/* KIND_TEXT */.x7 ? 'an empty id' : 'a value that is not a string or number'}; expected the example's id.`);
}
/** The first `chars` code points of `text`. */
function excerpt(text, chars = EXCERPT_CHARS) {
    if (text.length <= chars)
        return text;
    let i = 0;
    let count = 0;
    while (i < text.length && count < chars) {
        const c = text.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
        count++;
    }
    return i >= text.length ? text : `${text.slice(0, i)}…`;
}
function finishRows(rows, counts) {
    const n = rows.length;
    const terms = new Float64Array(n * text_rows/* TEXT_TERM_WIDTH */.Iq);
    const prediction = new Array(n);
    const reference = new Array(n);
    const fp = new PairFingerprint();
    const labelHashes = new Int32Array(2 * n);
    const hasIds = rows[0]?.id !== null;
    for (let start = 0; start < n; start += text_read_BATCH) {
        const batch = rows.slice(start, Math.min(n, start + text_read_BATCH));
        (0,text_rows/* packTextTerms */.o4)((0,metrics_text/* textTerms */.rr)(batch.map((r) => r.prediction), batch.map((r) => r.references)), terms, start);
        batch.forEach((r, k) => {
            const i = start + k;
            prediction[i] = excerpt(r.prediction);
            reference[i] = excerpt(r.references[0]);
            const id = Buffer.from(r.id ?? String(i), 'utf8');
            const label = Buffer.from(JSON.stringify(r.references), 'utf8');
            labelHashes[2 * i] = (0,read_bytes/* hashBytes */.yi)(label, 0, label.length, read_bytes/* SEED_A */.sj);
            labelHashes[2 * i + 1] = (0,read_bytes/* hashBytes */.yi)(label, 0, label.length, read_bytes/* SEED_B */.z3);
            fp.add((0,read_bytes/* hashBytes */.yi)(id, 0, id.length, read_bytes/* SEED_A */.sj), (0,read_bytes/* hashBytes */.yi)(id, 0, id.length, read_bytes/* SEED_B */.z3), labelHashes[2 * i], labelHashes[2 * i + 1]);
            // The text is not needed any more: only the terms and the excerpts stay.
            rows[i] = { id: r.id, line: r.line, prediction: null, references: null };
        });
    }
    const data = {
        task: 'text',
        n,
        terms,
        labelHashes,
        excerpts: { prediction, reference },
        ids: hasIds ? rows.map((r) => r.id) : null,
    };
    return {
        data,
        stats: {
            missing_predictions: counts.missing,
            extra_predictions: counts.extra,
            invalid_rows: 0,
            missing_ids: counts.missingIds,
            warnings: counts.warnings,
            fingerprint: fp.digest(),
        },
    };
}

;// CONCATENATED MODULE: ./src/evaluate/evaluate.ts













async function evaluate(options, logger = progress/* silentLogger */.q, source = {}, now = new Date()) {
    if (options.task === 'text') {
        // Text is scored as it is read (a batch of examples at a time) into rows of numbers that
        // are small beside the text: one path, streamed or not.
        const { data, stats } = await readTextData(options, logger);
        const scored = (0,progress/* blockingStep */.M)(logger, `Scoring ${data.n.toLocaleString('en-US')} examples`, () => textMetricsOutput(data.terms));
        return {
            result: evaluationResult(options, data, stats, scored, source, now, logger, textStatistics(data.terms)),
            data,
        };
    }
    const streaming = 'retainRows' in options && options.retainRows === false ? options : null;
    if (!streaming) {
        const { data, stats } = await readEvaluationData(options, logger);
        const { scored, statistics } = scoreRows(data, logger);
        return {
            result: evaluationResult(options, data, stats, scored, source, now, logger, statistics),
            data,
        };
    }
    const examplesDir = streaming.examplesDir;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(streaming.tmpDir ?? (0,external_node_os_.tmpdir)(), 'model-gate-'));
    try {
        const read = await readEvaluationStream(options, logger, {
            dir,
            batchRows: streaming.batchRows,
            idSortChunk: streaming.sortChunk,
            partitionRows: streaming.partitionRows,
            keepIds: examplesDir !== undefined,
        });
        if (read.data !== null) {
            const { data, stats } = read;
            const { scored, statistics } = scoreRows(data, logger);
            const result = evaluationResult(options, data, stats, scored, source, now, logger, statistics);
            if (examplesDir === undefined)
                return { result, data };
            return { result, data, examplesPath: await (0,examples/* writeExamples */.V$)(examplesDir, data, logger) };
        }
        const { stream, stats } = read;
        try {
            const acc = new sufficient_statistics/* StatisticsAccumulator */.GE();
            let writer = null;
            if (examplesDir !== undefined) {
                (0,external_node_fs_.mkdirSync)(examplesDir, { recursive: true });
                // Written within the scoring step (one progress line): its own progress stays silent.
                writer = new examples/* ExamplesWriter */.PZ(examplesDir, stream.meta.n, stream.hasIdBytes ? stream.idByteCount : null);
            }
            const rows = stream.meta.n.toLocaleString('en-US');
            const label = writer ? `Scoring ${rows} rows, writing ${writer.path}` : `Scoring ${rows} rows`;
            try {
                const scored = (0,progress/* blockingStep */.M)(logger, label, () => scoreStream(stream, dir, streaming.sortChunk, acc, writer));
                const examplesPath = writer?.finish();
                writer = null;
                return {
                    result: evaluationResult(options, stream.meta, stats, scored, source, now, logger, acc.result()),
                    data: null,
                    ...(examplesPath !== undefined ? { examplesPath } : {}),
                };
            }
            finally {
                writer?.abort();
            }
        }
        finally {
            stream.close();
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The metrics and sufficient statistics of rows in memory: seconds on millions of rows, said first. */
function scoreRows(data, logger) {
    return (0,progress/* blockingStep */.M)(logger, `Scoring ${data.n.toLocaleString('en-US')} rows`, () => ({
        scored: (0,metrics/* computeMetrics */.pH)(data),
        statistics: (0,sufficient_statistics/* sufficientStatistics */.ub)(data),
    }));
}
/** The text metrics of the rows, as a `MetricsOutput` (no classes, so no confusions). */
function textMetricsOutput(rows) {
    return { metrics: { ...(0,text_rows/* textMetricsOfRows */.VV)(rows) }, top_confusions: [], error_rate: null, warnings: [] };
}
/** `result.statistics` of text rows (`StatisticsAccumulator.addText`). */
function textStatistics(rows) {
    const acc = new sufficient_statistics/* StatisticsAccumulator */.GE();
    acc.addText(rows);
    return acc.result();
}
/**
 * Replays the streamed rows through `StreamingMetrics` (twice for regression's R²), writing them
 * to the sidecar on the first pass when a writer is given.
 */
function scoreStream(stream, dir, sortChunk, statistics, sidecar) {
    let metrics = null;
    let firstPass = true;
    const add = (batch, start, ids) => {
        if (firstPass)
            sidecar?.write(batch, start, ids);
        metrics ??= new StreamingMetrics(batch, { dir, sortChunk });
        metrics.add(batch);
        if (firstPass)
            statistics.add(batch);
        else
            statistics.addCentred(batch);
    };
    do {
        stream.replay(add);
        firstPass = false;
    } while (metrics !== null && metrics.endPass());
    if (metrics === null)
        throw new Error('model-gate: no rows were streamed');
    return metrics.result();
}
/**
 * Scores that rank the other way from the predicted labels: roc_auc below 0.5 while the labels
 * are mostly right. The usual cause is a score that is the probability of the other class (the
 * positive label is not the one the score column is about), which makes every score metric
 * wrong while accuracy looks fine; the user fixes it with --positive-label.
 */
function invertedScoreWarning(data, metrics, positiveNamed) {
    const auc = metrics.roc_auc;
    const accuracy = metrics.accuracy;
    if (data.task !== 'binary' || data.positive === undefined || data.classes === undefined)
        return [];
    if (typeof auc !== 'number' || typeof accuracy !== 'number' || !(auc < 0.5 && accuracy > 0.5))
        return [];
    const classes = data.classes;
    const pos = classes[data.positive];
    const other = classes.find((_, i) => i !== data.positive);
    return [
        `THE SCORES LOOK INVERTED: roc_auc is ${auc.toPrecision(3)} (worse than chance) while accuracy is ` +
            `${accuracy.toPrecision(3)}, so the scores rank the rows opposite to the predicted labels. The score must ` +
            `be the probability (or score) of the positive label ${(0,read_bytes/* showValue */.vp)(pos)}` +
            (positiveNamed ? ' (as given with --positive-label)' : ' (the greater label, by default)') +
            (other !== undefined
                ? `; if it is the probability of ${(0,read_bytes/* showValue */.vp)(other)}, pass --positive-label ${(0,read_bytes/* showValue */.vp)(other)}.`
                : '.') +
            ' roc_auc, average_precision, log_loss and brier are wrong until then.',
    ];
}
function evaluationResult(options, data, stats, scored, source, now, logger, statistics) {
    const result = (0,build_result/* buildResult */.C)({
        task: data.task,
        n: data.n,
        dataset: {
            fingerprint: stats.fingerprint,
            predictions_file: options.predictions,
            ...(options.labels !== undefined ? { labels_file: options.labels } : {}),
            ...(data.task === 'binary' && data.positive !== undefined
                ? { positive_label: data.classes[data.positive] }
                : {}),
        },
        source,
        now,
        scored,
        rows: stats,
        warnings: [
            ...stats.warnings,
            ...scored.warnings,
            ...invertedScoreWarning(data, scored.metrics, options.positiveLabel !== undefined),
        ],
        statistics,
    });
    for (const w of result.warnings)
        logger.warning(w);
    return result;
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
/* unused harmony exports BINARY_METRICS, PROBABILITY_METRICS, BINARY_PROBABILITY_METRICS, DECISION_METRICS, REGRESSION_METRICS, TEXT_METRICS, RANKING_METRICS */
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
/** Ranking (src/evaluate/metrics/retrieval.ts): `@k` names stand for every cutoff. */
const RANKING_METRICS = names((d) => d.tasks.includes('ranking'));
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

/***/ 7168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ queryMeans),
/* harmony export */   p: () => (/* binding */ queryColumn)
/* harmony export */ });
/* harmony import */ var _util_sum_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41863);

/** The per-query values of `metric`, or null when the data does not carry it. */
function queryColumn(data, metric) {
    const j = data.metrics.indexOf(metric);
    if (j < 0)
        return null;
    const m = data.metrics.length;
    const out = new Float64Array(data.n);
    for (let q = 0; q < data.n; q++)
        out[q] = data.values[q * m + j];
    return out;
}
/**
 * Each metric's mean over the queries, each query weighted by `weights[q]` (a bootstrap
 * resample's counts) or 1; null when the weights sum to 0.
 */
function queryMeans(data, weights) {
    const m = data.metrics.length;
    const out = {};
    const total = weights ? (0,_util_sum_js__WEBPACK_IMPORTED_MODULE_0__/* .sumOf */ .X)(weights) : data.n;
    for (let j = 0; j < m; j++) {
        const sum = new _util_sum_js__WEBPACK_IMPORTED_MODULE_0__/* .CompensatedSum */ .$();
        for (let q = 0; q < data.n; q++) {
            const v = data.values[q * m + j];
            sum.add(weights ? weights[q] * v : v);
        }
        out[data.metrics[j]] = total > 0 ? sum.value / total : null;
    }
    return out;
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

/***/ 78813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NA: () => (/* binding */ BLEU_STATISTICS),
  eR: () => (/* binding */ bleuFromStatistics),
  rF: () => (/* binding */ bleuSegmentStatistics)
});

// UNUSED EXPORTS: BLEU_MAX_ORDER

// EXTERNAL MODULE: ./src/evaluate/metrics/text/python-text.ts
var python_text = __webpack_require__(23719);
;// CONCATENATED MODULE: ./src/evaluate/metrics/text/tokenizer-13a.ts

/**
 * sacrebleu's default BLEU tokenizer, `13a` (mteval-v13a.pl as WMT uses it), applied to a
 * segment as BLEU applies it: right-stripped first (`sent.rstrip()`), then the markup rules
 * (`<skipped>` removed, `-\n` joins, newlines become spaces, four HTML entities unescaped), then
 * the regex rules in order, each a left-to-right non-overlapping substitution as Python's
 * `re.sub`, and finally whitespace collapsed on Python's whitespace. The result is the
 * space-joined token string.
 */
// ASCII punctuation and symbols (except . , - ' which the later rules treat): own tokens.
const SYMBOL = /([{-~[-` -&(-+:-@/])/g;
// A period or comma not preceded by a digit, then one not followed by a digit.
const DOT_AFTER_NON_DIGIT = /([^0-9])([.,])/gu;
const DOT_BEFORE_NON_DIGIT = /([.,])([^0-9])/gu;
// A dash preceded by a digit.
const DASH_AFTER_DIGIT = /([0-9])(-)/g;
function tokenize13a(segment) {
    let line = (0,python_text/* pythonRstrip */.VX)(segment);
    line = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
    if (line.includes('&')) {
        line = line
            .replaceAll('&quot;', '"')
            .replaceAll('&amp;', '&')
            .replaceAll('&lt;', '<')
            .replaceAll('&gt;', '>');
    }
    line = ` ${line} `;
    line = line.replace(SYMBOL, ' $1 ');
    line = line.replace(DOT_AFTER_NON_DIGIT, '$1 $2 ');
    line = line.replace(DOT_BEFORE_NON_DIGIT, ' $1 $2');
    line = line.replace(DASH_AFTER_DIGIT, '$1 $2 ');
    return (0,python_text/* pythonCollapseSpaces */.dj)(line);
}

;// CONCATENATED MODULE: ./src/evaluate/metrics/text/bleu.ts

/**
 * sacrebleu 2.x `corpus_bleu` with its defaults: tokenizer 13a, case-sensitive, n-grams up to 4,
 * smoothing `exp` (mteval-v13a's: the k-th order without a match counts as 1/2^k matches),
 * brevity penalty from the closest reference length (the shorter on ties), several references
 * per segment (n-gram counts clipped by their maximum over the references).
 *
 * BLEU is a function of corpus sums, so each segment contributes a fixed-length vector of
 * integer sufficient statistics, `[hyp_len, ref_len, correct_1..4, total_1..4]`
 * (`BLEU_STATISTICS` numbers): summing any subset of segments' vectors and applying
 * `bleuFromStatistics` gives that subset's corpus BLEU, which makes merging, slices and the
 * paired bootstrap O(n) per evaluation.
 */
const BLEU_MAX_ORDER = 4;
const BLEU_STATISTICS = 2 + 2 * BLEU_MAX_ORDER;
/** sacrebleu's `my_log`: log with log(0) floored to −9999999999. */
function flooredLog(x) {
    return x === 0 ? -9999999999 : Math.log(x);
}
/**
 * The n-grams of orders 1–4 (index n − 1), counted. Tokens are numbered by a dictionary shared by
 * the hypothesis and its references, so an n-gram is the number Σ idᵢ·radixⁱ — exact while
 * radix⁴ ≤ 2⁵³ (9,741 distinct tokens in one segment) — and counting it is a numeric Map lookup;
 * beyond that the keys are the space-joined tokens (13a tokens hold no whitespace).
 */
function ngramCounts(tokens, ids) {
    const orders = [];
    for (let n = 1; n <= BLEU_MAX_ORDER; n++)
        orders.push(new Map());
    if (ids) {
        const radix = ids.size;
        const seq = tokens.map((t) => ids.get(t));
        for (let i = 0; i < seq.length; i++) {
            let key = 0;
            for (let n = 1; n <= BLEU_MAX_ORDER && i + n <= seq.length; n++) {
                key = key * radix + seq[i + n - 1];
                const counts = orders[n - 1];
                counts.set(key, (counts.get(key) ?? 0) + 1);
            }
        }
        return orders;
    }
    for (let i = 0; i < tokens.length; i++) {
        let key = '';
        for (let n = 1; n <= BLEU_MAX_ORDER && i + n <= tokens.length; n++) {
            key = n === 1 ? tokens[i] : `${key} ${tokens[i + n - 1]}`;
            const counts = orders[n - 1];
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return orders;
}
const MAX_NUMERIC_RADIX = Math.floor(2 ** (53 / BLEU_MAX_ORDER));
function tokens13a(segment) {
    const line = tokenize13a(segment);
    return line === '' ? [] : line.split(' ');
}
/** Writes the segment's `BLEU_STATISTICS` numbers at `out[offset…]`. */
function bleuSegmentStatistics(hypothesis, references, out, offset) {
    if (references.length === 0)
        throw new RangeError('BLEU needs at least one reference per segment');
    const hypTokens = tokens13a(hypothesis);
    const refTokens = references.map(tokens13a);
    let ids = new Map();
    for (const toks of [hypTokens, ...refTokens])
        for (const t of toks)
            if (!ids.has(t))
                ids.set(t, ids.size);
    if (ids.size > MAX_NUMERIC_RADIX)
        ids = null;
    // Per order, the largest count of each n-gram over the references (sacrebleu's clipping).
    let refCounts = null;
    for (const toks of refTokens) {
        const counts = ngramCounts(toks, ids);
        if (refCounts === null)
            refCounts = counts;
        else
            for (let n = 0; n < BLEU_MAX_ORDER; n++) {
                const best = refCounts[n];
                for (const [k, c] of counts[n])
                    if (c > (best.get(k) ?? 0))
                        best.set(k, c);
            }
    }
    const hypLen = hypTokens.length;
    // The closest reference length; the shorter of two equally close ones.
    let closestDiff = -1;
    let closestLen = -1;
    for (const toks of refTokens) {
        const len = toks.length;
        const diff = Math.abs(hypLen - len);
        if (closestDiff === -1 || diff < closestDiff) {
            closestDiff = diff;
            closestLen = len;
        }
        else if (diff === closestDiff && len < closestLen)
            closestLen = len;
    }
    out.fill(0, offset, offset + BLEU_STATISTICS);
    out[offset] = hypLen;
    out[offset + 1] = closestLen;
    const hypCounts = ngramCounts(hypTokens, ids);
    for (let n = 0; n < BLEU_MAX_ORDER; n++) {
        const ref = refCounts[n];
        let correct = 0;
        let total = 0;
        for (const [key, count] of hypCounts[n]) {
            total += count;
            const r = ref.get(key);
            if (r !== undefined)
                correct += Math.min(count, r);
        }
        out[offset + 2 + n] = correct;
        out[offset + 2 + BLEU_MAX_ORDER + n] = total;
    }
}
/** BLEU (0–100) from summed statistics (`BLEU_STATISTICS` numbers from `offset`). */
function bleuFromStatistics(stats, offset = 0) {
    const sysLen = stats[offset];
    const refLen = stats[offset + 1];
    const bp = sysLen < refLen ? (sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0) : 1;
    let anyCorrect = false;
    for (let n = 0; n < BLEU_MAX_ORDER; n++)
        if (stats[offset + 2 + n] !== 0)
            anyCorrect = true;
    if (!anyCorrect)
        return 0;
    let smooth = 1;
    const precisions = new Array(BLEU_MAX_ORDER).fill(0);
    for (let n = 0; n < BLEU_MAX_ORDER; n++) {
        const correct = stats[offset + 2 + n];
        const total = stats[offset + 2 + BLEU_MAX_ORDER + n];
        // No n-grams of this order anywhere: this and the higher precisions stay 0 (floored log).
        if (total === 0)
            break;
        if (correct === 0) {
            smooth *= 2;
            precisions[n] = 100 / (smooth * total);
        }
        else
            precisions[n] = (100 * correct) / total;
    }
    let logSum = 0;
    for (const p of precisions)
        logSum += flooredLog(p);
    return bp * Math.exp(logSum / BLEU_MAX_ORDER);
}


/***/ }),

/***/ 16246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ CHRF_STATISTICS),
/* harmony export */   Qp: () => (/* binding */ chrfSegmentStatistics),
/* harmony export */   lE: () => (/* binding */ chrfFromStatistics)
/* harmony export */ });
/* unused harmony exports CHRF_CHAR_ORDER, CHRF_BETA */
/* harmony import */ var _python_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23719);

/**
 * sacrebleu 2.x `CHRF()` with its defaults: character n-grams of orders 1–6 over the segment
 * with every (Python) whitespace character removed, counted in Unicode code points (an emoji or
 * a CJK extension character is one character, not two UTF-16 units), no word n-grams, β = 2,
 * case-sensitive, no ε smoothing.
 *
 * Per segment, each order contributes `[hyp, ref, match]` counts (`CHRF_STATISTICS` = 18
 * numbers), taken from the reference whose own sentence chrF is highest (the first on ties); the
 * corpus score is the F-score of those statistics summed over the segments. A subset's score is
 * `chrfFromStatistics` of its summed statistics.
 */
const CHRF_CHAR_ORDER = 6;
const CHRF_BETA = 2;
const CHRF_STATISTICS = 3 * CHRF_CHAR_ORDER;
function codePointsOf(segment) {
    const text = (0,_python_text_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRemoveSpaces */ .iY)(segment);
    const points = [];
    // for…of walks code points (a lone surrogate is one), as Python indexes a str.
    for (const ch of text)
        points.push(ch.codePointAt(0));
    return points;
}
const MAX_NUMERIC_RADIX = Math.floor(2 ** (53 / CHRF_CHAR_ORDER));
/** Counts of the character n-grams of orders 1–6 (index n − 1). */
function charNgrams(points, ids) {
    const orders = [];
    if (ids) {
        const radix = ids.size;
        const seq = points.map((cp) => ids.get(cp));
        for (let n = 1; n <= CHRF_CHAR_ORDER; n++) {
            const counts = new Map();
            for (let i = 0; i + n <= seq.length; i++) {
                let key = 0;
                for (let k = i; k < i + n; k++)
                    key = key * radix + seq[k];
                counts.set(key, (counts.get(key) ?? 0) + 1);
            }
            orders.push(counts);
        }
        return orders;
    }
    const chars = points.map((cp) => String.fromCodePoint(cp));
    for (let n = 1; n <= CHRF_CHAR_ORDER; n++) {
        const counts = new Map();
        for (let i = 0; i + n <= chars.length; i++) {
            const key = chars.slice(i, i + n).join('');
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        orders.push(counts);
    }
    return orders;
}
function totalOf(counts) {
    let t = 0;
    for (const c of counts.values())
        t += c;
    return t;
}
/** Writes the segment's `CHRF_STATISTICS` numbers at `out[offset…]`. */
function chrfSegmentStatistics(hypothesis, references, out, offset) {
    if (references.length === 0)
        throw new RangeError('chrF needs at least one reference per segment');
    const hypPoints = codePointsOf(hypothesis);
    const refPoints = references.map(codePointsOf);
    let ids = new Map();
    for (const points of [hypPoints, ...refPoints])
        for (const cp of points)
            if (!ids.has(cp))
                ids.set(cp, ids.size);
    if (ids.size > MAX_NUMERIC_RADIX)
        ids = null;
    const hyp = charNgrams(hypPoints, ids);
    const hypTotals = hyp.map(totalOf);
    const candidate = new Float64Array(CHRF_STATISTICS);
    let bestF = -1;
    for (const points of refPoints) {
        const ref = charNgrams(points, ids);
        for (let n = 0; n < CHRF_CHAR_ORDER; n++) {
            const r = ref[n];
            let match = 0;
            for (const [key, count] of hyp[n]) {
                const rc = r.get(key);
                if (rc !== undefined)
                    match += Math.min(count, rc);
            }
            // sacrebleu reports no hypothesis n-grams for an order the reference has none of.
            candidate[3 * n] = r.size > 0 ? hypTotals[n] : 0;
            candidate[3 * n + 1] = totalOf(r);
            candidate[3 * n + 2] = match;
        }
        const f = chrfFromStatistics(candidate);
        if (f > bestF) {
            bestF = f;
            out.set(candidate, offset);
        }
    }
}
/** chrF (0–100) from summed statistics (`CHRF_STATISTICS` numbers from `offset`). */
function chrfFromStatistics(stats, offset = 0) {
    const factor = CHRF_BETA ** 2;
    let avgPrec = 0;
    let avgRec = 0;
    let effectiveOrder = 0;
    for (let n = 0; n < CHRF_CHAR_ORDER; n++) {
        const nHyp = stats[offset + 3 * n];
        const nRef = stats[offset + 3 * n + 1];
        const nMatch = stats[offset + 3 * n + 2];
        // Orders missing on either side are left out of the averages (sacrebleu ≥ 2.0 without ε).
        if (nHyp > 0 && nRef > 0) {
            avgPrec += nMatch / nHyp;
            avgRec += nMatch / nRef;
            effectiveOrder++;
        }
    }
    if (effectiveOrder === 0)
        return 0;
    avgPrec /= effectiveOrder;
    avgRec /= effectiveOrder;
    if (avgPrec + avgRec === 0)
        return 0;
    let score = (1 + factor) * avgPrec * avgRec;
    score /= factor * avgPrec + avgRec;
    return 100 * score;
}


/***/ }),

/***/ 80917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xr: () => (/* binding */ TEXT_STATISTIC_TERMS),
  rr: () => (/* binding */ textTerms)
});

// UNUSED EXPORTS: BLEU_STATISTICS, CHRF_STATISTICS, bleuFromStatistics, chrfFromStatistics, corpusScoreFromTermSums, sumRows, textCorpusStatistics, textMeanTerms, textMetricValues

// EXTERNAL MODULE: ./src/evaluate/metrics/text/bleu.ts + 1 modules
var bleu = __webpack_require__(78813);
// EXTERNAL MODULE: ./src/evaluate/metrics/text/chrf.ts
var chrf = __webpack_require__(16246);
;// CONCATENATED MODULE: ./src/evaluate/metrics/text/rouge.ts
const TOKEN = /[a-z0-9]+/g;
function rougeTokens(text) {
    return text.toLowerCase().match(TOKEN) ?? [];
}
/** rouge-score's `scoring.fmeasure`. */
function fmeasure(precision, recall) {
    return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}
function ngrams(tokens, n) {
    const counts = new Map();
    for (let i = 0; i + n <= tokens.length; i++) {
        const key = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' ');
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
}
function ngramF(target, targetTotal, prediction, predictionTotal) {
    let overlap = 0;
    for (const [key, count] of target) {
        const p = prediction.get(key);
        if (p !== undefined)
            overlap += Math.min(count, p);
    }
    return fmeasure(overlap / Math.max(predictionTotal, 1), overlap / Math.max(targetTotal, 1));
}
/** Length of the longest common subsequence (one rolling row of the DP table). */
function lcsLength(a, b) {
    const row = new Int32Array(b.length + 1);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = 0; // row[j − 1] of the previous i
        const ai = a[i - 1];
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = ai === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]);
            diagonal = above;
        }
    }
    return row[b.length];
}
function lcsF(target, prediction) {
    if (target.length === 0 || prediction.length === 0)
        return 0;
    const lcs = lcsLength(target, prediction);
    return fmeasure(lcs / prediction.length, lcs / target.length);
}
function rougeScores(prediction, references) {
    if (references.length === 0)
        throw new RangeError('ROUGE needs at least one reference');
    const pred = rougeTokens(prediction);
    const pred1 = ngrams(pred, 1);
    const pred2 = ngrams(pred, 2);
    const pred2Total = Math.max(pred.length - 1, 0);
    const best = { rouge1: -1, rouge2: -1, rougeL: -1 };
    for (const reference of references) {
        const target = rougeTokens(reference);
        const r1 = ngramF(ngrams(target, 1), target.length, pred1, pred.length);
        const r2 = ngramF(ngrams(target, 2), Math.max(target.length - 1, 0), pred2, pred2Total);
        const rl = lcsF(target, pred);
        if (r1 > best.rouge1)
            best.rouge1 = r1;
        if (r2 > best.rouge2)
            best.rouge2 = r2;
        if (rl > best.rougeL)
            best.rougeL = rl;
    }
    return best;
}

// EXTERNAL MODULE: ./src/evaluate/metrics/text/python-text.ts
var python_text = __webpack_require__(23719);
;// CONCATENATED MODULE: ./src/evaluate/metrics/text/squad-normalise.ts

/**
 * SQuAD v2.0's answer normalisation (the official evaluate-v2.0.py `normalize_answer`), applied
 * in its order: lower-case, drop every character of Python's `string.punctuation` (ASCII only:
 * "—" and "’" stay), replace the words a/an/the by a space, collapse whitespace.
 *
 * The articles are matched with Python's `\b(a|an|the)\b` semantics: a word is a maximal run of
 * Unicode letters, numbers and `_`, so "thé" written with a combining accent (`the` + U+0301)
 * loses its "the" exactly as Python's does, while "théâtre" (precomposed) keeps it.
 */
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
const ARTICLE = new RegExp(`(?<![${python_text/* PYTHON_WORD_CLASS */.BJ}])(?:a|an|the)(?![${python_text/* PYTHON_WORD_CLASS */.BJ}])`, 'gu');
function normaliseAnswer(s) {
    const lowered = s.toLowerCase();
    return (0,python_text/* pythonCollapseSpaces */.dj)(lowered.replace(PUNCTUATION, '').replace(ARTICLE, ' '));
}
/** `get_tokens`: the normalised answer's words. */
function answerTokens(s) {
    if (s === '')
        return [];
    const normal = normaliseAnswer(s);
    return normal === '' ? [] : normal.split(' ');
}

;// CONCATENATED MODULE: ./src/evaluate/metrics/text/squad.ts

function squadScores(prediction, references) {
    const predNormal = normaliseAnswer(prediction);
    const predTokens = answerTokens(prediction);
    const golds = [];
    for (const reference of references) {
        const normal = normaliseAnswer(reference);
        if (normal !== '')
            golds.push({ normal, reference });
    }
    if (golds.length === 0)
        golds.push({ normal: '', reference: '' });
    let exactMatch = 0;
    let tokenF1 = 0;
    for (const { normal, reference } of golds) {
        if (normal === predNormal)
            exactMatch = 1;
        const f1 = tokenF1Of(answerTokens(reference), predTokens);
        if (f1 > tokenF1)
            tokenF1 = f1;
    }
    return { exactMatch, tokenF1 };
}
/** `compute_f1`: the F1 of the two token multisets; 1 when both are empty, 0 when one is. */
function tokenF1Of(gold, pred) {
    if (gold.length === 0 || pred.length === 0)
        return gold.length === pred.length ? 1 : 0;
    const counts = new Map();
    for (const t of gold)
        counts.set(t, (counts.get(t) ?? 0) + 1);
    let same = 0;
    for (const t of pred) {
        const c = counts.get(t);
        if (c !== undefined && c > 0) {
            same++;
            counts.set(t, c - 1);
        }
    }
    if (same === 0)
        return 0;
    const precision = same / pred.length;
    const recall = same / gold.length;
    return (2 * precision * recall) / (precision + recall);
}

;// CONCATENATED MODULE: ./src/evaluate/metrics/text/index.ts







function textTerms(predictions, references) {
    const n = predictions.length;
    if (references.length !== n)
        throw new RangeError(`${n} predictions but ${references.length} reference lists`);
    const t = {
        n,
        exactMatch: new Float64Array(n),
        tokenF1: new Float64Array(n),
        rouge1: new Float64Array(n),
        rouge2: new Float64Array(n),
        rougeL: new Float64Array(n),
        bleu: new Float64Array(n * bleu/* BLEU_STATISTICS */.NA),
        chrf: new Float64Array(n * chrf/* CHRF_STATISTICS */.Ab),
    };
    for (let i = 0; i < n; i++) {
        const pred = predictions[i];
        const refs = references[i];
        const squad = squadScores(pred, refs);
        t.exactMatch[i] = squad.exactMatch;
        t.tokenF1[i] = squad.tokenF1;
        const rouge = rougeScores(pred, refs);
        t.rouge1[i] = rouge.rouge1;
        t.rouge2[i] = rouge.rouge2;
        t.rougeL[i] = rouge.rougeL;
        (0,bleu/* bleuSegmentStatistics */.rF)(pred, refs, t.bleu, i * bleu/* BLEU_STATISTICS */.NA);
        (0,chrf/* chrfSegmentStatistics */.Qp)(pred, refs, t.chrf, i * chrf/* CHRF_STATISTICS */.Ab);
    }
    return t;
}
/** Column sums of an n × width row-major matrix, for the rows where `weights` (if any) is > 0. */
function sumRows(rows, width, weights) {
    const sums = new Float64Array(width);
    const n = rows.length / width;
    for (let i = 0; i < n; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        for (let k = 0; k < width; k++)
            sums[k] += w * rows[i * width + k];
    }
    return sums;
}
function mean(values) {
    if (values.length === 0)
        return null;
    return sumOf(values) / values.length;
}
/** The corpus metrics of `terms` (null for an empty corpus). */
function textMetricValues(terms) {
    const empty = terms.n === 0;
    return {
        exact_match: mean(terms.exactMatch),
        token_f1: mean(terms.tokenF1),
        bleu: empty ? null : bleuFromStatistics(sumRows(terms.bleu, BLEU_STATISTICS)),
        chrf: empty ? null : chrfFromStatistics(sumRows(terms.chrf, CHRF_STATISTICS)),
        rouge1: mean(terms.rouge1),
        rouge2: mean(terms.rouge2),
        rouge_l: mean(terms.rougeL),
    };
}
/**
 * The per-example terms of a mean-shaped text metric (exact_match: 0/1, token_f1, the ROUGE
 * F-measures), which its paired test (McNemar, paired z) and any merge or slice average; null for
 * a metric that is not one of them.
 */
function textMeanTerms(terms, metric) {
    switch (metric) {
        case 'exact_match':
            return terms.exactMatch;
        case 'token_f1':
            return terms.tokenF1;
        case 'rouge1':
            return terms.rouge1;
        case 'rouge2':
            return terms.rouge2;
        case 'rouge_l':
            return terms.rougeL;
        default:
            return null;
    }
}
function textCorpusStatistics(terms, metric) {
    if (metric === 'bleu')
        return { rows: terms.bleu, width: BLEU_STATISTICS, score: (s) => bleuFromStatistics(s) };
    if (metric === 'chrf')
        return { rows: terms.chrf, width: CHRF_STATISTICS, score: (s) => chrfFromStatistics(s) };
    return null;
}
/**
 * The `statistics.terms` (result.json) each text metric is merged from. A mean-shaped metric is
 * its own per-example term; BLEU and chrF are one term per statistics column (its `sum` is the
 * column's corpus sum), in `bleu` / `chrf` row order.
 */
const BLEU_TERMS = [
    'bleu_hyp_len',
    'bleu_ref_len',
    ...[1, 2, 3, 4].map((n) => `bleu_correct_${n}`),
    ...[1, 2, 3, 4].map((n) => `bleu_total_${n}`),
];
const CHRF_TERMS = [1, 2, 3, 4, 5, 6].flatMap((n) => [`chrf_hyp_${n}`, `chrf_ref_${n}`, `chrf_match_${n}`]);
const TEXT_STATISTIC_TERMS = {
    exact_match: ['exact_match'],
    token_f1: ['token_f1'],
    bleu: BLEU_TERMS,
    chrf: CHRF_TERMS,
    rouge1: ['rouge1'],
    rouge2: ['rouge2'],
    rouge_l: ['rouge_l'],
};
/** BLEU or chrF from the corpus sums of its `TEXT_STATISTIC_TERMS` (null for an empty corpus). */
function corpusScoreFromTermSums(metric, sums, n) {
    if (n === 0)
        return null;
    if (metric === 'bleu')
        return bleuFromStatistics(sums);
    if (metric === 'chrf')
        return chrfFromStatistics(sums);
    throw new RangeError(`${metric} is not a corpus-statistics text metric`);
}


/***/ }),

/***/ 23719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ PYTHON_WORD_CLASS),
/* harmony export */   VX: () => (/* binding */ pythonRstrip),
/* harmony export */   dj: () => (/* binding */ pythonCollapseSpaces),
/* harmony export */   iY: () => (/* binding */ pythonRemoveSpaces)
/* harmony export */ });
/* unused harmony exports isPythonSpace, pythonSplit */
/**
 * The few Python `str` behaviours the text metrics' reference implementations rely on, which
 * JavaScript's built-ins do not share:
 * - `str.split()` / `str.rstrip()` split on `str.isspace()` characters: JavaScript's `\s` lacks
 *   U+001C–U+001F and U+0085 and adds U+FEFF (a zero-width no-break space Python keeps).
 * - `re`'s `\w` (and so `\b`) on `str` patterns is Unicode-aware: `str.isalnum()` or `_`, i.e.
 *   letters (L*) and numbers (N*); combining marks are not word characters. JavaScript's `\w`
 *   and `\b` are ASCII-only, even with the `u` flag.
 * `str.lower()` and `String.prototype.toLowerCase()` agree (full Unicode mappings, final sigma),
 * which test/evaluate/metrics/text-unicode.test.ts checks code point by code point against
 * Python's own tables.
 */
/** One run of `str.isspace()` characters (all of them are in the BMP). */
// eslint-disable-next-line no-control-regex -- U+001C–U+001F are whitespace to Python
const PYTHON_SPACE_RUN = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const PYTHON_SPACE_GLOBAL = new RegExp(PYTHON_SPACE_RUN.source, 'g');
const PYTHON_TRAILING_SPACE = new RegExp(`${PYTHON_SPACE_RUN.source}$`);
/** Whether code point `cp` is whitespace to Python (`chr(cp).isspace()`). */
function isPythonSpace(cp) {
    return ((cp >= 0x09 && cp <= 0x0d) ||
        (cp >= 0x1c && cp <= 0x20) ||
        cp === 0x85 ||
        cp === 0xa0 ||
        cp === 0x1680 ||
        (cp >= 0x2000 && cp <= 0x200a) ||
        cp === 0x2028 ||
        cp === 0x2029 ||
        cp === 0x202f ||
        cp === 0x205f ||
        cp === 0x3000);
}
/** Python's `s.split()`: the non-empty runs between whitespace. */
function pythonSplit(s) {
    const parts = s.split(PYTHON_SPACE_RUN);
    // Leading or trailing whitespace leaves an empty first or last part; nothing else can be empty.
    if (parts.length > 0 && parts[0] === '')
        parts.shift();
    if (parts.length > 0 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** Python's `' '.join(s.split())`. */
function pythonCollapseSpaces(s) {
    return pythonSplit(s).join(' ');
}
/** Python's `''.join(s.split())`: every whitespace character removed. */
function pythonRemoveSpaces(s) {
    return s.replace(PYTHON_SPACE_GLOBAL, '');
}
/** Python's `s.rstrip()`. */
function pythonRstrip(s) {
    return s.replace(PYTHON_TRAILING_SPACE, '');
}
/** A character `re`'s `\w` matches in a `str` pattern (as a regex class body, `u` flag). */
const PYTHON_WORD_CLASS = '\\p{L}\\p{N}_';


/***/ }),

/***/ 26522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ CHRF_OFFSET),
/* harmony export */   Iq: () => (/* binding */ TEXT_TERM_WIDTH),
/* harmony export */   VV: () => (/* binding */ textMetricsOfRows),
/* harmony export */   l8: () => (/* binding */ BLEU_OFFSET),
/* harmony export */   lz: () => (/* binding */ textStatisticColumns),
/* harmony export */   nW: () => (/* binding */ textCorpusRows),
/* harmony export */   o4: () => (/* binding */ packTextTerms),
/* harmony export */   v5: () => (/* binding */ textMeanColumn)
/* harmony export */ });
/* unused harmony exports TEXT_MEAN_METRICS, TEXT_METRICS, textColumn, corpusInfluence */
/* harmony import */ var _util_sum_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41863);
/* harmony import */ var _bleu_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78813);
/* harmony import */ var _chrf_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16246);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80917);




/**
 * One row of numbers per example: everything the text metrics, their paired tests, the
 * sidecar and merge need, so that nothing downstream of the reader holds the text. Columns:
 * the five mean-shaped terms (`TEXT_MEAN_METRICS` order), then BLEU's `BLEU_STATISTICS`
 * sufficient statistics, then chrF's `CHRF_STATISTICS`.
 */
const TEXT_MEAN_METRICS = ['exact_match', 'token_f1', 'rouge1', 'rouge2', 'rouge_l'];
const BLEU_OFFSET = TEXT_MEAN_METRICS.length;
const CHRF_OFFSET = BLEU_OFFSET + _bleu_js__WEBPACK_IMPORTED_MODULE_0__/* .BLEU_STATISTICS */ .NA;
const TEXT_TERM_WIDTH = CHRF_OFFSET + _chrf_js__WEBPACK_IMPORTED_MODULE_1__/* .CHRF_STATISTICS */ .Ab;
const TEXT_METRICS = (/* unused pure expression or super */ null && ([
    'exact_match',
    'token_f1',
    'bleu',
    'chrf',
    'rouge1',
    'rouge2',
    'rouge_l',
]));
/** Appends `terms` (a batch of `terms.n` examples) to `out` at row `at`. */
function packTextTerms(terms, out, at) {
    const w = TEXT_TERM_WIDTH;
    const means = [terms.exactMatch, terms.tokenF1, terms.rouge1, terms.rouge2, terms.rougeL];
    for (let i = 0; i < terms.n; i++) {
        const o = (at + i) * w;
        for (let k = 0; k < means.length; k++)
            out[o + k] = means[k][i];
        for (let k = 0; k < _bleu_js__WEBPACK_IMPORTED_MODULE_0__/* .BLEU_STATISTICS */ .NA; k++)
            out[o + BLEU_OFFSET + k] = terms.bleu[i * _bleu_js__WEBPACK_IMPORTED_MODULE_0__/* .BLEU_STATISTICS */ .NA + k];
        for (let k = 0; k < _chrf_js__WEBPACK_IMPORTED_MODULE_1__/* .CHRF_STATISTICS */ .Ab; k++)
            out[o + CHRF_OFFSET + k] = terms.chrf[i * _chrf_js__WEBPACK_IMPORTED_MODULE_1__/* .CHRF_STATISTICS */ .Ab + k];
    }
}
/** Column `k` of the n rows. */
function textColumn(rows, k) {
    const n = rows.length / TEXT_TERM_WIDTH;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++)
        out[i] = rows[i * TEXT_TERM_WIDTH + k];
    return out;
}
/** The per-example terms of a mean-shaped text metric, or null for another metric. */
function textMeanColumn(rows, metric) {
    const k = TEXT_MEAN_METRICS.indexOf(metric);
    return k < 0 ? null : textColumn(rows, k);
}
/** A corpus-statistics metric's rows (n × width, row-major), width and score; null for another. */
function textCorpusRows(rows, metric) {
    const spec = metric === 'bleu'
        ? {
            offset: BLEU_OFFSET,
            width: _bleu_js__WEBPACK_IMPORTED_MODULE_0__/* .BLEU_STATISTICS */ .NA,
            score: (s) => (0,_bleu_js__WEBPACK_IMPORTED_MODULE_0__/* .bleuFromStatistics */ .eR)(s),
        }
        : metric === 'chrf'
            ? {
                offset: CHRF_OFFSET,
                width: _chrf_js__WEBPACK_IMPORTED_MODULE_1__/* .CHRF_STATISTICS */ .Ab,
                score: (s) => (0,_chrf_js__WEBPACK_IMPORTED_MODULE_1__/* .chrfFromStatistics */ .lE)(s),
            }
            : null;
    if (!spec)
        return null;
    const n = rows.length / TEXT_TERM_WIDTH;
    const out = new Float64Array(n * spec.width);
    for (let i = 0; i < n; i++)
        for (let k = 0; k < spec.width; k++)
            out[i * spec.width + k] = rows[i * TEXT_TERM_WIDTH + spec.offset + k];
    return { rows: out, width: spec.width, score: spec.score };
}
/** Column sums of the rows (each statistic and term summed over the corpus). */
function columnSums(rows, from, width) {
    const n = rows.length / TEXT_TERM_WIDTH;
    const sums = new Float64Array(width);
    for (let i = 0; i < n; i++)
        for (let k = 0; k < width; k++)
            sums[k] += rows[i * TEXT_TERM_WIDTH + from + k];
    return sums;
}
/** The corpus values of the rows (null for none), as `textMetricValues` gives for the same examples. */
function textMetricsOfRows(rows) {
    const n = rows.length / TEXT_TERM_WIDTH;
    const mean = (k) => (n === 0 ? null : (0,_util_sum_js__WEBPACK_IMPORTED_MODULE_3__/* .sumOf */ .X)(textColumn(rows, k)) / n);
    return {
        exact_match: mean(0),
        token_f1: mean(1),
        bleu: n === 0 ? null : (0,_bleu_js__WEBPACK_IMPORTED_MODULE_0__/* .bleuFromStatistics */ .eR)(columnSums(rows, BLEU_OFFSET, _bleu_js__WEBPACK_IMPORTED_MODULE_0__/* .BLEU_STATISTICS */ .NA)),
        chrf: n === 0 ? null : (0,_chrf_js__WEBPACK_IMPORTED_MODULE_1__/* .chrfFromStatistics */ .lE)(columnSums(rows, CHRF_OFFSET, _chrf_js__WEBPACK_IMPORTED_MODULE_1__/* .CHRF_STATISTICS */ .Ab)),
        rouge1: mean(2),
        rouge2: mean(3),
        rouge_l: mean(4),
    };
}
/**
 * The per-example influence of each example on a corpus metric: g_i = ∇f(s̄) · s_i, with f the
 * metric as a function of the mean statistics s̄ (BLEU and chrF are ratios of sums, so f(S) =
 * f(S / n)). The sample variance of g over n is ∇fᵀ Σ ∇f / n, the delta method's variance of the
 * corpus score: stored as `statistics.terms.<metric>_influence`, it gives a bare result.json
 * baseline (no sidecar) an unpaired test of BLEU/chrF. The gradient is a central difference (a
 * relative step, forward where a statistic is 0: smoothing makes f kink there).
 */
function corpusInfluence(rows, metric) {
    const c = textCorpusRows(rows, metric);
    const n = rows.length / TEXT_TERM_WIDTH;
    if (n === 0)
        return null;
    const mean = new Float64Array(c.width);
    for (let i = 0; i < n; i++)
        for (let k = 0; k < c.width; k++)
            mean[k] += c.rows[i * c.width + k] / n;
    const f0 = c.score(mean);
    if (!Number.isFinite(f0))
        return null;
    const grad = new Float64Array(c.width);
    const probe = Float64Array.from(mean);
    for (let k = 0; k < c.width; k++) {
        const h = Math.max(Math.abs(mean[k]), 1e-3) * 1e-5;
        probe[k] = mean[k] + h;
        const up = c.score(probe);
        if (mean[k] - h > 0) {
            probe[k] = mean[k] - h;
            grad[k] = (up - c.score(probe)) / (2 * h);
        }
        else
            grad[k] = (up - f0) / h;
        probe[k] = mean[k];
        if (!Number.isFinite(grad[k]))
            grad[k] = 0;
    }
    const g = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        let s = 0;
        for (let k = 0; k < c.width; k++)
            s += grad[k] * c.rows[i * c.width + k];
        g[i] = s;
    }
    return g;
}
/**
 * The `statistics.terms` of text rows, by name: the mean-shaped metrics' own terms, one per BLEU
 * and chrF statistic (`TEXT_STATISTIC_TERMS`, what merge sums), and the corpus metrics' influence
 * terms (`corpusInfluence`, what an unpaired test reads).
 */
function textStatisticColumns(rows) {
    const out = new Map();
    TEXT_MEAN_METRICS.forEach((m, k) => out.set(m, textColumn(rows, k)));
    _index_js__WEBPACK_IMPORTED_MODULE_2__/* .TEXT_STATISTIC_TERMS */ .xr.bleu.forEach((t, k) => out.set(t, textColumn(rows, BLEU_OFFSET + k)));
    _index_js__WEBPACK_IMPORTED_MODULE_2__/* .TEXT_STATISTIC_TERMS */ .xr.chrf.forEach((t, k) => out.set(t, textColumn(rows, CHRF_OFFSET + k)));
    for (const m of ['bleu', 'chrf']) {
        const g = corpusInfluence(rows, m);
        if (g)
            out.set(`${m}_influence`, g);
    }
    return out;
}


/***/ }),

/***/ 19685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jE: () => (/* binding */ DEFAULT_CUTOFFS),
  yd: () => (/* binding */ parseCutoffs),
  Dz: () => (/* binding */ scoreRanking)
});

// UNUSED EXPORTS: rankDocuments

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/evaluate/read/labels.ts
var labels = __webpack_require__(66437);
// EXTERNAL MODULE: ./src/evaluate/read/bytes.ts
var bytes = __webpack_require__(75803);
;// CONCATENATED MODULE: ./src/evaluate/metrics/retrieval.ts
/**
 * Ranking (retrieval) metrics per query, as trec_eval 9.0.x computes them: `map`, `recip_rank`
 * (here `mrr`), `ndcg`, `ndcg_cut_k` (`ndcg@k`), `P_k` (`precision@k`) and `recall_k`
 * (`recall@k`). The input of one query is its retrieved documents' relevance in rank order
 * (`rankRelevance`) and the count of judged documents at each relevance level.
 *
 * trec_eval's definitions, restated (its default relevance level is 1):
 * - a document is relevant when its judged relevance is ≥ 1; retrieved documents missing from the
 *   qrels, or judged negative, are not relevant and gain nothing;
 * - `num_rel` counts every judged document of the query at level ≥ 1, retrieved or not;
 * - map = Σ over relevant retrieved docs of (relevant so far / rank), ÷ num_rel (0 when none);
 * - recip_rank = 1 / rank of the first relevant document (0 when none);
 * - P_k = relevant in the top min(k, retrieved) ÷ k (missing ranks count as non-relevant);
 * - recall_k = relevant in the top k ÷ num_rel (0 when num_rel is 0);
 * - ndcg: gain = the relevance level, discount log2(rank + 1), normalised by the ideal DCG of
 *   every judged document sorted by level (ndcg over all retrieved ranks, the ideal over every
 *   judged relevant document); ndcg_cut_k cuts both at k. 0 when the ideal DCG is 0.
 * The sums run rank by rank in plain double arithmetic as in trec_eval's C, so the values agree
 * to the last bits, not only to 1e-9.
 */
/** Relevance of a retrieved document absent from the qrels (trec_eval's RELVALUE_NONPOOL). */
const NOT_JUDGED = -1;
/** The metric names for `cutoffs` (ascending, distinct, positive), in report order. */
function retrievalMetricNames(cutoffs) {
    return [
        'map',
        'mrr',
        'ndcg',
        ...cutoffs.map((k) => `ndcg@${k}`),
        ...cutoffs.map((k) => `precision@${k}`),
        ...cutoffs.map((k) => `recall@${k}`),
    ];
}
/**
 * Writes a query's metrics, in `retrievalMetricNames(cutoffs)` order, to `out[at…]`.
 * `rankRelevance[i]` is the relevance of the document at rank i + 1 (`NOT_JUDGED`, or the qrels
 * value, possibly negative).
 */
function queryMetrics(rankRelevance, levels, cutoffs, out, at) {
    const retrieved = rankRelevance.length;
    const counts = levels.counts;
    let numRel = 0;
    for (let level = 1; level < counts.length; level++)
        numRel += counts[level];
    // map and recip_rank.
    let relSoFar = 0;
    let apSum = 0;
    let firstRelevant = -1;
    for (let i = 0; i < retrieved; i++) {
        if (rankRelevance[i] >= 1) {
            relSoFar++;
            apSum += relSoFar / (i + 1);
            if (firstRelevant < 0)
                firstRelevant = i;
        }
    }
    out[at] = relSoFar > 0 ? apSum / numRel : 0;
    out[at + 1] = firstRelevant >= 0 ? 1 / (firstRelevant + 1) : 0;
    // DCG rank by rank, and the ideal DCG of the judged levels (highest first), each kept at the
    // cutoffs as trec_eval's loops read them (before adding rank k + 1).
    const nc = cutoffs.length;
    const dcgAt = new Float64Array(nc);
    const idealAt = new Float64Array(nc);
    const relAt = new Float64Array(nc);
    let dcg = 0;
    let relCount = 0;
    let c = 0;
    for (let i = 0; i < retrieved; i++) {
        while (c < nc && i === cutoffs[c]) {
            dcgAt[c] = dcg;
            relAt[c] = relCount;
            c++;
        }
        const gain = rankRelevance[i];
        if (gain > 0)
            dcg += gain / Math.log2(i + 2);
        if (gain >= 1)
            relCount++;
    }
    for (; c < nc; c++) {
        dcgAt[c] = dcg;
        relAt[c] = relCount;
    }
    let ideal = 0;
    let level = counts.length - 1;
    let left = level >= 1 ? counts[level] : 0;
    c = 0;
    for (let i = 0;; i++) {
        while (level >= 1 && left === 0) {
            level--;
            left = level >= 1 ? counts[level] : 0;
        }
        if (level < 1)
            break;
        while (c < nc && i === cutoffs[c])
            idealAt[c++] = ideal;
        ideal += level / Math.log2(i + 2);
        left--;
    }
    for (; c < nc; c++)
        idealAt[c] = ideal;
    out[at + 2] = ideal > 0 ? dcg / ideal : 0;
    let o = at + 3;
    for (let k = 0; k < nc; k++)
        out[o++] = idealAt[k] > 0 ? dcgAt[k] / idealAt[k] : dcgAt[k];
    for (let k = 0; k < nc; k++)
        out[o++] = relAt[k] / cutoffs[k];
    for (let k = 0; k < nc; k++)
        out[o++] = numRel > 0 ? relAt[k] / numRel : 0;
}
/** The float32 that trec_eval keeps of a score (its `sim` field is a C float). */
const trecScore = Math.fround;

// EXTERNAL MODULE: ./src/util/sum.ts
var sum = __webpack_require__(41863);
;// CONCATENATED MODULE: ./src/evaluate/ranking-scores.ts
/**
 * The ranking task's scoring: a run joined with its qrels query by query, each query's documents
 * ranked as trec_eval 9.0.x ranks them, and the per-query metrics of
 * src/evaluate/metrics/retrieval.ts averaged over the evaluated queries.
 *
 * trec_eval's choices, kept exactly:
 * - the rank column of the run is ignored: documents are ranked by score, descending, the score
 *   first rounded to a 32-bit float (trec_eval stores it in a C `float`, so scores that differ
 *   only beyond float precision tie); ties go to the greater document id (byte order, strcmp),
 *   i.e. document ids descending;
 * - the evaluated queries are those with both run rows and qrels (its default; `-c` is not
 *   offered); a query judged but not retrieved, or retrieved but not judged, is left out, and
 *   the counts are warned;
 * - the mean over queries is the plain mean of the per-query values.
 */





const DEFAULT_CUTOFFS = [5, 10, 100];
/** The largest cutoff accepted (trec_eval's are C longs; a run of more documents is unusual). */
const MAX_CUTOFF = 1_000_000;
/** `--cutoffs 5,10,100`: positive integers, distinct; returned ascending. */
function parseCutoffs(text, source = '--cutoffs') {
    const parts = text.split(',').map((p) => p.trim());
    const values = [];
    for (const p of parts) {
        if (!/^[1-9]\d*$/.test(p) || Number(p) > MAX_CUTOFF)
            throw new errors/* UsageError */.eb(`${source}: ${JSON.stringify(p)} is not a cutoff; expected positive whole numbers up to ${MAX_CUTOFF}, comma-separated (e.g. 5,10,100).`);
        const k = Number(p);
        if (values.includes(k))
            throw new errors/* UsageError */.eb(`${source}: the cutoff ${k} is given twice.`);
        values.push(k);
    }
    return values.sort((a, b) => a - b);
}
/** Scores a run against its qrels (see the module comment for trec_eval's rules). */
function scoreRanking(run, qrels, cutoffs) {
    const names = retrievalMetricNames(cutoffs);
    const m = names.length;
    const queries = [...run.queries.keys()].filter((q) => qrels.queries.has(q)).sort(labels/* compareCodePoints */.OP);
    if (queries.length === 0)
        throw new errors/* InputError */.dz({ file: run.file }, `no query of the run is in the qrels (${qrels.file}): the run has ${run.queries.size} quer${run.queries.size === 1 ? 'y' : 'ies'} ` +
            `(e.g. ${(0,bytes/* showValue */.vp)(run.queries.keys().next().value)}), the qrels ${qrels.queries.size} ` +
            `(e.g. ${(0,bytes/* showValue */.vp)(qrels.queries.keys().next().value)}). Check that the two files use the same query ids.`);
    const values = new Float64Array(queries.length * m);
    let rows = 0;
    let unjudged = 0;
    for (let qi = 0; qi < queries.length; qi++) {
        const query = queries[qi];
        const docs = run.queries.get(query);
        const judged = qrels.queries.get(query);
        rows += docs.docs.length;
        checkDuplicates(run.file, query, docs);
        const order = rankDocuments(docs);
        const rel = new Float64Array(order.length);
        for (let r = 0; r < order.length; r++) {
            const v = judged.relevance.get(docs.docs[order[r]]);
            if (v === undefined)
                unjudged++;
            rel[r] = v ?? NOT_JUDGED;
        }
        queryMetrics(rel, { counts: levelCounts(judged.relevance) }, cutoffs, values, qi * m);
    }
    const metrics = {};
    const column = new Float64Array(queries.length);
    for (let j = 0; j < m; j++) {
        for (let qi = 0; qi < queries.length; qi++)
            column[qi] = values[qi * m + j];
        metrics[names[j]] = (0,sum/* sumOf */.X)(column) / queries.length;
    }
    const warnings = [];
    const runOnly = run.queries.size - queries.length;
    const qrelsOnly = qrels.queries.size - queries.length;
    if (runOnly > 0)
        warnings.push(`${runOnly} quer${runOnly === 1 ? 'y' : 'ies'} of the run ${runOnly === 1 ? 'has' : 'have'} no judgements in the qrels and ${runOnly === 1 ? 'is' : 'are'} not evaluated (as trec_eval does).`);
    if (qrelsOnly > 0)
        warnings.push(`${qrelsOnly} judged quer${qrelsOnly === 1 ? 'y' : 'ies'} ${qrelsOnly === 1 ? 'is' : 'are'} missing from the run and not evaluated (trec_eval's default; they would count as 0 with trec_eval -c).`);
    if (unjudged > 0)
        warnings.push(`${unjudged} retrieved document${unjudged === 1 ? ' is' : 's are'} not in the qrels and count${unjudged === 1 ? 's' : ''} as not relevant.`);
    return { queries, names, values, metrics, warnings, rows };
}
/** Row indexes of a query's documents in trec_eval's rank order. */
function rankDocuments(docs) {
    const n = docs.docs.length;
    const sims = new Float64Array(n);
    for (let i = 0; i < n; i++)
        sims[i] = trecScore(docs.scores[i]);
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => {
        const d = sims[b] - sims[a];
        if (d !== 0)
            return d > 0 ? 1 : -1;
        return (0,labels/* compareCodePoints */.OP)(docs.docs[b], docs.docs[a]);
    });
    return Int32Array.from(order);
}
/** Judged documents per relevance level ≥ 0 (index = level). */
function levelCounts(relevance) {
    const counts = [];
    for (const v of relevance.values())
        if (v >= 0) {
            while (counts.length <= v)
                counts.push(0);
            counts[v]++;
        }
    return counts;
}
function checkDuplicates(file, query, q) {
    const seen = new Map();
    for (let i = 0; i < q.docs.length; i++) {
        const earlier = seen.get(q.docs[i]);
        if (earlier !== undefined)
            throw new errors/* InputError */.dz({ file, line: q.lines[i] }, `duplicate document: query ${(0,bytes/* showValue */.vp)(query)} retrieves ${(0,bytes/* showValue */.vp)(q.docs[i])} again (first on line ` +
                `${q.lines[earlier]}). Each document may appear once per query in a run.`);
        seen.set(q.docs[i], i);
    }
}


/***/ }),

/***/ 75803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   As: () => (/* binding */ utf8),
/* harmony export */   CR: () => (/* binding */ CR),
/* harmony export */   LF: () => (/* binding */ LF),
/* harmony export */   O6: () => (/* binding */ bytesEqual),
/* harmony export */   V3: () => (/* binding */ isCanonicalJsonInteger),
/* harmony export */   Yz: () => (/* binding */ labelNumber),
/* harmony export */   eN: () => (/* binding */ compareCanonicalDecimals),
/* harmony export */   jA: () => (/* binding */ QUOTE),
/* harmony export */   ni: () => (/* binding */ showBytes),
/* harmony export */   r_: () => (/* binding */ BACKSLASH),
/* harmony export */   sT: () => (/* binding */ fmix32),
/* harmony export */   sj: () => (/* binding */ SEED_A),
/* harmony export */   st: () => (/* binding */ canonicalDecimal),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8),
/* harmony export */   vp: () => (/* binding */ showValue),
/* harmony export */   yi: () => (/* binding */ hashBytes),
/* harmony export */   z3: () => (/* binding */ SEED_B)
/* harmony export */ });
/* unused harmony exports COMMA, TAB, parseNumberSlow, SHOWN_VALUE_LENGTH */
/* harmony import */ var _util_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55421);

/**
 * Byte-level helpers for the hot path: hashing, comparing and parsing numbers straight from the
 * input Buffers, without building a string per cell.
 */
const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;
const TAB = 9;
const BACKSLASH = 92;
/** 32-bit FNV-1a over bytes [start, end) followed by murmur3's finaliser. */
function hashBytes(buf, start, end, seed) {
    let h = seed | 0;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ buf[i], 0x01000193);
    return fmix32(h ^ (end - start));
}
/** murmur3's 32-bit finaliser: full avalanche. */
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h | 0;
}
const SEED_A = 0x811c9dc5 | 0;
const SEED_B = 0x2545f491;
function bytesEqual(a, as, ae, b, bs, be) {
    const len = ae - as;
    if (len !== be - bs)
        return false;
    for (let i = 0; i < len; i++)
        if (a[as + i] !== b[bs + i])
            return false;
    return true;
}
/** Powers of ten that are exact doubles (10^0 … 10^22). */
const POW10 = new Float64Array(23);
for (let i = 0, p = 1; i < 23; i++, p *= 10)
    POW10[i] = p;
const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const SPECIAL = /^\s*([+-]?)(?:(inf|infinity)|nan)\s*$/i;
/**
 * Parses a number from bytes [start, end), as Python's `float()` would: decimal forms with an
 * optional exponent, surrounding spaces, `inf`/`nan` (returned as ±Infinity/NaN so that the
 * caller can report them). Anything else (including an empty cell) is NaN.
 *
 * Fast path (Clinger): at most 15 significant digits and at most 22 after the point, no exponent
 * — the integer mantissa and the power of ten are exact doubles, so one division rounds
 * correctly. Other forms fall back to `Number()` on a string of the cell.
 */
function parseNumber(buf, start, end) {
    if (start >= end)
        return NaN;
    let i = start;
    let neg = false;
    let c = buf[i];
    if (c === 45) {
        neg = true;
        i++;
    }
    else if (c === 43)
        i++;
    const digitStart = i;
    let mant = 0;
    let digits = 0;
    let frac = 0;
    for (; i < end; i++) {
        c = buf[i] - 48;
        if (c < 0 || c > 9)
            break;
        mant = mant * 10 + c;
        if (mant !== 0)
            digits++;
    }
    const intEnd = i;
    if (i < end && buf[i] === 46) {
        i++;
        for (; i < end; i++) {
            c = buf[i] - 48;
            if (c < 0 || c > 9)
                break;
            mant = mant * 10 + c;
            if (mant !== 0)
                digits++;
            frac++;
        }
    }
    if (i === end && digits <= 15 && frac <= 22 && (intEnd > digitStart || frac > 0)) {
        const v = frac === 0 ? mant : mant / POW10[frac];
        return neg ? -v : v;
    }
    return parseNumberSlow(buf.toString('latin1', start, end));
}
function parseNumberSlow(s) {
    if (DECIMAL.test(s))
        return Number(s);
    const m = SPECIAL.exec(s);
    if (m)
        return m[2] !== undefined ? (m[1] === '-' ? -Infinity : Infinity) : NaN;
    return NaN;
}
/** Strict "is this label a number" test used to choose the class order (and for finite-ness). */
function labelNumber(s) {
    return DECIMAL.test(s) ? Number(s) : NaN;
}
/**
 * True when the JSON number token [start, end) is already in JavaScript's canonical form for an
 * integer (`String(Number(token)) === token`): optional minus, no leading zero, at most 15 digits,
 * not "-0".
 */
function isCanonicalJsonInteger(buf, start, end) {
    let i = start;
    if (buf[i] === 45)
        i++;
    const len = end - i;
    if (len < 1 || len > 15)
        return false;
    if (buf[i] === 48)
        return len === 1 && i === start;
    for (; i < end; i++) {
        const c = buf[i] - 48;
        if (c < 0 || c > 9)
            return false;
    }
    return true;
}
/** Decodes [start, end) as UTF-8. */
function utf8(buf, start, end) {
    return buf.toString('utf8', start, end);
}
/** Longest data value quoted in a message, in code points (a 50 MB label must not be copied). */
const SHOWN_VALUE_LENGTH = 60;
/** A cell as a user sees it in a message: quoted, shortened when long. */
function showValue(value) {
    return JSON.stringify((0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(value, SHOWN_VALUE_LENGTH));
}
/**
 * `showValue` of bytes [start, end) without decoding all of them: only the first few bytes of a
 * long cell are turned into a string.
 */
function showBytes(buf, start, end) {
    const stop = Math.min(end, start + 4 * SHOWN_VALUE_LENGTH + 4);
    const text = Buffer.from(buf.buffer, buf.byteOffset + start, stop - start).toString('utf8');
    // 4 bytes per code point at most: a cut cell still has more than SHOWN_VALUE_LENGTH of them,
    // so `truncate` marks the cut.
    return showValue(text);
}
/**
 * Offset of the first byte of [start, end) that is not part of well-formed UTF-8 (as the WHATWG
 * decoder in fatal mode defines it: no overlong forms, no surrogates, so no CESU-8, nothing above
 * U+10FFFF), or -1 when all of it is.
 */
function firstInvalidUtf8(buf, start, end) {
    let i = start;
    while (i < end) {
        const c = buf[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c === 0xe0)
                lo = 0xa0;
            else if (c === 0xed)
                hi = 0x9f;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c === 0xf0)
                lo = 0x90;
            else if (c === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        if (i + need >= end)
            return i;
        const b1 = buf[i + 1];
        if (b1 < lo || b1 > hi)
            return i;
        for (let k = 2; k <= need; k++)
            if (buf[i + k] < 0x80 || buf[i + k] > 0xbf)
                return i;
        i += need + 1;
    }
    return -1;
}
/**
 * The exact canonical decimal text of a decimal number (`DECIMAL` syntax): no sign for zero or
 * positives, no leading zeros, no trailing fractional zeros, no exponent ("1.0" → "1",
 * "-0012.50e1" → "-125", "9007199254740993" stays itself). Two spellings denote the same number
 * exactly when their canonical texts are equal; unlike a double, this never merges two different
 * integers beyond 2^53. Exponents beyond ±400 (outside a double's range anyway) fall back to
 * JavaScript's shortest double text.
 */
function canonicalDecimal(text) {
    const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text);
    if (!m)
        return text;
    const exp = m[4] === undefined ? 0 : Number(m[4]);
    if (Math.abs(exp) > 400)
        return String(Number(text));
    let digits = m[2] + (m[3] ?? '');
    let point = m[2].length + exp;
    let lead = 0;
    while (lead < digits.length && digits.charCodeAt(lead) === 48)
        lead++;
    digits = digits.slice(lead);
    point -= lead;
    let trail = digits.length;
    while (trail > 0 && digits.charCodeAt(trail - 1) === 48)
        trail--;
    digits = digits.slice(0, trail);
    if (digits.length === 0)
        return '0';
    let out;
    if (point <= 0)
        out = '0.' + '0'.repeat(-point) + digits;
    else if (point >= digits.length)
        out = digits + '0'.repeat(point - digits.length);
    else
        out = digits.slice(0, point) + '.' + digits.slice(point);
    return m[1] === '-' ? '-' + out : out;
}
/** Orders two `canonicalDecimal` texts by the numbers they denote, exactly. */
function compareCanonicalDecimals(a, b) {
    const na = a.charCodeAt(0) === 45;
    const nb = b.charCodeAt(0) === 45;
    if (na !== nb)
        return na ? -1 : 1;
    const mag = compareMagnitudes(na ? a.slice(1) : a, nb ? b.slice(1) : b);
    return na ? -mag : mag;
}
function compareMagnitudes(a, b) {
    const pa = a.indexOf('.');
    const pb = b.indexOf('.');
    const ia = pa < 0 ? a : a.slice(0, pa);
    const ib = pb < 0 ? b : b.slice(0, pb);
    // "0.x" has integer part "0": shorter than any other integer part except another "0".
    const la = ia === '0' ? 0 : ia.length;
    const lb = ib === '0' ? 0 : ib.length;
    if (la !== lb)
        return la - lb;
    if (ia !== ib)
        return ia < ib ? -1 : 1;
    const fa = pa < 0 ? '' : a.slice(pa + 1);
    const fb = pb < 0 ? '' : b.slice(pb + 1);
    return fa === fb ? 0 : fa < fb ? -1 : 1;
}


/***/ }),

/***/ 47193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GO: () => (/* binding */ nestedWhat),
/* harmony export */   O8: () => (/* binding */ makeCells),
/* harmony export */   S: () => (/* binding */ KIND_MISSING),
/* harmony export */   V: () => (/* binding */ KIND_NUMBER),
/* harmony export */   VH: () => (/* binding */ KIND_NESTED),
/* harmony export */   gv: () => (/* binding */ KIND_BOOL),
/* harmony export */   j3: () => (/* binding */ KIND_NULL),
/* harmony export */   x7: () => (/* binding */ KIND_TEXT)
/* harmony export */ });
/** Text (CSV/TSV cell or JSON string). */
const KIND_TEXT = 0;
/** A JSON number token (bytes as written). */
const KIND_NUMBER = 1;
/** A JSON boolean: the bytes are `true` or `false`. */
const KIND_BOOL = 2;
/** JSON null: an empty cell. */
const KIND_NULL = 3;
/** The key is absent from this JSON object. */
const KIND_MISSING = 4;
/** A JSON object or array. */
const KIND_NESTED = 5;
function makeCells(slots) {
    return { starts: new Int32Array(slots), ends: new Int32Array(slots), kinds: new Uint8Array(slots) };
}
/** What a JSON value of KIND_NESTED is, from its first byte (the cell holds its JSON text). */
function nestedWhat(buf, s, e) {
    return s < e && buf[s] === 0x5b ? 'an array' : 'an object';
}


/***/ }),

/***/ 2523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ missingColumn)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_closest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5519);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75803);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66437);




/**
 * The error for a column a flag names but the file lacks: lists the columns that exist and, when
 * one is close (edit distance), suggests it.
 */
function missingColumn(file, column, flag, columns, hint = '') {
    const suggestion = (0,_util_closest_js__WEBPACK_IMPORTED_MODULE_3__/* .closestName */ .N)(column, columns);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, column }, `column not found (${flag}). The file has the columns ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .listLabels */ .ME)(columns, 30)}.` +
        (suggestion !== undefined
            ? ` Did you mean ${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(suggestion)}? Pass ${flag} ${quoteArg(suggestion)}.`
            : '') +
        hint);
}
function quoteArg(s) {
    return /^[\w.:/@+-]+$/.test(s) && s.length <= 60 ? s : (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(s);
}


/***/ }),

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ ByteInterner)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75803);

/**
 * A set of byte strings numbered 0, 1, 2… in insertion order, looked up by their bytes: used for
 * row ids (id → row index) and label strings (label → label index). Everything lives in typed
 * arrays — the keys' bytes end to end, their offsets, and an open-addressing table — so looking
 * up a cell of the input Buffer builds no string and allocates nothing.
 *
 * Each table slot holds [hash, index + 1] (8 bytes): a probe reads one cache line of the table
 * and, on a hash match, the key's offsets and bytes. The key's place and length are not copied
 * into the slot (they are in `offsets`): at ten million ids the table is 128 MiB, not 512 MiB,
 * the largest part of `run`'s memory, for one more load per found key.
 */
class ByteInterner {
    bytes;
    used = 0;
    offsets;
    table;
    /** Slots − 1 (slots are a power of two). */
    mask;
    ascii = true;
    size = 0;
    constructor(expected = 16) {
        const cap = Math.max(16, Math.min(expected, 1 << 26));
        this.bytes = Buffer.allocUnsafe(cap * 8);
        this.offsets = new Int32Array(cap + 1);
        let slots = 32;
        while (slots * MAX_LOAD < cap)
            slots *= 2;
        this.table = new Int32Array(slots * 2);
        this.mask = slots - 1;
    }
    /** Index of bytes [start, end) of `buf`, or -1. */
    find(buf, start, end) {
        return this.findHashed(buf, start, end, (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashBytes */ .yi)(buf, start, end, _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .SEED_A */ .sj));
    }
    /** `find` given the key's hash (`hashBytes(buf, start, end, SEED_A)`). */
    findHashed(buf, start, end, h) {
        const table = this.table;
        const mask = this.mask;
        const len = end - start;
        for (let slot = h & mask;; slot = (slot + 1) & mask) {
            const t = slot << 1;
            const v = table[t + 1];
            if (v === 0)
                return -1;
            if (table[t] === h && this.isKey(v - 1, buf, start, len))
                return v - 1;
        }
    }
    /**
     * Index of bytes [start, end), inserting them when new. Returns `-(index + 1)` — a negative
     * number — when the key was already there, so a caller checking uniqueness can tell.
     */
    add(buf, start, end) {
        const h = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashBytes */ .yi)(buf, start, end, _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .SEED_A */ .sj);
        const table = this.table;
        const mask = this.mask;
        const len = end - start;
        let t;
        for (let slot = h & mask;; slot = (slot + 1) & mask) {
            t = slot << 1;
            const v = table[t + 1];
            if (v === 0)
                break;
            if (table[t] === h && this.isKey(v - 1, buf, start, len))
                return -v;
        }
        const idx = this.store(buf, start, len);
        table[t] = h;
        table[t + 1] = idx + 1;
        if (this.size > (mask + 1) * MAX_LOAD)
            this.rehash();
        return idx;
    }
    /**
     * Appends a key without indexing it (its index is returned); `indexPending` later adds the
     * appended keys to the table in table order, which is several times faster for large tables
     * than inserting in arrival order (the table is far larger than the CPU caches).
     */
    append(buf, start, end) {
        return this.store(buf, start, end - start);
    }
    /** Numbers a key and keeps its bytes; indexing it in the table is left to the caller. */
    store(buf, start, len) {
        const idx = this.size;
        if (idx + 1 === this.offsets.length)
            this.growOffsets();
        if (this.used + len > this.bytes.length)
            this.growBytes(this.used + len);
        const bytes = this.bytes;
        const at = this.used;
        for (let i = 0; i < len; i++) {
            const b = buf[start + i];
            bytes[at + i] = b;
            if (b > 127)
                this.ascii = false;
        }
        this.used = at + len;
        this.offsets[idx + 1] = this.used;
        this.size = idx + 1;
        return idx;
    }
    indexed = 0;
    hashTmp = new Int32Array(0);
    orderTmp = new Int32Array(0);
    /**
     * Indexes the keys appended since the last call. Returns -1, or, when keys equal earlier ones,
     * the first such key (the lowest index: the first repeat in insertion order) and sets
     * `duplicateOf` to the index of the key it repeats (its first occurrence). Of equal keys the
     * earliest is always indexed first, so which repeat is reported does not depend on the table.
     */
    indexPending() {
        const from = this.indexed;
        const to = this.size;
        const count = to - from;
        if (count === 0)
            return -1;
        while (to > (this.mask + 1) * MAX_LOAD)
            this.rehash();
        if (this.hashTmp.length < count) {
            this.hashTmp = new Int32Array(count);
            this.orderTmp = new Int32Array(count);
        }
        const hashes = this.hashTmp;
        const offsets = this.offsets;
        const bytes = this.bytes;
        for (let i = 0; i < count; i++)
            hashes[i] = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .hashBytes */ .yi)(bytes, offsets[from + i], offsets[from + i + 1], _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .SEED_A */ .sj);
        const order = this.orderTmp;
        bucketOrder(hashes, count, this.mask, order);
        this.touch(hashes, order, count);
        const table = this.table;
        const mask = this.mask;
        let dup = -1;
        probe: for (let o = 0; o < count; o++) {
            const i = order[o];
            const h = hashes[i];
            const idx = from + i;
            const at = offsets[idx];
            const len = offsets[idx + 1] - at;
            let t;
            for (let slot = h & mask;; slot = (slot + 1) & mask) {
                t = slot << 1;
                const v = table[t + 1];
                if (v === 0)
                    break;
                if (table[t] === h && this.isKey(v - 1, bytes, at, len)) {
                    // A repeat: keep the first one (the rest of the batch is still probed to find it).
                    if (dup < 0 || idx < dup) {
                        dup = idx;
                        this.duplicateOf = v - 1;
                    }
                    continue probe;
                }
            }
            table[t] = h;
            table[t + 1] = idx + 1;
        }
        this.indexed = to;
        return dup;
    }
    /** See `indexPending`. */
    duplicateOf = -1;
    /**
     * For `count` keys given by their hashes, writes into `rows` the index of each (or -1), probing
     * in table order. `keyBytes`/`keyOffsets` hold the keys end to end.
     */
    findMany(keyBytes, keyOffsets, hashes, count, rows) {
        if (this.orderTmp.length < count) {
            this.hashTmp = new Int32Array(count);
            this.orderTmp = new Int32Array(count);
        }
        const order = this.orderTmp;
        bucketOrder(hashes, count, this.mask, order);
        this.touch(hashes, order, count);
        // Probe by hash only, noting the candidate key; then touch the candidates' offsets and bytes
        // (independent loads again) and compare them. A hash collision falls back to a full probe.
        const table = this.table;
        const mask = this.mask;
        const cand = rows;
        for (let o = 0; o < count; o++) {
            const i = order[o];
            const h = hashes[i];
            let found = -1;
            for (let slot = h & mask;; slot = (slot + 1) & mask) {
                const t = slot << 1;
                const v = table[t + 1];
                if (v === 0)
                    break;
                if (table[t] === h) {
                    found = v - 1;
                    break;
                }
            }
            cand[i] = found;
        }
        const bytes = this.bytes;
        const offsets = this.offsets;
        let acc = 0;
        for (let i = 0; i < count; i++)
            if (cand[i] >= 0)
                acc ^= offsets[cand[i]];
        for (let i = 0; i < count; i++)
            if (cand[i] >= 0)
                acc ^= bytes[offsets[cand[i]]];
        this.touched = acc;
        for (let i = 0; i < count; i++) {
            const idx = cand[i];
            if (idx < 0)
                continue;
            const s = keyOffsets[i];
            const e = keyOffsets[i + 1];
            rows[i] = this.isKey(idx, keyBytes, s, e - s) ? idx : this.findHashed(keyBytes, s, e, hashes[i]);
        }
    }
    /**
     * Reads each key's home slot in a branch-free loop whose loads do not depend on each other, so
     * the CPU overlaps their cache misses; the probing loop that follows then mostly hits the cache.
     */
    touch(hashes, order, count) {
        const table = this.table;
        const mask = this.mask;
        let acc = 0;
        for (let o = 0; o < count; o++)
            acc ^= table[((hashes[order[o]] & mask) << 1) + 1];
        this.touched = acc;
    }
    /** Written by `touch` so that its loads are not optimised away. */
    touched = 0;
    /** Whether key `idx` is the `len` bytes of `buf` from `start`. */
    isKey(idx, buf, start, len) {
        const at = this.offsets[idx];
        if (this.offsets[idx + 1] - at !== len)
            return false;
        const bytes = this.bytes;
        for (let i = 0; i < len; i++)
            if (bytes[at + i] !== buf[start + i])
                return false;
        return true;
    }
    /** Adds a string (a slow path: label values that are not the cell bytes, e.g. JSON numbers). */
    addString(s) {
        const b = Buffer.from(s, 'utf8');
        return this.add(b, 0, b.length);
    }
    get(idx) {
        return this.bytes.toString('utf8', this.offsets[idx], this.offsets[idx + 1]);
    }
    /** The bytes and offsets arrays, for hot loops over every key. */
    raw() {
        return { bytes: this.bytes, offsets: this.offsets };
    }
    /**
     * Every key as a string, in insertion order. ASCII keys are sliced from one decoded string
     * (V8 keeps slices of 13 characters or more as views on it).
     */
    strings() {
        const n = this.size;
        const out = new Array(n);
        const offsets = this.offsets;
        if (this.ascii) {
            const all = this.bytes.toString('latin1', 0, this.used);
            for (let i = 0; i < n; i++)
                out[i] = all.slice(offsets[i], offsets[i + 1]);
        }
        else {
            for (let i = 0; i < n; i++)
                out[i] = this.bytes.toString('utf8', offsets[i], offsets[i + 1]);
        }
        return out;
    }
    /** Frees the lookup table once no more lookups will come (keys stay readable). */
    releaseTable() {
        this.table = new Int32Array(2 * 32);
        this.mask = 31;
        this.indexed = this.size;
    }
    growOffsets() {
        const offsets = new Int32Array(this.offsets.length * 2);
        offsets.set(this.offsets);
        this.offsets = offsets;
    }
    growBytes(need) {
        let cap = this.bytes.length * 2;
        while (cap < need)
            cap *= 2;
        if (need > 0x7fffffff)
            throw new RangeError('the ids (or labels) of one file exceed 2 GiB');
        const bytes = Buffer.allocUnsafe(Math.min(cap, 0x7fffffff));
        this.bytes.copy(bytes, 0, 0, this.used);
        this.bytes = bytes;
    }
    rehash() {
        const old = this.table;
        const slots = (this.mask + 1) * 2;
        const table = new Int32Array(slots * 2);
        const mask = slots - 1;
        for (let t = 0; t < old.length; t += 2) {
            if (old[t + 1] === 0)
                continue;
            let slot = old[t] & mask;
            while (table[(slot << 1) + 1] !== 0)
                slot = (slot + 1) & mask;
            const u = slot << 1;
            table[u] = old[t];
            table[u + 1] = old[t + 1];
        }
        this.table = table;
        this.mask = mask;
    }
}
/**
 * Largest fill of the table before it doubles (linear probing stays short up to ~0.7; an 8-byte
 * slot puts 8 to a cache line, so a probe of a few slots is still one load).
 */
const MAX_LOAD = 0.7;
const ORDER_BITS = 12;
const counts = new Int32Array((1 << ORDER_BITS) + 1);
/**
 * A permutation of 0..count-1 ordering the keys by their home slot's top bits (counting sort,
 * stable): probing in that order walks the table front to back.
 */
function bucketOrder(hashes, count, mask, out) {
    const slotBits = 31 - Math.clz32(mask + 1);
    const shift = Math.max(0, slotBits - ORDER_BITS);
    const buckets = 1 << Math.min(ORDER_BITS, slotBits);
    counts.fill(0, 0, buckets + 1);
    for (let i = 0; i < count; i++)
        counts[((hashes[i] & mask) >>> shift) + 1]++;
    for (let b = 0; b < buckets; b++)
        counts[b + 1] += counts[b];
    for (let i = 0; i < count; i++)
        out[counts[(hashes[i] & mask) >>> shift]++] = i;
}


/***/ }),

/***/ 66354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ JsonlScanner),
/* harmony export */   dw: () => (/* binding */ parseJsonObject),
/* harmony export */   uG: () => (/* binding */ LONE_SURROGATE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75803);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47193);



const OK = 0;
const BLANK = 1;
const SLOW = 2;
function isWs(c) {
    return c === 32 || c === 9 || c === _bytes_js__WEBPACK_IMPORTED_MODULE_1__.CR || c === _bytes_js__WEBPACK_IMPORTED_MODULE_1__.LF;
}
/**
 * JSON Lines: one flat object per line. Lines without escapes are scanned in place (keys compared
 * as bytes against the first line's key order, then against a name map); lines with escapes,
 * nesting or anything unexpected go through `JSON.parse`, which also words syntax errors.
 * Numbers keep their written bytes (KIND_NUMBER) so scores parse exactly.
 */
class JsonlScanner {
    file;
    line;
    rows = 0;
    scratch = Buffer.allocUnsafe(1 << 12);
    keySlot = new Map();
    expKeys = [];
    expSlots = new Int32Array(0);
    cells = null;
    sink = null;
    constructor(file, line) {
        this.file = file;
        this.line = line;
    }
    /** `keySlot`: needed key → slot; `keyOrder`: the keys of the first object, in order. */
    bind(keySlot, keyOrder, cells, sink) {
        this.keySlot = keySlot;
        this.expKeys = keyOrder.map((k) => Buffer.from(k, 'utf8'));
        this.expSlots = Int32Array.from(keyOrder, (k) => keySlot.get(k) ?? -1);
        this.cells = cells;
        this.sink = sink;
    }
    scan(buf, pos, end, eof) {
        const sink = this.sink;
        while (pos < end) {
            let le = buf.indexOf(_bytes_js__WEBPACK_IMPORTED_MODULE_1__.LF, pos);
            if (le < 0 || le >= end) {
                if (!eof)
                    return pos;
                le = end;
            }
            let e = le;
            if (e > pos && buf[e - 1] === _bytes_js__WEBPACK_IMPORTED_MODULE_1__.CR)
                e--;
            const r = this.fastLine(buf, pos, e);
            if (r === OK) {
                sink.row(buf, this.line);
                this.rows++;
            }
            else if (r === SLOW) {
                this.slowLine(buf, pos, e);
                sink.row(this.scratch, this.line);
                this.rows++;
            }
            this.line++;
            pos = le + 1;
        }
        return pos > end ? end : pos;
    }
    fastLine(buf, s, e) {
        const cells = this.cells;
        const { starts, ends, kinds } = cells;
        kinds.fill(_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_MISSING */ .S);
        let p = s;
        while (p < e && isWs(buf[p]))
            p++;
        if (p === e)
            return BLANK;
        if (buf[p] !== 0x7b)
            return SLOW;
        p++;
        while (p < e && isWs(buf[p]))
            p++;
        if (p < e && buf[p] === 0x7d) {
            p++;
            while (p < e && isWs(buf[p]))
                p++;
            return p === e ? OK : SLOW;
        }
        const expKeys = this.expKeys;
        const expSlots = this.expSlots;
        for (let k = 0;; k++) {
            if (p >= e || buf[p] !== _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA)
                return SLOW;
            const ks = ++p;
            while (p < e && buf[p] !== _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA) {
                if (buf[p] === _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKSLASH */ .r_)
                    return SLOW;
                p++;
            }
            if (p >= e)
                return SLOW;
            const ke = p++;
            while (p < e && isWs(buf[p]))
                p++;
            if (p >= e || buf[p] !== 0x3a)
                return SLOW;
            p++;
            while (p < e && isWs(buf[p]))
                p++;
            if (p >= e)
                return SLOW;
            const c = buf[p];
            let vs = p;
            let kind;
            if (c === _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA) {
                vs = ++p;
                while (p < e && buf[p] !== _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA) {
                    if (buf[p] === _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKSLASH */ .r_)
                        return SLOW;
                    p++;
                }
                if (p >= e)
                    return SLOW;
                kind = _cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_TEXT */ .x7;
                p++;
            }
            else if (c === 45 || (c >= 48 && c <= 57)) {
                p = jsonNumberEnd(buf, p, e);
                if (p < 0)
                    return SLOW;
                kind = _cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_NUMBER */ .V;
            }
            else if (c === 0x74) {
                if (!lit(buf, p, e, 'true'))
                    return SLOW;
                p += 4;
                kind = _cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_BOOL */ .gv;
            }
            else if (c === 0x66) {
                if (!lit(buf, p, e, 'false'))
                    return SLOW;
                p += 5;
                kind = _cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_BOOL */ .gv;
            }
            else if (c === 0x6e) {
                if (!lit(buf, p, e, 'null'))
                    return SLOW;
                p += 4;
                kind = _cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_NULL */ .j3;
            }
            else if (c === 0x7b || c === 0x5b) {
                p = skipNested(buf, p, e);
                if (p < 0)
                    return SLOW;
                kind = _cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_NESTED */ .VH;
            }
            else
                return SLOW;
            const ve = kind === _cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_TEXT */ .x7 ? p - 1 : p;
            let sl;
            if (k < expKeys.length) {
                const ek = expKeys[k];
                sl = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesEqual */ .O6)(buf, ks, ke, ek, 0, ek.length) ? expSlots[k] : this.lookup(buf, ks, ke);
            }
            else
                sl = this.lookup(buf, ks, ke);
            if (sl >= 0) {
                starts[sl] = vs;
                ends[sl] = ve;
                kinds[sl] = kind;
            }
            while (p < e && isWs(buf[p]))
                p++;
            if (p >= e)
                return SLOW;
            if (buf[p] === 0x2c) {
                p++;
                while (p < e && isWs(buf[p]))
                    p++;
                continue;
            }
            if (buf[p] !== 0x7d)
                return SLOW;
            p++;
            break;
        }
        while (p < e && isWs(buf[p]))
            p++;
        return p === e ? OK : SLOW;
    }
    lookup(buf, ks, ke) {
        return this.keySlot.get(buf.toString('utf8', ks, ke)) ?? -1;
    }
    /**
     * `--task text` reads cells verbatim: a line with escapes (parsed whole, here) must then be
     * well-formed UTF-8 too, where decoding would otherwise turn a bad byte into U+FFFD unseen.
     */
    strictUtf8 = false;
    slowLine(buf, s, e) {
        if (this.strictUtf8) {
            const bad = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .firstInvalidUtf8 */ .vE)(buf, s, e);
            if (bad >= 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: this.file, line: this.line }, `not valid UTF-8 at byte ${bad - s + 1} of the line (byte 0x${buf[bad].toString(16).padStart(2, '0')}); ` +
                    're-encode the file as UTF-8 (e.g. iconv -f latin1 -t utf-8).');
        }
        const text = buf.toString('utf8', s, e);
        const obj = parseJsonObject(text, this.file, this.line);
        const { starts, ends, kinds } = this.cells;
        kinds.fill(_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_MISSING */ .S);
        const need = 2 * (e - s) + 64;
        if (this.scratch.length < need)
            this.scratch = Buffer.allocUnsafe(Math.max(need, this.scratch.length * 2));
        let out = this.scratch;
        let o = 0;
        let tokens = null;
        for (const key of Object.keys(obj)) {
            const sl = this.keySlot.get(key);
            if (sl === undefined)
                continue;
            const v = obj[key];
            let kind;
            let str = '';
            if (v === null)
                kind = _cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_NULL */ .j3;
            else if (typeof v === 'string') {
                // An escaped lone surrogate ("\ud800") has no UTF-8 form: written out it would become
                // U+FFFD and merge with every other such label.
                if (LONE_SURROGATE.test(v))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file: this.file, line: this.line, column: key }, 'the string holds an unpaired surrogate escape (\\uD800–\\uDFFF), which is not valid Unicode text; ' +
                        'labels must be valid UTF-8.');
                kind = _cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_TEXT */ .x7;
                str = v;
            }
            else if (typeof v === 'number') {
                kind = _cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_NUMBER */ .V;
                // The number as written, not as a double (9007199254740993 must stay itself).
                tokens ??= numberTokens(text);
                str = tokens.get(key) ?? String(v);
            }
            else if (typeof v === 'boolean') {
                kind = _cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_BOOL */ .gv;
                str = v ? 'true' : 'false';
            }
            else {
                kind = _cells_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_NESTED */ .VH;
                // The value's JSON text (its first byte tells an object from an array in messages; a
                // text task's array of references is parsed back from it). JSON.stringify writes a
                // lone surrogate as an escape, so the text stays well-formed.
                str = JSON.stringify(v);
            }
            starts[sl] = o;
            const bytes = Buffer.byteLength(str, 'utf8');
            if (o + bytes > out.length) {
                // A nested value written back can outgrow its source (1e22 → 1e+22): never cut it.
                const bigger = Buffer.allocUnsafe(2 * (o + bytes));
                out.copy(bigger, 0, 0, o);
                out = this.scratch = bigger;
            }
            o += out.write(str, o, 'utf8');
            ends[sl] = o;
            kinds[sl] = kind;
        }
    }
}
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * The number tokens, as written, of the top-level keys of a JSON object text that `JSON.parse`
 * accepted (the last one of a repeated key, as `JSON.parse` keeps the last value).
 */
function numberTokens(text) {
    const out = new Map();
    let depth = 0;
    let key = null;
    let expectKey = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA) {
            let j = i + 1;
            while (j < text.length && text.charCodeAt(j) !== _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA)
                j += text.charCodeAt(j) === _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKSLASH */ .r_ ? 2 : 1;
            if (depth === 1 && expectKey)
                key = JSON.parse(text.slice(i, j + 1));
            i = j;
        }
        else if (c === 0x7b || c === 0x5b) {
            depth++;
            if (depth === 1)
                expectKey = true;
        }
        else if (c === 0x7d || c === 0x5d)
            depth--;
        else if (depth === 1 && c === 0x2c)
            expectKey = true;
        else if (depth === 1 && c === 0x3a)
            expectKey = false;
        else if (depth === 1 && !expectKey && key !== null && (c === 45 || (c >= 48 && c <= 57))) {
            let j = i + 1;
            while (j < text.length && /[0-9eE.+-]/.test(text[j]))
                j++;
            out.set(key, text.slice(i, j));
            i = j - 1;
        }
    }
    return out;
}
/** `JSON.parse` of one line that must hold an object; errors name the file and line. */
function parseJsonObject(text, file, line) {
    let obj;
    try {
        obj = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, line }, `not valid JSON (${err.message}). JSON Lines files hold one JSON object per line, ` +
            'e.g. {"id": "a1", "label": "cat", "prediction": "dog"}.');
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        const what = Array.isArray(obj) ? 'an array' : obj === null ? 'null' : `a ${typeof obj}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, line }, `found ${what} where a JSON object was expected. JSON Lines files hold one object per line, ` +
            'e.g. {"id": "a1", "label": "cat", "prediction": "dog"}.');
    }
    return obj;
}
function lit(buf, p, e, word) {
    if (p + word.length > e)
        return false;
    for (let i = 0; i < word.length; i++)
        if (buf[p + i] !== word.charCodeAt(i))
            return false;
    return true;
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** End of a strict JSON number starting at p, or -1. */
function jsonNumberEnd(buf, p, e) {
    if (buf[p] === 45)
        p++;
    if (p >= e)
        return -1;
    if (buf[p] === 48)
        p++;
    else if (isDigit(buf[p]))
        while (p < e && isDigit(buf[p]))
            p++;
    else
        return -1;
    if (p < e && buf[p] === 46) {
        p++;
        if (p >= e || !isDigit(buf[p]))
            return -1;
        while (p < e && isDigit(buf[p]))
            p++;
    }
    if (p < e && (buf[p] === 101 || buf[p] === 69)) {
        p++;
        if (p < e && (buf[p] === 43 || buf[p] === 45))
            p++;
        if (p >= e || !isDigit(buf[p]))
            return -1;
        while (p < e && isDigit(buf[p]))
            p++;
    }
    return p;
}
/** End of a nested object/array starting at p (strings without escapes only), or -1. */
function skipNested(buf, p, e) {
    let depth = 0;
    for (; p < e; p++) {
        const c = buf[p];
        if (c === _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA) {
            p++;
            while (p < e && buf[p] !== _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA) {
                if (buf[p] === _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKSLASH */ .r_)
                    return -1;
                p++;
            }
        }
        else if (c === 0x7b || c === 0x5b)
            depth++;
        else if (c === 0x7d || c === 0x5d) {
            depth--;
            if (depth === 0)
                return p + 1;
        }
    }
    return -1;
}


/***/ }),

/***/ 66437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ findLabel),
/* harmony export */   ME: () => (/* binding */ listLabels),
/* harmony export */   OP: () => (/* binding */ compareCodePoints),
/* harmony export */   Y3: () => (/* binding */ orderLabels)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75803);

/**
 * Compares two strings by Unicode code point, as numpy sorts `str` arrays. JavaScript's `<`
 * compares UTF-16 code units, which differs only when one side is an astral character
 * (surrogate pair) and the other a BMP character at U+E000 or above; the shift below fixes that.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        let x = a.charCodeAt(i);
        let y = b.charCodeAt(i);
        if (x === y)
            continue;
        if (x >= 0xd800)
            x = x <= 0xdfff ? x + 0x2000 : x - 0x800;
        if (y >= 0xd800)
            y = y <= 0xdfff ? y + 0x2000 : y - 0x800;
        return x - y;
    }
    return a.length - b.length;
}
/**
 * Orders distinct label strings as scikit-learn orders `np.unique(y_true ∪ y_pred)`: by number when
 * every label is a finite decimal number (pandas would have read such a column as numbers), else by
 * code point. Spellings of exactly the same number ("1", "1.0", "01") are one class, named by the
 * spelling seen first (lowest input index), as they would be one value in a numeric column.
 * "Exactly" is decided on the decimal text, not on doubles: 9007199254740993 and
 * 9007199254740992 are one double but two classes (as two int64 values are to numpy).
 */
function orderLabels(labels) {
    const n = labels.length;
    const nums = labels.map(_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .labelNumber */ .Yz);
    const numeric = n > 0 && nums.every((v) => Number.isFinite(v));
    const canon = numeric ? labels.map(_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalDecimal */ .st) : [];
    const idx = Array.from({ length: n }, (_, i) => i);
    if (numeric)
        idx.sort((a, b) => nums[a] - nums[b] || (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCanonicalDecimals */ .eN)(canon[a], canon[b]) || a - b);
    else
        idx.sort((a, b) => compareCodePoints(labels[a], labels[b]) || a - b);
    const classes = [];
    const remap = new Int32Array(n);
    let last = '';
    for (const k of idx) {
        if (numeric && classes.length > 0 && canon[k] === last) {
            remap[k] = classes.length - 1;
            continue;
        }
        if (!numeric && classes.length > 0 && classes[classes.length - 1] === labels[k]) {
            remap[k] = classes.length - 1;
            continue;
        }
        classes.push(labels[k]);
        remap[k] = classes.length - 1;
        if (numeric)
            last = canon[k];
    }
    return { classes, remap, numeric };
}
/** Index of `label` in `classes` (string equality, or numeric equality when `numeric`), or -1. */
function findLabel(classes, label, numeric) {
    const i = classes.indexOf(label);
    if (i >= 0 || !numeric)
        return i;
    if (!Number.isFinite((0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .labelNumber */ .Yz)(label)))
        return -1;
    const v = (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalDecimal */ .st)(label);
    return classes.findIndex((c) => (0,_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalDecimal */ .st)(c) === v);
}
/** A list of labels for a message: quoted, the first `max` and a count of the rest. */
function listLabels(labels, max = 20) {
    const shown = labels.slice(0, max).map(_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp);
    const rest = labels.length - shown.length;
    return shown.join(', ') + (rest > 0 ? ` and ${rest} more` : '');
}


/***/ }),

/***/ 33659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* reexport safe */ _util_env_limit_js__WEBPACK_IMPORTED_MODULE_5__.B),
/* harmony export */   EC: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   OG: () => (/* binding */ sniffFormat),
/* harmony export */   PU: () => (/* binding */ ChunkSource),
/* harmony export */   RE: () => (/* binding */ formatFromName),
/* harmony export */   YW: () => (/* binding */ maxLineBytes),
/* harmony export */   wI: () => (/* binding */ maxFieldBytes)
/* harmony export */ });
/* unused harmony export maxDecompressedBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _util_env_limit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51257);







/** Bytes per read: large enough that per-chunk overhead vanishes, small enough to stream. */
const CHUNK_BYTES = 1 << 20;
/**
 * Longest line (record) read, in bytes: 16 MiB, or MODEL_GATE_MAX_LINE_BYTES. A longer one is
 * an error, not an allocation that grows until the process aborts (a gzip bomb holding one
 * 600 MB line, /dev/zero given as a file).
 */
function maxLineBytes() {
    return (0,_util_env_limit_js__WEBPACK_IMPORTED_MODULE_5__/* .envLimit */ .B)('MODEL_GATE_MAX_LINE_BYTES', 16 << 20);
}
/** Longest label, prediction or id cell, in bytes: 1 MiB, or MODEL_GATE_MAX_FIELD_BYTES. */
function maxFieldBytes() {
    return (0,_util_env_limit_js__WEBPACK_IMPORTED_MODULE_5__/* .envLimit */ .B)('MODEL_GATE_MAX_FIELD_BYTES', 1 << 20);
}
/**
 * Most bytes a gzipped input may decompress to: 64 GiB, or MODEL_GATE_MAX_DECOMPRESSED_BYTES
 * (an endless or runaway stream stops with a message instead of running for hours).
 */
function maxDecompressedBytes() {
    return (0,_util_env_limit_js__WEBPACK_IMPORTED_MODULE_5__/* .envLimit */ .B)('MODEL_GATE_MAX_DECOMPRESSED_BYTES', 64 * 2 ** 30);
}
/**
 * A file's bytes, read into the caller's Buffer (`readInto`), gunzipped when the file starts with
 * gzip's magic bytes (whatever its name says). A plain file is read straight into the caller's
 * Buffer, so reading allocates nothing per chunk (a stream's fresh 1 MB Buffer per read piles up
 * as garbage between collections: tens of MB of RSS); gunzipped chunks are copied from zlib's.
 * `bytesRead` counts the bytes read from disk (compressed bytes for a .gz file), comparable with
 * `totalBytes`, for progress.
 */
class ChunkSource {
    file;
    totalBytes;
    gzip;
    /**
     * False for a FIFO, a process substitution (`<(zcat f.gz)`), a character device: read once,
     * front to back, never seeked or sized (their size is unknown: `totalBytes` is 0).
     */
    regular;
    /** Non-regular files: the bytes read to sniff gzip, served before the rest. */
    head = null;
    decompressed = 0;
    /** Read before the file is opened (ChunkSource.open), so a bad override leaks no descriptor. */
    maxDecompressed;
    /** Plain files: the descriptor (-1 once closed) and the next read's position. */
    fd = -1;
    position = 0;
    /** Gzip: the compressed stream, the gunzipped chunks, and the rest of the current one. */
    raw = null;
    iterator = null;
    carry = null;
    carryAt = 0;
    constructor(file, totalBytes, gzip, fd, regular, head, maxDecompressed) {
        this.maxDecompressed = maxDecompressed;
        this.file = file;
        this.totalBytes = totalBytes;
        this.gzip = gzip;
        this.regular = regular;
        if (gzip) {
            this.raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, {
                highWaterMark: CHUNK_BYTES,
                fd,
                ...(regular ? { start: 0 } : {}),
                autoClose: true,
            });
            const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGunzip)({ chunkSize: CHUNK_BYTES });
            this.raw.on('error', (err) => gunzip.destroy(err));
            if (head)
                gunzip.write(head);
            this.raw.pipe(gunzip);
            this.iterator = gunzip[Symbol.asyncIterator]();
        }
        else {
            this.fd = fd;
            this.head = head && head.length > 0 ? head : null;
        }
    }
    static async open(file, role) {
        const maxDecompressed = maxDecompressedBytes();
        let size;
        let regular;
        try {
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
            if (st.isDirectory())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({ file }, `this is a directory; expected the ${role} file (CSV, TSV or JSON Lines).`);
            regular = st.isFile();
            size = regular ? st.size : 0;
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz)
                throw err;
            const code = err.code;
            if (code === 'ENOENT')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({ file }, `file not found (${role} file). Check the path; relative paths are resolved from ${process.cwd()}.`);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({ file }, `cannot read the ${role} file: ${err.message}`);
        }
        let fd = -1;
        let gzip = false;
        let head = null;
        try {
            fd = await new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r', (err, opened) => (err ? reject(err) : resolve(opened))));
            if (!regular) {
                // A pipe cannot be re-read: the sniffed bytes are kept and served first.
                const buf = Buffer.alloc(2);
                let got = 0;
                while (got < 2) {
                    const n = await readFd(fd, buf, got, 2 - got, null);
                    if (n === 0)
                        break;
                    got += n;
                }
                head = buf.subarray(0, got);
                gzip = got === 2 && buf[0] === 0x1f && buf[1] === 0x8b;
            }
            else if (size >= 2) {
                const buf = Buffer.alloc(2);
                const got = await readFd(fd, buf, 0, 2, 0);
                gzip = got === 2 && buf[0] === 0x1f && buf[1] === 0x8b;
            }
        }
        catch (err) {
            if (fd >= 0)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({ file }, `cannot read the ${role} file: ${err.message}`);
        }
        return new ChunkSource(file, size, gzip, fd, regular, head, maxDecompressed);
    }
    get bytesRead() {
        return this.raw ? this.raw.bytesRead : this.position;
    }
    /** What the progress bar counts up to: the size, or (a pipe: size unknown) the bytes read so far. */
    get progressTotal() {
        return this.regular ? this.totalBytes : this.bytesRead;
    }
    /**
     * Reads the next bytes into `target` from `offset` (at most to its end); returns how many, 0 at
     * the end of the file.
     */
    async readInto(target, offset) {
        const room = target.length - offset;
        if (room <= 0)
            throw new Error('ChunkSource.readInto: no room');
        try {
            if (!this.iterator) {
                if (this.head) {
                    const n = Math.min(room, this.head.length);
                    this.head.copy(target, offset, 0, n);
                    this.head = n < this.head.length ? this.head.subarray(n) : null;
                    this.position += n;
                    return n;
                }
                const got = await readFd(this.fd, target, offset, room, this.regular ? this.position : null);
                this.position += got;
                return got;
            }
            while (this.carry === null || this.carryAt >= this.carry.length) {
                const r = await this.iterator.next();
                if (r.done)
                    return 0;
                this.carry = r.value;
                this.carryAt = 0;
            }
            const n = Math.min(room, this.carry.length - this.carryAt);
            this.decompressed += n;
            if (this.decompressed > this.maxDecompressed)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({ file: this.file }, `the gzipped data decompresses to more than ${this.maxDecompressed} bytes (from ${this.bytesRead} compressed ` +
                    'bytes read so far), the limit; a gzip bomb or a runaway stream? Raise the limit with ' +
                    'MODEL_GATE_MAX_DECOMPRESSED_BYTES=<bytes> if the file really is that large.');
            this.carry.copy(target, offset, this.carryAt, this.carryAt + n);
            this.carryAt += n;
            if (this.carryAt >= this.carry.length)
                this.carry = null;
            return n;
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz)
                throw err;
            const e = err;
            if (this.gzip && typeof e.code === 'string' && e.code.startsWith('Z_'))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({ file: this.file }, `the file starts like gzip data but cannot be decompressed (${e.message}). Re-create it, or store it uncompressed.`);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({ file: this.file }, `cannot read the file: ${e.message}`);
        }
    }
    close() {
        if (this.iterator) {
            void this.iterator.return?.();
            this.raw.destroy();
        }
        else if (this.fd >= 0) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
            this.fd = -1;
        }
    }
}
function readFd(fd, buf, offset, length, position) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.read)(fd, buf, offset, length, position, (err, bytesRead) => (err ? reject(err) : resolve(bytesRead))));
}
/** The format a file name announces (`.csv`, `.tsv`, `.jsonl`, `.ndjson`, each optionally `.gz`). */
function formatFromName(file) {
    let name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file).toLowerCase();
    if (name.endsWith('.gz'))
        name = name.slice(0, -3);
    if (name.endsWith('.csv'))
        return 'csv';
    if (name.endsWith('.tsv') || name.endsWith('.tab'))
        return 'tsv';
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson'))
        return 'jsonl';
    return undefined;
}
/**
 * The format of content whose name says nothing: a first `{` means JSON Lines; otherwise the
 * first line's tabs and commas (outside quotes) decide between TSV and CSV.
 */
function sniffFormat(buf, start, end) {
    let i = start;
    while (i < end && (buf[i] === 32 || buf[i] === 9 || buf[i] === 10 || buf[i] === 13))
        i++;
    if (i < end && (buf[i] === 0x7b || buf[i] === 0x5b))
        return 'jsonl';
    let tabs = 0;
    let commas = 0;
    let quoted = false;
    for (; i < end; i++) {
        const c = buf[i];
        if (c === 34)
            quoted = !quoted;
        else if (!quoted) {
            if (c === 10)
                break;
            if (c === 9)
                tabs++;
            else if (c === 44)
                commas++;
        }
    }
    return tabs > commas ? 'tsv' : 'csv';
}


/***/ }),

/***/ 40341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ TableReader)
});

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/evaluate/read/bytes.ts
var bytes = __webpack_require__(75803);
// EXTERNAL MODULE: ./src/evaluate/read/cells.ts
var read_cells = __webpack_require__(47193);
;// CONCATENATED MODULE: ./src/evaluate/read/delimited.ts


/**
 * CSV/TSV records straight from Buffers. A record without a quote at the start of a field (the
 * usual case) is scanned once, byte by byte, noting only where the needed fields start and end:
 * the cells stay in the input Buffer. A record with a quoted field goes through `parseRecord`
 * (RFC 4180: delimiters, newlines and doubled quotes inside quotes), which copies unescaped
 * fields into a scratch Buffer. A quote inside an unquoted field is kept as a literal character,
 * as pandas does.
 */
class DelimitedScanner {
    file;
    delim;
    /** Physical line (1-based) where the next record starts. */
    line;
    rows = 0;
    /** Fields of the last `parseRecord` call, as offsets into `scratch`. */
    fieldStarts = new Int32Array(64);
    fieldEnds = new Int32Array(64);
    fieldCount = 0;
    scratch = Buffer.allocUnsafe(1 << 16);
    slotOf = new Int32Array(0);
    ncols = 0;
    cells = null;
    sink = null;
    constructor(file, delim, line) {
        this.file = file;
        this.delim = delim;
        this.line = line;
    }
    /** `slotOf[column index]` = the cell slot that column fills, or -1. */
    bind(slotOf, ncols, cells, sink) {
        this.slotOf = slotOf;
        this.ncols = ncols;
        this.cells = cells;
        this.sink = sink;
        cells.kinds.fill(0);
    }
    scan(buf, pos, end, eof) {
        const delim = this.delim;
        const slotOf = this.slotOf;
        const ncols = this.ncols;
        const cells = this.cells;
        const starts = cells.starts;
        const ends = cells.ends;
        const sink = this.sink;
        while (pos < end) {
            const ls = pos;
            let i = pos;
            let fs = pos;
            let field = 0;
            let quoted = false;
            while (i < end) {
                const c = buf[i];
                if (c === delim) {
                    const sl = field < ncols ? slotOf[field] : -1;
                    if (sl >= 0) {
                        starts[sl] = fs;
                        ends[sl] = i;
                    }
                    field++;
                    fs = i + 1;
                }
                else if (c === bytes.LF)
                    break;
                else if (c === bytes/* QUOTE */.jA && i === fs) {
                    quoted = true;
                    break;
                }
                i++;
            }
            if (quoted) {
                const next = this.parseRecord(buf, ls, end, eof);
                if (next < 0)
                    return ls;
                const nf = this.fieldCount;
                if (nf !== ncols)
                    throw this.fieldCountError(nf);
                const fstarts = this.fieldStarts;
                const fends = this.fieldEnds;
                for (let f = 0; f < nf; f++) {
                    const sl = slotOf[f];
                    if (sl >= 0) {
                        starts[sl] = fstarts[f];
                        ends[sl] = fends[f];
                    }
                }
                sink.row(this.scratch, this.line);
                this.rows++;
                this.line += 1 + this.newlinesInRecord;
                pos = next;
                continue;
            }
            if (i >= end && !eof)
                return ls;
            let fe = i;
            if (fe > fs && buf[fe - 1] === bytes.CR)
                fe--;
            pos = i + 1;
            if (field === 0 && fe === ls) {
                this.line++; // blank line
                continue;
            }
            if (field + 1 !== ncols)
                throw this.fieldCountError(field + 1);
            const sl = slotOf[field];
            if (sl >= 0) {
                starts[sl] = fs;
                ends[sl] = fe;
            }
            sink.row(buf, this.line);
            this.rows++;
            this.line++;
        }
        return pos > end ? end : pos;
    }
    fieldCountError(found) {
        const name = this.delim === 9 ? 'tab' : `"${String.fromCharCode(this.delim)}"`;
        return new errors/* InputError */.dz({ file: this.file, line: this.line }, `expected ${this.ncols} fields (as in the header), found ${found}. ` +
            (found > this.ncols
                ? `A value that contains the delimiter (${name}) must be enclosed in double quotes.`
                : 'Every row needs a value (possibly empty) for every column in the header.'));
    }
    newlinesInRecord = 0;
    /**
     * Parses one record starting at `start` into `scratch`/`fieldStarts`/`fieldEnds`/`fieldCount`
     * (all fields, unescaped) and returns the offset just past it, or -1 when the record is not
     * complete before `end` and more data will come.
     */
    parseRecord(buf, start, end, eof) {
        const delim = this.delim;
        if (this.scratch.length < end - start)
            this.scratch = Buffer.allocUnsafe(Math.max(end - start, this.scratch.length * 2));
        const out = this.scratch;
        let o = 0;
        let pos = start;
        let field = 0;
        let newlines = 0;
        for (;;) {
            const fo = o;
            if (pos < end && buf[pos] === bytes/* QUOTE */.jA) {
                pos++;
                for (;;) {
                    if (pos >= end) {
                        if (!eof)
                            return -1;
                        throw new errors/* InputError */.dz({ file: this.file, line: this.line }, 'a quoted field that starts on this line is never closed (a " without its closing "). ' +
                            'Inside a quoted field, write a double quote as "".');
                    }
                    const c = buf[pos];
                    if (c === bytes/* QUOTE */.jA) {
                        if (pos + 1 >= end && !eof)
                            return -1;
                        if (pos + 1 < end && buf[pos + 1] === bytes/* QUOTE */.jA) {
                            out[o++] = bytes/* QUOTE */.jA;
                            pos += 2;
                            continue;
                        }
                        pos++;
                        break;
                    }
                    if (c === bytes.LF)
                        newlines++;
                    out[o++] = c;
                    pos++;
                }
            }
            // Unquoted field, or what follows a closing quote (kept literally, as pandas does).
            for (;;) {
                if (pos >= end) {
                    if (!eof)
                        return -1;
                    this.setField(field++, fo, o);
                    this.fieldCount = field;
                    this.newlinesInRecord = newlines;
                    return end;
                }
                const c = buf[pos];
                if (c === delim) {
                    this.setField(field++, fo, o);
                    pos++;
                    break;
                }
                if (c === bytes.LF) {
                    this.setField(field++, fo, o);
                    this.fieldCount = field;
                    this.newlinesInRecord = newlines;
                    return pos + 1;
                }
                if (c === bytes.CR) {
                    if (pos + 1 >= end) {
                        if (!eof)
                            return -1;
                        pos++; // a CR ending the file
                        continue;
                    }
                    if (buf[pos + 1] === bytes.LF) {
                        pos++;
                        continue;
                    }
                }
                out[o++] = c;
                pos++;
            }
        }
    }
    setField(f, start, end) {
        if (f >= this.fieldStarts.length) {
            const s = new Int32Array(this.fieldStarts.length * 2);
            s.set(this.fieldStarts);
            this.fieldStarts = s;
            const e = new Int32Array(this.fieldEnds.length * 2);
            e.set(this.fieldEnds);
            this.fieldEnds = e;
        }
        this.fieldStarts[f] = start;
        this.fieldEnds[f] = end;
    }
}

// EXTERNAL MODULE: ./src/evaluate/read/jsonl.ts
var jsonl = __webpack_require__(66354);
// EXTERNAL MODULE: ./src/evaluate/read/source.ts
var read_source = __webpack_require__(33659);
;// CONCATENATED MODULE: ./src/evaluate/read/table.ts







const PROGRESS_EVERY_MS = 100;
/** The read window: the unscanned rest of the last read is moved to its front, then refilled. */
const WINDOW_BYTES = 2 * read_source/* CHUNK_BYTES */.EC;
/**
 * Makes room for at least CHUNK_BYTES after bytes [pos, end) of `buf`: moves them to the front,
 * into a window twice as large when they fill more than half of it (a record longer than the
 * window then costs O(1) rescans per byte). Returns the window (the same Buffer unless it grew).
 */
function compact(buf, pos, end) {
    const rest = end - pos;
    if (buf.length - rest >= read_source/* CHUNK_BYTES */.EC) {
        if (rest > 0 && pos > 0)
            buf.copyWithin(0, pos, end);
        return buf;
    }
    const bigger = Buffer.allocUnsafe(Math.max(buf.length * 2, rest + read_source/* CHUNK_BYTES */.EC));
    buf.copy(bigger, 0, pos, end);
    return bigger;
}
/** Fills buf[end…] from the source; returns the new end, and whether the file ended. */
async function fill(source, buf, end) {
    while (end < buf.length) {
        const got = await source.readInto(buf, end);
        if (got === 0)
            return { end, eof: true };
        end += got;
    }
    return { end, eof: false };
}
/** The error for a record longer than `maxLineBytes()` (no newline in sight: not a table?). */
function lineTooLong(file, line, max) {
    return new errors/* InputError */.dz({ file, line }, `a line (record) longer than ${max} bytes, the limit; this does not look like a CSV, TSV or ` +
        'JSON Lines file (binary data, an endless stream such as /dev/zero, or a gzip bomb?). If lines really are ' +
        'that long, raise the limit with MODEL_GATE_MAX_LINE_BYTES=<bytes>.');
}
/** Bytes looked at for NUL bytes and CR-only line endings before reading the header. */
const SNIFF_BYTES = 1 << 16;
/**
 * Checks the start of a file for what is not a text table: NUL bytes (binary data, UTF-16, or
 * /dev/zero), or CR-only line endings (classic Mac: one endless line whose "header" would name
 * columns like "prediction\r1").
 */
function checkText(file, buf, pos, end) {
    const stop = Math.min(end, pos + SNIFF_BYTES);
    const nul = buf.indexOf(0, pos);
    if (nul >= 0 && nul < stop)
        throw new errors/* InputError */.dz({ file, line: 1 }, `byte ${nul + 1} is a NUL (0x00): this is not UTF-8 text (binary data, UTF-16 text, or a device such as ` +
            '/dev/zero). model-gate reads CSV, TSV or JSON Lines in UTF-8 (optionally gzipped); re-encode UTF-16 with ' +
            'iconv -f utf-16 -t utf-8.');
    let quoted = false;
    for (let i = pos; i < stop; i++) {
        const c = buf[i];
        if (c === 34)
            quoted = !quoted;
        else if (c === bytes.LF)
            return;
        else if (c === bytes.CR && !quoted && i + 1 < end && buf[i + 1] !== bytes.LF)
            throw new errors/* InputError */.dz({ file, line: 1 }, 'the lines end with a bare CR (classic Mac line endings) and no LF, so the whole file reads as one line. ' +
                "Convert the line endings to LF or CRLF, e.g. tr '\\r' '\\n' < in.csv > out.csv.");
    }
}
/**
 * One input file: opened, its format and columns known (header read), then streamed once
 * through a `RowSink`. For JSON Lines the columns are the keys of the first object.
 */
class TableReader {
    file;
    format;
    columns;
    source;
    scanner;
    window;
    pos;
    end;
    eof;
    cells = null;
    constructor(file, format, columns, source, scanner, 
    /** The read window: bytes [pos, end) are read and not yet scanned. */
    window, pos, end, eof) {
        this.file = file;
        this.format = format;
        this.columns = columns;
        this.source = source;
        this.scanner = scanner;
        this.window = window;
        this.pos = pos;
        this.end = end;
        this.eof = eof;
    }
    get totalBytes() {
        return this.source.totalBytes;
    }
    /** False for a pipe or device: it can be read only once (see `ChunkSource.regular`). */
    get regular() {
        return this.source.regular;
    }
    /** Data rows seen so far. */
    get rows() {
        return this.scanner.rows;
    }
    static async open(file, role) {
        const source = await read_source/* ChunkSource */.PU.open(file, role);
        try {
            return await TableReader.readHeader(file, role, source);
        }
        catch (err) {
            source.close();
            throw err;
        }
    }
    static async readHeader(file, role, source) {
        let buf = Buffer.allocUnsafe(WINDOW_BYTES);
        let end = 0;
        let eof = false;
        let line = 1;
        const maxLine = (0,read_source/* maxLineBytes */.YW)();
        const more = async () => {
            if (end > maxLine)
                throw lineTooLong(file, line, maxLine);
            buf = compact(buf, 0, end);
            ({ end, eof } = await fill(source, buf, end));
        };
        while (!eof && end < 4)
            await more();
        let pos = end >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
        checkText(file, buf, pos, end);
        const format = (0,read_source/* formatFromName */.RE)(file) ?? (0,read_source/* sniffFormat */.OG)(buf, pos, end);
        // Blank lines before the header (or the first object) are skipped, as pandas does.
        for (;;) {
            let p = pos;
            while (p < end && (buf[p] === 32 || buf[p] === 9 || buf[p] === bytes.CR))
                p++;
            if (p < end && buf[p] === bytes.LF) {
                pos = p + 1;
                line++;
                continue;
            }
            if (p < end || eof)
                break;
            await more();
        }
        if (pos >= end || isBlank(buf, pos, end)) {
            throw new errors/* InputError */.dz({ file }, format === 'jsonl'
                ? `the ${role} file is empty; expected one JSON object per line, e.g. {"id": "a1", "label": "cat", "prediction": "dog"}.`
                : `the ${role} file is empty; expected a header row naming the columns (e.g. id,label,prediction), then one row per example.`);
        }
        if (format === 'jsonl') {
            let le = indexOfLF(buf, pos, end);
            while (le < 0 && !eof) {
                await more();
                le = indexOfLF(buf, pos, end);
            }
            if (buf[pos] === 0x5b)
                throw new errors/* InputError */.dz({ file, line }, 'this looks like a JSON array; model-gate reads JSON Lines (one JSON object per line, no enclosing [ ]).');
            const obj = (0,jsonl/* parseJsonObject */.dw)(buf.toString('utf8', pos, le < 0 ? end : le), file, line);
            const scanner = new jsonl/* JsonlScanner */.Bc(file, line);
            return new TableReader(file, format, Object.keys(obj), source, scanner, buf, pos, end, eof);
        }
        const scanner = new DelimitedScanner(file, format === 'tsv' ? 9 : 44, line);
        let next;
        while ((next = scanner.parseRecord(buf, pos, end, eof)) < 0)
            await more();
        const columns = [];
        for (let f = 0; f < scanner.fieldCount; f++)
            columns.push(scanner.scratch.toString('utf8', scanner.fieldStarts[f], scanner.fieldEnds[f]));
        scanner.line = line + 1 + scanner.newlinesInRecord;
        return new TableReader(file, format, columns, source, scanner, buf, next, end, eof);
    }
    /**
     * About how many data rows the file holds, from the rows in the bytes read so far (for sizing
     * tables up front; gzip assumed to compress about 4×).
     */
    estimateRows() {
        const buf = this.window;
        let lines = 0;
        for (let i = indexOfLF(buf, this.pos, this.end); i >= 0; i = indexOfLF(buf, i + 1, this.end))
            lines++;
        const seen = this.end - this.pos;
        if (this.eof || lines === 0 || seen <= 0)
            return lines + 1;
        // A pipe's size is unknown (0): the tables start small and grow.
        const total = this.source.gzip ? this.source.totalBytes * 4 : this.source.totalBytes;
        return Math.ceil((lines / seen) * total * 1.05);
    }
    /** First index of `name` among the columns, or -1. */
    indexOf(name) {
        return this.columns.indexOf(name);
    }
    /**
     * Chooses the columns to read: slot i will hold the cell of column `slotColumns[i]` (which must
     * exist). Returns the cells the sink will read.
     */
    prepare(slotColumns, sink) {
        const cells = (0,read_cells/* makeCells */.O8)(slotColumns.length);
        const seen = new Map();
        slotColumns.forEach((name, slot) => {
            if (seen.has(name))
                throw new errors/* UsageError */.eb(`${this.file}: column "${name}" is named for two different roles; the id, label, prediction and score columns must be different columns.`);
            seen.set(name, slot);
        });
        if (this.scanner instanceof jsonl/* JsonlScanner */.Bc) {
            this.scanner.bind(seen, this.columns, cells, sink);
        }
        else {
            const slotOf = new Int32Array(this.columns.length).fill(-1);
            for (const [name, slot] of seen)
                slotOf[this.columns.indexOf(name)] = slot;
            this.scanner.bind(slotOf, this.columns.length, cells, sink);
        }
        this.cells = cells;
        return cells;
    }
    /** Streams every data row to the sink given to `prepare`. */
    async scan(progress) {
        if (this.cells === null)
            throw new Error('TableReader.scan before prepare');
        const scanner = this.scanner;
        const source = this.source;
        let buf = this.window;
        let pos = this.pos;
        let end = this.end;
        let eof = this.eof;
        let last = external_node_perf_hooks_.performance.now();
        const maxLine = (0,read_source/* maxLineBytes */.YW)();
        progress.update(source.bytesRead, source.progressTotal, undefined, scanner.rows);
        for (;;) {
            pos = scanner.scan(buf, pos, end, eof);
            if (eof)
                break;
            if (end - pos > maxLine)
                throw lineTooLong(this.file, scanner.line, maxLine);
            // The unscanned rest (an incomplete record) moves to the front; the window is refilled.
            buf = compact(buf, pos, end);
            end -= pos;
            pos = 0;
            ({ end, eof } = await fill(source, buf, end));
            const now = external_node_perf_hooks_.performance.now();
            if (now - last >= PROGRESS_EVERY_MS) {
                last = now;
                progress.update(source.bytesRead, source.progressTotal, undefined, scanner.rows);
            }
        }
        const total = source.progressTotal;
        this.window = EMPTY;
        this.pos = 0;
        this.end = 0;
        progress.update(total, total, undefined, scanner.rows);
    }
    /** JSON Lines lines with escapes must be well-formed UTF-8 too (see `JsonlScanner.strictUtf8`). */
    requireUtf8() {
        if (this.scanner instanceof jsonl/* JsonlScanner */.Bc)
            this.scanner.strictUtf8 = true;
    }
    close() {
        this.source.close();
    }
}
const EMPTY = Buffer.alloc(0);
/** Index of the first LF in buf[from, end), or -1. */
function indexOfLF(buf, from, end) {
    const i = buf.indexOf(bytes.LF, from);
    return i >= 0 && i < end ? i : -1;
}
function isBlank(buf, start, end) {
    for (let i = start; i < end; i++) {
        const c = buf[i];
        if (c !== 32 && c !== 9 && c !== bytes.CR && c !== bytes.LF)
            return false;
    }
    return true;
}


/***/ }),

/***/ 37575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ trimF),
/* harmony export */   mY: () => (/* binding */ resizeI),
/* harmony export */   tA: () => (/* binding */ resizeF),
/* harmony export */   uA: () => (/* binding */ trimI)
/* harmony export */ });
/** Typed-array helpers of the readers. */
function trimI(a, n) {
    return a.length === n ? a : a.slice(0, n);
}
function trimF(a, n) {
    return a.length === n ? a : a.slice(0, n);
}
function resizeI(a, cap, keep) {
    const out = new Int32Array(cap);
    out.set(a.subarray(0, keep));
    return out;
}
function resizeF(a, cap, keep) {
    const out = new Float64Array(cap);
    if (a)
        out.set(a.subarray(0, keep));
    return out;
}


/***/ }),

/***/ 72063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J8: () => (/* binding */ evaluateScores),
  rc: () => (/* binding */ scoresMetrics)
});

// UNUSED EXPORTS: readScores, scoresFingerprint, scoresResult

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/result/schema.ts
var schema = __webpack_require__(6318);
// EXTERNAL MODULE: ./src/result/scores-data.ts
var scores_data = __webpack_require__(69407);
// EXTERNAL MODULE: ./src/evaluate/read/labels.ts
var labels = __webpack_require__(66437);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/util/progress.ts
var progress = __webpack_require__(65365);
// EXTERNAL MODULE: ./src/util/sum.ts
var util_sum = __webpack_require__(41863);
// EXTERNAL MODULE: ./src/evaluate/build-result.ts
var build_result = __webpack_require__(88589);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/zip.ts
var zip = __webpack_require__(52003);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/evaluate/scores/harness-files.ts
/**
 * What the harness readers share: finding a harness's files in a folder, reading one with a size
 * limit, and parsing its JSON as untrusted input (errors name the file, line and column).
 */




/** A harness file larger than this is refused (it is read whole). */
const MAX_HARNESS_FILE_BYTES = 1 << 30;
/**
 * `path` itself when it is a file; for a folder, the files under it (two levels deep: lm-eval
 * writes `P/<model>/samples_*.jsonl`) whose names `match`, sorted, at least one.
 */
async function harnessFiles(path, match, what) {
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch (e) {
        throw new errors/* InputError */.dz({ file: path }, e.code === 'ENOENT' ? 'no such file or folder' : e.message);
    }
    if (!info.isDirectory())
        return [path];
    const found = [];
    const walk = async (dir, depth) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        entries.sort((a, b) => (0,labels/* compareCodePoints */.OP)(a.name, b.name));
        for (const e of entries) {
            const p = (0,external_node_path_.join)(dir, e.name);
            if (e.isDirectory() && depth > 0)
                await walk(p, depth - 1);
            else if (e.isFile() && match(e.name))
                found.push(p);
        }
    };
    await walk(path, 1);
    if (found.length === 0)
        throw new errors/* InputError */.dz({ file: path }, `the folder holds no ${what}`);
    return found;
}
async function readHarnessFile(file) {
    const info = await (0,promises_.stat)(file);
    if (info.size > MAX_HARNESS_FILE_BYTES)
        throw new errors/* InputError */.dz({ file }, `is ${info.size} bytes, above the 1 GiB limit for one harness file`);
    return (0,promises_.readFile)(file);
}
/** Line and column (1-based) of character offset `at` in `text`. */
function position(text, at) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: at - start + 1 };
}
/**
 * Bare `NaN`, `Infinity` and `-Infinity` tokens (Python's json module writes them; inspect's
 * unscored samples hold NaN) become `null`: no value. Strings are left alone.
 */
function nonFiniteToNull(text) {
    if (!/NaN|Infinity/.test(text))
        return text;
    let out = '';
    let last = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
            continue;
        }
        if (c === 34)
            inString = true;
        else if (c === 78 && text.startsWith('NaN', i)) {
            out += text.slice(last, i) + 'null';
            last = i + 3;
            i += 2;
        }
        else if (c === 73 && text.startsWith('Infinity', i)) {
            const neg = text[i - 1] === '-';
            out += text.slice(last, neg ? i - 1 : i) + 'null';
            last = i + 8;
            i += 7;
        }
    }
    return out + text.slice(last);
}
/**
 * Parses JSON text from `file` (`lineOffset`: the line the text starts on, for JSON Lines); a
 * syntax error names the line and column and what the harness writes.
 */
function parseHarnessJson(text, file, expected, lineOffset = 1) {
    const clean = nonFiniteToNull(text);
    try {
        return JSON.parse(clean);
    }
    catch (e) {
        const m = /position (\d+)/.exec(e.message);
        const at = m ? position(clean, Number(m[1])) : null;
        throw new errors/* InputError */.dz({
            file,
            ...(at ? { line: at.line + lineOffset - 1, column: at.column } : { line: lineOffset }),
        }, `is not valid JSON (${e.message.split('\n')[0]}); expected ${expected}`);
    }
}
function isRecord(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
/** A short, printable form of a found value for messages. */
function shown(x) {
    let s;
    if (x === undefined)
        return 'nothing';
    try {
        s = JSON.stringify(x) ?? String(x);
    }
    catch {
        s = String(x);
    }
    return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
/** Non-empty lines of a JSON Lines buffer with their line numbers. */
function* jsonLines(buf) {
    const text = buf.toString('utf8').replace(/^\uFEFF/, '');
    let line = 1;
    let start = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        const s = text.slice(start, end).trim();
        if (s !== '')
            yield { line, text: s };
        line++;
        start = end + 1;
    }
}

;// CONCATENATED MODULE: ./src/evaluate/scores/inspect.ts
/**
 * inspect_ai logs: a `.json` EvalLog (`--log-format json`) or a `.eval` archive (a zip of
 * `header.json` and `samples/<id>_epoch_<n>.json`), or a folder of them. Each sample is one
 * (id, epoch): epochs are the repeated trials. Its `scores` map a scorer to `{value, …}`, read as
 * inspect's `value_to_float` does ("C" 1, "P" 0.5, "I"/"N" 0, yes/true 1, no/false 0, numeric
 * strings); a dict value is one sub-score per key (`scorer/key`). `reductions` are already
 * reduced over epochs and are not read. An errored sample without scores has no value.
 */




const EXPECTED_LOG = 'an inspect EvalLog (version 2): {"version": 2, "eval": {"task": …}, "samples": [{"id", "epoch", "scores"}]}';
/** inspect's `value_to_float`; undefined for what it would turn into 0 with a warning. */
function valueToFloat(v) {
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : NaN;
    if (v === null)
        return NaN;
    if (typeof v !== 'string')
        return undefined;
    if (v === 'C')
        return 1;
    if (v === 'P')
        return 0.5;
    if (v === 'I' || v === 'N')
        return 0;
    const s = v.toLowerCase();
    if (s === 'yes' || s === 'true')
        return 1;
    if (s === 'no' || s === 'false')
        return 0;
    const n = Number(v.trim());
    return v.trim() !== '' && Number.isFinite(n) ? n : undefined;
}
async function readLog(file) {
    const buf = await readHarnessFile(file);
    if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50)
        return readEvalArchive(file, buf);
    const log = parseHarnessJson(buf.toString('utf8'), file, EXPECTED_LOG);
    if (!isRecord(log))
        throw new errors/* InputError */.dz({ file }, `found ${shown(log)}; expected ${EXPECTED_LOG}`);
    if (log.version !== undefined && log.version !== 2 && log.version !== 1)
        throw new errors/* InputError */.dz({ file, column: 'version' }, `inspect log version ${shown(log.version)}; expected 2 (or 1)`);
    const task = isRecord(log.eval) && typeof log.eval.task === 'string' ? log.eval.task : (0,external_node_path_.basename)(file);
    if (!Array.isArray(log.samples))
        throw new errors/* InputError */.dz({ file }, `inspect log: no \`samples\` array${isRecord(log.eval) ? '; is this a header-only log (read with header_only=True)? use the log file in --log-dir as inspect wrote it' : `; expected ${EXPECTED_LOG}`}`);
    return { task, samples: log.samples };
}
function readEvalArchive(file, buf) {
    try {
        const entries = (0,zip/* listZipEntries */.kT)(buf);
        const header = entries.find((e) => e.name === 'header.json');
        const sampleEntries = entries.filter((e) => /^samples\/.+\.json$/.test(e.name));
        let task = (0,external_node_path_.basename)(file);
        if (header) {
            const h = parseHarnessJson((0,zip/* readZipEntry */.g7)(buf, header).toString('utf8'), `${file}:header.json`, EXPECTED_LOG);
            if (isRecord(h) && isRecord(h.eval) && typeof h.eval.task === 'string')
                task = h.eval.task;
        }
        if (sampleEntries.length === 0)
            throw new errors/* InputError */.dz({ file }, 'inspect log: no samples/*.json in this .eval archive; is the evaluation still running or the log header-only? use the log file in --log-dir as inspect wrote it');
        const samples = sampleEntries.map((e) => {
            const s = parseHarnessJson((0,zip/* readZipEntry */.g7)(buf, e).toString('utf8'), `${file}:${e.name}`, 'an inspect EvalSample');
            if (!isRecord(s))
                throw new errors/* InputError */.dz({ file: `${file}:${e.name}` }, `found ${shown(s)}; expected an inspect EvalSample`);
            return s;
        });
        return { task, samples };
    }
    catch (e) {
        if (e instanceof zip/* ZipError */.Wz)
            throw new errors/* InputError */.dz({ file }, `is not a readable .eval archive (${e.message}); expected an inspect log (.eval or .json)`);
        throw e;
    }
}
async function readInspect(path, table) {
    const files = await harnessFiles(path, (n) => n.endsWith('.eval') || n.endsWith('.json'), 'inspect logs (*.eval, *.json)');
    const logs = [];
    for (const file of files)
        logs.push({ file, ...(await readLog(file)) });
    const byTask = new Map();
    for (const log of logs) {
        const other = byTask.get(log.task);
        if (other !== undefined)
            throw new errors/* InputError */.dz({ file: log.file }, `a second log of task "${log.task}" (the first is ${other}); point --predictions at one run's logs (or one log)`);
        byTask.set(log.task, log.file);
    }
    const prefixed = logs.length > 1;
    const warnings = [];
    let unscored = 0;
    for (const { file, task, samples } of logs) {
        const seen = new Set();
        samples.forEach((s, i) => {
            const where = { file, column: `samples[${i}]` };
            if (!isRecord(s))
                throw new errors/* InputError */.dz(where, `found ${shown(s)}; expected a sample {"id", "epoch", "scores"}`);
            if (typeof s.id !== 'string' && typeof s.id !== 'number')
                throw new errors/* InputError */.dz(where, `sample id ${shown(s.id)}; expected a string or an integer`);
            const epoch = s.epoch ?? 1;
            const key = `${s.id}\u0000${String(epoch)}`;
            if (seen.has(key))
                throw new errors/* InputError */.dz(where, `sample ${shown(s.id)} epoch ${shown(epoch)} appears twice; expected one sample per (id, epoch)`);
            seen.add(key);
            const ex = table.example(prefixed ? `${task}/${s.id}` : String(s.id));
            if (!isRecord(s.scores)) {
                if (s.scores === undefined || s.scores === null) {
                    unscored++;
                    return;
                }
                throw new errors/* InputError */.dz(where, `scores ${shown(s.scores)}; expected {scorer: {value, …}}`);
            }
            for (const [scorer, score] of Object.entries(s.scores)) {
                const value = isRecord(score) ? score.value : undefined;
                const parts = isRecord(value)
                    ? Object.entries(value).map(([k, v]) => [`${scorer}/${k}`, v])
                    : [[scorer, value]];
                for (const [name, v] of parts) {
                    const x = valueToFloat(v);
                    if (x === undefined)
                        throw new errors/* InputError */.dz({ file, column: `samples[${i}].scores.${name}` }, `found ${shown(v)}; expected a score value inspect reads as a number (a number, a boolean, "C"/"P"/"I"/"N", yes/no)`);
                    if (x !== x)
                        continue;
                    table.add(ex, table.metric(prefixed ? `${task}/${name}` : name), x);
                }
            }
        });
    }
    if (unscored > 0)
        warnings.push(`inspect: ${unscored} samples have no scores (errored); they count as no value.`);
    return warnings;
}

;// CONCATENATED MODULE: ./src/evaluate/scores/lm-eval.ts
/**
 * lm-evaluation-harness `--log_samples` output: `samples_<task>_<date>.jsonl`, one per task, one
 * JSON line per (doc, filter) with `doc_id`, `filter`, `metrics` (the names of this line's metric
 * keys) and one key per metric. Ids are the doc ids; metric names are lm-eval's own (`acc`;
 * `exact_match,strict-match` for a filter other than `none`, as its results file names them);
 * with several tasks both are prefixed by the task (`gsm8k/…`), since doc ids recur per task.
 * Values that are pairs (`f1`, `mcc` → [gold, pred]) are aggregated corpus-level by lm-eval and
 * are not per-example scores: left out, with a note.
 */



const SAMPLES_FILE = /^samples_(.+)_[^_]+\.jsonl$/;
const EXPECTED_LINE = 'one JSON object per line as lm-eval --log_samples writes it: {"doc_id": 0, "filter": "none", "metrics": ["acc"], "acc": 1.0, …}';
/** The task of an lm-eval samples file: between `samples_` and the last `_`. */
function lmEvalTask(file) {
    const m = SAMPLES_FILE.exec((0,external_node_path_.basename)(file));
    return m ? m[1] : null;
}
async function readLmEval(path, table) {
    const files = await harnessFiles(path, (n) => SAMPLES_FILE.test(n), 'lm-eval samples files (samples_<task>_<date>.jsonl)');
    const tasks = files.map((f) => lmEvalTask(f) ?? (0,external_node_path_.basename)(f).replace(/\.jsonl$/, ''));
    const seen = new Map();
    tasks.forEach((t, i) => {
        const other = seen.get(t);
        if (other !== undefined)
            throw new errors/* InputError */.dz({ file: files[i] }, `a second samples file for task "${t}" (the first is ${other}); lm-eval writes one per task and run: point --predictions at one run's files`);
        seen.set(t, files[i]);
    });
    const prefixed = files.length > 1;
    const warnings = [];
    const notScores = new Set();
    for (let f = 0; f < files.length; f++) {
        const file = files[f];
        const task = tasks[f];
        let lines = 0;
        for (const { line, text } of jsonLines(await readHarnessFile(file))) {
            lines++;
            const obj = parseHarnessJson(text, file, EXPECTED_LINE, line);
            if (!isRecord(obj))
                throw new errors/* InputError */.dz({ file, line }, `found ${shown(obj)}; expected ${EXPECTED_LINE}`);
            const docId = obj.doc_id;
            if (typeof docId !== 'number' && typeof docId !== 'string')
                throw new errors/* InputError */.dz({ file, line, column: 'doc_id' }, `found ${shown(docId)}; expected the sample's doc_id (an integer). Is this an lm-eval samples file (written with --log_samples)?`);
            const names = obj.metrics;
            if (!Array.isArray(names) || names.some((n) => typeof n !== 'string'))
                throw new errors/* InputError */.dz({ file, line, column: 'metrics' }, `found ${shown(names)}; expected the list of this line's metric names, e.g. ["acc", "acc_norm"] (lm-eval 0.4 samples format)`);
            const filter = typeof obj.filter === 'string' ? obj.filter : 'none';
            const ex = table.example(prefixed ? `${task}/${docId}` : String(docId));
            for (const name of names) {
                const metricName = `${prefixed ? `${task}/` : ''}${name}${filter === 'none' ? '' : `,${filter}`}`;
                const v = obj[name];
                let value;
                if (typeof v === 'boolean')
                    value = v ? 1 : 0;
                else if (typeof v === 'number' && Number.isFinite(v))
                    value = v;
                else if (v === null)
                    continue;
                else if (Array.isArray(v) || isRecord(v)) {
                    notScores.add(metricName);
                    continue;
                }
                else
                    throw new errors/* InputError */.dz({ file, line, column: name }, `found ${shown(v)}; expected a number or a boolean (the per-sample value of metric "${name}")`);
                table.add(ex, table.metric(metricName), value);
            }
        }
        if (lines === 0)
            throw new errors/* InputError */.dz({ file }, `is empty; expected ${EXPECTED_LINE}`);
    }
    if (notScores.size > 0)
        warnings.push(`lm-eval: ${[...notScores].join(', ')} hold per-sample pairs that lm-eval aggregates over the whole corpus (e.g. f1, mcc), not per-example scores; left out.`);
    return warnings;
}

;// CONCATENATED MODULE: ./src/evaluate/scores/openai-evals.ts
/**
 * openai/evals `oaieval … --record_path F` JSON Lines: a `spec` line, then events
 * `{sample_id, type, data}` in flush order (threads interleave samples), then `final_report`.
 * Ids are the `sample_id`s (`<eval>.<split>.<index>`). Metrics: `correct` from `match` events,
 * and each number or boolean of `metrics` events (what `record_metrics` was given; strings such
 * as a model-graded `choice` are not scores). Several events of one type for one sample are
 * averaged into that sample's value.
 */


const EXPECTED = 'an openai/evals record file (oaieval --record_path): a {"spec": …} line, then events {"sample_id", "type", "data"}';
async function readOpenAiEvals(path, table) {
    const files = await harnessFiles(path, (n) => n.endsWith('.jsonl'), 'openai/evals record files (*.jsonl)');
    const prefixed = files.length > 1;
    for (const file of files) {
        let spec = false;
        let events = 0;
        let evalName = file;
        for (const { line, text } of jsonLines(await readHarnessFile(file))) {
            const obj = parseHarnessJson(text, file, EXPECTED, line);
            if (!isRecord(obj))
                throw new errors/* InputError */.dz({ file, line }, `found ${shown(obj)}; expected ${EXPECTED}`);
            if (isRecord(obj.spec)) {
                spec = true;
                if (typeof obj.spec.eval_name === 'string')
                    evalName = obj.spec.eval_name;
                continue;
            }
            if ('final_report' in obj)
                continue;
            if (!spec)
                throw new errors/* InputError */.dz({ file, line }, `the first line is not a {"spec": …} line; expected ${EXPECTED}`);
            const type = obj.type;
            if (type !== 'match' && type !== 'metrics')
                continue;
            const sid = obj.sample_id;
            if (typeof sid !== 'string' && typeof sid !== 'number')
                throw new errors/* InputError */.dz({ file, line, column: 'sample_id' }, `found ${shown(sid)}; expected the event's sample id`);
            if (!isRecord(obj.data))
                throw new errors/* InputError */.dz({ file, line, column: 'data' }, `found ${shown(obj.data)}; expected the ${type} event's data object`);
            const ex = table.example(prefixed ? `${evalName}/${sid}` : String(sid));
            const pre = prefixed ? `${evalName}/` : '';
            events++;
            if (type === 'match') {
                const c = obj.data.correct;
                if (typeof c !== 'boolean')
                    throw new errors/* InputError */.dz({ file, line, column: 'data.correct' }, `found ${shown(c)}; expected true or false`);
                table.add(ex, table.metric(`${pre}correct`), c ? 1 : 0);
                continue;
            }
            for (const [k, v] of Object.entries(obj.data)) {
                if (typeof v === 'boolean')
                    table.add(ex, table.metric(pre + k), v ? 1 : 0);
                else if (typeof v === 'number' && Number.isFinite(v))
                    table.add(ex, table.metric(pre + k), v);
            }
        }
        if (!spec)
            throw new errors/* InputError */.dz({ file }, `no {"spec": …} line; expected ${EXPECTED}`);
        if (events === 0)
            throw new errors/* InputError */.dz({ file }, 'has no match or metrics events: no per-sample scores to gate');
    }
    return [];
}

;// CONCATENATED MODULE: ./src/evaluate/scores/promptfoo.ts
/**
 * promptfoo `eval -o results.json`: `{evalId, results: {version: 3, results: [...]}}`, one row
 * per test × repeat × provider × prompt. Repeats (`--repeat N`) have their own `testIdx` and share
 * only their test case, so an example is its test case: its `description`, else its `vars`
 * (canonical JSON). Metrics: `success` (every assertion passed, 1/0), `score`, each named score,
 * and the row's `cost`, `tokens` (total token usage) and `latency_ms`. Several providers or
 * prompts in one file are several configurations: metric names are then prefixed by the
 * provider (and `#prompt index`). An errored row (failureReason 2) counts as failed (success and
 * score 0, as promptfoo scores it) and has no cost, tokens or latency (promptfoo reads back 0).
 */


const promptfoo_EXPECTED = 'a promptfoo output file (promptfoo eval -o results.json): {"evalId", "results": {"version": 3, "results": [...]}}';
function canonical(x) {
    if (Array.isArray(x))
        return `[${x.map(canonical).join(',')}]`;
    if (isRecord(x))
        return `{${Object.keys(x)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`)
            .join(',')}}`;
    return JSON.stringify(x) ?? 'null';
}
function finite(x) {
    return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}
async function readPromptfoo(path, table) {
    const files = await harnessFiles(path, (n) => n.endsWith('.json'), 'promptfoo output files (*.json)');
    if (files.length > 1)
        throw new errors/* InputError */.dz({ file: path }, `holds ${files.length} JSON files; expected one promptfoo output file (pass its path)`);
    const file = files[0];
    const doc = parseHarnessJson((await readHarnessFile(file)).toString('utf8'), file, promptfoo_EXPECTED);
    const inner = isRecord(doc) ? doc.results : undefined;
    if (!isRecord(inner) || !Array.isArray(inner.results))
        throw new errors/* InputError */.dz({ file }, Array.isArray(inner)
            ? `"results" is an array (an old promptfoo output, version 1?); expected ${promptfoo_EXPECTED}`
            : `no results.results array; expected ${promptfoo_EXPECTED}`);
    if (inner.version !== undefined && inner.version !== 3 && inner.version !== 2)
        throw new errors/* InputError */.dz({ file, column: 'results.version' }, `version ${shown(inner.version)}; expected 3 (or 2)`);
    const rows = inner.results;
    const configOf = (r) => {
        const p = isRecord(r.provider) ? r.provider : {};
        const provider = typeof p.label === 'string' && p.label !== '' ? p.label : typeof p.id === 'string' ? p.id : '';
        return `${provider}#${String(r.promptIdx ?? 0)}`;
    };
    const configs = [...new Set(rows.filter(isRecord).map(configOf))];
    const providers = new Set(configs.map((c) => c.slice(0, c.lastIndexOf('#'))));
    const prefix = (r) => {
        if (configs.length <= 1)
            return '';
        const c = configOf(r);
        return providers.size === configs.length ? `${c.slice(0, c.lastIndexOf('#'))}/` : `${c}/`;
    };
    let errored = 0;
    rows.forEach((r, i) => {
        const where = { file, column: `results.results[${i}]` };
        if (!isRecord(r))
            throw new errors/* InputError */.dz(where, `found ${shown(r)}; expected a result row {"testCase", "success", "score", …}`);
        if (typeof r.success !== 'boolean')
            throw new errors/* InputError */.dz({ file, column: `results.results[${i}].success` }, `found ${shown(r.success)}; expected true or false`);
        const tc = isRecord(r.testCase) ? r.testCase : {};
        const id = typeof tc.description === 'string' && tc.description !== ''
            ? tc.description
            : canonical(tc.vars ?? r.vars ?? {});
        const ex = table.example(id);
        const pre = prefix(r);
        const add = (name, v) => {
            if (v !== undefined)
                table.add(ex, table.metric(pre + name), v);
        };
        const isError = r.failureReason === 2;
        if (isError)
            errored++;
        add('success', r.success ? 1 : 0);
        add('score', finite(r.score) ?? (isError ? 0 : undefined));
        if (isRecord(r.namedScores))
            for (const [k, v] of Object.entries(r.namedScores))
                add(k, finite(v));
        if (isError)
            return;
        const response = isRecord(r.response) ? r.response : {};
        add('cost', finite(r.cost) ?? finite(response.cost));
        const usage = isRecord(r.tokenUsage)
            ? r.tokenUsage
            : isRecord(response.tokenUsage)
                ? response.tokenUsage
                : {};
        add('tokens', finite(usage.total));
        add('latency_ms', finite(r.latencyMs));
    });
    if (rows.length === 0)
        throw new errors/* InputError */.dz({ file }, `results.results is empty; expected ${promptfoo_EXPECTED}`);
    return errored > 0
        ? [
            `promptfoo: ${errored} rows errored (failureReason 2): counted as failed, with no cost, tokens or latency.`,
        ]
        : [];
}

// EXTERNAL MODULE: ./src/evaluate/read/cells.ts
var read_cells = __webpack_require__(47193);
// EXTERNAL MODULE: ./src/evaluate/read/bytes.ts
var bytes = __webpack_require__(75803);
// EXTERNAL MODULE: ./src/evaluate/read/columns.ts
var columns = __webpack_require__(2523);
// EXTERNAL MODULE: ./src/evaluate/read/table.ts + 1 modules
var read_table = __webpack_require__(40341);
// EXTERNAL MODULE: ./src/registry/metrics.ts
var metrics = __webpack_require__(36502);
;// CONCATENATED MODULE: ./src/evaluate/scores/trials.ts
/**
 * Repeated trials folded into examples. Every reader (a CSV/JSONL of scores, a harness's own
 * per-sample files) hands over (example id, metric, value) triples; rows sharing an id are trials
 * of one example. An example's score is its mean over its trials; a binary metric (every value
 * 0 or 1) with repeated trials also gives `pass@1` and `pass@K` (Chen et al. 2021's unbiased
 * estimator) and `flaky_examples` (examples with both outcomes). The tests downstream see one
 * term per example, so they resample and pair examples, never trials.
 */

/**
 * The unbiased estimator of pass@k (Chen et al. 2021, "Evaluating Large Language Models Trained
 * on Code", eq. 1) for one example with n trials of which c passed: 1 − C(n−c, k)/C(n, k),
 * computed as their numerically stable product 1 − Π_{i=n−c+1}^{n} (1 − k/i).
 */
function passAtK(n, c, k) {
    if (n - c < k)
        return 1;
    let prod = 1;
    for (let i = n - c + 1; i <= n; i++)
        prod *= 1 - k / i;
    return 1 - prod;
}
class TrialTable {
    ids = [];
    index = new Map();
    metrics = [];
    metricIndex = new Map();
    capacity = 1024;
    /** The example of `id` (a new one when first seen). */
    example(id) {
        let i = this.index.get(id);
        if (i === undefined) {
            i = this.ids.length;
            this.index.set(id, i);
            this.ids.push(id);
            if (i >= this.capacity)
                this.grow();
        }
        return i;
    }
    /** The metric called `name` (a new one when first seen). */
    metric(name) {
        let m = this.metricIndex.get(name);
        if (m === undefined) {
            m = this.metrics.length;
            this.metricIndex.set(name, m);
            const c = this.capacity;
            this.metrics.push({
                name,
                sum: new Float64Array(c),
                count: new Uint32Array(c),
                ones: new Uint32Array(c),
                binary: true,
            });
        }
        return m;
    }
    get metricNames() {
        return this.metrics.map((m) => m.name);
    }
    /** One trial's value of metric `m` for example `ex` (finite; the reader checked it). */
    add(ex, m, value) {
        const t = this.metrics[m];
        t.sum[ex] += value;
        t.count[ex]++;
        if (value === 1)
            t.ones[ex]++;
        else if (value !== 0)
            t.binary = false;
    }
    /** Drops a metric (a column found not to be a score after all). */
    drop(name) {
        const m = this.metricIndex.get(name);
        if (m === undefined)
            return;
        this.metrics.splice(m, 1);
        this.metricIndex.clear();
        this.metrics.forEach((t, i) => this.metricIndex.set(t.name, i));
    }
    grow() {
        const c = this.capacity * 2;
        for (const t of this.metrics) {
            t.sum = copyInto(new Float64Array(c), t.sum);
            t.count = copyInto(new Uint32Array(c), t.count);
            t.ones = copyInto(new Uint32Array(c), t.ones);
        }
        this.capacity = c;
    }
    /** The examples, their per-example terms, and notes on uneven trial counts. */
    finish() {
        const n = this.ids.length;
        const warnings = [];
        let trials = 0;
        for (const t of this.metrics)
            for (let i = 0; i < n; i++)
                if (t.count[i] > trials)
                    trials = t.count[i];
        const terms = [];
        for (const t of this.metrics) {
            const mean = new Float64Array(n);
            let minTrials = Infinity;
            let maxTrials = 0;
            for (let i = 0; i < n; i++) {
                const c = t.count[i];
                mean[i] = c === 0 ? NaN : t.sum[i] / c;
                if (c > 0 && c < minTrials)
                    minTrials = c;
                if (c > maxTrials)
                    maxTrials = c;
            }
            const binary = t.binary && maxTrials > 0;
            terms.push({ name: t.name, aggregate: 'mean', binary: binary && maxTrials === 1, values: mean });
            if (!binary || maxTrials < 2)
                continue;
            // pass@K needs K trials of every example: K is the smallest trial count (equal in a complete run).
            const k = minTrials;
            if (minTrials !== maxTrials)
                warnings.push(`${t.name}: examples have between ${minTrials} and ${maxTrials} trials; pass@k is given for k = 1${k > 1 ? ` and k = ${k}, the smallest trial count` : ' only (pass@K needs K trials of every example)'}.`);
            const at1 = new Float64Array(n);
            const atK = new Float64Array(n);
            const flaky = new Float64Array(n);
            for (let i = 0; i < n; i++) {
                const c = t.count[i];
                if (c === 0) {
                    at1[i] = atK[i] = flaky[i] = NaN;
                    continue;
                }
                at1[i] = passAtK(c, t.ones[i], 1);
                atK[i] = passAtK(c, t.ones[i], k);
                flaky[i] = t.ones[i] > 0 && t.ones[i] < c ? 1 : 0;
            }
            terms.push({ name: `${t.name}.pass@1`, aggregate: 'mean', binary: false, values: at1 });
            if (k > 1)
                terms.push({ name: `${t.name}.pass@${k}`, aggregate: 'mean', binary: false, values: atK });
            terms.push({ name: `${t.name}${metrics/* FLAKY_SUFFIX */.qB}`, aggregate: 'count', binary: false, values: flaky });
        }
        return { data: { task: 'scores', n, ids: this.ids, terms, trials }, warnings };
    }
}
function copyInto(to, from) {
    to.set(from);
    return to;
}

;// CONCATENATED MODULE: ./src/evaluate/scores/read-table.ts
/**
 * `--task scores` from any CSV/TSV/JSONL: an id column and score columns (`--score-columns`,
 * default every numeric or boolean column but the id). Booleans count 1/0; an empty cell (JSON
 * null, a missing key) is no value for that trial. Rows sharing an id are trials of one example.
 */






/** A cell's score: 1/0 for booleans, the number, NaN for an empty cell, undefined for text. */
function cellScore(buf, s, e, kind) {
    if (kind === read_cells/* KIND_NUMBER */.V)
        return (0,bytes/* parseNumber */.$J)(buf, s, e);
    if (kind === read_cells/* KIND_BOOL */.gv)
        return buf[s] === 0x74 ? 1 : 0;
    if (kind === read_cells/* KIND_NULL */.j3 || kind === read_cells/* KIND_MISSING */.S || kind === read_cells/* KIND_NESTED */.VH)
        return kind === read_cells/* KIND_NESTED */.VH ? undefined : NaN;
    if (s === e)
        return NaN;
    const v = (0,bytes/* parseNumber */.$J)(buf, s, e);
    if (v === v)
        return v;
    const text = buf.toString('latin1', s, e).trim().toLowerCase();
    if (text === 'true')
        return 1;
    if (text === 'false')
        return 0;
    if (text === '' || text === 'nan' || text === 'na' || text === 'null')
        return NaN;
    return undefined;
}
async function readScoreTable(file, idColumn, scoreColumns, table, logger) {
    const reader = await read_table/* TableReader */.k.open(file, 'scores');
    const warnings = [];
    try {
        if (reader.indexOf(idColumn) < 0)
            throw (0,columns/* missingColumn */.J)(file, idColumn, '--id-column', reader.columns, ' Rows sharing an id are repeated trials of one example, so --task scores needs an id column.');
        const explicit = scoreColumns !== undefined && scoreColumns.length > 0;
        const names = explicit ? [...scoreColumns] : reader.columns.filter((c) => c !== idColumn);
        for (const name of names) {
            if (reader.indexOf(name) < 0)
                throw (0,columns/* missingColumn */.J)(file, name, '--score-columns', reader.columns);
            if (name === idColumn)
                throw new errors/* UsageError */.eb(`--score-columns names the id column "${idColumn}"; the id is not a score.`);
        }
        if (names.length === 0)
            throw new errors/* InputError */.dz({ file }, `no score columns: the file has only the id column "${idColumn}"; expected numeric or boolean score columns beside it.`);
        const metrics = names.map((n) => table.metric(n));
        const text = new Array(names.length).fill(false);
        const firstText = [];
        const m = names.length;
        const cells = reader.prepare([idColumn, ...names], {
            row(buf, line) {
                const s0 = cells.starts[0];
                const e0 = cells.ends[0];
                const k0 = cells.kinds[0];
                if (k0 === read_cells/* KIND_NULL */.j3 || k0 === read_cells/* KIND_MISSING */.S || k0 === read_cells/* KIND_NESTED */.VH || s0 === e0)
                    throw new errors/* InputError */.dz({ file, line, column: idColumn }, k0 === read_cells/* KIND_NESTED */.VH
                        ? `the id is ${(0,read_cells/* nestedWhat */.GO)(buf, s0, e0)}; expected a string or number`
                        : 'the id is empty; every row needs the id of its example');
                const ex = table.example((0,bytes/* utf8 */.As)(buf, s0, e0));
                for (let j = 0; j < m; j++) {
                    if (text[j])
                        continue;
                    const s = cells.starts[j + 1];
                    const e = cells.ends[j + 1];
                    const v = cellScore(buf, s, e, cells.kinds[j + 1]);
                    if (v === undefined) {
                        if (explicit)
                            throw new errors/* InputError */.dz({ file, line, column: names[j] }, `found ${(0,bytes/* showBytes */.ni)(buf, s, e)}; expected a number or a boolean (true/false) score`);
                        text[j] = true;
                        firstText[j] = { line, value: (0,bytes/* showBytes */.ni)(buf, s, e) };
                        continue;
                    }
                    if (v !== v)
                        continue;
                    if (!Number.isFinite(v))
                        throw new errors/* InputError */.dz({ file, line, column: names[j] }, `found ${(0,bytes/* showBytes */.ni)(buf, s, e)}; expected a finite score`);
                    table.add(ex, metrics[j], v);
                }
            },
        });
        const progress = logger.progress.start(`Reading ${file}`);
        await reader.scan(progress);
        progress.done(`${reader.rows} rows`);
        if (reader.rows === 0)
            throw new errors/* InputError */.dz({ file }, 'no data rows after the header; there is nothing to gate.');
        const dropped = names.filter((_, j) => text[j]);
        for (const name of dropped)
            table.drop(name);
        if (dropped.length > 0)
            warnings.push(`${file}: not scores (text found), so not metrics: ${dropped
                .map((d) => `"${d}" (line ${firstText[names.indexOf(d)].line}: ${firstText[names.indexOf(d)].value})`)
                .join(', ')}. Name the score columns with --score-columns to make this an error.`);
        if (table.metricNames.length === 0)
            throw new errors/* InputError */.dz({ file }, `no numeric or boolean column besides the id "${idColumn}"; expected score columns (numbers, or true/false).`);
        return warnings;
    }
    finally {
        reader.close();
    }
}

;// CONCATENATED MODULE: ./src/evaluate/scores/evaluate-scores.ts
/**
 * `--task scores`: read per-example scores (a CSV/JSONL, or a harness's own per-sample output
 * with `--from`), fold repeated trials into examples, and build the result: every metric the
 * mean of its per-example terms, with their moment sums for unpaired tests against a bare
 * result.json.
 */















async function readScores(options, logger) {
    if (options.labels !== undefined)
        throw new errors/* UsageError */.eb("--labels does not apply to --task scores: the scores file holds each example's scores (its id and score columns), with nothing to join.");
    if (options.missing === 'count-as-wrong')
        throw new errors/* UsageError */.eb('--missing count-as-wrong does not apply to --task scores: a sample missing from one run has no score to count. Use --missing intersection to pair the samples both runs have.');
    for (const [flag, given] of [
        ['--score-column', options.scoreColumn],
        ['--score-prefix', options.scorePrefix],
        ['--positive-label', options.positiveLabel],
    ])
        if (given !== undefined)
            throw new errors/* UsageError */.eb(`${flag} does not apply to --task scores (did you mean --score-columns?).`);
    const table = new TrialTable();
    const path = options.predictions;
    let warnings;
    switch (options.from) {
        case 'lm-eval':
            warnings = await readLmEval(path, table);
            break;
        case 'inspect':
            warnings = await readInspect(path, table);
            break;
        case 'promptfoo':
            warnings = await readPromptfoo(path, table);
            break;
        case 'openai-evals':
            warnings = await readOpenAiEvals(path, table);
            break;
        default:
            warnings = await readScoreTable(path, options.idColumn, options.scoreColumns, table, logger);
    }
    if (options.from !== undefined && options.scoreColumns !== undefined && options.scoreColumns.length > 0) {
        const names = table.metricNames;
        for (const c of options.scoreColumns)
            if (!names.includes(c))
                throw new errors/* UsageError */.eb(`--score-columns names "${c}", which ${path} (--from ${options.from}) does not have; its metrics are: ${names.join(', ')}.`);
        for (const n of names)
            if (!options.scoreColumns.includes(n))
                table.drop(n);
    }
    const finished = (0,progress/* blockingStep */.M)(logger, `Folding ${table.ids.length.toLocaleString('en-US')} examples`, () => table.finish());
    return { data: finished.data, warnings: [...warnings, ...finished.warnings] };
}
/** Order-independent fingerprint of the example ids (two runs over the same samples agree). */
function scoresFingerprint(ids) {
    const sorted = [...ids].sort(labels/* compareCodePoints */.OP);
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const id of sorted)
        h.update(`${Buffer.byteLength(id)}:${id}`);
    return `sha256:${h.digest('hex').slice(0, 32)}`;
}
function moments(t) {
    const sum = new util_sum/* CompensatedSum */.$();
    const sq = new util_sum/* CompensatedSum */.$();
    let n = 0;
    for (let i = 0; i < t.values.length; i++) {
        const v = t.values[i];
        if (v !== v)
            continue;
        sum.add(v);
        sq.add(v * v);
        n++;
    }
    return { n, sum: sum.value, sum_sq: sq.value };
}
/** The metrics of per-example terms (what a sidecar's terms recompute too). */
function scoresMetrics(data) {
    const metrics = {};
    for (const t of data.terms)
        metrics[t.name] = (0,scores_data/* aggregateTerms */.xh)(t);
    return metrics;
}
function scoresResult(data, predictionsFile, warnings, source, now) {
    const metrics = scoresMetrics(data);
    const terms = {};
    for (const t of data.terms)
        terms[t.name] = moments(t);
    return {
        schema: schema/* RESULT_SCHEMA */.w,
        task: 'scores',
        n: data.n,
        dataset: { fingerprint: scoresFingerprint(data.ids), predictions_file: predictionsFile },
        tool: { name: 'model-gate', version: version/* VERSION */.x },
        created_at: now.toISOString(),
        source,
        metrics,
        statistics: { terms },
        errors: {
            error_rate: null,
            top_confusions: [],
            missing_predictions: 0,
            extra_predictions: 0,
            invalid_rows: 0,
        },
        ...(data.trials > 1 ? { trials: data.trials } : {}),
        warnings: [...warnings, ...(0,build_result/* overflowWarnings */.q)(metrics)],
    };
}
async function evaluateScores(options, logger, source, now = new Date()) {
    const { data, warnings } = await readScores(options, logger);
    const result = scoresResult(data, options.predictions, warnings, source, now);
    for (const w of result.warnings)
        logger.warning(w);
    return { result, data };
}


/***/ }),

/***/ 77391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ StatisticsAccumulator),
/* harmony export */   ub: () => (/* binding */ sufficientStatistics)
/* harmony export */ });
/* unused harmony exports STATISTIC_TERMS, mergeMoments */
/* harmony import */ var _metrics_text_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80917);
/* harmony import */ var _metrics_text_text_rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26522);
/* harmony import */ var _metrics_log_loss_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33971);
/* harmony import */ var _metrics_brier_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99117);
/* harmony import */ var _metrics_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95241);
/* harmony import */ var _metrics_evaluator_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53178);
/* harmony import */ var _util_sum_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41863);







/**
 * The terms each mean-shaped metric is a function of (what merge needs from every shard to
 * recompute it without the examples): a mean is sum / n; RMSE is √(mse); R² = 1 − SSE / SST takes
 * SSE from `mse` and SST from the labels' centred sum of squares (`y.m2`, `y.min`, `y.max`).
 */
const STATISTIC_TERMS = {
    log_loss: ['log_loss'],
    brier: ['brier'],
    mae: ['mae'],
    mse: ['mse'],
    rmse: ['mse'],
    mape: ['mape'],
    r2: ['mse', 'y'],
    ..._metrics_text_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_STATISTIC_TERMS */ .xr,
    // Ranking: each metric is the mean of its per-query values, stored under its own name (a
    // cutoff's name, `ndcg@10`, under itself too: src/merge/sums.ts).
    map: ['map'],
    mrr: ['mrr'],
    ndcg: ['ndcg'],
    'ndcg@k': ['ndcg@k'],
    'precision@k': ['precision@k'],
    'recall@k': ['recall@k'],
};
/**
 * `result.statistics`: per-example sufficient statistics of the mean-shaped metrics (count, sum
 * and sum of squares of each metric's per-example term), so that a bare result.json baseline —
 * no examples sidecar — still supports an unpaired test (Welch z) for them; RMSE and R² follow by
 * the delta method from the squared-error terms and the labels' moments. Accumulated batch by
 * batch so the streamed evaluation fills it too.
 *
 * The same sums let `merge` recompute those metrics of shards without their examples sidecars
 * (`STATISTIC_TERMS`): sums are compensated, and the labels' term `y` also keeps its centred sum of
 * squares `m2` (a second pass, as R² itself; shards combine by Chan's formula, `mergeMoments`) and
 * its `min`/`max`, so SST does not cancel and a constant target is recognised exactly.
 */
class StatisticsAccumulator {
    terms = new Map();
    /** Σ(y − ȳ)² of the regression labels, from the second pass (`addCentred`). */
    centred = new _util_sum_js__WEBPACK_IMPORTED_MODULE_5__/* .CompensatedSum */ .$();
    centredPass = false;
    /**
     * Whether R²'s Σ(y − ȳ)² needs a second pass over the rows (`addCentred`): when the target is
     * not constant, exactly when the streamed metrics make one (`needsTotalSquares`).
     */
    needsCentredPass() {
        const y = this.terms.get('y');
        return y !== undefined && y.n >= 2 && y.min !== y.max;
    }
    /** The second pass of a regression evaluation: Σ(y − ȳ)² with ȳ of the first, as the metrics. */
    addCentred(data) {
        const y = this.terms.get('y');
        if (data.task !== 'regression' || y === undefined || y.n === 0)
            return;
        this.centredPass = true;
        const mean = y.sum.value / y.n;
        for (let i = 0; i < data.n; i++) {
            const e = data.yPred[i] - data.yTrue[i];
            if (Number.isNaN(e))
                continue;
            const d = data.yTrue[i] - mean;
            this.centred.add(d * d);
        }
    }
    add(data) {
        if (data.task === 'regression') {
            const n = data.n;
            const ae = new Float64Array(n);
            const se = new Float64Array(n);
            const ape = new Float64Array(n);
            const y = new Float64Array(n);
            for (let i = 0; i < n; i++) {
                const e = data.yPred[i] - data.yTrue[i];
                ae[i] = Math.abs(e);
                se[i] = e * e;
                ape[i] = Math.abs(e) / Math.max(Math.abs(data.yTrue[i]), _metrics_names_js__WEBPACK_IMPORTED_MODULE_3__/* .FLOAT64_EPS */ .yn);
                // The rows the metrics use: those with a prediction (NaN e leaves the row out of every term).
                y[i] = Number.isNaN(e) ? NaN : data.yTrue[i];
            }
            this.addTerms('mae', ae);
            this.addTerms('mse', se);
            this.addTerms('mape', ape);
            this.addTerms('y', y);
            return;
        }
        const scores = data.scores;
        if (!scores)
            return;
        const n = data.n;
        const include = new Uint8Array(n);
        if (data.task === 'binary') {
            if (data.scoreKind === 'decision' || data.positive === undefined)
                return;
            const isPositive = new Uint8Array(n);
            for (let i = 0; i < n; i++) {
                include[i] = Number.isNaN(scores[i]) ? 0 : 1;
                isPositive[i] = data.yTrue[i] === data.positive ? 1 : 0;
            }
            // The evaluator's log loss: over every given probability column when there are several.
            this.addTerms('log_loss', data.logLossScores ? (0,_metrics_evaluator_js__WEBPACK_IMPORTED_MODULE_4__/* .matrixLogLoss */ .fn)(data, include) : (0,_metrics_log_loss_js__WEBPACK_IMPORTED_MODULE_2__/* .binaryRowLogLoss */ .f)(scores, isPositive, include));
            this.addTerms('brier', (0,_metrics_brier_js__WEBPACK_IMPORTED_MODULE_6__/* .brierRowTerms */ .e)(scores, isPositive, include));
            return;
        }
        const cols = data.scoreClasses;
        // Fewer than two columns: log_loss is null (NO_LOG_LOSS), so no term either.
        if (!cols || cols.length < 2)
            return;
        const k = cols.length;
        const column = new Map(cols.map((c, j) => [c, j]));
        const trueColumn = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            const j = column.get(data.classes[data.yTrue[i]]);
            trueColumn[i] = j ?? 0;
            // As the evaluator: a row with any NaN probability is left out.
            let nan = j === undefined;
            for (let c = 0; c < k && !nan; c++)
                nan = Number.isNaN(scores[i * k + c]);
            include[i] = nan ? 0 : 1;
        }
        this.addTerms('log_loss', (0,_metrics_log_loss_js__WEBPACK_IMPORTED_MODULE_2__/* .multiclassRowLogLoss */ .R)(scores, k, trueColumn, include));
    }
    /** `--task text`: the terms of `textStatisticColumns` (means, n-gram statistics, influences). */
    addText(rows) {
        for (const [name, values] of (0,_metrics_text_text_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .textStatisticColumns */ .lz)(rows))
            this.addTerms(name, values);
    }
    result() {
        if (this.terms.size === 0)
            return undefined;
        const terms = Object.create(null);
        for (const [name, m] of this.terms)
            terms[name] = m.result();
        const y = this.terms.get('y');
        if (y !== undefined && y.n > 0) {
            // A constant target (or a single row) has no spread: 0 without a second pass.
            const m2 = this.needsCentredPass() ? (this.centredPass ? this.centred.value : undefined) : 0;
            if (m2 !== undefined)
                terms.y = { ...terms.y, m2, min: y.min, max: y.max };
        }
        return { terms };
    }
    addTerms(name, values) {
        let m = this.terms.get(name);
        if (!m) {
            m = new MomentAccumulator();
            this.terms.set(name, m);
        }
        m.add(values);
    }
}
/**
 * One term's sums over the batches (NaN values are left out), fed value by value so that any
 * split into batches gives the same bits as one pass over the rows (the streamed evaluation
 * equals the in-memory one exactly).
 */
class MomentAccumulator {
    n = 0;
    sum = new _util_sum_js__WEBPACK_IMPORTED_MODULE_5__/* .CompensatedSum */ .$();
    sumSq = new _util_sum_js__WEBPACK_IMPORTED_MODULE_5__/* .CompensatedSum */ .$();
    min = Infinity;
    max = -Infinity;
    add(values) {
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v !== v)
                continue;
            this.n++;
            this.sum.add(v);
            this.sumSq.add(v * v);
            if (v < this.min)
                this.min = v;
            if (v > this.max)
                this.max = v;
        }
    }
    result() {
        return { n: this.n, sum: this.sum.value, sum_sq: this.sumSq.value };
    }
}
/** Chan, Golub & LeVeque's pairwise update: Σ(v − mean)² of the union of two disjoint parts. */
function chanM2(a, b) {
    if (a.n === 0)
        return b.m2;
    if (b.n === 0)
        return a.m2;
    const n = a.n + b.n;
    const delta = b.sum / b.n - a.sum / a.n;
    return a.m2 + b.m2 + ((delta * delta * a.n) / n) * b.n;
}
/**
 * The sums of the union of disjoint parts (shards), from each part's sums: what one accumulator
 * over all of their rows gives, up to rounding. `m2`, `min` and `max` are kept only when every part
 * with rows has them (results written before they existed lack them).
 */
function mergeMoments(parts) {
    const sum = new CompensatedSum();
    const sumSq = new CompensatedSum();
    let acc = { n: 0, sum: 0, sum_sq: 0, m2: 0 };
    let centred = true;
    let min = Infinity;
    let max = -Infinity;
    for (const p of parts) {
        if (p.n === 0)
            continue;
        sum.add(p.sum);
        sumSq.add(p.sum_sq);
        if (p.m2 === undefined || p.min === undefined || p.max === undefined)
            centred = false;
        else {
            acc = { n: acc.n + p.n, sum: acc.sum + p.sum, sum_sq: 0, m2: chanM2(acc, p) };
            if (p.min < min)
                min = p.min;
            if (p.max > max)
                max = p.max;
        }
    }
    const n = parts.reduce((a, p) => a + p.n, 0);
    const out = { n, sum: sum.value, sum_sq: sumSq.value };
    if (n > 0 && centred) {
        out.m2 = acc.m2;
        out.min = min;
        out.max = max;
    }
    return out;
}
/** The statistics of one in-memory evaluation. */
function sufficientStatistics(data) {
    const acc = new StatisticsAccumulator();
    acc.add(data);
    if (acc.needsCentredPass())
        acc.addCentred(data);
    return acc.result();
}


/***/ }),

/***/ 36502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NL: () => (/* binding */ metricDeclaration),
/* harmony export */   RW: () => (/* binding */ BENCH_FIELD_NAMES),
/* harmony export */   Uw: () => (/* binding */ METRIC_NAMES),
/* harmony export */   Vd: () => (/* binding */ METRIC_DECLARATIONS),
/* harmony export */   _n: () => (/* binding */ declarationFor),
/* harmony export */   qB: () => (/* binding */ FLAKY_SUFFIX),
/* harmony export */   uS: () => (/* binding */ metricsForTask)
/* harmony export */ });
/* unused harmony exports tasksOf, SCORE_COST_NAMES, scoreMetricDeclaration */
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
const RANKING = ['ranking'];
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
    // serve-bench rounds fill the same fields (the HELP text is kept: dashboards and the golden file read it).
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
    // Ranking (src/evaluate/metrics/retrieval.ts, trec_eval 9.0.x): means over queries of per-query
    // values, so each is `mean`-shaped (paired z on the per-query differences) and merges by sums.
    // The `@k` declarations stand for every cutoff (`ndcg@10`…): `metricDeclaration` resolves them.
    metric('map', 'MAP', RANKING, 'higher', 'score', 'mean', 'sums', UNIT),
    metric('mrr', 'MRR', RANKING, 'higher', 'score', 'mean', 'sums', UNIT),
    metric('ndcg', 'nDCG', RANKING, 'higher', 'score', 'mean', 'sums', UNIT),
    metric('ndcg@k', 'nDCG@k', RANKING, 'higher', 'score', 'mean', 'sums', UNIT),
    metric('precision@k', 'Precision@k', RANKING, 'higher', 'proportion', 'mean', 'sums', UNIT),
    metric('recall@k', 'Recall@k', RANKING, 'higher', 'proportion', 'mean', 'sums', UNIT),
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
    // serve-bench: the share of a round's requests that failed (status ≥ 400, connection error,
    // timeout); a proportion, so gate.yml reads it in points ("max_regression: 0.5pp").
    {
        ...bench('error_rate', 'Error rate', 'lower', 'proportion', family('model_gate_bench_error_rate', `Share of serve-bench requests that failed, ${OVER_RUNS}`)),
        range: UNIT,
    },
];
const BY_NAME = new Map(METRIC_DECLARATIONS.map((d) => [d.name, d]));
/** Every metric name a gate can use, in report order. */
const METRIC_NAMES = METRIC_DECLARATIONS.map((d) => d.name);
/** A metric at a cutoff (`ndcg@10`): its family's `@k` declaration, named for that cutoff. */
const AT_CUTOFF = /^([a-z_]+)@([1-9]\d{0,8})$/;
const atCutoff = new Map();
/** The declaration of `name`, or undefined when no such metric exists. */
function metricDeclaration(name) {
    const declared = BY_NAME.get(name);
    if (declared !== undefined)
        return declared;
    const cut = AT_CUTOFF.exec(name);
    if (cut === null)
        return undefined;
    const family = BY_NAME.get(`${cut[1]}@k`);
    if (family === undefined)
        return undefined;
    let d = atCutoff.get(name);
    if (d === undefined) {
        d = {
            ...family,
            name,
            label: family.label.replace('@k', `@${cut[2]}`),
            openmetrics: { ...family.openmetrics, labels: { metric: name } },
        };
        atCutoff.set(name, d);
    }
    return d;
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
/**
 * `--task scores`: every per-example score column (or harness metric) is a metric named after it,
 * so these declarations are made from the name rather than listed. A score is better higher,
 * except the per-example costs (`cost`, `tokens`, `latency_ms`, also as `task/cost`…) and the
 * count of flaky examples. Every one is the mean of a per-example term (`flaky_examples`: their
 * sum), so the paired test is on the per-example differences and shards merge by sums.
 */
const SCORE_COST_NAMES = ['cost', 'tokens', 'latency_ms'];
/** The suffixes `--task scores` adds to a binary score's name (`acc.pass@1`, `acc.flaky_examples`). */
const FLAKY_SUFFIX = '.flaky_examples';
function scoreMetricDeclaration(name) {
    const base = name.slice(name.lastIndexOf('/') + 1);
    const lower = SCORE_COST_NAMES.includes(base) || name.endsWith(FLAKY_SUFFIX);
    const unit = base === 'latency_ms' ? 'milliseconds' : 'score';
    return {
        ...metric(name, name, ['scores'], lower ? 'lower' : 'higher', unit, 'mean', 'sums'),
        openmetrics: {
            family: 'model_gate_score',
            labels: { metric: name },
            help: 'Mean over examples of a per-example score (--task scores), by score name.',
        },
    };
}
/** A metric's declaration as a result of `task` carries it: scores are named by the data. */
function declarationFor(name, task) {
    if (task === 'scores' && !name.startsWith('bench.'))
        return scoreMetricDeclaration(name);
    return metricDeclaration(name);
}


/***/ }),

/***/ 26518:
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

;// CONCATENATED MODULE: ./src/report/text-examples.ts

/** Code points of each text shown in a report row. */
const text_examples_EXCERPT_SHOWN = 60;
function changeWords(x) {
    if (x.kind === 'right-to-wrong')
        return 'exact match lost';
    return `${x.metric} ${formatMetricValue(x.metric, x.baseline)} → ${formatMetricValue(x.metric, x.candidate)}`;
}
function text_examples_exampleChangeRows(result) {
    return (result.gate?.examples_changed ?? []).map((x) => ({
        id: x.id,
        change: changeWords(x),
        prediction: x.prediction,
        baselinePrediction: x.baseline_prediction,
        reference: x.reference,
    }));
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
const BENCH_ORDER = schema/* BENCH_SUMMARY_FIELDS */.Kh;
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
/** serve-bench: what was sent and what failed ("served: 100 requests · errors: 503 × 20 · …"). */
function model_serveSummary(v, esc) {
    const errors = Object.entries(v.errors_by_status).map(([k, n]) => `${esc(k)} × ${(0,quantity/* formatCount */.B4)(n)}`);
    const load = v.mode === 'open-loop'
        ? `open loop at ${v.rate_per_second}/s (at most ${v.concurrency} in flight)`
        : `closed loop, concurrency ${v.concurrency}`;
    return `served: ${(0,quantity/* formatCount */.B4)(v.requests)} requests · errors: ${errors.length ? errors.join(', ') : 'none'} · ${load}`;
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
function model_benchChange(field, s, base) {
    if (!base)
        return null;
    const delta = s.median - base.median;
    return `${formatDelta(`bench.${field}`, delta)} (${formatRelative(delta, base.median)})`;
}
/**
 * The bench series the candidate's is compared with: this run's own interleaved baseline series
 * (`bench.against`) when it has one, else the stored baseline's bench — what the gate compared.
 */
function benchBaseline(result, baseline) {
    const b = result.bench;
    if (!b?.against)
        return baseline?.bench;
    const { against, ...rest } = b;
    return { ...rest, command: against.command, runs: against.runs, summary: against.summary };
}
/** A result whose bench is `benchBaseline`'s (what the charts draw as the baseline). */
function benchBaselineResult(result, baseline) {
    if (!result.bench?.against)
        return baseline;
    return { ...result, bench: benchBaseline(result, baseline) };
}
/** "±3.1 %": a field's A/A noise floor in an interleaved run; null when not measured. */
function model_benchNoiseFloor(b, field) {
    const v = b.against?.noise_floor?.[field];
    return typeof v === 'number' && Number.isFinite(v) ? `±${(100 * v).toFixed(1)}%` : null;
}
/** A command's argv as the user wrote it: the string of `sh -c STRING`, else the words. */
function commandText(argv) {
    return argv.length === 3 && argv[0] === 'sh' && argv[1] === '-c' ? argv[2] : argv.join(' ');
}
/**
 * What an interleaved run did, in a sentence or two (the baseline command through `esc`), or
 * null for a plain benchmark: the pairs, the noise floor of wall time, a confirmation's outcome.
 */
function model_interleavedText(b, esc) {
    const a = b.against;
    if (!a)
        return null;
    const floor = model_benchNoiseFloor(b, 'wall_seconds');
    const parts = [
        `Interleaved A/B: the baseline's command (${esc(commandText(a.command))}) and the candidate's were measured in turn on this machine, ${plural(a.pairs, 'pair')}; the bench checks compare these two series.`,
    ];
    if (floor)
        parts.push(`A/A noise floor of wall time ${floor} (robust spread of the baseline's runs: 1.4826 · MAD / median).`);
    const c = a.confirm;
    if (c)
        parts.push(`${esc(c.metrics.join(', '))} failed on the first ${plural(a.pairs - c.pairs, 'pair')}; re-measured with ${(0,quantity/* formatCount */.B4)(c.pairs)} more: ${c.outcome === 'confirmed' ? 'confirmed (still failing)' : 'cleared (no longer failing)'}.`);
    return parts.join(' ');
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
    // Text: the examples that got worse.
    const changes = exampleChangeRows(result);
    if (changes.length) {
        blank();
        out.push(heading('Examples that got worse', paint));
        for (const r of changes.slice(0, 10)) {
            out.push(`  ${esc(r.id)}  ${r.change}`);
            out.push(paint(`    output:    ${sanitizeTerminal(r.prediction, EXCERPT_SHOWN)}`, 'dim'));
            out.push(paint(`    was:       ${sanitizeTerminal(r.baselinePrediction, EXCERPT_SHOWN)}`, 'dim'));
            out.push(paint(`    reference: ${sanitizeTerminal(r.reference, EXCERPT_SHOWN)}`, 'dim'));
        }
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
    // An interleaved run shows its baseline series beside the candidate's, and their A/A noise.
    const a = b.against;
    const rows = benchFields(b).map((f) => {
        const s = b.summary[f];
        const as = a?.summary[f];
        const change = as ? benchChange(f, s, as) : null;
        return [
            benchLabel(f),
            formatBench(f, s.median),
            '±',
            formatBench(f, s.stddev),
            `(${benchRange(f, s)})`,
            `n=${formatCount(s.n)}`,
            ...(a ? [as ? formatBench(f, as.median) : '—', change ?? '—', benchNoiseFloor(b, f) ?? '—'] : []),
        ];
    });
    out.push(...table({
        header: ['', 'median', '', 'σ', 'min … max', '', ...(a ? ['baseline', 'Δ median', 'A/A noise'] : [])],
        rows,
        align: ['l', 'r', 'l', 'r', 'l', 'l', ...(a ? ['r', 'r', 'r'] : [])],
        style: (_r, c) => (c === 1 ? ['bold'] : []),
    }, W, paint));
    const note = interleavedText(b, esc);
    if (note)
        out.push(...wrap(`  ${note}`, W));
    if (b.serve)
        out.push(paint(`  ${serveSummary(b.serve, esc)}`, 'dim'));
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
    'text-examples',
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
    const bb = benchBaseline(result, baseline);
    const interleaved = b.against !== undefined;
    const fields = model_benchFields(b);
    const runs = model_measuredRuns(b).length;
    const cell = (f, s) => (s ? mdText(benchSpread(f, s)) : '—');
    let table;
    if (bb) {
        table = mdTable([
            'benchmark',
            interleaved ? 'baseline (interleaved)' : 'baseline',
            'candidate',
            'Δ median',
            'candidate min … max',
            ...(interleaved ? ['A/A noise'] : []),
        ], fields.map((f) => {
            const s = b.summary[f];
            const bs = bb.summary[f];
            const change = model_benchChange(f, s, bs);
            return [
                model_benchLabel(f),
                cell(f, bs),
                cell(f, s),
                change === null ? '—' : mdText(change),
                mdText(model_benchRange(f, s)),
                ...(interleaved ? [mdText(model_benchNoiseFloor(b, f) ?? '—')] : []),
            ];
        }), ['l', 'r', 'r', 'r', 'r', ...(interleaved ? ['r'] : [])]);
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
    const note = model_interleavedText(b, (s) => md(s, 120));
    const served = b.serve ? `\n\n<sub>${model_serveSummary(b.serve, (t) => md(t, 40))}</sub>` : '';
    return `#### Benchmark\n\n${table}\n\n${note ? `${note}\n\n` : ''}${host}${served}`;
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
/** Text: the examples that got worse, with escaped excerpts (`chars` code points each). */
function textExamplesPart(result, limit, chars) {
    const rows = text_examples_exampleChangeRows(result).slice(0, limit);
    if (!rows.length)
        return null;
    return ('#### Examples that got worse\n\n' +
        mdTable(['id', 'change', 'candidate output', 'baseline output', 'reference'], rows.map((r) => [
            md(r.id, 40),
            mdText(r.change),
            md(r.prediction, chars),
            md(r.baselinePrediction, chars),
            md(r.reference, chars),
        ]), ['l', 'l', 'l', 'l', 'l']));
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
    parts.push(variants('text-examples', (l) => l === 0
        ? textExamplesPart(result, 20, text_examples_EXCERPT_SHOWN)
        : l === 1
            ? textExamplesPart(result, 5, 30)
            : '', [null, 'example excerpts cut to 5 rows', 'example excerpts']));
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
// ---------------------------------------------------------------- per-example score histogram
/**
 * `--task text`: the per-example score distribution (`gate.score_distribution`) as bars per bin,
 * baseline and candidate side by side. Null when there is none.
 */
function scoreHistogram(result) {
    const d = result.gate?.score_distribution;
    if (!d || d.candidate.length === 0 || d.edges.length !== d.candidate.length + 1)
        return null;
    const series = [
        ...(d.baseline && d.baseline.length === d.candidate.length
            ? [{ name: 'baseline', counts: d.baseline, cls: 'bar-base' }]
            : []),
        { name: 'candidate', counts: d.candidate, cls: 'bar-cand' },
    ];
    const bins = d.candidate.length;
    const max = Math.max(1, ...series.flatMap((s) => s.counts));
    const left = 50;
    const plot = 440;
    const top = 24;
    const plotH = 140;
    const width = left + plot + 20;
    const height = top + plotH + 40;
    const binW = plot / bins;
    const barW = (binW - 2) / series.length;
    const parts = [
        `<text x="0" y="14" class="title">${h(`${d.metric} per example`, 60)}</text>`,
        `<text x="${n(left + plot)}" y="14" text-anchor="end" class="axis">${series
            .map((s) => (0,util_escape/* escapeHtml */.ZD)(s.name))
            .join(' · ')}</text>`,
    ];
    for (let k = 0; k <= 4; k++) {
        const y = top + plotH - (k / 4) * plotH;
        parts.push(`<line x1="${left}" y1="${n(y)}" x2="${left + plot}" y2="${n(y)}" class="grid"/>`);
        parts.push(`<text x="${left - 6}" y="${n(y + 4)}" text-anchor="end" class="axis">${(0,util_escape/* escapeHtml */.ZD)((0,quantity/* formatCount */.B4)(Math.round((k / 4) * max)))}</text>`);
    }
    series.forEach((s, j) => {
        s.counts.forEach((c, i) => {
            const bh = (c / max) * plotH;
            const x = left + i * binW + 1 + j * barW;
            parts.push(`<rect x="${n(x)}" y="${n(top + plotH - bh)}" width="${n(Math.max(0.5, barW))}" height="${n(bh)}" class="${s.cls}"><title>${(0,util_escape/* escapeHtml */.ZD)(`${s.name}: ${(0,quantity/* formatCount */.B4)(c)} examples with ${d.metric} in [${format_formatMetric(d.edges[i])}, ${format_formatMetric(d.edges[i + 1])}${i === bins - 1 ? ']' : ')'}`)}</title></rect>`);
        });
    });
    for (let i = 0; i <= bins; i += bins / 4)
        parts.push(`<text x="${n(left + i * binW)}" y="${n(top + plotH + 16)}" text-anchor="middle" class="axis">${(0,util_escape/* escapeHtml */.ZD)(format_formatMetric(d.edges[i] ?? 0))}</text>`);
    return svg(width, height, `${d.metric} per example`, parts.join(''));
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
    const bb = benchBaseline(result, baseline);
    const interleaved = b.against !== undefined;
    const chartBaseline = benchBaselineResult(result, baseline);
    const fields = model_benchFields(b);
    const ms = (f, s) => (s ? t(benchSpread(f, s)) : '—');
    const rows = fields.map((f) => {
        const s = b.summary[f];
        const bs = bb?.summary[f];
        const range = t(model_benchRange(f, s));
        if (!bb)
            return [t(model_benchLabel(f)), ms(f, s), range, (0,quantity/* formatCount */.B4)(s.n)];
        const change = model_benchChange(f, s, bs);
        return [
            t(model_benchLabel(f)),
            ms(f, bs),
            ms(f, s),
            change === null ? '—' : t(change),
            range,
            (0,quantity/* formatCount */.B4)(s.n),
            ...(interleaved ? [t(model_benchNoiseFloor(b, f) ?? '—')] : []),
        ];
    });
    const tbl = bb
        ? html_table([
            '',
            interleaved ? 'baseline (interleaved) median ± σ' : 'baseline median ± σ',
            'candidate median ± σ',
            'Δ median',
            'candidate min … max',
            'n',
            ...(interleaved ? ['A/A noise'] : []),
        ], rows, [false, true, true, true, true, true, ...(interleaved ? [true] : [])])
        : html_table(['', 'median ± σ', 'min … max', 'n'], rows, [false, true, true, true]);
    const charts = ['wall_seconds', 'peak_rss_bytes', 'peak_tree_rss_bytes', 'gpu_memory_peak_bytes']
        .filter((f) => f in b.summary)
        .slice(0, 3)
        .map((f) => benchDistribution(f, result, bb && model_measuredRuns(bb).length ? chartBaseline : undefined))
        .filter((x) => x !== null);
    const host = b.host;
    const gpus = host.gpus
        .map((g) => `${html_h(g.model, 80)}${g.driver ? ` (driver ${html_h(g.driver, 40)})` : ''}`)
        .join(', ');
    const hostLine = `<p class="note">${(0,quantity/* formatCount */.B4)(model_measuredRuns(b).length)} measured runs · ${html_h(b.method, 120)} · ${html_h(host.cpu_model, 80)}, ${host.cpu_cores} cores, ${t(format_formatBytes(host.memory_bytes))}, ${html_h(host.os, 80)}${gpus ? ` · ${gpus}` : ''}</p>`;
    const note = model_interleavedText(b, (s) => `<code>${html_h(s, 120)}</code>`);
    return section('Benchmark', `${tbl}\n${charts.length ? `<div class="charts">${charts.join('\n')}</div>` : ''}\n${note ? `<p class="note">${note}</p>\n` : ''}${hostLine}`);
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
/** Text: the examples that got worse (escaped excerpts) and the per-example score histogram. */
function textExamplesHtml(result) {
    const rows = text_examples_exampleChangeRows(result);
    const chart = scoreHistogram(result);
    if (!rows.length && !chart)
        return '';
    const cell = (s) => `<td class="mono">${html_h(s, text_examples_EXCERPT_SHOWN)}</td>`;
    const table = rows.length
        ? `<table><thead><tr><th>id</th><th>change</th><th>candidate output</th><th>baseline output</th><th>reference</th></tr></thead><tbody>${rows
            .map((r) => `<tr><td class="mono">${html_h(r.id, 40)}</td><td>${t(r.change)}</td>${cell(r.prediction)}${cell(r.baselinePrediction)}${cell(r.reference)}</tr>`)
            .join('')}</tbody></table>`
        : '';
    return section('Examples that got worse', `${table}${chart ? `\n<div class="charts">${chart}</div>` : ''}`);
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
        textExamplesHtml(result),
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
  PZ: () => (/* binding */ ExamplesWriter),
  Kb: () => (/* binding */ idBytesFor),
  O2: () => (/* binding */ idBytesOfStrings),
  $n: () => (/* binding */ readExampleData),
  V$: () => (/* binding */ writeExamples)
});

// UNUSED EXPORTS: EXAMPLES_FILE, EXAMPLES_FORMAT_V1, readExamples

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/result/evaluation-data.ts
var evaluation_data = __webpack_require__(97368);
// EXTERNAL MODULE: ./src/evaluate/metrics/text/text-rows.ts
var text_rows = __webpack_require__(26522);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/progress.ts
var util_progress = __webpack_require__(65365);
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
    if (data.task === 'regression' || data.task === 'ranking' || data.task === 'text' || !data.scores)
        return 0;
    return data.task === 'binary' ? 1 : (data.scoreClasses ?? data.classes).length;
}
/** The columns a header's fields call for, in file order. */
function layout(h) {
    const label = h.task === 'regression' ? 'float64' : 'int32';
    const cols = h.task === 'ranking'
        ? [{ name: 'values', type: 'float64', count: h.n * (h.metrics?.length ?? 0) }]
        : h.task === 'text'
            ? [
                { name: 'text_terms', type: 'float64', count: h.n * (h.text_width ?? 0) },
                { name: 'label_hashes', type: 'int32', count: 2 * h.n },
                { name: 'excerpt_lengths', type: 'uint32', count: 2 * h.n },
                { name: 'excerpt_bytes', type: 'bytes', count: h.excerpt_bytes ?? 0 },
            ]
            : [
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
    if (data.task === 'text')
        return writeTextExamples(dir, data, logger);
    const ids = idBytesFor(data);
    const writer = new ExamplesWriter(dir, data.n, ids ? ids.offsets[ids.n] - ids.offsets[0] : null, logger);
    try {
        writer.write(data, 0, ids);
        return writer.finish();
    }
    catch (e) {
        writer.abort();
        throw e;
    }
}
/**
 * Writes a sidecar a batch of rows at a time, so that rows streamed from disk never need to be
 * in memory together: each batch goes to its place in each column (positional writes; the layout
 * follows from n, the score width and the ids' byte count, all known before the first row). The
 * header is fixed by the first batch's fields (task, classes, scores…), as `writeExamples` takes
 * them from the whole data: the same rows give the same bytes however they are batched. Batches
 * come in row order. The file is written under a temporary name and renamed by `finish`.
 */
class ExamplesWriter {
    n;
    idByteCount;
    path;
    tmp;
    fd;
    columns = [];
    /** Where each column starts in the file (the header's length first). */
    starts = [];
    total = 0;
    rows = 0;
    idAt = 0;
    written = 0;
    progress;
    constructor(dir, n, 
    /** The ids' UTF-8 bytes in all, or null when the rows have no ids. */
    idByteCount, logger = util_progress/* silentLogger */.q) {
        this.n = n;
        this.idByteCount = idByteCount;
        this.path = (0,external_node_path_.join)(dir, EXAMPLES_FILE);
        this.tmp = `${this.path}.${process.pid}.tmp`;
        this.fd = (0,external_node_fs_.openSync)(this.tmp, 'w');
        this.progress = logger.progress.start(`Writing ${this.path}`);
    }
    /** Rows [start, start + batch.n), with their ids' bytes when the rows have ids. */
    write(batch, start, ids) {
        if (start !== this.rows)
            throw new Error(`ExamplesWriter: rows ${start}… after ${this.rows}`);
        if ((ids !== null) !== (this.idByteCount !== null))
            throw new Error('ExamplesWriter: ids given for some rows only');
        if (this.columns.length === 0)
            this.writeHeader(batch);
        const count = batch.n;
        const width = scoreWidth(batch);
        const put = (column, at, bytes) => this.put(this.starts[column] + at, bytes);
        let next;
        if (batch.task === 'ranking') {
            // One row per query: its value of every metric, row-major.
            const m = batch.metrics.length;
            put(0, start * m * 8, bytesOf(canonicalNaN(batch.values.subarray(0, count * m))));
            next = 1;
        }
        else {
            const label = batch.task === 'regression' ? 8 : 4;
            put(0, start * label, bytesOf(batch.yTrue.subarray(0, count)));
            put(1, start * label, bytesOf(canonicalNaN(batch.yPred.subarray(0, count))));
            next = 2;
        }
        if (width > 0) {
            const scores = batch.scores.subarray(0, count * width);
            put(next++, start * width * 8, bytesOf(canonicalNaN(scores)));
        }
        if (ids !== null) {
            const { bytes, offsets } = ids;
            const lengths = new Uint32Array(count);
            for (let i = 0; i < count; i++)
                lengths[i] = offsets[i + 1] - offsets[i];
            put(next++, start * 4, bytesOf(lengths));
            put(next, this.idAt, bytes.subarray(offsets[0], offsets[count]));
            this.idAt += offsets[count] - offsets[0];
        }
        this.rows += count;
    }
    /** Pads the columns, checks that every row came, and renames the file to its real name. */
    finish() {
        if (this.rows !== this.n)
            throw new Error(`ExamplesWriter: ${this.rows} of ${this.n} rows written`);
        if (this.idByteCount !== null && this.idAt !== this.idByteCount)
            throw new Error(`ExamplesWriter: ${this.idAt} of ${this.idByteCount} id bytes written`);
        this.columns.forEach((c, k) => {
            const bytes = c.count * WIDTH[c.type];
            if (pad8(bytes) > bytes)
                this.put(this.starts[k] + bytes, new Uint8Array(pad8(bytes) - bytes));
        });
        (0,external_node_fs_.closeSync)(this.fd);
        this.fd = -1;
        (0,external_node_fs_.renameSync)(this.tmp, this.path);
        this.progress.done(`${this.n} rows, ${(this.total / 2 ** 20).toFixed(1)} MiB`);
        return this.path;
    }
    /** Closes and removes the temporary file (after a failure). */
    abort() {
        if (this.fd >= 0)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = -1;
        (0,external_node_fs_.rmSync)(this.tmp, { force: true });
    }
    writeHeader(first) {
        const header = {
            schema: EXAMPLES_FORMAT,
            task: first.task,
            n: this.n,
            ids: this.idByteCount !== null,
            score_width: scoreWidth(first),
            byte_order: 'little',
            columns: [],
        };
        if (first.task === 'ranking')
            header.metrics = first.metrics;
        else if (first.task !== 'regression') {
            header.classes = first.classes;
            if (first.positive !== undefined)
                header.positive = first.positive;
            if (first.scoreClasses)
                header.score_classes = first.scoreClasses;
            if (first.scoreKind)
                header.score_kind = first.scoreKind;
        }
        if (this.idByteCount !== null)
            header.id_bytes = this.idByteCount;
        header.columns = layout(header);
        this.columns = header.columns;
        const line = headerLine(header);
        let at = line.length;
        for (const c of this.columns) {
            this.starts.push(at);
            at += pad8(c.count * WIDTH[c.type]);
        }
        this.total = at;
        this.put(0, line);
    }
    /** Writes `bytes` at `position`, a piece at a time (progress between pieces). */
    put(position, bytes) {
        for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
            const length = Math.min(PIECE_BYTES, bytes.length - at);
            let done = 0;
            while (done < length)
                done += (0,external_node_fs_.writeSync)(this.fd, bytes, at + done, length - done, position + at + done);
            this.written += length;
            this.progress.update(Math.min(this.written, this.total), this.total, undefined, undefined);
        }
    }
}
/**
 * A text sidecar, written whole (text rows are held in memory: their excerpts and terms are
 * small beside the text itself).
 */
async function writeTextExamples(dir, data, logger = util_progress/* silentLogger */.q) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, EXAMPLES_FILE);
    const ids = encodedIds(data);
    const excerpts = encodeIds([...data.excerpts.prediction, ...data.excerpts.reference]);
    const header = {
        schema: EXAMPLES_FORMAT,
        task: data.task,
        n: data.n,
        ids: ids !== null,
        score_width: 0,
        byte_order: 'little',
        text_width: text_rows/* TEXT_TERM_WIDTH */.Iq,
        excerpt_bytes: excerpts.bytes.length,
        columns: [],
    };
    if (ids)
        header.id_bytes = ids.bytes.length;
    header.columns = layout(header);
    const columns = [
        bytesOf(canonicalNaN(data.terms)),
        bytesOf(data.labelHashes),
        bytesOf(excerpts.lengths),
        excerpts.bytes,
    ];
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
    const raw = data.task === 'ranking' ? undefined : (0,evaluation_data/* idBytesOf */.QG)(data);
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
async function readExamples(file, logger = silentLogger) {
    const data = await readExampleData(file, logger);
    if (data.task === 'ranking' || data.task === 'text')
        throw new InputError({ file }, `is a ${data.task} sidecar (${data.task === 'ranking' ? 'one row per query' : 'text statistics'}) where rows of a table were expected`);
    return data;
}
/** `readExamples` for every task: a ranking sidecar comes back as its queries (`RankingData`). */
async function readExampleData(file, logger = util_progress/* silentLogger */.q) {
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
    if (header.task === 'ranking') {
        const values = await readColumn((c) => new Float64Array(c), n * header.metrics.length);
        const ids = header.ids ? await readIdColumns(n, header, fill, readColumn, bad) : null;
        progress.done(`${n} queries`);
        for (let k = 0; k < values.length; k++)
            if (!Number.isFinite(values[k]))
                bad(`query ${Math.floor(k / header.metrics.length) + 1}: ${header.metrics[k % header.metrics.length]} is ${values[k]}, not a finite number (a damaged file)`);
        const data = { task: 'ranking', n, metrics: header.metrics, values, ids };
        return data;
    }
    if (header.task === 'text') {
        const terms = await readColumn((c) => new Float64Array(c), n * text_rows/* TEXT_TERM_WIDTH */.Iq);
        for (let k = 0; k < terms.length; k++)
            if (!Number.isFinite(terms[k]) || terms[k] < 0)
                bad(`row ${Math.floor(k / text_rows/* TEXT_TERM_WIDTH */.Iq) + 1}: text_terms holds ${terms[k]}, not a count or score (a damaged file)`);
        const labelHashes = await readColumn((c) => new Int32Array(c), 2 * n);
        const lengths = await readColumn((c) => new Uint32Array(c), 2 * n);
        let sum = 0;
        for (let i = 0; i < 2 * n; i++)
            sum += lengths[i];
        if (sum !== header.excerpt_bytes)
            bad(`the excerpt lengths add up to ${sum} bytes but the header declares "excerpt_bytes": ${header.excerpt_bytes}`);
        const bytes = Buffer.allocUnsafe(header.excerpt_bytes);
        await fill(bytes);
        const text = decodeIds(bytes, lengths);
        const ids = header.ids ? await readTextIds() : null;
        progress.done(`${n} rows`);
        const data = {
            task: 'text',
            n,
            terms,
            labelHashes,
            excerpts: { prediction: text.slice(0, n), reference: text.slice(n) },
            ids,
        };
        return data;
    }
    const regression = header.task === 'regression';
    const makeLabels = (c) => regression ? new Float64Array(c) : new Int32Array(c);
    const yTrue = await readColumn(makeLabels, n);
    const yPred = await readColumn(makeLabels, n);
    const scores = header.score_width > 0 ? await readColumn((c) => new Float64Array(c), n * header.score_width) : null;
    let ids = null;
    let idBytes = null;
    // Text sidecars' ids (few rows beside their text): read as strings.
    async function readTextIds() {
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
        return decodeIds(bytes, lengths);
    }
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
    if (h.task === 'ranking')
        validateRankingShape(h, bad);
    else if (h.task === 'text')
        validateTextShape(h, size, bad);
    else
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
/** A text sidecar's header fields: n, ids, no scores, the terms' width and the excerpts' bytes. */
function validateTextShape(h, size, bad) {
    if (typeof h.n !== 'number' || !Number.isInteger(h.n) || h.n < 0 || h.n > size)
        bad(`n ${JSON.stringify(h.n)} is not a row count`);
    if (typeof h.ids !== 'boolean')
        bad('"ids" must be true or false');
    if (h.score_width !== 0)
        bad('a text sidecar has no scores ("score_width" must be 0)');
    if (h.text_width !== text_rows/* TEXT_TERM_WIDTH */.Iq)
        bad(`"text_width" ${JSON.stringify(h.text_width)} is not ${text_rows/* TEXT_TERM_WIDTH */.Iq} (a sidecar of another model-gate version?)`);
    const b = h.excerpt_bytes;
    if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > size)
        bad(`"excerpt_bytes" ${JSON.stringify(b)} is not a byte count within the file's ${size} bytes`);
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
/** A ranking header: n queries, ids, and the metric names of the `values` columns. */
function validateRankingShape(h, bad) {
    if (typeof h.n !== 'number' || !Number.isInteger(h.n) || h.n < 0 || h.n > 0x7fffffff)
        bad(`n ${JSON.stringify(h.n)} is not a query count`);
    if (typeof h.ids !== 'boolean')
        bad('"ids" must be true or false');
    if (h.score_width !== 0)
        bad('a ranking sidecar has no scores ("score_width" must be 0)');
    const metrics = h.metrics;
    if (!Array.isArray(metrics) ||
        metrics.length === 0 ||
        metrics.length > 10_000 ||
        metrics.some((m) => typeof m !== 'string') ||
        new Set(metrics).size !== metrics.length)
        bad('"metrics" must be a non-empty list of distinct metric names');
    if (h.n * metrics.length > 2 ** 31)
        bad(`n × metrics (${h.n} × ${metrics.length}) is too large`);
}
/** The two id columns (lengths, then UTF-8 bytes), checked: the ids as strings. */
async function readIdColumns(n, header, fill, readColumn, bad) {
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
    const ids = decodeIds(bytes, lengths);
    if (new Set(ids).size !== n)
        bad('two queries have the same id (a damaged file)');
    return ids;
}


/***/ }),

/***/ 29377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ loadRunFolder)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65365);
/* harmony import */ var _examples_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5063);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31794);
/* harmony import */ var _scores_examples_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22024);







/**
 * Loads a run folder (DIR/result.json + the sidecar named in `examples.file`) or a bare
 * result.json (sidecar looked up beside it). The sidecar name must be a plain relative path
 * inside the folder — absolute paths and '..' are rejected.
 */
async function loadRunFolder(pathDirOrFile, logger = _util_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .silentLogger */ .q) {
    let file = pathDirOrFile;
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(pathDirOrFile);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: pathDirOrFile }, e.code === 'ENOENT' ? 'no such file or folder' : e.message);
    }
    if (info.isDirectory())
        file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(pathDirOrFile, 'result.json');
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file }, e.code === 'ENOENT'
            ? 'no result.json in this folder (expected a model-gate run folder or a result.json)'
            : e.message);
    }
    const result = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseResult */ .F)(text, file);
    const warnings = [];
    let examples = null;
    if (result.examples) {
        const name = result.examples.file;
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file);
        const sidecar = safeJoin(folder, name, file);
        let exists = true;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(sidecar);
        }
        catch {
            exists = false;
        }
        if (!exists) {
            warnings.push(`${file}: the examples file "${name}" is missing, so only unpaired tests are possible against this result.`);
        }
        else {
            try {
                examples =
                    result.examples.format === _scores_examples_js__WEBPACK_IMPORTED_MODULE_6__/* .SCORES_FORMAT */ .Sg
                        ? await (0,_scores_examples_js__WEBPACK_IMPORTED_MODULE_6__/* .readScoresExamples */ .zv)(sidecar)
                        : await (0,_examples_js__WEBPACK_IMPORTED_MODULE_4__/* .readExampleData */ .$n)(sidecar, logger);
            }
            catch (e) {
                // A truncated or non-gzip sidecar surfaces as a zlib/stream error: still bad input.
                if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue)
                    throw e;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: sidecar }, `is not a readable examples file (${e.message}); expected the examples file (${[..._examples_js__WEBPACK_IMPORTED_MODULE_4__/* .EXAMPLES_FORMATS */ .xe, _scores_examples_js__WEBPACK_IMPORTED_MODULE_6__/* .SCORES_FORMAT */ .Sg].join(' or ')}) written beside result.json`);
            }
            if (examples.n !== result.n)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: sidecar }, `has ${examples.n} rows but ${file} says n = ${result.n}; the files do not belong together`);
        }
    }
    return { file, result, examples, warnings };
}
function safeJoin(folder, name, file) {
    if (typeof name !== 'string' || name === '' || name.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file }, 'examples.file must be a file name');
    const norm = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)(name);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(name) ||
        /^[a-zA-Z]:/.test(name) ||
        norm.split(/[\\/]/).includes('..') ||
        norm.startsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file }, `examples.file "${name}" must be a relative path inside the result's folder (no absolute path, no "..")`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, norm);
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
// EXTERNAL MODULE: ./src/result/scores-examples.ts
var scores_examples = __webpack_require__(22024);
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
    /** errors_by_status: status (or connection_error / timeout) → a count ≥ 0. */
    const errorCounts = (path, v, optional) => {
        if (!needObject(path, v, optional))
            return;
        for (const [k, n] of Object.entries(v)) {
            need(`${path}.${k}`, n, 'integer', false);
            if (typeof n === 'number' && n < 0)
                problems.push(`"${path}.${k}" must not be negative`);
        }
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
            const range = (0,metrics/* declarationFor */._n)(name, String(r.task))?.range;
            // ±Infinity is an honest overflow (written "inf"/"-inf") where the metric's range allows it.
            if (Number.isNaN(v) || (!Number.isFinite(v) && !(range && v >= range[0] && v <= range[1])))
                problems.push(`"metrics.${name}" must be a number${range ? ` in ${range[0]}..${range[1]}` : ''}`);
            else if (range && (v < range[0] || v > range[1]))
                problems.push(`"metrics.${name}" is ${v}, outside its possible range ${range[0]}..${range[1]}`);
        }
    }
    if (r.trials !== undefined)
        need('trials', r.trials, 'integer', false);
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
        const series = (path, b) => {
            if (b.command !== undefined) {
                if (!Array.isArray(b.command))
                    problems.push(`"${path}.command" must be a list (found ${kind(b.command)})`);
                else
                    b.command.forEach((c, i) => need(`${path}.command[${i}]`, c, 'string', false));
            }
            if (Array.isArray(b.runs))
                b.runs.forEach((run, i) => {
                    if (!needObject(`${path}.runs[${i}]`, run, false))
                        return;
                    need(`${path}.runs[${i}].wall_seconds`, run.wall_seconds, 'number', false);
                    // serve-bench rounds: counts a gate and a report read.
                    need(`${path}.runs[${i}].requests`, run.requests, 'integer', true);
                    need(`${path}.runs[${i}].errors`, run.errors, 'integer', true);
                    need(`${path}.runs[${i}].error_rate`, run.error_rate, 'number', true);
                    if (typeof run.error_rate === 'number' && !(run.error_rate >= 0 && run.error_rate <= 1))
                        problems.push(`"${path}.runs[${i}].error_rate" is ${run.error_rate}, outside its possible range 0..1`);
                    errorCounts(`${path}.runs[${i}].errors_by_status`, run.errors_by_status, true);
                });
            if (b.summary !== undefined && obj(b.summary)) {
                for (const [field, s] of Object.entries(b.summary)) {
                    if (!needObject(`${path}.summary.${field}`, s, false))
                        continue;
                    for (const k of ['median', 'mean', 'stddev', 'min', 'max', 'n'])
                        need(`${path}.summary.${field}.${k}`, s[k], 'number', false);
                }
            }
        };
        series('bench', r.bench);
        if (needObject('bench.serve', r.bench.serve, true)) {
            const v = r.bench.serve;
            for (const k of ['server', 'ready', 'target', 'mode'])
                need(`bench.serve.${k}`, v[k], 'string', false);
            for (const k of ['concurrency', 'requests'])
                need(`bench.serve.${k}`, v[k], 'integer', false);
            errorCounts('bench.serve.errors_by_status', v.errors_by_status, false);
        }
        // The interleaved baseline series (results written before it existed have none).
        if (needObject('bench.against', r.bench.against, true)) {
            const a = r.bench.against;
            if (!Array.isArray(a.command))
                problems.push(`"bench.against.command" must be a list (found ${kind(a.command)})`);
            if (!Array.isArray(a.runs))
                problems.push(`"bench.against.runs" must be a list (found ${kind(a.runs)})`);
            needObject('bench.against.summary', a.summary, false);
            series('bench.against', a);
            if (a.order !== 'interleaved')
                problems.push(`"bench.against.order" must be "interleaved" (found ${JSON.stringify(a.order) ?? 'nothing'})`);
            need('bench.against.pairs', a.pairs, 'integer', false);
            if (needObject('bench.against.noise_floor', a.noise_floor, false))
                for (const [field, v] of Object.entries(a.noise_floor))
                    need(`bench.against.noise_floor.${field}`, v, 'number', false);
            if (needObject('bench.against.confirm', a.confirm, true)) {
                const c = a.confirm;
                need('bench.against.confirm.pairs', c.pairs, 'integer', false);
                if (!Array.isArray(c.metrics))
                    problems.push(`"bench.against.confirm.metrics" must be a list (found ${kind(c.metrics)})`);
                else
                    c.metrics.forEach((m, i) => need(`bench.against.confirm.metrics[${i}]`, m, 'string', false));
                if (c.outcome !== 'confirmed' && c.outcome !== 'cleared')
                    problems.push(`"bench.against.confirm.outcome" must be "confirmed" or "cleared" (found ${kind(c.outcome)})`);
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
        if (g.examples_changed !== undefined) {
            if (!Array.isArray(g.examples_changed))
                problems.push('"gate.examples_changed" must be a list');
            else
                g.examples_changed.forEach((x, i) => {
                    if (!needObject(`gate.examples_changed[${i}]`, x, false))
                        return;
                    for (const k of ['id', 'kind', 'metric', 'prediction', 'baseline_prediction', 'reference'])
                        need(`gate.examples_changed[${i}].${k}`, x[k], 'string', false);
                    for (const k of ['baseline', 'candidate'])
                        need(`gate.examples_changed[${i}].${k}`, x[k], 'number', false);
                });
        }
        if (g.score_distribution !== undefined &&
            needObject('gate.score_distribution', g.score_distribution, false)) {
            const d = g.score_distribution;
            need('gate.score_distribution.metric', d.metric, 'string', false);
            const counts = (name, v, nullable) => {
                if (nullable && v === null)
                    return;
                if (!Array.isArray(v) || v.some((x) => typeof x !== 'number' || !Number.isFinite(x)))
                    problems.push(`"gate.score_distribution.${name}" must be a list of numbers`);
            };
            counts('edges', d.edges, false);
            counts('baseline', d.baseline, true);
            counts('candidate', d.candidate, false);
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



const EXAMPLES_FORMATS = [...examples/* EXAMPLES_FORMATS */.xe, scores_examples/* SCORES_FORMAT */.Sg];



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
    if (!schema/* TASKS */.n3.includes(r.task))
        bad(`"task" must be one of ${schema/* TASKS */.n3.join(', ')}`);
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
        if (typeof ex.format !== 'string' || !EXAMPLES_FORMATS.includes(ex.format))
            bad(`examples.format ${JSON.stringify(ex.format)} is not one of "${EXAMPLES_FORMATS.join('", "')}"`);
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
/* harmony export */   Kh: () => (/* binding */ BENCH_SUMMARY_FIELDS),
/* harmony export */   n3: () => (/* binding */ TASKS),
/* harmony export */   w: () => (/* binding */ RESULT_SCHEMA)
/* harmony export */ });
/* harmony import */ var _registry_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36502);
/**
 * model-gate/result@1 — the one document that flows through every stage and is what a baseline is.
 * JSON has no NaN: a metric that is undefined for the data (e.g. Cohen's kappa of two identical
 * constant raters) is `null`, and `warnings` says why.
 */

const RESULT_SCHEMA = 'model-gate/result@1';
/** Every task a result can have (what an untrusted result.json's `task` is checked against). */
const TASKS = ['binary', 'multiclass', 'regression', 'ranking', 'scores', 'text'];
/** The `bench.summary` fields, in report order (GPU and latency ones only when measured): the
 * `bench.*` declarations of the metric registry, so a new bench field is one declaration. */
const BENCH_SUMMARY_FIELDS = _registry_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .BENCH_FIELD_NAMES */ .RW;


/***/ }),

/***/ 69407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ls: () => (/* binding */ HARNESSES),
/* harmony export */   MW: () => (/* binding */ isScoresData),
/* harmony export */   xh: () => (/* binding */ aggregateTerms)
/* harmony export */ });
/* harmony import */ var _util_sum_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41863);

/** The eval harnesses whose own per-sample output `--from` reads. */
const HARNESSES = ['lm-eval', 'inspect', 'promptfoo', 'openai-evals'];
function isScoresData(x) {
    return x !== null && x !== undefined && x.task === 'scores';
}
/** The value of a metric from its terms (null when no example has a value). */
function aggregateTerms(t) {
    const sum = new _util_sum_js__WEBPACK_IMPORTED_MODULE_0__/* .CompensatedSum */ .$();
    let n = 0;
    for (let i = 0; i < t.values.length; i++) {
        const v = t.values[i];
        if (v !== v)
            continue;
        sum.add(v);
        n++;
    }
    if (t.aggregate === 'count')
        return sum.value;
    return n === 0 ? null : sum.value / n;
}


/***/ }),

/***/ 22024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ writeScoresExamples),
/* harmony export */   Sg: () => (/* binding */ SCORES_FORMAT),
/* harmony export */   zv: () => (/* binding */ readScoresExamples)
/* harmony export */ });
/* unused harmony export SCORES_FILE */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/**
 * The per-example sidecar of a `--task scores` result (`model-gate/scores@1`, `scores.bin`): what
 * the paired tests, the flips and an exact merge need — each example's id and its term of every
 * metric (trials already folded in). Like `examples@2`: one JSON header line padded with spaces to
 * a multiple of 8 bytes, then little-endian columns each padded with zeros to a multiple of 8:
 * one float64 column of n terms per metric (NaN = no value), `id_lengths` (uint32 UTF-8 byte
 * length per id), `id_bytes` (the ids' UTF-8 back to back). Read as untrusted: the header is
 * checked and the sizes must add up to the file's size before anything is allocated.
 */





const SCORES_FORMAT = 'model-gate/scores@1';
const SCORES_FILE = 'scores.bin';
const MAX_HEADER_BYTES = 16 << 20;
const pad8 = (x) => Math.ceil(x / 8) * 8;
function toLittle(bytes, width) {
    if ((0,node_os__WEBPACK_IMPORTED_MODULE_2__.endianness)() === 'LE')
        return bytes;
    const copy = Buffer.from(bytes);
    for (let i = 0; i < copy.length; i += width)
        copy.subarray(i, i + width).reverse();
    return copy;
}
/** Writes DIR/scores.bin; returns its path. */
async function writeScoresExamples(dir, data) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const lengths = new Uint32Array(data.n);
    let idBytes = 0;
    data.ids.forEach((id, i) => {
        lengths[i] = Buffer.byteLength(id, 'utf8');
        idBytes += lengths[i];
    });
    const ids = Buffer.allocUnsafe(idBytes);
    let at = 0;
    for (const id of data.ids)
        at += ids.write(id, at, 'utf8');
    const header = {
        schema: SCORES_FORMAT,
        n: data.n,
        trials: data.trials,
        byte_order: 'little',
        id_bytes: idBytes,
        terms: data.terms.map((t) => ({ name: t.name, aggregate: t.aggregate, binary: t.binary })),
    };
    let line = JSON.stringify(header);
    const len = Buffer.byteLength(line) + 1;
    line += ' '.repeat(pad8(len) - len) + '\n';
    const parts = [Buffer.from(line, 'utf8')];
    const padding = (n) => {
        if (pad8(n) > n)
            parts.push(Buffer.alloc(pad8(n) - n));
    };
    for (const t of data.terms) {
        // One canonical NaN: the same rows always give the same bytes.
        const v = Float64Array.from(t.values, (x) => (x !== x ? NaN : x));
        parts.push(toLittle(new Uint8Array(v.buffer), 8));
    }
    parts.push(toLittle(new Uint8Array(lengths.buffer), 4));
    padding(data.n * 4);
    parts.push(ids);
    padding(idBytes);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, SCORES_FILE);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(`${path}.tmp`, parts);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(`${path}.tmp`, path);
    return path;
}
function fail(file, message) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz({ file }, `${message}; expected the scores examples file (${SCORES_FORMAT}) written beside result.json`);
}
async function readScoresExamples(file) {
    const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file)).size;
    const buf = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
    const nl = buf.indexOf(10);
    if (nl < 0 || nl > MAX_HEADER_BYTES)
        fail(file, 'no header line');
    let h;
    try {
        h = JSON.parse(buf.toString('utf8', 0, nl));
    }
    catch {
        return fail(file, 'the header line is not JSON');
    }
    if (typeof h !== 'object' || h === null || h.schema !== SCORES_FORMAT)
        fail(file, `the header's schema is ${JSON.stringify(h?.schema)}`);
    if (h.byte_order !== 'little')
        fail(file, 'byte_order must be "little"');
    const isCount = (x) => Number.isSafeInteger(x) && x >= 0;
    if (!isCount(h.n) || !isCount(h.trials) || !isCount(h.id_bytes))
        fail(file, 'n, trials and id_bytes must be counts');
    if (!Array.isArray(h.terms))
        fail(file, 'terms must be a list');
    const names = new Set();
    for (const t of h.terms) {
        if (typeof t !== 'object' ||
            t === null ||
            typeof t.name !== 'string' ||
            names.has(t.name) ||
            (t.aggregate !== 'mean' && t.aggregate !== 'count') ||
            typeof t.binary !== 'boolean')
            fail(file, `a bad or repeated term ${JSON.stringify(t)}`);
        names.add(t.name);
    }
    const start = nl + 1;
    if (start % 8 !== 0)
        fail(file, 'the header line is not padded to a multiple of 8 bytes');
    const n = h.n;
    const expected = start + h.terms.length * n * 8 + pad8(n * 4) + pad8(h.id_bytes);
    if (expected !== size)
        fail(file, `is ${size} bytes but its header implies ${expected} (truncated or not belonging together)`);
    let pos = start;
    const terms = h.terms.map((t) => {
        const values = new Float64Array(n);
        const view = new DataView(buf.buffer, buf.byteOffset + pos, n * 8);
        for (let i = 0; i < n; i++) {
            const v = view.getFloat64(i * 8, true);
            if (v === Infinity || v === -Infinity || (t.binary && v === v && v !== 0 && v !== 1))
                fail(file, `term ${JSON.stringify(t.name)} row ${i} holds ${v}`);
            values[i] = v;
        }
        pos += n * 8;
        return { name: t.name, aggregate: t.aggregate, binary: t.binary, values };
    });
    const lengths = new DataView(buf.buffer, buf.byteOffset + pos, n * 4);
    pos += pad8(n * 4);
    const ids = new Array(n);
    let at = pos;
    for (let i = 0; i < n; i++) {
        const l = lengths.getUint32(i * 4, true);
        if (at + l > pos + h.id_bytes)
            fail(file, 'the id lengths exceed id_bytes');
        const bytes = buf.subarray(at, at + l);
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
            fail(file, `id ${i} is not UTF-8`);
        ids[i] = bytes.toString('utf8');
        at += l;
    }
    if (at !== pos + h.id_bytes)
        fail(file, 'the id lengths do not add up to id_bytes');
    if (new Set(ids).size !== n)
        fail(file, 'an id appears twice');
    return { task: 'scores', n, ids, terms, trials: h.trials };
}


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

/***/ 5519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName)
/* harmony export */ });
/* unused harmony export editDistance */
/** Optimal string alignment distance (Levenshtein with adjacent transpositions: "lable" → "label" is 1). */
function editDistance(a, b) {
    const m = a.length;
    const n = b.length;
    const d = Array.from({ length: m + 1 }, (_, i) => {
        const row = new Array(n + 1).fill(0);
        row[0] = i;
        return row;
    });
    for (let j = 0; j <= n; j++)
        d[0][j] = j;
    for (let i = 1; i <= m; i++) {
        for (let j = 1; j <= n; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[m][n];
}
/**
 * The candidate a user most plausibly meant (case-insensitive; ties: first in list order), for
 * "did you mean" messages; undefined when nothing is close.
 */
function closestName(word, candidates) {
    const w = word.toLowerCase();
    let best;
    let bestD = Infinity;
    for (const cand of candidates) {
        const d = editDistance(w, cand.toLowerCase());
        if (d < bestD) {
            best = cand;
            bestD = d;
        }
    }
    if (bestD <= Math.max(2, Math.floor(w.length / 3)))
        return best;
    // A name typed without its namespace ("wall_seconds" for "bench.wall_seconds") is still meant.
    return w.length >= 3 ? candidates.find((cand) => cand.toLowerCase().includes(w)) : undefined;
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


/***/ }),

/***/ 52003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ readZipFiles),
/* harmony export */   RT: () => (/* binding */ DEFAULT_ZIP_LIMITS),
/* harmony export */   Wz: () => (/* binding */ ZipError),
/* harmony export */   g7: () => (/* binding */ readZipEntry),
/* harmony export */   kT: () => (/* binding */ listZipEntries)
/* harmony export */ });
/* unused harmony export unsafeEntryName */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A strict reader for the zip archives that hold baseline and report artifacts.
 *
 * Artifacts are untrusted input (anyone who can push a branch can upload one), so they are
 * downloaded as a raw zip (`skipDecompress`) and unpacked here, under rules the general-purpose
 * extractor does not enforce: only plain files and folders, names relative and inside the target
 * (no `..`, no absolute or drive paths, no backslashes), no symbolic links, no encryption, and
 * bounded sizes (a zip bomb stops at the limit instead of filling the disk).
 */

class ZipError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipError';
    }
}
const DEFAULT_ZIP_LIMITS = {
    maxEntries: 1000,
    maxTotalBytes: 512 * 1024 * 1024,
    maxEntryBytes: 256 * 1024 * 1024,
};
const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
/** Lists the central directory. Throws ZipError when the archive is not a readable zip. */
function listZipEntries(buf) {
    if (buf.length < 22)
        throw new ZipError('not a zip archive (too short)');
    // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
        if (buf.readUInt32LE(i) === EOCD_SIG) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ZipError('not a zip archive (no end-of-central-directory record)');
    const count = buf.readUInt16LE(eocd + 10);
    const cdSize = buf.readUInt32LE(eocd + 12);
    const cdOffset = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
        throw new ZipError('ZIP64 archives are not supported for baselines');
    }
    if (cdOffset + cdSize > eocd)
        throw new ZipError('corrupt zip archive (central directory out of range)');
    const entries = [];
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
        if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH_SIG) {
            throw new ZipError('corrupt zip archive (bad central directory header)');
        }
        const versionMadeBy = buf.readUInt16LE(p + 4);
        const flags = buf.readUInt16LE(p + 8);
        const method = buf.readUInt16LE(p + 10);
        const compressedSize = buf.readUInt32LE(p + 20);
        const uncompressedSize = buf.readUInt32LE(p + 24);
        const nameLen = buf.readUInt16LE(p + 28);
        const extraLen = buf.readUInt16LE(p + 30);
        const commentLen = buf.readUInt16LE(p + 32);
        const externalAttrs = buf.readUInt32LE(p + 38);
        const localHeaderOffset = buf.readUInt32LE(p + 42);
        if (p + 46 + nameLen > buf.length)
            throw new ZipError('corrupt zip archive (truncated file name)');
        const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
        const hostOs = versionMadeBy >> 8;
        const unixMode = hostOs === 3 ? externalAttrs >>> 16 : 0;
        const isSymlink = (unixMode & 0o170000) === 0o120000;
        entries.push({
            name,
            isDirectory: name.endsWith('/') || (unixMode & 0o170000) === 0o040000,
            isSymlink,
            method,
            flags,
            compressedSize,
            uncompressedSize,
            localHeaderOffset,
        });
        p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
}
/**
 * Why a name is unsafe to create under a target folder, or null when it is safe. Safe names are
 * relative, use forward slashes, and have no empty, `.` or `..` segments.
 */
function unsafeEntryName(name) {
    if (name.length === 0)
        return 'an empty name';
    if (name.includes('\0'))
        return 'a NUL character';
    if (name.includes('\\'))
        return 'a backslash';
    if (name.startsWith('/'))
        return 'an absolute path';
    if (/^[A-Za-z]:/.test(name))
        return 'a drive letter';
    const segments = name.replace(/\/$/, '').split('/');
    for (const s of segments) {
        if (s === '..')
            return 'a ".." segment (path traversal)';
        if (s === '.' || s === '')
            return 'an empty or "." segment';
    }
    return null;
}
/** The uncompressed bytes of one entry, checked against its CRC-free declared size and limits. */
function readZipEntry(buf, entry, limits = DEFAULT_ZIP_LIMITS) {
    if (entry.flags & 0x1)
        throw new ZipError(`"${entry.name}" is encrypted`);
    const p = entry.localHeaderOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== LFH_SIG) {
        throw new ZipError(`corrupt zip archive (bad local header for "${entry.name}")`);
    }
    const nameLen = buf.readUInt16LE(p + 26);
    const extraLen = buf.readUInt16LE(p + 28);
    const start = p + 30 + nameLen + extraLen;
    const end = start + entry.compressedSize;
    if (end > buf.length)
        throw new ZipError(`corrupt zip archive ("${entry.name}" is truncated)`);
    if (entry.uncompressedSize > limits.maxEntryBytes) {
        throw new ZipError(`"${entry.name}" is larger than ${limits.maxEntryBytes} bytes`);
    }
    const data = buf.subarray(start, end);
    let out;
    if (entry.method === 0)
        out = Buffer.from(data);
    else if (entry.method === 8) {
        try {
            out = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
        }
        catch (e) {
            throw new ZipError(`corrupt zip archive ("${entry.name}" does not inflate: ${e.message})`);
        }
    }
    else
        throw new ZipError(`"${entry.name}" uses an unsupported compression method (${entry.method})`);
    if (out.length !== entry.uncompressedSize) {
        throw new ZipError(`corrupt zip archive ("${entry.name}" has ${out.length} bytes, expected ${entry.uncompressedSize})`);
    }
    return out;
}
/**
 * Reads every file of the archive into memory after validating all names first: one unsafe entry
 * (traversal, absolute path, symlink) rejects the whole archive, so nothing is ever written for it.
 */
function readZipFiles(buf, limits = DEFAULT_ZIP_LIMITS) {
    const entries = listZipEntries(buf);
    if (entries.length > limits.maxEntries)
        throw new ZipError(`more than ${limits.maxEntries} entries`);
    let total = 0;
    // Two entries with one name: which one an extractor keeps differs between tools, so a reviewer
    // and the gate could see different files. The archive is refused whole.
    const seen = new Set();
    for (const e of entries) {
        const key = e.name.replace(/\/$/, '');
        if (seen.has(key))
            throw new ZipError(`entry ${JSON.stringify(e.name)} appears more than once`);
        seen.add(key);
    }
    for (const e of entries) {
        const why = unsafeEntryName(e.name);
        if (why)
            throw new ZipError(`entry ${JSON.stringify(e.name)} has ${why}`);
        if (e.isSymlink)
            throw new ZipError(`entry ${JSON.stringify(e.name)} is a symbolic link`);
        total += e.uncompressedSize;
        if (total > limits.maxTotalBytes)
            throw new ZipError(`more than ${limits.maxTotalBytes} bytes uncompressed`);
    }
    const files = [];
    for (const e of entries) {
        if (e.isDirectory)
            continue;
        files.push({ name: e.name, data: readZipEntry(buf, e, limits) });
    }
    return files;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool's version, as in package.json (a test keeps the two equal). */
const VERSION = '0.1.0';


/***/ })

};
