/**
 * examples/prometheus-alerts.yml through Prometheus' own tool: `promtool check rules` (syntax,
 * PromQL, templates) and `promtool test rules` on the committed unit tests
 * (examples/prometheus-alerts.test.yml). A broken copy of the tests must fail, so a passing run
 * means the expectations were really checked.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyPresent } from '../support/require-dependency.js';
import { tempDir } from '../cli/helpers.js';
import { findPrometheusTool } from './helpers.js';

const EXAMPLES = resolve('examples');
const RULES = join(EXAMPLES, 'prometheus-alerts.yml');
const TESTS = join(EXAMPLES, 'prometheus-alerts.test.yml');
const promtool = findPrometheusTool('promtool');
const hasPromtool = dependencyPresent('promtool', Boolean(promtool), 'apt-get install prometheus');

function run(args: string[], cwd: string): { code: number | null; out: string } {
  const r = spawnSync(promtool!, args, { cwd, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!hasPromtool)('examples/prometheus-alerts.yml (promtool)', () => {
  it('passes promtool check rules', () => {
    const r = run(['check', 'rules', RULES], EXAMPLES);
    expect(r.out).toMatch(/SUCCESS: 7 rules found/);
    expect(r.code, r.out).toBe(0);
  });

  it('passes its unit tests (promtool test rules)', () => {
    const r = run(['test', 'rules', TESTS], EXAMPLES);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/SUCCESS/);
  });

  it('has a test for each alert, and each alert fires in one', () => {
    const rules = readFileSync(RULES, 'utf8');
    const tests = readFileSync(TESTS, 'utf8');
    const alerts = [...rules.matchAll(/^\s+- alert: (\w+)$/gm)].map((m) => m[1]);
    expect(alerts).toEqual([
      'ModelGateMetricBelowBound',
      'ModelGateFailingOnDefaultBranch',
      'ModelGateResultStale',
      'ModelGateP99LatencyUp',
      'ModelGatePushRejected',
    ]);
    for (const a of alerts) {
      const fired = new RegExp(`alertname: ${a}\\n\\s+exp_alerts:\\n\\s+- exp_labels:`);
      expect(tests, `${a} fires in a test`).toMatch(fired);
    }
  });

  it('fails when an expectation is wrong (the tests are really checked)', () => {
    const dir = tempDir('model-gate-promtool-');
    copyFileSync(RULES, join(dir, 'prometheus-alerts.yml'));
    const broken = readFileSync(TESTS, 'utf8').replace(
      "summary: 'accuracy of vision on main is 0.88, below its bound'",
      "summary: 'accuracy of vision on main is 0.87, below its bound'",
    );
    expect(broken).not.toBe(readFileSync(TESTS, 'utf8'));
    writeFileSync(join(dir, 'prometheus-alerts.test.yml'), broken);
    const r = run(['test', 'rules', 'prometheus-alerts.test.yml'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAILED/);
    expect(r.out).toContain('ModelGateMetricBelowBound');
  });
});
