import { GateError } from '../errors.js';
import { VERSION } from '../version.js';
import { formatHelp } from './args.js';
import { benchCommand } from './commands/bench.js';
import type { Command } from './commands/command.js';
import { compareCommand } from './commands/compare.js';
import { evaluateCommand } from './commands/evaluate.js';
import { mergeCommand } from './commands/merge.js';
import { monitorCommand } from './commands/monitor.js';
import { runCommand } from './commands/run.js';
import { simulateCommand } from './commands/simulate.js';
import { closestName } from '../util/closest.js';
import { describeFileSystemError } from './file-system-error.js';
import { TerminalLogger } from './terminal-logger.js';
import { escapeLogLines, escapeLogText } from '../util/escape.js';

/**
 * Every message main prints embeds user strings (paths, labels, a command's stderr, the command
 * name typed): each line goes through escapeLogText, so none can carry a terminal escape or
 * start a CI runner command.
 */
function printError(line: string): void {
  process.stderr.write(`${escapeLogLines(line)}\n`);
}

const COMMANDS: Command[] = [
  evaluateCommand,
  benchCommand,
  runCommand,
  compareCommand,
  simulateCommand,
  mergeCommand,
  monitorCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `model-gate ${VERSION} — gate machine-learning models in CI`,
    '',
    'Usage: model-gate <command> [flags]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "model-gate <command> --help" for its flags.',
    'Exit codes: 0 pass (or no baseline yet), 1 the gate failed (monitor: an alarm), 2 usage or input error.',
    '',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const suggestion = closestName(
      name,
      COMMANDS.map((c) => c.name),
    );
    printError(
      `model-gate: unknown command "${escapeLogText(name, 80)}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} ` +
        `Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`,
    );
    return 2;
  }
  const ownArgs = rest.indexOf('--') === -1 ? rest : rest.slice(0, rest.indexOf('--'));
  if (ownArgs.includes('--help') || ownArgs.includes('-h')) {
    process.stdout.write(formatHelp(`Usage: ${command.usage}`, command.summary, command.flags));
    return 0;
  }
  try {
    return await command.run(rest, new TerminalLogger());
  } catch (error) {
    if (error instanceof GateError) {
      printError(`model-gate ${command.name}: error: ${error.message}`);
      return error.exitCode;
    }
    const fsMessage = describeFileSystemError(error);
    if (fsMessage !== undefined) {
      printError(`model-gate ${command.name}: error: ${fsMessage}`);
      return 2;
    }
    // Not a mistake the user can fix from a message: still no stack unless asked for.
    const message = error instanceof Error ? error.message : String(error);
    printError(
      `model-gate ${command.name}: internal error: ${escapeLogText(message)}\n` +
        (process.env.MODEL_GATE_DEBUG && error instanceof Error ? `${error.stack}\n` : '') +
        'This is a bug in model-gate; set MODEL_GATE_DEBUG=1 for details and please report it.',
    );
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
