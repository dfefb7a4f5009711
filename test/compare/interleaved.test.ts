/**
 * compareResults on an interleaved run: the bench checks compare the candidate's runs with its own
 * `bench.against` series — not the stored baseline's timings, whatever host they came from — and
 * decide even with no stored baseline at all.
 */
import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/compare/index.js';
import { parseGateConfig } from '../../src/config/index.js';
import type { BenchResult } from '../../src/result/schema.js';
import { bench, classification, resultOf } from './helpers.js';

const c = classification(100, 0.9, 1);
const walls = (scale: number) =>
  [1.0, 1.03, 0.98, 1.01, 0.99, 1.02, 1.015, 0.97, 1.04, 1.005].map((v) => v * scale);
const config = parseGateConfig(
  'metrics:\n  accuracy: { max_regression: 0.5 }\n  bench.wall_seconds: { max_regression: "10%" }\n',
  'gate.yml',
);
function interleaved(candidate: number[], against: number[], host = 'host-A'): BenchResult {
  const b = bench({ wall_seconds: candidate }, host);
  const a = bench({ wall_seconds: against }, host);
  b.against = {
    command: ['old'],
    runs: a.runs,
    summary: a.summary,
    order: 'interleaved',
    pairs: against.length,
    noise_floor: {},
  };
  return b;
}
const gate = (cand: BenchResult, stored: BenchResult | null) =>
  compareResults({
    baseline: stored === null ? null : resultOf(c, 'fp', { bench: stored }),
    candidate: resultOf(c, 'fp', { bench: cand }),
    baselineExamples: null,
    candidateExamples: null,
    config,
  });
const wall = (g: ReturnType<typeof gate>) => g.checks.find((x) => x.metric === 'bench.wall_seconds')!;

describe('compareResults: bench checks of an interleaved run', () => {
  it('compare with bench.against, not with the stored baseline (which would say the opposite)', () => {
    const slowStored = bench({ wall_seconds: walls(2) }, 'host-A');
    const g = gate(interleaved(walls(1.3), walls(1)), slowStored);
    expect(wall(g)).toMatchObject({ verdict: 'fail', test: 'mann-whitney-exact' });
    expect(wall(g).baseline).toBeCloseTo(1.0075, 12);
    const fine = gate(
      interleaved(walls(1), walls(1).reverse()),
      bench({ wall_seconds: walls(0.5) }, 'host-A'),
    );
    expect(wall(fine).verdict).toBe('pass');
  });

  it('no host-mismatch downgrade or warning: both series come from this machine', () => {
    const g = gate(interleaved(walls(1.3), walls(1), 'host-B'), bench({ wall_seconds: walls(1) }, 'host-A'));
    expect(wall(g).verdict).toBe('fail');
    expect(g.warnings.join(' ')).not.toMatch(/different host/);
  });

  it('decide without any stored baseline; the quality metrics stay "no baseline"', () => {
    const g = gate(interleaved(walls(1.3), walls(1)), null);
    expect(wall(g).verdict).toBe('fail');
    expect(g.checks.find((x) => x.metric === 'accuracy')!.verdict).toBe('no-baseline');
    expect(g.verdict).toBe('fail');
    const pass = gate(interleaved(walls(1), walls(1)), null);
    expect(wall(pass).verdict).toBe('pass');
    expect(pass.verdict).toBe('pass');
  });

  it('a run without against compares with the stored baseline as before', () => {
    const g = gate(bench({ wall_seconds: walls(1.3) }), bench({ wall_seconds: walls(1) }));
    expect(wall(g).verdict).toBe('fail');
    expect(
      gate(bench({ wall_seconds: walls(1.3) }), null).checks.every((x) => x.verdict === 'no-baseline'),
    ).toBe(true);
  });
});
