import { runGate } from '../../pipeline/run-gate.js';
import type { Logger } from '../../util/progress.js';
import { optionalString, parseArgs, type FlagSpecs } from '../args.js';
import { FORMAT_FLAG, renderForStdout, type OutputFormat } from '../output.js';
import { sourceFromEnvironment } from '../source.js';
import { benchOptionsFrom } from './bench-flags.js';
import type { Command } from './command.js';
import { EVALUATE_FLAGS, evaluateOptionsFrom } from './evaluate-flags.js';
import { FAIL_ON_FLAG } from './gate-flags.js';
import { gateNameFrom, checkPublishFlags, PUBLISH_FLAGS, publishFromFlags } from './publish-flags.js';

const FLAGS: FlagSpecs = {
  ...EVALUATE_FLAGS,
  bench: {
    type: 'string',
    valueName: 'COMMAND',
    description: 'inference command to run and measure first (it may write the predictions)',
  },
  'bench-runs': { type: 'number', valueName: 'N', description: 'measured runs of --bench (default 5)' },
  'bench-warmup': { type: 'number', valueName: 'N', description: 'warm-up runs of --bench (default 1)' },
  'bench-timeout': {
    type: 'number',
    valueName: 'SECONDS',
    description: 'kill a --bench run (and its whole process tree) after this long',
  },
  'latency-file': {
    type: 'string',
    valueName: 'PATH',
    description: 'per-request latencies (ms) the --bench command writes',
  },
  config: {
    type: 'string',
    valueName: 'PATH',
    description: 'gate.yml (default: gate the primary metric with max_regression 0)',
  },
  baseline: {
    type: 'string',
    valueName: 'DIR|FILE',
    description: "a previous run's output folder or result.json",
  },
  'out-dir': {
    type: 'string',
    valueName: 'DIR',
    description: 'where result.json, report.md, report.html go (default model-gate-out)',
  },
  'fail-on': FAIL_ON_FLAG,
  format: FORMAT_FLAG,
  ...PUBLISH_FLAGS,
};

export const runCommand: Command = {
  name: 'run',
  usage:
    'model-gate run --predictions PATH [--labels PATH] [--bench "COMMAND"] [--baseline DIR|FILE] [flags]',
  summary: 'The whole gate: benchmark, evaluate, compare with a baseline, write reports, decide.',
  flags: FLAGS,
  async run(argv: string[], logger: Logger): Promise<number> {
    const parsed = parseArgs('run', argv, FLAGS);
    await checkPublishFlags(parsed);
    const benchCommand = optionalString(parsed, 'bench');
    const bench = benchCommand ? benchOptionsFrom('run', parsed, 'bench-', benchCommand) : undefined;
    const output = await runGate(
      {
        evaluate: evaluateOptionsFrom('run', parsed),
        bench,
        configPath: optionalString(parsed, 'config'),
        baseline: optionalString(parsed, 'baseline'),
        outDir: optionalString(parsed, 'out-dir') ?? 'model-gate-out',
        failOn: optionalString(parsed, 'fail-on') as 'fail' | 'warn' | 'never' | undefined,
        source: sourceFromEnvironment(),
        name: gateNameFrom(parsed),
      },
      logger,
    );
    await publishFromFlags(parsed, output.result, logger);
    const format = (optionalString(parsed, 'format') ?? 'text') as OutputFormat;
    process.stdout.write(renderForStdout(output.result, format, output.baseline ?? undefined));
    if (format === 'text')
      logger.info(`Wrote ${output.paths.result}, ${output.paths.report}, ${output.paths.html}`);
    return output.exitCode;
  },
};
