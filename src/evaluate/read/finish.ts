import { InputError } from '../../errors.js';
import type {
  ClassificationData,
  EvaluateOptions,
  EvaluationData,
  ReadStats,
} from '../../result/evaluation-data.js';
import { setLazyIds } from '../../result/evaluation-data.js';
import type { Collector } from './collector.js';
import type { ByteInterner } from './interner.js';
import { fingerprintRows, labelHashes, makeNumberHasher } from './fingerprint.js';
import { listLabels } from './labels.js';
import { settleClasses } from './settle-classes.js';
import { applyScores, permuteRows, planScores } from './score-plan.js';
import { trimF, trimI } from './typed-arrays.js';

const MAX_MISSING_IDS = 10;
const SHOWN_IN_ERRORS = 5;

export interface FinishContext {
  options: EvaluateOptions;
  predictionsFile: string;
  labelsFile: string;
  /** --score-prefix classes (column name minus the prefix), in header order. */
  probClasses: string[];
  warnings: string[];
}

/** Applies the missing-prediction policy, orders the classes, settles the task and scores. */
export function finish(c: Collector, ctx: FinishContext): { data: EvaluationData; stats: ReadStats } {
  const n = c.n;
  const stats = readStats(c, ctx);

  if (c.setup.regression) {
    const yTrue = trimF(c.yTrueF, n);
    const hasher = makeNumberHasher();
    stats.fingerprint = fingerprintRows(n, c.ids, (i, out) => hasher(yTrue[i], out));
    const data: EvaluationData = { task: 'regression', n, yTrue, yPred: trimF(c.yPredF, n), ids: null };
    setIds(data, c.ids);
    return { data, stats };
  }

  // Classes: sorted union of true and predicted labels. Labels read only from prediction rows
  // that joined no label row (extra predictions) were interned too; they are left out here.
  const yTrue = trimI(c.yTrueI, n);
  const yPred = trimI(c.yPredI, n);
  const used = new Uint8Array(c.labels.size);
  for (let i = 0; i < n; i++) {
    used[yTrue[i]] = 1;
    if (yPred[i] >= 0) used[yPred[i]] = 1;
  }
  const settled = settleClasses(c, ctx, used);
  const { remap, classes } = settled;
  for (let i = 0; i < n; i++) {
    yTrue[i] = remap[yTrue[i]];
    const p = yPred[i];
    if (p >= 0) yPred[i] = remap[p];
  }
  const hashes = labelHashes(classes);
  stats.fingerprint = fingerprintRows(n, c.ids, (i, out) => {
    out[0] = hashes.a[yTrue[i]];
    out[1] = hashes.b[yTrue[i]];
  });

  const data: ClassificationData = {
    task: settled.task,
    n,
    classes,
    yTrue,
    yPred,
    scores: null,
    ids: null,
  };
  setIds(data, c.ids);
  if (settled.positive !== undefined) data.positive = settled.positive;
  if (c.scores !== null) {
    const present = new Uint8Array(classes.length);
    for (let i = 0; i < n; i++) present[yTrue[i]] = 1;
    const plan = planScores(c, ctx, data, settled.numeric, present, settled.remap);
    data.scores = applyScores(plan, c.scores, n);
    if (plan.scoreClasses) data.scoreClasses = plan.scoreClasses;
    else data.scoreKind = plan.scoreKind;
    if (plan.logLossPick) {
      data.logLossScores = new Float64Array(n * plan.columns);
      permuteRows(plan.logLossPick, plan.columns, c.scores, data.logLossScores, n);
      data.logLossClasses = plan.logLossClasses;
    }
  }
  return { data, stats };
}

/** The counts and warnings of result.errors, after the missing-prediction policy. */
export function readStats(c: Collector, ctx: FinishContext): ReadStats {
  const n = c.n;
  // Label rows that no prediction row joined (joins by id).
  let missing = 0;
  let missingExamples: string[] = [];
  const joined = c.joinOutcome;
  if (joined !== null) {
    // Joined a partition at a time (see `PartitionedJoin`): the same counts, gathered there.
    missing = joined.missing;
    missingExamples = joined.missingExamples;
    c.invalidRows = joined.invalid;
    c.invalidExamples.push(...joined.invalidExamples);
    c.extraPredictions = joined.extra;
    c.extraExamples.push(...joined.extraExamples);
  } else if (c.ids !== null && c.setup.byId && c.predLine.length === n) {
    const predLine = c.predLine;
    for (let r = 0; r < n; r++)
      if (predLine[r] === 0) {
        missing++;
        if (missingExamples.length < MAX_MISSING_IDS) missingExamples.push(c.ids.get(r));
      }
  }
  const invalid = c.invalidRows;
  if (missing + invalid > 0) checkMissingPolicy(c, ctx, missing, missingExamples, invalid);

  const stats: ReadStats = {
    missing_predictions: missing,
    extra_predictions: c.extraPredictions,
    invalid_rows: invalid,
    missing_ids: [...missingExamples, ...c.invalidExamples].slice(0, MAX_MISSING_IDS),
    warnings: ctx.warnings,
    fingerprint: '',
  };
  if (c.extraPredictions > 0)
    ctx.warnings.push(
      `${ctx.predictionsFile} has ${c.extraPredictions} prediction row(s) whose id is not in ${ctx.labelsFile} ` +
        `(first: ${listLabels(c.extraExamples, SHOWN_IN_ERRORS)}); they are ignored.`,
    );
  return stats;
}

function checkMissingPolicy(
  c: Collector,
  ctx: FinishContext,
  missing: number,
  missingExamples: string[],
  invalid: number,
): void {
  const { options } = ctx;
  const parts: string[] = [];
  if (missing > 0)
    parts.push(
      `${missing} of the ${c.n} ids in ${ctx.labelsFile} have no prediction row ` +
        `(first: ${listLabels(missingExamples, SHOWN_IN_ERRORS)})`,
    );
  if (invalid > 0)
    parts.push(
      `${invalid} row(s) have an empty "${options.predictionColumn}" cell ` +
        `(first: ${c.hasIds ? listLabels(c.invalidExamples, SHOWN_IN_ERRORS) : c.invalidExamples.slice(0, SHOWN_IN_ERRORS).join(', ')})`,
    );
  const what = parts.join(' and ');
  if (c.setup.regression)
    throw new InputError(
      { file: ctx.predictionsFile },
      `${what}. Regression cannot count a missing prediction as wrong (there is no "wrong" value), ` +
        'so every labelled row needs a numeric prediction.',
    );
  if (options.missing === 'error')
    throw new InputError(
      { file: ctx.predictionsFile },
      `${what}. Every labelled example needs a prediction; to score missing predictions as wrong instead, ` +
        'pass --missing count-as-wrong.',
    );
}

/**
 * `data.ids`: the row ids as strings, built on first read. A million ids as JavaScript strings
 * cost ~100 ms and tens of MB, which `evaluate` alone never needs (the examples sidecar does).
 * Until then they stay in the interner's compact bytes, which writing the sidecar and pairing rows
 * take as they are (`setLazyIds`). Assigning `ids` replaces the getter and forgets the bytes.
 */
function setIds(data: EvaluationData, ids: ByteInterner | null): void {
  if (ids === null) return;
  ids.releaseTable();
  const { bytes, offsets } = ids.raw();
  setLazyIds(data, { n: ids.size, bytes, offsets }, () => ids.strings());
}
