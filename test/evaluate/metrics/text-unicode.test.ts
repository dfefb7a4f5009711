import { describe, expect, it } from 'vitest';
import {
  isPythonSpace,
  pythonRstrip,
  pythonSplit,
  PYTHON_WORD_CLASS,
} from '../../../src/evaluate/metrics/text/python-text.js';
import { loadPythonUnicode } from './text-fixtures.js';

/**
 * The Python string behaviours the text metrics emulate, checked on every code point Python's
 * Unicode database assigns (test/fixtures/text/unicode.json, from the oracle's Python): its
 * whitespace (str.split), its `\w` (re's \b) and its str.lower(). Code points Python's older
 * Unicode version leaves unassigned are out of scope: there the answer depends on the Python.
 */
describe('Python text semantics, code point by code point', () => {
  const u = loadPythonUnicode();
  const assigned = (visit: (cp: number) => void): void => {
    for (const [lo, hi] of u.assigned) for (let cp = lo; cp <= hi; cp++) visit(cp);
  };
  const inRanges = (ranges: [number, number][]): Set<number> => {
    const s = new Set<number>();
    for (const [lo, hi] of ranges) for (let cp = lo; cp <= hi; cp++) s.add(cp);
    return s;
  };

  it('whitespace = str.isspace()', () => {
    const space = new Set(u.space);
    const wrong: number[] = [];
    assigned((cp) => {
      if (isPythonSpace(cp) !== space.has(cp)) wrong.push(cp);
    });
    expect(wrong).toEqual([]);
    // split and rstrip use the same set (not JavaScript's \s: U+001C..U+001F, U+0085 yes, U+FEFF no).
    expect(pythonSplit('\x1ca\x85b\ufeffc\u3000')).toEqual(['a', 'b\ufeffc']);
    expect(pythonRstrip('a\ufeff \x1f')).toBe('a\ufeff');
  });

  it('word characters = re \\w on str (letters, numbers, _; not marks)', () => {
    const word = inRanges(u.word);
    const re = new RegExp(`^[${PYTHON_WORD_CLASS}]$`, 'u');
    const wrong: number[] = [];
    assigned((cp) => {
      if (cp >= 0xd800 && cp <= 0xdfff) return;
      if (re.test(String.fromCodePoint(cp)) !== word.has(cp)) wrong.push(cp);
    });
    expect(wrong.map((cp) => cp.toString(16))).toEqual([]);
  });

  it('toLowerCase = str.lower() on every character Python lowers, and leaves the rest alone', () => {
    const lower = new Map(u.lower);
    const wrong: string[] = [];
    assigned((cp) => {
      if (cp >= 0xd800 && cp <= 0xdfff) return;
      const ch = String.fromCodePoint(cp);
      const expected = lower.get(cp) ?? ch;
      if (ch.toLowerCase() !== expected) wrong.push(cp.toString(16));
    });
    expect(wrong).toEqual([]);
  });
});
