/**
 * The `--task text` example changes (`gate.examples_changed`) as the three reports show them:
 * the id, what changed, and excerpts of the candidate's and the baseline's output and of the
 * reference. The strings here are raw data: each renderer escapes them (Markdown, HTML, terminal)
 * and cuts them to `EXCERPT_SHOWN` code points.
 */
import type { ExampleChange, Result } from '../result/schema.js';
import { formatMetricValue } from './format.js';

/** Code points of each text shown in a report row. */
export const EXCERPT_SHOWN = 60;

export interface ExampleChangeRow {
  id: string;
  /** E.g. "exact match lost" or "token_f1 0.8000 → 0.1000" (our own words). */
  change: string;
  prediction: string;
  baselinePrediction: string;
  reference: string;
}

function changeWords(x: ExampleChange): string {
  if (x.kind === 'right-to-wrong') return 'exact match lost';
  return `${x.metric} ${formatMetricValue(x.metric, x.baseline)} → ${formatMetricValue(x.metric, x.candidate)}`;
}

export function exampleChangeRows(result: Result): ExampleChangeRow[] {
  return (result.gate?.examples_changed ?? []).map((x) => ({
    id: x.id,
    change: changeWords(x),
    prediction: x.prediction,
    baselinePrediction: x.baseline_prediction,
    reference: x.reference,
  }));
}
