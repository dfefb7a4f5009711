import { validateGateName } from '../../pipeline/gate-name.js';
import { UsageError } from '../../errors.js';
import { checkExportPaths, exportResult, type ExportTargets } from '../../publish/index.js';
import type { Result } from '../../result/schema.js';
import type { Logger } from '../../util/progress.js';
import { optionalString, type FlagSpecs, type ParsedArgs } from '../args.js';

export const PUBLISH_FLAGS: FlagSpecs = {
  name: {
    type: 'string',
    valueName: 'NAME',
    description: 'gate name, for reports and metric labels (default model-gate)',
  },
  openmetrics: {
    type: 'string',
    valueName: 'PATH',
    description: 'also write the result as OpenMetrics text',
  },
  pushgateway: {
    type: 'string',
    valueName: 'URL',
    description: 'push the result to a Prometheus Pushgateway (auth from env MODEL_GATE_PUSHGATEWAY_AUTH)',
  },
  tensorboard: {
    type: 'string',
    valueName: 'DIR',
    description: 'also write TensorBoard scalar event files here',
  },
  'network-timeout': {
    type: 'number',
    valueName: 'SECONDS',
    description:
      'overall deadline of the --pushgateway push, retries included (default 30, or env MODEL_GATE_NETWORK_TIMEOUT)',
  },
};

/** The default overall deadline of a network export, in seconds (the Action's network-timeout too). */
export const DEFAULT_NETWORK_TIMEOUT_SECONDS = 30;

/** `--network-timeout`, else env MODEL_GATE_NETWORK_TIMEOUT, else 30 s; 1..600 like the Action input. */
export function networkTimeoutSeconds(parsed: ParsedArgs, env: NodeJS.ProcessEnv = process.env): number {
  const flag = parsed.flags['network-timeout'];
  const fromEnv = env.MODEL_GATE_NETWORK_TIMEOUT?.trim();
  const [value, where] =
    flag !== undefined
      ? [Number(flag), '--network-timeout']
      : fromEnv
        ? [Number(fromEnv), 'MODEL_GATE_NETWORK_TIMEOUT']
        : [DEFAULT_NETWORK_TIMEOUT_SECONDS, ''];
  if (!Number.isFinite(value) || value <= 0 || value > 600)
    throw new UsageError(
      `${where}: "${flag ?? fromEnv}" is not a number of seconds above 0 and at most 600 (the overall deadline of the Pushgateway push).`,
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
