/**
 * The action's modes (`monitor`: `monitor-mode.ts`, a window against a reference). `gate` (`gate-mode.ts`): resolve the baseline, run the pipeline, report
 * (job summary, annotations, sticky PR comment, outputs) and refresh the baseline. `post-comment`
 * (`post-comment-mode.ts`): in a `workflow_run` workflow, post the report a pull-request run
 * uploaded (the fork-safe pattern).
 */
import { parseContext, readEventPayload } from './context.js';
import { envInputReader, readInputs } from './inputs.js';
import type { ActionDeps } from './action-deps.js';
import { gateMode } from './gate-mode.js';
import { monitorMode } from './monitor-mode.js';
import { postCommentMode } from './post-comment-mode.js';

/** Runs the action; returns the process exit code (0 pass/warn/no-baseline, 1 gate failed). */
export async function runAction(deps: ActionDeps): Promise<number> {
  const inputs = readInputs(envInputReader(deps.env));
  const ctx = parseContext(deps.env, readEventPayload(deps.env));
  if (inputs.mode === 'monitor') return monitorMode(inputs, deps);
  return inputs.mode === 'post-comment' ? postCommentMode(inputs, ctx, deps) : gateMode(inputs, ctx, deps);
}
