import { describe, expect, it } from 'vitest';
import { psiToleranceTest } from '../../src/monitor/drift-test.js';
import { populationPsi, simulateDriftCell } from '../../src/monitor/simulate.js';

// The A/A test of the decision rule (docs/monitoring.md, "The drift decision"): identical
// populations alarm at most α; shifts below the tolerance do not alarm even at large n; a shift
// above it does. The chi-square test (τ = 0) checks that the null distribution is the right one.
describe('the PSI tolerance test', () => {
  it('identical populations: no alarm at n = 1,000 (400 trials); the τ = 0 test alarms ≈ α', () => {
    const cell = simulateDriftCell(1000, 0, 400, 11, 0.1, 0.05);
    expect(cell.tolerance_alarms).toBeLessThanOrEqual(400 * 0.05);
    expect(cell.tolerance_alarms).toBe(0);
    // α = 5 %: 400 trials put the count in [8, 32] with probability > 99.9 %.
    expect(cell.chi_square_alarms).toBeGreaterThanOrEqual(8);
    expect(cell.chi_square_alarms).toBeLessThanOrEqual(32);
  });

  it('a tiny shift (PSI ≈ 0.0025) never alarms at n = 200,000, where KS and chi-square always do', () => {
    const cell = simulateDriftCell(200_000, 0.05, 5, 12, 0.1, 0.05);
    expect(cell.tolerance_alarms).toBe(0);
    expect(cell.ks_alarms).toBe(5);
    expect(cell.chi_square_alarms).toBe(5);
  });

  it('a shift well above the tolerance (PSI ≈ 0.23) alarms at n = 5,000', () => {
    expect(populationPsi(0.5)).toBeGreaterThan(0.2);
    const cell = simulateDriftCell(5000, 0.5, 20, 13, 0.1, 0.05);
    expect(cell.tolerance_alarms).toBe(20);
  });

  it('the bound and the bias correction: PSI at its null mean gives a zero bound; a single bin is no test', () => {
    const n = 1000;
    const nullMean = 9 * (2 / n);
    const t = psiToleranceTest(nullMean, 10, n, n, 0.1, 0.05);
    expect(t.psi_lower).toBe(0);
    expect(t.psi_bias_corrected).toBeCloseTo(0, 12);
    expect(t.p_value).toBeGreaterThan(0.99);
    expect(psiToleranceTest(0, 1, n, n, 0.1, 0.05)).toMatchObject({ p_value: 1, df: 0 });
    const big = psiToleranceTest(0.5, 10, n, n, 0.1, 0.05);
    expect(big.p_value).toBeLessThan(1e-6);
    expect(big.psi_lower).toBeGreaterThan(0.1);
    expect(big.psi_lower).toBeLessThan(0.5);
  });
});
