import { mkdtempSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArtifactInfo } from '../../src/action/artifact-api.js';
import { pickBaselineArtifact } from '../../src/action/baseline-artifact.js';
import { parsePrInfo } from '../../src/action/report-artifact.js';
import { withRetries } from '../../src/action/retries.js';
import {
  BaselineValidationError,
  checkBaselinePath,
  materializeBaseline,
} from '../../src/action/untrusted-baseline.js';

const REPO = 4242;
const art = (
  id: number,
  o: Partial<ArtifactInfo['workflow_run']> & { created?: string; expired?: boolean } = {},
): ArtifactInfo => ({
  id,
  name: 'model-gate-baseline',
  expired: o.expired ?? false,
  created_at: o.created ?? `2025-01-0${Math.min(9, id)}T00:00:00Z`,
  workflow_run: { id: id * 10, head_branch: 'main', head_repository_id: REPO, head_sha: `sha${id}`, ...o },
});

const result = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ schema: 'model-gate/result@1', task: 'binary', n: 3, metrics: { accuracy: 1 }, ...extra });

describe('choosing the baseline artifact', () => {
  const c = { branch: 'main', repositoryId: REPO, now: new Date('2025-02-01T00:00:00Z') };
  it('takes the newest usable one', () => {
    expect(pickBaselineArtifact([art(1), art(3), art(2)], c)?.id).toBe(3);
  });
  it("prefers the PR base commit's artifact", () => {
    expect(pickBaselineArtifact([art(1), art(3), art(2)], { ...c, preferSha: 'sha2' })?.id).toBe(2);
    expect(pickBaselineArtifact([art(1), art(3)], { ...c, preferSha: 'unknown' })?.id).toBe(3);
  });
  it('ignores expired artifacts, other branches, and forks with a branch of the same name', () => {
    const list = [
      art(1),
      art(5, { expired: true }),
      art(6, { head_branch: 'dev' }),
      art(7, { head_repository_id: 999 }),
      art(8, { head_repository_id: null }),
    ];
    expect(pickBaselineArtifact(list, c)?.id).toBe(1);
    expect(pickBaselineArtifact([art(7, { head_repository_id: 999 })], c)).toBeUndefined();
    expect(pickBaselineArtifact([{ ...art(4), expires_at: '2025-01-15T00:00:00Z' }], c)).toBeUndefined();
  });
});

describe('an untrusted baseline archive', () => {
  const target = () => join(mkdtempSync(join(tmpdir(), 'mg-bl-')), 'baseline');

  it('writes only result.json and the examples file it names', async () => {
    const dir = target();
    const v = await materializeBaseline(
      [
        {
          name: 'result.json',
          data: Buffer.from(
            result({ examples: { file: 'examples.jsonl', format: 'model-gate/examples@1', rows: 3 } }),
          ),
        },
        { name: 'examples.jsonl', data: Buffer.from('{}\n') },
        { name: 'report.html', data: Buffer.from('<html>') },
        { name: 'nested/evil.sh', data: Buffer.from('#!/bin/sh') },
      ],
      dir,
    );
    expect(readdirSync(dir).sort()).toEqual(['examples.jsonl', 'result.json']);
    expect(v.ignored.sort()).toEqual(['nested/evil.sh', 'report.html']);
  });

  it.each([
    [[], /no result.json/],
    [[{ name: 'result.json', data: Buffer.from('{nope') }], /not valid JSON/],
    [[{ name: 'result.json', data: Buffer.from('{"schema":"other@2"}') }], /expected "model-gate\/result@1"/],
    [
      [{ name: 'result.json', data: Buffer.from(result({ examples: { file: '../x' } })) }],
      /unsafe examples file/,
    ],
  ])('rejects %#', async (files, why) => {
    await expect(materializeBaseline(files, target())).rejects.toThrow(why);
  });

  it('drops a missing examples sidecar with a warning (no paired tests)', async () => {
    const v = await materializeBaseline(
      [{ name: 'result.json', data: Buffer.from(result({ examples: { file: 'ex.jsonl' } })) }],
      target(),
    );
    expect(v.warnings[0]).toMatch(/paired tests/);
    expect(v.result.examples).toBeUndefined();
  });
});

describe('a baseline given as a path', () => {
  it('accepts a folder or a result.json, refuses symbolic links and bad documents', async () => {
    const d = mkdtempSync(join(tmpdir(), 'mg-bp-'));
    mkdirSync(join(d, 'ok'));
    writeFileSync(join(d, 'ok', 'result.json'), result());
    await expect(checkBaselinePath(join(d, 'ok'))).resolves.toBe(join(d, 'ok'));
    await expect(checkBaselinePath(join(d, 'ok', 'result.json'))).resolves.toBeTruthy();
    symlinkSync(join(d, 'ok'), join(d, 'link'));
    await expect(checkBaselinePath(join(d, 'link'))).rejects.toThrow(/symbolic link/);
    mkdirSync(join(d, 'inner'));
    symlinkSync(join(d, 'ok', 'result.json'), join(d, 'inner', 'result.json'));
    await expect(checkBaselinePath(join(d, 'inner'))).rejects.toThrow(/symbolic link/);
    await expect(checkBaselinePath(join(d, 'missing'))).rejects.toThrow(/does not exist/);
    writeFileSync(join(d, 'bad.json'), '[]');
    await expect(checkBaselinePath(join(d, 'bad.json'))).rejects.toThrow(BaselineValidationError);
  });
});

describe('retries and pr.json', () => {
  it('retries transient failures with backoff, not permanent ones', async () => {
    let n = 0;
    const delays: number[] = [];
    const v = await withRetries(
      async () => {
        if (++n < 3) throw Object.assign(new Error('boom'), { status: 503 });
        return 'ok';
      },
      { attempts: 3, baseDelayMs: 1, onRetry: (_e, _a, d) => delays.push(d) },
    );
    expect([v, n, delays]).toEqual(['ok', 3, [1, 2]]);
    let m = 0;
    await expect(
      withRetries(
        async () => {
          m++;
          throw Object.assign(new Error('gone'), { status: 410 });
        },
        { attempts: 3, baseDelayMs: 1 },
      ),
    ).rejects.toThrow('gone');
    expect(m).toBe(1);
  });

  it("stops at the deadline's signal: no further attempt, and the wait between attempts ends early", async () => {
    const controller = new AbortController();
    let n = 0;
    const reason = new Error('the deadline');
    const pending = withRetries(
      async () => {
        n++;
        setTimeout(() => controller.abort(reason), 5);
        throw Object.assign(new Error('boom'), { status: 503 });
      },
      // A wait of an hour: only the signal can end it.
      { attempts: 3, baseDelayMs: 3_600_000, signal: controller.signal },
    );
    await expect(pending).rejects.toBe(reason);
    expect(n).toBe(1);
  });

  it('pr.json needs a positive integer number and a commit sha', () => {
    const ok = parsePrInfo(Buffer.from(JSON.stringify({ number: 7, head_sha: 'a'.repeat(40), name: 'x' })));
    expect(ok.number).toBe(7);
    for (const bad of [
      { number: '7', head_sha: 'a'.repeat(40) },
      { number: 7.5, head_sha: 'a'.repeat(40) },
      { number: -1, head_sha: 'a'.repeat(40) },
      { number: 7, head_sha: 'main; rm -rf' },
    ]) {
      expect(() => parsePrInfo(Buffer.from(JSON.stringify(bad)))).toThrow(BaselineValidationError);
    }
    expect(() => parsePrInfo(undefined)).toThrow(/no pr.json/);
    expect(() => parsePrInfo(Buffer.from('nope'))).toThrow(/not valid JSON/);
  });
});
