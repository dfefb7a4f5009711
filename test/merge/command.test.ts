import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { TerminalLogger } from '../../src/cli/terminal-logger.js';
import { mergeCommand } from '../../src/cli/commands/merge.js';
import { GateError, UsageError } from '../../src/errors.js';
import type { Result } from '../../src/result/schema.js';
import { silentLogger, type Logger } from '../../src/util/progress.js';
import { binaryDataset, evaluateRows, randomSplit, tempDir, writeShard } from './helpers.js';

function captureStdout(): { text: () => string } {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  return { text: () => out };
}

afterEach(() => {
  vi.restoreAllMocks();
});

async function shards(k: number, seed: number): Promise<{ dirs: string[]; whole: Result }> {
  const ds = binaryDataset(600, seed);
  const whole = await evaluateRows(
    ds,
    tempDir(),
    ds.labelRows.map((_, i) => i),
  );
  const split = randomSplit(ds.labelRows.length, k, seed, ds.rare);
  const root = tempDir();
  const dirs: string[] = [];
  for (let s = 0; s < k; s++) {
    dirs.push(join(root, `shard-${s}`));
    await writeShard(ds, dirs[s], split[s]);
  }
  return { dirs, whole: whole.result };
}

describe('parseArgs positional option', () => {
  it('collects plain arguments only when asked', () => {
    const specs = { out: { type: 'string', description: 'x' } } as const;
    expect(
      parseArgs('merge', ['a/', '--out', 'r.json', 'b/', '--', '--c'], specs, { positional: true }),
    ).toEqual({
      flags: { out: 'r.json' },
      rest: ['--c'],
      positional: ['a/', 'b/'],
    });
    // Other commands keep refusing stray words, and their parse result is unchanged.
    expect(() => parseArgs('compare', ['a/'], specs)).toThrow(UsageError);
    expect(parseArgs('compare', ['--out', 'r.json'], specs)).toEqual({ flags: { out: 'r.json' }, rest: [] });
  });
});

/** What a terminal shows: the lines left, and the live line at each redraw. */
function terminal(): { logger: TerminalLogger; lines: () => string[] } {
  const writes: string[] = [];
  const stream = { isTTY: true, columns: 200, write: (s: string) => writes.push(s) > 0 };
  // Each reading of the clock is 1.5 s later: every step is "slow", so every line is drawn.
  let t = 0;
  const logger = new TerminalLogger(stream as unknown as NodeJS.WriteStream, false, () => (t += 1500));
  const lines = () =>
    writes
      .join('')
      .split('\r\x1b[2K')
      .flatMap((part) => part.split('\n'))
      .filter((l) => l !== '');
  return { logger, lines };
}

describe('model-gate merge (command module)', () => {
  it('shows each step in the terminal: reading the shards, the merge, the writing', async () => {
    const { dirs } = await shards(3, 35);
    const out = join(tempDir(), 'merged');
    const { logger, lines } = terminal();
    captureStdout();
    expect(await mergeCommand.run([...dirs, '--out-dir', out], logger)).toBe(0);
    const shown = lines();
    expect(shown).toEqual(
      expect.arrayContaining([
        'Shards',
        'Reading 3 shards: 600 examples',
        'Merge',
        'Merging 3 shards (600 examples)…',
        'Merging 3 shards (600 examples): exact, from the examples',
        'Write',
      ]),
    );
    // The live line counts the shards in, and names the one being read.
    expect(shown).toContainEqual(expect.stringMatching(/^Reading 3 shards {3}33% {2}\S*shard-1 {2}elapsed/));
    expect(shown).toContainEqual(expect.stringMatching(/^Writing \S*merged\/examples\.bin: 600 rows/));
    expect(shown.indexOf('Shards')).toBeLessThan(shown.indexOf('Merge'));
    expect(shown.indexOf('Merge')).toBeLessThan(shown.indexOf('Write'));
  });

  it('merges run folders into --out-dir and prints the result (exit 0)', async () => {
    const { dirs, whole } = await shards(3, 31);
    const out = join(tempDir(), 'merged');
    const warnings: string[] = [];
    const logger: Logger = { ...silentLogger, warning: (m) => warnings.push(m) };
    const stdout = captureStdout();
    const code = await mergeCommand.run(
      [...dirs, '--out-dir', out, '--format', 'json', '--name', 'shards'],
      logger,
    );
    expect(code).toBe(0);
    const printed = JSON.parse(stdout.text()) as Result;
    const written = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as Result;
    expect(printed).toEqual(written);
    expect(written.metrics).toEqual(whole.metrics);
    expect(written.dataset.fingerprint).toBe(whole.dataset.fingerprint);
    expect(written.examples?.file).toBe('examples.bin');
    for (const f of ['examples.bin', 'report.md', 'report.html']) expect(existsSync(join(out, f))).toBe(true);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('<!-- model-gate:shards -->');
    expect(warnings).toEqual([]);
  });

  it('takes shards after "--" and writes --out with the sidecar beside it', async () => {
    const { dirs } = await shards(2, 32);
    const dir = tempDir();
    captureStdout();
    const code = await mergeCommand.run(['--out', join(dir, 'result.json'), '--', ...dirs], silentLogger);
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'examples.bin'))).toBe(true);
  });

  it('overlapping shards: GateError exit 2 naming both shards', async () => {
    const ds = binaryDataset(300, 34);
    const root = tempDir();
    const a = join(root, 'shard-a');
    const b = join(root, 'shard-b');
    await writeShard(ds, a, [...Array(200).keys()]);
    await writeShard(
      ds,
      b,
      [...Array(150).keys()].map((i) => i + 150),
    );
    captureStdout();
    const error = await mergeCommand.run([a, b, '--out-dir', join(root, 'merged')], silentLogger).then(
      () => null,
      (e: unknown) => e as GateError,
    );
    expect(error).toBeInstanceOf(GateError);
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toContain(`the shards overlap: ${a} and ${b} both hold the id(s) `);
    expect(error?.message).toContain('(50 repeated ids across all shards)');
    expect(existsSync(join(root, 'merged'))).toBe(false);
    // The same folder twice is caught before reading it twice.
    await expect(
      mergeCommand.run([a, `${a}/../shard-a/`, '--out-dir', tempDir()], silentLogger),
    ).rejects.toThrow(/is given twice/);
  });

  it('usage errors: no shards, no output', async () => {
    await expect(mergeCommand.run(['--out-dir', tempDir()], silentLogger)).rejects.toThrow(/no shards given/);
    await expect(mergeCommand.run(['a/', 'b/'], silentLogger)).rejects.toThrow(
      /give --out PATH or --out-dir DIR/,
    );
    await expect(mergeCommand.run(['a/', '--outdir', 'x'], silentLogger)).rejects.toThrow(
      /Did you mean "--out-dir"/,
    );
  });
});
