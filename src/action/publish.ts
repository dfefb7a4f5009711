import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pushToGateway, toOpenMetrics, type PushAuth } from '../publish/index.js';
import type { Result } from '../result/schema.js';
import type { ActionInputs } from './inputs.js';

/** "user:password", "Bearer TOKEN" or a bare token. */
export function parsePushgatewayAuth(value: string | undefined): PushAuth | undefined {
  if (!value) return undefined;
  const bearer = /^bearer\s+(.+)$/i.exec(value);
  if (bearer) return { bearer: bearer[1] };
  const colon = value.indexOf(':');
  return colon === -1
    ? { bearer: value }
    : { username: value.slice(0, colon), password: value.slice(colon + 1) };
}

/** OpenMetrics file and Pushgateway push. Never changes the verdict: failures are warnings. */
export async function publishMetrics(inputs: ActionInputs, result: Result): Promise<void> {
  const gate = inputs.name;
  if (inputs.openmetrics) {
    try {
      await mkdir(dirname(inputs.openmetrics), { recursive: true });
      await writeFile(inputs.openmetrics, toOpenMetrics(result, { gate }));
      core.info(`Wrote OpenMetrics to ${inputs.openmetrics}.`);
    } catch (e) {
      core.warning(`model-gate could not write ${inputs.openmetrics}: ${(e as Error).message}`);
    }
  }
  if (inputs.pushgatewayUrl) {
    if (inputs.pushgatewayAuth) {
      core.setSecret(inputs.pushgatewayAuth);
      const auth = parsePushgatewayAuth(inputs.pushgatewayAuth);
      if (auth && 'password' in auth && auth.password) core.setSecret(auth.password);
    }
    const pushed = await pushToGateway({
      url: inputs.pushgatewayUrl,
      gate,
      result,
      auth: parsePushgatewayAuth(inputs.pushgatewayAuth),
    });
    if (pushed.ok) core.info(`Pushed the metrics to the Pushgateway.`);
    else core.warning(pushed.warning);
  }
}
