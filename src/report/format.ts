/**
 * Deterministic number formatting shared by the text, Markdown and HTML reports. No locale: the
 * same result renders the same bytes on every machine. Outputs are plain ASCII/Unicode text (escape
 * them for the target like any other string only if you add data to them).
 */
import { metricDeclaration } from '../registry/metrics.js';
import {
  displayScale,
  formatAmount,
  formatChange,
  formatCount,
  formatDecimal,
  formatQuantity,
  isMissing,
  MISSING,
  signed,
  unsignZero,
  type QuantityUnit,
} from '../util/quantity.js';

export { MISSING, fixedSig, formatCount } from '../util/quantity.js';

/** "1 class", "2,000 classes". */
export function plural(n: number, word: string, pluralWord = word + 's'): string {
  return `${formatCount(n)} ${n === 1 ? word : pluralWord}`;
}

/** A metric value: 4 decimals (0.9123); exponent with 4 significant digits when tiny or huge. */
export const formatMetric = formatDecimal;

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

/** The unit of a metric or bench field: from its registry declaration, else a plain score. */
function unitOf(metric: string): QuantityUnit {
  const d = metricDeclaration(metric);
  if (d) return d.unit;
  // Per-slice names ("slice.accuracy") take the unit of the metric they end with.
  const last = metric.includes('.') ? metric.slice(metric.lastIndexOf('.') + 1) : metric;
  return metricDeclaration(last)?.unit ?? 'score';
}

function benchUnit(field: string): QuantityUnit {
  return metricDeclaration(`bench.${field}`)?.unit ?? 'score';
}

/** The display scale of a bench field for a reference value: multiply a stored value by `factor`. */
export function benchScale(field: string, reference: number): { suffix: string; factor: number } {
  return displayScale(benchUnit(field), reference);
}

/** Seconds with a human unit: 1.234 s, 12.3 ms, 45.6 µs. */
export function formatSeconds(s: number | null | undefined): string {
  return formatQuantity(s, 'seconds');
}

/** Bytes with binary units: 812.4 MiB, 1.234 GiB, 512 B. */
export function formatBytes(b: number | null | undefined): string {
  return formatQuantity(b, 'bytes');
}

/** A percentage given in percent (87.5 → "87.5%"). */
export function formatPercent(p: number | null | undefined): string {
  return formatQuantity(p, 'percent');
}

/** A bench field formatted with its unit (on `reference`'s scale when given). */
export function formatBench(field: string, v: number | null | undefined, reference?: number | null): string {
  return formatQuantity(v, benchUnit(field), reference);
}

/** Whether a larger value of `metric` is better: one table for the gate and its reports. */
export function higherIsBetter(metric: string): boolean {
  return metricDeclaration(metric)?.direction !== 'lower';
}

/** A value of a gated metric in its unit (metrics as decimals, bench fields with units). */
export function formatMetricValue(metric: string, v: number | null | undefined): string {
  const unit = unitOf(metric);
  return formatQuantity(v, unit === 'proportion' ? 'score' : unit);
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
  return formatChange(delta, unitOf(metric), reference);
}

/** The size of a change without sign, for sentences: "1.20 points", "120.0 ms". */
export function formatMagnitude(metric: string, delta: number): string {
  return formatAmount(delta, unitOf(metric));
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
  const unit = unitOf(metric);
  if (unit === 'proportion') {
    return `[${signed(unsignZero((ci[0] * 100).toFixed(2)))}, ${signed(unsignZero((ci[1] * 100).toFixed(2)))}]`;
  }
  const ref = reference ?? Math.max(Math.abs(ci[0]), Math.abs(ci[1]));
  return `[${formatChange(ci[0], unit, ref)}, ${formatChange(ci[1], unit, ref)}]`;
}

/** "Δ [CI]" in one cell: "-1.20 pts [-2.10, -0.30]"; bench fields add the relative change. */
export function formatDeltaWithCi(
  metric: string,
  delta: number | null | undefined,
  ci: [number, number] | null | undefined,
  baseline?: number | null,
): string {
  if (isMissing(delta)) return MISSING;
  let s = formatDelta(metric, delta);
  if (metric.startsWith('bench.') && !isMissing(baseline) && baseline !== 0)
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
