import type { ServeBenchOptions } from '../../bench/serve/serve-bench.js';
import { UsageError } from '../../errors.js';
import { OPTIONS, type OptionName } from '../../pipeline/options.js';
import { optionalInteger, optionalString, type FlagSpecs, type ParsedArgs } from '../args.js';
import { optionFlags } from './option-flags.js';

/** The serving options of the shared table, as `run` spells them (--serve, --serve-ready, …). */
export const SERVE_OPTION_NAMES = [
  'serve-command',
  'serve-ready',
  'serve-requests',
  'serve-url',
  'serve-concurrency',
  'serve-rate',
  'serve-duration',
  'serve-count',
  'serve-timeout',
] as const satisfies readonly OptionName[];

/** `serve-bench` spells them without the prefix (--server, --ready, --requests, …). */
export function unprefixedServeFlags(): FlagSpecs {
  const prefixed = optionFlags(...SERVE_OPTION_NAMES);
  const out: FlagSpecs = {};
  for (const [name, spec] of Object.entries(prefixed)) {
    const bare = name === 'serve' ? 'server' : name.slice('serve-'.length);
    out[bare] = {
      ...spec,
      description: spec.description.replace(/--serve-(\w+)/g, '--$1').replace(/--serve\b/g, 'the server'),
    };
  }
  return out;
}

function positiveNumber(parsed: ParsedArgs, name: string): number | undefined {
  const v = parsed.flags[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
    throw new UsageError(`--${name} expects a number > 0, found "${v}".`);
  return v;
}

function flagName(option: OptionName, prefix: 'serve-' | ''): string {
  const name = (OPTIONS[option] as { flag: { name: string } }).flag.name;
  if (prefix) return name;
  return name === 'serve' ? 'server' : name.slice('serve-'.length);
}

/** The serving options from `run` (prefix "serve-") or `serve-bench` (no prefix) flags. */
export function serveOptionsFrom(
  command: string,
  parsed: ParsedArgs,
  prefix: 'serve-' | '',
  rounds: { runs?: number; warmup?: number },
): ServeBenchOptions | undefined {
  const f = (o: OptionName) => flagName(o, prefix);
  const server = optionalString(parsed, f('serve-command'));
  if (server === undefined) {
    const stray = SERVE_OPTION_NAMES.slice(1).find((o) => parsed.flags[f(o)] !== undefined);
    if (stray)
      throw new UsageError(
        `--${f(stray)} needs --${f('serve-command')} "COMMAND" (the model server to start).`,
      );
    return undefined;
  }
  const ready = optionalString(parsed, f('serve-ready'));
  const requests = optionalString(parsed, f('serve-requests'));
  if (!ready)
    throw new UsageError(
      `--${f('serve-ready')} is required: a health URL (http://127.0.0.1:8000/health) or a port. Run "model-gate ${command} --help".`,
    );
  if (!requests)
    throw new UsageError(`--${f('serve-requests')} FILE is required. Run "model-gate ${command} --help".`);
  return {
    server,
    ready,
    requests,
    url: optionalString(parsed, f('serve-url')),
    concurrency: optionalInteger(command, parsed, f('serve-concurrency'), 1),
    rate: positiveNumber(parsed, f('serve-rate')),
    durationSeconds: positiveNumber(parsed, f('serve-duration')),
    count: optionalInteger(command, parsed, f('serve-count'), 1),
    timeoutSeconds: positiveNumber(parsed, f('serve-timeout')),
    ...rounds,
  };
}
