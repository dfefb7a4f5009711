/** Whether a run of `gate` mode refreshes the baseline artifact (`update-baseline`). */
import type { ActionContext } from './context.js';
import type { ActionInputs } from './inputs.js';

export interface BaselineUpdateDecision {
  upload: boolean;
  notice?: string;
}

/** Whether this run refreshes `<name>-baseline`. Never from a pull request, whatever the input says. */
export function decideBaselineUpdate(
  mode: ActionInputs['updateBaseline'],
  ctx: ActionContext,
  defaultBranch: string | undefined,
): BaselineUpdateDecision {
  if (mode === 'never') return { upload: false };
  if (ctx.kind === 'pull_request') {
    return mode === 'always'
      ? {
          upload: false,
          notice:
            'update-baseline: always is ignored on pull request events: a pull request never replaces the baseline ' +
            'it is judged against (its code is not merged yet, and a fork could plant one). The baseline is ' +
            'refreshed by runs on pushes to the baseline branch.',
        }
      : { upload: false };
  }
  if (mode === 'always') return { upload: true };
  return { upload: ctx.kind === 'push' && !!ctx.branch && ctx.branch === defaultBranch };
}
