import { InputError } from '../errors.js';
import { mergeMoments, STATISTIC_TERMS } from '../evaluate/sufficient-statistics.js';
import { regressionMetrics } from '../evaluate/metrics/regression.js';
import { corpusScoreFromTermSums } from '../evaluate/metrics/text/index.js';
import { metricDeclaration } from '../registry/metrics.js';
import type { MomentSums, SufficientStatistics } from '../result/schema.js';
import { reviveNumber } from '../result/write.js';
import { CompensatedSum } from '../util/sum.js';
import type { ShardResult } from './confusion.js';

/** A metric a merge leaves out, and why (said to the user, never approximated). */
export interface DroppedMetric {
  metric: string;
  reason: string;
}

export interface SumsMerge {
  /** The requested metrics that the shards' statistics determine, with their values. */
  metrics: Record<string, number | null>;
  /** The merged `statistics` (the terms every shard carries), so the merge can be a baseline. */
  statistics: SufficientStatistics | undefined;
  dropped: DroppedMetric[];
  warnings: string[];
}

/**
 * The metrics whose registry merge rule is `sums` (means of per-example terms, RMSE, R²),
 * recomputed from the shards' stored `statistics.terms` (see src/evaluate/sufficient-statistics.ts):
 * a mean is Σ sums / Σ n over the shards, R²'s Σ(y − ȳ)² combines the shards' centred sums by
 * Chan's formula. Equal to evaluating the whole up to rounding (~1e-15 relative), since the shards'
 * sums are compensated.
 *
 * A metric is left out (`dropped`, with the reason) when a shard did not compute it (e.g. decision
 * scores have no log loss) or lacks a term it needs (a result.json written before the term existed).
 */
export function metricsFromStatistics(shards: readonly ShardResult[], names: readonly string[]): SumsMerge {
  const terms = shards.map(readTerms);
  const out: SumsMerge = { metrics: {}, statistics: undefined, dropped: [], warnings: [] };
  const merged = new Map<string, MomentSums>();
  const termOf = (name: string): MomentSums | undefined => {
    if (!merged.has(name) && terms.every((t) => t[name] !== undefined))
      merged.set(name, mergeMoments(terms.map((t) => t[name]!)));
    return merged.get(name);
  };

  const regression: string[] = [];
  for (const name of names) {
    const without = shards.find((s) => !Object.hasOwn(s.result.metrics, name));
    if (without) {
      out.dropped.push({
        metric: name,
        reason: `${without.file} has no ${name} (not computed for that shard)`,
      });
      continue;
    }
    // A ranking metric is the mean of its per-query values, stored under its own name.
    const needed =
      STATISTIC_TERMS[name] ?? (metricDeclaration(name)?.tasks.includes('ranking') ? [name] : []);
    const lacking = needed.flatMap((term) =>
      shards.flatMap((s, j) =>
        terms[j][term] === undefined && s.result.metrics[name] !== null ? [[s, term] as const] : [],
      ),
    );
    if (needed.length === 0 || lacking.length > 0) {
      const [s, term] = lacking[0] ?? [shards[0], name];
      out.dropped.push({
        metric: name,
        reason:
          `${s.file} has no statistics.terms.${term} (a result.json written before model-gate stored it); ` +
          'evaluate that shard again',
      });
      continue;
    }
    if (metricDeclaration(name)?.shape === 'corpus-statistics') {
      // BLEU, chrF: the score of the summed n-gram statistics, one term per statistic.
      const sums = needed.map((t) => termOf(t)!);
      out.metrics[name] = corpusScoreFromTermSums(
        name,
        sums.map((m) => m.sum),
        sums[0]!.n,
      );
      continue;
    }
    if (name === 'rmse' || name === 'r2' || name === 'mae' || name === 'mse' || name === 'mape') {
      regression.push(name);
      continue;
    }
    const m = termOf(needed[0]) ?? { n: 0, sum: 0, sum_sq: 0 };
    out.metrics[name] = m.n === 0 ? null : m.sum / m.n;
  }

  if (regression.length > 0) {
    const se = termOf('mse') ?? { n: 0, sum: 0, sum_sq: 0 };
    const y = termOf('y');
    const sum = (m: MomentSums | undefined) => {
      const s = new CompensatedSum();
      s.add(m?.sum ?? NaN);
      return s;
    };
    const warnings: string[] = [];
    const values = regressionMetrics(
      {
        total: se.n,
        sAbs: sum(termOf('mae')),
        sSq: sum(se),
        sApe: sum(termOf('mape')),
        sY: sum(y),
        maxError: NaN,
        yMin: y?.min ?? NaN,
        yMax: y?.max ?? NaN,
      },
      () => NaN,
      () => y?.m2 ?? NaN,
      warnings,
    );
    for (const name of regression) {
      const v = values[name];
      if (name === 'r2' && v !== null && Number.isNaN(v)) {
        out.dropped.push({
          metric: name,
          reason:
            'a shard has no statistics.terms.y.m2 (a result.json written before model-gate stored it); ' +
            'evaluate the shards again',
        });
        continue;
      }
      out.metrics[name] = v ?? null;
    }
    out.warnings.push(...warnings);
  }

  const common = Object.keys(terms[0] ?? {}).filter((name) => termOf(name) !== undefined);
  if (common.length > 0) {
    const all = Object.create(null) as Record<string, MomentSums>;
    for (const name of common) all[name] = termOf(name)!;
    out.statistics = { terms: all };
  }
  return out;
}

/** A shard's `statistics.terms`, checked: it comes from a file. */
function readTerms({ file, result }: ShardResult): Record<string, MomentSums | undefined> {
  const raw = (result as { statistics?: unknown }).statistics;
  const out = Object.create(null) as Record<string, MomentSums | undefined>;
  if (raw === undefined) return out;
  const bad = (what: string): never => {
    throw new InputError({ file }, `malformed result: statistics${what}`);
  };
  if (raw === null || typeof raw !== 'object') bad(' is not an object');
  const terms = (raw as { terms?: unknown }).terms;
  if (terms === null || typeof terms !== 'object' || Array.isArray(terms)) bad('.terms is not an object');
  for (const [name, value] of Object.entries(terms as Record<string, unknown>)) {
    if (value === null || typeof value !== 'object') bad(`.terms.${name} is not an object`);
    const v = value as Record<string, unknown>;
    const num = (key: string, optional: boolean): number | undefined => {
      const x = reviveNumber(v[key]);
      if (x === undefined && optional) return undefined;
      if (typeof x !== 'number' || Number.isNaN(x)) bad(`.terms.${name}.${key} is not a number`);
      return x as number;
    };
    const n = num('n', false)!;
    if (!Number.isInteger(n) || n < 0) bad(`.terms.${name}.n is not a count`);
    const m: MomentSums = { n, sum: num('sum', false)!, sum_sq: num('sum_sq', false)! };
    const m2 = num('m2', true);
    const min = num('min', true);
    const max = num('max', true);
    if (m2 !== undefined) m.m2 = m2;
    if (min !== undefined) m.min = min;
    if (max !== undefined) m.max = max;
    out[name] = m;
  }
  return out;
}
