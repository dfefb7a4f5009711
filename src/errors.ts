/**
 * Errors a user can act on. Both adapters print `message` as-is (one paragraph, no stack trace)
 * and exit with `exitCode`. Anything that is not a GateError is a bug and is reported as such.
 */
export class GateError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'GateError';
    this.exitCode = exitCode;
  }
}

/** Bad command line, flag or configuration value. */
export class UsageError extends GateError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** Where in an input file something went wrong; every field optional but file. */
export interface InputLocation {
  file: string;
  line?: number;
  column?: string | number;
}

/** Bad input data: names the file, line and column, what was found and what was expected. */
export class InputError extends GateError {
  readonly location: InputLocation;
  constructor(location: InputLocation, message: string) {
    super(`${formatLocation(location)}: ${message}`, 2);
    this.name = 'InputError';
    this.location = location;
  }
}

export function formatLocation(loc: InputLocation): string {
  let s = loc.file;
  if (loc.line !== undefined) s += `, line ${loc.line}`;
  if (loc.column !== undefined)
    s += typeof loc.column === 'number' ? `, column ${loc.column}` : `, column "${loc.column}"`;
  return s;
}
