import { OPTIONS, type OptionName } from '../../pipeline/options.js';
import { monitorNumbers, runMonitor } from '../../pipeline/run-monitor.js';
import { CLI_FLAG_NAMES } from '../../monitor/window.js';
import { renderMonitorMarkdown, renderMonitorText } from '../../monitor/render.js';
import { DEFAULT_EVALUATE_OPTIONS, type MissingPolicy } from '../../result/evaluation-data.js';
import type { TaskOption } from '../../result/schema.js';
import { terminalSafeJson } from '../../util/escape.js';
import type { Logger } from '../../util/progress.js';
import { optionalString, parseArgs, requireFlag, type FlagSpecs } from '../args.js';
import { sourceFromEnvironment } from '../source.js';
import type { Command } from './command.js';
import { optionFlags } from './option-flags.js';
import { gateNameFrom, networkTimeoutSeconds } from './publish-flags.js';
import { checkExportPaths } from '../../publish/export.js';

const FLAGS: FlagSpecs = {
  ...optionFlags('window', 'reference'),
  ...optionFlags('score-column', 'score-prefix', 'prediction-column', 'latency-column', 'error-column'),
  ...optionFlags('task', 'drift-tolerance', 'drift-significance', 'max-error-rate', 'max-p99-latency'),
  labels: {
    type: 'string',
    valueName: 'PATH',
    description: 'monitor: labels that have arrived, joined to the window by --id-column (performance)',
  },
  ...optionFlags('id-column', 'label-column', 'positive-label', 'missing', 'out-dir'),
  format: {
    type: 'string',
    choices: ['text', 'json', 'markdown'],
    valueName: 'FORMAT',
    description: 'stdout format: text (default), json (monitor.json), markdown (monitor.md)',
  },
  ...optionFlags('name', 'openmetrics', 'pushgateway-url', 'network-timeout'),
};

/** `--flag` of an option in the table (for messages). */
function flagOf(name: OptionName): string {
  const spec = OPTIONS[name];
  return 'flag' in spec ? `--${spec.flag.name}` : name;
}

export const monitorCommand: Command = {
  name: 'monitor',
  usage: 'model-gate monitor --window PATH --reference FILE|DIR [flags]',
  summary: 'Compare a window of served predictions with a reference: drift, errors, latency, performance.',
  flags: FLAGS,
  async run(argv: string[], logger: Logger): Promise<number> {
    const parsed = parseArgs('monitor', argv, FLAGS);
    const flag = (name: OptionName): string | undefined => {
      const spec = OPTIONS[name];
      return 'flag' in spec ? optionalString(parsed, spec.flag.name) : undefined;
    };
    const numbers = monitorNumbers(flag, flagOf);
    const name = gateNameFrom(parsed);
    const openmetricsPath = optionalString(parsed, 'openmetrics');
    await checkExportPaths({ gate: name, openmetricsPath, names: { openmetrics: '--openmetrics' } });
    const run = await runMonitor(
      {
        window: requireFlag('monitor', parsed, 'window'),
        reference: requireFlag('monitor', parsed, 'reference'),
        labels: optionalString(parsed, 'labels'),
        columns: {
          scoreColumn: flag('score-column'),
          scorePrefix: flag('score-prefix'),
          predictionColumn: flag('prediction-column'),
          latencyColumn: flag('latency-column'),
          errorColumn: flag('error-column'),
        },
        task: (flag('task') as TaskOption | undefined) ?? DEFAULT_EVALUATE_OPTIONS.task,
        idColumn: flag('id-column') ?? DEFAULT_EVALUATE_OPTIONS.idColumn,
        labelColumn: flag('label-column') ?? DEFAULT_EVALUATE_OPTIONS.labelColumn,
        positiveLabel: flag('positive-label'),
        missing: (flag('missing') as MissingPolicy | undefined) ?? DEFAULT_EVALUATE_OPTIONS.missing,
        ...numbers,
        name,
        source: sourceFromEnvironment(),
        flags: CLI_FLAG_NAMES,
      },
      {
        outDir: flag('out-dir') ?? OPTIONS['out-dir'].default,
        openmetricsPath,
        pushgatewayUrl: flag('pushgateway-url'),
        pushgatewayAuth: process.env.MODEL_GATE_PUSHGATEWAY_AUTH,
        networkTimeoutMs: networkTimeoutSeconds(parsed) * 1000,
        names: { openmetrics: '--openmetrics' },
      },
      logger,
    );
    const format = optionalString(parsed, 'format') ?? 'text';
    process.stdout.write(
      format === 'json'
        ? terminalSafeJson(JSON.stringify(run.result, null, 2) + '\n')
        : format === 'markdown'
          ? renderMonitorMarkdown(run.result)
          : renderMonitorText(run.result),
    );
    if (format === 'text') logger.info(`Wrote ${run.paths.json}, ${run.paths.markdown}`);
    return run.exitCode;
  },
};
