import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

// End to end: the committed sklearn cases, as CSV files, through the real CLI bundle (reader,
// join, metrics, result.json). The metric engine's own tests check the same numbers in-process.
interface Case {
  name: string;
  task: 'binary' | 'multiclass' | 'regression';
  positive: string | null;
  score_classes: string[] | null;
  expected: Record<string, number | null>;
}
const fixtures = 'test/fixtures/metrics';
const { cases } = JSON.parse(readFileSync(`${fixtures}/cases.json`, 'utf8')) as { cases: Case[] };

function flagsFor(c: Case): string[] {
  const header = readFileSync(`${fixtures}/${c.name}.csv`, 'utf8').split(/\r?\n/, 1)[0];
  const flags = [
    'evaluate',
    '--predictions',
    `${fixtures}/${c.name}.csv`,
    '--task',
    c.task,
    '--format',
    'json',
  ];
  if (c.task === 'binary' && header.split(',').includes('score')) flags.push('--score-column', 'score');
  if (c.task === 'multiclass' && c.score_classes) flags.push('--score-prefix', 'p_');
  if (c.positive !== null && c.task === 'binary') flags.push('--positive-label', c.positive);
  if (c.name.startsWith('missing_')) flags.push('--missing', 'count-as-wrong');
  return flags;
}

function close(actual: number | null | undefined, expected: number | null): boolean {
  if (expected === null) return actual === null;
  if (typeof actual !== 'number') return false;
  return Math.abs(actual - expected) <= Math.max(1e-9 * Math.abs(expected), 1e-12);
}

describe('evaluate through the CLI matches scikit-learn 1.2', () => {
  // A single class with a positive label absent from the data is refused by the reader, by design.
  for (const c of cases.filter((c) => c.name !== 'single_class')) {
    it(c.name, async () => {
      const run = await runCli(flagsFor(c));
      expect(run.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
      expect(run.code, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(result.schema).toBe('model-gate/result@1');
      const mismatches = Object.entries(c.expected)
        .filter(([name, value]) => !close(result.metrics[name], value))
        .map(([name, value]) => `${name}: expected ${value}, got ${result.metrics[name]}`);
      expect(mismatches).toEqual([]);
    });
  }
});
