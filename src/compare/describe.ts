/**
 * The words of a check: its threshold as the user wrote it in gate.yml (sizes as 2GiB, durations
 * as 200ms) and the numbers in its reason. Kept apart from the decisions in verdict.ts.
 */
import type { MetricRule } from '../config/index.js';
import { metricDeclaration } from '../registry/metrics.js';
import { formatAmount, formatAsWritten, type QuantityUnit } from '../util/quantity.js';
import type { BenchResult } from '../result/schema.js';

export function thresholdText(rule: MetricRule, baseValue: number | null): string {
  const parts: string[] = [];
  const unit = metricDeclaration(rule.metric)?.unit;
  if (rule.min !== undefined) parts.push(`min ${fmtUnit(rule.min, unit)}`);
  if (rule.max !== undefined) parts.push(`max ${fmtUnit(rule.max, unit)}`);
  if (rule.max_regression) {
    const t = rule.max_regression;
    if (t.kind === 'relative' && baseValue !== null)
      parts.push(`max_regression ${t.text} (${fmtUnit(t.value * Math.abs(baseValue), unit)})`);
    else parts.push(`max_regression ${t.text}`);
  }
  return parts.join(', ');
}

export function hostLabel(b: BenchResult): string {
  const h = b.host;
  if (!h) return 'unknown host';
  const gpu = h.gpus?.length ? `, ${h.gpus.map((g) => g.model).join(' + ')}` : '';
  return `${h.cpu_model} ×${h.cpu_cores}${gpu}`;
}

/** A value in the metric's unit as gate.yml writes it: bytes as 2GiB / 500MB, durations as 200ms / 2s. */
function fmtUnit(x: number, unit: QuantityUnit | undefined): string {
  return formatAsWritten(x, unit ?? 'score');
}

/** An unsigned amount of `metric` for reasons: "38.15 MiB", "1.23 points", "0.0123". */
export function fmtAmount(metric: string, x: number): string {
  const unit = metricDeclaration(metric)?.unit ?? 'score';
  if (unit === 'score') return fmt(Math.abs(x));
  return formatAmount(x, unit);
}

/** A plain number in the shortest form a user would write (4 significant digits, exponent past 1e6). */
export function fmt(x: number): string {
  return formatAsWritten(x, 'score');
}

export function fmtP(p: number): string {
  return p < 1e-4 ? p.toExponential(1) : String(Number(p.toPrecision(2)));
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The minimum detectable effect in words, in the metric's unit (points for proportions):
 * "n = 400 detects worsenings of 4.1 points or more (80% power)".
 */
export function mdeText(n: number, mde: number, metric: string): string {
  return `n = ${n} detects worsenings of ${fmtAmount(metric, mde)} or more (80% power)`;
}
