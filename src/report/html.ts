/**
 * report.html: one self-contained page (inline CSS and SVG, no scripts, no external resources, a
 * Content-Security-Policy that forbids both) with the Markdown report's content plus charts.
 * Every data string is HTML-escaped, in text and attributes alike.
 */
import type { Check, Result, SummaryStats } from '../result/schema.js';
import { displayLabel, escapeHtml, safeUrl } from '../util/escape.js';
import {
  formatBytes,
  formatCount,
  formatDelta,
  formatMetric,
  higherIsBetter,
  shortFingerprint,
  ciHeader,
} from './format.js';
import {
  allWarnings,
  benchBaseline,
  benchBaselineResult,
  benchChange,
  benchNoiseFloor,
  benchFields,
  benchLabel,
  benchRange,
  benchSpread,
  checkCells,
  explainedChecks,
  grownConfusionCells,
  headWord,
  interleavedText,
  measuredRuns,
  omittedNote,
  orderedMetricNames,
  selectClasses,
  sortedChecks,
  testsNote,
  topConfusionCells,
  verdictDetail,
} from './model.js';
import { benchDistribution, confusionHeatmap, f1Bars, scoreHistogram } from './svg.js';
import { EXCERPT_SHOWN, exampleChangeRows } from './text-examples.js';

export interface HtmlOptions {
  /** The baseline result, for per-class and bench comparisons. */
  baseline?: Result;
  /** Gate name (several gates per repository). */
  name?: string;
}

/** Data string → escaped, cleaned and shortened text. */
const h = (s: string, max?: number): string => escapeHtml(displayLabel(s, max));
/** Our own text (formatted numbers). */
const t = (s: string): string => escapeHtml(s);

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

function table(
  header: string[],
  rows: string[][],
  numeric: boolean[],
  rowClass?: (i: number) => string,
): string {
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

function section(title: string, body: string, cls = ''): string {
  return `<section${cls ? ` class="${cls}"` : ''}>\n<h2>${title}</h2>\n${body}\n</section>`;
}

/** "pos"/"neg" CSS class for a change in `metric`'s direction. */
function signClass(metric: string, delta: number | null): string {
  if (delta === null || delta === 0 || Number.isNaN(delta)) return '';
  return (higherIsBetter(metric) ? delta > 0 : delta < 0) ? 'pos' : 'neg';
}

function headerHtml(result: Result, opts: HtmlOptions): string {
  const word = headWord(result);
  const v = result.gate?.verdict ?? 'info';
  const cls = v === 'pass' || v === 'fail' || v === 'warn' ? v : 'info';
  const name = opts.name && opts.name !== 'model-gate' ? ` · ${h(opts.name, 60)}` : '';
  const meta = [
    t(result.task),
    `n = ${formatCount(result.n)}`,
    `dataset <span class="mono">${h(shortFingerprint(result.dataset.fingerprint))}</span>`,
  ];
  if (result.source.commit)
    meta.push(`commit <span class="mono">${h(result.source.commit.slice(0, 12))}</span>`);
  if (result.source.ref) meta.push(h(result.source.ref, 60));
  const b = result.gate?.baseline_source;
  if (b && (b.commit || b.ref)) {
    meta.push(
      `baseline ${b.commit ? `<span class="mono">${h(b.commit.slice(0, 12))}</span>` : ''}${b.ref ? ` on ${h(b.ref, 60)}` : ''}`,
    );
  }
  const tests = testsNote(result);
  if (tests) meta.push(tests);
  return `<header class="verdict ${cls}">
<h1><span class="badge ${cls}">${t(word)}</span>model-gate${name}</h1>
<p class="detail">${verdictDetail(result, (s) => h(s), t)}</p>
<p class="meta">${meta.join(' · ')}</p>
</header>`;
}

function notComparableHtml(result: Result): string {
  const gate = result.gate;
  if (!gate || gate.comparable) return '';
  return section(
    '⚠️ Not comparable: different datasets',
    `<p>The baseline was evaluated on a different dataset (fingerprint <span class="mono">${h(
      shortFingerprint(gate.baseline_source?.fingerprint),
    )}</span> vs <span class="mono">${h(
      shortFingerprint(result.dataset.fingerprint),
    )}</span>). Deltas compare different examples: no paired tests and no prediction flips. Treat the verdict with suspicion.</p>`,
    'alert',
  );
}

function checksHtml(result: Result): string {
  const gate = result.gate;
  if (!gate || !gate.checks.length) return '';
  const checks = sortedChecks(gate.checks);
  const rows = checks.map((c: Check) => [
    ...checkCells(c, (s) => h(s), t),
    `<span class="v ${c.verdict}">${t(c.verdict)}</span>`,
  ]);
  const reasons = explainedChecks(checks).map(
    (c) => `<li><strong>${h(c.metric)}</strong>: ${h(c.reason, 300)}</li>`,
  );
  return section(
    'Checks',
    table(['metric', 'baseline', 'candidate', ciHeader(checks), 'p', 'threshold', 'verdict'], rows, [
      false,
      true,
      true,
      true,
      true,
      false,
      false,
    ]) + (reasons.length ? `\n<ul class="note">${reasons.join('')}</ul>` : ''),
  );
}

function metricsHtml(result: Result, baseline: Result | undefined): string {
  const names = orderedMetricNames(result, { terse: false });
  if (!names.length) return '';
  const base = baseline?.metrics;
  const cards = names.map((name) => {
    const v = result.metrics[name];
    let d = '';
    const b = base?.[name];
    if (b !== undefined && b !== null && v !== null && v !== undefined) {
      const delta = v - b;
      d = `<div class="d ${signClass(name, delta)}">${t(formatDelta(name, delta))} vs ${t(
        formatMetric(b),
      )}</div>`;
    }
    return `<div class="card"><div class="k">${h(name)}</div><div class="val">${t(formatMetric(v))}</div>${d}</div>`;
  });
  return section('Metrics', `<div class="cards">\n${cards.join('\n')}\n</div>\n${rowsHtml(result)}`);
}

function rowsHtml(result: Result): string {
  const e = result.errors;
  const items = [
    `${formatCount(e.missing_predictions)} missing predictions`,
    `${formatCount(e.extra_predictions)} extra predictions (ignored)`,
    `${formatCount(e.invalid_rows)} invalid rows`,
  ];
  let ids = '';
  if (e.missing_ids?.length) {
    ids = `<p class="note">First missing ids: ${e.missing_ids
      .slice(0, 20)
      .map((i) => `<span class="mono">${h(i, 60)}</span>`)
      .join(', ')}</p>`;
  }
  return `<p class="note">Rows: ${items.join(' · ')}${e.error_rate !== null ? ` · error rate ${t(formatMetric(e.error_rate))}` : ''}</p>${ids}`;
}

function benchHtml(result: Result, baseline: Result | undefined): string {
  const b = result.bench;
  if (!b) return '';
  const bb = benchBaseline(result, baseline);
  const interleaved = b.against !== undefined;
  const chartBaseline = benchBaselineResult(result, baseline);
  const fields = benchFields(b);
  const ms = (f: string, s: SummaryStats | undefined): string => (s ? t(benchSpread(f, s)) : '—');
  const rows = fields.map((f) => {
    const s = b.summary[f];
    const bs = bb?.summary[f];
    const range = t(benchRange(f, s));
    if (!bb) return [t(benchLabel(f)), ms(f, s), range, formatCount(s.n)];
    const change = benchChange(f, s, bs);
    return [
      t(benchLabel(f)),
      ms(f, bs),
      ms(f, s),
      change === null ? '—' : t(change),
      range,
      formatCount(s.n),
      ...(interleaved ? [t(benchNoiseFloor(b, f) ?? '—')] : []),
    ];
  });
  const tbl = bb
    ? table(
        [
          '',
          interleaved ? 'baseline (interleaved) median ± σ' : 'baseline median ± σ',
          'candidate median ± σ',
          'Δ median',
          'candidate min … max',
          'n',
          ...(interleaved ? ['A/A noise'] : []),
        ],
        rows,
        [false, true, true, true, true, true, ...(interleaved ? [true] : [])],
      )
    : table(['', 'median ± σ', 'min … max', 'n'], rows, [false, true, true, true]);
  const charts = ['wall_seconds', 'peak_rss_bytes', 'peak_tree_rss_bytes', 'gpu_memory_peak_bytes']
    .filter((f) => f in b.summary)
    .slice(0, 3)
    .map((f) => benchDistribution(f, result, bb && measuredRuns(bb).length ? chartBaseline : undefined))
    .filter((x): x is string => x !== null);
  const host = b.host;
  const gpus = host.gpus
    .map((g) => `${h(g.model, 80)}${g.driver ? ` (driver ${h(g.driver, 40)})` : ''}`)
    .join(', ');
  const hostLine = `<p class="note">${formatCount(measuredRuns(b).length)} measured runs · ${h(b.method, 120)} · ${h(
    host.cpu_model,
    80,
  )}, ${host.cpu_cores} cores, ${t(formatBytes(host.memory_bytes))}, ${h(host.os, 80)}${gpus ? ` · ${gpus}` : ''}</p>`;
  const note = interleavedText(b, (s) => `<code>${h(s, 120)}</code>`);
  return section(
    'Benchmark',
    `${tbl}\n${charts.length ? `<div class="charts">${charts.join('\n')}</div>` : ''}\n${note ? `<p class="note">${note}</p>\n` : ''}${hostLine}`,
  );
}

function flipsHtml(result: Result): string {
  const f = result.gate?.flips;
  if (!f) return '';
  const ids = (title: string, arr: string[], total: number): string => {
    if (!arr.length) return '';
    const shown = arr.slice(0, 20);
    const more = total > shown.length ? `, … (${formatCount(total - shown.length)} more)` : '';
    return `<li>${title}: ${shown.map((i) => `<span class="mono">${h(i, 60)}</span>`).join(', ')}${more}</li>`;
  };
  return section(
    'Prediction flips',
    `<p><strong class="neg">${formatCount(f.right_to_wrong)}</strong> right → wrong · <strong class="pos">${formatCount(
      f.wrong_to_right,
    )}</strong> wrong → right</p>\n<ul class="ids">${ids('now wrong', f.right_to_wrong_ids, f.right_to_wrong)}${ids(
      'now right',
      f.wrong_to_right_ids,
      f.wrong_to_right,
    )}</ul>`,
  );
}

/** Text: the examples that got worse (escaped excerpts) and the per-example score histogram. */
function textExamplesHtml(result: Result): string {
  const rows = exampleChangeRows(result);
  const chart = scoreHistogram(result);
  if (!rows.length && !chart) return '';
  const cell = (s: string): string => `<td class="mono">${h(s, EXCERPT_SHOWN)}</td>`;
  const table = rows.length
    ? `<table><thead><tr><th>id</th><th>change</th><th>candidate output</th><th>baseline output</th><th>reference</th></tr></thead><tbody>${rows
        .map(
          (r) =>
            `<tr><td class="mono">${h(r.id, 40)}</td><td>${t(r.change)}</td>${cell(r.prediction)}${cell(r.baselinePrediction)}${cell(r.reference)}</tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  return section('Examples that got worse', `${table}${chart ? `\n<div class="charts">${chart}</div>` : ''}`);
}

function confusionsHtml(result: Result): string {
  const parts: string[] = [];
  const grown = result.gate?.flips?.grown_confusions ?? [];
  if (grown.length) {
    parts.push(
      `<h3>Confusions that grew</h3>\n` +
        table(
          ['true', 'predicted', 'baseline', 'candidate', 'Δ'],
          grown.slice(0, CONFUSION_ROWS).map((g) => grownConfusionCells(g, (s) => h(s))),
          [false, false, true, true, true],
        ),
    );
  }
  const top = result.errors.top_confusions;
  if (top.length) {
    const more = top.length > CONFUSION_ROWS ? ` (${CONFUSION_ROWS} of ${formatCount(top.length)})` : '';
    parts.push(
      `<h3>Top confusions${more}</h3>\n` +
        table(
          ['true', 'predicted', 'count'],
          top.slice(0, CONFUSION_ROWS).map((c) => topConfusionCells(c, (s) => h(s))),
          [false, false, true],
        ),
    );
  }
  const hm = result.task === 'regression' ? null : confusionHeatmap(result, { topN: HEATMAP_CLASSES });
  if (hm) {
    const note =
      hm.shown < hm.total
        ? `The ${hm.shown} largest classes by support, of ${formatCount(hm.total)}; the other classes' rows and columns are not shown.`
        : `All ${hm.total} classes.`;
    parts.push(
      `<h3>Confusion matrix</h3>\n<p class="note">${note} Color = share of the true class (blue: correct, red: confused); hover a cell for its count.</p>\n${hm.svg}`,
    );
  }
  if (!parts.length) return '';
  return section('Confusions', parts.join('\n'));
}

function perClassHtml(result: Result, baseline: Result | undefined): string {
  if (!result.per_class || !Object.keys(result.per_class).length) return '';
  const withBase = !!baseline?.per_class;
  const b = withBase ? baseline : undefined;
  const barSel = selectClasses(result, BAR_CLASSES, b);
  const bars = f1Bars(barSel.rows, withBase);
  const barNote = omittedNote(barSel);
  const sel = selectClasses(result, TABLE_CLASSES, b);
  const rows = sel.rows.map((r) => {
    const s = r.stats;
    const base = withBase
      ? [
          t(formatMetric(r.baseline?.f1)),
          t(formatMetric(s?.f1)),
          `<span class="${signClass('f1', r.deltaF1)}">${t(r.deltaF1 === null ? '—' : formatDelta('f1', r.deltaF1))}</span>`,
        ]
      : [t(formatMetric(s?.f1))];
    return [
      h(r.label),
      ...base,
      t(formatMetric(s?.precision)),
      t(formatMetric(s?.recall)),
      formatCount(s?.support),
    ];
  });
  const header = withBase
    ? ['class', 'baseline F1', 'candidate F1', 'Δ F1', 'precision', 'recall', 'support']
    : ['class', 'F1', 'precision', 'recall', 'support'];
  const tbl = table(
    header,
    rows,
    header.map((_, i) => i > 0),
  );
  const tableNote = omittedNote(sel);
  return section(
    'Per class',
    `${barNote ? `<p class="note">Chart: ${t(barNote)}</p>` : ''}${bars ?? ''}
<details>
<summary>Per-class table (${formatCount(sel.total)} classes)</summary>
${tableNote ? `<p class="note">${t(tableNote)} All of them are in result.json.</p>` : ''}
${tbl}
</details>`,
  );
}

function warningsHtml(result: Result): string {
  const all = allWarnings(result);
  if (!all.length) return '';
  return section(
    `⚠️ Warnings (${formatCount(all.length)})`,
    `<ul>${all.map((w) => `<li>${h(w, 600)}</li>`).join('\n')}</ul>`,
    'warnings',
  );
}

function footerHtml(result: Result): string {
  const bits = [`${h(result.tool.name)} ${h(result.tool.version, 40)}`, h(result.created_at, 40)];
  const url = safeUrl(result.source.run_url);
  if (url) bits.push(`<a href="${escapeHtml(url)}" rel="noopener noreferrer">workflow run</a>`);
  const boot = result.gate?.bootstrap;
  if (boot) bits.push(`bootstrap seed ${boot.seed}, ${formatCount(boot.resamples)} resamples`);
  return `<footer>${bits.join(' · ')}</footer>`;
}

export function renderHtml(result: Result, opts: HtmlOptions = {}): string {
  const word = headWord(result);
  const title = `model-gate${opts.name && opts.name !== 'model-gate' ? ` · ${displayLabel(opts.name, 60)}` : ''}: ${word}`;
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
<meta name="generator" content="${h(result.tool.name)} ${h(result.tool.version, 40)}">
<title>${escapeHtml(title)}</title>
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
