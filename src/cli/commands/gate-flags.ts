import type { FlagSpec } from '../args.js';
import { optionFlags } from './option-flags.js';

export const FAIL_ON_FLAG: FlagSpec = optionFlags('fail-on')['fail-on'];
