import { OPTIONS, type OptionName } from '../../pipeline/options.js';
import type { FlagSpecs } from '../args.js';

/**
 * The CLI flags of options in the shared table (src/pipeline/options.ts), in the order given:
 * the same choice lists the Action accepts, the help text written once.
 */
export function optionFlags(...names: OptionName[]): FlagSpecs {
  const out: FlagSpecs = {};
  for (const name of names) {
    const spec = OPTIONS[name];
    const flag = 'flag' in spec ? spec.flag : undefined;
    if (!flag) throw new Error(`model-gate: option ${name} has no CLI flag`);
    out[flag.name] = {
      type: spec.type === 'string' ? 'string' : 'number',
      ...('choices' in spec ? { choices: spec.choices } : {}),
      valueName: flag.valueName,
      description: flag.description,
    };
  }
  return out;
}
