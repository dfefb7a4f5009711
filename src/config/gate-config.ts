import { readFile } from 'node:fs/promises';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  visit,
  parseDocument,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { UsageError } from '../errors.js';
import {
  METRIC_DECLARATIONS,
  METRIC_NAMES,
  declarationFor,
  metricDeclaration,
  type MetricDeclaration,
  type MetricTask,
} from '../registry/metrics.js';
import { closestName as closest } from '../util/closest.js';
import {
  exampleValue,
  expectedForm as unitExpectedForm,
  parseDuration,
  parsePercent,
  parseQuantity as parseUnitQuantity,
  parseSize,
} from '../util/quantity.js';

export type FailOn = 'fail' | 'warn' | 'never';

/** `max_regression`: the worsening tolerated, in the metric's better direction. */
export interface Tolerance {
  kind: 'absolute' | 'relative';
  /** Absolute: in the metric's unit (bytes, seconds, milliseconds, …). Relative: a fraction (1% = 0.01). */
  value: number;
  /** As the user wrote it (or its canonical form), for the check's `threshold` text. */
  text: string;
}

export interface MetricRule {
  metric: string;
  min?: number;
  max?: number;
  max_regression?: Tolerance;
  /** Source line in gate.yml, when read from a file. */
  line?: number;
}

export interface GateConfig {
  /** α, or null for `significance: off` (plain thresholds, no statistics). */
  significance: number | null;
  fail_on: FailOn;
  /** In file order. */
  metrics: MetricRule[];
  bootstrap: { resamples: number; seed: number };
  multiple_comparisons: 'holm' | 'none';
  /** Bench metrics on a different host: downgrade failures to warnings (default) or compare anyway. */
  host_mismatch: 'warn' | 'compare';
  /** The file it came from; null for the built-in default. */
  source: string | null;
  /** True when no metrics were configured: the primary metric (`accuracy`, or `rmse` for
   * regression results) is gated with max_regression 0 — see `rulesForTask`. */
  default_metrics: boolean;
  /** With `deferUnknownMetrics`: the error of each metric name no declaration has. */
  unknown_metrics?: string[];
}

export const DEFAULT_BOOTSTRAP = { resamples: 2000, seed: 1 } as const;

const ZERO: Tolerance = { kind: 'absolute', value: 0, text: '0' };

/** The configuration used without a gate.yml. */
export function defaultGateConfig(): GateConfig {
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
const PRIMARY_METRIC: Readonly<Partial<Record<MetricTask, string>>> = {
  regression: 'rmse',
  ranking: 'ndcg',
  // Generated text: BLEU, the corpus metric most teams report (exact_match is too coarse for
  // free-form output).
  text: 'bleu',
};

/** The rules to apply to a result of the given task (resolves the default primary metric). */
export function rulesForTask(config: GateConfig, task: Exclude<MetricTask, 'bench'>): MetricRule[] {
  if (config.default_metrics) return [{ metric: PRIMARY_METRIC[task] ?? 'accuracy', max_regression: ZERO }];
  // A rule on a metric this task never has (rmse on a binary result) can never be checked: it is
  // a configuration mistake, refused here rather than shown as a warning on every run.
  for (const rule of config.metrics) {
    const tasks = metricDeclaration(rule.metric)?.tasks;
    if (!tasks || tasks.includes('bench') || tasks.includes(task)) continue;
    const available = METRIC_DECLARATIONS.filter((d) => d.tasks.includes(task)).map((d) => d.name);
    throw new UsageError(
      `${config.source ?? 'gate.yml'}${rule.line !== undefined ? `, line ${rule.line}` : ''}: metrics.${rule.metric} ` +
        `is not a metric of a ${task} result (it is one of ${tasks.join('/')}); a ${task} result has: ` +
        `${available.join(', ')}, and bench.* when benchmarked.`,
    );
  }
  return config.metrics;
}

/** Score metrics a default gate checks: every score's mean (not pass@k, flaky counts or costs). */
function defaultScoreMetric(name: string): boolean {
  const d = declarationFor(name, 'scores');
  return d !== undefined && d.direction === 'higher' && !/\.pass@\d+$/.test(name);
}

/**
 * The rules for a `--task scores` result: without a gate.yml, every score's mean with
 * max_regression 0; otherwise each rule must name a metric the result has (or `bench.*`).
 */
export function rulesForScores(config: GateConfig, metrics: readonly string[]): MetricRule[] {
  if (config.default_metrics)
    return metrics.filter(defaultScoreMetric).map((metric) => ({ metric, max_regression: ZERO }));
  for (const rule of config.metrics) {
    if (rule.metric.startsWith('bench.') || metrics.includes(rule.metric)) continue;
    const hint = closest(rule.metric, metrics);
    throw new UsageError(
      `${config.source ?? 'gate.yml'}${rule.line !== undefined ? `, line ${rule.line}` : ''}: metrics.${rule.metric} ` +
        `is not a metric of this scores result${hint ? `; did you mean "${hint}"?` : ''} Its metrics are: ${metrics.join(', ')}.`,
    );
  }
  return config.metrics;
}

/** Reads gate.yml; without a path, the default configuration. */
export async function loadGateConfig(path?: string, options: ConfigOptions = {}): Promise<GateConfig> {
  if (path === undefined) return defaultGateConfig();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `config file not found: ${path}`
        : `cannot read config file ${path}: ${(e as Error).message}`,
    );
  }
  return parseGateConfig(text, path, options);
}

const TOP_KEYS = ['significance', 'fail_on', 'metrics', 'bootstrap', 'multiple_comparisons', 'host_mismatch'];
const RULE_KEYS = ['min', 'max', 'max_regression'];

/** Parses and validates gate.yml text. Errors are UsageErrors naming the file and line. */
/** A gate.yml is a few dozen lines; far beyond that it is the wrong file, refused before parsing. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface ConfigOptions {
  /**
   * `--task scores`: metrics are named by the data (score columns, harness metrics), which is read
   * after gate.yml, so any name is accepted here and `rulesForScores` checks it against the
   * result's metrics (with a closest-name suggestion).
   */
  scoreMetrics?: boolean;
  /**
   * `compare`, which learns the task only from the results, read after gate.yml: known names are
   * checked as usual, unknown ones are kept in `unknown_metrics` (their errors, ready to throw
   * when the results are not scores results).
   */
  deferUnknownMetrics?: boolean;
}

export function parseGateConfig(text: string, fileName: string, options: ConfigOptions = {}): GateConfig {
  if (Buffer.byteLength(text, 'utf8') > MAX_CONFIG_BYTES)
    throw new UsageError(
      `${fileName}: the file is ${Buffer.byteLength(text, 'utf8')} bytes, above the 1 MiB limit for a gate.yml; is it the right file?`,
    );
  checkConfigShape(text, fileName);
  const lineCounter = new LineCounter();
  // uniqueKeys is off: yaml's own duplicate check compares every key with every other (quadratic,
  // 16 s for 25,000 keys); keyName below checks duplicates per mapping with a Set instead.
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false,
  });
  const lineOf = (node: Node | null | undefined | Pair['key']): number | undefined => {
    const range = (node as Node | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  // Line only, except where the column is what finds the spot (an alias, a value in a flow map).
  const fail = (node: unknown, message: string, withColumn = false): never => {
    const range = (node as Node | null | undefined)?.range;
    const pos = range ? lineCounter.linePos(range[0]) : undefined;
    const where = pos ? `, line ${pos.line}${withColumn ? `, column ${pos.col}` : ''}` : '';
    throw new UsageError(`${fileName}${where}: ${message}`);
  };
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = lineCounter.linePos(err.pos[0]);
    const first = err.message.split('\n')[0];
    throw new UsageError(`${fileName}, line ${pos.line}, column ${pos.col}: invalid YAML: ${first}`);
  }
  // Anchors and aliases are refused where they are, before any value is read: a gate.yml is
  // short, and aliases are how a small file expands without bound ("billion laughs").
  visit(doc, (_key, node, path) => {
    // The path holds the document, then a pair and a collection per level of nesting.
    if ((isMap(node) || isSeq(node)) && path.length > 2 * MAX_CONFIG_NESTING)
      fail(node, `settings nested more than ${MAX_CONFIG_NESTING} levels deep; is it the right file?`);
    if (isAlias(node))
      fail(
        node,
        `YAML aliases (${JSON.stringify(`*${node.source}`)}) are not supported in gate.yml; write the value out`,
        true,
      );
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor)
      fail(
        node,
        `YAML anchors (${JSON.stringify(`&${node.anchor}`)}) are not supported in gate.yml; write the value out`,
        true,
      );
  });
  const config = defaultGateConfig();
  config.source = fileName;
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return config; // an empty file: the defaults
  }
  if (!isMap(root)) fail(root, 'expected a mapping of settings (significance, fail_on, metrics, …)');
  for (const pair of (root as YAMLMap).items) {
    const key = keyName(pair, fail, (root as YAMLMap).items);
    const value = pair.value as Node | null;
    switch (key) {
      case 'significance':
        config.significance = parseSignificance(value, fail);
        break;
      case 'fail_on':
        config.fail_on = parseChoice(value, 'fail_on', ['fail', 'warn', 'never'], fail) as FailOn;
        break;
      case 'multiple_comparisons':
        config.multiple_comparisons = parseChoice(value, 'multiple_comparisons', ['holm', 'none'], fail) as
          'holm' | 'none';
        break;
      case 'host_mismatch':
        config.host_mismatch = parseChoice(value, 'host_mismatch', ['warn', 'compare'], fail) as
          'warn' | 'compare';
        break;
      case 'bootstrap':
        config.bootstrap = parseBootstrap(value, pair.key, fail);
        break;
      case 'metrics':
        config.metrics = parseMetrics(
          value,
          pair.key,
          fail,
          lineOf,
          options.scoreMetrics === true,
          (name, message) => {
            if (!options.deferUnknownMetrics) return fail(name, message);
            (config.unknown_metrics ??= []).push(
              `${fileName}${lineOf(name) ? `, line ${lineOf(name)}` : ''}: ${message}`,
            );
          },
        );
        config.default_metrics = false;
        break;
      default: {
        const hint = closest(key, TOP_KEYS);
        fail(
          pair.key,
          `unknown setting "${key}"${hint ? `; did you mean "${hint}"?` : ''} (settings: ${TOP_KEYS.join(', ')})`,
        );
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
export const MAX_CONFIG_KEYS = 2000;
export const MAX_CONFIG_NESTING = 32;

// Lexer tokens that stand for no source text (document start, flow error end, scalar marker).
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);

/**
 * A pass over yaml's lexer (about ten times cheaper than parsing, and stopped at the first cap
 * reached): a 1 MiB file of 25,000 keys or of 500,000 nested `[` takes the parser seconds; this
 * refuses it in milliseconds, naming the line where the cap was passed.
 */
function checkConfigShape(text: string, fileName: string): void {
  let keys = 0;
  let depth = 0;
  let offset = 0;
  let problem: string | undefined;
  for (const token of new Lexer().lex(text)) {
    if (token === ':') keys++;
    else if (token === '[' || token === '{') depth++;
    else if (token === ']' || token === '}') depth = Math.max(0, depth - 1);
    if (keys > MAX_CONFIG_KEYS) {
      problem = `more than ${MAX_CONFIG_KEYS.toLocaleString('en-US')} keys`;
      break;
    }
    if (depth > MAX_CONFIG_NESTING) {
      problem = `brackets nested more than ${MAX_CONFIG_NESTING} deep`;
      break;
    }
    if (!CONTROL_TOKENS.has(token)) offset += token.length;
  }
  if (problem === undefined) return;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  throw new UsageError(
    `${fileName}, line ${line}: the file has ${problem}, far beyond any gate.yml (a few dozen settings ` +
      'and metric rules); is it the right file?',
  );
}

type Fail = (node: unknown, message: string, withColumn?: boolean) => never;

/** Keys seen per mapping, for the linear duplicate-key check. */
const seenKeys = new WeakMap<Pair[], Set<string>>();

function keyName(pair: Pair, fail: Fail, siblings?: Pair[]): string {
  const k = pair.key;
  if (!isScalar(k) || (typeof k.value !== 'string' && typeof k.value !== 'number'))
    return fail(k ?? pair.value, 'expected a plain key');
  const name = String(k.value).trim();
  if (siblings) {
    let seen = seenKeys.get(siblings);
    if (!seen) seenKeys.set(siblings, (seen = new Set()));
    if (seen.has(name)) fail(k, `duplicate key "${name}"; each setting may appear once`);
    seen.add(name);
  }
  return name;
}

function scalarValue(node: Node | null): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) return node.value;
  if (isMap(node)) return '{…}';
  if (isSeq(node)) return '[…]';
  return String(node);
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function parseSignificance(node: Node | null, fail: Fail): number | null {
  const v = scalarValue(node);
  const hint = 'expected a number between 0 and 1 such as 0.05, or "off" for plain thresholds';
  if (v === false) return null;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'off' || s === 'none' || s === 'false' || s === 'no') return null;
    const pct = /^(\d+(?:\.\d+)?|\.\d+)\s*%$/.exec(s);
    if (pct) {
      const a = Number(pct[1]) / 100;
      if (a > 0 && a < 1) return a;
    }
    const num = Number(s);
    if (s !== '' && Number.isFinite(num) && num > 0 && num < 1) return num;
    return fail(node, `significance: ${show(v)} is not valid; ${hint}`);
  }
  if (typeof v === 'number') {
    if (v > 0 && v < 1) return v;
    if (v >= 1 && v < 100)
      return fail(node, `significance: ${v} is not valid; ${hint} (did you mean ${v / 100} or "${v}%"?)`);
  }
  return fail(node, `significance: ${show(v)} is not valid; ${hint}`);
}

function parseChoice(node: Node | null, key: string, choices: string[], fail: Fail): string {
  const v = scalarValue(node);
  const s = typeof v === 'string' ? v.trim().toLowerCase() : v === false ? 'never' : String(v);
  if (choices.includes(s)) return s;
  const hint = closest(s, choices);
  return fail(
    node,
    `${key}: ${show(v)} is not one of ${choices.join(', ')}${hint ? `; did you mean "${hint}"?` : ''}`,
  );
}

function parseBootstrap(
  node: Node | null,
  keyNode: unknown,
  fail: Fail,
): { resamples: number; seed: number } {
  const out = { ...DEFAULT_BOOTSTRAP } as { resamples: number; seed: number };
  if (node === null) return out;
  if (!isMap(node))
    return fail(node ?? keyNode, 'bootstrap: expected a mapping such as { resamples: 2000, seed: 1 }');
  for (const pair of node.items) {
    const key = keyName(pair, fail, node.items);
    const v = scalarValue(pair.value as Node | null);
    const num = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
    if (key === 'resamples') {
      if (typeof num !== 'number' || !Number.isInteger(num) || num < 100 || num > 1_000_000)
        fail(
          pair.value,
          `bootstrap.resamples: ${show(v)} is not valid; expected a whole number from 100 to 1000000 such as 2000`,
        );
      out.resamples = num as number;
    } else if (key === 'seed') {
      if (typeof num !== 'number' || !Number.isInteger(num) || num < 0 || num > 4294967295)
        fail(
          pair.value,
          `bootstrap.seed: ${show(v)} is not valid; expected a whole number from 0 to 4294967295 such as 1`,
        );
      out.seed = num as number;
    } else {
      const hint = closest(key, ['resamples', 'seed']);
      fail(
        pair.key,
        `bootstrap: unknown setting "${key}"${hint ? `; did you mean "${hint}"?` : ''} (settings: resamples, seed)`,
      );
    }
  }
  return out;
}

function parseMetrics(
  node: Node | null,
  keyNode: unknown,
  fail: Fail,
  lineOf: (n: Node | null | undefined) => number | undefined,
  scoreMetrics = false,
  unknown: (key: unknown, message: string) => void = fail,
): MetricRule[] {
  if (node === null || !isMap(node))
    return fail(
      node ?? keyNode,
      'metrics: expected a mapping of metric name → rule, such as "accuracy: { max_regression: 0.005 }"',
    );
  const rules: MetricRule[] = [];
  for (const pair of node.items) {
    const name = keyName(pair, fail, node.items);
    let info = scoreMetrics ? declarationFor(name, 'scores') : metricDeclaration(name);
    if (!info) {
      const hint = closest(name, METRIC_NAMES);
      unknown(pair.key, `unknown metric "${name}"${hint ? `; did you mean "${hint}"?` : ''}`);
      info = declarationFor(name, 'scores');
    }
    const rule: MetricRule = { metric: name, line: lineOf(pair.key as Node) };
    const value = pair.value as Node | null;
    if (value === null || (isScalar(value) && value.value === null)) {
      rule.max_regression = ZERO; // "accuracy:" alone = gate it with no tolerated regression
    } else if (!isMap(value)) {
      fail(
        value,
        `metrics.${name}: expected a mapping such as { max_regression: ${example(info as MetricDeclaration, 'tol')} } (keys: ${RULE_KEYS.join(', ')}), got ${show(scalarValue(value))}`,
      );
    } else {
      for (const rp of value.items) {
        const key = keyName(rp, fail, value.items);
        const vnode = rp.value as Node | null;
        const at = (vnode ?? rp.key) as Node | null;
        if (key === 'min' || key === 'max')
          rule[key] = parseBound(at, name, key, info as MetricDeclaration, fail);
        else if (key === 'max_regression')
          rule.max_regression = parseTolerance(at, name, info as MetricDeclaration, fail);
        else {
          const hint = closest(key, RULE_KEYS);
          fail(
            rp.key,
            `metrics.${name}: unknown rule "${key}"${hint ? `; did you mean "${hint}"?` : ''} (rules: ${RULE_KEYS.join(', ')})`,
          );
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

function example(info: MetricDeclaration, what: 'tol' | 'bound'): string {
  return exampleValue(info.unit, what);
}

// Sizes, durations, percentages and unit-bearing amounts are read by the quantity module, the
// same one that formats them in reports (src/util/quantity.ts).
export { parseSize, parseDuration };

function parseQuantity(v: unknown, info: MetricDeclaration): number | undefined {
  return parseUnitQuantity(v, info.unit);
}

function expectedForm(info: MetricDeclaration): string {
  return unitExpectedForm(info.unit);
}

function parseBound(
  node: Node | null,
  name: string,
  key: 'min' | 'max',
  info: MetricDeclaration,
  fail: Fail,
): number {
  const v = scalarValue(node);
  let value = parseQuantity(v, info);
  if (value === undefined && typeof v === 'string') {
    const pct = parsePercent(v);
    if (pct !== undefined && info.unit === 'proportion') value = pct;
    else if (pct !== undefined && info.unit === 'percent') value = pct * 100;
    else if (pct !== undefined)
      fail(
        node,
        `metrics.${name}.${key}: ${show(v)} — a percentage is only meaningful for max_regression here; ${expectedForm(info)}`,
      );
  }
  if (value === undefined)
    return fail(node, `metrics.${name}.${key}: ${show(v)} is not valid; ${expectedForm(info)}`);
  if (info.unit !== 'score' && (value as number) < 0)
    fail(
      node,
      `metrics.${name}.${key}: ${show(v)} is negative; ${name} is a ${info.unit === 'bytes' ? 'size' : info.unit === 'seconds' || info.unit === 'milliseconds' ? 'duration' : 'quantity'} ≥ 0`,
      true,
    );
  if (info.unit === 'proportion' && ((value as number) < 0 || (value as number) > 1)) {
    const guess = value > 1 && value <= 100 ? ` (did you mean ${value / 100} or "${value}%"?)` : '';
    fail(
      node,
      `metrics.${name}.${key}: ${show(v)} is out of range; ${name} is a proportion between 0 and 1${guess}`,
    );
  }
  return value as number;
}

function parseTolerance(node: Node | null, name: string, info: MetricDeclaration, fail: Fail): Tolerance {
  const v = scalarValue(node);
  const tolHint = `expected an absolute amount such as ${example(info, 'tol')} (relative)`;
  if (typeof v === 'string') {
    const pct = parsePercent(v);
    if (pct !== undefined) {
      if (pct < 0)
        fail(
          node,
          `metrics.${name}.max_regression: ${show(v)} is negative; the tolerated worsening is a size ≥ 0 such as "1%"`,
        );
      return { kind: 'relative', value: pct, text: `${trimNum(pct * 100)}%` };
    }
  }
  // Points ("2pp") on a proportion are read by the quantity parser: an absolute amount.
  const value = parseQuantity(v, info);
  if (value === undefined) {
    const base =
      info.unit === 'bytes' || info.unit === 'seconds' || info.unit === 'milliseconds'
        ? `${expectedForm(info)}, or a percentage such as "10%"`
        : tolHint;
    return fail(node, `metrics.${name}.max_regression: ${show(v)} is not valid; ${base}`);
  }
  if (value < 0)
    fail(
      node,
      `metrics.${name}.max_regression: ${show(v)} is negative; it is the worsening tolerated (≥ 0) in the direction where ${name} gets worse`,
    );
  // A proportion moves at most 1: a tolerance of 1 or more gates nothing, and is almost surely
  // points written as a fraction ("2" meant two points).
  if (info.unit === 'proportion' && value >= 1)
    fail(
      node,
      `metrics.${name}.max_regression: ${show(v)} is 1 or more, but ${name} is a proportion between 0 and 1, so this gates nothing; for ${trimNum(value)} points write ${trimNum(value / 100)} or "${trimNum(value)}pp" (or "${trimNum(value)}%" for a relative tolerance)`,
      true,
    );
  const text = typeof v === 'string' ? v.trim() : trimNum(value);
  return { kind: 'absolute', value, text };
}

function trimNum(x: number): string {
  return String(Number(x.toPrecision(12)));
}
