/**
 * `monitor`: a window of served predictions against a reference. Label-free drift per score and
 * prediction column (drift-test.ts decides), error rate and types, latency percentiles, and,
 * when labels have arrived, the task's metrics through the evaluate engine. Pure apart from
 * reading its input files; seeded by nothing (no resampling): the same files give the same
 * result.
 */
import { holm } from '../compare/stats/holm.js';
import { evaluate } from '../evaluate/evaluate.js';
import { DEFAULT_EVALUATE_OPTIONS, type MissingPolicy } from '../result/evaluation-data.js';
import type { Result, TaskOption } from '../result/schema.js';
import { displayLabel } from '../util/escape.js';
import type { Logger } from '../util/progress.js';
import { VERSION } from '../version.js';
import { psiToleranceTest } from './drift-test.js';
import { MONITOR_SCHEMA, type ColumnDrift, type MonitorResult } from './monitor-result.js';
import { errorSummary, latencySummary } from './operations.js';
import {
  isRunFolder,
  loadReferenceRun,
  referenceFromRun,
  referenceFromWindow,
  windowSamples,
  type ColumnSample,
  type Reference,
} from './reference.js';
import {
  binCounts,
  DEFAULT_BINS,
  ecdfDistances,
  jensenShannon,
  ksPValue,
  psi,
  referenceBinEdges,
} from './statistics.js';
import { readWindow, type FlagNames, type WindowColumnOptions, type WindowData } from './window.js';

export interface MonitorOptions {
  window: string;
  reference: string;
  /** Delayed labels, joined to the window by id (or the window's own label column). */
  labels?: string;
  columns: Omit<WindowColumnOptions, 'numericPrediction'>;
  task: TaskOption;
  idColumn: string;
  labelColumn: string;
  positiveLabel?: string;
  missing: MissingPolicy;
  tolerance: number;
  significance: number;
  bins?: number;
  /** Alarm when more than this share of the window's requests failed. */
  maxErrorRate?: number;
  /** Alarm when the window's p99 latency exceeds this many milliseconds. */
  maxP99Ms?: number;
  name: string;
  source: Result['source'];
  flags: FlagNames;
  now?: Date;
}

/** Classes shown per categorical column. */
const MAX_SHARES = 20;

export async function monitor(options: MonitorOptions, logger: Logger): Promise<MonitorResult> {
  const warnings: string[] = [];
  const run = (await isRunFolder(options.reference))
    ? await loadReferenceRun(options.reference, logger)
    : null;
  if (run) warnings.push(...run.warnings);
  const numericPrediction = options.task === 'regression' || run?.result.task === 'regression';
  const columnOptions: WindowColumnOptions = { ...options.columns, numericPrediction };
  const window = await readWindow(options.window, 'window', columnOptions, options.flags, logger);
  const reference: Reference = run
    ? referenceFromRun(run, window.layout, columnOptions)
    : await referenceFromWindow(options.reference, window.layout, columnOptions, options.flags, logger);
  warnings.push(...reference.warnings);

  const bins = options.bins ?? DEFAULT_BINS;
  const drifts = columnDrifts(window, reference, options, bins, warnings);
  const alarms: string[] = [];
  for (const d of drifts)
    if (d.alarm)
      alarms.push(
        `${displayLabel(d.column)} drifted: PSI ${d.psi.toFixed(4)}, at least ${d.psi_lower.toFixed(4)} with ` +
          `${Math.round((1 - options.significance) * 100)}% confidence, above the tolerance ${options.tolerance}.`,
      );

  const layout = window.layout;
  const errors =
    layout.errorColumn !== null
      ? errorSummary(layout.errorColumn, window.rows, window.errorRows, window.errorTypes)
      : null;
  if (errors && options.maxErrorRate !== undefined && errors.rate > options.maxErrorRate)
    alarms.push(
      `error rate ${(errors.rate * 100).toFixed(2)}% (${errors.failed} of ${errors.rows} requests) is above the limit ${(options.maxErrorRate * 100).toFixed(2)}%.`,
    );
  const latency =
    layout.latencyColumn !== null && window.latencies
      ? latencySummary(layout.latencyColumn, window.latencies, window.latencyMissing)
      : null;
  if (options.maxP99Ms !== undefined && latency && latency.p99 > options.maxP99Ms)
    alarms.push(`p99 latency ${latency.p99} ms is above the limit ${options.maxP99Ms} ms.`);

  const performance = await performanceOf(options, window, reference, logger);
  return {
    schema: MONITOR_SCHEMA,
    tool: { name: 'model-gate', version: VERSION },
    created_at: (options.now ?? new Date()).toISOString(),
    source: options.source,
    name: options.name,
    window: { file: options.window, rows: window.rows },
    reference: reference.info,
    drift: {
      test: 'psi-tolerance',
      tolerance: options.tolerance,
      significance: options.significance,
      bins,
      columns: drifts,
    },
    errors,
    latency,
    reference_latency: reference.latency,
    performance,
    alarm: alarms.length > 0,
    alarms,
    warnings,
  };
}

function columnDrifts(
  window: WindowData,
  reference: Reference,
  options: MonitorOptions,
  bins: number,
  warnings: string[],
): ColumnDrift[] {
  const samples = windowSamples(window);
  const out: ColumnDrift[] = [];
  const layout = window.layout;
  for (const [column, sample] of samples) {
    const ref = reference.columns.get(column);
    if (!ref) continue; // not monitored (a warning says why)
    const role = column === layout.predictionColumn ? 'prediction' : 'score';
    const missing =
      role === 'prediction'
        ? window.predictionMissing
        : window.scoreMissing[layout.scoreColumns.indexOf(column)];
    const n = sample.type === 'continuous' ? sample.values.length : sample.codes.length;
    const m = ref.type === 'continuous' ? ref.values.length : ref.codes.length;
    if (n === 0 || m === 0) {
      warnings.push(
        `${column}: not compared; the ${n === 0 ? 'window' : 'reference'} has no values in this column.`,
      );
      continue;
    }
    out.push(columnDrift(column, role, sample, ref, missing, bins, options));
  }
  const { adjusted, rejected } = holm(
    out.map((d) => d.p_value),
    options.significance,
  );
  out.forEach((d, i) => {
    d.p_adjusted = adjusted[i] ?? d.p_value;
    d.alarm = rejected[i];
  });
  return out;
}

/** One column's statistics and test (p_adjusted/alarm are settled over all the columns). */
export function columnDrift(
  column: string,
  role: ColumnDrift['role'],
  window: ColumnSample,
  reference: ColumnSample,
  missing: number,
  bins: number,
  options: { tolerance: number; significance: number },
): ColumnDrift {
  if (window.type === 'continuous' && reference.type === 'continuous') {
    // The window's arrays are its own (read for this run): sorted in place, no copy.
    const w = window.values.sort();
    const r = reference.values.sort();
    const edges = referenceBinEdges(r, bins);
    const rc = binCounts(r, edges);
    const wc = binCounts(w, edges);
    const p = psi(rc, wc);
    const { ks, wasserstein } = ecdfDistances(r, w);
    const test = psiToleranceTest(p, rc.length, w.length, r.length, options.tolerance, options.significance);
    return {
      column,
      role,
      type: 'continuous',
      n: w.length,
      reference_n: r.length,
      missing,
      bins: rc.length,
      psi: p,
      js: jensenShannon(rc, wc),
      ks,
      ks_p_value: ksPValue(ks, r.length, w.length),
      wasserstein,
      psi_bias_corrected: test.psi_bias_corrected,
      psi_lower: test.psi_lower,
      p_value: test.p_value,
      p_adjusted: test.p_value,
      alarm: false,
    };
  }
  const { classes, rc, wc } = categoricalCounts(
    window as Extract<ColumnSample, { type: 'categorical' }>,
    reference as Extract<ColumnSample, { type: 'categorical' }>,
  );
  const n = window.type === 'categorical' ? window.codes.length : 0;
  const m = reference.type === 'categorical' ? reference.codes.length : 0;
  const p = psi(rc, wc);
  const test = psiToleranceTest(p, classes.length, n, m, options.tolerance, options.significance);
  const order = classes.map((_, i) => i).sort((a, b) => wc[b] + rc[b] - (wc[a] + rc[a]) || a - b);
  return {
    column,
    role,
    type: 'categorical',
    n,
    reference_n: m,
    missing,
    bins: classes.length,
    psi: p,
    js: jensenShannon(rc, wc),
    ks: null,
    ks_p_value: null,
    wasserstein: null,
    psi_bias_corrected: test.psi_bias_corrected,
    psi_lower: test.psi_lower,
    p_value: test.p_value,
    p_adjusted: test.p_value,
    alarm: false,
    shares: order
      .slice(0, MAX_SHARES)
      .map((i) => ({ class: classes[i], window: wc[i] / n, reference: rc[i] / m })),
  };
}

/** Counts per class over the union of both sides' classes (reference classes first, in their order). */
function categoricalCounts(
  window: Extract<ColumnSample, { type: 'categorical' }>,
  reference: Extract<ColumnSample, { type: 'categorical' }>,
): { classes: string[]; rc: Float64Array; wc: Float64Array } {
  const index = new Map<string, number>();
  const classes: string[] = [];
  const code = (c: string): number => {
    let i = index.get(c);
    if (i === undefined) {
      i = classes.length;
      index.set(c, i);
      classes.push(c);
    }
    return i;
  };
  const refMap = Int32Array.from(reference.classes, code);
  const winMap = Int32Array.from(window.classes, code);
  const rc = new Float64Array(classes.length);
  const wc = new Float64Array(classes.length);
  for (let i = 0; i < reference.codes.length; i++) rc[refMap[reference.codes[i]]]++;
  for (let i = 0; i < window.codes.length; i++) wc[winMap[window.codes[i]]]++;
  // Classes the reference declares but neither side predicted are not bins.
  const keep = classes.map((_, i) => i).filter((i) => rc[i] + wc[i] > 0);
  return {
    classes: keep.map((i) => classes[i]),
    rc: Float64Array.from(keep, (i) => rc[i]),
    wc: Float64Array.from(keep, (i) => wc[i]),
  };
}

async function performanceOf(
  options: MonitorOptions,
  window: WindowData,
  reference: Reference,
  logger: Logger,
): Promise<MonitorResult['performance']> {
  if (options.labels === undefined) return null;
  const layout = window.layout;
  const cols = options.columns;
  const scorePrefix =
    cols.scoreColumn === undefined && layout.scoreColumns.length > 0 ? (cols.scorePrefix ?? 'p_') : undefined;
  const { result } = await evaluate(
    {
      ...DEFAULT_EVALUATE_OPTIONS,
      predictions: options.window,
      labels: options.labels,
      task: options.task,
      idColumn: options.idColumn,
      labelColumn: options.labelColumn,
      predictionColumn: layout.predictionColumn ?? cols.predictionColumn ?? 'prediction',
      scoreColumn: cols.scoreColumn,
      scorePrefix: options.task === 'regression' ? undefined : scorePrefix,
      positiveLabel: options.positiveLabel,
      missing: options.missing,
      retainRows: false,
    },
    logger,
    options.source,
  );
  return {
    labels_file: options.labels,
    task: result.task,
    n: result.n,
    metrics: result.metrics,
    ...(reference.metrics ? { reference_metrics: reference.metrics } : {}),
  };
}
