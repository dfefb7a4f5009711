/**
 * Deterministic number formatting shared by the text, Markdown and HTML reports. No locale: the
 * same result renders the same bytes on every machine. Outputs are plain ASCII/Unicode text (escape
 * them for the target like any other string only if you add data to them).
 */
import { isHigherBetter } from '../config/metric-directions.js';

/** Shown for a missing value (null, NaN, undefined). */
export const MISSING = '—';

function isMissing(v: number | null | undefined): v is null | undefined {
  return v === null || v === undefined || Number.isNaN(v);
}

/** Remove a sign from a rendering of zero ("-0.00" → "0.00"). */
function unsignZero(s: string): string {
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/** `x` with `sig` significant digits in fixed notation (no exponent), e.g. 1.234, 12.35, 1235. */
export function fixedSig(x: number, sig = 4): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  const digits = Math.floor(Math.log10(a)) + 1;
  const decimals = Math.min(20, Math.max(0, sig - digits));
  let s = x.toFixed(decimals);
  // Rounding can add a digit (9.9996 → "10.000"); drop the extra decimal.
  if (decimals > 0 && Math.abs(Number(s)) >= 10 ** digits) s = x.toFixed(decimals - 1);
  return unsignZero(s);
}

/** Integer with thousands separators: 12345 → "12,345". */
export function formatCount(n: number | null | undefined): string {
  if (isMissing(n)) return MISSING;
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const neg = n < 0;
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + grouped + (frac ? '.' + frac : '');
}

/** "1 class", "2,000 classes". */
export function plural(n: number, word: string, pluralWord = word + 's'): string {
  return `${formatCount(n)} ${n === 1 ? word : pluralWord}`;
}

/** A metric value: 4 decimals (0.9123); exponent with 4 significant digits when tiny or huge. */
export function formatMetric(v: number | null | undefined): string {
  if (isMissing(v)) return MISSING;
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-4 || a >= 1e7)) return v.toExponential(3);
  return unsignZero(v.toFixed(4));
}

/** A p-value: "< 0.001", else 3 decimals (a 4th when rounding would cross 0.05 or 0.01). */
export function formatPValue(p: number | null | undefined): string {
  if (isMissing(p)) return MISSING;
  if (p < 0.001) return '< 0.001';
  let s = p.toFixed(3);
  for (const alpha of [0.01, 0.05]) {
    if (p < alpha && Number(s) >= alpha) s = p.toFixed(4);
  }
  return s;
}

/** Signed, e.g. "+1.20" / "-0.35" / "0.00". */
function signed(s: string): string {
  if (s.startsWith('-') || /^0(\.0*)?(\s|$)/.test(s) || s === MISSING) return s;
  return '+' + s;
}

// ---------------------------------------------------------------- units

export type Unit = 'seconds' | 'bytes' | 'percent' | 'rate' | 'count' | 'metric';

interface Scale {
  suffix: string;
  factor: number;
}

const TIME_SCALES: Scale[] = [
  { suffix: 's', factor: 1 },
  { suffix: 'ms', factor: 1e3 },
  { suffix: 'µs', factor: 1e6 },
  { suffix: 'ns', factor: 1e9 },
];

const BYTE_SCALES: Scale[] = [
  { suffix: 'TiB', factor: 1 / 1024 ** 4 },
  { suffix: 'GiB', factor: 1 / 1024 ** 3 },
  { suffix: 'MiB', factor: 1 / 1024 ** 2 },
  { suffix: 'KiB', factor: 1 / 1024 },
  { suffix: 'B', factor: 1 },
];

function timeScale(seconds: number): Scale {
  const a = Math.abs(seconds);
  if (a >= 1 || a === 0) return TIME_SCALES[0];
  if (a >= 1e-3) return TIME_SCALES[1];
  if (a >= 1e-6) return TIME_SCALES[2];
  return TIME_SCALES[3];
}

function byteScale(bytes: number): Scale {
  const a = Math.abs(bytes);
  for (const s of BYTE_SCALES) if (a * s.factor >= 1) return s;
  return BYTE_SCALES[BYTE_SCALES.length - 1];
}

/** The scale a unit uses for a reference value (so a median and its spread share one unit). */
function scaleFor(unit: Unit, reference: number): Scale | null {
  if (unit === 'seconds') return timeScale(reference);
  if (unit === 'bytes') return byteScale(reference);
  return null;
}

function withScale(v: number, scale: Scale, sig: number): string {
  const x = v * scale.factor;
  if (scale.suffix === 'B') return `${formatCount(Math.round(x))} B`;
  return `${fixedSig(x, sig)} ${scale.suffix}`;
}

/** The display scale of a bench field for a reference value: multiply a stored value by `factor`. */
export function benchScale(field: string, reference: number): { suffix: string; factor: number } {
  const unit = benchUnit(field);
  const toBase = /^latency_ms_/.test(field) ? 1 / 1000 : 1;
  const scale = scaleFor(unit, reference * toBase);
  return scale ? { suffix: scale.suffix, factor: scale.factor * toBase } : { suffix: '', factor: 1 };
}

/** Seconds with a human unit: 1.234 s, 12.3 ms, 45.6 µs. */
export function formatSeconds(s: number | null | undefined): string {
  if (isMissing(s)) return MISSING;
  return withScale(s, timeScale(s), 4);
}

/** Bytes with binary units: 812.4 MiB, 1.234 GiB, 512 B. */
export function formatBytes(b: number | null | undefined): string {
  if (isMissing(b)) return MISSING;
  return withScale(b, byteScale(b), 4);
}

/** A percentage given in percent (87.5 → "87.5%"). */
export function formatPercent(p: number | null | undefined): string {
  if (isMissing(p)) return MISSING;
  return `${fixedSig(p, 3)}%`;
}

/** A value in `unit`, optionally in the scale chosen for `reference` (for ± spreads and ranges). */
export function formatUnit(v: number | null | undefined, unit: Unit, reference?: number): string {
  if (isMissing(v)) return MISSING;
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  const scale = scaleFor(unit, reference ?? v);
  if (scale) {
    // Same unit as the reference; digits chosen so the reference shows 4 significant digits.
    const ref = Math.abs((reference ?? v) * scale.factor);
    if (scale.suffix === 'B') return withScale(v, scale, 4);
    const refDigits = ref === 0 ? 1 : Math.floor(Math.log10(ref)) + 1;
    const decimals = Math.min(20, Math.max(0, 4 - refDigits));
    return `${unsignZero((v * scale.factor).toFixed(decimals))} ${scale.suffix}`;
  }
  switch (unit) {
    case 'percent':
      return formatPercent(v);
    case 'rate':
      return `${fixedSig(v, 4)}/s`;
    case 'count':
      return formatCount(v);
    default:
      return formatMetric(v);
  }
}

// ---------------------------------------------------------------- metrics and deltas

const PROPORTION =
  /^(accuracy|error_rate|balanced_accuracy|(precision|recall|f1)(_(macro|micro|weighted|samples))?|roc_auc|roc_auc_(ovr|ovo)|average_precision|top_\d+_accuracy)$/;

/** Bench field → unit. */
export function benchUnit(field: string): Unit {
  if (/_seconds$/.test(field)) return 'seconds';
  if (/_bytes$/.test(field)) return 'bytes';
  if (/_percent$/.test(field)) return 'percent';
  if (/^latency_ms_/.test(field)) return 'seconds'; // value converted from ms, see benchValue
  if (/_per_second$/.test(field)) return 'rate';
  return 'metric';
}

/** A bench field's value in its unit's base (latency fields are stored in milliseconds). */
export function benchValue(field: string, v: number | null | undefined): number | null {
  if (isMissing(v)) return null;
  return /^latency_ms_/.test(field) ? v / 1000 : v;
}

/** A bench field formatted with its unit. */
export function formatBench(field: string, v: number | null | undefined, reference?: number | null): string {
  const ref =
    reference === undefined || reference === null ? undefined : (benchValue(field, reference) ?? undefined);
  return formatUnit(benchValue(field, v), benchUnit(field), ref);
}

export type MetricKind = 'proportion' | 'bench' | 'plain';

export function metricKind(metric: string): MetricKind {
  if (metric.startsWith('bench.')) return 'bench';
  const last = metric.includes('.') ? metric.slice(metric.lastIndexOf('.') + 1) : metric;
  return PROPORTION.test(last) ? 'proportion' : 'plain';
}

/** Whether a larger value of `metric` is better: one table for the gate and its reports. */
export const higherIsBetter = isHigherBetter;

/** A value of a gated metric in its natural unit (metrics as decimals, bench fields with units). */
export function formatMetricValue(metric: string, v: number | null | undefined): string {
  if (metric.startsWith('bench.')) return formatBench(metric.slice(6), v);
  return formatMetric(v);
}

/**
 * A change (candidate − baseline): proportions in points (×100, "+1.20 pts"), bench fields with
 * their unit ("+120.0 ms"), other metrics as a signed decimal.
 */
export function formatDelta(
  metric: string,
  delta: number | null | undefined,
  reference?: number | null,
): string {
  if (isMissing(delta)) return MISSING;
  const kind = metricKind(metric);
  if (kind === 'proportion') return `${signed(unsignZero((delta * 100).toFixed(2)))} pts`;
  if (kind === 'bench') {
    const field = metric.slice(6);
    const ref = reference === undefined || reference === null ? delta : reference;
    return signed(formatBench(field, delta, ref));
  }
  return signed(formatMetric(delta));
}

/** The size of a change without sign, for sentences: "1.20 points", "120.0 ms". */
export function formatMagnitude(metric: string, delta: number): string {
  const kind = metricKind(metric);
  if (kind === 'proportion') {
    const pts = Math.abs(delta * 100).toFixed(2);
    return `${pts} ${pts === '1.00' ? 'point' : 'points'}`;
  }
  if (kind === 'bench') return formatBench(metric.slice(6), Math.abs(delta));
  return formatMetric(Math.abs(delta));
}

/** Relative change in percent, signed: "+12.3%"; missing when the baseline is 0 or missing. */
export function formatRelative(
  delta: number | null | undefined,
  baseline: number | null | undefined,
): string {
  if (isMissing(delta) || isMissing(baseline) || baseline === 0) return MISSING;
  const r = (delta / Math.abs(baseline)) * 100;
  return signed(unsignZero(Math.abs(r) >= 100 ? r.toFixed(0) : r.toFixed(1))) + '%';
}

/**
 * The checks table's delta header: the interval's level as the gate computed it (two-sided
 * 1 − 2α, so its worse-side end is the one-sided bound the decision uses); 95% for old results.
 */
export function ciHeader(checks: readonly { ci_level?: number }[], open = '(', close = ')'): string {
  const level = checks.find((c) => c.ci_level !== undefined)?.ci_level;
  const pct = level === undefined ? 95 : Number((100 * level).toPrecision(4));
  return `Δ ${open}${pct}% CI${close}`;
}

/** A CI of a delta, in the delta's unit: "[-2.10, -0.30]". */
export function formatCi(
  metric: string,
  ci: [number, number] | null | undefined,
  reference?: number | null,
): string {
  if (!ci || isMissing(ci[0]) || isMissing(ci[1])) return '';
  const kind = metricKind(metric);
  if (kind === 'proportion') {
    return `[${signed(unsignZero((ci[0] * 100).toFixed(2)))}, ${signed(unsignZero((ci[1] * 100).toFixed(2)))}]`;
  }
  const ref = reference ?? Math.max(Math.abs(ci[0]), Math.abs(ci[1]));
  const f = (x: number): string =>
    kind === 'bench' ? signed(formatBench(metric.slice(6), x, ref)) : signed(formatMetric(x));
  return `[${f(ci[0])}, ${f(ci[1])}]`;
}

/** "Δ [CI]" in one cell: "-1.20 pts [-2.10, -0.30]". */
export function formatDeltaWithCi(
  metric: string,
  delta: number | null | undefined,
  ci: [number, number] | null | undefined,
  baseline?: number | null,
): string {
  if (isMissing(delta)) return MISSING;
  const kind = metricKind(metric);
  let s = formatDelta(metric, delta);
  if (kind === 'bench' && !isMissing(baseline) && baseline !== 0)
    s += ` (${formatRelative(delta, baseline)})`;
  const c = formatCi(metric, ci);
  return c ? `${s} ${c}` : s;
}

/** The short form of a dataset or host fingerprint: first 12 hex characters, algorithm prefix dropped. */
export function shortFingerprint(fp: string | null | undefined): string {
  if (!fp) return MISSING;
  const s = fp.includes(':') ? fp.slice(fp.lastIndexOf(':') + 1) : fp;
  return s.slice(0, 12);
}
