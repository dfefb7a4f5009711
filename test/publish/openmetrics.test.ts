import { describe, expect, it } from 'vitest';
import {
  BENCH_FIELDS,
  escapeLabelValue,
  FAMILIES,
  formatValue,
  toOpenMetrics,
  toPrometheusText,
} from '../../src/publish/openmetrics.js';
import type { Result } from '../../src/result/schema.js';
import { loadResult } from './helpers.js';

const full = loadResult('full-result.json');
const minimal = loadResult('minimal-result.json');
const HOSTILE_CLASS = 'say "hi"\\ to\nthe {bird}';

interface Line {
  name: string;
  labels: string;
  value: string;
}

/** Structural checks of the exposition rules; returns the sample lines. */
function checkStructure(text: string, openMetrics: boolean): Line[] {
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.slice(0, -1).split('\n');
  if (openMetrics) expect(lines.at(-1)).toBe('# EOF');
  else expect(text).not.toContain('# EOF');
  const body = openMetrics ? lines.slice(0, -1) : lines;
  const finished = new Set<string>();
  const series = new Set<string>();
  const samples: Line[] = [];
  let current = '';
  let state: 'help' | 'type' | 'samples' = 'samples';
  for (const line of body) {
    const help = /^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (gauge)$/.exec(line);
    if (help) {
      expect(finished.has(help[1]), `family ${help[1]} appears twice`).toBe(false);
      if (current) finished.add(current);
      current = help[1];
      state = 'help';
      continue;
    }
    if (type) {
      expect(state).toBe('help');
      expect(type[1]).toBe(current);
      state = 'type';
      continue;
    }
    expect(line.startsWith('#'), `unexpected comment ${line}`).toBe(false);
    // name{label="value",...} value — values: no raw newline; \\ \" \n are the only escapes.
    const m =
      /^([a-zA-Z_:][a-zA-Z0-9_:]*)\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*",?)*)\} (\S+)$/.exec(
        line,
      );
    expect(m, `bad sample line: ${line}`).not.toBeNull();
    expect(m![1]).toBe(current);
    expect(state === 'type' || state === 'samples').toBe(true);
    state = 'samples';
    expect(series.has(`${m![1]}{${m![2]}}`), `duplicate series ${line}`).toBe(false);
    series.add(`${m![1]}{${m![2]}}`);
    expect(Number.isNaN(Number(m![3])) && m![3] !== 'NaN').toBe(false);
    samples.push({ name: m![1], labels: m![2], value: m![3] });
  }
  return samples;
}

function find(samples: Line[], name: string, ...labelParts: string[]): Line[] {
  return samples.filter((s) => s.name === name && labelParts.every((p) => s.labels.includes(p)));
}

describe('toOpenMetrics', () => {
  const text = toOpenMetrics(full, { gate: 'vision' });
  const samples = checkStructure(text, true);

  it('matches the reviewed golden file', async () => {
    await expect(text).toMatchFileSnapshot('../fixtures/publish/full-result.om.txt');
  });

  it('labels every series with gate, branch (from refs/heads/) and task; only run_info has the commit', () => {
    for (const s of samples) expect(s.labels).toMatch(/^gate="vision",branch="main",task="multiclass"/);
    const withCommit = samples.filter((s) => s.labels.includes('commit='));
    expect(withCommit).toEqual([
      {
        name: 'model_gate_run_info',
        labels:
          'gate="vision",branch="main",task="multiclass",commit="0123456789abcdef0123456789abcdef01234567",tool_version="0.1.0",dataset_fingerprint="sha256:3f2a9c"',
        value: '1',
      },
    ]);
    const explicit = toOpenMetrics(full, { gate: 'g', branch: 'refs/heads/feature/x', commit: 'abc' });
    expect(explicit).toContain('model_gate_examples{gate="g",branch="feature/x",task="multiclass"} 1000');
    expect(explicit).toContain(
      'model_gate_run_info{gate="g",branch="feature/x",task="multiclass",commit="abc",',
    );
  });

  it('writes the quality metrics with a metric label and omits null ones', () => {
    expect(find(samples, 'model_gate_metric', 'metric="accuracy"')[0].value).toBe('0.912');
    expect(find(samples, 'model_gate_metric', 'metric="log_loss"')[0].value).toBe('0.31');
    expect(find(samples, 'model_gate_metric', 'metric="cohen_kappa"')).toHaveLength(0);
    expect(find(samples, 'model_gate_metric')).toHaveLength(15);
  });

  it('writes bench figures in base units with a stat label', () => {
    expect(find(samples, 'model_gate_bench_wall_seconds', 'stat="median"')[0].value).toBe('1.25');
    expect(find(samples, 'model_gate_bench_peak_rss_bytes', 'stat="median"')[0].value).toBe('536870912');
    expect(find(samples, 'model_gate_bench_gpu_utilization_ratio', 'stat="median"')[0].value).toBe('0.57');
    expect(
      find(samples, 'model_gate_bench_latency_seconds', 'quantile="0.99"', 'stat="median"')[0].value,
    ).toBe('0.04');
    expect(
      find(samples, 'model_gate_bench_latency_seconds', 'quantile="0.5"', 'stat="median"')[0].value,
    ).toBe('0.0125');
    expect(find(samples, 'model_gate_bench_latency_seconds')).toHaveLength(4 * 5);
    expect(find(samples, 'model_gate_bench_runs')[0].value).toBe('5');
    for (const f of BENCH_FIELDS.values()) expect(find(samples, f.family).length).toBeGreaterThan(0);
    expect(text).not.toContain('some_future_field');
  });

  it('writes the verdict as a state set and a code, and the checks', () => {
    expect(find(samples, 'model_gate_verdict', 'verdict="fail"')[0].value).toBe('1');
    expect(find(samples, 'model_gate_verdict', 'verdict="pass"')[0].value).toBe('0');
    expect(find(samples, 'model_gate_verdict')).toHaveLength(4);
    expect(find(samples, 'model_gate_verdict_code')[0].value).toBe('2');
    expect(find(samples, 'model_gate_checks', 'verdict="fail"')[0].value).toBe('1');
    expect(find(samples, 'model_gate_checks', 'verdict="warn"')[0].value).toBe('1');
    const acc = 'metric="accuracy",threshold="max_regression 0.005"';
    expect(find(samples, 'model_gate_check_failed', acc)[0].value).toBe('1');
    expect(find(samples, 'model_gate_check_delta', acc)[0].value).toBe('-0.013');
    expect(find(samples, 'model_gate_check_p_value', acc)[0].value).toBe('0.0021');
    expect(find(samples, 'model_gate_check_ci_lower', acc)[0].value).toBe('-0.021');
    // Two checks on one metric stay two series (threshold label); null delta omitted.
    expect(find(samples, 'model_gate_check_failed', 'metric="accuracy"')).toHaveLength(2);
    expect(find(samples, 'model_gate_check_delta', 'threshold="min 0.9"')).toHaveLength(0);
    expect(
      find(samples, 'model_gate_check_verdict', 'metric="f1_macro"', 'verdict="improved"')[0].value,
    ).toBe('1');
  });

  it('writes n, input problems and the run timestamp', () => {
    expect(find(samples, 'model_gate_examples')[0].value).toBe('1000');
    expect(find(samples, 'model_gate_input_rows', 'kind="missing_predictions"')[0].value).toBe('2');
    expect(find(samples, 'model_gate_run_timestamp_seconds')[0].value).toBe('1740832496.789');
    expect(find(samples, 'model_gate_run_info', 'tool_version="0.1.0"')[0].value).toBe('1');
  });

  it('escapes label values taken from data files', () => {
    const escaped = escapeLabelValue(HOSTILE_CLASS);
    expect(escaped).toBe('say \\"hi\\"\\\\ to\\nthe {bird}');
    expect(find(samples, 'model_gate_class_metric', `class="${escaped}"`, 'metric="f1"')[0].value).toBe(
      '0.845',
    );
    const hostile = toOpenMetrics(full, { gate: 'a"b\\c\nd}', branch: 'x\ny', commit: '"' });
    const lines = checkStructure(hostile, true);
    expect(lines[0].labels).toContain('gate="a\\"b\\\\c\\nd}",branch="x\\ny",task="multiclass",commit="\\""');
  });

  it('bounds per-class series', () => {
    expect(find(samples, 'model_gate_class_metric')).toHaveLength(12);
    const few = checkStructure(toOpenMetrics(full, { gate: 'g' }, { maxClasses: 2 }), true);
    expect(find(few, 'model_gate_class_metric')).toHaveLength(0);
    expect(find(few, 'model_gate_classes')[0].value).toBe('3');
  });

  it('handles a minimal regression result (no bench, no gate, no source)', () => {
    const t = toOpenMetrics(minimal, { gate: 'reg' });
    const s = checkStructure(t, true);
    expect(s[0].labels).toBe(
      'gate="reg",task="regression",tool_version="0.1.0",dataset_fingerprint="sha256:1"',
    );
    expect(find(s, 'model_gate_metric')).toHaveLength(6);
    expect(t).not.toMatch(/model_gate_(bench|verdict|check|class)/);
  });

  it('never writes a duplicate series, even from duplicated checks', () => {
    const dup = structuredClone(full) as Result;
    dup.gate!.checks.push({ ...dup.gate!.checks[0], delta: 99 });
    const s = checkStructure(toOpenMetrics(dup, { gate: 'g' }), true);
    expect(find(s, 'model_gate_check_delta', 'threshold="max_regression 0.005"')[0].value).toBe('-0.013');
  });

  it('declares every family it writes, with help', () => {
    for (const s of samples) expect(FAMILIES[s.name]).toBeTruthy();
    for (const name of Object.keys(FAMILIES)) {
      expect(name).toMatch(/^model_gate_[a-z0-9_]+$/);
      expect(name).not.toMatch(/_total$/);
    }
  });
});

describe('toPrometheusText', () => {
  it('has the same samples as the OpenMetrics text, without # EOF', () => {
    const classic = toPrometheusText(full, { gate: 'vision' });
    const om = toOpenMetrics(full, { gate: 'vision' });
    expect(checkStructure(classic, false)).toEqual(checkStructure(om, true));
    expect(classic + '# EOF\n').toBe(om);
  });
});

describe('formatValue', () => {
  it('writes what Go ParseFloat reads', () => {
    expect(formatValue(NaN)).toBe('NaN');
    expect(formatValue(Infinity)).toBe('+Inf');
    expect(formatValue(-Infinity)).toBe('-Inf');
    expect(formatValue(-0)).toBe('0');
    expect(formatValue(1e21)).toBe('1e+21');
    expect(formatValue(1e-7)).toBe('1e-7');
  });
});
