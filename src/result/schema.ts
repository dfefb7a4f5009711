/**
 * model-gate/result@1 — the one document that flows through every stage and is what a baseline is.
 * JSON has no NaN: a metric that is undefined for the data (e.g. Cohen's kappa of two identical
 * constant raters) is `null`, and `warnings` says why.
 */
import { BENCH_FIELD_NAMES } from '../registry/metrics.js';

export const RESULT_SCHEMA = 'model-gate/result@1' as const;

export type Task = 'binary' | 'multiclass' | 'regression' | 'ranking' | 'scores' | 'text';
export type TaskOption = Task | 'auto';

/** Every task a result can have (what an untrusted result.json's `task` is checked against). */
export const TASKS: readonly Task[] = ['binary', 'multiclass', 'regression', 'ranking', 'scores', 'text'];

export interface ClassStats {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** A confusion cell: true label, predicted label, count. Labels are the label strings. */
export type ConfusionCell = [trueLabel: string, predicted: string, count: number];

export interface Confusion {
  /** Every class, in scikit-learn's order (sorted union of true and predicted labels). */
  labels: string[];
  /** Non-zero cells only, sorted by true label then predicted label (in `labels` order). */
  counts: ConfusionCell[];
}

export interface TopConfusion {
  true: string;
  predicted: string;
  count: number;
}

export interface ErrorAnalysis {
  error_rate: number | null;
  /** Off-diagonal cells, most frequent first (ties: true label, then predicted, in label order). */
  top_confusions: TopConfusion[];
  /** Ids with a label but no prediction. */
  missing_predictions: number;
  /** Ids with a prediction but no label (ignored by the metrics). */
  extra_predictions: number;
  /** Rows skipped because a value could not be used (counted as errors when --missing count-as-wrong). */
  invalid_rows: number;
  /** The first few missing ids, for the report. */
  missing_ids?: string[];
}

export interface SummaryStats {
  median: number;
  mean: number;
  stddev: number;
  min: number;
  max: number;
  n: number;
}

export interface BenchRun {
  index: number;
  warmup: boolean;
  exit_code: number | null;
  signal: string | null;
  timed_out: boolean;
  wall_seconds: number;
  cpu_seconds: number;
  cpu_user_seconds: number;
  cpu_system_seconds: number;
  peak_rss_bytes: number;
  peak_tree_rss_bytes: number;
  gpu_utilization_percent?: number | null;
  gpu_utilization_max_percent?: number | null;
  gpu_memory_peak_bytes?: number | null;
  /** Per-process GPU memory peaks, where the driver reports them (pid → bytes). */
  gpu_process_memory_peak_bytes?: Record<string, number>;
  latency_ms_p50?: number;
  latency_ms_p90?: number;
  latency_ms_p95?: number;
  latency_ms_p99?: number;
  throughput_per_second?: number;
  /** CPU the measuring process itself spent during this run (never counted as the command's). */
  sampler_cpu_seconds?: number;
  /** serve-bench rounds: requests completed (any outcome) and those that failed. */
  requests?: number;
  errors?: number;
  /** errors / requests: a status ≥ 400, a connection error or a timeout counts. */
  error_rate?: number;
  /** Failed requests by HTTP status ("503"), "connection_error" or "timeout". */
  errors_by_status?: Record<string, number>;
  /** Open loop: the largest delay between a request's scheduled time and its send (ms). */
  send_lag_ms_max?: number;
  /** serve-bench: CPU of model-gate's load generator during the round (the sampler's excluded). */
  load_generator_cpu_seconds?: number;
}

/** How `serve-bench` ran: the server, the load, and how it was stopped. */
export interface ServeInfo {
  server: string;
  ready: string;
  /** Seconds from the start of the server to its first successful readiness probe. */
  ready_seconds: number;
  /** Where requests went: the `--url`, or the origin their paths are relative to. */
  target: string;
  requests_file: string;
  distinct_requests: number;
  mode: 'closed-loop' | 'open-loop';
  /** Closed loop: workers; open loop: the most requests in flight. */
  concurrency: number;
  rate_per_second: number | null;
  /** Per round: a duration or a count. */
  duration_seconds: number | null;
  count: number | null;
  request_timeout_seconds: number;
  /** Over the measured rounds. */
  requests: number;
  errors_by_status: Record<string, number>;
  load_generator_cpu_seconds: number;
  sampler_cpu_seconds: number;
  load_generator: string;
  /** What a latency spans (open loop: from the scheduled send time). */
  latency: string;
  percentiles: string;
  shutdown: {
    /** Processes of the server's tree that were signalled. */
    signalled: number;
    /** Pids still alive after SIGTERM, the grace period and SIGKILL (empty = none left). */
    survivors: number[];
    /** How the server's top process ended (null: not seen within the grace period). */
    server_exit: { code: number | null; signal: string | null } | null;
  };
}

export interface HostInfo {
  cpu_model: string;
  cpu_cores: number;
  memory_bytes: number;
  os: string;
  arch: string;
  gpus: { model: string; memory_bytes: number | null; driver: string | null }[];
  runner_name?: string | null;
  /** Hash of the fields that make timings comparable (CPU model, cores, memory, OS, GPUs). */
  fingerprint: string;
}

/** The `bench.summary` fields, in report order (GPU and latency ones only when measured): the
 * `bench.*` declarations of the metric registry, so a new bench field is one declaration. */
export const BENCH_SUMMARY_FIELDS: readonly string[] = BENCH_FIELD_NAMES;

export interface BenchResult {
  command: string[];
  runs: BenchRun[];
  /** Keys: wall_seconds, cpu_seconds, cpu_user_seconds, cpu_system_seconds, peak_rss_bytes,
   * peak_tree_rss_bytes, gpu_utilization_percent, gpu_memory_peak_bytes, latency_ms_p50..p99,
   * throughput_per_second — each over the measured (non-warm-up) runs. */
  summary: Record<string, SummaryStats>;
  host: HostInfo;
  /** How CPU and memory were measured on this platform, e.g. "GNU time (kernel rusage)". */
  method: string;
  warnings: string[];
  /** serve-bench: the served model's setup (`runs` are its rounds of load). */
  serve?: ServeInfo;
  /**
   * The baseline's command measured in the same job, in turn with this one (`bench --against`):
   * when present, the gate's bench checks compare `runs` with `against.runs` instead of a stored
   * baseline's timings. Absent in results written before it existed, and without --against.
   */
  against?: BenchAgainst;
}

/** `bench.against`: the baseline command's series of an interleaved benchmark. */
export interface BenchAgainst {
  command: string[];
  runs: BenchRun[];
  /** The same fields as `bench.summary`, over the baseline's measured runs. */
  summary: Record<string, SummaryStats>;
  /** `interleaved`: warm-ups of each, then baseline, candidate, baseline, candidate … */
  order: 'interleaved';
  /** Measured pairs, the confirming ones included. */
  pairs: number;
  /** The A/A noise floor per summary field: 1.4826 · MAD / |median| of the baseline's measured runs. */
  noise_floor: Record<string, number>;
  /** Set when a failing timing check was re-measured (`--confirm N`) before the verdict. */
  confirm?: BenchConfirm;
}

export interface BenchConfirm {
  /** Pairs measured by the confirmation (included in `pairs`). */
  pairs: number;
  /** The bench checks that failed on the first series. */
  metrics: string[];
  /** `confirmed`: still failing on the whole series; `cleared`: no longer failing. */
  outcome: 'confirmed' | 'cleared';
}

export type CheckVerdict = 'pass' | 'improved' | 'warn' | 'fail' | 'no-baseline' | 'inconclusive';
export type GateVerdict = 'pass' | 'warn' | 'fail' | 'no-baseline';

export interface Check {
  metric: string;
  baseline: number | null;
  candidate: number | null;
  delta: number | null;
  ci: [number, number] | null;
  p_value: number | null;
  /** Human form of the rule, e.g. "max_regression 0.005", "min 0.9". */
  threshold: string;
  verdict: CheckVerdict;
  /** Confidence of `ci`, two-sided: 1 − 2α, so that its bound on the worse side is the one-sided
   * 1 − α bound the decision uses. */
  ci_level?: number;
  /** Smallest worsening (metric units) this check detects with 80% power at its α; null = unknown. */
  mde?: number | null;
  /** Which test produced ci/p: "mcnemar-exact", "paired-bootstrap", "wilson", "mann-whitney", "threshold", ... */
  test?: string;
  /** Why this verdict, in one sentence. */
  reason?: string;
}

export interface Flips {
  right_to_wrong: number;
  wrong_to_right: number;
  right_to_wrong_ids: string[];
  wrong_to_right_ids: string[];
  /** Confusion pairs whose count grew most, candidate minus baseline. */
  grown_confusions: { true: string; predicted: string; baseline: number; candidate: number; delta: number }[];
}

/**
 * `--task text`: one example whose score fell between the baseline and the candidate, for the
 * reports — an exact match lost (`right-to-wrong`) or among the largest per-example drops of a
 * gated metric (`worst`). The texts are excerpts (the first 200 characters), unescaped: every
 * renderer escapes them.
 */
export interface ExampleChange {
  id: string;
  kind: 'right-to-wrong' | 'worst';
  metric: string;
  baseline: number;
  candidate: number;
  prediction: string;
  baseline_prediction: string;
  reference: string;
}

export interface ScoreDistribution {
  metric: string;
  /** Bin edges, ascending (bins + 1 of them). */
  edges: number[];
  baseline: number[] | null;
  candidate: number[];
}

export interface GateResult {
  verdict: GateVerdict;
  checks: Check[];
  /** False when dataset fingerprints differ: no paired tests, a loud warning. */
  comparable: boolean;
  paired: boolean;
  significance: number | null;
  multiple_comparisons: 'holm' | 'none';
  bootstrap: { seed: number; resamples: number } | null;
  baseline_source: { created_at?: string; commit?: string; ref?: string; fingerprint?: string } | null;
  flips?: Flips;
  /** `--task text` with paired examples: the examples that got worse (see `ExampleChange`). */
  examples_changed?: ExampleChange[];
  /**
   * `--task text`: the per-example score distribution of one gated metric (its own per-example
   * term, or sentence-level BLEU/chrF), as counts over equal bins of its range, for report.html.
   */
  score_distribution?: ScoreDistribution;
  warnings: string[];
}

/** Count, sum and sum of squares of a per-example term (what a mean and its variance need). */
export interface MomentSums {
  n: number;
  sum: number;
  sum_sq: number;
  /** `terms.y` only: Σ(y − ȳ)², R²'s SST without the cancellation of sum_sq − sum²/n (merge). */
  m2?: number;
  /** `terms.y` only: smallest and largest label (a constant target is recognised exactly). */
  min?: number;
  max?: number;
}

/**
 * Per-example sufficient statistics, so that a bare result.json baseline supports an unpaired test:
 * `terms.<metric>` for the mean-shaped metrics (log_loss, brier: per-example loss; mae, mse, mape:
 * |e|, e², |e|/|y|), `terms.y` the regression labels (R²'s denominator). The confusion-shaped
 * metrics use `confusion`.
 */
export interface SufficientStatistics {
  terms: Record<string, MomentSums>;
}

export interface Result {
  schema: typeof RESULT_SCHEMA;
  task: Task;
  n: number;
  dataset: {
    fingerprint: string;
    predictions_file?: string;
    labels_file?: string;
    positive_label?: string;
  };
  tool: { name: 'model-gate'; version: string };
  created_at: string;
  /** `branch`: the pushed branch, the pull request's head branch, or the tag — what dashboards
   * group by; `ref` is the full git ref as the CI gave it (refs/pull/7/merge on pull requests). */
  source: {
    commit?: string;
    ref?: string;
    branch?: string;
    run_url?: string;
    event?: string;
    pr_number?: number;
  };
  metrics: Record<string, number | null>;
  per_class?: Record<string, ClassStats>;
  confusion?: Confusion;
  /** Sufficient statistics for unpaired tests against this result as a bare baseline. */
  statistics?: SufficientStatistics;
  errors: ErrorAnalysis;
  /** Per-example sidecar written beside result.json, for paired tests. */
  examples?: {
    file: string;
    format: 'model-gate/examples@2' | 'model-gate/examples@1' | 'model-gate/scores@1';
    rows: number;
  };
  /** `--task scores`: the largest number of trials of one example, when examples were repeated. */
  trials?: number;
  bench?: BenchResult;
  gate?: GateResult;
  warnings: string[];
}
