import { InputError } from '../../errors.js';
import { BACKSLASH, bytesEqual, CR, firstInvalidUtf8, LF, QUOTE } from './bytes.js';
import {
  KIND_BOOL,
  KIND_MISSING,
  KIND_NESTED,
  KIND_NULL,
  KIND_NUMBER,
  KIND_TEXT,
  type Cells,
  type RowSink,
  type Scanner,
} from './cells.js';

const OK = 0;
const BLANK = 1;
const SLOW = 2;

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === CR || c === LF;
}

/**
 * JSON Lines: one flat object per line. Lines without escapes are scanned in place (keys compared
 * as bytes against the first line's key order, then against a name map); lines with escapes,
 * nesting or anything unexpected go through `JSON.parse`, which also words syntax errors.
 * Numbers keep their written bytes (KIND_NUMBER) so scores parse exactly.
 */
export class JsonlScanner implements Scanner {
  line: number;
  rows = 0;
  private scratch = Buffer.allocUnsafe(1 << 12);
  private keySlot = new Map<string, number>();
  private expKeys: Buffer[] = [];
  private expSlots = new Int32Array(0);
  private cells: Cells | null = null;
  private sink: RowSink | null = null;

  constructor(
    readonly file: string,
    line: number,
  ) {
    this.line = line;
  }

  /** `keySlot`: needed key → slot; `keyOrder`: the keys of the first object, in order. */
  bind(keySlot: Map<string, number>, keyOrder: string[], cells: Cells, sink: RowSink): void {
    this.keySlot = keySlot;
    this.expKeys = keyOrder.map((k) => Buffer.from(k, 'utf8'));
    this.expSlots = Int32Array.from(keyOrder, (k) => keySlot.get(k) ?? -1);
    this.cells = cells;
    this.sink = sink;
  }

  scan(buf: Buffer, pos: number, end: number, eof: boolean): number {
    const sink = this.sink!;
    while (pos < end) {
      let le = buf.indexOf(LF, pos);
      if (le < 0 || le >= end) {
        if (!eof) return pos;
        le = end;
      }
      let e = le;
      if (e > pos && buf[e - 1] === CR) e--;
      const r = this.fastLine(buf, pos, e);
      if (r === OK) {
        sink.row(buf, this.line);
        this.rows++;
      } else if (r === SLOW) {
        this.slowLine(buf, pos, e);
        sink.row(this.scratch, this.line);
        this.rows++;
      }
      this.line++;
      pos = le + 1;
    }
    return pos > end ? end : pos;
  }

  private fastLine(buf: Buffer, s: number, e: number): number {
    const cells = this.cells!;
    const { starts, ends, kinds } = cells;
    kinds.fill(KIND_MISSING);
    let p = s;
    while (p < e && isWs(buf[p])) p++;
    if (p === e) return BLANK;
    if (buf[p] !== 0x7b) return SLOW;
    p++;
    while (p < e && isWs(buf[p])) p++;
    if (p < e && buf[p] === 0x7d) {
      p++;
      while (p < e && isWs(buf[p])) p++;
      return p === e ? OK : SLOW;
    }
    const expKeys = this.expKeys;
    const expSlots = this.expSlots;
    for (let k = 0; ; k++) {
      if (p >= e || buf[p] !== QUOTE) return SLOW;
      const ks = ++p;
      while (p < e && buf[p] !== QUOTE) {
        if (buf[p] === BACKSLASH) return SLOW;
        p++;
      }
      if (p >= e) return SLOW;
      const ke = p++;
      while (p < e && isWs(buf[p])) p++;
      if (p >= e || buf[p] !== 0x3a) return SLOW;
      p++;
      while (p < e && isWs(buf[p])) p++;
      if (p >= e) return SLOW;
      const c = buf[p];
      let vs = p;
      let kind: number;
      if (c === QUOTE) {
        vs = ++p;
        while (p < e && buf[p] !== QUOTE) {
          if (buf[p] === BACKSLASH) return SLOW;
          p++;
        }
        if (p >= e) return SLOW;
        kind = KIND_TEXT;
        p++;
      } else if (c === 45 || (c >= 48 && c <= 57)) {
        p = jsonNumberEnd(buf, p, e);
        if (p < 0) return SLOW;
        kind = KIND_NUMBER;
      } else if (c === 0x74) {
        if (!lit(buf, p, e, 'true')) return SLOW;
        p += 4;
        kind = KIND_BOOL;
      } else if (c === 0x66) {
        if (!lit(buf, p, e, 'false')) return SLOW;
        p += 5;
        kind = KIND_BOOL;
      } else if (c === 0x6e) {
        if (!lit(buf, p, e, 'null')) return SLOW;
        p += 4;
        kind = KIND_NULL;
      } else if (c === 0x7b || c === 0x5b) {
        p = skipNested(buf, p, e);
        if (p < 0) return SLOW;
        kind = KIND_NESTED;
      } else return SLOW;
      const ve = kind === KIND_TEXT ? p - 1 : p;
      let sl: number;
      if (k < expKeys.length) {
        const ek = expKeys[k];
        sl = bytesEqual(buf, ks, ke, ek, 0, ek.length) ? expSlots[k] : this.lookup(buf, ks, ke);
      } else sl = this.lookup(buf, ks, ke);
      if (sl >= 0) {
        starts[sl] = vs;
        ends[sl] = ve;
        kinds[sl] = kind;
      }
      while (p < e && isWs(buf[p])) p++;
      if (p >= e) return SLOW;
      if (buf[p] === 0x2c) {
        p++;
        while (p < e && isWs(buf[p])) p++;
        continue;
      }
      if (buf[p] !== 0x7d) return SLOW;
      p++;
      break;
    }
    while (p < e && isWs(buf[p])) p++;
    return p === e ? OK : SLOW;
  }

  private lookup(buf: Buffer, ks: number, ke: number): number {
    return this.keySlot.get(buf.toString('utf8', ks, ke)) ?? -1;
  }

  /**
   * `--task text` reads cells verbatim: a line with escapes (parsed whole, here) must then be
   * well-formed UTF-8 too, where decoding would otherwise turn a bad byte into U+FFFD unseen.
   */
  strictUtf8 = false;

  private slowLine(buf: Buffer, s: number, e: number): void {
    if (this.strictUtf8) {
      const bad = firstInvalidUtf8(buf, s, e);
      if (bad >= 0)
        throw new InputError(
          { file: this.file, line: this.line },
          `not valid UTF-8 at byte ${bad - s + 1} of the line (byte 0x${buf[bad]!.toString(16).padStart(2, '0')}); ` +
            're-encode the file as UTF-8 (e.g. iconv -f latin1 -t utf-8).',
        );
    }
    const text = buf.toString('utf8', s, e);
    const obj = parseJsonObject(text, this.file, this.line);
    const { starts, ends, kinds } = this.cells!;
    kinds.fill(KIND_MISSING);
    const need = 2 * (e - s) + 64;
    if (this.scratch.length < need)
      this.scratch = Buffer.allocUnsafe(Math.max(need, this.scratch.length * 2));
    let out = this.scratch;
    let o = 0;
    let tokens: Map<string, string> | null = null;
    for (const key of Object.keys(obj)) {
      const sl = this.keySlot.get(key);
      if (sl === undefined) continue;
      const v = obj[key];
      let kind: number;
      let str = '';
      if (v === null) kind = KIND_NULL;
      else if (typeof v === 'string') {
        // An escaped lone surrogate ("\ud800") has no UTF-8 form: written out it would become
        // U+FFFD and merge with every other such label.
        if (LONE_SURROGATE.test(v))
          throw new InputError(
            { file: this.file, line: this.line, column: key },
            'the string holds an unpaired surrogate escape (\\uD800–\\uDFFF), which is not valid Unicode text; ' +
              'labels must be valid UTF-8.',
          );
        kind = KIND_TEXT;
        str = v;
      } else if (typeof v === 'number') {
        kind = KIND_NUMBER;
        // The number as written, not as a double (9007199254740993 must stay itself).
        tokens ??= numberTokens(text);
        str = tokens.get(key) ?? String(v);
      } else if (typeof v === 'boolean') {
        kind = KIND_BOOL;
        str = v ? 'true' : 'false';
      } else {
        kind = KIND_NESTED;
        // The value's JSON text (its first byte tells an object from an array in messages; a
        // text task's array of references is parsed back from it). JSON.stringify writes a
        // lone surrogate as an escape, so the text stays well-formed.
        str = JSON.stringify(v);
      }
      starts[sl] = o;
      const bytes = Buffer.byteLength(str, 'utf8');
      if (o + bytes > out.length) {
        // A nested value written back can outgrow its source (1e22 → 1e+22): never cut it.
        const bigger = Buffer.allocUnsafe(2 * (o + bytes));
        out.copy(bigger, 0, 0, o);
        out = this.scratch = bigger;
      }
      o += out.write(str, o, 'utf8');
      ends[sl] = o;
      kinds[sl] = kind;
    }
  }
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The number tokens, as written, of the top-level keys of a JSON object text that `JSON.parse`
 * accepted (the last one of a repeated key, as `JSON.parse` keeps the last value).
 */
function numberTokens(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let depth = 0;
  let key: string | null = null;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== QUOTE) j += text.charCodeAt(j) === BACKSLASH ? 2 : 1;
      if (depth === 1 && expectKey) key = JSON.parse(text.slice(i, j + 1)) as string;
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth === 1) expectKey = true;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (depth === 1 && c === 0x2c) expectKey = true;
    else if (depth === 1 && c === 0x3a) expectKey = false;
    else if (depth === 1 && !expectKey && key !== null && (c === 45 || (c >= 48 && c <= 57))) {
      let j = i + 1;
      while (j < text.length && /[0-9eE.+-]/.test(text[j])) j++;
      out.set(key, text.slice(i, j));
      i = j - 1;
    }
  }
  return out;
}

/** `JSON.parse` of one line that must hold an object; errors name the file and line. */
export function parseJsonObject(text: string, file: string, line: number): Record<string, unknown> {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (err) {
    throw new InputError(
      { file, line },
      `not valid JSON (${(err as Error).message}). JSON Lines files hold one JSON object per line, ` +
        'e.g. {"id": "a1", "label": "cat", "prediction": "dog"}.',
    );
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    const what = Array.isArray(obj) ? 'an array' : obj === null ? 'null' : `a ${typeof obj}`;
    throw new InputError(
      { file, line },
      `found ${what} where a JSON object was expected. JSON Lines files hold one object per line, ` +
        'e.g. {"id": "a1", "label": "cat", "prediction": "dog"}.',
    );
  }
  return obj as Record<string, unknown>;
}

function lit(buf: Buffer, p: number, e: number, word: string): boolean {
  if (p + word.length > e) return false;
  for (let i = 0; i < word.length; i++) if (buf[p + i] !== word.charCodeAt(i)) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** End of a strict JSON number starting at p, or -1. */
function jsonNumberEnd(buf: Buffer, p: number, e: number): number {
  if (buf[p] === 45) p++;
  if (p >= e) return -1;
  if (buf[p] === 48) p++;
  else if (isDigit(buf[p])) while (p < e && isDigit(buf[p])) p++;
  else return -1;
  if (p < e && buf[p] === 46) {
    p++;
    if (p >= e || !isDigit(buf[p])) return -1;
    while (p < e && isDigit(buf[p])) p++;
  }
  if (p < e && (buf[p] === 101 || buf[p] === 69)) {
    p++;
    if (p < e && (buf[p] === 43 || buf[p] === 45)) p++;
    if (p >= e || !isDigit(buf[p])) return -1;
    while (p < e && isDigit(buf[p])) p++;
  }
  return p;
}

/** End of a nested object/array starting at p (strings without escapes only), or -1. */
function skipNested(buf: Buffer, p: number, e: number): number {
  let depth = 0;
  for (; p < e; p++) {
    const c = buf[p];
    if (c === QUOTE) {
      p++;
      while (p < e && buf[p] !== QUOTE) {
        if (buf[p] === BACKSLASH) return -1;
        p++;
      }
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return p + 1;
    }
  }
  return -1;
}
