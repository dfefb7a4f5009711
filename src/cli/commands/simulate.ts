import { CALIBRATION_METRICS, calibrationGrid, simulate } from '../../compare/index.js';
import { defaultGateConfig, loadGateConfig, parseGateConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import type { Logger } from '../../util/progress.js';
import { optionalInteger, optionalString, parseArgs, type FlagSpecs } from '../args.js';
import type { Command } from './command.js';

const FLAGS: FlagSpecs = {
  n: { type: 'number', valueName: 'N', description: 'test-set size (examples per comparison)' },
  accuracy: { type: 'number', valueName: 'P', description: "the baseline's true accuracy, e.g. 0.90" },
  drop: {
    type: 'number',
    valueName: 'D',
    description: 'a true accuracy drop to detect, in points of 1 (e.g. 0.04)',
  },
  config: {
    type: 'string',
    valueName: 'PATH',
    description: 'gate.yml whose accuracy/error_rate rules to simulate',
  },
  'max-regression': {
    type: 'number',
    valueName: 'D',
    description: 'without --config: gate accuracy with this tolerance',
  },
  significance: {
    type: 'number',
    valueName: 'ALPHA',
    description: 'without --config: significance level (default 0.05)',
  },
  trials: { type: 'number', valueName: 'N', description: 'simulated comparisons per figure (default 200)' },
  seed: {
    type: 'number',
    valueName: 'N',
    description: 'random seed (default 1): the same seed gives the same figures',
  },
  grid: {
    type: 'boolean',
    description:
      'the calibration grid instead (JSON counts on stdout; npm run bench -- gate runs and tabulates it): 17 metrics × n 200/2k/20k × paired/unpaired (--trials per cell, default 100)',
  },
  metrics: {
    type: 'string',
    valueName: 'LIST',
    description: 'with --grid: only these metrics (comma-separated)',
  },
  sizes: {
    type: 'string',
    valueName: 'LIST',
    description: 'with --grid: test-set sizes (default 200,2000,20000)',
  },
  pilot: {
    type: 'number',
    valueName: 'N',
    description: "with --grid: A/A pairs measuring the delta's standard deviation per n (default 100)",
  },
  resamples: {
    type: 'number',
    valueName: 'N',
    description: 'with --grid: bootstrap resamples inside the gate (default 400)',
  },
  shard: {
    type: 'string',
    valueName: 'I/K',
    description: 'with --grid: run only trials t with t mod K = I (shards add up to the whole grid)',
  },
  format: {
    type: 'string',
    choices: ['text', 'json', 'markdown'],
    valueName: 'FORMAT',
    description: 'stdout format',
  },
};

function fraction(command: string, value: unknown, name: string, lo: number, hi: number): number {
  if (typeof value !== 'number' || !(value > lo && value < hi)) {
    throw new UsageError(`--${name} must be a number between ${lo} and ${hi}, found "${value}".`);
  }
  return value;
}

/**
 * Caps that keep a typo ("--n 1e12") from allocating an array per trial of that size: simulate
 * holds n labels in memory and costs n × trials steps, so beyond these a run would not finish.
 */
export const MAX_SIMULATE_N = 1_000_000;
export const MAX_SIMULATE_TRIALS = 100_000;

function capped(value: number | undefined, name: string, cap: number, what: string): number | undefined {
  if (value !== undefined && value > cap)
    throw new UsageError(
      `--${name} ${value} is above the cap of ${cap.toLocaleString('en-US')} ${what}; give a smaller value.`,
    );
  return value;
}

/** --max-regression on accuracy: a fraction ≥ 0 and < 1 (0.02 is two points). */
function tolerance01(value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value < 1))
    throw new UsageError(
      `--max-regression must be a number ≥ 0 and below 1 (accuracy is a fraction: 0.02 is two points), found "${value}".`,
    );
  return value;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export const simulateCommand: Command = {
  name: 'simulate',
  usage:
    'model-gate simulate --n N --accuracy P --drop D [--config gate.yml | --max-regression D] [--trials N]',
  summary:
    'Size a gate before trusting it: its false-alarm rate with no change and its power for a true drop.',
  flags: FLAGS,
  async run(argv: string[], logger: Logger): Promise<number> {
    const parsed = parseArgs('simulate', argv, FLAGS);
    if (parsed.flags.grid) {
      process.stdout.write(JSON.stringify(runGrid(parsed, logger)) + '\n');
      return 0;
    }
    const n = capped(optionalInteger('simulate', parsed, 'n', 1), 'n', MAX_SIMULATE_N, 'examples');
    if (n === undefined) throw new UsageError('--n (the test-set size) is required.');
    const accuracy = fraction('simulate', parsed.flags.accuracy, 'accuracy', 0, 1);
    const drop = fraction('simulate', parsed.flags.drop ?? 0.04, 'drop', 0, accuracy);
    const configPath = optionalString(parsed, 'config');
    let config = configPath ? await loadGateConfig(configPath) : defaultGateConfig();
    if (
      !configPath &&
      (parsed.flags['max-regression'] !== undefined || parsed.flags.significance !== undefined)
    ) {
      // Each flag is checked on its own, so an error names the flag that is wrong (the gate.yml
      // text below would otherwise blame whichever flag labelled it).
      const tolerance =
        parsed.flags['max-regression'] === undefined ? 0 : tolerance01(parsed.flags['max-regression']);
      const alpha =
        parsed.flags.significance === undefined
          ? 0.05
          : fraction('simulate', parsed.flags.significance, 'significance', 0, 1);
      config = parseGateConfig(
        `significance: ${alpha}\nmetrics:\n  accuracy: { max_regression: ${tolerance} }\n`,
        '--max-regression',
      );
    }
    const result = simulate({
      n,
      accuracy,
      drop,
      config,
      trials:
        capped(optionalInteger('simulate', parsed, 'trials', 1), 'trials', MAX_SIMULATE_TRIALS, 'trials') ??
        200,
      seed: optionalInteger('simulate', parsed, 'seed', 0) ?? 1,
    });
    const format = optionalString(parsed, 'format') ?? 'text';
    if (format === 'json') {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    const alpha = config.significance;
    const rows = [
      [`significance ${alpha === null ? 'off' : alpha}`, result.config],
      ['significance off (plain threshold)', result.significance_off],
    ] as const;
    const lines = [
      `Gate: ${result.rules.join('; ')} · n = ${n} · true accuracy ${accuracy} · ${result.trials} trials per figure · seed ${result.seed}`,
      '',
      `| test | false alarms (no change) | warnings (no change) | detected (true ${(drop * 100).toFixed(1)}-point drop) |`,
      '|---|---:|---:|---:|',
      ...rows.map(
        ([name, r]) =>
          `| ${name} | ${pct(r.false_alarm_rate)} | ${pct(r.false_warn_rate)} | ${pct(r.detection_rate)} |`,
      ),
      '',
    ];
    process.stdout.write(lines.join('\n'));
    return 0;
  },
};

function gridList(value: string | undefined, name: string, known?: readonly string[]): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((x) => x.trim());
  for (const item of items)
    if (known ? !known.includes(item) : !/^[1-9][0-9]*$/.test(item) || Number(item) > MAX_SIMULATE_N)
      throw new UsageError(
        `--${name}: "${item}" is not valid; expected ${known ? `metrics among ${known.join(', ')}` : `whole numbers from 1 to ${MAX_SIMULATE_N}`}, comma-separated.`,
      );
  return items;
}

function runGrid(parsed: ReturnType<typeof parseArgs>, logger: Logger) {
  const shardText = optionalString(parsed, 'shard') ?? '0/1';
  const shardMatch = /^([0-9]+)\/([1-9][0-9]*)$/.exec(shardText);
  if (!shardMatch || Number(shardMatch[1]) >= Number(shardMatch[2]))
    throw new UsageError(`--shard must be I/K with 0 ≤ I < K, such as 0/2, found "${shardText}".`);
  const shard = { index: Number(shardMatch[1]), count: Number(shardMatch[2]) };
  let last = 0;
  return calibrationGrid({
    trials:
      capped(optionalInteger('simulate', parsed, 'trials', 1), 'trials', MAX_SIMULATE_TRIALS, 'trials') ??
      100,
    pilot:
      capped(optionalInteger('simulate', parsed, 'pilot', 2), 'pilot', MAX_SIMULATE_TRIALS, 'pairs') ?? 100,
    resamples: optionalInteger('simulate', parsed, 'resamples', 100) ?? 400,
    seed: optionalInteger('simulate', parsed, 'seed', 0) ?? 1,
    metrics: gridList(
      optionalString(parsed, 'metrics'),
      'metrics',
      CALIBRATION_METRICS.map((m) => m.metric),
    ),
    sizes: gridList(optionalString(parsed, 'sizes'), 'sizes')?.map(Number),
    shard,
    onProgress: (n, done, total) => {
      // A line every 10% (and the last): progress on stderr, the JSON alone on stdout.
      if (done === total || Math.floor((10 * done) / total) > last) {
        last = done === total ? 0 : Math.floor((10 * done) / total);
        logger.info(`calibration shard ${shard.index}/${shard.count}: n = ${n}, trial ${done} of ${total}`);
      }
    },
  });
}
