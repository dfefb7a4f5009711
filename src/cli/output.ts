import { renderMarkdown, renderText } from '../report/index.js';
import { terminalSafeJson } from '../util/escape.js';
import { serializeResult } from '../result/write.js';
import type { Result } from '../result/schema.js';

export type OutputFormat = 'text' | 'json' | 'markdown';

export const FORMAT_FLAG = {
  type: 'string',
  choices: ['text', 'json', 'markdown'],
  valueName: 'FORMAT',
  description: 'stdout format: text (default), json (result.json), markdown (report.md)',
} as const;

export function renderForStdout(result: Result, format: OutputFormat, baseline?: Result): string {
  switch (format) {
    case 'json':
      // The same document, with the characters a terminal would act on written as \u escapes.
      return terminalSafeJson(serializeResult(result));
    case 'markdown':
      return renderMarkdown(result, { baseline });
    default:
      return renderText(result, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
  }
}
