/* eslint-disable @typescript-eslint/no-explicit-any -- JSON documents edited in place */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectUserError, runCli, tempDir, writeFixture } from './helpers.js';

// A result.json that breaks the schema is a one-paragraph exit 2 naming the field, in `compare`
// as a baseline or as a candidate, never "internal error".
const FIXTURE = join(import.meta.dirname, '../fixtures/report/binary-gate.json');

function variant(dir: string, name: string, edit: (r: Record<string, unknown>) => void): string {
  const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  delete doc.examples;
  edit(doc);
  return writeFixture(dir, name, JSON.stringify(doc));
}

describe.concurrent('compare with a bad result.json', () => {
  const cases: [string, (r: Record<string, any>) => void, RegExp][] = [
    ['candidate without "tool"', (r) => delete r.tool, /required field "tool" is missing/],
    [
      'numeric source.commit',
      (r) => (r.source.commit = 12345),
      /"source\.commit" must be a string \(found a number\)/,
    ],
    [
      'accuracy -5',
      (r) => (r.metrics.accuracy = -5),
      /"metrics\.accuracy" is -5, outside its possible range 0\.\.1/,
    ],
    [
      'string cpu_cores',
      (r) => (r.bench = { runs: [], host: { cpu_cores: '<b>8</b>' } }),
      /"bench\.host\.cpu_cores" must be a number \(found a string\)/,
    ],
  ];
  it.each(cases)('%s: exit 2 naming the field', async (_label, edit, why) => {
    const dir = tempDir();
    const good = variant(dir, 'good.json', () => {});
    const bad = variant(dir, 'bad.json', edit);
    for (const args of [
      ['--baseline', good, '--candidate', bad],
      ['--baseline', bad, '--candidate', good],
    ]) {
      const message = expectUserError(await runCli(['compare', ...args]));
      expect(message).toMatch(why);
      expect(message).toContain('bad.json');
    }
  });
});
