/**
 * What the collector is told: which file it reads (the phase), which cell slot holds which
 * column, the roles of the columns, and the batch size of its id lookups.
 */

export const PHASE_SINGLE = 0;
export const PHASE_LABELS = 1;
export const PHASE_PREDICTIONS = 2;

/** Which cell slot holds which column (-1 = not read) in the current phase. */
export interface Slots {
  id: number;
  label: number;
  prediction: number;
  score: number;
  /** First of `probColumns.length` consecutive slots (multiclass probabilities). */
  prob: number;
}

export interface CollectorSetup {
  regression: boolean;
  /** Join by id (ids kept), or rows joined by position / a single file without ids. */
  byId: boolean;
  idColumn: string;
  labelColumn: string;
  predictionColumn: string;
  scoreColumn?: string;
  /** --score-prefix columns, in header order. */
  probColumns: string[];
}

/** Example ids (or lines) kept per kind of problem row, for the messages. */
export const MAX_EXAMPLES = 10;
/**
 * Rows per batch of id lookups (see `flush`); ids are checked for duplicates a batch at a time,
 * so an error in a later batch is not reported before a duplicate id in an earlier one.
 */
export const ID_BATCH = 1 << 15;
