import * as core from '@actions/core';
import { exportResult, parsePushgatewayAuth } from '../publish/index.js';
import { urlCredentials } from '../publish/pushgateway.js';
import type { Result } from '../result/schema.js';
import type { Logger } from '../util/progress.js';
import type { ActionInputs } from './inputs.js';

/** OpenMetrics file and Pushgateway push. Never changes the verdict: failures are warnings. */
export async function publishMetrics(inputs: ActionInputs, result: Result, logger: Logger): Promise<void> {
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
  await exportResult(
    result,
    {
      gate: inputs.name,
      openmetricsPath: inputs.openmetrics,
      pushgatewayUrl: inputs.pushgatewayUrl,
      pushgatewayAuth: inputs.pushgatewayAuth,
    },
    logger,
  );
}
