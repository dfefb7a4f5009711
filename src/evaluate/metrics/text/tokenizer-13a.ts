import { pythonCollapseSpaces, pythonRstrip } from './python-text.js';

/**
 * sacrebleu's default BLEU tokenizer, `13a` (mteval-v13a.pl as WMT uses it), applied to a
 * segment as BLEU applies it: right-stripped first (`sent.rstrip()`), then the markup rules
 * (`<skipped>` removed, `-\n` joins, newlines become spaces, four HTML entities unescaped), then
 * the regex rules in order, each a left-to-right non-overlapping substitution as Python's
 * `re.sub`, and finally whitespace collapsed on Python's whitespace. The result is the
 * space-joined token string.
 */
// ASCII punctuation and symbols (except . , - ' which the later rules treat): own tokens.
const SYMBOL = /([{-~[-` -&(-+:-@/])/g;
// A period or comma not preceded by a digit, then one not followed by a digit.
const DOT_AFTER_NON_DIGIT = /([^0-9])([.,])/gu;
const DOT_BEFORE_NON_DIGIT = /([.,])([^0-9])/gu;
// A dash preceded by a digit.
const DASH_AFTER_DIGIT = /([0-9])(-)/g;

export function tokenize13a(segment: string): string {
  let line = pythonRstrip(segment);
  line = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  if (line.includes('&')) {
    line = line
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>');
  }
  line = ` ${line} `;
  line = line.replace(SYMBOL, ' $1 ');
  line = line.replace(DOT_AFTER_NON_DIGIT, '$1 $2 ');
  line = line.replace(DOT_BEFORE_NON_DIGIT, ' $1 $2');
  line = line.replace(DASH_AFTER_DIGIT, '$1 $2 ');
  return pythonCollapseSpaces(line);
}
