/**
 * Making data strings (labels, ids, class names, file names, metric names from a config) inert in
 * the three outputs. Every string that did not come from this code goes through one of these.
 */

/** Default longest label shown, in code points; longer ones end with an ellipsis. */
export const MAX_LABEL_LENGTH = 80;

// C0/C1 controls (newlines, CR, tabs, ESC…), line/paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u0085]+/g;
// Bidirectional overrides and isolates ("Trojan Source"): they reorder what the reader sees.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

const ZWSP = '\u200b';

/** Collapse control characters (newline, CR, tab, ESC…) to one space and drop bidi overrides. */
export function cleanText(value: string): string {
  return String(value).replace(BIDI, '').replace(CONTROLS, ' ');
}

/** Shorten to `max` code points, ending with "…" when cut (never splits a surrogate pair). */
export function truncate(value: string, max: number = MAX_LABEL_LENGTH): string {
  if (value.length <= max) return value;
  // Only the head is split into code points (a 50 MB label must not become 50 M strings); a head
  // of 2·max + 2 code units holds more than max code points whenever the value is cut.
  const points = Array.from(value.slice(0, 2 * max + 2));
  if (points.length <= max) return value;
  return points.slice(0, Math.max(1, max - 1)).join('') + '…';
}

/** A label as shown anywhere: control characters collapsed, bidi overrides removed, truncated. */
export function displayLabel(value: string, max: number = MAX_LABEL_LENGTH): string {
  return truncate(cleanText(value), max);
}

/** Text safe for a terminal: no escape sequences or other controls can reach it. */
export function sanitizeTerminal(value: string, max: number = MAX_LABEL_LENGTH): string {
  return displayLabel(value, max);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** HTML-escape for element text and (double- or single-quoted) attribute values. Does not truncate. */
export function escapeHtml(value: string): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Make a data string inert inline in GitHub-flavoured Markdown, including inside a table cell:
 * - control characters (newline, CR, tab…) collapse to a space, bidi overrides are removed, and
 *   the string is cut to `max` code points with an ellipsis;
 * - Markdown punctuation is backslash-escaped (`\ \` * _ [ ] | ~ $ #`, a leading list/heading
 *   marker), so no emphasis, code span, link, image, table cell break, strikethrough or math;
 * - `& < >` become entities, so no raw HTML (`<script>`, `<img onerror>`, `<!--`) or autolink;
 * - a zero-width space follows every `@` (no @mention or team ping, no e-mail autolink) and every
 *   `#` before a digit (no issue/PR reference), and breaks `://`, `www.` and `GH-123`, so GitHub
 *   creates no link or notification from the text.
 */
export function escapeMarkdownInline(value: string, max: number = MAX_LABEL_LENGTH): string {
  let s = displayLabel(value, max);
  s = s.replace(/[\\`*_[\]|~$#]/g, '\\$&');
  // Block markers that matter only where the string starts a line or a list item.
  s = s.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  s = s.replace(/[&<>]/g, (c) => HTML_ENTITIES[c]);
  s = s.replace(/@/g, '@' + ZWSP);
  s = s.replace(/#(?=\d)/g, '#' + ZWSP);
  s = s.replace(/\b(gh)-(?=\d)/gi, '$1-' + ZWSP);
  s = s.replace(/:\/\//g, ':' + ZWSP + '//');
  s = s.replace(/\bwww\./gi, (m) => m.slice(0, 3) + ZWSP + '.');
  return s;
}

/**
 * A URL for a Markdown link destination or an HTML href: only http(s), percent-encoding the
 * characters that could end the destination or the attribute. Returns null for anything else.
 */
export function safeUrl(value: string | undefined | null): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.href.replace(
    /[()<>"'`\s\\|[\]]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
  );
}

/** Longest message written to a runner log or terminal, in code points. */
export const MAX_LOG_LENGTH = 4000;

// Every C0/C1 control (ESC starts CSI/OSC sequences, NUL, newlines), DEL, line/paragraph separators,
// bidi overrides/isolates/marks, and the BOM.
const LOG_UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]/g;

function visibleEscape(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * A message made inert for a runner log or a terminal, applied at the logger edge: one line (a
 * newline could start a line with `::error::`, a runner command), every control character, escape
 * sequence introducer (CSI/OSC start with ESC), NUL and bidi override shown escaped and visible
 * (`\x1b`, `\u202e`), a `::` at the start defused (`\::`), and long messages shortened with "…".
 */
export function escapeLogText(value: string, max: number = MAX_LOG_LENGTH): string {
  let s = String(value).replace(LOG_UNSAFE, visibleEscape);
  if (s.startsWith('::')) s = '\\' + s;
  return truncate(s, max);
}
