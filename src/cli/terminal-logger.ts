import type { Logger, Progress } from '../util/progress.js';

/** Work shorter than this shows no progress line: a flash of text helps nobody. */
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 100;

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`;
  const m = Math.floor(seconds / 60);
  return `${m}m${String(Math.round(seconds - m * 60)).padStart(2, '0')}s`;
}

/**
 * Draws progress on stderr: a live, rewritten line in a terminal (percent, rate, ETA), nothing
 * but warnings when stderr is a pipe or a file (CI logs stay clean).
 */
export class TerminalLogger implements Logger {
  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly quiet = false,
  ) {}

  private get live(): boolean {
    return Boolean(this.stream.isTTY) && !this.quiet;
  }

  info(message: string): void {
    if (!this.quiet) this.stream.write(`${message}\n`);
  }

  warning(message: string): void {
    this.stream.write(`warning: ${message}\n`);
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    if (this.live) this.stream.write(`${name}\n`);
    return fn();
  }

  progress = {
    start: (label: string): Progress => {
      const started = Date.now();
      let lastDraw = 0;
      let drawn = false;
      const clear = () => {
        if (drawn) this.stream.write('\r\x1b[2K');
        drawn = false;
      };
      return {
        update: (done: number, total: number | undefined, detail?: string) => {
          if (!this.live) return;
          const now = Date.now();
          if (now - started < SHOW_AFTER_MS || now - lastDraw < REDRAW_MS) return;
          lastDraw = now;
          const elapsed = (now - started) / 1000;
          let line = `${label}`;
          if (total !== undefined && total > 0) {
            const fraction = Math.min(1, done / total);
            const eta = fraction > 0 ? elapsed / fraction - elapsed : NaN;
            line += ` ${(fraction * 100).toFixed(0).padStart(3)}%`;
            if (detail) line += `  ${detail}`;
            line += `  elapsed ${formatDuration(elapsed)}  ETA ${formatDuration(eta)}`;
          } else {
            if (detail) line += `  ${detail}`;
            line += `  elapsed ${formatDuration(elapsed)}`;
          }
          this.stream.write(`\r\x1b[2K${line.slice(0, (this.stream.columns ?? 100) - 1)}`);
          drawn = true;
        },
        done: (summary?: string) => {
          clear();
          if (summary && this.live && Date.now() - started >= SHOW_AFTER_MS)
            this.stream.write(`${label}: ${summary}\n`);
        },
      };
    },
  };
}
