import * as core from '@actions/core';
import {
  checkExportPaths,
  exportResult,
  parsePushgatewayAuth,
  type ExportTargets,
} from '../publish/index.js';
import { urlCredentials } from '../publish/pushgateway.js';
import type { Result } from '../result/schema.js';
import type { Logger } from '../util/progress.js';
import type { ActionInputs } from './inputs.js';

/**
 * OpenMetrics file and Pushgateway push. A push never changes the verdict (its failures are
 * warnings, within network-timeout); an OpenMetrics file that cannot be written is exit 2.
 */
export async function publishMetrics(inputs: ActionInputs, result: Result, logger: Logger): Promise<void> {
  maskPushgatewayCredentials(inputs);
  await exportResult(result, exportTargets(inputs), logger);
}

/** Masks the Pushgateway credentials (auth input, URL userinfo) before any request or log line. */
export function maskPushgatewayCredentials(inputs: ActionInputs): void {
  // Credentials written into the URL (http://user:pw@host/) are masked like the auth input.
  if (inputs.pushgatewayUrl)
    for (const secret of urlCredentials(inputs.pushgatewayUrl)) core.setSecret(secret);
  if (inputs.pushgatewayAuth) {
    // Masked before any request, so no log line (ours or a library's) can show it.
    core.setSecret(inputs.pushgatewayAuth);
    const auth = parsePushgatewayAuth(inputs.pushgatewayAuth);
    if (auth && 'password' in auth && auth.password) core.setSecret(auth.password);
    if (auth && 'bearer' in auth) core.setSecret(auth.bearer);
  }
}

function exportTargets(inputs: ActionInputs): ExportTargets {
  return {
    gate: inputs.name,
    openmetricsPath: inputs.openmetrics,
    pushgatewayUrl: inputs.pushgatewayUrl,
    pushgatewayAuth: inputs.pushgatewayAuth,
    networkTimeoutMs: inputs.networkTimeout * 1000,
    names: { openmetrics: 'input "openmetrics"' },
  };
}

/** A directory given as the `openmetrics` file is a usage error (exit 2), found before any work. */
export async function checkPublishInputs(inputs: ActionInputs): Promise<void> {
  await checkExportPaths(exportTargets(inputs));
}
