import { validateGateName } from '../../pipeline/gate-name.js';
import { exportResult } from '../../publish/index.js';
import type { Result } from '../../result/schema.js';
import type { Logger } from '../../util/progress.js';
import { optionalString, type FlagSpecs, type ParsedArgs } from '../args.js';
import { optionFlags } from './option-flags.js';

export const PUBLISH_FLAGS: FlagSpecs = {
  ...optionFlags('name', 'openmetrics', 'pushgateway-url'),
  tensorboard: {
    type: 'string',
    valueName: 'DIR',
    description: 'also write TensorBoard scalar event files here',
  },
};

export function gateNameFrom(parsed: ParsedArgs): string {
  const name = optionalString(parsed, 'name');
  return name === undefined ? 'model-gate' : validateGateName(name, '--name');
}

/** Exports to the monitoring stack; credentials come from the environment so they never show in `ps`. */
export async function publishFromFlags(parsed: ParsedArgs, result: Result, logger: Logger): Promise<void> {
  await exportResult(
    result,
    {
      gate: gateNameFrom(parsed),
      openmetricsPath: optionalString(parsed, 'openmetrics'),
      pushgatewayUrl: optionalString(parsed, 'pushgateway'),
      pushgatewayAuth: process.env.MODEL_GATE_PUSHGATEWAY_AUTH,
      tensorboardDir: optionalString(parsed, 'tensorboard'),
    },
    logger,
  );
}
