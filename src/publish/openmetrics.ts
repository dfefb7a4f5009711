/**
 * A result as Prometheus series: OpenMetrics 1.0 text (`toOpenMetrics`, for files and scrapers)
 * and the classic text format 0.0.4 (`toPrometheusText`, what the Pushgateway accepts).
 *
 * Design (documented for users in docs/monitoring.md):
 * - Every family is a gauge. A small, fixed set of families with a `metric` / `stat` / `class`
 *   label keeps dashboards generic: `model_gate_metric{metric="accuracy"}`, not
 *   `model_gate_accuracy`.
 * - Every series carries `gate`, `branch`, `task` (a label whose value is empty is left out:
 *   Prometheus treats `x=""` and no `x` alike). The `commit` is a label of `model_gate_run_info`
 *   only: on every gauge it would make each commit a new set of series in Prometheus, so the
 *   number of series would grow with the history and no series would span two commits (no
 *   `min_over_time` across releases). Join it in when needed:
 *   `model_gate_metric * on (gate, branch) group_left (commit) model_gate_run_info`.
 * - Base units: seconds, bytes, ratios (GPU utilisation 0–1); latency milliseconds → seconds.
 * - `null` metrics (undefined for the data, NaN in scikit-learn) are omitted, not written as NaN:
 *   a missing sample reads as "no value" in Grafana, while NaN poisons `max`/`avg` aggregations.
 * - Per-class series only when the result has at most `MAX_CLASSES` classes (bounded cardinality).
 * - No `# UNIT` lines and no timestamps (the Pushgateway refuses pushed timestamps); units are in
 *   the names.
 * - Label values come from data files, so they are escaped (backslash, double quote, line feed);
 *   a series that would repeat one already written is dropped (first wins), so the text is always
 *   valid.
 */
import type { GateVerdict, CheckVerdict, Result } from '../result/schema.js';
import { METRIC_DECLARATIONS, metricDeclaration, metricsForTask } from '../registry/metrics.js';
import { baseDivisor } from '../util/quantity.js';

export interface PublishLabels {
  gate: string;
  /** Default: `result.source.ref`. A leading `refs/heads/` is dropped either way. */
  branch?: string;
  /** Default: `result.source.commit`. */
  commit?: string;
}

export interface ExpositionOptions {
  /** Per-class series are written only for results with at most this many classes (default 50). */
  maxClasses?: number;
}

/** Per-class series are left out above this many classes (cardinality bound). */
export const MAX_CLASSES = 50;

/** Numeric code of `model_gate_verdict_code`. */
export const VERDICT_CODES: Record<GateVerdict, number> = { pass: 0, warn: 1, fail: 2, 'no-baseline': -1 };

const GATE_VERDICTS: GateVerdict[] = ['pass', 'warn', 'fail', 'no-baseline'];
const CHECK_VERDICTS: CheckVerdict[] = ['pass', 'improved', 'warn', 'fail', 'no-baseline'];
const SUMMARY_STATS = ['median', 'mean', 'stddev', 'min', 'max'] as const;
const CLASS_STATS = ['precision', 'recall', 'f1', 'support'] as const;

/**
 * result.json bench summary field → family, divisor to base units, extra labels: read from the
 * metric registry's `bench.*` declarations (family and labels as declared, the divisor from the
 * unit: milliseconds → seconds, percent → ratio).
 */
export const BENCH_FIELDS: ReadonlyMap<
  string,
  { family: string; divisor: number; labels: Readonly<Record<string, string>> }
> = new Map(
  metricsForTask('bench').map((d) => [
    d.name.slice('bench.'.length),
    { family: d.openmetrics.family, divisor: baseDivisor(d.unit), labels: d.openmetrics.labels },
  ]),
);

/** The families the registry declares with their HELP lines, in declaration order (a family
 * shared by several metrics, like the latency quantiles, once). */
function registryFamilies(bench: boolean): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const d of METRIC_DECLARATIONS) {
    if (d.tasks.includes('bench') !== bench) continue;
    if (seen.has(d.openmetrics.family)) continue;
    seen.add(d.openmetrics.family);
    out.push([d.openmetrics.family, d.openmetrics.help]);
  }
  return out;
}

/** Every family this module can write, in output order, with its HELP text. */
export const FAMILIES: Record<string, string> = {
  model_gate_run_info:
    'Always 1; labels describe the run (commit, tool version, dataset fingerprint). The only series with a commit label.',
  model_gate_run_timestamp_seconds: 'Unix time the result was created (result.json created_at).',
  model_gate_examples: 'Number of examples evaluated (result.json n).',
  model_gate_input_rows:
    'Input rows with a problem, by kind (missing_predictions, extra_predictions, invalid_rows).',
  model_gate_warnings: 'Number of warnings in the result.',
  ...Object.fromEntries(registryFamilies(false)),
  model_gate_classes: 'Number of classes (classification only).',
  model_gate_class_metric:
    'Per-class precision, recall, f1 and support, by class and metric (bounded number of classes).',
  model_gate_bench_runs: 'Number of measured (non-warm-up) benchmark runs.',
  ...Object.fromEntries(registryFamilies(true)),
  model_gate_verdict: 'Gate verdict as a state set: 1 for the current verdict, 0 for the others.',
  model_gate_verdict_code: 'Gate verdict as a number: 0 pass, 1 warn, 2 fail, -1 no-baseline.',
  model_gate_checks: 'Number of gate checks, by check verdict.',
  model_gate_check_failed: '1 when the check failed, else 0.',
  model_gate_check_verdict: 'Check verdict as a state set: 1 for the current verdict, 0 for the others.',
  model_gate_check_delta: 'Candidate minus baseline, in the unit of the metric as in result.json.',
  model_gate_check_p_value: 'p-value of the statistical test behind the check.',
  model_gate_check_ci_lower: 'Lower end of the confidence interval of the delta.',
  model_gate_check_ci_upper: 'Upper end of the confidence interval of the delta.',
  model_gate_check_baseline: 'Baseline value of the checked metric, as in result.json.',
  model_gate_check_candidate: 'Candidate value of the checked metric, as in result.json.',
};

type Labels = [name: string, value: string][];

interface Sample {
  labels: Labels;
  value: number;
}

/** A family model shared by both text formats. */
export interface Family {
  name: string;
  help: string;
  samples: Sample[];
}

/** Escape a label value (both formats): backslash, double quote, line feed. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Number as the exposition formats write it (Go's ParseFloat reads all of these). */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  if (Object.is(value, -0)) return '0';
  return String(value);
}

/** `refs/heads/main` → `main`; other refs as they are. */
export function branchFromRef(ref: string | undefined): string | undefined {
  if (ref === undefined) return undefined;
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
}

/** The labels every series gets, defaults filled in from the result. */
export function resolveLabels(
  result: Result,
  labels: PublishLabels,
): { gate: string; branch: string; commit: string; task: string } {
  return {
    gate: labels.gate,
    branch: branchFromRef(labels.branch ?? result.source?.branch ?? result.source?.ref) ?? '',
    commit: labels.commit ?? result.source?.commit ?? '',
    task: result.task ?? '',
  };
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && !Number.isNaN(v);
}

/** Build the families (empty ones left out) for a result. */
export function buildFamilies(
  result: Result,
  labels: PublishLabels,
  options: ExpositionOptions = {},
): Family[] {
  const common = resolveLabels(result, labels);
  const base: Labels = [
    ['gate', common.gate],
    ['branch', common.branch],
    ['task', common.task],
  ];
  const byName = new Map<string, Family>();
  const seen = new Map<string, Set<string>>();
  for (const [name, help] of Object.entries(FAMILIES)) {
    byName.set(name, { name, help, samples: [] });
    seen.set(name, new Set());
  }
  const add = (family: string, extra: Record<string, string>, value: number | null | undefined): void => {
    if (!isNumber(value)) return;
    const f = byName.get(family);
    if (!f) throw new Error(`openmetrics: unknown family ${family}`);
    const all: Labels = [...base, ...Object.entries(extra)].filter(([, v]) => v !== '');
    const key = JSON.stringify(all);
    const keys = seen.get(family)!;
    if (keys.has(key)) return; // never a duplicate series: the first one wins
    keys.add(key);
    f.samples.push({ labels: all, value });
  };

  // Run.
  add(
    'model_gate_run_info',
    {
      commit: common.commit,
      tool_version: result.tool?.version ?? '',
      dataset_fingerprint: result.dataset?.fingerprint ?? '',
    },
    1,
  );
  const created = Date.parse(result.created_at);
  if (Number.isFinite(created)) add('model_gate_run_timestamp_seconds', {}, created / 1000);
  add('model_gate_examples', {}, result.n);
  if (result.errors) {
    add('model_gate_input_rows', { kind: 'missing_predictions' }, result.errors.missing_predictions);
    add('model_gate_input_rows', { kind: 'extra_predictions' }, result.errors.extra_predictions);
    add('model_gate_input_rows', { kind: 'invalid_rows' }, result.errors.invalid_rows);
  }
  add('model_gate_warnings', {}, result.warnings?.length ?? 0);

  // Quality.
  for (const [metric, value] of Object.entries(result.metrics ?? {})) {
    // Declared metrics are written as their declaration says; others (a newer tool's) generically.
    const series = metricDeclaration(metric)?.openmetrics;
    add(series?.family ?? 'model_gate_metric', series?.labels ?? { metric }, value);
  }
  const classes = result.confusion?.labels.length ?? Object.keys(result.per_class ?? {}).length;
  if (result.task !== 'regression' && classes > 0) add('model_gate_classes', {}, classes);
  const perClass = result.per_class ?? {};
  if (Object.keys(perClass).length <= (options.maxClasses ?? MAX_CLASSES)) {
    for (const [cls, stats] of Object.entries(perClass)) {
      for (const stat of CLASS_STATS)
        add('model_gate_class_metric', { class: cls, metric: stat }, stats[stat]);
    }
  }

  // Bench.
  const bench = result.bench;
  if (bench) {
    const measured = bench.runs?.filter((r) => !r.warmup).length;
    add('model_gate_bench_runs', {}, bench.summary?.wall_seconds?.n ?? measured);
    for (const [field, summary] of Object.entries(bench.summary ?? {})) {
      const spec = BENCH_FIELDS.get(field);
      if (!spec || !summary) continue; // fields this version does not know are not exported
      for (const stat of SUMMARY_STATS) {
        const v = summary[stat];
        add(spec.family, { ...spec.labels, stat }, isNumber(v) ? v / spec.divisor : undefined);
      }
    }
  }

  // Gate.
  const gate = result.gate;
  if (gate) {
    for (const v of GATE_VERDICTS) add('model_gate_verdict', { verdict: v }, gate.verdict === v ? 1 : 0);
    add('model_gate_verdict_code', {}, VERDICT_CODES[gate.verdict]);
    const checks = gate.checks ?? [];
    for (const v of CHECK_VERDICTS) {
      add('model_gate_checks', { verdict: v }, checks.filter((c) => c.verdict === v).length);
    }
    for (const c of checks) {
      const l = { metric: c.metric, threshold: c.threshold ?? '' };
      add('model_gate_check_failed', l, c.verdict === 'fail' ? 1 : 0);
      for (const v of CHECK_VERDICTS)
        add('model_gate_check_verdict', { ...l, verdict: v }, c.verdict === v ? 1 : 0);
      add('model_gate_check_delta', l, c.delta);
      add('model_gate_check_p_value', l, c.p_value);
      add('model_gate_check_ci_lower', l, c.ci?.[0]);
      add('model_gate_check_ci_upper', l, c.ci?.[1]);
      add('model_gate_check_baseline', l, c.baseline);
      add('model_gate_check_candidate', l, c.candidate);
    }
  }

  return [...byName.values()].filter((f) => f.samples.length > 0);
}

/** Families as OpenMetrics 1.0 (`openMetrics`) or classic 0.0.4 text (also `model-gate monitor`'s). */
export function renderFamilies(families: Family[], openMetrics: boolean): string {
  const out: string[] = [];
  for (const f of families) {
    // OpenMetrics escapes \ \n " in HELP; the classic format only \ and \n.
    let help = f.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
    if (openMetrics) help = help.replace(/"/g, '\\"');
    out.push(`# HELP ${f.name} ${help}`, `# TYPE ${f.name} gauge`);
    for (const s of f.samples) {
      const labels = s.labels.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',');
      out.push(`${f.name}{${labels}} ${formatValue(s.value)}`);
    }
  }
  if (openMetrics) out.push('# EOF');
  return out.join('\n') + '\n';
}

/**
 * The result as OpenMetrics 1.0 text (`application/openmetrics-text; version=1.0.0`): gauges
 * only, `# HELP`/`# TYPE` once per family before its samples, no timestamps, `# EOF` at the end.
 */
export function toOpenMetrics(result: Result, labels: PublishLabels, options?: ExpositionOptions): string {
  return renderFamilies(buildFamilies(result, labels, options), true);
}

/**
 * The same series in the classic Prometheus text format 0.0.4 (`text/plain; version=0.0.4`), which
 * is what the Pushgateway documents as accepted for pushes (with protobuf). It reads OpenMetrics
 * text only by accident — its classic parser ignores `# EOF` as a comment — so we push this.
 */
export function toPrometheusText(result: Result, labels: PublishLabels, options?: ExpositionOptions): string {
  return renderFamilies(buildFamilies(result, labels, options), false);
}

export const OPENMETRICS_CONTENT_TYPE = 'application/openmetrics-text; version=1.0.0; charset=utf-8';
export const PROMETHEUS_TEXT_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
