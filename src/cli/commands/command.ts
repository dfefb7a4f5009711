import type { FlagSpecs } from '../args.js';
import type { Logger } from '../../util/progress.js';

export interface Command {
  name: string;
  usage: string;
  summary: string;
  flags: FlagSpecs;
  /** Returns the exit code: 0 pass, 1 gate failed; throws GateError for 2. */
  run(argv: string[], logger: Logger): Promise<number>;
}
