/**
 * Inline SVG charts for report.html: no scripts, no external resources. Every data string is
 * shortened with `displayLabel` and HTML-escaped (in text, <title> and attributes alike).
 */
import type { BenchRun, Result } from '../result/schema.js';
import { displayLabel, escapeHtml } from '../util/escape.js';
import { benchScale, formatBench, formatCount, formatMetric } from './format.js';
import { benchLabel, measuredRuns, type ClassRow } from './model.js';

const h = (s: string, max?: number): string => escapeHtml(displayLabel(s, max));

/** Round to 2 decimals for compact, deterministic coordinates. */
function n(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function svg(width: number, height: number, label: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${n(width)}" height="${n(height)}" ` +
    `viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-label="${escapeHtml(label)}">` +
    `<title>${escapeHtml(label)}</title>${body}</svg>`
  );
}

// ---------------------------------------------------------------- per-example score histogram

/**
 * `--task text`: the per-example score distribution (`gate.score_distribution`) as bars per bin,
 * baseline and candidate side by side. Null when there is none.
 */
export function scoreHistogram(result: Result): string | null {
  const d = result.gate?.score_distribution;
  if (!d || d.candidate.length === 0 || d.edges.length !== d.candidate.length + 1) return null;
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
  const parts: string[] = [
    `<text x="0" y="14" class="title">${h(`${d.metric} per example`, 60)}</text>`,
    `<text x="${n(left + plot)}" y="14" text-anchor="end" class="axis">${series
      .map((s) => escapeHtml(s.name))
      .join(' · ')}</text>`,
  ];
  for (let k = 0; k <= 4; k++) {
    const y = top + plotH - (k / 4) * plotH;
    parts.push(`<line x1="${left}" y1="${n(y)}" x2="${left + plot}" y2="${n(y)}" class="grid"/>`);
    parts.push(
      `<text x="${left - 6}" y="${n(y + 4)}" text-anchor="end" class="axis">${escapeHtml(formatCount(Math.round((k / 4) * max)))}</text>`,
    );
  }
  series.forEach((s, j) => {
    s.counts.forEach((c, i) => {
      const bh = (c / max) * plotH;
      const x = left + i * binW + 1 + j * barW;
      parts.push(
        `<rect x="${n(x)}" y="${n(top + plotH - bh)}" width="${n(Math.max(0.5, barW))}" height="${n(bh)}" class="${s.cls}"><title>${escapeHtml(
          `${s.name}: ${formatCount(c)} examples with ${d.metric} in [${formatMetric(d.edges[i]!)}, ${formatMetric(d.edges[i + 1]!)}${i === bins - 1 ? ']' : ')'}`,
        )}</title></rect>`,
      );
    });
  });
  for (let i = 0; i <= bins; i += bins / 4)
    parts.push(
      `<text x="${n(left + i * binW)}" y="${n(top + plotH + 16)}" text-anchor="middle" class="axis">${escapeHtml(formatMetric(d.edges[i] ?? 0))}</text>`,
    );
  return svg(width, height, `${d.metric} per example`, parts.join(''));
}

// ---------------------------------------------------------------- confusion heat map

export interface HeatmapOptions {
  /** Classes shown at most (largest by support). */
  topN?: number;
}

/** Mix white → color by t in [0, 1]. */
function shade(rgb: [number, number, number], t: number): string {
  const c = rgb.map((v) => Math.round(255 + (v - 255) * Math.max(0, Math.min(1, t))));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

export interface Heatmap {
  svg: string;
  shown: number;
  total: number;
}

/**
 * Rows = true label, columns = predicted; cell color = share of the row (diagonal blue, errors
 * red). With more than `topN` classes, the `topN` largest by support (in label order).
 */
export function confusionHeatmap(result: Result, opts: HeatmapOptions = {}): Heatmap | null {
  const conf = result.confusion;
  if (!conf || conf.labels.length === 0) return null;
  const topN = opts.topN ?? 20;
  const support = new Map<string, number>();
  const predicted = new Map<string, number>();
  for (const [t, p, c] of conf.counts) {
    support.set(t, (support.get(t) ?? 0) + c);
    predicted.set(p, (predicted.get(p) ?? 0) + c);
  }
  let labels = conf.labels;
  if (labels.length > topN) {
    const order = new Map(labels.map((l, i) => [l, i]));
    labels = [...labels]
      .sort(
        (a, b) =>
          (support.get(b) ?? 0) - (support.get(a) ?? 0) ||
          (predicted.get(b) ?? 0) - (predicted.get(a) ?? 0) ||
          (order.get(a) ?? 0) - (order.get(b) ?? 0),
      )
      .slice(0, topN)
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }
  const index = new Map(labels.map((l, i) => [l, i]));
  const k = labels.length;
  const cells = new Map<number, number>();
  for (const [t, p, c] of conf.counts) {
    const i = index.get(t);
    const j = index.get(p);
    if (i === undefined || j === undefined) continue;
    cells.set(i * k + j, (cells.get(i * k + j) ?? 0) + c);
  }

  const cell = Math.max(14, Math.min(40, Math.floor(520 / k)));
  const longest = Math.max(...labels.map((l) => Math.min(16, Array.from(displayLabel(l, 16)).length)));
  const left = 150;
  const top = Math.max(50, Math.round(longest * 6.2 * 0.77 + 24));
  // Rotated column labels reach up and to the right of their column.
  const width = left + cell * k + Math.max(20, Math.round(longest * 6.2 * 0.64));
  const height = top + cell * k + 34;
  const parts: string[] = [];
  const showText = cell >= 24;
  for (let i = 0; i < k; i++) {
    const rowTotal = support.get(labels[i]) ?? 0;
    const y = top + i * cell;
    parts.push(
      `<text x="${left - 6}" y="${n(y + cell / 2 + 4)}" text-anchor="end" class="lbl">${h(labels[i], 20)}<title>${h(
        labels[i],
        200,
      )}</title></text>`,
    );
    for (let j = 0; j < k; j++) {
      const c = cells.get(i * k + j) ?? 0;
      const frac = rowTotal ? c / rowTotal : 0;
      const diag = i === j;
      const fill =
        c === 0 ? '#f6f7f9' : shade(diag ? [37, 99, 235] : [220, 38, 38], 0.12 + 0.88 * Math.sqrt(frac));
      const x = left + j * cell;
      const tip = `true ${displayLabel(labels[i], 60)} → predicted ${displayLabel(labels[j], 60)}: ${formatCount(c)}${
        rowTotal ? ` (${(frac * 100).toFixed(1)}% of the class)` : ''
      }`;
      parts.push(
        `<rect x="${n(x)}" y="${n(y)}" width="${cell - 1}" height="${cell - 1}" fill="${fill}"><title>${escapeHtml(
          tip,
        )}</title></rect>`,
      );
      if (showText && c > 0) {
        const dark = Math.sqrt(frac) > 0.55;
        parts.push(
          `<text x="${n(x + (cell - 1) / 2)}" y="${n(y + cell / 2 + 4)}" text-anchor="middle" class="num${dark ? ' inv' : ''}">${
            c >= 10000 ? `${Math.round(c / 1000)}k` : c
          }</text>`,
        );
      }
    }
  }
  for (let j = 0; j < k; j++) {
    const x = left + j * cell + cell / 2;
    parts.push(
      `<text transform="translate(${n(x + 4)},${top - 6}) rotate(-50)" class="lbl">${h(labels[j], 16)}<title>${h(
        labels[j],
        200,
      )}</title></text>`,
    );
  }
  parts.push(
    `<text x="${n(left + (cell * k) / 2)}" y="${height - 8}" text-anchor="middle" class="axis">predicted →</text>`,
  );
  parts.push(`<text x="8" y="${top - 8}" class="axis">true ↓</text>`);
  const label = `Confusion matrix, ${k} of ${conf.labels.length} classes`;
  return { svg: svg(width, height, label, parts.join('')), shown: k, total: conf.labels.length };
}

// ---------------------------------------------------------------- per-class F1 bars

/** Horizontal F1 bars per class; baseline (grey) above candidate (color) when a baseline is given. */
export function f1Bars(rows: ClassRow[], withBaseline: boolean): string | null {
  if (!rows.length) return null;
  const left = 200;
  const plot = 400;
  const right = 70;
  const rowH = withBaseline ? 26 : 18;
  const top = 24;
  const height = top + rows.length * rowH + 26;
  const width = left + plot + right;
  const parts: string[] = [];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    const x = left + t * plot;
    parts.push(`<line x1="${n(x)}" y1="${top - 4}" x2="${n(x)}" y2="${height - 22}" class="grid"/>`);
    parts.push(
      `<text x="${n(x)}" y="${height - 8}" text-anchor="middle" class="axis">${t.toFixed(2)}</text>`,
    );
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
    parts.push(
      `<text x="${left - 6}" y="${n(y + rowH / 2 + 4)}" text-anchor="end" class="lbl">${h(r.label, 30)}<title>${h(
        r.label,
        200,
      )}</title></text>`,
    );
    const bar = (v: number | null, yy: number, hh: number, cls: string, what: string): void => {
      if (v === null) return;
      parts.push(
        `<rect x="${left}" y="${n(yy)}" width="${n(Math.max(0.5, v * plot))}" height="${n(hh)}" class="${cls}"><title>${escapeHtml(
          `${displayLabel(r.label, 60)} ${what} F1 ${formatMetric(v)}`,
        )}</title></rect>`,
      );
    };
    if (withBaseline) {
      bar(r.baseline?.f1 ?? null, y + 3, 9, 'bar-base', 'baseline');
      bar(
        f1,
        y + 13,
        9,
        r.deltaF1 !== null && r.deltaF1 < -1e-12 ? 'bar-cand worse' : 'bar-cand',
        'candidate',
      );
    } else {
      bar(f1, y + 3, rowH - 6, 'bar-cand', '');
    }
    const txt =
      withBaseline && r.deltaF1 !== null
        ? `${formatMetric(f1)} (${r.deltaF1 >= 0 ? '+' : ''}${(r.deltaF1 * 100).toFixed(1)})`
        : formatMetric(f1);
    parts.push(
      `<text x="${left + plot + 6}" y="${n(y + rowH / 2 + 4)}" class="num">${escapeHtml(txt)}</text>`,
    );
  });
  return svg(
    width,
    height,
    withBaseline ? 'Per-class F1, baseline vs candidate' : 'Per-class F1',
    parts.join(''),
  );
}

// ---------------------------------------------------------------- bench distributions

/** numpy's default (linear) quantile of sorted values. */
function quantile(sorted: number[], q: number): number {
  if (sorted.length === 1) return sorted[0];
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function runValues(runs: BenchRun[], field: string): number[] {
  const out: number[] = [];
  for (const r of runs) {
    const v = (r as unknown as Record<string, unknown>)[field];
    if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/** "Nice" tick step for a range. */
function niceStep(range: number, target: number): number {
  const raw = range / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const r = raw / mag;
  return (r >= 5 ? 10 : r >= 2 ? 5 : r >= 1 ? 2 : 1) * mag;
}

/**
 * Per-run dots over a box (quartiles, median, min–max whiskers) for one bench field, one row per
 * series (baseline, candidate). Null when no run has the field.
 */
export function benchDistribution(field: string, candidate: Result, baseline?: Result): string | null {
  const series: { name: string; values: number[]; cls: string }[] = [];
  const bv = runValues(measuredRuns(baseline?.bench), field);
  const cv = runValues(measuredRuns(candidate.bench), field);
  if (bv.length) series.push({ name: 'baseline', values: bv, cls: 'base' });
  if (cv.length) series.push({ name: 'candidate', values: cv, cls: 'cand' });
  if (!series.length) return null;
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
  const x = (v: number): number => left + ((v - lo) / (hi - lo)) * plot;
  const parts: string[] = [];
  parts.push(`<text x="0" y="14" class="title">${escapeHtml(benchLabel(field))}</text>`);
  // Ticks in the stored unit, labelled with human units.
  // Nice steps in the display unit (MiB, GiB, ms…), not in raw bytes or seconds.
  const { factor } = benchScale(field, hi);
  const step = niceStep((hi - lo) * factor, 4);
  const first = Math.ceil((lo * factor) / step);
  for (let i = first; i * step <= hi * factor * (1 + 1e-12); i++) {
    const t = (i * step) / factor;
    const xx = x(t);
    parts.push(`<line x1="${n(xx)}" y1="${top - 4}" x2="${n(xx)}" y2="${height - 22}" class="grid"/>`);
    parts.push(
      `<text x="${n(xx)}" y="${height - 8}" text-anchor="middle" class="axis">${escapeHtml(
        formatBench(field, t, hi),
      )}</text>`,
    );
  }
  series.forEach((s, i) => {
    const cy = top + i * rowH + rowH / 2;
    const sorted = [...s.values].sort((a, b) => a - b);
    const q1 = quantile(sorted, 0.25);
    const med = quantile(sorted, 0.5);
    const q3 = quantile(sorted, 0.75);
    parts.push(`<text x="${left - 8}" y="${n(cy + 4)}" text-anchor="end" class="lbl">${s.name}</text>`);
    parts.push(
      `<line x1="${n(x(sorted[0]))}" y1="${n(cy)}" x2="${n(x(sorted[sorted.length - 1]))}" y2="${n(cy)}" class="whisker"/>`,
    );
    parts.push(
      `<rect x="${n(x(q1))}" y="${n(cy - 10)}" width="${n(Math.max(1, x(q3) - x(q1)))}" height="20" class="box ${s.cls}"><title>${escapeHtml(
        `${s.name}: median ${formatBench(field, med)}, quartiles ${formatBench(field, q1, med)} … ${formatBench(field, q3, med)}, n = ${sorted.length}`,
      )}</title></rect>`,
    );
    parts.push(
      `<line x1="${n(x(med))}" y1="${n(cy - 12)}" x2="${n(x(med))}" y2="${n(cy + 12)}" class="median"/>`,
    );
    s.values.forEach((v, j) => {
      const jitter = ((j * 7) % 5) - 2; // deterministic spread so equal values stay visible
      parts.push(
        `<circle cx="${n(x(v))}" cy="${n(cy + jitter * 2.5)}" r="3.2" class="dot ${s.cls}"><title>${escapeHtml(
          `${s.name} run ${j + 1}: ${formatBench(field, v)}`,
        )}</title></circle>`,
      );
    });
  });
  return svg(width, height, `${benchLabel(field)} per run`, parts.join(''));
}
