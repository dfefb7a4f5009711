import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';

const root = join(import.meta.dirname, '../..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares every input the action reads, each with a description and a default', () => {
    const read = new Set<string>();
    readInputs((name) => {
      read.add(name);
      return name === 'predictions' ? 'p.csv' : '';
    });
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort());
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect(spec.description, name).toBeTruthy();
      expect(spec.default, name).not.toBeUndefined();
    }
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
  });

  it('declares the outputs of the contract', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([
      'alarm',
      'comment-url',
      'monitor-report',
      'monitor-result',
      'regressions',
      'report',
      'result',
      'verdict',
    ]);
  });

  it('examples only use declared inputs', () => {
    const dir = join(root, 'examples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      const wf = parse(readFileSync(join(dir, f), 'utf8')) as {
        jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      if (!wf.jobs) continue; // a Prometheus rule file (prometheus-alerts*.yml), not a workflow
      const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);
      const ours = steps.filter((s) => s.uses?.startsWith('OWNER/model-gate@'));
      // The matrix example drives the CLI (merge + compare), not the action.
      const usesCli = steps.some((s) =>
        /MODEL_GATE|model-gate (merge|compare|run)/.test(String((s as { run?: string }).run)),
      );
      expect(ours.length > 0 || usesCli, f).toBe(true);
      for (const s of ours)
        for (const k of Object.keys(s.with ?? {})) expect(action.inputs, `${f}: ${k}`).toHaveProperty(k);
    }
  });
});
