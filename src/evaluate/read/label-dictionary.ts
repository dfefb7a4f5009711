import { InputError } from '../../errors.js';
import { canonicalDecimal, firstInvalidUtf8, isCanonicalJsonInteger } from './bytes.js';
import { KIND_NUMBER } from './cells.js';
import { ByteInterner } from './interner.js';
import { maxFieldBytes } from './source.js';

/**
 * The labels met while reading (true labels and predictions alike): bytes → label index, in
 * first-seen order, with where each was first read (file, line, column) for the messages that
 * name a class.
 */
export class LabelDictionary {
  readonly labels = new ByteInterner();
  /** `maxFieldBytes()`, read once. */
  readonly maxField = maxFieldBytes();
  /** Where each interned label was first read: its line, file, and column (label or prediction). */
  labelLine: Int32Array = new Int32Array(16);
  labelFile: string[] = [];
  labelColumn: string[] = [];

  /** A cell longer than the field limit: the error naming it. */
  fieldTooLong(file: string, line: number, column: string, bytes: number): InputError {
    return new InputError(
      { file, line, column },
      `the value is ${bytes} bytes long, more than the ${this.maxField}-byte limit for a label, prediction or id ` +
        '(is this the right column?). Raise the limit with MODEL_GATE_MAX_FIELD_BYTES=<bytes> if needed.',
    );
  }

  /**
   * The label index of a label or prediction cell. Labels are told apart by their bytes, so two
   * different byte strings are never one class: a new label that is not well-formed UTF-8 (it
   * would decode to U+FFFD, like any other broken label) is an error naming where it is.
   */
  intern(
    buf: Buffer,
    s: number,
    e: number,
    kind: number,
    file: string,
    line: number,
    column: string,
  ): number {
    if (e - s > this.maxField) throw this.fieldTooLong(file, line, column, e - s);
    let idx: number;
    if (kind === KIND_NUMBER && !isCanonicalJsonInteger(buf, s, e)) {
      // JSON numbers are named as JavaScript writes them (1.0 → "1") unless that loses digits
      // (an integer beyond 2^53): then the token itself names the class.
      const token = buf.toString('latin1', s, e);
      const shortest = String(Number(token));
      idx =
        canonicalDecimal(shortest) === canonicalDecimal(token)
          ? this.labels.addString(shortest)
          : this.labels.add(buf, s, e);
    } else idx = this.labels.add(buf, s, e);
    if (idx < 0) return -idx - 1;
    const bad = firstInvalidUtf8(buf, s, e);
    if (bad >= 0)
      throw new InputError(
        { file, line, column },
        `not valid UTF-8 at byte ${bad - s + 1} of the value (byte 0x${buf[bad].toString(16).padStart(2, '0')}). ` +
          'Labels are compared as text, and text that is not UTF-8 cannot be told apart reliably; ' +
          're-encode the file as UTF-8 (e.g. iconv -f latin1 -t utf-8).',
      );
    if (idx >= this.labelLine.length) {
      const bigger = new Int32Array(this.labelLine.length * 2);
      bigger.set(this.labelLine);
      this.labelLine = bigger;
    }
    this.labelLine[idx] = line;
    this.labelFile[idx] = file;
    this.labelColumn[idx] = column;
    return idx;
  }
}
