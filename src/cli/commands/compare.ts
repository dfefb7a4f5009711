import { loadBaseline } from '../../compare/index.js';
import { loadGateConfig, type GateConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { judge } from '../../pipeline/judge.js';
import type { Result } from '../../result/schema.js';
import { writeReports } from '../../pipeline/write-reports.js';
import type { Logger } from '../../util/progress.js';
import { optionalString, parseArgs, requireFlag, type FlagSpecs } from '../args.js';
import { FORMAT_FLAG, renderForStdout, type OutputFormat } from '../output.js';
import type { Command } from './command.js';
import { FAIL_ON_FLAG } from './gate-flags.js';
import { gateNameFrom } from './publish-flags.js';
import { optionFlags } from './option-flags.js';
import type { MissingPolicy } from '../../result/evaluation-data.js';

const FLAGS: FlagSpecs = {
  baseline: { type: 'string', valueName: 'DIR|FILE', description: 'the baseline run folder or result.json' },
  candidate: {
    type: 'string',
    valueName: 'DIR|FILE',
    description: 'the candidate run folder or result.json',
  },
  config: {
    type: 'string',
    valueName: 'PATH',
    description: 'gate.yml (default: gate the primary metric with max_regression 0)',
  },
  'out-dir': {
    type: 'string',
    valueName: 'DIR',
    description: 'also write result.json (with the gate), report.md and report.html here',
  },
  'fail-on': FAIL_ON_FLAG,
  ...optionFlags('missing'),
  name: { type: 'string', valueName: 'NAME', description: 'gate name shown in reports (default model-gate)' },
  format: FORMAT_FLAG,
};

export const compareCommand: Command = {
  name: 'compare',
  usage: 'model-gate compare --baseline DIR|FILE --candidate DIR|FILE [--config gate.yml] [flags]',
  summary: 'Compare two existing results: the same checks and report as `run`.',
  flags: FLAGS,
  async run(argv: string[], logger: Logger): Promise<number> {
    const parsed = parseArgs('compare', argv, FLAGS);
    // gate.yml first (a typo fails in a second); scores metrics are named by the data, so names
    // no declaration has wait for the results' task.
    const config = await loadGateConfig(optionalString(parsed, 'config'), { deferUnknownMetrics: true });
    const baselinePath = requireFlag('compare', parsed, 'baseline');
    const candidatePath = requireFlag('compare', parsed, 'candidate');
    // Each may carry a million-row sidecar: seconds to read, a step of its own.
    const baseline = await logger.group(`Baseline ${baselinePath}`, () => loadBaseline(baselinePath, logger));
    const candidate = await logger.group(`Candidate ${candidatePath}`, () =>
      loadBaseline(candidatePath, logger),
    );
    if (candidate.result.task !== 'scores' && config.unknown_metrics?.length)
      throw new UsageError(config.unknown_metrics[0]);
    // The sidecar stays with the candidate's own folder: this result is a comparison, not a baseline.
    const { examples: _sidecar, ...result } = candidate.result;
    const { gate, exitCode } = await logger.group('Compare', async () =>
      judge(
        candidate,
        baseline,
        config,
        optionalString(parsed, 'fail-on') as GateConfig['fail_on'] | undefined,
        logger,
        { missing: optionalString(parsed, 'missing') as MissingPolicy | undefined },
      ),
    );
    const judged: Result = { ...result, gate };
    const outDir = optionalString(parsed, 'out-dir');
    if (outDir) await writeReports(outDir, judged, baseline.result, gateNameFrom(parsed));
    const format = (optionalString(parsed, 'format') ?? 'text') as OutputFormat;
    process.stdout.write(renderForStdout(judged, format, baseline.result));
    return exitCode;
  },
};
