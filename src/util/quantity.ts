/**
 * Quantities: the one place that knows each unit's name, how a gate.yml value in it is read
 * (`2GiB`, `200ms`, `1.5pp`, `90%`) and how a value, a change and an unsigned amount of it are
 * written ("1.308 GiB", "+56.36 MiB", "1.20 points"). Every renderer (text, Markdown, HTML, SVG),
 * the check reasons and the gate.yml parser go through here, so a unit is printed and read alike
 * everywhere (the model is hyperfine's src/util/units.rs).
 *
 * Deterministic, no locale: the same value renders the same bytes on every machine.
 */

/**
 * The unit a value is stored in (result.json). `proportion` is a fraction in [0, 1] whose changes
 * are shown in percentage points; `score` is a unitless number; `milliseconds` values are stored
 * in ms but shown on the seconds scale; `percent` is stored as 0–100.
 */
export type QuantityUnit =
  'proportion' | 'score' | 'seconds' | 'milliseconds' | 'bytes' | 'percent' | 'per_second' | 'count';

/** Shown for a missing value (null, NaN, undefined). */
export const MISSING = '—';

export function isMissing(v: number | null | undefined): v is null | undefined {
  return v === null || v === undefined || Number.isNaN(v);
}

/** Remove a sign from a rendering of zero ("-0.00" → "0.00"). */
export function unsignZero(s: string): string {
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/** Signed, e.g. "+1.20" / "-0.35" / "0.00" (zero and missing stay unsigned). */
export function signed(s: string): string {
  if (s.startsWith('-') || /^0(\.0*)?(\s|%|$)/.test(s) || s === MISSING) return s;
  return '+' + s;
}

/** `x` with `sig` significant digits in fixed notation (no exponent), e.g. 1.234, 12.35, 1235. */
export function fixedSig(x: number, sig = 4): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  const digits = Math.floor(Math.log10(a)) + 1;
  const decimals = Math.min(20, Math.max(0, sig - digits));
  let s = x.toFixed(decimals);
  // Rounding can add a digit (9.9996 → "10.000"); drop the extra decimal.
  if (decimals > 0 && Math.abs(Number(s)) >= 10 ** digits) s = x.toFixed(decimals - 1);
  return unsignZero(s);
}

/** Integer with thousands separators: 12345 → "12,345". */
export function formatCount(n: number | null | undefined): string {
  if (isMissing(n)) return MISSING;
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const neg = n < 0;
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + grouped + (frac ? '.' + frac : '');
}

/** A unitless value: 4 decimals (0.9123); exponent with 4 significant digits when tiny or huge. */
export function formatDecimal(v: number | null | undefined): string {
  if (isMissing(v)) return MISSING;
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-4 || a >= 1e7)) return v.toExponential(3);
  return unsignZero(v.toFixed(4));
}

// ---------------------------------------------------------------- scales

interface Scale {
  suffix: string;
  /** Multiply a base-unit value (seconds, bytes) by this to get the scaled number. */
  factor: number;
}

const TIME_SCALES: Scale[] = [
  { suffix: 's', factor: 1 },
  { suffix: 'ms', factor: 1e3 },
  { suffix: 'µs', factor: 1e6 },
  { suffix: 'ns', factor: 1e9 },
];

const BYTE_SCALES: Scale[] = [
  { suffix: 'TiB', factor: 1 / 1024 ** 4 },
  { suffix: 'GiB', factor: 1 / 1024 ** 3 },
  { suffix: 'MiB', factor: 1 / 1024 ** 2 },
  { suffix: 'KiB', factor: 1 / 1024 },
  { suffix: 'B', factor: 1 },
];

function timeScale(seconds: number): Scale {
  const a = Math.abs(seconds);
  if (a >= 1 || a === 0) return TIME_SCALES[0];
  if (a >= 1e-3) return TIME_SCALES[1];
  if (a >= 1e-6) return TIME_SCALES[2];
  return TIME_SCALES[3];
}

function byteScale(bytes: number): Scale {
  const a = Math.abs(bytes);
  for (const s of BYTE_SCALES) if (a * s.factor >= 1) return s;
  return BYTE_SCALES[BYTE_SCALES.length - 1];
}

/** How many stored units make one base unit (ms → s: values are divided by 1000 for display). */
export function baseDivisor(unit: QuantityUnit): number {
  if (unit === 'milliseconds') return 1000;
  if (unit === 'percent') return 100; // OpenMetrics writes ratios (0–1)
  return 1;
}

/** The scale of a unit for a base-unit reference value; null for units without scales. */
function scaleFor(unit: QuantityUnit, referenceBase: number): Scale | null {
  if (unit === 'seconds' || unit === 'milliseconds') return timeScale(referenceBase);
  if (unit === 'bytes') return byteScale(referenceBase);
  return null;
}

/** The display scale for a stored reference value: multiply a stored value by `factor`. */
export function displayScale(unit: QuantityUnit, reference: number): { suffix: string; factor: number } {
  const toBase = unit === 'milliseconds' ? 1 / 1000 : 1;
  const scale = scaleFor(unit, reference * toBase);
  return scale ? { suffix: scale.suffix, factor: scale.factor * toBase } : { suffix: '', factor: 1 };
}

function withScale(v: number, scale: Scale, sig: number): string {
  const x = v * scale.factor;
  if (scale.suffix === 'B') return `${formatCount(Math.round(x))} B`;
  return `${fixedSig(x, sig)} ${scale.suffix}`;
}

// ---------------------------------------------------------------- formatting

/**
 * A stored value in `unit`: "1.235 s", "812.4 MiB", "87.5%", "1,234/s", "0.9123". With a
 * `reference` (a stored value too), seconds and bytes use the reference's scale and enough
 * decimals for it to show 4 significant digits, so a median and its spread read in one unit.
 */
export function formatQuantity(
  v: number | null | undefined,
  unit: QuantityUnit,
  reference?: number | null,
): string {
  if (isMissing(v)) return MISSING;
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  const toBase = unit === 'milliseconds' ? 1 / 1000 : 1;
  const refStored = reference === undefined || reference === null || Number.isNaN(reference) ? v : reference;
  const scale = scaleFor(unit, refStored * toBase);
  if (scale) {
    const base = v * toBase;
    if (scale.suffix === 'B') return withScale(base, scale, 4);
    if (refStored === v) return withScale(base, scale, 4);
    const ref = Math.abs(refStored * toBase * scale.factor);
    const refDigits = ref === 0 ? 1 : Math.floor(Math.log10(ref)) + 1;
    const decimals = Math.min(20, Math.max(0, 4 - refDigits));
    return `${unsignZero((base * scale.factor).toFixed(decimals))} ${scale.suffix}`;
  }
  switch (unit) {
    case 'percent':
      return `${fixedSig(v, 3)}%`;
    case 'per_second':
      return `${fixedSig(v, 4)}/s`;
    case 'count':
      return formatCount(v);
    default:
      return formatDecimal(v);
  }
}

/** Percentage points of a proportion change, 2 decimals: 0.012 → "1.20". */
function points(delta: number): string {
  return unsignZero((delta * 100).toFixed(2));
}

/**
 * A signed change (candidate − baseline) in `unit`: proportions in points ("+1.20 pts"), bytes and
 * durations scaled ("+56.36 MiB", "+183.1 ms", on `reference`'s scale when given), others signed.
 */
export function formatChange(
  delta: number | null | undefined,
  unit: QuantityUnit,
  reference?: number | null,
): string {
  if (isMissing(delta)) return MISSING;
  if (unit === 'proportion') return `${signed(points(delta))} pts`;
  return signed(formatQuantity(delta, unit, reference ?? delta));
}

/** The size of a change without sign, for sentences: "1.20 points", "38.15 MiB", "0.0123". */
export function formatAmount(delta: number, unit: QuantityUnit): string {
  if (unit === 'proportion') {
    const pts = points(Math.abs(delta));
    return `${pts} ${pts === '1.00' ? 'point' : 'points'}`;
  }
  return formatQuantity(Math.abs(delta), unit);
}

/**
 * A value as a user would write it in gate.yml (no space, shortest form): 2GiB, 200ms, 1.5s,
 * 0.9. For thresholds shown back to the user next to what they wrote.
 */
export function formatAsWritten(x: number, unit: QuantityUnit): string {
  const short = (n: number): string => String(Number(n.toPrecision(4)));
  if (unit === 'bytes') {
    for (const s of BYTE_SCALES)
      if (s.suffix !== 'B' && Math.abs(x) * s.factor >= 1) return `${short(x * s.factor)}${s.suffix}`;
    return `${short(x)}B`;
  }
  if (unit === 'seconds') return Math.abs(x) < 1 && x !== 0 ? `${short(x * 1000)}ms` : `${short(x)}s`;
  if (unit === 'milliseconds') return `${short(x)}ms`;
  if (unit === 'percent') return `${short(x)}%`;
  if (unit === 'per_second') return `${short(x)}/s`;
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-4))
    return x
      .toExponential(3)
      .replace(/\.?0+e/, 'e')
      .replace('e+', 'e');
  return short(x);
}

// ---------------------------------------------------------------- parsing

const NUM = String.raw`([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)`;
const PLAIN = new RegExp(`^${NUM}$`, 'i');
const WITH_SUFFIX = new RegExp(`^${NUM}\\s*([a-zµμ%/]*)$`, 'i');

/** Size suffixes (case-insensitive): decimal units are powers of 1000, binary ones of 1024. */
const SIZE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['b', 1],
  ['k', 1e3],
  ['kb', 1e3],
  ['ki', 1024],
  ['kib', 1024],
  ['m', 1e6],
  ['mb', 1e6],
  ['mi', 1024 ** 2],
  ['mib', 1024 ** 2],
  ['g', 1e9],
  ['gb', 1e9],
  ['gi', 1024 ** 3],
  ['gib', 1024 ** 3],
  ['t', 1e12],
  ['tb', 1e12],
  ['ti', 1024 ** 4],
  ['tib', 1024 ** 4],
]);

/** Duration suffixes (case-insensitive), in seconds. */
const DURATION_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['ns', 1e-9],
  ['us', 1e-6],
  ['µs', 1e-6],
  ['μs', 1e-6],
  ['ms', 1e-3],
  ['s', 1],
  ['sec', 1],
  ['secs', 1],
  ['second', 1],
  ['seconds', 1],
  ['m', 60],
  ['min', 60],
  ['mins', 60],
  ['minute', 60],
  ['minutes', 60],
  ['h', 3600],
  ['hr', 3600],
  ['hour', 3600],
  ['hours', 3600],
]);

/** Percentage-point suffixes for proportions: "1.5pp" = 0.015. */
const POINT_SUFFIXES: ReadonlySet<string> = new Set(['pp', 'pt', 'pts', 'point', 'points']);

function suffixed(text: string): [number, string] | undefined {
  const m = WITH_SUFFIX.exec(text.trim());
  return m ? [Number(m[1]), m[2].toLowerCase()] : undefined;
}

/** A size in bytes: 2GiB, 500MB, 1.5 GB, 1024. */
export function parseSize(text: string): number | undefined {
  const m = suffixed(text);
  if (!m) return undefined;
  const f = SIZE_SUFFIXES.get(m[1]);
  return f === undefined ? undefined : m[0] * f;
}

/** A duration in seconds: 200ms, 2s, 1.5 min, 250us (a bare number is not a duration). */
export function parseDuration(text: string): number | undefined {
  const m = suffixed(text);
  if (!m) return undefined;
  const f = DURATION_SUFFIXES.get(m[1]);
  return f === undefined ? undefined : m[0] * f;
}

/** "10%" → 0.1; undefined for anything else. */
export function parsePercent(text: string): number | undefined {
  const m = suffixed(text);
  return m && m[1] === '%' ? m[0] / 100 : undefined;
}

/**
 * An absolute amount in `unit` from a gate.yml value: a plain number (already in the unit) or a
 * unit-bearing string — sizes for bytes, durations for seconds/milliseconds, percentage points
 * for proportions, "/s" for rates. Percentages ("10%") are not handled here: whether they are
 * relative tolerances or values depends on the key, which the caller knows. Undefined when the
 * text is not such an amount.
 */
export function parseQuantity(v: unknown, unit: QuantityUnit): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (PLAIN.test(s)) return Number(s);
  const m = suffixed(s);
  if (!m) return undefined;
  const [n, suffix] = m;
  switch (unit) {
    case 'bytes':
      return parseSize(s);
    case 'seconds':
    case 'milliseconds': {
      const sec = parseDuration(s);
      if (sec === undefined) return undefined;
      return unit === 'milliseconds' ? sec * 1000 : sec;
    }
    case 'proportion':
      return POINT_SUFFIXES.has(suffix) ? n / 100 : undefined;
    case 'per_second':
      return suffix === '/s' ? n : undefined;
    default:
      return undefined;
  }
}

/** What a gate.yml value of `unit` looks like, for "expected …" messages. */
export function expectedForm(unit: QuantityUnit): string {
  switch (unit) {
    case 'bytes':
      return 'expected a size such as 2GiB or 500MB';
    case 'seconds':
    case 'milliseconds':
      return 'expected a duration such as 200ms or 2s';
    case 'proportion':
      return 'expected a number such as 0.9 (or points such as 1.5pp)';
    default:
      return 'expected a number such as 0.9';
  }
}

/** Example gate.yml values in `unit`: a tolerance and a bound. */
export function exampleValue(unit: QuantityUnit, what: 'tol' | 'bound'): string {
  switch (unit) {
    case 'bytes':
      return what === 'tol' ? '"15%" or 100MB' : '2GiB';
    case 'seconds':
      return what === 'tol' ? '"10%" or 200ms' : '2s';
    case 'milliseconds':
      return what === 'tol' ? '"10%" or 5ms' : '200ms';
    default:
      return what === 'tol' ? '0.005 or "1%"' : '0.9';
  }
}

/** Every unit, so tests can check each has a formatter and a parser. */
export const QUANTITY_UNITS: readonly QuantityUnit[] = [
  'proportion',
  'score',
  'seconds',
  'milliseconds',
  'bytes',
  'percent',
  'per_second',
  'count',
];
