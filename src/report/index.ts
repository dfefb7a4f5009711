/**
 * Reports: pure renderers of a `Result` (no I/O).
 * - `renderText`: the terminal report; `renderMarkdown`: PR comment / job summary / report.md;
 *   `renderHtml`: self-contained report.html.
 */
export { renderBenchText, renderText, type TextOptions } from './text.js';
export { renderMarkdown, DEFAULT_MAX_LENGTH, type MarkdownOptions } from './markdown.js';
export { renderHtml, type HtmlOptions } from './html.js';
export {
  escapeMarkdownInline,
  escapeHtml,
  displayLabel,
  sanitizeTerminal,
  safeUrl,
  MAX_LABEL_LENGTH,
} from '../util/escape.js';
export {
  formatMetric,
  formatDelta,
  formatDeltaWithCi,
  formatCi,
  formatPValue,
  formatBytes,
  formatSeconds,
  formatPercent,
  formatCount,
  formatRelative,
  formatBench,
  shortFingerprint,
} from './format.js';
