import { log } from './log.js';
import type { Logger, Progress, ProgressOptions } from '../util/progress.js';

/** Milestone logging for long work: at most one line per 10 % (or per 15 s when the total is unknown). */
export function actionProgress(
  label: string,
  options: ProgressOptions = {},
  now: () => number = Date.now,
): Progress {
  const started = now();
  // A blocking step logs nothing until it ends: say what is running first.
  if (options.immediate) log.info(`${label}…`);
  let lastPercent = -1;
  let lastTime = started;
  return {
    update(done, total, detail, rows) {
      const t = now();
      if (rows !== undefined) detail = detail ? `${detail}, ${rows} rows` : `${rows} rows`;
      if (total !== undefined && total > 0) {
        const percent = Math.floor((done / total) * 10) * 10;
        if (percent <= lastPercent) return;
        lastPercent = percent;
        log.info(`${label}: ${percent}%${detail ? ` (${detail})` : ''}`);
      } else {
        if (t - lastTime < 15_000) return;
        log.info(`${label}: ${done}${detail ? ` (${detail})` : ''}`);
      }
      lastTime = t;
    },
    done(summary) {
      const seconds = ((now() - started) / 1000).toFixed(1);
      log.info(`${label}: done in ${seconds} s${summary ? ` — ${summary}` : ''}`);
    },
  };
}

/**
 * The core's Logger drawn in the Actions log: groups become collapsible sections. The log cannot
 * nest groups, so an inner group is a plain heading inside the outer one.
 */
export function createActionLogger(): Logger {
  let depth = 0;
  return {
    info: (m) => log.info(m),
    warning: (m) => log.warning(m),
    async group(name, fn) {
      if (depth > 0) {
        log.info(`— ${name}`);
        depth++;
        try {
          return await fn();
        } finally {
          depth--;
        }
      }
      depth++;
      log.startGroup(name);
      try {
        return await fn();
      } finally {
        log.endGroup();
        depth--;
      }
    },
    progress: { start: (label, options) => actionProgress(label, options) },
  };
}
