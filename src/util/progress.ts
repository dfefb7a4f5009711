/**
 * Progress of long work, reported by the core and drawn by an adapter: the CLI draws a live
 * line in a terminal (rows/s, ETA); the Action logs milestones inside a log group.
 * The core never writes to stdout/stderr itself.
 */
export interface Progress {
  /**
   * `total` in the same unit as `done` (e.g. bytes of input), when known; `rows`: the rows (or
   * other items) processed so far, when the unit of `done` is not what a person counts (bytes),
   * for the rate and the count shown.
   */
  update(done: number, total: number | undefined, detail?: string, rows?: number): void;
  done(summary?: string): void;
}

export interface ProgressFactory {
  start(label: string): Progress;
}

/** Also how the core surfaces warnings and notes while working. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  /** A collapsible section in the Action's log; a plain heading in the CLI. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  progress: ProgressFactory;
}

const silentProgress: Progress = { update() {}, done() {} };

export const silentLogger: Logger = {
  info() {},
  warning() {},
  group: (_name, fn) => fn(),
  progress: { start: () => silentProgress },
};
