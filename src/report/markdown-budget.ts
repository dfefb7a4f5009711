/**
 * The comment-size budget of the Markdown report: each part of the body comes with its shorter
 * forms, and the least important parts are shortened (then dropped) first until the body fits,
 * with a note saying what was left out.
 */
import { formatCount } from './format.js';

/** A part of the body and its shorter forms; the last form may be '' (dropped). */
export interface Part {
  key: string;
  forms: { text: string; note: string | null }[];
}

export function fixed(key: string, text: string): Part {
  return { key, forms: [{ text, note: null }] };
}

/** A part whose form at each shortening level is `make(level)`; `notes[level]` says what that level left out. */
export function variants(
  key: string,
  make: (level: number) => string | null,
  notes: (string | null)[],
): Part | null {
  const forms: Part['forms'] = [];
  for (let i = 0; i < notes.length; i++) {
    const text = make(i);
    if (text === null && i === 0) return null;
    const prev = forms[i - 1];
    // A shorter form that is not shorter drops nothing: keep the previous note.
    forms.push({ text: text ?? '', note: prev && prev.text === (text ?? '') ? prev.note : notes[i] });
  }
  return { key, forms };
}

/**
 * Joins the parts (in order) and the footer, shortening the parts in `dropOrder` one level at a
 * time until the body is at most `maxLength` characters; as a last resort whole lines are cut.
 */
export function fitToLength(
  parts: (Part | null)[],
  footer: string,
  dropOrder: readonly string[],
  maxLength: number,
): string {
  const live = parts.filter((p): p is Part => p !== null && p.forms.some((f) => f.text !== ''));
  const level = new Map<string, number>(live.map((p) => [p.key, 0]));

  const assemble = (): string => {
    const blocks = live.map((p) => p.forms[level.get(p.key) ?? 0].text).filter((t) => t !== '');
    const notes = live.map((p) => p.forms[level.get(p.key) ?? 0].note).filter((n): n is string => n !== null);
    if (notes.length) {
      blocks.push(
        `> [!NOTE]\n> Shortened to stay under ${formatCount(maxLength)} characters — left out: ${notes.join(
          '; ',
        )}. The full report is in report.html and result.json.`,
      );
    }
    blocks.push(footer);
    return blocks.join('\n\n') + '\n';
  };

  let body = assemble();
  for (const key of dropOrder) {
    const part = live.find((p) => p.key === key);
    if (!part) continue;
    while (body.length > maxLength && (level.get(key) ?? 0) < part.forms.length - 1) {
      level.set(key, (level.get(key) ?? 0) + 1);
      body = assemble();
    }
    if (body.length <= maxLength) break;
  }
  if (body.length > maxLength) {
    // Last resort: cut whole lines (checks table, header) and say so.
    const tail = `\n\n> [!NOTE]\n> Truncated to ${formatCount(maxLength)} characters. The full report is in report.html and result.json.\n\n${footer}\n`;
    const room = Math.max(0, maxLength - tail.length);
    const cutAt = body.lastIndexOf('\n', room);
    body = body.slice(0, cutAt > 0 ? cutAt : room) + tail;
  }
  return body;
}
