import { runServeBenchmark, SERVE_DEFAULTS } from '../../bench/serve/serve-bench.js';
import { UsageError } from '../../errors.js';
import { renderBenchText } from '../../report/index.js';
import { writeTextFile } from '../../result/write.js';
import { terminalSafeJson } from '../../util/escape.js';
import type { Logger } from '../../util/progress.js';
import { optionalInteger, optionalString, parseArgs, type FlagSpecs } from '../args.js';
import type { Command } from './command.js';
import { serveOptionsFrom, unprefixedServeFlags } from './serve-flags.js';

const FLAGS: FlagSpecs = {
  ...unprefixedServeFlags(),
  'request-timeout': {
    type: 'number',
    valueName: 'SECONDS',
    description: `a request not answered within this long counts as a "timeout" error (default ${SERVE_DEFAULTS.requestTimeoutSeconds})`,
  },
  runs: {
    type: 'number',
    valueName: 'N',
    description: `measured rounds of load (default ${SERVE_DEFAULTS.runs})`,
  },
  warmup: {
    type: 'number',
    valueName: 'N',
    description: `warm-up rounds, not measured (default ${SERVE_DEFAULTS.warmup})`,
  },
  'sample-interval': {
    type: 'number',
    valueName: 'MS',
    description: `process-tree and GPU sampling interval (default ${SERVE_DEFAULTS.sampleIntervalMs})`,
  },
  out: {
    type: 'string',
    valueName: 'PATH',
    description: 'write the benchmark (bench section of result.json) as JSON',
  },
  format: {
    type: 'string',
    choices: ['text', 'json'],
    valueName: 'FORMAT',
    description: 'stdout format: text (default) or json',
  },
};

export const serveBenchCommand: Command = {
  name: 'serve-bench',
  usage:
    'model-gate serve-bench --server "COMMAND" --ready URL|PORT --requests FILE [--url URL] [--concurrency C] [--rate R] [--duration S | --count N] [--timeout S] [--out PATH]',
  summary:
    'Start a model server, load it with requests, measure latency, throughput, errors, CPU, memory and GPU, stop it.',
  flags: FLAGS,
  async run(argv: string[], logger: Logger): Promise<number> {
    const parsed = parseArgs('serve-bench', argv, FLAGS);
    const options = serveOptionsFrom('serve-bench', parsed, '', {
      runs: optionalInteger('serve-bench', parsed, 'runs', 1),
      warmup: optionalInteger('serve-bench', parsed, 'warmup', 0),
    });
    if (!options)
      throw new UsageError(
        '--server "COMMAND" is required (the model server to start). Run "model-gate serve-bench --help".',
      );
    const requestTimeout = parsed.flags['request-timeout'] as number | undefined;
    const bench = await runServeBenchmark(
      {
        ...options,
        requestTimeoutSeconds: requestTimeout,
        sampleIntervalMs: optionalInteger('serve-bench', parsed, 'sample-interval', 10),
      },
      logger,
    );
    const json = JSON.stringify(bench, null, 2) + '\n';
    const out = optionalString(parsed, 'out');
    if (out) await writeTextFile(out, json);
    process.stdout.write(
      optionalString(parsed, 'format') === 'json'
        ? terminalSafeJson(json)
        : renderBenchText(bench, {
            color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
            width: process.stdout.columns,
          }),
    );
    return 0;
  },
};
