/**
 * The Markdown report: the sticky PR comment, the job summary and report.md. Every data string
 * goes through `escapeMarkdownInline`; formatted numbers through `mdText`. The body is kept under
 * `maxLength` by shortening or dropping the least important parts first (`markdown-budget.ts`), and
 * says what it dropped.
 */
import type { Check, Result, SummaryStats } from '../result/schema.js';
import { escapeMarkdownInline, safeUrl } from '../util/escape.js';
import {
  ciHeader,
  formatBytes,
  formatCount,
  formatDelta,
  formatMetric,
  plural,
  shortFingerprint,
} from './format.js';
import {
  allWarnings,
  benchBaseline,
  benchChange,
  benchNoiseFloor,
  benchFields,
  benchLabel,
  serveSummary,
  benchRange,
  benchSpread,
  checkCells,
  explainedChecks,
  grownConfusionCells,
  headWord,
  interleavedText,
  measuredRuns,
  orderedMetricNames,
  selectClasses,
  sortedChecks,
  testsNote,
  topConfusionCells,
  VERDICT_SYMBOL,
  verdictDetail,
} from './model.js';
import { fitToLength, fixed, variants, type Part } from './markdown-budget.js';
import { EXCERPT_SHOWN, exampleChangeRows } from './text-examples.js';

export interface MarkdownOptions {
  /** The baseline result, for per-class and bench comparisons (checks carry their own values). */
  baseline?: Result;
  /** Gate name (several gates per repository). */
  name?: string;
  /** Longest body in characters (GitHub comments allow 65,536). Default 60,000. */
  maxLength?: number;
  /** Link to the workflow run, in the footer. */
  runUrl?: string;
  /** Sticky-comment marker, written as the first line (e.g. `<!-- model-gate:NAME -->`). */
  marker?: string;
}

export const DEFAULT_MAX_LENGTH = 60_000;

/** Data string → inert inline Markdown. */
const md = (s: string, max?: number): string => escapeMarkdownInline(s, max);

/** Our own text (formatted numbers, fixed words) made safe for a table cell. */
function mdText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\[\]|*_~`$]/g, '\\$&');
}

function mdTable(header: string[], rows: string[][], align: ('l' | 'r' | 'c')[]): string {
  const sep = align.map((a) => (a === 'r' ? '---:' : a === 'c' ? ':---:' : ':---'));
  const line = (cells: string[]): string => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(header), line(sep), ...rows.map(line)].join('\n');
}

function details(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Order in which parts are shortened when the body is too long (first = least important). */
const DROP_ORDER = [
  'per-class',
  'all-metrics',
  'confusions',
  'text-examples',
  'flip-ids',
  'missing-ids',
  'reasons',
  'warnings',
  'bench',
  'flips',
];

// ---------------------------------------------------------------- sections

function headerPart(result: Result, opts: MarkdownOptions): string {
  const word = headWord(result);
  const symbol = result.gate ? VERDICT_SYMBOL[result.gate.verdict] : VERDICT_SYMBOL.evaluated;
  const title = opts.name && opts.name !== 'model-gate' ? `model-gate · ${md(opts.name, 60)}` : 'model-gate';
  const lines = [`${symbol} **${title}: ${word}** — ${verdictDetail(result, (s) => md(s), mdText)}`];
  const meta = [
    result.task,
    `n = ${formatCount(result.n)}`,
    `dataset ${md(shortFingerprint(result.dataset.fingerprint))}`,
  ];
  if (result.source.commit) meta.push(`commit ${md(result.source.commit.slice(0, 12))}`);
  const gate = result.gate;
  if (gate?.baseline_source) {
    const b = gate.baseline_source;
    const bits = [b.commit ? md(b.commit.slice(0, 12)) : null, b.ref ? `on ${md(b.ref, 60)}` : null].filter(
      Boolean,
    );
    if (bits.length) meta.push(`baseline ${bits.join(' ')}`);
  }
  const tests = testsNote(result);
  if (tests) meta.push(tests);
  lines.push('', `<sub>${meta.join(' · ')}</sub>`);
  return lines.join('\n');
}

function notComparablePart(result: Result): string | null {
  const gate = result.gate;
  if (!gate || gate.comparable) return null;
  const base = shortFingerprint(gate.baseline_source?.fingerprint);
  const cand = shortFingerprint(result.dataset.fingerprint);
  return [
    '> [!CAUTION]',
    `> **⚠️ NOT COMPARABLE — the baseline was evaluated on a different dataset** (fingerprint ${md(base)} vs ${md(cand)}).`,
    '> Deltas compare different examples: no paired tests and no prediction flips. Treat the verdict with suspicion;',
    '> if the evaluation set changed on purpose, the next baseline (from the default branch) will be comparable again.',
  ].join('\n');
}

function checksPart(result: Result): string | null {
  const gate = result.gate;
  if (!gate || gate.checks.length === 0) return null;
  const rows = sortedChecks(gate.checks).map((c: Check) => [
    ...checkCells(c, (s) => md(s), mdText),
    `${VERDICT_SYMBOL[c.verdict]} ${c.verdict === 'fail' || c.verdict === 'warn' ? `**${c.verdict}**` : c.verdict}`,
  ]);
  return mdTable(
    ['metric', 'baseline', 'candidate', ciHeader(gate.checks), 'p', 'threshold', 'verdict'],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'l', 'l'],
  );
}

function reasonsPart(result: Result): string | null {
  const gate = result.gate;
  if (!gate) return null;
  const lines = explainedChecks(sortedChecks(gate.checks)).map(
    (c) => `- ${VERDICT_SYMBOL[c.verdict]} ${md(c.metric)}: ${md(c.reason, 300)}`,
  );
  return lines.length ? lines.join('\n') : null;
}

function metricsPart(result: Result, baseline: Result | undefined, inDetails: boolean): string | null {
  const names = orderedMetricNames(result, { terse: !inDetails });
  if (!names.length) return null;
  const base = baseline?.metrics;
  const table = base
    ? mdTable(
        ['metric', 'baseline', 'candidate', 'Δ'],
        names.map((n) => [
          md(n),
          mdText(formatMetric(base[n])),
          mdText(formatMetric(result.metrics[n])),
          mdText(
            base[n] === null || base[n] === undefined || result.metrics[n] === null
              ? '—'
              : formatDelta(n, (result.metrics[n] as number) - (base[n] as number)),
          ),
        ]),
        ['l', 'r', 'r', 'r'],
      )
    : mdTable(
        ['metric', 'value'],
        names.map((n) => [md(n), mdText(formatMetric(result.metrics[n]))]),
        ['l', 'r'],
      );
  return inDetails ? details(`All metrics (${names.length})`, table) : `#### Metrics\n\n${table}`;
}

function rowsPart(result: Result, withIds: boolean): string | null {
  const e = result.errors;
  if (e.missing_predictions + e.extra_predictions + e.invalid_rows === 0) return null;
  const parts: string[] = [];
  if (e.missing_predictions) {
    let s = plural(e.missing_predictions, 'missing prediction');
    if (withIds && e.missing_ids?.length) {
      s += ` (first: ${e.missing_ids
        .slice(0, 10)
        .map((i) => md(i, 40))
        .join(', ')}${e.missing_predictions > 10 ? ', …' : ''})`;
    }
    parts.push(s);
  }
  if (e.extra_predictions) parts.push(`${plural(e.extra_predictions, 'extra prediction')} (ignored)`);
  if (e.invalid_rows) parts.push(plural(e.invalid_rows, 'invalid row'));
  return `**Rows:** ${parts.join(' · ')}`;
}

function benchPart(result: Result, baseline: Result | undefined): string | null {
  const b = result.bench;
  if (!b) return null;
  const bb = benchBaseline(result, baseline);
  const interleaved = b.against !== undefined;
  const fields = benchFields(b);
  const runs = measuredRuns(b).length;
  const cell = (f: string, s: SummaryStats | undefined): string => (s ? mdText(benchSpread(f, s)) : '—');
  let table: string;
  if (bb) {
    table = mdTable(
      [
        'benchmark',
        interleaved ? 'baseline (interleaved)' : 'baseline',
        'candidate',
        'Δ median',
        'candidate min … max',
        ...(interleaved ? ['A/A noise'] : []),
      ],
      fields.map((f) => {
        const s = b.summary[f];
        const bs = bb.summary[f];
        const change = benchChange(f, s, bs);
        return [
          benchLabel(f),
          cell(f, bs),
          cell(f, s),
          change === null ? '—' : mdText(change),
          mdText(benchRange(f, s)),
          ...(interleaved ? [mdText(benchNoiseFloor(b, f) ?? '—')] : []),
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', ...(interleaved ? (['r'] as const) : [])],
    );
  } else {
    table = mdTable(
      ['benchmark', 'median ± σ', 'min … max', 'n'],
      fields.map((f) => {
        const s = b.summary[f];
        return [benchLabel(f), cell(f, s), mdText(benchRange(f, s)), formatCount(s.n)];
      }),
      ['l', 'r', 'r', 'r'],
    );
  }
  const h = b.host;
  const gpus = h.gpus.map((g) => md(g.model, 60)).join(', ');
  const host = `<sub>${plural(runs, 'run')} · ${md(b.method, 80)} · ${md(h.cpu_model, 60)}, ${h.cpu_cores} cores, ${mdText(formatBytes(h.memory_bytes))}, ${md(h.os, 60)}${gpus ? ', ' + gpus : ''}</sub>`;
  const note = interleavedText(b, (s) => md(s, 120));
  const served = b.serve ? `\n\n<sub>${serveSummary(b.serve, (t) => md(t, 40))}</sub>` : '';
  return `#### Benchmark\n\n${table}\n\n${note ? `${note}\n\n` : ''}${host}${served}`;
}

function flipsPart(result: Result, ids: number): string | null {
  const f = result.gate?.flips;
  if (!f) return null;
  const lines = [
    `**Prediction flips:** ${formatCount(f.right_to_wrong)} right → wrong, ${formatCount(f.wrong_to_right)} wrong → right`,
  ];
  const list = (title: string, arr: string[], total: number): void => {
    if (!ids || !arr.length) return;
    const shown = arr.slice(0, ids).map((i) => md(i, 40));
    lines.push(
      `- ${title}: ${shown.join(', ')}${total > shown.length ? `, … (${formatCount(total - shown.length)} more)` : ''}`,
    );
  };
  if (ids) lines.push('');
  list('now wrong', f.right_to_wrong_ids, f.right_to_wrong);
  list('now right', f.wrong_to_right_ids, f.wrong_to_right);
  return lines.join('\n');
}

/** Text: the examples that got worse, with escaped excerpts (`chars` code points each). */
function textExamplesPart(result: Result, limit: number, chars: number): string | null {
  const rows = exampleChangeRows(result).slice(0, limit);
  if (!rows.length) return null;
  return (
    '#### Examples that got worse\n\n' +
    mdTable(
      ['id', 'change', 'candidate output', 'baseline output', 'reference'],
      rows.map((r) => [
        md(r.id, 40),
        mdText(r.change),
        md(r.prediction, chars),
        md(r.baselinePrediction, chars),
        md(r.reference, chars),
      ]),
      ['l', 'l', 'l', 'l', 'l'],
    )
  );
}

function confusionsPart(result: Result, limit: number): string | null {
  const out: string[] = [];
  const grown = result.gate?.flips?.grown_confusions ?? [];
  if (grown.length) {
    out.push(
      `#### Confusions that grew\n\n` +
        mdTable(
          ['true', 'predicted', 'baseline', 'candidate', 'Δ'],
          grown.slice(0, limit).map((g) => grownConfusionCells(g, (s) => md(s))),
          ['l', 'l', 'r', 'r', 'r'],
        ),
    );
  }
  const top = result.errors.top_confusions;
  if (top.length) {
    const more = top.length > limit ? ` (${formatCount(limit)} of ${formatCount(top.length)})` : '';
    out.push(
      `#### Top confusions${more}\n\n` +
        mdTable(
          ['true', 'predicted', 'count'],
          top.slice(0, limit).map((c) => topConfusionCells(c, (s) => md(s))),
          ['l', 'l', 'r'],
        ),
    );
  }
  return out.length ? out.join('\n\n') : null;
}

function perClassPart(result: Result, baseline: Result | undefined, limit: number): string | null {
  if (!result.per_class || !Object.keys(result.per_class).length) return null;
  const withBase = !!baseline?.per_class;
  const sel = selectClasses(result, limit, withBase ? baseline : undefined);
  const rows = sel.rows.map((r) => {
    const s = r.stats;
    if (withBase) {
      return [
        md(r.label),
        mdText(formatMetric(r.baseline?.f1)),
        mdText(formatMetric(s?.f1)),
        mdText(r.deltaF1 === null ? '—' : formatDelta('f1', r.deltaF1)),
        mdText(formatMetric(s?.precision)),
        mdText(formatMetric(s?.recall)),
        formatCount(s?.support),
      ];
    }
    return [
      md(r.label),
      mdText(formatMetric(s?.precision)),
      mdText(formatMetric(s?.recall)),
      mdText(formatMetric(s?.f1)),
      formatCount(s?.support),
    ];
  });
  const table = withBase
    ? mdTable(['class', 'baseline F1', 'candidate F1', 'Δ F1', 'precision', 'recall', 'support'], rows, [
        'l',
        'r',
        'r',
        'r',
        'r',
        'r',
        'r',
      ])
    : mdTable(['class', 'precision', 'recall', 'F1', 'support'], rows, ['l', 'r', 'r', 'r', 'r']);
  const note = sel.omitted
    ? `\n\n_Showing ${formatCount(sel.rows.length)} of ${formatCount(sel.total)} classes (${sel.how}); ${formatCount(
        sel.omitted,
      )} omitted — all of them are in report.html and result.json._`
    : '';
  return details(`Per-class metrics (${plural(sel.total, 'class', 'classes')})`, table + note);
}

function warningsPart(result: Result, limit: number): string | null {
  const all = allWarnings(result);
  if (!all.length) return null;
  const shown = all.slice(0, limit).map((w) => `> - ${md(w, 400)}`);
  if (all.length > shown.length) shown.push(`> - … and ${plural(all.length - shown.length, 'more warning')}`);
  return ['> [!WARNING]', `> **${plural(all.length, 'warning')}**`, '>', ...shown].join('\n');
}

function footerPart(result: Result, opts: MarkdownOptions): string {
  const bits = [`${md(result.tool.name)} ${md(result.tool.version, 40)}`];
  const url = safeUrl(opts.runUrl ?? result.source.run_url);
  if (url) bits.push(`[workflow run](${url})`);
  const boot = result.gate?.bootstrap;
  if (boot) bits.push(`bootstrap seed ${boot.seed}, ${formatCount(boot.resamples)} resamples`);
  bits.push(md(result.created_at, 40));
  return `<sub>${bits.join(' · ')}</sub>`;
}

// ---------------------------------------------------------------- assembly

export function renderMarkdown(result: Result, opts: MarkdownOptions = {}): string {
  const maxLength = Math.max(1000, Math.floor(opts.maxLength ?? DEFAULT_MAX_LENGTH));
  const baseline = opts.baseline;
  const gated = !!result.gate;
  const parts: (Part | null)[] = [];

  if (opts.marker) parts.push(fixed('marker', opts.marker.replace(/[\r\n]+/g, ' ')));
  parts.push(fixed('header', headerPart(result, opts)));
  const nc = notComparablePart(result);
  if (nc) parts.push(fixed('not-comparable', nc));
  const checks = checksPart(result);
  if (checks) parts.push(fixed('checks', checks));
  parts.push(variants('reasons', (l) => (l === 0 ? reasonsPart(result) : ''), [null, 'failure reasons']));
  parts.push(variants('missing-ids', (l) => rowsPart(result, l === 0), [null, 'missing ids']));
  if (!gated) {
    const m = metricsPart(result, undefined, false);
    if (m) parts.push(fixed('metrics', m));
  }
  parts.push(
    variants('bench', (l) => (l === 0 ? benchPart(result, baseline) : ''), [null, 'benchmark table']),
  );
  parts.push(variants('flip-ids', (l) => flipsPart(result, l === 0 ? 10 : 0), [null, 'flipped example ids']));
  parts.push(
    variants(
      'text-examples',
      (l) =>
        l === 0
          ? textExamplesPart(result, 20, EXCERPT_SHOWN)
          : l === 1
            ? textExamplesPart(result, 5, 30)
            : '',
      [null, 'example excerpts cut to 5 rows', 'example excerpts'],
    ),
  );
  parts.push(
    variants(
      'confusions',
      (l) => (l === 0 ? confusionsPart(result, 10) : l === 1 ? confusionsPart(result, 5) : ''),
      [null, 'confusion tables cut to 5 rows', 'confusion tables'],
    ),
  );
  if (gated) {
    parts.push(
      variants('all-metrics', (l) => (l === 0 ? metricsPart(result, baseline, true) : ''), [
        null,
        'all-metrics table',
      ]),
    );
  }
  const pcTotal = Object.keys(result.per_class ?? {}).length;
  const pcLimits = [200, 50, 20].filter((n, i) => i === 0 || n < pcTotal);
  parts.push(
    variants('per-class', (l) => (l < pcLimits.length ? perClassPart(result, baseline, pcLimits[l]) : ''), [
      ...pcLimits.map((n, i) => (i === 0 ? null : `per-class table cut to ${n} rows`)),
      'per-class table',
    ]),
  );
  parts.push(
    variants(
      'warnings',
      (l) => (l === 0 ? warningsPart(result, 20) : l === 1 ? warningsPart(result, 3) : ''),
      [null, 'warnings after the first 3', 'warnings'],
    ),
  );
  const footer = footerPart(result, opts);

  return fitToLength(parts, footer, DROP_ORDER, maxLength);
}
