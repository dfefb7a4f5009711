import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/compare/index.js';
import { parseGateConfig } from '../../src/config/index.js';

describe('simulate', () => {
  it('n=3000, accuracy 0.90, max_regression 0.005: ≤5% A/A false alarms, ≥95% detection of a 4-point drop', () => {
    const config = parseGateConfig(
      'significance: 0.05\nmetrics:\n  accuracy: { max_regression: 0.005 }\n',
      'gate.yml',
    );
    const t0 = performance.now();
    const r = simulate({ n: 3000, accuracy: 0.9, drop: 0.04, config, trials: 200, seed: 1 });
    const ms = performance.now() - t0;
    console.log(
      `simulate n=3000 acc=0.90 δ=0.005 drop=0.04 200 trials (${ms.toFixed(0)} ms)\n` +
        `  significance 0.05: false alarms ${(100 * r.config.false_alarm_rate).toFixed(1)}% (warn ${(100 * r.config.false_warn_rate).toFixed(1)}%), detection ${(100 * r.config.detection_rate).toFixed(1)}%\n` +
        `  significance off : false alarms ${(100 * r.significance_off.false_alarm_rate).toFixed(1)}%, detection ${(100 * r.significance_off.detection_rate).toFixed(1)}%`,
    );
    expect(r.config.false_alarm_rate).toBeLessThanOrEqual(0.05);
    expect(r.config.detection_rate).toBeGreaterThanOrEqual(0.95);
    // Plain thresholds alarm far more often on A/A noise: why the statistics matter.
    expect(r.significance_off.false_alarm_rate).toBeGreaterThan(r.config.false_alarm_rate);
    expect(r.significance_off.detection_rate).toBeGreaterThanOrEqual(0.95);
    expect(ms).toBeLessThan(10_000);
  });
  it('is deterministic for a seed', () => {
    const config = parseGateConfig('metrics:\n  accuracy: { max_regression: 0.005 }\n', 'gate.yml');
    const a = simulate({ n: 500, accuracy: 0.8, drop: 0.05, config, trials: 20, seed: 7 });
    const b = simulate({ n: 500, accuracy: 0.8, drop: 0.05, config, trials: 20, seed: 7 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
