import type { FlagSpec } from '../args.js';

export const FAIL_ON_FLAG: FlagSpec = {
  type: 'string',
  choices: ['fail', 'warn', 'never'],
  valueName: 'LEVEL',
  description: "exit 1 on: fail (default, or gate.yml's fail_on), warn, never",
};
