import { UsageError } from '../errors.js';

/**
 * A limit from the environment (a positive integer: bytes, or `unit`), else its default. Read when a file
 * is opened, not at load time, so a bad value is a usage error naming the variable rather than a
 * silently ignored setting (a user who raised a limit must not be held to the default unawares).
 */
export function envLimit(name: string, fallback: number, unit = 'bytes'): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw.trim());
  if (!/^\s*[0-9]+\s*$/.test(raw) || !Number.isSafeInteger(v) || v <= 0)
    throw new UsageError(
      `${name} must be a whole number of ${unit} above 0, got ${JSON.stringify(raw.slice(0, 40))}; ` +
        `unset it for the default (${fallback} ${unit}).`,
    );
  return v;
}
