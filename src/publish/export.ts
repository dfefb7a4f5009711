import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Result } from '../result/schema.js';
import type { Logger } from '../util/progress.js';
import { toOpenMetrics } from './openmetrics.js';
import { pushToGateway, type PushAuth } from './pushgateway.js';
import { writeTensorBoard } from './tensorboard.js';

export interface ExportTargets {
  /** The `gate` label / grouping key. */
  gate: string;
  openmetricsPath?: string;
  pushgatewayUrl?: string;
  /** "user:password", "Bearer TOKEN" or a bare token. */
  pushgatewayAuth?: string;
  tensorboardDir?: string;
  /** TensorBoard step; default: the result's creation time in Unix seconds. */
  tensorboardStep?: number;
}

/** "user:password" → basic auth; "Bearer TOKEN" or a bare token → bearer. */
export function parsePushgatewayAuth(value: string | undefined): PushAuth | undefined {
  if (!value) return undefined;
  const bearer = /^bearer\s+(.+)$/i.exec(value);
  if (bearer) return { bearer: bearer[1] };
  const colon = value.indexOf(':');
  return colon === -1
    ? { bearer: value }
    : { username: value.slice(0, colon), password: value.slice(colon + 1) };
}

/**
 * Sends a result to the monitoring stack. Exports never change the verdict: every failure is a
 * warning, and nothing here throws.
 */
export async function exportResult(result: Result, targets: ExportTargets, logger: Logger): Promise<void> {
  const labels = { gate: targets.gate };
  if (targets.openmetricsPath) {
    try {
      await mkdir(dirname(targets.openmetricsPath), { recursive: true });
      await writeFile(targets.openmetricsPath, toOpenMetrics(result, labels));
      logger.info(`Wrote OpenMetrics to ${targets.openmetricsPath}.`);
    } catch (e) {
      logger.warning(`Could not write ${targets.openmetricsPath}: ${(e as Error).message}`);
    }
  }
  if (targets.tensorboardDir) {
    try {
      const file = await writeTensorBoard(targets.tensorboardDir, result, {
        step: targets.tensorboardStep ?? Math.floor(Date.parse(result.created_at) / 1000),
        gate: targets.gate,
      });
      logger.info(`Wrote TensorBoard scalars to ${file}.`);
    } catch (e) {
      logger.warning(
        `Could not write TensorBoard events to ${targets.tensorboardDir}: ${(e as Error).message}`,
      );
    }
  }
  if (targets.pushgatewayUrl) {
    const pushed = await pushToGateway({
      url: targets.pushgatewayUrl,
      gate: targets.gate,
      result,
      auth: parsePushgatewayAuth(targets.pushgatewayAuth),
    });
    if (pushed.ok) logger.info('Pushed the metrics to the Pushgateway.');
    else logger.warning(pushed.warning);
  }
}
