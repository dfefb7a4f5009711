/**
 * A monitor result (`model-gate/monitor@1`) as Prometheus series, in the same conventions as a
 * gate result's (src/publish/openmetrics.ts, docs/monitoring.md): gauges only, base units
 * (latency in seconds), `gate` and `branch` on every series, label values escaped, no NaN
 * samples, bounded cardinality (at most MAX_CLASSES columns and MAX_ERROR_TYPES error types).
 */
import type { MonitorResult } from '../monitor/monitor-result.js';
import { branchFromRef, MAX_CLASSES, renderFamilies, type Family } from './openmetrics.js';

export const MONITOR_PUSH_JOB = 'model-gate-monitor';

export const MONITOR_FAMILIES: Record<string, string> = {
  model_gate_monitor_alarm: '1 when the monitor raised an alarm (drift or a limit passed), else 0.',
  model_gate_monitor_timestamp_seconds: 'Unix time the monitor ran (monitor.json created_at).',
  model_gate_monitor_window_rows: 'Rows in the monitored window.',
  model_gate_monitor_reference_rows: 'Rows in the reference.',
  model_gate_monitor_drift:
    'Drift statistic of a column, window vs reference (psi, psi_lower, js, ks, wasserstein).',
  model_gate_monitor_drift_p_value: 'Holm-adjusted p-value of "PSI at most the tolerance", by column.',
  model_gate_monitor_drift_alarm: '1 when the column drifted beyond the tolerance with confidence, else 0.',
  model_gate_monitor_error_ratio: 'Share of the window requests that failed (error column non-empty).',
  model_gate_monitor_errors: 'Failed requests in the window, by error type.',
  model_gate_monitor_latency_seconds: 'Latency percentile of the window requests (numpy linear percentile).',
  model_gate_monitor_metric: 'Metric of the labelled window rows (delayed labels), by metric.',
};

type Labels = [string, string][];

export function monitorFamilies(r: MonitorResult, gate: string): Family[] {
  const branch = branchFromRef(r.source.branch ?? r.source.ref) ?? '';
  const base: Labels = [
    ['gate', gate],
    ['branch', branch],
  ];
  const families = new Map<string, Family>();
  for (const [name, help] of Object.entries(MONITOR_FAMILIES))
    families.set(name, { name, help, samples: [] });
  const seen = new Set<string>();
  const add = (family: string, extra: Record<string, string>, value: number | null | undefined): void => {
    if (typeof value !== 'number' || Number.isNaN(value)) return;
    const labels = [...base, ...Object.entries(extra)].filter(([, v]) => v !== '');
    const key = family + JSON.stringify(labels);
    if (seen.has(key)) return;
    seen.add(key);
    families.get(family)!.samples.push({ labels, value });
  };
  add('model_gate_monitor_alarm', {}, r.alarm ? 1 : 0);
  const created = Date.parse(r.created_at);
  if (Number.isFinite(created)) add('model_gate_monitor_timestamp_seconds', {}, created / 1000);
  add('model_gate_monitor_window_rows', {}, r.window.rows);
  add('model_gate_monitor_reference_rows', {}, r.reference.rows);
  for (const d of r.drift.columns.slice(0, MAX_CLASSES)) {
    const c = { column: d.column };
    add('model_gate_monitor_drift', { ...c, statistic: 'psi' }, d.psi);
    add('model_gate_monitor_drift', { ...c, statistic: 'psi_lower' }, d.psi_lower);
    add('model_gate_monitor_drift', { ...c, statistic: 'js' }, d.js);
    add('model_gate_monitor_drift', { ...c, statistic: 'ks' }, d.ks);
    add('model_gate_monitor_drift', { ...c, statistic: 'wasserstein' }, d.wasserstein);
    add('model_gate_monitor_drift_p_value', c, d.p_adjusted);
    add('model_gate_monitor_drift_alarm', c, d.alarm ? 1 : 0);
  }
  if (r.errors) {
    add('model_gate_monitor_error_ratio', {}, r.errors.rate);
    for (const t of r.errors.types) add('model_gate_monitor_errors', { type: t.type }, t.count);
  }
  if (r.latency) {
    add('model_gate_monitor_latency_seconds', { quantile: '0.5' }, r.latency.p50 / 1000);
    add('model_gate_monitor_latency_seconds', { quantile: '0.9' }, r.latency.p90 / 1000);
    add('model_gate_monitor_latency_seconds', { quantile: '0.99' }, r.latency.p99 / 1000);
  }
  for (const [metric, v] of Object.entries(r.performance?.metrics ?? {}))
    add('model_gate_monitor_metric', { metric }, v);
  return [...families.values()].filter((f) => f.samples.length > 0);
}

export function monitorToOpenMetrics(r: MonitorResult, gate: string): string {
  return renderFamilies(monitorFamilies(r, gate), true);
}

export function monitorToPrometheusText(r: MonitorResult, gate: string): string {
  return renderFamilies(monitorFamilies(r, gate), false);
}
