/**
 * Direction and unit lookups for gate.yml, read from the metric registry
 * (src/registry/metrics.ts), which holds the one declaration of every metric.
 */
import {
  METRIC_DECLARATIONS,
  METRIC_NAMES,
  metricDeclaration,
  type Direction,
  type MetricUnit,
} from '../registry/metrics.js';

export type { Direction, MetricUnit };
export { METRIC_NAMES };

export interface MetricInfo {
  direction: Direction;
  unit: MetricUnit;
  /** Which results carry it. */
  kind: 'classification' | 'regression' | 'bench';
}

function infoOf(name: string): MetricInfo | undefined {
  const d = metricDeclaration(name);
  if (!d) return undefined;
  const kind = d.tasks.includes('bench')
    ? 'bench'
    : d.tasks.includes('regression')
      ? 'regression'
      : 'classification';
  return { direction: d.direction, unit: d.unit, kind };
}

export const METRICS: Readonly<Record<string, MetricInfo>> = Object.freeze(
  Object.assign(
    Object.create(null) as Record<string, MetricInfo>,
    Object.fromEntries(METRIC_DECLARATIONS.map((d) => [d.name, infoOf(d.name)!])),
  ),
);

export function metricInfo(name: string): MetricInfo | undefined {
  return infoOf(name);
}

export function isHigherBetter(name: string): boolean {
  return metricInfo(name)?.direction !== 'lower';
}

/** Metrics compared by the paired McNemar / proportion tests instead of the bootstrap. */
export function isAccuracyLike(name: string): boolean {
  return metricDeclaration(name)?.shape === 'mean-binary';
}
