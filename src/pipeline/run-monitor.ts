/**
 * `monitor` end to end, shared by the CLI command and the Action's `mode: monitor`: run the
 * monitor, write monitor.json and monitor.md into the output folder, export (OpenMetrics file,
 * Pushgateway), and say the exit code: 1 on an alarm (for alerting), 0 otherwise; bad input is a
 * GateError (2) before anything is written.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { monitor, type MonitorOptions } from '../monitor/monitor.js';
import type { MonitorResult } from '../monitor/monitor-result.js';
import { renderMonitorMarkdown } from '../monitor/render.js';
import { parsePushgatewayAuth } from '../publish/export.js';
import {
  MONITOR_PUSH_JOB,
  monitorToOpenMetrics,
  monitorToPrometheusText,
} from '../publish/monitor-openmetrics.js';
import { pushToGateway } from '../publish/pushgateway.js';
import type { Logger } from '../util/progress.js';
import { OPTIONS, type OptionName } from './options.js';

export interface MonitorNumbers {
  tolerance: number;
  significance: number;
  maxErrorRate?: number;
  maxP99Ms?: number;
}

/**
 * The monitor's decimal options, read the same way from flags and inputs: `get` returns the
 * value given (undefined = the table's default), `where` names it in messages.
 */
export function monitorNumbers(
  get: (name: OptionName) => string | undefined,
  where: (name: OptionName) => string,
): MonitorNumbers {
  const read = (
    name: OptionName,
    min: number,
    max: number,
    what: string,
    exclusiveMin = false,
  ): number | undefined => {
    const raw = get(name) ?? OPTIONS[name].default;
    if (raw === '') return undefined;
    const v = Number(raw);
    if (
      !/^\s*[0-9.eE+-]+\s*$/.test(raw) ||
      !Number.isFinite(v) ||
      v < min ||
      v > max ||
      (exclusiveMin && v === min)
    )
      throw new UsageError(`${where(name)}: "${raw}" is not ${what}.`);
    return v;
  };
  return {
    tolerance: read('drift-tolerance', 0, 10, 'a PSI tolerance in 0..10 (e.g. 0.1)')!,
    significance: read('drift-significance', 0, 0.5, 'a significance level in (0, 0.5] (e.g. 0.05)', true)!,
    maxErrorRate: read('max-error-rate', 0, 1, 'a share of requests in 0..1 (e.g. 0.01)'),
    maxP99Ms: read('max-p99-latency', 0, Number.MAX_VALUE, 'a latency in milliseconds (e.g. 250)'),
  };
}

export interface MonitorOutputs {
  outDir: string;
  openmetricsPath?: string;
  pushgatewayUrl?: string;
  pushgatewayAuth?: string;
  networkTimeoutMs?: number;
  names?: { openmetrics?: string };
}

export interface MonitorRun {
  result: MonitorResult;
  exitCode: number;
  paths: { json: string; markdown: string };
}

async function writeText(path: string, text: string, what: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (e) {
    throw new UsageError(`${what}: cannot write ${JSON.stringify(path)}: ${(e as Error).message}.`);
  }
}

export async function runMonitor(
  options: MonitorOptions,
  outputs: MonitorOutputs,
  logger: Logger,
): Promise<MonitorRun> {
  const result = await monitor(options, logger);
  const json = join(outputs.outDir, 'monitor.json');
  const markdown = join(outputs.outDir, 'monitor.md');
  await writeText(json, JSON.stringify(result, null, 2) + '\n', 'out-dir');
  await writeText(markdown, renderMonitorMarkdown(result), 'out-dir');
  if (outputs.openmetricsPath) {
    await writeText(
      outputs.openmetricsPath,
      monitorToOpenMetrics(result, options.name),
      outputs.names?.openmetrics ?? 'openmetrics',
    );
    logger.info(`Wrote OpenMetrics to ${outputs.openmetricsPath}.`);
  }
  if (outputs.pushgatewayUrl) {
    const pushed = await pushToGateway({
      url: outputs.pushgatewayUrl,
      gate: options.name,
      branch: result.source.branch ?? result.source.ref,
      body: monitorToPrometheusText(result, options.name),
      job: MONITOR_PUSH_JOB,
      auth: parsePushgatewayAuth(outputs.pushgatewayAuth),
      deadlineMs: outputs.networkTimeoutMs,
    });
    if (pushed.ok) logger.info('Pushed the monitor metrics to the Pushgateway.');
    else logger.warning(pushed.warning);
  }
  for (const w of result.warnings) logger.warning(w);
  return { result, exitCode: result.alarm ? 1 : 0, paths: { json, markdown } };
}
