export const id = 930;
export const ids = [930];
export const modules = {

/***/ 98930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/bench/index.ts + 7 modules
var src_bench = __webpack_require__(62568);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/metrics.ts
var registry_metrics = __webpack_require__(36502);
;// CONCATENATED MODULE: ./src/util/closest.ts
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
/** The rules to apply to a result of the given task (resolves the default primary metric). */
function rulesForTask(config, task) {
    if (config.default_metrics)
        return [{ metric: task === 'regression' ? 'rmse' : 'accuracy', max_regression: ZERO }];
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
/** Reads gate.yml; without a path, the default configuration. */
async function loadGateConfig(path) {
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
    return parseGateConfig(text, path);
}
const TOP_KEYS = ['significance', 'fail_on', 'metrics', 'bootstrap', 'multiple_comparisons', 'host_mismatch'];
const RULE_KEYS = ['min', 'max', 'max_regression'];
/** Parses and validates gate.yml text. Errors are UsageErrors naming the file and line. */
/** A gate.yml is a few dozen lines; far beyond that it is the wrong file, refused before parsing. */
const MAX_CONFIG_BYTES = 1024 * 1024;
function parseGateConfig(text, fileName) {
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
                config.metrics = parseMetrics(value, pair.key, fail, lineOf);
                config.default_metrics = false;
                break;
            default: {
                const hint = closestName(key, TOP_KEYS);
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
    const hint = closestName(s, choices);
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
            const hint = closestName(key, ['resamples', 'seed']);
            fail(pair.key, `bootstrap: unknown setting "${key}"${hint ? `; did you mean "${hint}"?` : ''} (settings: resamples, seed)`);
        }
    }
    return out;
}
function parseMetrics(node, keyNode, fail, lineOf) {
    if (node === null || !(0,dist/* isMap */.jh)(node))
        return fail(node ?? keyNode, 'metrics: expected a mapping of metric name → rule, such as "accuracy: { max_regression: 0.005 }"');
    const rules = [];
    for (const pair of node.items) {
        const name = keyName(pair, fail, node.items);
        const info = (0,registry_metrics/* metricDeclaration */.NL)(name);
        if (!info) {
            const hint = closestName(name, registry_metrics/* METRIC_NAMES */.Uw);
            fail(pair.key, `unknown metric "${name}"${hint ? `; did you mean "${hint}"?` : ''}`);
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
                    const hint = closestName(key, RULE_KEYS);
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




// EXTERNAL MODULE: ./src/evaluate/metrics/index.ts
var metrics = __webpack_require__(89013);
;// CONCATENATED MODULE: ./src/compare/stats/quantile.ts
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
    return [quantileSorted(sorted, alpha / 2), quantileSorted(sorted, 1 - alpha / 2)];
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
    const estimate = quantileSorted(d, 0.5);
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
    const mx = median(x);
    const my = median(y);
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

;// CONCATENATED MODULE: ./src/compare/stats/holm.ts
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

;// CONCATENATED MODULE: ./src/compare/stats/index.ts










// EXTERNAL MODULE: ./src/result/evaluation-data.ts
var evaluation_data = __webpack_require__(97368);
// EXTERNAL MODULE: ./src/result/examples.ts + 1 modules
var examples = __webpack_require__(5063);
;// CONCATENATED MODULE: ./src/compare/align.ts


/**
 * Pairs the candidate's rows with the baseline's: `permutation[i]` = the candidate row of
 * baseline row i. By id when both sides have ids, by position when neither has; the true labels
 * must agree row by row. Returns a reason instead when the rows cannot be paired.
 */
function alignRows(base, cand) {
    if ((base.task === 'regression') !== (cand.task === 'regression'))
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
    return joinIdBytes(idBytesOfStrings(base), idBytesOfStrings(cand));
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

;// CONCATENATED MODULE: ./src/compare/flips.ts

const MAX_IDS = 10;
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
            if (r2w.length < MAX_IDS)
                r2w.push(idOf(i));
        }
        else if (!baseRight && candRight) {
            c++;
            if (w2r.length < MAX_IDS)
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
    const shape = (0,registry_metrics/* metricDeclaration */.NL)(metric)?.shape;
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
        return { delta, se: Math.sqrt(vb + vc), test: 'welch-z' };
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
    if (r.task === 'regression' || !r.confusion)
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
    const spread = quantileSorted(sorted, 0.5 + h) - quantileSorted(sorted, 0.5 - h);
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
    const hi = new Float64Array(n);
    const lo = new Float64Array(n);
    let maxB = -Infinity;
    let maxC = -Infinity;
    for (let i = 0; i < n; i++) {
        const a = baseValues[i];
        const c = candValues[i] - tolerance;
        if (!(a === a) || !(c === c))
            return null;
        if (a > maxB)
            maxB = a;
        if (c > maxC)
            maxC = c;
        hi[i] = a >= c ? a : c;
        lo[i] = a >= c ? c : a;
    }
    const observed = maxC - maxB;
    const order = (0,sort/* rankDescending */.$r)(hi, null).order;
    const hiSorted = new Float64Array(n);
    const loSorted = new Float64Array(n);
    for (let j = 0; j < n; j++) {
        hiSorted[j] = hi[order[j]];
        loSorted[j] = lo[order[j]];
    }
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
        for (let j = 1; j < n; j++) {
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
        // 1 − 2α: the two-sided interval whose lower/upper bound is the one-sided test's at α.
        ci = percentileInterval(deltas, 2 * alpha);
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
/** Value of a gated metric: result.metrics, or for bench.* the median over the measured runs. */
function metricValue(r, metric) {
    if (metric.startsWith('bench.')) {
        const field = metric.slice('bench.'.length);
        const runs = runValues(r.bench, field);
        if (runs.length > 0)
            return median(runs);
        const s = r.bench?.summary?.[field];
        return s && Number.isFinite(s.median) ? s.median : null;
    }
    const v = r.metrics[metric];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

;// CONCATENATED MODULE: ./src/compare/bench-test.ts




/** bench.*: Mann-Whitney U of the candidate's runs against the baseline's shifted by the tolerance. */
function benchTest(d, baseline, candidate, alpha) {
    const field = d.rule.metric.slice('bench.'.length);
    const xs = runValues(baseline.bench, field);
    const ys = runValues(candidate.bench, field);
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
    const mx = median(xs);
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
    const info = (0,registry_metrics/* metricDeclaration */.NL)(rule.metric);
    const higher = info.direction === 'higher';
    const isBench = rule.metric.startsWith('bench.');
    const baseValue = baseline ? metricValue(baseline, rule.metric) : null;
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
        hostMismatch: isBench && hostMismatch && config.host_mismatch === 'warn',
        boundBroken: null,
        missingCandidate: candValue === null,
        se: null,
        noTest: false,
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
        benchTest(draft, baseline, candidate, alpha);
    }
    else if ((0,registry_metrics/* metricDeclaration */.NL)(rule.metric)?.shape === 'mean-binary' && comparable) {
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
    else if ((0,registry_metrics/* metricDeclaration */.NL)(rule.metric)?.shape === 'mean-binary') {
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
        adjusted = holm(drafts.map((d) => d.pRegress), alpha).adjusted;
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

;// CONCATENATED MODULE: ./src/compare/compare.ts










/**
 * The gate: a check per gated metric, then the verdict. Pure and deterministic — the same
 * inputs give the same GateResult (byte-identical JSON).
 */
function compare_compareResults(input) {
    const { baseline, candidate, config } = input;
    const alpha = config.significance;
    const warnings = [];
    const rules = rulesForTask(config, candidate.task);
    if (baseline && baseline.task !== candidate.task)
        // No statistical verdict exists: the metrics mean different things (a binary F1 is not a
        // macro F1). Bad input, exit 2, rather than a FAIL with "p 0".
        throw new errors/* GateError */.ue(`Not comparable: the baseline is a ${baseline.task} result and the candidate a ${candidate.task} result, so no check can be judged. Compare results of the same task: re-create the baseline from a ${candidate.task} evaluation (or drop it to start over with no baseline).`);
    const sameTaskFamily = !baseline || (baseline.task === 'regression') === (candidate.task === 'regression');
    const comparable = !baseline || (sameTaskFamily && baseline.dataset.fingerprint === candidate.dataset.fingerprint);
    if (baseline && !comparable) {
        warnings.push(sameTaskFamily
            ? `NOT COMPARABLE: the baseline was evaluated on different examples (dataset fingerprint ${baseline.dataset.fingerprint} vs ${candidate.dataset.fingerprint}). Deltas compare different data: no paired tests and no prediction flips; unpaired tests only. Treat the verdict with suspicion.`
            : `NOT COMPARABLE: the baseline is a ${baseline.task} result and the candidate a ${candidate.task} result.`);
    }
    // Pairing.
    let permutation = null;
    const bx = input.baselineExamples;
    const cx = input.candidateExamples;
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
    const { boot, bootKind, pairedTests } = resampleRows({
        baseline,
        candidate,
        bx,
        cx,
        config,
        rules,
        permutation,
        sameTaskFamily,
        makeEvaluator: input.createEvaluator ?? metrics/* createMetricEvaluator */.mj,
        progress: input.progress,
    });
    // Discordant pairs for accuracy-like metrics.
    let discordant = null;
    if (permutation && bx && cx && bx.task !== 'regression' && cx.task !== 'regression')
        discordant = correctnessFlips(bx, cx, permutation);
    const hostMismatch = !!baseline?.bench &&
        !!candidate.bench &&
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
    const checks = drafts.map((d) => decide(d, alpha, baseline !== null, candidate));
    const inconclusive = checks.filter((c) => c.verdict === 'inconclusive').map((c) => c.metric);
    if (inconclusive.length > 0)
        warnings.push(`Inconclusive (no statistical test with these inputs, neither pass nor fail): ${inconclusive.join(', ')}. Keep the per-example file (examples.jsonl.gz) beside the baseline's result.json for paired tests.`);
    const verdict = gateVerdict(checks, baseline !== null);
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
    return gate;
}

// EXTERNAL MODULE: ./src/compare/baseline.ts + 1 modules
var compare_baseline = __webpack_require__(96753);
// EXTERNAL MODULE: ./src/result/schema.ts
var schema = __webpack_require__(6318);
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

;// CONCATENATED MODULE: ./src/evaluate/metrics/text/python-text.ts
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
function python_text_pythonCollapseSpaces(s) {
    return pythonSplit(s).join(' ');
}
/** Python's `''.join(s.split())`: every whitespace character removed. */
function python_text_pythonRemoveSpaces(s) {
    return s.replace(PYTHON_SPACE_GLOBAL, '');
}
/** Python's `s.rstrip()`. */
function python_text_pythonRstrip(s) {
    return s.replace(PYTHON_TRAILING_SPACE, '');
}
/** A character `re`'s `\w` matches in a `str` pattern (as a regex class body, `u` flag). */
const PYTHON_WORD_CLASS = '\\p{L}\\p{N}_';

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
function tokenizer_13a_tokenize13a(segment) {
    let line = pythonRstrip(segment);
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
    return pythonCollapseSpaces(line);
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
const bleu_BLEU_STATISTICS = 2 + 2 * BLEU_MAX_ORDER;
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
function bleu_bleuSegmentStatistics(hypothesis, references, out, offset) {
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
    out.fill(0, offset, offset + bleu_BLEU_STATISTICS);
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
function bleu_bleuFromStatistics(stats, offset = 0) {
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

;// CONCATENATED MODULE: ./src/evaluate/metrics/text/chrf.ts

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
const chrf_CHRF_STATISTICS = 3 * CHRF_CHAR_ORDER;
function codePointsOf(segment) {
    const text = pythonRemoveSpaces(segment);
    const points = [];
    // for…of walks code points (a lone surrogate is one), as Python indexes a str.
    for (const ch of text)
        points.push(ch.codePointAt(0));
    return points;
}
const chrf_MAX_NUMERIC_RADIX = Math.floor(2 ** (53 / CHRF_CHAR_ORDER));
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
function chrf_chrfSegmentStatistics(hypothesis, references, out, offset) {
    if (references.length === 0)
        throw new RangeError('chrF needs at least one reference per segment');
    const hypPoints = codePointsOf(hypothesis);
    const refPoints = references.map(codePointsOf);
    let ids = new Map();
    for (const points of [hypPoints, ...refPoints])
        for (const cp of points)
            if (!ids.has(cp))
                ids.set(cp, ids.size);
    if (ids.size > chrf_MAX_NUMERIC_RADIX)
        ids = null;
    const hyp = charNgrams(hypPoints, ids);
    const hypTotals = hyp.map(totalOf);
    const candidate = new Float64Array(chrf_CHRF_STATISTICS);
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
        const f = chrf_chrfFromStatistics(candidate);
        if (f > bestF) {
            bestF = f;
            out.set(candidate, offset);
        }
    }
}
/** chrF (0–100) from summed statistics (`CHRF_STATISTICS` numbers from `offset`). */
function chrf_chrfFromStatistics(stats, offset = 0) {
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
const ARTICLE = new RegExp(`(?<![${PYTHON_WORD_CLASS}])(?:a|an|the)(?![${PYTHON_WORD_CLASS}])`, 'gu');
function squad_normalise_normaliseAnswer(s) {
    const lowered = s.toLowerCase();
    return pythonCollapseSpaces(lowered.replace(PUNCTUATION, '').replace(ARTICLE, ' '));
}
/** `get_tokens`: the normalised answer's words. */
function squad_normalise_answerTokens(s) {
    if (s === '')
        return [];
    const normal = squad_normalise_normaliseAnswer(s);
    return normal === '' ? [] : normal.split(' ');
}

;// CONCATENATED MODULE: ./src/evaluate/metrics/text/squad.ts

function squad_squadScores(prediction, references) {
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
        bleu: new Float64Array(n * BLEU_STATISTICS),
        chrf: new Float64Array(n * CHRF_STATISTICS),
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
        bleuSegmentStatistics(pred, refs, t.bleu, i * BLEU_STATISTICS);
        chrfSegmentStatistics(pred, refs, t.chrf, i * CHRF_STATISTICS);
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

// EXTERNAL MODULE: ./src/evaluate/metrics/names.ts
var names = __webpack_require__(95241);
;// CONCATENATED MODULE: ./src/evaluate/sufficient-statistics.ts






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
    ...TEXT_STATISTIC_TERMS,
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
    centred = new util_sum/* CompensatedSum */.$();
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
                ape[i] = Math.abs(e) / Math.max(Math.abs(data.yTrue[i]), names/* FLOAT64_EPS */.yn);
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
            this.addTerms('log_loss', data.logLossScores ? (0,evaluator/* matrixLogLoss */.fn)(data, include) : (0,log_loss/* binaryRowLogLoss */.f)(scores, isPositive, include));
            this.addTerms('brier', (0,brier/* brierRowTerms */.e)(scores, isPositive, include));
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
        this.addTerms('log_loss', (0,log_loss/* multiclassRowLogLoss */.R)(scores, k, trueColumn, include));
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
    sum = new util_sum/* CompensatedSum */.$();
    sumSq = new util_sum/* CompensatedSum */.$();
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
function sufficient_statistics_sufficientStatistics(data) {
    const acc = new StatisticsAccumulator();
    acc.add(data);
    if (acc.needsCentredPass())
        acc.addCentred(data);
    return acc.result();
}

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










// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(55421);
;// CONCATENATED MODULE: ./src/evaluate/read/bytes.ts

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
    return JSON.stringify((0,util_escape/* truncate */.xv)(value, SHOWN_VALUE_LENGTH));
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/util/progress.ts
var progress = __webpack_require__(65365);
;// CONCATENATED MODULE: ./src/evaluate/read/cells.ts
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

;// CONCATENATED MODULE: ./src/evaluate/read/interner.ts

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
        return this.findHashed(buf, start, end, hashBytes(buf, start, end, SEED_A));
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
        const h = hashBytes(buf, start, end, SEED_A);
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
            hashes[i] = hashBytes(bytes, offsets[from + i], offsets[from + i + 1], SEED_A);
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

;// CONCATENATED MODULE: ./src/evaluate/read/typed-arrays.ts
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

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/util/env-limit.ts
var env_limit = __webpack_require__(51257);
;// CONCATENATED MODULE: ./src/evaluate/read/source.ts







/** Bytes per read: large enough that per-chunk overhead vanishes, small enough to stream. */
const CHUNK_BYTES = 1 << 20;
/**
 * Longest line (record) read, in bytes: 16 MiB, or MODEL_GATE_MAX_LINE_BYTES. A longer one is
 * an error, not an allocation that grows until the process aborts (a gzip bomb holding one
 * 600 MB line, /dev/zero given as a file).
 */
function maxLineBytes() {
    return (0,env_limit/* envLimit */.B)('MODEL_GATE_MAX_LINE_BYTES', 16 << 20);
}
/** Longest label, prediction or id cell, in bytes: 1 MiB, or MODEL_GATE_MAX_FIELD_BYTES. */
function maxFieldBytes() {
    return (0,env_limit/* envLimit */.B)('MODEL_GATE_MAX_FIELD_BYTES', 1 << 20);
}
/**
 * Most bytes a gzipped input may decompress to: 64 GiB, or MODEL_GATE_MAX_DECOMPRESSED_BYTES
 * (an endless or runaway stream stops with a message instead of running for hours).
 */
function maxDecompressedBytes() {
    return (0,env_limit/* envLimit */.B)('MODEL_GATE_MAX_DECOMPRESSED_BYTES', 64 * 2 ** 30);
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
            this.raw = (0,external_node_fs_.createReadStream)(file, {
                highWaterMark: CHUNK_BYTES,
                fd,
                ...(regular ? { start: 0 } : {}),
                autoClose: true,
            });
            const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: CHUNK_BYTES });
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
            const st = await (0,promises_.stat)(file);
            if (st.isDirectory())
                throw new errors/* InputError */.dz({ file }, `this is a directory; expected the ${role} file (CSV, TSV or JSON Lines).`);
            regular = st.isFile();
            size = regular ? st.size : 0;
        }
        catch (err) {
            if (err instanceof errors/* InputError */.dz)
                throw err;
            const code = err.code;
            if (code === 'ENOENT')
                throw new errors/* InputError */.dz({ file }, `file not found (${role} file). Check the path; relative paths are resolved from ${process.cwd()}.`);
            throw new errors/* InputError */.dz({ file }, `cannot read the ${role} file: ${err.message}`);
        }
        let fd = -1;
        let gzip = false;
        let head = null;
        try {
            fd = await new Promise((resolve, reject) => (0,external_node_fs_.open)(file, 'r', (err, opened) => (err ? reject(err) : resolve(opened))));
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
                (0,external_node_fs_.closeSync)(fd);
            throw new errors/* InputError */.dz({ file }, `cannot read the ${role} file: ${err.message}`);
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
                throw new errors/* InputError */.dz({ file: this.file }, `the gzipped data decompresses to more than ${this.maxDecompressed} bytes (from ${this.bytesRead} compressed ` +
                    'bytes read so far), the limit; a gzip bomb or a runaway stream? Raise the limit with ' +
                    'MODEL_GATE_MAX_DECOMPRESSED_BYTES=<bytes> if the file really is that large.');
            this.carry.copy(target, offset, this.carryAt, this.carryAt + n);
            this.carryAt += n;
            if (this.carryAt >= this.carry.length)
                this.carry = null;
            return n;
        }
        catch (err) {
            if (err instanceof errors/* InputError */.dz)
                throw err;
            const e = err;
            if (this.gzip && typeof e.code === 'string' && e.code.startsWith('Z_'))
                throw new errors/* InputError */.dz({ file: this.file }, `the file starts like gzip data but cannot be decompressed (${e.message}). Re-create it, or store it uncompressed.`);
            throw new errors/* InputError */.dz({ file: this.file }, `cannot read the file: ${e.message}`);
        }
    }
    close() {
        if (this.iterator) {
            void this.iterator.return?.();
            this.raw.destroy();
        }
        else if (this.fd >= 0) {
            (0,external_node_fs_.closeSync)(this.fd);
            this.fd = -1;
        }
    }
}
function readFd(fd, buf, offset, length, position) {
    return new Promise((resolve, reject) => (0,external_node_fs_.read)(fd, buf, offset, length, position, (err, bytesRead) => (err ? reject(err) : resolve(bytesRead))));
}
/** The format a file name announces (`.csv`, `.tsv`, `.jsonl`, `.ndjson`, each optionally `.gz`). */
function formatFromName(file) {
    let name = (0,external_node_path_.basename)(file).toLowerCase();
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

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
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
                else if (c === LF)
                    break;
                else if (c === QUOTE && i === fs) {
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
            if (fe > fs && buf[fe - 1] === CR)
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
            if (pos < end && buf[pos] === QUOTE) {
                pos++;
                for (;;) {
                    if (pos >= end) {
                        if (!eof)
                            return -1;
                        throw new errors/* InputError */.dz({ file: this.file, line: this.line }, 'a quoted field that starts on this line is never closed (a " without its closing "). ' +
                            'Inside a quoted field, write a double quote as "".');
                    }
                    const c = buf[pos];
                    if (c === QUOTE) {
                        if (pos + 1 >= end && !eof)
                            return -1;
                        if (pos + 1 < end && buf[pos + 1] === QUOTE) {
                            out[o++] = QUOTE;
                            pos += 2;
                            continue;
                        }
                        pos++;
                        break;
                    }
                    if (c === LF)
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
                if (c === LF) {
                    this.setField(field++, fo, o);
                    this.fieldCount = field;
                    this.newlinesInRecord = newlines;
                    return pos + 1;
                }
                if (c === CR) {
                    if (pos + 1 >= end) {
                        if (!eof)
                            return -1;
                        pos++; // a CR ending the file
                        continue;
                    }
                    if (buf[pos + 1] === LF) {
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

;// CONCATENATED MODULE: ./src/evaluate/read/jsonl.ts



const OK = 0;
const BLANK = 1;
const SLOW = 2;
function isWs(c) {
    return c === 32 || c === 9 || c === CR || c === LF;
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
            let le = buf.indexOf(LF, pos);
            if (le < 0 || le >= end) {
                if (!eof)
                    return pos;
                le = end;
            }
            let e = le;
            if (e > pos && buf[e - 1] === CR)
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
        kinds.fill(KIND_MISSING);
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
            if (p >= e || buf[p] !== QUOTE)
                return SLOW;
            const ks = ++p;
            while (p < e && buf[p] !== QUOTE) {
                if (buf[p] === BACKSLASH)
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
            if (c === QUOTE) {
                vs = ++p;
                while (p < e && buf[p] !== QUOTE) {
                    if (buf[p] === BACKSLASH)
                        return SLOW;
                    p++;
                }
                if (p >= e)
                    return SLOW;
                kind = KIND_TEXT;
                p++;
            }
            else if (c === 45 || (c >= 48 && c <= 57)) {
                p = jsonNumberEnd(buf, p, e);
                if (p < 0)
                    return SLOW;
                kind = KIND_NUMBER;
            }
            else if (c === 0x74) {
                if (!lit(buf, p, e, 'true'))
                    return SLOW;
                p += 4;
                kind = KIND_BOOL;
            }
            else if (c === 0x66) {
                if (!lit(buf, p, e, 'false'))
                    return SLOW;
                p += 5;
                kind = KIND_BOOL;
            }
            else if (c === 0x6e) {
                if (!lit(buf, p, e, 'null'))
                    return SLOW;
                p += 4;
                kind = KIND_NULL;
            }
            else if (c === 0x7b || c === 0x5b) {
                p = skipNested(buf, p, e);
                if (p < 0)
                    return SLOW;
                kind = KIND_NESTED;
            }
            else
                return SLOW;
            const ve = kind === KIND_TEXT ? p - 1 : p;
            let sl;
            if (k < expKeys.length) {
                const ek = expKeys[k];
                sl = bytesEqual(buf, ks, ke, ek, 0, ek.length) ? expSlots[k] : this.lookup(buf, ks, ke);
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
    slowLine(buf, s, e) {
        const text = buf.toString('utf8', s, e);
        const obj = parseJsonObject(text, this.file, this.line);
        const { starts, ends, kinds } = this.cells;
        kinds.fill(KIND_MISSING);
        const need = 2 * (e - s) + 64;
        if (this.scratch.length < need)
            this.scratch = Buffer.allocUnsafe(Math.max(need, this.scratch.length * 2));
        const out = this.scratch;
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
                kind = KIND_NULL;
            else if (typeof v === 'string') {
                // An escaped lone surrogate ("\ud800") has no UTF-8 form: written out it would become
                // U+FFFD and merge with every other such label.
                if (LONE_SURROGATE.test(v))
                    throw new errors/* InputError */.dz({ file: this.file, line: this.line, column: key }, 'the string holds an unpaired surrogate escape (\\uD800–\\uDFFF), which is not valid Unicode text; ' +
                        'labels must be valid UTF-8.');
                kind = KIND_TEXT;
                str = v;
            }
            else if (typeof v === 'number') {
                kind = KIND_NUMBER;
                // The number as written, not as a double (9007199254740993 must stay itself).
                tokens ??= numberTokens(text);
                str = tokens.get(key) ?? String(v);
            }
            else if (typeof v === 'boolean') {
                kind = KIND_BOOL;
                str = v ? 'true' : 'false';
            }
            else {
                kind = KIND_NESTED;
                // The value's JSON text: its first byte tells an object from an array in messages.
                str = Array.isArray(v) ? '[]' : '{}';
            }
            starts[sl] = o;
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
        if (c === QUOTE) {
            let j = i + 1;
            while (j < text.length && text.charCodeAt(j) !== QUOTE)
                j += text.charCodeAt(j) === BACKSLASH ? 2 : 1;
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
        throw new errors/* InputError */.dz({ file, line }, `not valid JSON (${err.message}). JSON Lines files hold one JSON object per line, ` +
            'e.g. {"id": "a1", "label": "cat", "prediction": "dog"}.');
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        const what = Array.isArray(obj) ? 'an array' : obj === null ? 'null' : `a ${typeof obj}`;
        throw new errors/* InputError */.dz({ file, line }, `found ${what} where a JSON object was expected. JSON Lines files hold one object per line, ` +
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
        if (c === QUOTE) {
            p++;
            while (p < e && buf[p] !== QUOTE) {
                if (buf[p] === BACKSLASH)
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

;// CONCATENATED MODULE: ./src/evaluate/read/table.ts







const PROGRESS_EVERY_MS = 100;
/** The read window: the unscanned rest of the last read is moved to its front, then refilled. */
const WINDOW_BYTES = 2 * CHUNK_BYTES;
/**
 * Makes room for at least CHUNK_BYTES after bytes [pos, end) of `buf`: moves them to the front,
 * into a window twice as large when they fill more than half of it (a record longer than the
 * window then costs O(1) rescans per byte). Returns the window (the same Buffer unless it grew).
 */
function compact(buf, pos, end) {
    const rest = end - pos;
    if (buf.length - rest >= CHUNK_BYTES) {
        if (rest > 0 && pos > 0)
            buf.copyWithin(0, pos, end);
        return buf;
    }
    const bigger = Buffer.allocUnsafe(Math.max(buf.length * 2, rest + CHUNK_BYTES));
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
        else if (c === LF)
            return;
        else if (c === CR && !quoted && i + 1 < end && buf[i + 1] !== LF)
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
        const source = await ChunkSource.open(file, role);
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
        const maxLine = maxLineBytes();
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
        const format = formatFromName(file) ?? sniffFormat(buf, pos, end);
        // Blank lines before the header (or the first object) are skipped, as pandas does.
        for (;;) {
            let p = pos;
            while (p < end && (buf[p] === 32 || buf[p] === 9 || buf[p] === CR))
                p++;
            if (p < end && buf[p] === LF) {
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
            const obj = parseJsonObject(buf.toString('utf8', pos, le < 0 ? end : le), file, line);
            const scanner = new JsonlScanner(file, line);
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
        const cells = makeCells(slotColumns.length);
        const seen = new Map();
        slotColumns.forEach((name, slot) => {
            if (seen.has(name))
                throw new errors/* UsageError */.eb(`${this.file}: column "${name}" is named for two different roles; the id, label, prediction and score columns must be different columns.`);
            seen.set(name, slot);
        });
        if (this.scanner instanceof JsonlScanner) {
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
        const maxLine = maxLineBytes();
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
    close() {
        this.source.close();
    }
}
const EMPTY = Buffer.alloc(0);
/** Index of the first LF in buf[from, end), or -1. */
function indexOfLF(buf, from, end) {
    const i = buf.indexOf(LF, from);
    return i >= 0 && i < end ? i : -1;
}
function isBlank(buf, start, end) {
    for (let i = start; i < end; i++) {
        const c = buf[i];
        if (c !== 32 && c !== 9 && c !== CR && c !== LF)
            return false;
    }
    return true;
}

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
    return new errors/* InputError */.dz({ file, line, column: idColumn }, `duplicate id ${showValue(id)}: it first appears on line ${firstLine}. Ids must be unique within a file.`);
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
        const reader = await TableReader.open(this.file, 'predictions');
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
            : idKey(hashBytes(buf, s, e, SEED_A), hashBytes(buf, s, e, SEED_B));
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
    cells = makeCells(1);
    found = null;
    rows = 0;
    seen = new ByteInterner();
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









const PHASE_SINGLE = 0;
const PHASE_LABELS = 1;
const PHASE_PREDICTIONS = 2;
const MAX_EXAMPLES = 10;
/**
 * Rows per batch of id lookups (see `flush`); ids are checked for duplicates a batch at a time,
 * so an error in a later batch is not reported before a duplicate id in an earlier one.
 */
const ID_BATCH = 1 << 15;
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
    labels = new ByteInterner();
    /** `maxFieldBytes()`, read once. */
    maxField = maxFieldBytes();
    /** Where each interned label was first read: its line, and whether as a label or a prediction. */
    labelLine = new Int32Array(16);
    labelFile = [];
    labelColumn = [];
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
        this.ids = setup.byId && this.idCheck === null && this.join === null ? new ByteInterner(expected) : null;
        this.scoresPerRow = setup.scoreColumn !== undefined ? 1 : setup.probColumns.length;
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
            this.yTrueF = resizeF(this.yTrueF, cap, n);
        else
            this.yTrueI = resizeI(this.yTrueI, cap, n);
        if (withPredictions) {
            if (regression)
                this.yPredF = resizeF(this.yPredF, cap, n);
            else
                this.yPredI = resizeI(this.yPredI, cap, n);
            if (this.scoresPerRow > 0)
                this.scores = resizeF(this.scores, cap * this.scoresPerRow, n * this.scoresPerRow);
            this.outPredI = this.yPredI;
            this.outPredF = this.yPredF;
            this.outScores = this.scores ?? this.outScores;
        }
        if (this.ids)
            this.idLine = resizeI(this.idLine, Math.max(cap, this.idLine.length), n);
        if ((this.idCheck || this.join) && this.idHashes.length < 2 * cap)
            this.idHashes = new Int32Array(2 * cap);
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
            this.join.addPrediction(buf, s, e, hashBytes(buf, s, e, SEED_B), line, prediction, this.outScores);
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
            hashes[j] = hashBytes(bytes, off[j], off[j + 1], SEED_A);
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
                throw new errors/* InputError */.dz({ file: this.file, line: this.bLine[j], column: this.setup.idColumn }, `duplicate id ${showBytes(bytes, off[j], off[j + 1])}: it also has a prediction on ` +
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
        if (e - s > this.maxField)
            throw this.fieldTooLong(line, this.setup.idColumn, e - s);
        if (s === e || kind === KIND_NULL || kind === KIND_MISSING || kind === KIND_NESTED)
            throw new errors/* InputError */.dz({ file: this.file, line, column: this.setup.idColumn }, kind === KIND_NESTED
                ? `expected a string or number, got ${nestedWhat(buf, s, e)} (the id).`
                : 'empty id; every row needs an id to be joined with the other file.');
    }
    addId(buf, line, r) {
        const sl = this.slots.id;
        const s = this.cells.starts[sl];
        const e = this.cells.ends[sl];
        this.checkId(buf, line, s, e, this.cells.kinds[sl]);
        this.ids.append(buf, s, e);
        if (r === this.idLine.length)
            this.idLine = resizeI(this.idLine, Math.max(1024, r * 2), r);
        this.idLine[r] = line;
    }
    /** Streaming: row r's id (at batch position `at`) to the duplicate check and the fingerprint. */
    hashId(buf, line, r, at) {
        const sl = this.slots.id;
        const s = this.cells.starts[sl];
        const e = this.cells.ends[sl];
        this.checkId(buf, line, s, e, this.cells.kinds[sl]);
        const a = hashBytes(buf, s, e, SEED_A);
        const b = hashBytes(buf, s, e, SEED_B);
        this.idHashes[2 * at] = a;
        this.idHashes[2 * at + 1] = b;
        this.idCheck.add(buf, s, e, a, b, r);
    }
    /** A partitioned join: the label row's id (at batch position `at`) to its partition. */
    partitionLabel(buf, line, at) {
        const sl = this.slots.id;
        const s = this.cells.starts[sl];
        const e = this.cells.ends[sl];
        this.checkId(buf, line, s, e, this.cells.kinds[sl]);
        const a = hashBytes(buf, s, e, SEED_A);
        const b = hashBytes(buf, s, e, SEED_B);
        this.idHashes[2 * at] = a;
        this.idHashes[2 * at + 1] = b;
        this.join.addLabel(buf, s, e, b, line);
    }
    readLabel(buf, line, r) {
        const sl = this.slots.label;
        const s = this.cells.starts[sl];
        const e = this.cells.ends[sl];
        const kind = this.cells.kinds[sl];
        if (s === e || kind === KIND_NULL || kind === KIND_MISSING || kind === KIND_NESTED)
            throw new errors/* InputError */.dz({ file: this.file, line, column: this.setup.labelColumn }, kind === KIND_NESTED
                ? `expected a string or number, got ${nestedWhat(buf, s, e)} (the label).`
                : 'empty label; every row needs a true label (remove unlabelled rows before evaluating).');
        if (this.setup.regression) {
            const v = kind === KIND_BOOL ? NaN : parseNumber(buf, s, e);
            if (!Number.isFinite(v))
                throw new errors/* InputError */.dz({ file: this.file, line, column: this.setup.labelColumn }, `${showBytes(buf, s, e)} is not a finite number; regression needs numeric labels.`);
            this.yTrueF[r] = v;
        }
        else
            this.yTrueI[r] = this.intern(buf, s, e, kind, line, this.setup.labelColumn);
    }
    /**
     * The label index of a label or prediction cell. Labels are told apart by their bytes, so two
     * different byte strings are never one class: a new label that is not well-formed UTF-8 (it
     * would decode to U+FFFD, like any other broken label) is an error naming where it is.
     */
    fieldTooLong(line, column, bytes) {
        return new errors/* InputError */.dz({ file: this.file, line, column }, `the value is ${bytes} bytes long, more than the ${this.maxField}-byte limit for a label, prediction or id ` +
            '(is this the right column?). Raise the limit with MODEL_GATE_MAX_FIELD_BYTES=<bytes> if needed.');
    }
    intern(buf, s, e, kind, line, column) {
        if (e - s > this.maxField)
            throw this.fieldTooLong(line, column, e - s);
        let idx;
        if (kind === KIND_NUMBER && !isCanonicalJsonInteger(buf, s, e)) {
            // JSON numbers are named as JavaScript writes them (1.0 → "1") unless that loses digits
            // (an integer beyond 2^53): then the token itself names the class.
            const token = buf.toString('latin1', s, e);
            const shortest = String(Number(token));
            idx =
                canonicalDecimal(shortest) === canonicalDecimal(token)
                    ? this.labels.addString(shortest)
                    : this.labels.add(buf, s, e);
        }
        else
            idx = this.labels.add(buf, s, e);
        if (idx < 0)
            return -idx - 1;
        const bad = firstInvalidUtf8(buf, s, e);
        if (bad >= 0)
            throw new errors/* InputError */.dz({ file: this.file, line, column }, `not valid UTF-8 at byte ${bad - s + 1} of the value (byte 0x${buf[bad].toString(16).padStart(2, '0')}). ` +
                'Labels are compared as text, and text that is not UTF-8 cannot be told apart reliably; ' +
                're-encode the file as UTF-8 (e.g. iconv -f latin1 -t utf-8).');
        if (idx >= this.labelLine.length) {
            const bigger = new Int32Array(this.labelLine.length * 2);
            bigger.set(this.labelLine);
            this.labelLine = bigger;
        }
        this.labelLine[idx] = line;
        this.labelFile[idx] = this.file;
        this.labelColumn[idx] = column;
        return idx;
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
        if (kind === KIND_NESTED)
            throw new errors/* InputError */.dz({ file: this.file, line, column: this.setup.predictionColumn }, `expected a string or number, got ${nestedWhat(buf, s, e)} (the prediction).`);
        const empty = s === e || kind === KIND_NULL || kind === KIND_MISSING;
        if (this.setup.regression) {
            if (empty) {
                // No prediction for this row: the missing-prediction policy decides later.
                this.outPredF[r] = NaN;
                return false;
            }
            const v = kind === KIND_BOOL ? NaN : parseNumber(buf, s, e);
            if (!Number.isFinite(v))
                throw new errors/* InputError */.dz({ file: this.file, line, column: this.setup.predictionColumn }, `${showBytes(buf, s, e)} is not a finite number; regression needs numeric predictions.`);
            this.outPredF[r] = v;
            return true;
        }
        this.outPredI[r] = empty ? -1 : this.intern(buf, s, e, kind, line, this.setup.predictionColumn);
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
        if (lenient && this.allScoresEmpty()) {
            scores.fill(NaN, r * k, r * k + k);
            return;
        }
        if (slots.score >= 0) {
            const v = this.readScore(buf, line, slots.score, this.setup.scoreColumn, false);
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
            const v = this.readScore(buf, line, p0 + j, this.setup.probColumns[j], true);
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
    allScoresEmpty() {
        const { starts, ends, kinds } = this.cells;
        const slots = this.slots;
        const first = slots.score >= 0 ? slots.score : slots.prob;
        const count = slots.score >= 0 ? 1 : this.scoresPerRow;
        for (let q = first; q < first + count; q++)
            if (starts[q] !== ends[q] && kinds[q] !== KIND_NULL && kinds[q] !== KIND_MISSING)
                return false;
        return true;
    }
    readScore(buf, line, sl, column, probability) {
        const cells = this.cells;
        const s = cells.starts[sl];
        const e = cells.ends[sl];
        const kind = cells.kinds[sl];
        const v = kind === KIND_BOOL || kind === KIND_NESTED || kind === KIND_MISSING ? NaN : parseNumber(buf, s, e);
        if (v >= 0 && v <= 1)
            return v;
        if (Number.isFinite(v) && !probability)
            return v;
        const expected = probability
            ? 'expected a probability between 0 and 1 (each --score-prefix column holds the probability of its class)'
            : 'expected a finite number (the score or probability of the positive class)';
        let found;
        if (kind === KIND_NESTED)
            found = `expected a number, got ${nestedWhat(buf, s, e)}`;
        else if (kind === KIND_MISSING)
            found = 'the key is missing';
        else if (s === e || kind === KIND_NULL)
            found = 'the score is empty';
        else if (Number.isFinite(v))
            found = `${showBytes(buf, s, e).slice(1, -1)} is outside [0, 1]`;
        else
            found = `${showBytes(buf, s, e)} is not a ${Number.isNaN(v) ? 'number' : 'finite number'}`;
        throw new errors/* InputError */.dz({ file: this.file, line, column }, `${found}; ${expected}.`);
    }
}

;// CONCATENATED MODULE: ./src/evaluate/read/labels.ts

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
    const nums = labels.map(labelNumber);
    const numeric = n > 0 && nums.every((v) => Number.isFinite(v));
    const canon = numeric ? labels.map(canonicalDecimal) : [];
    const idx = Array.from({ length: n }, (_, i) => i);
    if (numeric)
        idx.sort((a, b) => nums[a] - nums[b] || compareCanonicalDecimals(canon[a], canon[b]) || a - b);
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
    if (!Number.isFinite(labelNumber(label)))
        return -1;
    const v = canonicalDecimal(label);
    return classes.findIndex((c) => canonicalDecimal(c) === v);
}
/** A list of labels for a message: quoted, the first `max` and a count of the rest. */
function listLabels(labels, max = 20) {
    const shown = labels.slice(0, max).map(showValue);
    const rest = labels.length - shown.length;
    return shown.join(', ') + (rest > 0 ? ` and ${rest} more` : '');
}

;// CONCATENATED MODULE: ./src/evaluate/read/columns.ts




/**
 * The error for a column a flag names but the file lacks: lists the columns that exist and, when
 * one is close (edit distance), suggests it.
 */
function missingColumn(file, column, flag, columns, hint = '') {
    const suggestion = closestName(column, columns);
    return new errors/* InputError */.dz({ file, column }, `column not found (${flag}). The file has the columns ${listLabels(columns, 30)}.` +
        (suggestion !== undefined
            ? ` Did you mean ${showValue(suggestion)}? Pass ${flag} ${quoteArg(suggestion)}.`
            : '') +
        hint);
}
function quoteArg(s) {
    return /^[\w.:/@+-]+$/.test(s) && s.length <= 60 ? s : showValue(s);
}

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
        const pa = fmix32(Math.imul(a ^ 0x1b873593, 0x9e3779b1) ^ la);
        const pb = fmix32((Math.imul(b, 0x85ebca77) + lb) ^ 0x27d4eb2f);
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
        a[i] = hashBytes(buf, 0, buf.length, SEED_A);
        b[i] = hashBytes(buf, 0, buf.length, SEED_B);
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
            this.fp.add(hashBytes(bytes, s, e, SEED_A), hashBytes(bytes, s, e, SEED_B), labelHash[0], labelHash[1]);
        }
        else {
            const digits = this.digits;
            const len = writeDecimal(digits, i);
            this.fp.add(hashBytes(digits, 0, len, SEED_A), hashBytes(digits, 0, len, SEED_B), labelHash[0], labelHash[1]);
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
        out[0] = fmix32(w[0] ^ Math.imul(w[1], 0x9e3779b1));
        out[1] = fmix32(Math.imul(w[0], 0x85ebca77) + w[1]);
    };
}

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
    let order = orderLabels(interned);
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
        findLabel(order.classes, options.positiveLabel, order.numeric) < 0) {
        // Every row has the same label; the positive label the user named is the other class.
        order = orderLabels([...interned, options.positiveLabel]);
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
            positive = findLabel(classes, options.positiveLabel, numeric);
            if (positive < 0)
                throw new errors/* UsageError */.eb(`--positive-label ${showValue(options.positiveLabel)} is not one of the labels; ` +
                    `the labels are ${listLabels(classes)}.`);
        }
        settled.positive = positive;
    }
    else if (options.positiveLabel !== undefined) {
        ctx.warnings.push(`--positive-label ${showValue(options.positiveLabel)} is ignored: the task is multiclass (${classes.length} labels).`);
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
        return `${showValue(cl)} (first at ${l >= 0 ? labelWhere(c, l) : fallback})`;
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
    const fractional = classes.findIndex((cl) => canonicalDecimal(cl).includes('.'));
    const many = classes.length > MAX_NUMERIC_CLASSES && classes.length > c.n / 2;
    if (fractional < 0 && !many)
        return;
    const l = firstInterned(remap, fractional >= 0 ? fractional : 0);
    const why = fractional >= 0
        ? `the label ${showValue(classes[fractional])} is not an integer`
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
            throw new errors/* InputError */.dz({ file: ctx.predictionsFile }, `--score-column ${showValue(options.scoreColumn)} gives the score of the positive class, which only applies ` +
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
    const colNumeric = ctx.probClasses.every((s) => Number.isFinite(labelNumber(s)));
    // A column class that names a label numerically ("1.0" for label "1") takes the label's name.
    const colClass = ctx.probClasses.map((s) => {
        const i = findLabel(classes, s, numeric && colNumeric);
        return i >= 0 ? classes[i] : s;
    });
    const perm = Array.from({ length: k }, (_, j) => j);
    if (colNumeric)
        perm.sort((a, b) => labelNumber(colClass[a]) - labelNumber(colClass[b]) || a - b);
    else
        perm.sort((a, b) => compareCodePoints(colClass[a], colClass[b]) || a - b);
    const scoreClasses = perm.map((j) => colClass[j]);
    // Every true label needs a column.
    const lacking = classes.filter((cl, i) => present[i] === 1 && !scoreClasses.includes(cl));
    if (lacking.length > 0) {
        const prefix = options.scorePrefix;
        throw new errors/* InputError */.dz({ file: ctx.predictionsFile }, `no probability column for the true label(s) ${listLabels(lacking, 10)}: --score-prefix "${prefix}" found ` +
            `the columns ${listLabels(ctx.probClasses.map((s) => prefix + s), 20)}. Every true label needs a column named ${prefix}<label> (e.g. ${showValue(prefix + lacking[0])}).`);
    }
    if (c.probOffRows > 0)
        ctx.warnings.push(`${c.probOffRows} row(s) of --score-prefix probabilities in ${ctx.predictionsFile} do not sum to 1 ` +
            `(within numpy.allclose's tolerance, as scikit-learn checks), first on line ${c.probOffFirstLine} (sum ${c.probOffFirstSum}); ` +
            'they are renormalised per row, as scikit-learn does.');
    if (data.task === 'binary') {
        const pos = classes[data.positive];
        const j = colClass.indexOf(pos);
        if (j < 0)
            throw new errors/* InputError */.dz({ file: ctx.predictionsFile }, `no probability column for the positive label ${showValue(pos)}: expected a column named ` +
                `${showValue(options.scorePrefix + pos)}.`);
        const given = listLabels(perm.map((q) => options.scorePrefix + ctx.probClasses[q]), 10);
        ctx.warnings.push(`Binary task with ${k} --score-prefix columns (${given}): roc_auc, average_precision and brier use the ` +
            `positive label's column ${showValue(options.scorePrefix + ctx.probClasses[j])}; log_loss clips each row ` +
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
        return trimF(scores, n * plan.columns);
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
        const yTrue = trimF(c.yTrueF, n);
        const hasher = makeNumberHasher();
        stats.fingerprint = fingerprintRows(n, c.ids, (i, out) => hasher(yTrue[i], out));
        const data = { task: 'regression', n, yTrue, yPred: trimF(c.yPredF, n), ids: null };
        setIds(data, c.ids);
        return { data, stats };
    }
    // Classes: sorted union of true and predicted labels. Labels read only from prediction rows
    // that joined no label row (extra predictions) were interned too; they are left out here.
    const yTrue = trimI(c.yTrueI, n);
    const yPred = trimI(c.yPredI, n);
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
            `(first: ${listLabels(c.extraExamples, SHOWN_IN_ERRORS)}); they are ignored.`);
    return stats;
}
function checkMissingPolicy(c, ctx, missing, missingExamples, invalid) {
    const { options } = ctx;
    const parts = [];
    if (missing > 0)
        parts.push(`${missing} of the ${c.n} ids in ${ctx.labelsFile} have no prediction row ` +
            `(first: ${listLabels(missingExamples, SHOWN_IN_ERRORS)})`);
    if (invalid > 0)
        parts.push(`${invalid} row(s) have an empty "${options.predictionColumn}" cell ` +
            `(first: ${c.hasIds ? listLabels(c.invalidExamples, SHOWN_IN_ERRORS) : c.invalidExamples.slice(0, SHOWN_IN_ERRORS).join(', ')})`);
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
    /** Calls `onBatch` with each batch of rows, in row order. The batch's arrays are reused. */
    replay(onBatch) {
        const { meta, spool, remap, plan } = this;
        const n = meta.n;
        const size = spool.batchRows;
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
                onBatch(batch, start);
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
                onBatch(batch, start);
            }
        }
        if (fp) {
            this.stats.fingerprint = fp.digest();
            this.fingerprinted = true;
        }
    }
}

;// CONCATENATED MODULE: ./src/evaluate/read/id-partitions.ts







/**
 * Label rows per partition of a streamed join by id: 262,144, or MODEL_GATE_JOIN_PARTITION_ROWS.
 * A labels file with fewer (estimated) rows is joined in memory.
 */
function joinPartitionRows() {
    return (0,env_limit/* envLimit */.B)('MODEL_GATE_JOIN_PARTITION_ROWS', 1 << 18, 'rows');
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
    const ids = new ByteInterner(Math.max(16, cap));
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
        const li = ids.findHashed(u8, s, s + len, hashBytes(u8, s, s + len, SEED_A));
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
            this.predDup = { key, line, firstLine, shown: showBytes(u8, s, e) };
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
/** The spooled columns of one evaluation, in `dir` (the caller removes the folder). */
class RowSpool {
    dir;
    batchRows;
    yTrue = null;
    yPred = null;
    scores = null;
    /** The ids (a single file, or the labels file of a join by id), as the fingerprint's two 32-bit hashes. */
    idHashes = null;
    /** A partitioned join by id: each label row's partition (one byte). */
    rowPartitions = null;
    /** A partitioned join by id: the joined predictions and scores (then `yPred`, `scores` are null). */
    joined = null;
    constructor(dir, 
    /** Rows per batch: how many rows the readers hold before appending them here. */
    batchRows) {
        this.dir = dir;
        this.batchRows = batchRows;
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
        const preds = await TableReader.open(options.predictions, 'predictions');
        readers.push(preds);
        const labels = options.labels !== undefined ? await TableReader.open(options.labels, 'labels') : null;
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
                    `column from both files to join rows by position. ${lacking.file} has the columns ${listLabels(lacking.columns, 30)}.`);
            }
            byId = inLabels;
        }
        else
            byId = preds.indexOf(idColumn) >= 0;
        // Columns.
        const labelSource = labels ?? preds;
        if (labelSource.indexOf(labelColumn) < 0)
            throw missingColumn(labelSource.file, labelColumn, '--label-column', labelSource.columns, labels ? '' : ' If the labels are in a separate file, pass it with --labels.');
        if (preds.indexOf(predictionColumn) < 0)
            throw missingColumn(preds.file, predictionColumn, '--prediction-column', preds.columns);
        if (scoreColumn !== undefined && preds.indexOf(scoreColumn) < 0)
            throw missingColumn(preds.file, scoreColumn, '--score-column', preds.columns);
        let probColumns = [];
        if (scorePrefix !== undefined) {
            const roles = new Set([idColumn, labelColumn, predictionColumn]);
            probColumns = preds.columns.filter((c, i) => c.startsWith(scorePrefix) &&
                c.length > scorePrefix.length &&
                !roles.has(c) &&
                preds.columns.indexOf(c) === i);
            if (probColumns.length === 0)
                throw new errors/* InputError */.dz({ file: preds.file }, `no column starts with the --score-prefix "${scorePrefix}". The file has the columns ` +
                    `${listLabels(preds.columns, 30)}. Name one probability column per class ${scorePrefix}<label>, ` +
                    'or pass the prefix those columns use.');
        }
        const estimate = labelSource.estimateRows();
        const partitionRows = Math.max(1, setup?.partitionRows ?? joinPartitionRows());
        const partitioned = setup !== null && labels !== null && byId && estimate > partitionRows;
        const spool = setup !== null && (!(labels && byId) || partitioned)
            ? new RowSpool(setup.dir, setup.batchRows ?? DEFAULT_BATCH_ROWS)
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
    logLoss = new util_sum/* CompensatedSum */.$();
    brier = new util_sum/* CompensatedSum */.$();
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
            logLoss: this.probability ? score_streams_mean(this.logLoss, this.logLossRows) : undefined,
            brier: this.probability ? score_streams_mean(this.brier, this.brierRows) : undefined,
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
        this.logLoss = kc >= 2 ? new util_sum/* CompensatedSum */.$() : null;
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
            logLoss: this.logLoss ? score_streams_mean(this.logLoss, this.logLossRows) : null,
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
function score_streams_mean(sum, rows) {
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

;// CONCATENATED MODULE: ./src/evaluate/metrics/regression-stream.ts




/** `StreamingMetrics` for regression: the streaming twin of `regressionMetrics` (regression.ts). */
class RegressionStream {
    pass = 0;
    sums = {
        total: 0,
        sAbs: new util_sum/* CompensatedSum */.$(),
        sSq: new util_sum/* CompensatedSum */.$(),
        sApe: new util_sum/* CompensatedSum */.$(),
        sY: new util_sum/* CompensatedSum */.$(),
        maxError: -Infinity,
        yMin: Infinity,
        yMax: -Infinity,
    };
    skipped = 0;
    abs;
    mean = 0;
    sst = new util_sum/* CompensatedSum */.$();
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

;// CONCATENATED MODULE: ./src/version.ts
/** The tool's version, as in package.json (a test keeps the two equal). */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/evaluate/build-result.ts


/**
 * A result without bench or gate sections. `evaluate` and `merge` both build one here so that a
 * merged result.json has the same keys in the same order as an evaluated one.
 */
function buildResult(parts) {
    const { scored, rows } = parts;
    return {
        schema: schema/* RESULT_SCHEMA */.w,
        task: parts.task,
        n: parts.n,
        dataset: parts.dataset,
        tool: { name: 'model-gate', version: VERSION },
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

;// CONCATENATED MODULE: ./src/evaluate/evaluate.ts










async function evaluate(options, logger = progress/* silentLogger */.q, source = {}, now = new Date()) {
    const streaming = 'retainRows' in options && options.retainRows === false ? options : null;
    if (!streaming) {
        const { data, stats } = await readEvaluationData(options, logger);
        const { scored, statistics } = scoreRows(data, logger);
        return {
            result: evaluationResult(options, data, stats, scored, source, now, logger, statistics),
            data,
        };
    }
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(streaming.tmpDir ?? (0,external_node_os_.tmpdir)(), 'model-gate-'));
    try {
        const read = await readEvaluationStream(options, logger, {
            dir,
            batchRows: streaming.batchRows,
            idSortChunk: streaming.sortChunk,
            partitionRows: streaming.partitionRows,
        });
        if (read.data !== null) {
            const { data, stats } = read;
            const { scored, statistics } = scoreRows(data, logger);
            return {
                result: evaluationResult(options, data, stats, scored, source, now, logger, statistics),
                data,
            };
        }
        const { stream, stats } = read;
        try {
            const acc = new StatisticsAccumulator();
            const scored = (0,progress/* blockingStep */.M)(logger, `Scoring ${stream.meta.n.toLocaleString('en-US')} rows`, () => scoreStream(stream, dir, streaming.sortChunk, acc));
            return {
                result: evaluationResult(options, stream.meta, stats, scored, source, now, logger, acc.result()),
                data: null,
            };
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
        statistics: sufficient_statistics_sufficientStatistics(data),
    }));
}
/** Replays the streamed rows through `StreamingMetrics` (twice for regression's R²). */
function scoreStream(stream, dir, sortChunk, statistics) {
    let metrics = null;
    let firstPass = true;
    const add = (batch) => {
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
            `be the probability (or score) of the positive label ${showValue(pos)}` +
            (positiveNamed ? ' (as given with --positive-label)' : ' (the greater label, by default)') +
            (other !== undefined
                ? `; if it is the probability of ${showValue(other)}, pass --positive-label ${showValue(other)}.`
                : '.') +
            ' roc_auc, average_precision, log_loss and brier are wrong until then.',
    ];
}
function evaluationResult(options, data, stats, scored, source, now, logger, statistics) {
    const result = buildResult({
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

;// CONCATENATED MODULE: ./src/pipeline/judge.ts

/**
 * The compare stage as `run` and `compare` both do it: the checks, the warnings met while loading
 * either side (shown first, since they explain the checks), and the exit code under fail_on.
 */
function judge(candidate, baseline, config, failOn, logger) {
    const gate = compare_compareResults({
        baseline: baseline?.result ?? null,
        candidate: candidate.result,
        baselineExamples: baseline?.examples ?? null,
        candidateExamples: candidate.examples,
        config,
        progress: logger.progress,
    });
    gate.warnings.unshift(...(baseline?.warnings ?? []), ...(candidate.warnings ?? []));
    for (const w of gate.warnings)
        logger.warning(w);
    return { gate, exitCode: gateExitCode(gate.verdict, failOn ?? config.fail_on) };
}

// EXTERNAL MODULE: ./src/report/index.ts + 7 modules
var report = __webpack_require__(76569);
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







/** The whole pipeline: config → bench → evaluate → compare → report files. Used by the CLI and the Action. */
async function runGate(options, logger) {
    const name = options.name ?? 'model-gate';
    // Config and baseline first: a typo in gate.yml or a bad baseline path should fail in a
    // second, not after a long benchmark whose figures would then be lost.
    const config = await loadGateConfig(options.configPath);
    if (options.bench) {
        const note = checkBenchRuns(config, options.bench.runs, options.configPath ?? 'the default gate');
        if (note)
            logger.warning(note);
    }
    // Reading a baseline's million-row sidecar takes seconds: a step of its own in the log.
    const baselinePath = options.baseline;
    const baseline = baselinePath
        ? await logger.group(`Baseline ${baselinePath}`, () => (0,compare_baseline/* loadBaseline */.o)(baselinePath, logger))
        : null;
    const bench = options.bench
        ? await logger.group('Benchmark', () => (0,src_bench/* runBenchmark */.ff)(options.bench, logger))
        : undefined;
    const { result, data } = await logger.group('Evaluate', () => evaluate(options.evaluate, logger, options.source ?? {}));
    if (bench)
        result.bench = bench;
    const examplesPath = await logger.group('Examples sidecar', () => (0,examples/* writeExamples */.V$)(options.outDir, data, logger));
    result.examples = { file: (0,external_node_path_.basename)(examplesPath), format: examples/* EXAMPLES_FORMAT */.SG, rows: data.n };
    const { gate, exitCode } = await logger.group('Compare', async () => judge({ result, examples: data }, baseline, config, options.failOn, logger));
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
