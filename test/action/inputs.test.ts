import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { envInputReader, readInputs } from '../../src/action/inputs.js';

const read = (vars: Record<string, string>) =>
  envInputReader(Object.fromEntries(Object.entries(vars).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])));

describe('action inputs', () => {
  it('applies the defaults of action.yml', () => {
    const i = readInputs(read({ predictions: 'p.csv' }));
    expect(i).toMatchObject({
      mode: 'gate',
      predictions: 'p.csv',
      task: 'auto',
      idColumn: 'id',
      labelColumn: 'label',
      predictionColumn: 'prediction',
      missing: 'error',
      benchRuns: 5,
      benchWarmup: 1,
      name: 'model-gate',
      baseline: { kind: 'artifact' },
      updateBaseline: 'auto',
      retentionDays: 90,
      comment: 'auto',
      outDir: 'model-gate-out',
    });
    expect(i.failOn).toBeUndefined();
    expect(i.labels).toBeUndefined();
  });

  it('bench-baseline-command and bench-confirm: read, and refused without what they pair with', () => {
    const i = readInputs(
      envInputReader({
        INPUT_PREDICTIONS: 'p.csv',
        'INPUT_BENCH-COMMAND': 'python new.py',
        'INPUT_BENCH-BASELINE-COMMAND': 'python old.py',
        'INPUT_BENCH-CONFIRM': '5',
      }),
    );
    expect(i).toMatchObject({
      benchCommand: 'python new.py',
      benchBaselineCommand: 'python old.py',
      benchConfirm: 5,
    });
    expect(readInputs(read({ predictions: 'p.csv' }))).toMatchObject({ benchConfirm: 0 });
    expect(readInputs(read({ predictions: 'p.csv' })).benchBaselineCommand).toBeUndefined();
    expect(() =>
      readInputs(
        envInputReader({ INPUT_PREDICTIONS: 'p.csv', 'INPUT_BENCH-BASELINE-COMMAND': 'python old.py' }),
      ),
    ).toThrow(/set bench-command too/);
    expect(() =>
      readInputs(
        envInputReader({
          INPUT_PREDICTIONS: 'p.csv',
          'INPUT_BENCH-COMMAND': 'x',
          'INPUT_BENCH-CONFIRM': '2',
        }),
      ),
    ).toThrow(/set bench-baseline-command too/);
    expect(() =>
      readInputs(
        envInputReader({
          INPUT_PREDICTIONS: 'p.csv',
          'INPUT_BENCH-COMMAND': 'x',
          'INPUT_BENCH-CONFIRM': '-1',
        }),
      ),
    ).toThrow(UsageError);
  });

  it('reads runner-style names with hyphens (INPUT_ID-COLUMN)', () => {
    const i = readInputs(
      envInputReader({
        INPUT_PREDICTIONS: 'p.csv',
        'INPUT_ID-COLUMN': 'row',
        'INPUT_SCORE-COLUMN': 'proba',
        'INPUT_BENCH-RUNS': '3',
        'INPUT_BENCH-TIMEOUT': '2.5',
        'INPUT_FAIL-ON': 'warn',
        'INPUT_UPDATE-BASELINE': 'never',
        INPUT_BASELINE: './base/result.json',
      }),
    );
    expect(i).toMatchObject({
      idColumn: 'row',
      scoreColumn: 'proba',
      benchRuns: 3,
      benchTimeout: 2.5,
      failOn: 'warn',
      updateBaseline: 'never',
      baseline: { kind: 'path', path: './base/result.json' },
    });
    expect(readInputs(read({ predictions: 'p', baseline: 'none' })).baseline).toEqual({ kind: 'none' });
  });

  it('refuses bad values with a message naming the input', () => {
    expect(() => readInputs(read({ predictions: 'p', task: 'not-a-task' }))).toThrow(
      /input "task": "not-a-task"/,
    );
    expect(() => readInputs(read({ predictions: 'p', 'bench-runs': 'five' }))).toThrow(UsageError);
    expect(() => readInputs(read({ predictions: 'p', name: 'a b' }))).toThrow(/gate name/);
    expect(() => readInputs(read({ predictions: 'p', name: 'x-->' }))).toThrow(/gate name/);
    expect(() => readInputs(read({}))).toThrow(/"predictions" is required/);
  });

  it('does not need predictions in post-comment mode', () => {
    expect(readInputs(read({ mode: 'post-comment' })).mode).toBe('post-comment');
  });
});
