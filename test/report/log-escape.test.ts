import { describe, expect, it } from 'vitest';
import { TerminalLogger } from '../../src/cli/terminal-logger.js';
import { escapeLogText } from '../../src/util/escape.js';

// Hostile strings a path, label or server error text can carry into a log line.
const HOSTILE = [
  'preds.csv\n::error::forged failure',
  'a\r\n::add-mask::x',
  '\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07',
  'clear\x1b[2Jscreen',
  'abc\u202edcba.exe',
  'nul\u0000byte',
  '::warning::at the start',
];

describe('escapeLogText (the logger edge)', () => {
  it.each(HOSTILE)('leaves no newline, control, escape, bidi override or leading :: in %j', (s) => {
    const out = escapeLogText(s);
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out.startsWith('::')).toBe(false);
    expect(out.split('\n')).toHaveLength(1);
  });

  it('shows what was there, escaped and visible', () => {
    expect(escapeLogText('a\n::error::x')).toBe('a\\n::error::x');
    expect(escapeLogText('\x1b[2J')).toBe('\\x1b[2J');
    expect(escapeLogText('\x1b]8;;http://e/\x07l')).toBe('\\x1b]8;;http://e/\\x07l');
    expect(escapeLogText('x\u202ey')).toBe('x\\u202ey');
    expect(escapeLogText('n\u0000')).toBe('n\\x00');
    expect(escapeLogText('::error::x')).toBe('\\::error::x');
  });

  it('shortens long values', () => {
    const out = escapeLogText('x'.repeat(10_000));
    expect(Array.from(out).length).toBe(4000);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('CLI terminal logger', () => {
  it('writes each message as one inert line', () => {
    const writes: string[] = [];
    const stream = {
      isTTY: false,
      write: (s: string) => writes.push(s) > 0,
    } as unknown as NodeJS.WriteStream;
    const logger = new TerminalLogger(stream, false, () => 0);
    for (const s of HOSTILE) {
      logger.info(s);
      logger.warning(s);
    }
    const lines = writes.join('').split('\n').slice(0, -1);
    expect(lines).toHaveLength(HOSTILE.length * 2);
    for (const l of lines) {
      expect(l).not.toMatch(/^::/);
      // eslint-disable-next-line no-control-regex
      expect(l).not.toMatch(/[\u0000-\u001f\u202e]/);
    }
  });
});
