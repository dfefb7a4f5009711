/**
 * Terminal report: plain aligned text read at a glance (ripgrep/hyperfine style). ANSI color only
 * when asked. Every data string goes through `sanitizeTerminal` (no escape sequences reach the tty).
 */
import type { BenchResult, Check, CheckVerdict, Result } from '../result/schema.js';
import { defuseCommandLines, sanitizeTerminal } from '../util/escape.js';
import { ciHeader, formatBench, formatBytes, formatCount, formatMetric, shortFingerprint } from './format.js';
import { EXCERPT_SHOWN, exampleChangeRows } from './text-examples.js';
import {
  benchFields,
  benchChange,
  benchLabel,
  benchNoiseFloor,
  serveSummary,
  benchRange,
  checkCells,
  explainedChecks,
  headWord,
  interleavedText,
  measuredRuns,
  omittedNote,
  orderedMetricNames,
  selectClasses,
  sortedChecks,
  topConfusionCells,
  verdictDetail,
} from './model.js';

export interface TextOptions {
  /** ANSI colors (default false). */
  color?: boolean;
  /** Target line width in columns (default 100, at least 40). */
  width?: number;
}

/** Per-class rows in the terminal. */
const CLASS_LIMIT = 20;
const CONFUSION_LIMIT = 10;

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';
const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

type Paint = (s: string, ...styles: Style[]) => string;

function painter(color: boolean): Paint {
  if (!color) return (s) => s;
  return (s, ...styles) =>
    styles.reduce((acc, st) => `\u001b[${CODES[st][0]}m${acc}\u001b[${CODES[st][1]}m`, s);
}

function verdictStyle(v: CheckVerdict | string): Style[] {
  switch (v) {
    case 'fail':
    case 'FAIL':
      return ['red', 'bold'];
    case 'warn':
    case 'WARN':
      return ['yellow', 'bold'];
    case 'pass':
    case 'PASS':
    case 'improved':
      return ['green', 'bold'];
    default:
      return ['cyan', 'bold'];
  }
}

/** Visible width (code points; the text we pad never contains ANSI codes). */
function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function cut(s: string, w: number): string {
  if (width(s) <= w) return s;
  return (
    Array.from(s)
      .slice(0, Math.max(1, w - 1))
      .join('') + '…'
  );
}

function pad(s: string, w: number, align: 'l' | 'r'): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return align === 'l' ? s + fill : fill + s;
}

interface TableSpec {
  header: string[];
  rows: string[][];
  align: ('l' | 'r')[];
  /** Columns that may be shortened to fit the width (first listed shrinks first). */
  shrink?: number[];
  /** Style for a body cell. */
  style?: (row: number, col: number) => Style[];
}

function naturalWidth(spec: TableSpec, indent = 2): number {
  const widths = spec.header.map((h, c) => Math.max(width(h), ...spec.rows.map((r) => width(r[c] ?? ''))));
  return indent + widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
}

function table(spec: TableSpec, totalWidth: number, paint: Paint, indent = '  '): string[] {
  const cols = spec.header.length;
  const widths = spec.header.map((h, c) => Math.max(width(h), ...spec.rows.map((r) => width(r[c] ?? ''))));
  const gap = 2;
  const used = (): number => indent.length + widths.reduce((a, b) => a + b, 0) + gap * (cols - 1);
  // Shrink the widest shrinkable column, one column at a time, down to 8.
  const shrinkable = spec.shrink ?? [];
  while (used() > totalWidth) {
    let widest = -1;
    for (const c of shrinkable) if (widths[c] > 8 && (widest < 0 || widths[c] > widths[widest])) widest = c;
    if (widest < 0) break;
    const others = Math.max(8, ...shrinkable.filter((c) => c !== widest).map((c) => widths[c]));
    widths[widest] = Math.max(others, widths[widest] - (used() - totalWidth), 8);
    if (widths[widest] === others && used() > totalWidth) widths[widest] = Math.max(8, others - 1);
  }
  const line = (cells: string[], styler?: (c: number) => Style[]): string =>
    (
      indent +
      cells
        .map((cell, c) => {
          const text = pad(cut(cell ?? '', widths[c]), widths[c], spec.align[c]);
          const st = styler?.(c) ?? [];
          return st.length ? paint(text, ...st) : text;
        })
        .join(' '.repeat(gap))
    ).trimEnd();
  return [
    line(spec.header, () => ['dim']),
    ...spec.rows.map((r, i) => line(r, spec.style ? (c) => spec.style!(i, c) : undefined)),
  ];
}

/** Word-wrap to `max` columns (long words are cut). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const w = cut(word, max);
    if (line && width(line) + 1 + width(w) > max) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

/** "prefix id1, id2, … (N more)" within `max` columns (at least one id). */
function idLine(prefix: string, ids: string[], total: number, max: number): string {
  let line = prefix;
  let shown = 0;
  for (const id of ids) {
    const next = (shown ? ', ' : '') + id;
    const rest = total - shown - 1;
    const tail = rest > 0 ? `, … (${formatCount(rest)} more)` : '';
    if (shown > 0 && width(line + next + tail) > max) break;
    line += next;
    shown++;
  }
  const rest = total - shown;
  return rest > 0 ? `${line}, … (${formatCount(rest)} more)` : line;
}

function heading(title: string, paint: Paint, note?: string): string {
  return paint(title, 'bold') + (note ? ' ' + paint(note, 'dim') : '');
}

export function renderText(result: Result, opts: TextOptions = {}): string {
  const paint = painter(opts.color === true);
  const W = Math.max(40, Math.floor(opts.width ?? 100));
  const esc = (s: string): string => sanitizeTerminal(s);
  const out: string[] = [];
  const blank = (): void => {
    if (out.length && out[out.length - 1] !== '') out.push('');
  };

  // Header.
  const head = [
    `${result.tool.name} ${esc(result.tool.version)}`,
    result.task,
    `n = ${formatCount(result.n)}`,
    `dataset ${esc(shortFingerprint(result.dataset.fingerprint))}`,
  ];
  if (result.source.commit) head.push(`commit ${esc(result.source.commit.slice(0, 12))}`);
  out.push(paint(head.join(' · '), 'bold'));

  // Verdict.
  const word = headWord(result);
  const detail = verdictDetail(result, esc);
  out.push(`${paint(word, ...verdictStyle(word))}  ${detail}`);

  const gate = result.gate;
  if (gate && !gate.comparable) {
    blank();
    out.push(
      paint('! NOT COMPARABLE', 'red', 'bold') +
        `  the baseline was evaluated on a different dataset (fingerprint ${esc(
          shortFingerprint(gate.baseline_source?.fingerprint),
        )} vs ${esc(shortFingerprint(result.dataset.fingerprint))}); deltas are not paired and may mislead.`,
    );
  }

  // Checks.
  if (gate && gate.checks.length) {
    blank();
    const note =
      gate.significance === null
        ? '(plain thresholds, no statistics)'
        : `(α = ${gate.significance}${gate.multiple_comparisons === 'holm' ? ', Holm-adjusted' : ''}${gate.paired ? ', paired' : ''})`;
    out.push(heading('Checks', paint, note));
    const checks = sortedChecks(gate.checks);
    const spec = (withCi: boolean): TableSpec => ({
      header: [
        'metric',
        'baseline',
        'candidate',
        withCi ? ciHeader(checks, '[', ']') : 'Δ',
        'p',
        'threshold',
        'verdict',
      ],
      rows: checks.map((c: Check) => [...checkCells(c, esc, (s) => s, withCi), c.verdict]),
      align: ['l', 'r', 'r', 'r', 'r', 'l', 'l'],
      shrink: [5, 0, 3],
      style: (r, c) => (c === 6 ? verdictStyle(checks[r].verdict) : []),
    });
    // The CI is the first thing to go when the terminal is narrow (Markdown and HTML keep it).
    const full = spec(true);
    out.push(...table(naturalWidth(full) <= W ? full : spec(false), W, paint));
    for (const c of explainedChecks(checks)) {
      const mark = c.verdict === 'fail' ? '✗' : '!';
      const lines = wrap(`${esc(c.metric)}: ${sanitizeTerminal(c.reason, 300)}`, W - 4);
      lines.forEach((l, i) => out.push(paint(`  ${i === 0 ? mark : ' '} ${l}`, 'dim')));
    }
  }

  // Metrics, in as many columns as fit.
  const names = orderedMetricNames(result, { terse: true });
  if (names.length) {
    blank();
    out.push(heading('Metrics', paint));
    const cells = names.map((n) => [esc(n), formatMetric(result.metrics[n])] as const);
    const nameW = Math.max(...cells.map((c) => width(c[0])));
    const valW = Math.max(...cells.map((c) => width(c[1])));
    const cellW = nameW + 2 + valW;
    const perLine = Math.max(1, Math.min(3, Math.floor((W - 2 + 4) / (cellW + 4))));
    const rowsN = Math.ceil(cells.length / perLine);
    for (let r = 0; r < rowsN; r++) {
      const parts: string[] = [];
      for (let c = 0; c < perLine; c++) {
        const cell = cells[c * rowsN + r]; // column-major: read down, like ls
        if (cell) parts.push(pad(cell[0], nameW, 'l') + '  ' + pad(cell[1], valW, 'r'));
      }
      out.push(('  ' + parts.join('    ')).trimEnd());
    }
  }

  // Per-class.
  if (result.per_class && Object.keys(result.per_class).length) {
    blank();
    const sel = selectClasses(result, CLASS_LIMIT);
    const note = omittedNote(sel);
    out.push(heading('Per class', paint, note ?? undefined));
    out.push(
      ...table(
        {
          header: ['class', 'precision', 'recall', 'f1', 'support'],
          rows: sel.rows.map((r) => [
            esc(r.label),
            formatMetric(r.stats?.precision),
            formatMetric(r.stats?.recall),
            formatMetric(r.stats?.f1),
            formatCount(r.stats?.support),
          ]),
          align: ['l', 'r', 'r', 'r', 'r'],
          shrink: [0],
        },
        W,
        paint,
      ),
    );
  }

  // Confusions.
  const top = result.errors.top_confusions.slice(0, CONFUSION_LIMIT);
  if (top.length) {
    blank();
    const more = result.errors.top_confusions.length - top.length;
    out.push(heading('Top confusions', paint, more > 0 ? `(${formatCount(more)} more)` : undefined));
    out.push(
      ...table(
        {
          header: ['true', 'predicted', 'count'],
          rows: top.map((c) => topConfusionCells(c, esc)),
          align: ['l', 'l', 'r'],
          shrink: [0, 1],
        },
        W,
        paint,
      ),
    );
  }

  // Error analysis.
  {
    const e = result.errors;
    blank();
    const parts = [
      `${formatCount(e.missing_predictions)} missing predictions`,
      `${formatCount(e.extra_predictions)} extra predictions`,
      `${formatCount(e.invalid_rows)} invalid rows`,
    ];
    const bad = e.missing_predictions + e.invalid_rows > 0;
    const none = bad || e.extra_predictions ? null : 'every label has a prediction; no extra or invalid rows';
    out.push(
      `${heading('Rows', paint)}  ${none ?? (bad ? paint(parts.join(', '), 'yellow') : parts.join(', '))}`,
    );
    if (e.missing_ids?.length) {
      out.push(paint(idLine('  missing ids: ', e.missing_ids.map(esc), e.missing_predictions, W), 'dim'));
    }
  }

  // Flips.
  if (gate?.flips) {
    const f = gate.flips;
    blank();
    out.push(
      `${heading('Prediction flips', paint)}  ${formatCount(f.right_to_wrong)} right → wrong, ${formatCount(
        f.wrong_to_right,
      )} wrong → right`,
    );
    if (f.right_to_wrong_ids.length)
      out.push(paint(idLine('  now wrong: ', f.right_to_wrong_ids.map(esc), f.right_to_wrong, W), 'dim'));
    if (f.wrong_to_right_ids.length)
      out.push(paint(idLine('  now right: ', f.wrong_to_right_ids.map(esc), f.wrong_to_right, W), 'dim'));
  }

  // Text: the examples that got worse.
  const changes = exampleChangeRows(result);
  if (changes.length) {
    blank();
    out.push(heading('Examples that got worse', paint));
    for (const r of changes.slice(0, 10)) {
      out.push(`  ${esc(r.id)}  ${r.change}`);
      out.push(paint(`    output:    ${sanitizeTerminal(r.prediction, EXCERPT_SHOWN)}`, 'dim'));
      out.push(paint(`    was:       ${sanitizeTerminal(r.baselinePrediction, EXCERPT_SHOWN)}`, 'dim'));
      out.push(paint(`    reference: ${sanitizeTerminal(r.reference, EXCERPT_SHOWN)}`, 'dim'));
    }
  }

  // Bench.
  if (result.bench) {
    blank();
    out.push(...benchSection(result.bench, paint, W, esc));
  }

  // Warnings.
  const warnings = [...result.warnings, ...(result.bench?.warnings ?? []), ...(gate?.warnings ?? [])];
  if (warnings.length) {
    blank();
    out.push(heading('Warnings', paint));
    for (const w of warnings) {
      const lines = wrap(sanitizeTerminal(w, 400), W - 4);
      lines.forEach((l, i) => out.push(`  ${i === 0 ? paint('!', 'yellow', 'bold') : ' '} ${l}`));
    }
  }

  return defuseCommandLines(out.join('\n') + '\n');
}

function benchSection(b: BenchResult, paint: Paint, W: number, esc: (s: string) => string): string[] {
  const out: string[] = [];
  const runs = measuredRuns(b).length;
  out.push(heading('Benchmark', paint, `(${formatCount(runs)} runs · ${esc(b.method)})`));
  // An interleaved run shows its baseline series beside the candidate's, and their A/A noise.
  const a = b.against;
  const rows = benchFields(b).map((f) => {
    const s = b.summary[f];
    const as = a?.summary[f];
    const change = as ? benchChange(f, s, as) : null;
    return [
      benchLabel(f),
      formatBench(f, s.median),
      '±',
      formatBench(f, s.stddev),
      `(${benchRange(f, s)})`,
      `n=${formatCount(s.n)}`,
      ...(a ? [as ? formatBench(f, as.median) : '—', change ?? '—', benchNoiseFloor(b, f) ?? '—'] : []),
    ];
  });
  out.push(
    ...table(
      {
        header: ['', 'median', '', 'σ', 'min … max', '', ...(a ? ['baseline', 'Δ median', 'A/A noise'] : [])],
        rows,
        align: ['l', 'r', 'l', 'r', 'l', 'l', ...(a ? (['r', 'r', 'r'] as const) : [])],
        style: (_r, c) => (c === 1 ? ['bold'] : []),
      },
      W,
      paint,
    ),
  );
  const note = interleavedText(b, esc);
  if (note) out.push(...wrap(`  ${note}`, W));
  if (b.serve) out.push(paint(`  ${serveSummary(b.serve, esc)}`, 'dim'));
  const h = b.host;
  const gpus = h.gpus.map((g) => esc(g.model)).join(', ');
  out.push(
    paint(
      `  host: ${esc(h.cpu_model)} · ${h.cpu_cores} cores · ${formatBytes(h.memory_bytes)} · ${esc(h.os)}${gpus ? ' · ' + gpus : ''}`,
      'dim',
    ),
  );
  return out;
}

/** `model-gate bench` output: the benchmark table and its warnings, without a result around it. */
export function renderBenchText(bench: BenchResult, opts: TextOptions = {}): string {
  const paint = painter(opts.color === true);
  const W = Math.max(40, Math.floor(opts.width ?? 100));
  const esc = (s: string): string => sanitizeTerminal(s);
  const out = benchSection(bench, paint, W, esc);
  if (bench.warnings.length) {
    out.push('', heading('Warnings', paint));
    // As long as renderText allows: a warning naming processes must not lose their pids.
    for (const w of bench.warnings) out.push(...wrap(`  ${sanitizeTerminal(w, 400)}`, W));
  }
  return defuseCommandLines(out.join('\n') + '\n');
}
