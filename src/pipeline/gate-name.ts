import { UsageError } from '../errors.js';

/**
 * Gate names end up in artifact names (`<name>-baseline`), in an HTML comment (the sticky marker)
 * and in metric labels, so they are restricted to characters that are safe in all three.
 * `what` names where the value came from (`input "name"`, `--name`).
 */
export function validateGateName(name: string, what: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(name)) {
    throw new UsageError(
      `${what}: "${name}" is not a valid gate name: use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit.`,
    );
  }
  return name;
}
