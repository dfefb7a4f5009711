/**
 * What the three renderers have in common: which metrics, classes, confusions and bench fields to
 * show, in what order, and the one-sentence verdict. Pure; strings returned here are raw (each
 * renderer escapes them for its output).
 */
import {
  BENCH_SUMMARY_FIELDS,
  type BenchResult,
  type Check,
  type CheckVerdict,
  type ClassStats,
  type Flips,
  type GateVerdict,
  type Result,
  type ServeInfo,
  type SummaryStats,
  type TopConfusion,
} from '../result/schema.js';
import {
  formatBench,
  formatCount,
  formatDelta,
  formatDeltaWithCi,
  formatMagnitude,
  formatMetric,
  formatMetricValue,
  formatPValue,
  formatRelative,
  higherIsBetter,
  plural,
} from './format.js';
import { metricDeclaration } from '../registry/metrics.js';

/** Escapes a string for one output format (data strings and our own text may differ). */
type Esc = (s: string) => string;

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
export const REDUNDANT_METRICS = new Set(['error_rate', 'precision_micro', 'recall_micro', 'f1_micro']);

export function orderedMetricNames(result: Result, opts: { terse?: boolean } = {}): string[] {
  const order = result.task === 'regression' ? REGRESSION_ORDER : CLASSIFICATION_ORDER;
  const names = Object.keys(result.metrics);
  const rank = (n: string): number => {
    const i = order.indexOf(n);
    return i < 0 ? order.length : i;
  };
  return names
    .filter((n) => !(opts.terse && REDUNDANT_METRICS.has(n)))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The primary metric (what "no config" gates). */
export function primaryMetric(result: Result): string {
  return result.task === 'regression' ? 'rmse' : 'accuracy';
}

// ---------------------------------------------------------------- per-class

export interface ClassRow {
  label: string;
  stats: ClassStats | null;
  baseline: ClassStats | null;
  /** candidate F1 − baseline F1 when both exist. */
  deltaF1: number | null;
}

export interface ClassSelection {
  rows: ClassRow[];
  total: number;
  omitted: number;
  /** How the shown rows were chosen when some were omitted, e.g. "the 10 largest and 10 lowest-F1". */
  how: string | null;
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Class labels in scikit-learn order (confusion labels when present, else sorted). */
function classOrder(result: Result): string[] {
  const pc = result.per_class ?? {};
  const fromConfusion = result.confusion?.labels?.filter((l) => l in pc) ?? [];
  if (fromConfusion.length === Object.keys(pc).length) return fromConfusion;
  return Object.keys(pc).sort(cmpStr);
}

/**
 * Rows for a per-class table. All classes (label order) when there are at most `limit`; else,
 * without a baseline, half the rows go to the largest classes by support and the rest to the
 * lowest F1 (ties: larger support first); with a baseline, the largest F1 changes first. Rows of a
 * cut selection are sorted worst first (lowest F1, or most negative ΔF1).
 */
export function selectClasses(result: Result, limit: number, baseline?: Result): ClassSelection {
  const pc = result.per_class ?? {};
  const bpc = baseline?.per_class ?? {};
  const labels = classOrder(result);
  if (baseline?.per_class) {
    const seen = new Set(labels);
    for (const l of Object.keys(bpc).sort(cmpStr)) if (!seen.has(l)) labels.push(l);
  }
  const rows: ClassRow[] = labels.map((label) => {
    const stats = pc[label] ?? null;
    const base = baseline ? (bpc[label] ?? null) : null;
    const deltaF1 = stats && base ? stats.f1 - base.f1 : null;
    return { label, stats, baseline: base, deltaF1 };
  });
  const total = rows.length;
  if (total <= limit) return { rows, total, omitted: 0, how: null };

  const support = (r: ClassRow): number => r.stats?.support ?? r.baseline?.support ?? 0;
  const f1 = (r: ClassRow): number => r.stats?.f1 ?? 0;
  const chosen = new Set<ClassRow>();
  let how: string;
  if (baseline?.per_class) {
    const byChange = [...rows].sort(
      (a, b) =>
        Math.abs(b.deltaF1 ?? 0) - Math.abs(a.deltaF1 ?? 0) ||
        support(b) - support(a) ||
        cmpStr(a.label, b.label),
    );
    for (const r of byChange.slice(0, limit)) chosen.add(r);
    how = `the ${limit} largest F1 changes`;
  } else {
    const largest = Math.ceil(limit / 2);
    const bySupport = [...rows].sort((a, b) => support(b) - support(a) || cmpStr(a.label, b.label));
    for (const r of bySupport.slice(0, largest)) chosen.add(r);
    const byF1 = [...rows].sort(
      (a, b) => f1(a) - f1(b) || support(b) - support(a) || cmpStr(a.label, b.label),
    );
    for (const r of byF1) {
      if (chosen.size >= limit) break;
      chosen.add(r);
    }
    how = `the ${largest} largest by support and the ${limit - largest} lowest F1`;
  }
  const shown = [...chosen].sort((a, b) =>
    baseline?.per_class
      ? (a.deltaF1 ?? 0) - (b.deltaF1 ?? 0) || support(b) - support(a) || cmpStr(a.label, b.label)
      : f1(a) - f1(b) || support(b) - support(a) || cmpStr(a.label, b.label),
  );
  return { rows: shown, total, omitted: total - shown.length, how };
}

/** "20 of 1,234 classes shown (…); 1,214 omitted." or null when all are shown. */
export function omittedNote(sel: ClassSelection): string | null {
  if (!sel.omitted) return null;
  return `${formatCount(sel.rows.length)} of ${formatCount(sel.total)} classes shown (${sel.how}); ${formatCount(sel.omitted)} omitted.`;
}

/** Support per true label from the confusion counts (falls back to per_class support). */
export function supportByLabel(result: Result): Map<string, number> {
  const m = new Map<string, number>();
  if (result.per_class) for (const [l, s] of Object.entries(result.per_class)) m.set(l, s.support);
  else if (result.confusion) for (const [t, , c] of result.confusion.counts) m.set(t, (m.get(t) ?? 0) + c);
  return m;
}

// ---------------------------------------------------------------- confusions

export function grownConfusionCells(g: Flips['grown_confusions'][number], esc: Esc): string[] {
  return [
    esc(g.true),
    esc(g.predicted),
    formatCount(g.baseline),
    formatCount(g.candidate),
    (g.delta > 0 ? '+' : '') + formatCount(g.delta),
  ];
}

export function topConfusionCells(c: TopConfusion, esc: Esc): string[] {
  return [esc(c.true), esc(c.predicted), formatCount(c.count)];
}

// ---------------------------------------------------------------- bench

/** Bench fields in display order (those present in the summary). */
const BENCH_ORDER: readonly string[] = BENCH_SUMMARY_FIELDS;

/** A bench field's display label: its registry declaration's (one label in every report). */
export function benchLabel(field: string): string {
  return metricDeclaration(`bench.${field}`)?.label ?? field;
}

export function benchFields(bench: BenchResult): string[] {
  const keys = Object.keys(bench.summary);
  const rank = (k: string): number => {
    const i = BENCH_ORDER.indexOf(k);
    return i < 0 ? BENCH_ORDER.length : i;
  };
  return keys.sort((a, b) => rank(a) - rank(b) || cmpStr(a, b));
}

/** serve-bench: what was sent and what failed ("served: 100 requests · errors: 503 × 20 · …"). */
export function serveSummary(v: ServeInfo, esc: Esc): string {
  const errors = Object.entries(v.errors_by_status).map(([k, n]) => `${esc(k)} × ${formatCount(n)}`);
  const load =
    v.mode === 'open-loop'
      ? `open loop at ${v.rate_per_second}/s (at most ${v.concurrency} in flight)`
      : `closed loop, concurrency ${v.concurrency}`;
  return `served: ${formatCount(v.requests)} requests · errors: ${errors.length ? errors.join(', ') : 'none'} · ${load}`;
}

/** Measured (non-warm-up) runs. */
export function measuredRuns(bench: BenchResult | undefined): BenchResult['runs'] {
  return (bench?.runs ?? []).filter((r) => !r.warmup);
}

/** "median ± σ", both in the unit that suits the median. */
export function benchSpread(field: string, s: Pick<SummaryStats, 'median' | 'stddev'>): string {
  return `${formatBench(field, s.median)} ± ${formatBench(field, s.stddev)}`;
}

/** "min … max", scaled like the median so the two ends read in one unit. */
export function benchRange(field: string, s: Pick<SummaryStats, 'min' | 'max' | 'median'>): string {
  return `${formatBench(field, s.min, s.median)} … ${formatBench(field, s.max, s.median)}`;
}

/** Change of the median, absolute and relative; null when the baseline did not measure `field`. */
export function benchChange(field: string, s: SummaryStats, base: SummaryStats | undefined): string | null {
  if (!base) return null;
  const delta = s.median - base.median;
  return `${formatDelta(`bench.${field}`, delta)} (${formatRelative(delta, base.median)})`;
}

// ---------------------------------------------------------------- verdict

export type HeadWord = 'PASS' | 'WARN' | 'FAIL' | 'NO BASELINE' | 'EVALUATED';

export function headWord(result: Result): HeadWord {
  const v: GateVerdict | undefined = result.gate?.verdict;
  if (!v) return 'EVALUATED';
  return v === 'no-baseline' ? 'NO BASELINE' : (v.toUpperCase() as HeadWord);
}

export const VERDICT_SYMBOL: Record<CheckVerdict | 'evaluated', string> = {
  pass: '✅',
  improved: '✅',
  warn: '⚠️',
  fail: '❌',
  'no-baseline': '➖',
  inconclusive: '❔',
  evaluated: '📊',
};

/** Whether the change in a check is a worsening in the metric's direction. */
export function isWorsening(check: Check): boolean {
  if (check.delta === null || check.delta === 0) return false;
  return higherIsBetter(check.metric) ? check.delta < 0 : check.delta > 0;
}

function pPart(check: Check, txt: (s: string) => string): string {
  if (check.p_value === null) return '';
  const p = formatPValue(check.p_value);
  return txt(` (p ${p.startsWith('<') ? '' : '= '}${p})`);
}

const same = (s: string): string => s;

/**
 * One sentence about a check, with the metric name passed through `esc` (the only data string).
 * "accuracy regressed by 1.20 points (p = 0.003)", "accuracy 0.8600 is below min 0.9".
 */
export function checkSentence(
  check: Check,
  esc: (s: string) => string,
  txt: (s: string) => string = same,
): string {
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
  if (check.reason) return `${m}: ${esc(check.reason)}`;
  return `${m} ${check.verdict}`;
}

const VERDICT_RANK: Record<CheckVerdict, number> = {
  fail: 0,
  warn: 1,
  improved: 2,
  pass: 3,
  inconclusive: 4,
  'no-baseline': 5,
};

/** Checks most important first: fail, warn, improved, pass; within a verdict, config order. */
export function sortedChecks(checks: Check[]): Check[] {
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => VERDICT_RANK[a.c.verdict] - VERDICT_RANK[b.c.verdict] || a.i - b.i)
    .map((x) => x.c);
}

/** A check's cells before the verdict, which each renderer marks up its own way. */
export function checkCells(check: Check, esc: Esc, txt: Esc = same, withCi = true): string[] {
  return [
    esc(check.metric),
    txt(formatMetricValue(check.metric, check.baseline)),
    txt(formatMetricValue(check.metric, check.candidate)),
    txt(
      withCi
        ? formatDeltaWithCi(check.metric, check.delta, check.ci, check.baseline)
        : formatDelta(check.metric, check.delta),
    ),
    txt(formatPValue(check.p_value)),
    esc(check.threshold),
  ];
}

/** Failed and warned checks that carry a reason: the ones worth a line of explanation. */
export function explainedChecks(checks: Check[]): (Check & { reason: string })[] {
  return checks.filter(
    (c): c is Check & { reason: string } =>
      (c.verdict === 'fail' || c.verdict === 'warn' || c.verdict === 'inconclusive') && !!c.reason,
  );
}

/** How the gate decided, e.g. "paired tests, α = 0.05 (Holm)"; null when it compared nothing. */
export function testsNote(result: Result): string | null {
  const gate = result.gate;
  if (!gate || gate.verdict === 'no-baseline') return null;
  return gate.significance === null
    ? 'plain thresholds'
    : `${gate.paired ? 'paired tests' : 'unpaired tests'}, α = ${gate.significance}${gate.multiple_comparisons === 'holm' ? ' (Holm)' : ''}`;
}

/** Gate warnings first: they bear on the verdict, the reader's first question. */
export function allWarnings(result: Result): string[] {
  return [...(result.gate?.warnings ?? []), ...result.warnings, ...(result.bench?.warnings ?? [])];
}

/**
 * The verdict detail after the head word, e.g. "accuracy regressed by 1.20 points (p = 0.003);
 * 1 more check failed". `esc` escapes the data strings (metric names) for the output format.
 */
export function verdictDetail(
  result: Result,
  esc: (s: string) => string,
  txt: (s: string) => string = same,
): string {
  const gate = result.gate;
  const primary = primaryMetric(result);
  if (!gate) {
    const name = result.metrics[primary] !== undefined ? primary : orderedMetricNames(result)[0];
    const v = name === undefined ? '' : `${esc(name)} ${txt(formatMetric(result.metrics[name]))} on `;
    return `${v}${formatCount(result.n)} examples`;
  }
  const checks = sortedChecks(gate.checks);
  const count = (v: CheckVerdict): number => checks.filter((c) => c.verdict === v).length;
  if (gate.verdict === 'no-baseline') {
    const v = result.metrics[primary];
    const metric = v === undefined ? '' : `; ${esc(primary)} ${txt(formatMetric(v))}`;
    return `no baseline to compare with yet${metric}`;
  }
  if (gate.verdict === 'fail' || gate.verdict === 'warn') {
    const main = checks.filter((c) => c.verdict === gate.verdict);
    const first = main[0] ?? checks.find((c) => c.verdict === 'fail' || c.verdict === 'warn');
    if (!first) return gate.verdict === 'fail' ? 'the gate failed' : 'the gate warned';
    const more = main.length - 1;
    const others = gate.verdict === 'fail' ? count('warn') : 0;
    let s = checkSentence(first, esc, txt);
    if (more > 0) s += `; ${plural(more, 'more check')} ${gate.verdict === 'fail' ? 'failed' : 'warned'}`;
    if (others > 0) s += `; ${plural(others, 'check')} warned`;
    return s;
  }
  const improved = checks.filter((c) => c.verdict === 'improved');
  const passed = count('pass');
  const parts = [`${plural(passed + improved.length, 'check')} passed`];
  if (improved.length) parts.push(`${improved.length} improved: ${checkSentence(improved[0], esc, txt)}`);
  return parts.join(', ');
}
