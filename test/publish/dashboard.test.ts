import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFamilies } from '../../src/publish/openmetrics.js';
import { loadResult } from './helpers.js';

const dashboard = JSON.parse(
  readFileSync(new URL('../../examples/grafana-dashboard.json', import.meta.url), 'utf8'),
);
const families = buildFamilies(loadResult('full-result.json'), { gate: 'vision' });
/** family → label names it carries (plus what the Pushgateway adds). */
const emitted = new Map(
  families.map((f) => [
    f.name,
    new Set([...f.samples.flatMap((s) => s.labels.map(([k]) => k)), 'job', 'instance']),
  ]),
);

/** Every PromQL string in the dashboard: panel target exprs and variable queries. */
function queries(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) queries(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'expr' || k === 'definition') && typeof v === 'string') out.push(v);
      else if (
        k === 'query' &&
        typeof v === 'object' &&
        v &&
        typeof (v as { query?: unknown }).query === 'string'
      ) {
        out.push((v as { query: string }).query);
      } else queries(v, out);
    }
  }
  return out;
}

describe('examples/grafana-dashboard.json', () => {
  const all = queries(dashboard);

  it('is a Grafana dashboard with datasource, gate and branch variables', () => {
    expect(dashboard.schemaVersion).toBe(39);
    const vars = dashboard.templating.list as { name: string; type: string; query: unknown }[];
    expect(vars.find((v) => v.name === 'datasource')).toMatchObject({
      type: 'datasource',
      query: 'prometheus',
    });
    for (const name of ['gate', 'branch']) {
      const v = vars.find((x) => x.name === name);
      expect(v?.type).toBe('query');
      expect(JSON.stringify(v?.query)).toMatch(/label_values\(model_gate_/);
    }
    const ids = (dashboard.panels as { id: number }[]).map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of dashboard.panels as { type: string; datasource?: { uid: string } }[]) {
      if (p.type !== 'row') expect(p.datasource?.uid).toBe('${datasource}');
    }
  });

  it('uses only series names that toOpenMetrics emits for a full result', () => {
    const used = new Set(all.flatMap((q) => q.match(/\bmodel_gate_[a-z0-9_]+\b/g) ?? []));
    expect(used.size).toBeGreaterThanOrEqual(10);
    for (const name of used) expect(emitted.has(name), `${name} is not emitted`).toBe(true);
  });

  it('selects and groups only by labels those series carry', () => {
    for (const q of all) {
      for (const m of q.matchAll(/\b(model_gate_[a-z0-9_]+)\{([^}]*)\}/g)) {
        for (const l of m[2].matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)/g)) {
          expect(emitted.get(m[1])?.has(l[1]), `${m[1]} has no label ${l[1]} (in ${q})`).toBe(true);
        }
        const by = /by \(([^)]*)\)\s*\(\s*$/.exec(q.slice(0, m.index));
        for (const l of by?.[1].split(',').map((s) => s.trim()) ?? []) {
          expect(emitted.get(m[1])?.has(l), `${m[1]} has no label ${l} (in ${q})`).toBe(true);
        }
      }
      for (const m of q.matchAll(/label_values\((model_gate_[a-z0-9_]+)[^,]*,\s*([a-z_]+)\)/g)) {
        expect(emitted.get(m[1])?.has(m[2])).toBe(true);
      }
    }
  });
});
