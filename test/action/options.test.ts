import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';
import { parseArgs } from '../../src/cli/args.js';
import { evaluateOptionsFrom } from '../../src/cli/commands/evaluate-flags.js';
import { evaluateCommand } from '../../src/cli/commands/evaluate.js';
import { runCommand } from '../../src/cli/commands/run.js';
import { monitorCommand } from '../../src/cli/commands/monitor.js';
import { UsageError } from '../../src/errors.js';
import { OPTIONS, optionSpec, type OptionName } from '../../src/pipeline/options.js';

// The one options table (src/pipeline/options.ts) against what users read: action.yml, and the
// CLI's flags.
const root = join(import.meta.dirname, '../..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default: string }>;
};
const names = Object.keys(OPTIONS) as OptionName[];
const withChoices = names.filter((n) => optionSpec(n).choices !== undefined);

/** An input reader with the given values and everything else empty (its default). */
const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? (name === 'predictions' ? 'p.csv' : '');

describe('the options table and action.yml', () => {
  it('has exactly one entry per action.yml input', () => {
    expect([...names].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it.each(names)('%s: the default agrees with action.yml', (name) => {
    expect(optionSpec(name).default).toBe(String(action.inputs[name].default));
  });

  it.each(withChoices)("%s: action.yml's description lists every choice", (name) => {
    const description = action.inputs[name].description;
    for (const choice of optionSpec(name).choices!)
      expect(description, `${name}: ${choice}`).toMatch(new RegExp(`(^|[^a-z-])${choice}([^a-z-]|$)`));
  });

  it.each(withChoices)('%s: the Action accepts each choice (any case) and refuses others', (name) => {
    for (const choice of optionSpec(name).choices!)
      expect(() => readInputs(reader({ [name]: choice.toUpperCase() }))).not.toThrow();
    expect(() => readInputs(reader({ [name]: 'bogus' }))).toThrow(UsageError);
    expect(() => readInputs(reader({ [name]: 'bogus' }))).toThrow(
      `input "${name}": "bogus" is not one of ${optionSpec(name)
        .choices!.map((c) => `"${c}"`)
        .join(', ')}.`,
    );
  });

  it("an empty input means action.yml's default (the runner may pass either)", () => {
    const given = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([name]) => name !== 'github-token' && name !== 'predictions')
        .map(([name, spec]) => [name, String(spec.default)]),
    );
    expect(readInputs(reader(given))).toEqual(readInputs(reader({})));
  });

  it('integer inputs keep to the ranges of the table', () => {
    expect(() => readInputs(reader({ 'retention-days': '401' }))).toThrow(
      'input "retention-days": 401 is outside 1..400.',
    );
    expect(() => readInputs(reader({ 'bench-runs': '0' }))).toThrow(
      'input "bench-runs": 0 is outside 1..1000.',
    );
  });
});

describe('the options table and the CLI', () => {
  const flagged = names.filter((n) => 'flag' in OPTIONS[n]);
  const cliFlags = { ...evaluateCommand.flags, ...runCommand.flags, ...monitorCommand.flags };

  it.each(flagged)('%s: the CLI flag takes the same choices', (name) => {
    const flag = (OPTIONS[name] as { flag: { name: string } }).flag.name;
    expect(cliFlags[flag], flag).toBeDefined();
    expect(cliFlags[flag].choices).toEqual(optionSpec(name).choices);
  });

  it('the CLI defaults are the defaults of the table', () => {
    const options = evaluateOptionsFrom(
      'evaluate',
      parseArgs('evaluate', ['--predictions', 'p.csv'], cliFlags),
    );
    expect(options).toMatchObject({
      task: OPTIONS.task.default,
      idColumn: OPTIONS['id-column'].default,
      labelColumn: OPTIONS['label-column'].default,
      predictionColumn: OPTIONS['prediction-column'].default,
      missing: OPTIONS.missing.default,
    });
  });

  it('a choice outside the table is a usage error naming the choices', () => {
    expect(() => parseArgs('run', ['--missing', 'skip'], runCommand.flags)).toThrow(
      /--missing must be one of error, count-as-wrong; found "skip"/,
    );
  });
});
