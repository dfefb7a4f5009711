import { runGate } from '../../pipeline/run-gate.js';
import type { Logger } from '../../util/progress.js';
import { optionalInteger, optionalString, parseArgs, type FlagSpecs } from '../args.js';
import { FORMAT_FLAG, renderForStdout, type OutputFormat } from '../output.js';
import { sourceFromEnvironment } from '../source.js';
import { benchOptionsFrom } from './bench-flags.js';
import type { Command } from './command.js';
import { EVALUATE_FLAGS, evaluateOptionsFrom } from './evaluate-flags.js';
import { optionFlags } from './option-flags.js';
import { OPTIONS } from '../../pipeline/options.js';
import { FAIL_ON_FLAG } from './gate-flags.js';
import { SERVE_OPTION_NAMES, serveOptionsFrom } from './serve-flags.js';
import { gateNameFrom, checkPublishFlags, PUBLISH_FLAGS, publishFromFlags } from './publish-flags.js';

const FLAGS: FlagSpecs = {
  ...EVALUATE_FLAGS,
  ...optionFlags('bench-command', 'bench-runs', 'bench-warmup', 'bench-timeout'),
  'latency-file': {
    type: 'string',
    valueName: 'PATH',
    description: 'per-request latencies (ms) the --bench command writes',
  },
  ...optionFlags(...SERVE_OPTION_NAMES),
  ...optionFlags('config', 'baseline', 'out-dir'),
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
    // A served model's rounds of load are counted by --bench-runs and --bench-warmup.
    const serve = serveOptionsFrom('run', parsed, 'serve-', {
      runs: optionalInteger('run', parsed, 'bench-runs', 1),
      warmup: optionalInteger('run', parsed, 'bench-warmup', 0),
    });
    const output = await runGate(
      {
        evaluate: evaluateOptionsFrom('run', parsed),
        bench,
        serve,
        configPath: optionalString(parsed, 'config'),
        baseline: optionalString(parsed, 'baseline'),
        outDir: optionalString(parsed, 'out-dir') ?? OPTIONS['out-dir'].default,
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
