/** `model-gate/monitor@1`: what `model-gate monitor` writes (monitor.json) and prints. */
import type { Result, Task } from '../result/schema.js';

export const MONITOR_SCHEMA = 'model-gate/monitor@1' as const;

/** The drift of one monitored column, window against reference. */
export interface ColumnDrift {
  column: string;
  /** A score column (`p_*`, --score-column) or the prediction column. */
  role: 'score' | 'prediction';
  /** Continuous: binned at the reference's deciles, KS and Wasserstein too. Categorical: labels. */
  type: 'continuous' | 'categorical';
  /** Values compared (empty cells left out) in the window and in the reference. */
  n: number;
  reference_n: number;
  missing: number;
  bins: number;
  psi: number;
  js: number;
  ks: number | null;
  ks_p_value: number | null;
  wasserstein: number | null;
  psi_bias_corrected: number;
  psi_lower: number;
  /** One-sided p-value of "PSI ≤ tolerance", then Holm-adjusted over the columns. */
  p_value: number;
  p_adjusted: number;
  alarm: boolean;
  /** Categorical: each class's share in the window and in the reference (most common first, ≤ 20). */
  shares?: { class: string; window: number; reference: number }[];
}

export interface LatencySummary {
  column: string;
  n: number;
  missing: number;
  unit: 'milliseconds';
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface MonitorResult {
  schema: typeof MONITOR_SCHEMA;
  tool: { name: 'model-gate'; version: string };
  created_at: string;
  source: Result['source'];
  name: string;
  window: { file: string; rows: number };
  reference: { kind: 'window' | 'result'; file: string; rows: number; task?: Task; commit?: string };
  drift: {
    test: 'psi-tolerance';
    tolerance: number;
    significance: number;
    bins: number;
    columns: ColumnDrift[];
  };
  errors: {
    column: string;
    rows: number;
    failed: number;
    rate: number;
    types: { type: string; count: number }[];
  } | null;
  latency: LatencySummary | null;
  reference_latency: LatencySummary | null;
  /** When labels have arrived: the evaluate engine's result on the labelled rows. */
  performance: {
    labels_file: string;
    task: Task;
    n: number;
    metrics: Record<string, number | null>;
    reference_metrics?: Record<string, number | null>;
  } | null;
  alarm: boolean;
  /** One sentence per alarm (a column that drifted, a limit that was passed). */
  alarms: string[];
  warnings: string[];
}
