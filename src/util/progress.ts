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

export interface ProgressOptions {
  /**
   * Show the label at once: for a step that blocks the event loop (scoring a million rows, a
   * merge), during which no update can be drawn, so that the user sees what is running.
   */
  immediate?: boolean;
}

export interface ProgressFactory {
  start(label: string, options?: ProgressOptions): Progress;
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

/**
 * Runs a step that blocks the event loop, its label shown before it starts (`immediate`) and its
 * summary after, so no long synchronous step runs silently.
 */
export function blockingStep<T>(
  logger: Logger,
  label: string,
  fn: () => T,
  summary?: (value: T) => string,
): T {
  const progress = logger.progress.start(label, { immediate: true });
  const value = fn();
  progress.done(summary?.(value));
  return value;
}

export const silentLogger: Logger = {
  info() {},
  warning() {},
  group: (_name, fn) => fn(),
  progress: { start: () => silentProgress },
};
