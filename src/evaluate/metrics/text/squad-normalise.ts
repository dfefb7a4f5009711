import { pythonCollapseSpaces, PYTHON_WORD_CLASS } from './python-text.js';

/**
 * SQuAD v2.0's answer normalisation (the official evaluate-v2.0.py `normalize_answer`), applied
 * in its order: lower-case, drop every character of Python's `string.punctuation` (ASCII only:
 * "—" and "’" stay), replace the words a/an/the by a space, collapse whitespace.
 *
 * The articles are matched with Python's `\b(a|an|the)\b` semantics: a word is a maximal run of
 * Unicode letters, numbers and `_`, so "thé" written with a combining accent (`the` + U+0301)
 * loses its "the" exactly as Python's does, while "théâtre" (precomposed) keeps it.
 */
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
const ARTICLE = new RegExp(`(?<![${PYTHON_WORD_CLASS}])(?:a|an|the)(?![${PYTHON_WORD_CLASS}])`, 'gu');

export function normaliseAnswer(s: string): string {
  const lowered = s.toLowerCase();
  return pythonCollapseSpaces(lowered.replace(PUNCTUATION, '').replace(ARTICLE, ' '));
}

/** `get_tokens`: the normalised answer's words. */
export function answerTokens(s: string): string[] {
  if (s === '') return [];
  const normal = normaliseAnswer(s);
  return normal === '' ? [] : normal.split(' ');
}
