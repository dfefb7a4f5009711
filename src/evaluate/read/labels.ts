import { canonicalDecimal, compareCanonicalDecimals, labelNumber, showValue } from './bytes.js';

/**
 * Compares two strings by Unicode code point, as numpy sorts `str` arrays. JavaScript's `<`
 * compares UTF-16 code units, which differs only when one side is an astral character
 * (surrogate pair) and the other a BMP character at U+E000 or above; the shift below fixes that.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800) x = x <= 0xdfff ? x + 0x2000 : x - 0x800;
    if (y >= 0xd800) y = y <= 0xdfff ? y + 0x2000 : y - 0x800;
    return x - y;
  }
  return a.length - b.length;
}

export interface LabelOrder {
  /** Distinct classes in scikit-learn order. */
  classes: string[];
  /** For each input label, its index in `classes`. */
  remap: Int32Array;
  /** True when every label is a finite number (numeric order). */
  numeric: boolean;
}

/**
 * Orders distinct label strings as scikit-learn orders `np.unique(y_true ∪ y_pred)`: by number when
 * every label is a finite decimal number (pandas would have read such a column as numbers), else by
 * code point. Spellings of exactly the same number ("1", "1.0", "01") are one class, named by the
 * spelling seen first (lowest input index), as they would be one value in a numeric column.
 * "Exactly" is decided on the decimal text, not on doubles: 9007199254740993 and
 * 9007199254740992 are one double but two classes (as two int64 values are to numpy).
 */
export function orderLabels(labels: readonly string[]): LabelOrder {
  const n = labels.length;
  const nums = labels.map(labelNumber);
  const numeric = n > 0 && nums.every((v) => Number.isFinite(v));
  const canon = numeric ? labels.map(canonicalDecimal) : [];
  const idx = Array.from({ length: n }, (_, i) => i);
  if (numeric) idx.sort((a, b) => nums[a] - nums[b] || compareCanonicalDecimals(canon[a], canon[b]) || a - b);
  else idx.sort((a, b) => compareCodePoints(labels[a], labels[b]) || a - b);
  const classes: string[] = [];
  const remap = new Int32Array(n);
  let last = '';
  for (const k of idx) {
    if (numeric && classes.length > 0 && canon[k] === last) {
      remap[k] = classes.length - 1;
      continue;
    }
    if (!numeric && classes.length > 0 && classes[classes.length - 1] === labels[k]) {
      remap[k] = classes.length - 1;
      continue;
    }
    classes.push(labels[k]);
    remap[k] = classes.length - 1;
    if (numeric) last = canon[k];
  }
  return { classes, remap, numeric };
}

/** Index of `label` in `classes` (string equality, or numeric equality when `numeric`), or -1. */
export function findLabel(classes: readonly string[], label: string, numeric: boolean): number {
  const i = classes.indexOf(label);
  if (i >= 0 || !numeric) return i;
  if (!Number.isFinite(labelNumber(label))) return -1;
  const v = canonicalDecimal(label);
  return classes.findIndex((c) => canonicalDecimal(c) === v);
}

/** A list of labels for a message: quoted, the first `max` and a count of the rest. */
export function listLabels(labels: readonly string[], max = 20): string {
  const shown = labels.slice(0, max).map(showValue);
  const rest = labels.length - shown.length;
  return shown.join(', ') + (rest > 0 ? ` and ${rest} more` : '');
}
