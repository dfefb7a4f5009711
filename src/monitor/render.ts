/**
 * The monitor result as people read it: a Markdown summary (the issue the example workflow opens,
 * the job summary) and the terminal text. Every data string (column, class and error names, file
 * paths) goes through src/util/escape.ts.
 */
import { escapeMarkdownInline, sanitizeTerminal } from '../util/escape.js';
import type { ColumnDrift, MonitorResult } from './monitor-result.js';

function num(v: number | null, digits = 4): string {
  if (v === null || !Number.isFinite(v)) return '—';
  return v.toFixed(digits);
}

function pValue(p: number): string {
  return p < 1e-4 ? '<0.0001' : p.toFixed(4);
}

function percent(v: number): string {
  return `${(v * 100).toFixed(2)}%`;
}

function verdict(r: MonitorResult): string {
  return r.alarm ? 'ALARM' : 'OK';
}

function driftRow(d: ColumnDrift, cell: (s: string) => string): string[] {
  return [
    cell(d.column),
    d.type === 'continuous' ? ('score' === d.role ? 'score' : 'prediction (numeric)') : 'prediction (labels)',
    String(d.n),
    num(d.psi),
    num(d.psi_lower),
    num(d.js),
    num(d.ks),
    num(d.wasserstein),
    pValue(d.p_adjusted),
    d.alarm ? 'drift' : 'ok',
  ];
}

const DRIFT_HEADER = [
  'column',
  'kind',
  'n',
  'PSI',
  'PSI ≥ (95%)',
  'JS',
  'KS',
  'Wasserstein',
  'p (Holm)',
  'verdict',
];

export function renderMonitorMarkdown(r: MonitorResult): string {
  const md = (s: string): string => escapeMarkdownInline(s, 120);
  const out: string[] = [];
  out.push(`## model-gate monitor: ${r.alarm ? '🔴 alarm' : '🟢 no alarm'} — ${md(r.name)}`, '');
  out.push(
    `Window ${md(r.window.file)} (${r.window.rows} rows) against the reference ${r.reference.kind === 'result' ? 'result' : 'window'} ` +
      `${md(r.reference.file)} (${r.reference.rows} rows${r.reference.commit ? `, commit ${md(r.reference.commit.slice(0, 12))}` : ''}).`,
    '',
  );
  if (r.alarms.length > 0) {
    for (const a of r.alarms) out.push(`- ${md(a)}`);
    out.push('');
  }
  const confidence = Math.round((1 - r.drift.significance) * 100);
  out.push(
    `### Prediction drift`,
    '',
    `A column alarms when its PSI exceeds ${r.drift.tolerance} with ${confidence}% confidence (one-sided test, Holm over the columns); ` +
      `"PSI ≥" is that confidence bound.`,
    '',
  );
  const header = DRIFT_HEADER.map((h) => (h === 'PSI ≥ (95%)' ? `PSI ≥ (${confidence}%)` : h));
  out.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
  for (const d of r.drift.columns) out.push(`| ${driftRow(d, md).join(' | ')} |`);
  out.push('');
  for (const d of r.drift.columns.filter((c) => c.shares && c.alarm)) {
    out.push(`Class shares of ${md(d.column)} (window vs reference):`, '');
    out.push('| class | window | reference |', '|---|---|---|');
    for (const s of d.shares ?? [])
      out.push(`| ${md(s.class)} | ${percent(s.window)} | ${percent(s.reference)} |`);
    out.push('');
  }
  if (r.errors) {
    out.push(
      `### Errors`,
      '',
      `${r.errors.failed} of ${r.errors.rows} requests failed (${percent(r.errors.rate)}).`,
      '',
    );
    if (r.errors.types.length > 0) {
      out.push('| error | count |', '|---|---|');
      for (const t of r.errors.types) out.push(`| ${md(t.type)} | ${t.count} |`);
      out.push('');
    }
  }
  if (r.latency) {
    const l = r.latency;
    const ref = r.reference_latency;
    out.push(`### Latency (ms)`, '', '| | p50 | p90 | p99 | max | n |', '|---|---|---|---|---|---|');
    out.push(
      `| window | ${num(l.p50, 2)} | ${num(l.p90, 2)} | ${num(l.p99, 2)} | ${num(l.max, 2)} | ${l.n} |`,
    );
    if (ref)
      out.push(
        `| reference | ${num(ref.p50, 2)} | ${num(ref.p90, 2)} | ${num(ref.p99, 2)} | ${num(ref.max, 2)} | ${ref.n} |`,
      );
    out.push('');
  }
  if (r.performance) {
    const p = r.performance;
    out.push(
      `### Performance (${p.n} labelled rows)`,
      '',
      '| metric | window | reference |',
      '|---|---|---|',
    );
    for (const [k, v] of Object.entries(p.metrics))
      out.push(`| ${md(k)} | ${num(v)} | ${num(p.reference_metrics?.[k] ?? null)} |`);
    out.push('');
  }
  for (const w of r.warnings) out.push(`> ⚠️ ${md(w)}`, '');
  return out.join('\n');
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  '));
}

export function renderMonitorText(r: MonitorResult): string {
  const t = (s: string): string => sanitizeTerminal(s, 60);
  const out: string[] = [];
  out.push(
    `model-gate monitor: ${verdict(r)}  window ${t(r.window.file)} (${r.window.rows} rows) vs ${r.reference.kind} ${t(r.reference.file)} (${r.reference.rows} rows)`,
  );
  for (const a of r.alarms) out.push(`  ! ${sanitizeTerminal(a, 400)}`);
  out.push('');
  out.push(
    `Prediction drift (alarm: PSI > ${r.drift.tolerance} with ${Math.round((1 - r.drift.significance) * 100)}% confidence)`,
  );
  out.push(...table([DRIFT_HEADER, ...r.drift.columns.map((d) => driftRow(d, t))]).map((l) => `  ${l}`));
  if (r.errors) {
    out.push('', `Errors: ${r.errors.failed} of ${r.errors.rows} requests (${percent(r.errors.rate)})`);
    for (const e of r.errors.types) out.push(`  ${t(e.type)}: ${e.count}`);
  }
  if (r.latency) {
    const l = r.latency;
    out.push(
      '',
      `Latency (ms): p50 ${num(l.p50, 2)}  p90 ${num(l.p90, 2)}  p99 ${num(l.p99, 2)}  max ${num(l.max, 2)}  (n ${l.n})`,
    );
    const ref = r.reference_latency;
    if (ref)
      out.push(
        `  reference:  p50 ${num(ref.p50, 2)}  p90 ${num(ref.p90, 2)}  p99 ${num(ref.p99, 2)}  max ${num(ref.max, 2)}`,
      );
  }
  if (r.performance) {
    out.push('', `Performance on ${r.performance.n} labelled rows:`);
    for (const [k, v] of Object.entries(r.performance.metrics)) {
      const ref = r.performance.reference_metrics?.[k];
      out.push(`  ${t(k)}: ${num(v)}${ref !== undefined ? `  (reference ${num(ref)})` : ''}`);
    }
  }
  for (const w of r.warnings) out.push('', `warning: ${sanitizeTerminal(w, 400)}`);
  return out.join('\n') + '\n';
}
