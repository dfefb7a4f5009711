import { escapeLogText } from '../util/escape.js';
import type { Logger, Progress, ProgressOptions } from '../util/progress.js';

/** Work shorter than this shows no progress line: a flash of text helps nobody. */
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 100;

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`;
  const m = Math.floor(seconds / 60);
  return `${m}m${String(Math.round(seconds - m * 60)).padStart(2, '0')}s`;
}

/** A rate for people: 950, 12.5k, 850k, 2.1M. */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond) || perSecond < 0) return '?';
  if (perSecond < 1000) return perSecond.toFixed(0);
  if (perSecond < 1e6) return `${(perSecond / 1e3).toFixed(perSecond < 1e4 ? 1 : 0)}k`;
  return `${(perSecond / 1e6).toFixed(perSecond < 1e8 ? 1 : 0)}M`;
}

/**
 * The progress line: `Reading preds.csv  43%  4,300,000 rows  2.1M rows/s  elapsed 2.0s  ETA 2.7s`
 * (percent and ETA when the total is known, rows and rate when the work reports rows).
 */
export function progressLine(
  label: string,
  elapsed: number,
  done: number,
  total: number | undefined,
  detail: string | undefined,
  rows: number | undefined,
): string {
  const parts = [label];
  const known = total !== undefined && total > 0;
  const fraction = known ? Math.min(1, Math.max(0, done / total)) : NaN;
  if (known) parts.push(`${(fraction * 100).toFixed(0).padStart(3)}%`);
  if (rows !== undefined) {
    parts.push(`${Math.round(rows).toLocaleString('en-US')} rows`);
    if (elapsed > 0) parts.push(`${formatRate(rows / elapsed)} rows/s`);
  }
  if (detail) parts.push(detail);
  parts.push(`elapsed ${formatDuration(elapsed)}`);
  if (known) parts.push(`ETA ${formatDuration(fraction > 0 ? elapsed / fraction - elapsed : NaN)}`);
  return parts.join('  ');
}

/**
 * Draws progress on stderr: a live, rewritten line in a terminal (percent, rate, ETA), nothing
 * but warnings when stderr is a pipe or a file (CI logs stay clean).
 */
export class TerminalLogger implements Logger {
  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly quiet = false,
    /** Milliseconds (tests pass a fake clock). */
    private readonly now: () => number = Date.now,
  ) {}

  private get live(): boolean {
    return Boolean(this.stream.isTTY) && !this.quiet;
  }

  info(message: string): void {
    if (!this.quiet) this.stream.write(`${escapeLogText(message)}\n`);
  }

  warning(message: string): void {
    this.stream.write(`warning: ${escapeLogText(message)}\n`);
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    if (this.live) this.stream.write(`${escapeLogText(name, 200)}\n`);
    return fn();
  }

  progress = {
    /**
     * A live line in a terminal: nothing for the first second (at once for an `immediate` step),
     * then redrawn at most 10 times a second, cleared when the work is done (a summary line is left
     * when it took a second or more).
     */
    start: (label: string, options: ProgressOptions = {}): Progress => {
      const started = this.now();
      let lastDraw = -Infinity;
      let drawn = false;
      // A blocking step cannot redraw while it runs: its label goes up now.
      if (options.immediate && this.live) {
        this.stream.write(`\r\x1b[2K${escapeLogText(label, 200)}…`);
        drawn = true;
      }
      return {
        update: (done: number, total: number | undefined, detail?: string, rows?: number) => {
          if (!this.live) return;
          const now = this.now();
          if (now - started < SHOW_AFTER_MS || now - lastDraw < REDRAW_MS) return;
          lastDraw = now;
          const line = progressLine(label, (now - started) / 1000, done, total, detail, rows);
          this.stream.write(`\r\x1b[2K${line.slice(0, Math.max(1, (this.stream.columns || 100) - 1))}`);
          drawn = true;
        },
        done: (summary?: string) => {
          if (drawn) this.stream.write('\r\x1b[2K');
          drawn = false;
          if (summary && this.live && this.now() - started >= SHOW_AFTER_MS)
            this.stream.write(`${label}: ${summary}\n`);
        },
      };
    },
  };
}
