import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';
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
  /** Overall deadline of the Pushgateway push, retries included (default 30 s). */
  networkTimeoutMs?: number;
  /** How the adapter names each file output in messages: `--openmetrics` / `input "openmetrics"`. */
  names?: { openmetrics?: string; tensorboard?: string };
}

function fileProblem(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EISDIR') return 'it is a directory; give a file path (e.g. DIR/metrics.om.txt)';
  if (err.code === 'ENOTDIR') return 'a part of the path is a file, not a directory';
  return `${err.message}${err.code ? ` (${err.code})` : ''}`;
}

/**
 * File exports are outputs the user asked for, like `--out`: a path that cannot be one (a
 * directory given for the OpenMetrics file, a file given for the TensorBoard directory) is a
 * usage error, found here before any work is done. Network exports are different: a Pushgateway
 * that is down is a warning (see exportResult).
 */
export async function checkExportPaths(targets: ExportTargets): Promise<void> {
  const om = targets.openmetricsPath;
  if (om !== undefined) {
    const st = await stat(om).catch(() => undefined);
    if (st?.isDirectory())
      throw new UsageError(
        `${targets.names?.openmetrics ?? 'openmetrics'}: ${JSON.stringify(om)} is a directory; give the path of the ` +
          'OpenMetrics file to write (e.g. DIR/metrics.om.txt).',
      );
  }
  const tb = targets.tensorboardDir;
  if (tb !== undefined) {
    const st = await stat(tb).catch(() => undefined);
    if (st && !st.isDirectory())
      throw new UsageError(
        `${targets.names?.tensorboard ?? 'tensorboard'}: ${JSON.stringify(tb)} is a file; give the directory to write ` +
          'TensorBoard event files into.',
      );
  }
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
 * Sends a result to the monitoring stack. The network export (Pushgateway) never changes the
 * verdict: its failures are warnings. A file export that cannot be written is a UsageError
 * (exit 2), like an unwritable `--out`.
 */
export async function exportResult(result: Result, targets: ExportTargets, logger: Logger): Promise<void> {
  const labels = { gate: targets.gate };
  if (targets.openmetricsPath) {
    try {
      await mkdir(dirname(targets.openmetricsPath), { recursive: true });
      await writeFile(targets.openmetricsPath, toOpenMetrics(result, labels));
      logger.info(`Wrote OpenMetrics to ${targets.openmetricsPath}.`);
    } catch (e) {
      throw new UsageError(
        `${targets.names?.openmetrics ?? 'openmetrics'}: cannot write ${JSON.stringify(targets.openmetricsPath)}: ${fileProblem(e)}.`,
      );
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
      throw new UsageError(
        `${targets.names?.tensorboard ?? 'tensorboard'}: cannot write TensorBoard events to ${JSON.stringify(targets.tensorboardDir)}: ${fileProblem(e)}.`,
      );
    }
  }
  if (targets.pushgatewayUrl) {
    const pushed = await pushToGateway({
      url: targets.pushgatewayUrl,
      gate: targets.gate,
      result,
      auth: parsePushgatewayAuth(targets.pushgatewayAuth),
      deadlineMs: targets.networkTimeoutMs,
    });
    if (pushed.ok) logger.info('Pushed the metrics to the Pushgateway.');
    else logger.warning(pushed.warning);
  }
}
