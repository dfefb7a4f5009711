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
  // `bench --against`, `run --bench-against` (an empty value is an error there, not "none").
  const against = optionalString(parsed, `${prefix}against`);
  if (against !== undefined && against.trim() === '')
    throw new UsageError(
      `--${prefix}against is empty: give the baseline's command, e.g. --${prefix}against "python predict.py --model old.onnx"`,
    );
  const confirm = optionalInteger(command, parsed, 'bench-confirm', 0);
  if (confirm && against === undefined)
    throw new UsageError(
      '--bench-confirm re-measures the interleaved pairs of --bench-against; give --bench-against "BASELINE COMMAND" too (or drop --bench-confirm).',
    );
  return {
    command: target,
    runs: optionalInteger(command, parsed, `${prefix}runs`, 1) ?? DEFAULT_RUNS,
    warmup: optionalInteger(command, parsed, `${prefix}warmup`, 0) ?? DEFAULT_WARMUP,
    timeoutSeconds: timeout,
    latencyFile: optionalString(parsed, 'latency-file'),
    ...(against !== undefined ? { against } : {}),
    ...(confirm ? { confirmPairs: confirm } : {}),
  };
}
