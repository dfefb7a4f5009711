/**
 * The few Python `str` behaviours the text metrics' reference implementations rely on, which
 * JavaScript's built-ins do not share:
 * - `str.split()` / `str.rstrip()` split on `str.isspace()` characters: JavaScript's `\s` lacks
 *   U+001C–U+001F and U+0085 and adds U+FEFF (a zero-width no-break space Python keeps).
 * - `re`'s `\w` (and so `\b`) on `str` patterns is Unicode-aware: `str.isalnum()` or `_`, i.e.
 *   letters (L*) and numbers (N*); combining marks are not word characters. JavaScript's `\w`
 *   and `\b` are ASCII-only, even with the `u` flag.
 * `str.lower()` and `String.prototype.toLowerCase()` agree (full Unicode mappings, final sigma),
 * which test/evaluate/metrics/text-unicode.test.ts checks code point by code point against
 * Python's own tables.
 */

/** One run of `str.isspace()` characters (all of them are in the BMP). */
// eslint-disable-next-line no-control-regex -- U+001C–U+001F are whitespace to Python
const PYTHON_SPACE_RUN = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const PYTHON_SPACE_GLOBAL = new RegExp(PYTHON_SPACE_RUN.source, 'g');
const PYTHON_TRAILING_SPACE = new RegExp(`${PYTHON_SPACE_RUN.source}$`);

/** Whether code point `cp` is whitespace to Python (`chr(cp).isspace()`). */
export function isPythonSpace(cp: number): boolean {
  return (
    (cp >= 0x09 && cp <= 0x0d) ||
    (cp >= 0x1c && cp <= 0x20) ||
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Python's `s.split()`: the non-empty runs between whitespace. */
export function pythonSplit(s: string): string[] {
  const parts = s.split(PYTHON_SPACE_RUN);
  // Leading or trailing whitespace leaves an empty first or last part; nothing else can be empty.
  if (parts.length > 0 && parts[0] === '') parts.shift();
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Python's `' '.join(s.split())`. */
export function pythonCollapseSpaces(s: string): string {
  return pythonSplit(s).join(' ');
}

/** Python's `''.join(s.split())`: every whitespace character removed. */
export function pythonRemoveSpaces(s: string): string {
  return s.replace(PYTHON_SPACE_GLOBAL, '');
}

/** Python's `s.rstrip()`. */
export function pythonRstrip(s: string): string {
  return s.replace(PYTHON_TRAILING_SPACE, '');
}

/** A character `re`'s `\w` matches in a `str` pattern (as a regex class body, `u` flag). */
export const PYTHON_WORD_CLASS = '\\p{L}\\p{N}_';
