import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { calibrationGrid, TOLERANCE_SE_MULTIPLE } from '../../src/compare/calibration.js';
// @ts-expect-error: a plain .mjs script (the README table generator), no type declarations
import { clopperPearson } from '../../scripts/calibration-table.mjs';

// Small enough for CI: a 5,000-row population, 10 pilot pairs, 4 trials of 200 rows.
const small = { metrics: ['accuracy', 'rmse'], sizes: [200], trials: 4, pilot: 10, populationRows: 5_000 };

describe('calibration grid', () => {
  it('shards add up to the whole grid, trial for trial', { timeout: 120_000 }, () => {
    const whole = calibrationGrid(small);
    const parts = [0, 1].map((index) => calibrationGrid({ ...small, shard: { index, count: 2 } }));
    expect(parts[0].plans).toEqual(whole.plans);
    for (const cell of whole.cells) {
      const pieces = parts.map((p) =>
        p.cells.find((c) => c.metric === cell.metric && c.design === cell.design)!,
      );
      for (const k of [
        'trials',
        'aa_fail',
        'aa_warn',
        'aa_inconclusive',
        'power_fail',
        'power_inconclusive',
      ] as const)
        expect(pieces[0][k] + pieces[1][k], `${cell.metric} ${cell.design} ${k}`).toBe(cell[k]);
    }
    expect(whole.cells.map((c) => `${c.metric}/${c.design}`)).toEqual([
      'accuracy/paired',
      'accuracy/unpaired',
      'rmse/paired',
      'rmse/unpaired',
    ]);
    expect(whole.cells.every((c) => c.trials === 4)).toBe(true);
  });

  it('asks each n a question it can answer: δ = 3 sd of the delta at the 2δ candidate', () => {
    const { plans } = calibrationGrid({ ...small, trials: 0 });
    for (const p of plans) {
      expect(p.tolerance).toBeCloseTo(TOLERANCE_SE_MULTIPLE * p.sd_alternative, 12);
      // A worse candidate is at least as noisy as the baseline (up to the pilot's own noise).
      expect(p.sd_alternative).toBeGreaterThan(0.8 * p.sd);
      expect(p.rho_power).toBeGreaterThan(0);
      expect(p.rho_power).toBeLessThanOrEqual(1);
      // Reachable: an ideal test's power is Φ(3 − z₀.₉₅) = 91.2% by construction.
      if (p.reachable) expect(p.ideal_power).toBeCloseTo(0.9123, 3);
    }
    expect(plans.find((p) => p.metric === 'rmse')!.reachable).toBe(true);
    // The accuracy delta of two independent ≈ 0.77-accurate models on 200 rows: √(2·0.77·0.23/200) ≈ 0.042.
    expect(plans[0].sd).toBeGreaterThan(0.025);
    expect(plans[0].sd).toBeLessThan(0.06);
  });

  it(
    'puts the 2δ candidate at a true 2δ worsening at n = 20,000 (population sample ≫ n)',
    { timeout: 120_000 },
    () => {
      // log_loss is a mean, so its expected worsening is exactly linear in ρ: each regressed row
      // trades a U(0.35, 1) score on its class for a U(0, 1) one, 1 − E[−ln U(0.35, 1)] nats worse.
      // With a 100,000-row population the curve said 0.605 (+7%) at ρ ≈ 0.026: the candidate was
      // worse by 1.87δ, not 2δ, and the power cells read ≈ 70% against an ideal 91%.
      const a = 0.35;
      const perRow = 1 - (1 - a + a * Math.log(a)) / (1 - a);
      const { plans } = calibrationGrid({ metrics: ['log_loss'], sizes: [20_000], trials: 0, pilot: 10 });
      const p = plans[0];
      expect(p.reachable).toBe(true);
      expect(p.rho_power).toBeLessThan(0.1);
      expect(p.power_worsening / p.rho_power / perRow).toBeGreaterThan(0.97);
      expect(p.power_worsening / p.rho_power / perRow).toBeLessThan(1.03);
    },
  );
});

describe('the README table generator', () => {
  it('exact binomial bounds equal scipy.stats.beta quantiles (Clopper–Pearson)', () => {
    // /usr/bin/python3: beta.ppf(0.025, k, n − k + 1), beta.ppf(0.975, k + 1, n − k)
    const cases: [number, number, number, number][] = [
      [0, 100, 0, 0.03621669264517641],
      [5, 100, 0.016431879182052155, 0.11283491110546275],
      [80, 100, 0.7081573109113719, 0.8733444478980441],
      [100, 100, 0.9637833073548235, 1],
      [3, 200, 0.003104107621553509, 0.0432082819177126],
    ];
    for (const [k, n, lo, hi] of cases) {
      const [l, h] = clopperPearson(k, n);
      expect(l).toBeCloseTo(lo, 9);
      expect(h).toBeCloseTo(hi, 9);
    }
  });

  it("README's Calibration table is what the committed bench/calibration.json generates", () => {
    const r = spawnSync(process.execPath, ['scripts/calibration-table.mjs', '--check'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });
});
