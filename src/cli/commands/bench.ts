import { runBenchmark, runInterleaved } from '../../bench/index.js';
import { terminalSafeJson } from '../../util/escape.js';
import { UsageError } from '../../errors.js';
import { renderBenchText } from '../../report/index.js';
import { writeTextFile } from '../../result/write.js';
import type { Logger } from '../../util/progress.js';
import { optionalInteger, optionalString, parseArgs, type FlagSpecs } from '../args.js';
import { benchOptionsFrom } from './bench-flags.js';
import type { Command } from './command.js';

const FLAGS: FlagSpecs = {
  runs: { type: 'number', valueName: 'N', description: 'measured runs (default 5)' },
  warmup: { type: 'number', valueName: 'N', description: 'warm-up runs, not measured (default 1)' },
  against: {
    type: 'string',
    valueName: 'COMMAND',
    description:
      "the baseline's command (shell): measured in turn with COMMAND, A B A B … after warm-ups of each (--runs pairs)",
  },
  timeout: {
    type: 'number',
    valueName: 'SECONDS',
    description: 'kill a run and its whole process tree after this long',
  },
  'latency-file': {
    type: 'string',
    valueName: 'PATH',
    description: 'per-request latencies the command writes (ms per line, or a JSON array)',
  },
  'allow-failure': { type: 'boolean', description: 'record failing runs instead of stopping with exit 2' },
  'keep-survivors': {
    type: 'boolean',
    description: 'leave processes that outlive a run running (default: name them in a warning and kill them)',
  },
  'sample-interval': {
    type: 'number',
    valueName: 'MS',
    description: 'process-tree and GPU sampling interval (default 100)',
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

export const benchCommand: Command = {
  name: 'bench',
  usage:
    'model-gate bench [--runs N] [--warmup N] [--against "BASELINE COMMAND"] [--timeout S] [--latency-file PATH] [--out PATH] -- COMMAND [ARGS...]',
  summary: "Measure an inference command's wall time, CPU, peak memory and GPU over several runs.",
  flags: FLAGS,
  async run(argv: string[], logger: Logger): Promise<number> {
    const parsed = parseArgs('bench', argv, FLAGS, { rest: true });
    if (parsed.rest.length === 0) {
      throw new UsageError(
        'no command to measure. Put it after "--", e.g. model-gate bench -- python predict.py',
      );
    }
    const { against, ...options } = benchOptionsFrom('bench', parsed, '', parsed.rest);
    const measuring = {
      ...options,
      allowFailure: parsed.flags['allow-failure'] === true,
      keepSurvivors: parsed.flags['keep-survivors'] === true,
      sampleIntervalMs: optionalInteger('bench', parsed, 'sample-interval', 10),
    };
    const bench = against
      ? await runInterleaved({ ...measuring, against }, logger)
      : await runBenchmark(measuring, logger);
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
