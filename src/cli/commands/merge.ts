import { gateNameFrom } from './publish-flags.js';
import { UsageError } from '../../errors.js';
import { loadShards, mergeShards } from '../../merge/index.js';
import { writeMerged } from '../../pipeline/write-merged.js';
import { blockingStep, type Logger } from '../../util/progress.js';
import { optionalString, parseArgs, type FlagSpecs } from '../args.js';
import { FORMAT_FLAG, renderForStdout, type OutputFormat } from '../output.js';
import { sourceFromEnvironment } from '../source.js';
import type { Command } from './command.js';

const FLAGS: FlagSpecs = {
  out: {
    type: 'string',
    valueName: 'PATH',
    description: 'write the merged result.json here (and its examples.bin beside it)',
  },
  'out-dir': {
    type: 'string',
    valueName: 'DIR',
    description: 'write a run folder: result.json, examples.bin, report.md, report.html',
  },
  name: { type: 'string', valueName: 'NAME', description: 'gate name shown in reports (default model-gate)' },
  format: FORMAT_FLAG,
};

export const mergeCommand: Command = {
  name: 'merge',
  usage: 'model-gate merge SHARD... (--out PATH | --out-dir DIR) [--format text|json|markdown]',
  summary:
    'Combine results evaluated on disjoint shards (run folders or result.json) into the result of the whole.',
  flags: FLAGS,
  async run(argv: string[], logger: Logger): Promise<number> {
    const parsed = parseArgs('merge', argv, FLAGS, { positional: true, rest: true });
    // Shard paths: plain arguments, and anything after "--" (e.g. a path that starts with "--").
    const paths = [...(parsed.positional ?? []), ...parsed.rest];
    const out = optionalString(parsed, 'out');
    const outDir = optionalString(parsed, 'out-dir');
    if (out === undefined && outDir === undefined)
      throw new UsageError('give --out PATH or --out-dir DIR for the merged result.');
    if (paths.length === 0)
      throw new UsageError(
        'no shards given. Name the shard run folders or result.json files, e.g. ' +
          '`model-gate merge shards/*/ --out-dir merged`.',
      );
    const shards = await logger.group('Shards', () => loadShards(paths, logger));
    const examples = shards.reduce((n, s) => n + s.result.n, 0).toLocaleString('en-US');
    const merged = await logger.group('Merge', async () =>
      blockingStep(
        logger,
        `Merging ${shards.length} shard${shards.length === 1 ? '' : 's'} (${examples} examples)`,
        () => mergeShards(shards, { source: sourceFromEnvironment() }),
        (m) => (m.exact ? 'exact, from the examples' : `${Object.keys(m.result.metrics).length} metrics`),
      ),
    );
    // Checks the output paths before anything is written.
    const written = await logger.group('Write', () =>
      writeMerged(merged, shards, { out, outDir, name: gateNameFrom(parsed) }, logger),
    );
    for (const w of merged.result.warnings) logger.warning(w);
    logger.info(
      `Merged ${shards.length} shard${shards.length === 1 ? '' : 's'} (${merged.result.n} examples, ` +
        `${merged.exact ? 'exact: from the examples' : "from the shards' confusion counts and sufficient statistics"}) into ${[
          ...written.result,
        ].join(', ')}.`,
    );
    const format = (optionalString(parsed, 'format') ?? 'text') as OutputFormat;
    process.stdout.write(renderForStdout(merged.result, format));
    return 0;
  },
};
