import { describe, expect, it } from 'vitest';
import { makeCells, type RowSink } from '../../../src/evaluate/read/cells.js';
import { DelimitedScanner } from '../../../src/evaluate/read/delimited.js';
import { JsonlScanner } from '../../../src/evaluate/read/jsonl.js';
import { parseNumber } from '../../../src/evaluate/read/bytes.js';
import { compareCodePoints, orderLabels } from '../../../src/evaluate/read/labels.js';

type AnyScanner = DelimitedScanner | JsonlScanner;

/** Feeds `bytes` in pieces split at `cuts`, carrying the unconsumed tail like TableReader does. */
function scanInPieces(make: () => { scanner: AnyScanner; rows: string[] }, bytes: Buffer, cuts: number[]) {
  const { scanner, rows } = make();
  let buf = Buffer.alloc(0);
  let pos = 0;
  let last = 0;
  for (const cut of [...cuts, bytes.length]) {
    const piece = bytes.subarray(last, cut);
    last = cut;
    buf = Buffer.concat([buf.subarray(pos), piece]);
    pos = 0;
    pos = scanner.scan(buf, pos, buf.length, cut === bytes.length);
  }
  return rows;
}

function delimited(columns: number, slots: number[]) {
  return () => {
    const rows: string[] = [];
    const scanner = new DelimitedScanner('t.csv', 44, 2);
    const cells = makeCells(slots.length);
    const sink: RowSink = {
      row(buf, line) {
        const vals = slots.map((_, s) => buf.toString('utf8', cells.starts[s], cells.ends[s]));
        rows.push(`${line}:${vals.join('|')}`);
      },
    };
    const slotOf = new Int32Array(columns).fill(-1);
    slots.forEach((col, s) => (slotOf[col] = s));
    scanner.bind(slotOf, columns, cells, sink);
    return { scanner, rows };
  };
}

function jsonl(keys: string[]) {
  return () => {
    const rows: string[] = [];
    const scanner = new JsonlScanner('t.jsonl', 1);
    const cells = makeCells(keys.length);
    const sink: RowSink = {
      row(buf, line) {
        const vals = keys.map(
          (_, s) =>
            `${cells.kinds[s]}=${cells.kinds[s] < 3 ? buf.toString('utf8', cells.starts[s], cells.ends[s]) : ''}`,
        );
        rows.push(`${line}:${vals.join('|')}`);
      },
    };
    scanner.bind(new Map(keys.map((k, i) => [k, i])), keys, cells, sink);
    return { scanner, rows };
  };
}

describe('scanners at every chunk boundary', () => {
  it('CSV with quotes, CRLF, blank lines and a last line without newline', () => {
    const text = 'a,"b\r\nc",d\r\n\r\n"x""y",,z\r\np,q,"r"\n"",\u00e9,"s,t"';
    const bytes = Buffer.from(text);
    const make = delimited(3, [2, 0, 1]);
    const whole = scanInPieces(make, bytes, []);
    expect(whole).toEqual(['2:d|a|b\r\nc', '5:z|x"y|', '6:r|p|q', '7:s,t||é']);
    for (let i = 1; i < bytes.length; i++) {
      expect(scanInPieces(make, bytes, [i]), `cut ${i}`).toEqual(whole);
      for (let j = i + 1; j < bytes.length; j += 3) expect(scanInPieces(make, bytes, [i, j])).toEqual(whole);
    }
  });

  it('JSON Lines with escapes, nesting, CRLF and key order changes', () => {
    const text =
      '{"id": "a", "v": 1.5e3}\r\n\n{"v": "x\\"y", "id": 2, "o": {"k": [1, "}"]}}\n  {"id": true, "v": null}\n{"id":"é"}';
    const bytes = Buffer.from(text);
    const make = jsonl(['id', 'v']);
    const whole = scanInPieces(make, bytes, []);
    expect(whole).toEqual(['1:0=a|1=1.5e3', '3:1=2|0=x"y', '4:2=true|3=', '5:0=é|4=']);
    for (let i = 1; i < bytes.length; i++) expect(scanInPieces(make, bytes, [i]), `cut ${i}`).toEqual(whole);
  });
});

describe('parseNumber', () => {
  it('matches Number() on decimal forms and rejects the rest', () => {
    const ok = [
      '0',
      '-0',
      '1',
      '-1.25',
      '+3',
      '.5',
      '5.',
      '1e3',
      '1E-3',
      '0.1',
      '123456789012345',
      '1234567890123456789',
      ' 7 ',
      '0.30000000000000004',
      '9007199254740993',
      '1.7976931348623157e308',
    ];
    for (const s of ok) {
      const b = Buffer.from(s);
      expect(Object.is(parseNumber(b, 0, b.length), Number(s)), s).toBe(true);
    }
    for (const s of ['', '-', '+', '.', 'abc', '0x10', '1,5', '1.2.3', '--1', '1e']) {
      const b = Buffer.from(s);
      expect(Number.isNaN(parseNumber(b, 0, b.length)), s).toBe(true);
    }
    const inf = Buffer.from('-inf');
    expect(parseNumber(inf, 0, inf.length)).toBe(-Infinity);
  });

  it('parses random decimal strings exactly', () => {
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 20_000; i++) {
      const v = (rnd() - 0.5) * 10 ** Math.floor(rnd() * 12 - 6);
      for (const s of [String(v), v.toFixed(4), v.toPrecision(15)]) {
        const b = Buffer.from(s);
        expect(parseNumber(b, 0, b.length)).toBe(Number(s));
      }
    }
  });
});

describe('label order', () => {
  it('compares by code point (astral characters after U+FFFF)', () => {
    expect(compareCodePoints('\uffff', '😀')).toBeLessThan(0);
    expect('\uffff' < '😀').toBe(false); // UTF-16 order differs
    expect(compareCodePoints('a', 'ab')).toBeLessThan(0);
  });

  it('numeric when every label is a finite number', () => {
    expect(orderLabels(['10', '9', '-1', '1e1']).classes).toEqual(['-1', '9', '10']);
    expect(orderLabels(['10', '9', 'nan']).classes).toEqual(['10', '9', 'nan']);
    expect(orderLabels(['10', '9', 'inf']).classes).toEqual(['10', '9', 'inf']);
  });
});
