/**
 * Type and range checks for a result.json read back from disk (a baseline, a `compare` input, a
 * pull request's report artifact). Any of them may come from another machine or a hostile fork,
 * so every field the reports or the comparison use is checked for its schema type, and every
 * metric for the range its declaration gives (src/registry/metrics.ts). A problem is one sentence
 * naming the field path, e.g. `"bench.host.cpu_cores" must be a number (found a string)`.
 */
import { declarationFor } from '../registry/metrics.js';

type Json = Record<string, unknown>;

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'a string';
  return `a ${typeof v}`;
}

function obj(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The first problem found, or null when the document passes. */
export function resultProblem(r: Json): string | null {
  const problems: string[] = [];
  const need = (path: string, v: unknown, type: 'string' | 'number' | 'integer', optional: boolean) => {
    if (v === undefined && optional) return;
    if (v === undefined) return problems.push(`required field "${path}" is missing`);
    const ok =
      type === 'string'
        ? typeof v === 'string'
        : type === 'number'
          ? typeof v === 'number' && Number.isFinite(v)
          : typeof v === 'number' && Number.isSafeInteger(v);
    if (!ok)
      problems.push(
        `"${path}" must be ${type === 'integer' ? 'an integer' : `a ${type}`} (found ${kind(v)})`,
      );
  };
  const needObject = (path: string, v: unknown, optional: boolean): v is Json => {
    if (v === undefined && optional) return false;
    if (v === undefined) {
      problems.push(`required field "${path}" is missing`);
      return false;
    }
    if (!obj(v)) {
      problems.push(`"${path}" must be an object (found ${kind(v)})`);
      return false;
    }
    return true;
  };
  /** errors_by_status: status (or connection_error / timeout) → a count ≥ 0. */
  const errorCounts = (path: string, v: unknown, optional: boolean) => {
    if (!needObject(path, v, optional)) return;
    for (const [k, n] of Object.entries(v)) {
      need(`${path}.${k}`, n, 'integer', false);
      if (typeof n === 'number' && n < 0) problems.push(`"${path}.${k}" must not be negative`);
    }
  };
  if (needObject('tool', r.tool, false)) {
    need('tool.name', r.tool.name, 'string', false);
    need('tool.version', r.tool.version, 'string', false);
  }
  need('created_at', r.created_at, 'string', false);
  if (needObject('dataset', r.dataset, false)) {
    need('dataset.fingerprint', r.dataset.fingerprint, 'string', false);
    for (const k of ['predictions_file', 'labels_file', 'positive_label'])
      need(`dataset.${k}`, r.dataset[k], 'string', true);
  }
  if (needObject('source', r.source, true)) {
    for (const k of ['commit', 'ref', 'branch', 'run_url', 'event'])
      need(`source.${k}`, r.source[k], 'string', true);
    need('source.pr_number', r.source.pr_number, 'integer', true);
  }
  if (r.warnings !== undefined) {
    if (!Array.isArray(r.warnings)) problems.push(`"warnings" must be a list (found ${kind(r.warnings)})`);
    else r.warnings.forEach((w, i) => need(`warnings[${i}]`, w, 'string', false));
  }
  // Optional sections: absent (or null) is fine; anything else must be an object, or the code that
  // reads `r.confusion.counts` or `r.statistics.terms.brier` meets a number or a list.
  for (const k of ['per_class', 'confusion', 'statistics', 'gate'])
    if (r[k] !== null && r[k] !== undefined && !obj(r[k]))
      problems.push(`"${k}" must be an object (found ${kind(r[k])})`);
  if (obj(r.statistics)) {
    // The unpaired tests compute means and variances from these sums: a string or a negative
    // count would give a silently wrong p-value.
    if (needObject('statistics.terms', r.statistics.terms, false))
      for (const [name, m] of Object.entries(r.statistics.terms)) {
        if (!needObject(`statistics.terms.${name}`, m, false)) continue;
        need(`statistics.terms.${name}.n`, m.n, 'integer', false);
        // A sum may have overflowed to ±inf (written "inf"), which the tests treat as such; NaN never.
        for (const k of ['sum', 'sum_sq'])
          if (typeof m[k] !== 'number' || Number.isNaN(m[k]))
            problems.push(`"statistics.terms.${name}.${k}" must be a number (found ${kind(m[k])})`);
        if (typeof m.n === 'number' && m.n < 0)
          problems.push(`"statistics.terms.${name}.n" must not be negative`);
        if (typeof m.sum_sq === 'number' && m.sum_sq < 0)
          problems.push(`"statistics.terms.${name}.sum_sq" must not be negative`);
      }
  }
  if (obj(r.metrics)) {
    for (const [name, v] of Object.entries(r.metrics)) {
      if (typeof v !== 'number') continue; // null or type errors are reported by the caller
      const range = declarationFor(name, String(r.task))?.range;
      // ±Infinity is an honest overflow (written "inf"/"-inf") where the metric's range allows it.
      if (Number.isNaN(v) || (!Number.isFinite(v) && !(range && v >= range[0] && v <= range[1])))
        problems.push(`"metrics.${name}" must be a number${range ? ` in ${range[0]}..${range[1]}` : ''}`);
      else if (range && (v < range[0] || v > range[1]))
        problems.push(`"metrics.${name}" is ${v}, outside its possible range ${range[0]}..${range[1]}`);
    }
  }
  if (r.trials !== undefined) need('trials', r.trials, 'integer', false);
  if (obj(r.bench)) {
    if (needObject('bench.host', r.bench.host, true)) {
      const h = r.bench.host;
      for (const k of ['cpu_model', 'os', 'arch', 'fingerprint'])
        need(`bench.host.${k}`, h[k], 'string', true);
      need('bench.host.cpu_cores', h.cpu_cores, 'number', true);
      need('bench.host.memory_bytes', h.memory_bytes, 'number', true);
      if (h.runner_name !== undefined && h.runner_name !== null)
        need('bench.host.runner_name', h.runner_name, 'string', false);
      if (h.gpus !== undefined) {
        if (!Array.isArray(h.gpus)) problems.push(`"bench.host.gpus" must be a list (found ${kind(h.gpus)})`);
        else
          h.gpus.forEach((g, i) => {
            if (needObject(`bench.host.gpus[${i}]`, g, false))
              need(`bench.host.gpus[${i}].model`, g.model, 'string', false);
          });
      }
    }
    const series = (path: string, b: Json) => {
      if (b.command !== undefined) {
        if (!Array.isArray(b.command))
          problems.push(`"${path}.command" must be a list (found ${kind(b.command)})`);
        else b.command.forEach((c, i) => need(`${path}.command[${i}]`, c, 'string', false));
      }
      if (Array.isArray(b.runs))
        b.runs.forEach((run, i) => {
          if (!needObject(`${path}.runs[${i}]`, run, false)) return;
          need(`${path}.runs[${i}].wall_seconds`, run.wall_seconds, 'number', false);
          // serve-bench rounds: counts a gate and a report read.
          need(`${path}.runs[${i}].requests`, run.requests, 'integer', true);
          need(`${path}.runs[${i}].errors`, run.errors, 'integer', true);
          need(`${path}.runs[${i}].error_rate`, run.error_rate, 'number', true);
          if (typeof run.error_rate === 'number' && !(run.error_rate >= 0 && run.error_rate <= 1))
            problems.push(
              `"${path}.runs[${i}].error_rate" is ${run.error_rate}, outside its possible range 0..1`,
            );
          errorCounts(`${path}.runs[${i}].errors_by_status`, run.errors_by_status, true);
        });
      if (b.summary !== undefined && obj(b.summary)) {
        for (const [field, s] of Object.entries(b.summary)) {
          if (!needObject(`${path}.summary.${field}`, s, false)) continue;
          for (const k of ['median', 'mean', 'stddev', 'min', 'max', 'n'])
            need(`${path}.summary.${field}.${k}`, s[k], 'number', false);
        }
      }
    };
    series('bench', r.bench);
    if (needObject('bench.serve', r.bench.serve, true)) {
      const v = r.bench.serve;
      for (const k of ['server', 'ready', 'target', 'mode']) need(`bench.serve.${k}`, v[k], 'string', false);
      for (const k of ['concurrency', 'requests']) need(`bench.serve.${k}`, v[k], 'integer', false);
      errorCounts('bench.serve.errors_by_status', v.errors_by_status, false);
    }
    // The interleaved baseline series (results written before it existed have none).
    if (needObject('bench.against', r.bench.against, true)) {
      const a = r.bench.against;
      if (!Array.isArray(a.command))
        problems.push(`"bench.against.command" must be a list (found ${kind(a.command)})`);
      if (!Array.isArray(a.runs))
        problems.push(`"bench.against.runs" must be a list (found ${kind(a.runs)})`);
      needObject('bench.against.summary', a.summary, false);
      series('bench.against', a);
      if (a.order !== 'interleaved')
        problems.push(
          `"bench.against.order" must be "interleaved" (found ${JSON.stringify(a.order) ?? 'nothing'})`,
        );
      need('bench.against.pairs', a.pairs, 'integer', false);
      if (needObject('bench.against.noise_floor', a.noise_floor, false))
        for (const [field, v] of Object.entries(a.noise_floor))
          need(`bench.against.noise_floor.${field}`, v, 'number', false);
      if (needObject('bench.against.confirm', a.confirm, true)) {
        const c = a.confirm;
        need('bench.against.confirm.pairs', c.pairs, 'integer', false);
        if (!Array.isArray(c.metrics))
          problems.push(`"bench.against.confirm.metrics" must be a list (found ${kind(c.metrics)})`);
        else c.metrics.forEach((m, i) => need(`bench.against.confirm.metrics[${i}]`, m, 'string', false));
        if (c.outcome !== 'confirmed' && c.outcome !== 'cleared')
          problems.push(
            `"bench.against.confirm.outcome" must be "confirmed" or "cleared" (found ${kind(c.outcome)})`,
          );
      }
    }
  }
  if (obj(r.per_class)) {
    for (const [label, s] of Object.entries(r.per_class)) {
      if (!needObject(`per_class.${label}`, s, false)) continue;
      for (const k of ['precision', 'recall', 'f1', 'support'])
        need(`per_class.${label}.${k}`, s[k], 'number', false);
    }
  }
  if (obj(r.confusion)) {
    const c = r.confusion;
    if (!Array.isArray(c.labels)) problems.push('"confusion.labels" must be a list');
    else c.labels.forEach((l, i) => need(`confusion.labels[${i}]`, l, 'string', false));
    if (!Array.isArray(c.counts)) problems.push('"confusion.counts" must be a list');
    else
      c.counts.forEach((cell, i) => {
        if (
          !Array.isArray(cell) ||
          cell.length !== 3 ||
          typeof cell[0] !== 'string' ||
          typeof cell[1] !== 'string' ||
          !Number.isSafeInteger(cell[2]) ||
          (cell[2] as number) < 0
        )
          problems.push(`"confusion.counts[${i}]" must be [true label, predicted label, count]`);
      });
  }
  if (obj(r.errors)) {
    const e = r.errors;
    if (e.top_confusions !== undefined) {
      if (!Array.isArray(e.top_confusions)) problems.push('"errors.top_confusions" must be a list');
      else
        e.top_confusions.forEach((t, i) => {
          if (!needObject(`errors.top_confusions[${i}]`, t, false)) return;
          need(`errors.top_confusions[${i}].true`, t.true, 'string', false);
          need(`errors.top_confusions[${i}].predicted`, t.predicted, 'string', false);
          need(`errors.top_confusions[${i}].count`, t.count, 'number', false);
        });
    }
    if (e.missing_ids !== undefined) {
      if (!Array.isArray(e.missing_ids)) problems.push('"errors.missing_ids" must be a list');
      else e.missing_ids.forEach((id, i) => need(`errors.missing_ids[${i}]`, id, 'string', false));
    }
  }
  if (obj(r.gate)) {
    const g = r.gate;
    if (!['pass', 'warn', 'fail', 'no-baseline'].includes(g.verdict as string))
      problems.push('"gate.verdict" must be pass, warn, fail or no-baseline');
    if (!Array.isArray(g.checks)) problems.push('"gate.checks" must be a list');
    else
      g.checks.forEach((c, i) => {
        if (!needObject(`gate.checks[${i}]`, c, false)) return;
        need(`gate.checks[${i}].metric`, c.metric, 'string', false);
        need(`gate.checks[${i}].threshold`, c.threshold, 'string', false);
        for (const k of ['baseline', 'candidate', 'delta', 'p_value'])
          if (c[k] !== null) need(`gate.checks[${i}].${k}`, c[k], 'number', false);
        if (!['pass', 'improved', 'warn', 'fail', 'no-baseline'].includes(c.verdict as string))
          problems.push(`"gate.checks[${i}].verdict" must be pass, improved, warn, fail or no-baseline`);
        need(`gate.checks[${i}].test`, c.test, 'string', true);
        need(`gate.checks[${i}].reason`, c.reason, 'string', true);
      });
    if (g.warnings !== undefined) {
      if (!Array.isArray(g.warnings)) problems.push('"gate.warnings" must be a list');
      else g.warnings.forEach((w, i) => need(`gate.warnings[${i}]`, w, 'string', false));
    }
    if (g.examples_changed !== undefined) {
      if (!Array.isArray(g.examples_changed)) problems.push('"gate.examples_changed" must be a list');
      else
        g.examples_changed.forEach((x, i) => {
          if (!needObject(`gate.examples_changed[${i}]`, x, false)) return;
          for (const k of ['id', 'kind', 'metric', 'prediction', 'baseline_prediction', 'reference'])
            need(`gate.examples_changed[${i}].${k}`, x[k], 'string', false);
          for (const k of ['baseline', 'candidate'])
            need(`gate.examples_changed[${i}].${k}`, x[k], 'number', false);
        });
    }
    if (
      g.score_distribution !== undefined &&
      needObject('gate.score_distribution', g.score_distribution, false)
    ) {
      const d = g.score_distribution;
      need('gate.score_distribution.metric', d.metric, 'string', false);
      const counts = (name: string, v: unknown, nullable: boolean): void => {
        if (nullable && v === null) return;
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'number' || !Number.isFinite(x)))
          problems.push(`"gate.score_distribution.${name}" must be a list of numbers`);
      };
      counts('edges', d.edges, false);
      counts('baseline', d.baseline, true);
      counts('candidate', d.candidate, false);
    }
    if (obj(g.baseline_source))
      for (const k of ['created_at', 'commit', 'ref', 'fingerprint'])
        need(`gate.baseline_source.${k}`, g.baseline_source[k], 'string', true);
  }
  return problems[0] ?? null;
}
