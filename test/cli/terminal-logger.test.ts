import { describe, expect, it, vi } from 'vitest';
import { actionProgress } from '../../src/action/logger.js';
import { formatRate, progressLine, TerminalLogger } from '../../src/cli/terminal-logger.js';
import { blockingStep } from '../../src/util/progress.js';

// The live progress line: only in a terminal, only after a second, at most 10 redraws a second,
// cleared at the end. A fake TTY stream (isTTY, 100 columns) and a fake clock.

function fakeTty(isTTY = true, columns = 100) {
  const writes: string[] = [];
  const stream = { isTTY, columns, write: (s: string) => writes.push(s) > 0 };
  return { stream: stream as unknown as NodeJS.WriteStream, writes };
}

function fakeClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('TerminalLogger progress', () => {
  it('draws rows, rate, percent, elapsed and ETA after a second, then clears the line', () => {
    const { stream, writes } = fakeTty();
    const clock = fakeClock();
    const progress = new TerminalLogger(stream, false, clock.now).progress.start('Reading preds.csv');
    progress.update(0, 1000, undefined, 0);
    clock.advance(500);
    progress.update(200, 1000, undefined, 1_000_000);
    expect(writes).toEqual([]); // under a second: nothing
    clock.advance(1500);
    progress.update(430, 1000, undefined, 4_300_000);
    expect(writes).toEqual([
      '\r\x1b[2KReading preds.csv   43%  4,300,000 rows  2.1M rows/s  elapsed 2.0s  ETA 2.7s',
    ]);
    clock.advance(50);
    progress.update(440, 1000, undefined, 4_400_000);
    expect(writes).toHaveLength(1); // under 100 ms since the last draw
    clock.advance(60);
    progress.update(450, 1000, undefined, 4_500_000);
    expect(writes).toHaveLength(2);
    expect(writes[1].startsWith('\r\x1b[2KReading preds.csv   45%  4,500,000 rows  2.1M rows/s')).toBe(true);
    progress.done('10000000 rows');
    expect(writes.slice(2)).toEqual(['\r\x1b[2K', 'Reading preds.csv: 10000000 rows\n']);
  });

  it('redraws at most 10 times a second however often it is updated', () => {
    const { stream, writes } = fakeTty();
    const clock = fakeClock();
    const progress = new TerminalLogger(stream, false, clock.now).progress.start('Work');
    clock.advance(1000);
    for (let i = 0; i < 1000; i++) {
      progress.update(i, 1000, undefined, i * 10);
      clock.advance(3); // 3 s of updates, 333 a second
    }
    expect(writes.length).toBeGreaterThanOrEqual(28);
    expect(writes.length).toBeLessThanOrEqual(31);
  });

  it('shows nothing (and clears nothing) when the work ends within a second', () => {
    const { stream, writes } = fakeTty();
    const clock = fakeClock();
    const progress = new TerminalLogger(stream, false, clock.now).progress.start('Quick');
    progress.update(1, 2, undefined, 10);
    clock.advance(900);
    progress.update(2, 2, undefined, 20);
    progress.done('20 rows');
    expect(writes).toEqual([]);
  });

  it('draws nothing when stderr is not a terminal, or when quiet', () => {
    for (const [tty, quiet] of [
      [false, false],
      [true, true],
    ]) {
      const { stream, writes } = fakeTty(tty);
      const clock = fakeClock();
      const progress = new TerminalLogger(stream, quiet, clock.now).progress.start('Reading x.csv');
      clock.advance(5000);
      progress.update(1, 2, undefined, 100);
      progress.done('100 rows');
      expect(writes).toEqual([]);
    }
  });

  it('fits the line in the terminal width', () => {
    const { stream, writes } = fakeTty(true, 40);
    const clock = fakeClock();
    const progress = new TerminalLogger(stream, false, clock.now).progress.start(
      'Reading a-very-long-file-name.csv',
    );
    clock.advance(2000);
    progress.update(1, 2, undefined, 123_456);
    expect(writes).toHaveLength(1);
    expect(writes[0].length - '\r\x1b[2K'.length).toBe(39);
  });

  it('without rows or a total: percent-less, rate-less lines (bench runs)', () => {
    expect(progressLine('Run 1/5', 2, 2, 60, '2.0 s', undefined)).toBe(
      'Run 1/5    3%  2.0 s  elapsed 2.0s  ETA 58s',
    );
    expect(progressLine('Checking', 2.5, 10, undefined, undefined, 5000)).toBe(
      'Checking  5,000 rows  2.0k rows/s  elapsed 2.5s',
    );
  });

  it('formats rates for people', () => {
    expect([0, 950, 1234, 12_500, 850_000, 2_123_456, 123_000_000].map(formatRate)).toEqual([
      '0',
      '950',
      '1.2k',
      '13k',
      '850k',
      '2.1M',
      '123M',
    ]);
  });
});

describe('blocking steps (nothing can redraw while they run)', () => {
  it('a terminal shows the label at once, then the summary when it took a second or more', () => {
    const { stream, writes } = fakeTty();
    const clock = fakeClock();
    const logger = new TerminalLogger(stream, false, clock.now);
    const value = blockingStep(
      logger,
      'Scoring 1,000,000 rows',
      () => {
        expect(writes).toEqual(['\r\x1b[2KScoring 1,000,000 rows…']); // drawn before the work
        clock.advance(2500);
        return 42;
      },
      (v) => `${v} metrics`,
    );
    expect(value).toBe(42);
    expect(writes.slice(1)).toEqual(['\r\x1b[2K', 'Scoring 1,000,000 rows: 42 metrics\n']);
  });

  it('a quick step leaves nothing; a pipe gets nothing at all', () => {
    const tty = fakeTty();
    blockingStep(new TerminalLogger(tty.stream, false, fakeClock().now), 'Quick', () => 1);
    expect(tty.writes).toEqual(['\r\x1b[2KQuick…', '\r\x1b[2K']);
    const pipe = fakeTty(false);
    blockingStep(new TerminalLogger(pipe.stream, false, fakeClock().now), 'Quick', () => 1);
    expect(pipe.writes).toEqual([]);
  });

  it('the Action log says what runs before it blocks, and how long it took', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    let t = 0;
    const progress = actionProgress('Merging 3 shards (600 examples)', { immediate: true }, () => t);
    expect(lines.join('')).toBe('Merging 3 shards (600 examples)…\n');
    t = 2500;
    progress.done('exact');
    vi.restoreAllMocks();
    expect(lines.join('')).toBe(
      'Merging 3 shards (600 examples)…\nMerging 3 shards (600 examples): done in 2.5 s — exact\n',
    );
  });
});
