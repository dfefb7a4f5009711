import { DEFAULT_RUNS, DEFAULT_WARMUP, type BenchOptions } from '../../bench/index.js';
import { UsageError } from '../../errors.js';
import { optionalInteger, optionalString, type ParsedArgs } from '../args.js';

/**
 * The measuring flags of `bench`, which `run` spells with a "bench-" prefix (--latency-file is
 * spelled the same in both), so that both commands read and default them alike.
 */
export function benchOptionsFrom(
  command: string,
  parsed: ParsedArgs,
  prefix: '' | 'bench-',
  target: BenchOptions['command'],
): BenchOptions {
  const timeout = parsed.flags[`${prefix}timeout`] as number | undefined;
  if (timeout !== undefined && timeout <= 0)
    throw new UsageError(`--${prefix}timeout must be > 0 seconds, found ${timeout}.`);
  return {
    command: target,
    runs: optionalInteger(command, parsed, `${prefix}runs`, 1) ?? DEFAULT_RUNS,
    warmup: optionalInteger(command, parsed, `${prefix}warmup`, 0) ?? DEFAULT_WARMUP,
    timeoutSeconds: timeout,
    latencyFile: optionalString(parsed, 'latency-file'),
  };
}
