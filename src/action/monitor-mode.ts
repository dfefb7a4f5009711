/**
 * The action's `monitor` mode (docs/monitoring.md): a window of served predictions against a
 * reference, for a scheduled workflow. Writes monitor.json / monitor.md, the job summary, the
 * outputs `alarm`, `monitor-result`, `monitor-report`, the OpenMetrics file and the Pushgateway
 * push; exits 1 on an alarm, so the workflow's next step can open or update an issue.
 */
import * as core from '@actions/core';
import { UsageError } from '../errors.js';
import { runMonitor } from '../pipeline/run-monitor.js';
import { renderMonitorMarkdown } from '../monitor/render.js';
import type { ActionDeps } from './action-deps.js';
import type { ActionInputs } from './inputs.js';
import { maskPushgatewayCredentials } from './publish.js';
import { sourceFromEnvironment } from '../cli/source.js';
import { writeJobSummary } from './summary.js';

export const ACTION_FLAG_NAMES = {
  scoreColumn: 'input "score-column"',
  scorePrefix: 'input "score-prefix"',
  predictionColumn: 'input "prediction-column"',
  latencyColumn: 'input "latency-column"',
  errorColumn: 'input "error-column"',
};

export async function monitorMode(inputs: ActionInputs, deps: ActionDeps): Promise<number> {
  const m = inputs.monitor;
  if (!m.window)
    throw new UsageError('input "window" is required in mode "monitor" (the served predictions file).');
  if (!m.reference)
    throw new UsageError(
      'input "reference" is required in mode "monitor" (a reference window file, or the release\'s run folder).',
    );
  maskPushgatewayCredentials(inputs);
  const run = await runMonitor(
    {
      window: m.window,
      reference: m.reference,
      labels: inputs.labels,
      columns: {
        scoreColumn: inputs.scoreColumn,
        scorePrefix: inputs.scorePrefix,
        predictionColumn: m.predictionColumn,
        latencyColumn: m.latencyColumn,
        errorColumn: m.errorColumn,
      },
      task: inputs.task,
      idColumn: inputs.idColumn,
      labelColumn: inputs.labelColumn,
      positiveLabel: inputs.positiveLabel,
      missing: inputs.missing,
      tolerance: m.tolerance,
      significance: m.significance,
      maxErrorRate: m.maxErrorRate,
      maxP99Ms: m.maxP99Ms,
      name: inputs.name,
      source: sourceFromEnvironment(deps.env),
      flags: ACTION_FLAG_NAMES,
    },
    {
      outDir: inputs.outDir,
      openmetricsPath: inputs.openmetrics,
      pushgatewayUrl: inputs.pushgatewayUrl,
      pushgatewayAuth: inputs.pushgatewayAuth,
      networkTimeoutMs: inputs.networkTimeout * 1000,
      names: { openmetrics: 'input "openmetrics"' },
    },
    deps.logger,
  );
  await writeJobSummary(renderMonitorMarkdown(run.result), deps.env);
  core.setOutput('alarm', String(run.result.alarm));
  core.setOutput('monitor-result', run.paths.json);
  core.setOutput('monitor-report', run.paths.markdown);
  for (const a of run.result.alarms) core.error(a, { title: `${inputs.name}: monitor alarm` });
  return run.exitCode;
}
