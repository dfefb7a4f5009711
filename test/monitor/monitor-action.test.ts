/** The Action's `mode: monitor`, through the built action bundle (dist/index.js) as a runner runs it. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleExists, runActionBundle } from '../support/action-runner.js';
import { pushEvent } from '../support/events.js';
import { GitHubStandin } from '../support/github-standin.js';
import { dependencyPresent } from '../support/require-dependency.js';

const SHA = '1111111111111111111111111111111111111111';

function lines(shift: number): string {
  const out = ['id,p_1,prediction,latency_ms,error'];
  for (let i = 0; i < 2000; i++) {
    // A deterministic spread of scores in (0, 1), shifted for the drifted window.
    const p = Math.min(0.999, Math.max(0.001, ((i * 0.618034) % 1) * (1 - shift) + shift));
    out.push(`r${i},${p.toFixed(4)},${p > 0.5 ? 1 : 0},${5 + (i % 50)},${i % 100 === 0 ? 'timeout' : ''}`);
  }
  return out.join('\n') + '\n';
}

describe.skipIf(!dependencyPresent('the action bundle', bundleExists(), 'npm run build'))(
  'Action mode: monitor',
  () => {
    let gh: GitHubStandin;
    let workspace: string;
    beforeAll(async () => {
      gh = await new GitHubStandin().start();
      workspace = mkdtempSync(join(tmpdir(), 'model-gate-ws-'));
      writeFileSync(join(workspace, 'reference.csv'), lines(0));
      cpSync(join(workspace, 'reference.csv'), join(workspace, 'same.csv'));
      writeFileSync(join(workspace, 'drifted.csv'), lines(0.4));
    });
    afterAll(async () => {
      await gh?.stop();
    });

    const run = (window: string) =>
      runActionBundle({
        standin: gh,
        workspace,
        inputs: {
          mode: 'monitor',
          window,
          reference: 'reference.csv',
          'latency-column': 'latency_ms',
          'error-column': 'error',
          'out-dir': 'monitor-out',
          'github-token': gh.token,
        },
        eventName: 'schedule',
        payload: pushEvent(
          { owner: gh.owner, repo: gh.repo, repoId: gh.repoId, defaultBranch: gh.defaultBranch },
          'refs/heads/main',
          SHA,
        ),
        ref: 'refs/heads/main',
        sha: SHA,
        runId: 1,
      });

    it('no drift: exit 0, alarm "false", monitor.json and the job summary written', async () => {
      const r = await run('same.csv');
      expect(r.code, r.stderr + r.stdout).toBe(0);
      expect(r.outputs.alarm).toBe('false');
      const result = JSON.parse(readFileSync(join(workspace, r.outputs['monitor-result']), 'utf8'));
      expect(result.errors).toMatchObject({ rows: 2000, failed: 20 });
      expect(r.summary).toContain('model-gate monitor: 🟢 no alarm');
    });

    it('drift: exit 1, alarm "true", an error annotation naming the column', async () => {
      const r = await run('drifted.csv');
      expect(r.code, r.stderr + r.stdout).toBe(1);
      expect(r.outputs.alarm).toBe('true');
      const errors = r.commands.filter((c) => c.command === 'error').map((c) => c.message);
      expect(errors.join('\n')).toMatch(/p_1 drifted: PSI/);
      expect(readFileSync(join(workspace, r.outputs['monitor-report']), 'utf8')).toContain('🔴 alarm');
    });

    it('a missing window input is exit 2 with the reason', async () => {
      const r = await run('');
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toContain('input "window" is required in mode "monitor"');
    });
  },
);
