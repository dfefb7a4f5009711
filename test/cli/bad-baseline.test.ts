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
    // Found by test/trust/fuzz.test.ts: sections of another type were "internal error"s.
    ['"statistics" a list', (r) => (r.statistics = []), /"statistics" must be an object \(found a list\)/],
    [
      '"statistics" without terms',
      (r) => (r.statistics = {}),
      /required field "statistics\.terms" is missing/,
    ],
    [
      'a string count in statistics',
      (r) => (r.statistics = { terms: { brier: { n: '60', sum: 1, sum_sq: 1 } } }),
      /"statistics\.terms\.brier\.n" must be an integer \(found a string\)/,
    ],
    ['"confusion" a number', (r) => (r.confusion = 1), /"confusion" must be an object \(found a number\)/],
    [
      'a negative confusion count',
      (r) => (r.confusion.counts[0][2] = -3),
      /"confusion\.counts\[0\]" must be \[true label, predicted label, count\]/,
    ],
    ['"per_class" a string', (r) => (r.per_class = 'x'), /"per_class" must be an object \(found a string\)/],
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

it('reads an overflowed statistics sum written as "inf" back as a number, not a malformed result', async () => {
  const dir = tempDir();
  const good = variant(dir, 'good.json', () => {});
  const inf = variant(dir, 'inf.json', (r) => {
    r.statistics = { terms: { brier: { n: 10, sum: 'inf', sum_sq: 'inf' } } };
  });
  const run = await runCli(['compare', '--baseline', inf, '--candidate', good]);
  expect([0, 1], run.stderr).toContain(run.code);
});
