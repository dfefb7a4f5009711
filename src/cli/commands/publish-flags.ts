import { validateGateName } from '../../pipeline/gate-name.js';
import { UsageError } from '../../errors.js';
import { checkExportPaths, exportResult, type ExportTargets } from '../../publish/index.js';
import type { Result } from '../../result/schema.js';
import type { Logger } from '../../util/progress.js';
import { optionalString, type FlagSpecs, type ParsedArgs } from '../args.js';
import { OPTIONS } from '../../pipeline/options.js';
import { optionFlags } from './option-flags.js';

export const PUBLISH_FLAGS: FlagSpecs = {
  ...optionFlags('name', 'openmetrics', 'pushgateway-url'),
  tensorboard: {
    type: 'string',
    valueName: 'DIR',
    description: 'also write TensorBoard scalar event files here',
  },
  ...optionFlags('network-timeout'),
};

/**
 * `--network-timeout`, else env MODEL_GATE_NETWORK_TIMEOUT, else the table's default (30 s); a
 * whole number of seconds in the table's range (1..600), as the Action's `network-timeout` input.
 */
export function networkTimeoutSeconds(parsed: ParsedArgs, env: NodeJS.ProcessEnv = process.env): number {
  const spec = OPTIONS['network-timeout'];
  const flag = parsed.flags['network-timeout'];
  const fromEnv = env.MODEL_GATE_NETWORK_TIMEOUT?.trim();
  const [raw, where] =
    flag !== undefined
      ? [String(flag), '--network-timeout']
      : fromEnv
        ? [fromEnv, 'MODEL_GATE_NETWORK_TIMEOUT']
        : [spec.default, ''];
  const value = Number(raw);
  if (!/^[0-9]+$/.test(raw) || value < spec.min || value > spec.max)
    throw new UsageError(
      `${where}: "${raw}" is not a whole number of seconds in ${spec.min}..${spec.max} (the overall deadline of the Pushgateway push).`,
    );
  return value;
}

export function gateNameFrom(parsed: ParsedArgs): string {
  const name = optionalString(parsed, 'name');
  return name === undefined ? 'model-gate' : validateGateName(name, '--name');
}

function targetsFrom(parsed: ParsedArgs): ExportTargets {
  return {
    gate: gateNameFrom(parsed),
    openmetricsPath: optionalString(parsed, 'openmetrics'),
    pushgatewayUrl: optionalString(parsed, 'pushgateway'),
    pushgatewayAuth: process.env.MODEL_GATE_PUSHGATEWAY_AUTH,
    tensorboardDir: optionalString(parsed, 'tensorboard'),
    networkTimeoutMs: networkTimeoutSeconds(parsed) * 1000,
    names: { openmetrics: '--openmetrics', tensorboard: '--tensorboard' },
  };
}

/**
 * Checks the export flags before any work: a bad --network-timeout, a directory given as the
 * --openmetrics file or a file given as the --tensorboard directory is exit 2 at once.
 */
export async function checkPublishFlags(parsed: ParsedArgs): Promise<void> {
  await checkExportPaths(targetsFrom(parsed));
}

/** Exports to the monitoring stack; credentials come from the environment so they never show in `ps`. */
export async function publishFromFlags(parsed: ParsedArgs, result: Result, logger: Logger): Promise<void> {
  await exportResult(result, targetsFrom(parsed), logger);
}
