import { evaluateTask } from '../../evaluate/evaluate-task.js';
import { evaluateScores } from '../../evaluate/scores/evaluate-scores.js';
import { writeResult } from '../../result/write.js';
import type { Logger } from '../../util/progress.js';
import { optionalString, parseArgs, type FlagSpecs } from '../args.js';
import { FORMAT_FLAG, renderForStdout, type OutputFormat } from '../output.js';
import { checkPublishFlags, PUBLISH_FLAGS, publishFromFlags } from './publish-flags.js';
import { EVALUATE_FLAGS, evaluateOptionsFrom } from './evaluate-flags.js';
import type { Command } from './command.js';
import { sourceFromEnvironment } from '../source.js';

const FLAGS: FlagSpecs = {
  ...EVALUATE_FLAGS,
  out: { type: 'string', valueName: 'PATH', description: 'write result.json here' },
  format: FORMAT_FLAG,
  ...PUBLISH_FLAGS,
};

export const evaluateCommand: Command = {
  name: 'evaluate',
  usage: 'model-gate evaluate --predictions PATH [--labels PATH] [flags]',
  summary: 'Score predictions against labels with scikit-learn-identical metrics.',
  flags: FLAGS,
  async run(argv: string[], logger: Logger): Promise<number> {
    const parsed = parseArgs('evaluate', argv, FLAGS);
    await checkPublishFlags(parsed);
    const options = evaluateOptionsFrom('evaluate', parsed);
    // No per-example rows are needed here: row-aligned inputs stream in bounded memory.
    const { result } =
      options.task === 'scores'
        ? await evaluateScores(options, logger, sourceFromEnvironment())
        : await evaluateTask({ ...options, retainRows: false }, logger, sourceFromEnvironment());
    const out = optionalString(parsed, 'out');
    if (out) await writeResult(out, result);
    await publishFromFlags(parsed, result, logger);
    process.stdout.write(
      renderForStdout(result, (optionalString(parsed, 'format') ?? 'text') as OutputFormat),
    );
    return 0;
  },
};
