import { UsageError } from '../errors.js';
import { closestName } from '../util/closest.js';

export type FlagType = 'string' | 'number' | 'boolean';

export interface FlagSpec {
  type: FlagType;
  /** Allowed values for a string flag. */
  choices?: readonly string[];
  description: string;
  valueName?: string;
}

export type FlagSpecs = Record<string, FlagSpec>;

export interface ParsedArgs {
  flags: Record<string, string | number | boolean | undefined>;
  /** Everything after `--` (a command to run), untouched. */
  rest: string[];
  /** With `{ positional: true }`: the arguments before `--` that are not flags or flag values. */
  positional?: string[];
}

export interface ParseOptions {
  /** Accept plain (non-flag) arguments, e.g. paths, and return them in `positional`. Off by default:
   * a stray word is then a usage error, so a forgotten "--" before a command never passes silently. */
  positional?: boolean;
  /** Accept arguments after `--` (bench's command, merge's paths). Off by default: elsewhere they
   * would be silently ignored, so they are a usage error that names them. */
  rest?: boolean;
}

/**
 * Parses `--name value`, `--name=value` and boolean `--name`. Unknown flags and bad values are
 * usage errors that name the closest valid flag, so a typo never silently changes behaviour.
 */
export function parseArgs(
  command: string,
  argv: readonly string[],
  specs: FlagSpecs,
  options: ParseOptions = {},
): ParsedArgs {
  const flags: ParsedArgs['flags'] = {};
  const positional: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('--')) {
      if (options.positional) {
        positional.push(arg);
        continue;
      }
      throw new UsageError(
        `unexpected argument "${arg}". Flags start with "--"; to pass a command to run, put it after "--".`,
      );
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const spec = specs[name];
    if (!spec) {
      const suggestion = closestName(name, Object.keys(specs));
      throw new UsageError(
        `unknown flag "--${name}".` +
          (suggestion ? ` Did you mean "--${suggestion}"?` : '') +
          ` Valid flags: ${Object.keys(specs)
            .map((f) => `--${f}`)
            .join(', ')}.`,
      );
    }
    let raw: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);
    if (spec.type === 'boolean') {
      if (raw !== undefined && raw !== 'true' && raw !== 'false') {
        throw new UsageError(`--${name} takes no value (found "${raw}").`);
      }
      flags[name] = raw !== 'false';
      continue;
    }
    if (raw === undefined) {
      if (i + 1 >= argv.length || argv[i + 1] === '--') {
        throw new UsageError(`--${name} needs a value (${spec.valueName ?? spec.type}).`);
      }
      raw = argv[++i];
    }
    // An empty value ("--id-column ''", "--out=") never means the default: it is always a mistake
    // (a shell variable that expanded to nothing), and taking it would silently change behaviour.
    if (raw.trim() === '') {
      throw new UsageError(
        `--${name} was given an empty value; give a ${spec.valueName ?? spec.type}, or leave the flag out for its default.`,
      );
    }
    flags[name] = convert(command, name, raw, spec);
  }
  // A command taking plain arguments (paths) takes them after "--" too.
  if (!options.rest && !options.positional && i < argv.length) {
    const extra = argv.slice(i);
    const shown = extra
      .slice(0, 5)
      .map((a) => JSON.stringify(a))
      .join(' ');
    throw new UsageError(
      `unexpected argument${extra.length === 1 ? '' : 's'} after "--": ${shown}${extra.length > 5 ? ' …' : ''}. ` +
        `Only "bench" (the command to measure) and "merge" (shard paths) take arguments after "--"; "${command}" takes flags only (remove the "--").`,
    );
  }
  return options.positional ? { flags, rest: argv.slice(i), positional } : { flags, rest: argv.slice(i) };
}

function convert(command: string, name: string, raw: string, spec: FlagSpec): string | number {
  if (spec.type === 'number') {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) {
      throw new UsageError(`--${name} expects a number, found "${raw}".`);
    }
    return value;
  }
  if (spec.choices && !spec.choices.includes(raw)) {
    const suggestion = closestName(raw, spec.choices);
    throw new UsageError(
      `--${name} must be one of ${spec.choices.join(', ')}; found "${raw}".` +
        (suggestion ? ` Did you mean "${suggestion}"?` : ''),
    );
  }
  return raw;
}

export function requireFlag(command: string, parsed: ParsedArgs, name: string): string {
  const value = parsed.flags[name];
  if (value === undefined || value === '') {
    throw new UsageError(`--${name} is required. Run "model-gate ${command} --help".`);
  }
  return String(value);
}

export function optionalString(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.flags[name];
  return value === undefined ? undefined : String(value);
}

export function optionalInteger(
  command: string,
  parsed: ParsedArgs,
  name: string,
  min: number,
): number | undefined {
  const value = parsed.flags[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new UsageError(`--${name} expects a whole number ≥ ${min}, found "${value}".`);
  }
  return value;
}

export function formatHelp(usage: string, summary: string, specs: FlagSpecs): string {
  const rows = Object.entries(specs).map(([name, spec]) => {
    const left =
      spec.type === 'boolean' ? `--${name}` : `--${name} ${spec.valueName ?? spec.type.toUpperCase()}`;
    return [left, spec.description] as const;
  });
  const width = Math.max(...rows.map(([l]) => l.length));
  return `${usage}\n\n${summary}\n\nFlags:\n${rows.map(([l, d]) => `  ${l.padEnd(width)}  ${d}`).join('\n')}\n`;
}
