import { pushToGateway, toOpenMetrics, writeTensorBoard } from '../../publish/index.js';
import type { Result } from '../../result/schema.js';
import { writeTextFile } from '../../result/write.js';
import type { Logger } from '../../util/progress.js';
import { validateGateName } from '../../pipeline/gate-name.js';
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
};

export function gateNameFrom(parsed: ParsedArgs): string {
  const name = optionalString(parsed, 'name');
  return name === undefined ? 'model-gate' : validateGateName(name, '--name');
}

/** "user:password" or "Bearer TOKEN", from the environment so it never shows in `ps`. */
function pushgatewayAuth(value: string | undefined) {
  if (!value) return undefined;
  const bearer = /^bearer\s+(.+)$/i.exec(value);
  if (bearer) return { bearer: bearer[1] };
  const colon = value.indexOf(':');
  return colon === -1
    ? { bearer: value }
    : { username: value.slice(0, colon), password: value.slice(colon + 1) };
}

/** Exports to the monitoring stack. A failed push warns and never changes the verdict. */
export async function publishFromFlags(parsed: ParsedArgs, result: Result, logger: Logger): Promise<void> {
  const gate = gateNameFrom(parsed);
  const branch = result.source.ref;
  const commit = result.source.commit;
  const openmetrics = optionalString(parsed, 'openmetrics');
  if (openmetrics) await writeTextFile(openmetrics, toOpenMetrics(result, { gate, branch, commit }));
  const tensorboard = optionalString(parsed, 'tensorboard');
  if (tensorboard) {
    await writeTensorBoard(tensorboard, result, {
      step: Math.floor(Date.parse(result.created_at) / 1000),
      gate,
    });
  }
  const url = optionalString(parsed, 'pushgateway');
  if (url) {
    const pushed = await pushToGateway({
      url,
      gate,
      branch,
      commit,
      result,
      auth: pushgatewayAuth(process.env.MODEL_GATE_PUSHGATEWAY_AUTH),
    });
    if (!pushed.ok) logger.warning(pushed.warning);
  }
}
