import { DEFAULT_RUNS, DEFAULT_WARMUP } from '../bench/index.js';
import { validateGateName as validateSharedGateName } from '../pipeline/gate-name.js';
import { DEFAULT_EVALUATE_OPTIONS, type EvaluateOptions } from '../result/evaluation-data.js';
import { UsageError } from '../errors.js';

/** The action's inputs, typed and validated. Names follow action.yml (kebab-case there). */
export interface ActionInputs extends Omit<EvaluateOptions, 'predictions'> {
  mode: 'gate' | 'post-comment';
  /** Required in mode "gate" only (checked by `readInputs`). */
  predictions?: string;
  benchCommand?: string;
  benchRuns: number;
  benchWarmup: number;
  benchTimeout?: number;
  config?: string;
  name: string;
  baseline: { kind: 'artifact' } | { kind: 'none' } | { kind: 'path'; path: string };
  baselineBranch?: string;
  updateBaseline: 'auto' | 'always' | 'never';
  retentionDays: number;
  comment: 'auto' | 'never';
  failOn?: 'fail' | 'warn' | 'never';
  githubToken: string;
  outDir: string;
  pushgatewayUrl?: string;
  pushgatewayAuth?: string;
  openmetrics?: string;
  /** Overall deadline of each GitHub/artifact/Pushgateway operation, in seconds. */
  networkTimeout: number;
}

/** Reads one input as the runner passes it (`INPUT_<NAME>`, upper case, hyphens kept). */
export type InputReader = (name: string) => string;

export function envInputReader(env: NodeJS.ProcessEnv = process.env): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function optional(read: InputReader, name: string): string | undefined {
  const v = read(name);
  return v === '' ? undefined : v;
}

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const v = read(name);
  if (v === '') return fallback;
  const lower = v.toLowerCase();
  const hit = allowed.find((a) => a === lower);
  if (!hit) {
    throw new UsageError(`input "${name}": "${v}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}.`);
  }
  return hit;
}

function integer(read: InputReader, name: string, fallback: number, min: number, max: number): number {
  const v = read(name);
  if (v === '') return fallback;
  if (!/^[0-9]+$/.test(v)) throw new UsageError(`input "${name}": "${v}" is not a whole number.`);
  const n = Number(v);
  if (n < min || n > max) throw new UsageError(`input "${name}": ${n} is outside ${min}..${max}.`);
  return n;
}

function positiveNumber(read: InputReader, name: string): number | undefined {
  const v = read(name);
  if (v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`input "${name}": "${v}" is not a positive number of seconds.`);
  return n;
}

export function validateGateName(name: string): string {
  return validateSharedGateName(name, 'input "name"');
}

export function readInputs(read: InputReader): ActionInputs {
  const mode = oneOf(read, 'mode', ['gate', 'post-comment'] as const, 'gate');
  const baselineRaw = read('baseline');
  const baseline: ActionInputs['baseline'] =
    baselineRaw === '' || baselineRaw.toLowerCase() === 'artifact'
      ? { kind: 'artifact' }
      : baselineRaw.toLowerCase() === 'none'
        ? { kind: 'none' }
        : { kind: 'path', path: baselineRaw };
  const failOnRaw = read('fail-on');
  const inputs: ActionInputs = {
    mode,
    predictions: optional(read, 'predictions'),
    labels: optional(read, 'labels'),
    task: oneOf(
      read,
      'task',
      ['auto', 'binary', 'multiclass', 'regression'] as const,
      DEFAULT_EVALUATE_OPTIONS.task,
    ),
    idColumn: read('id-column') || DEFAULT_EVALUATE_OPTIONS.idColumn,
    labelColumn: read('label-column') || DEFAULT_EVALUATE_OPTIONS.labelColumn,
    predictionColumn: read('prediction-column') || DEFAULT_EVALUATE_OPTIONS.predictionColumn,
    scoreColumn: optional(read, 'score-column'),
    scorePrefix: optional(read, 'score-prefix'),
    positiveLabel: optional(read, 'positive-label'),
    missing: oneOf(read, 'missing', ['error', 'count-as-wrong'] as const, DEFAULT_EVALUATE_OPTIONS.missing),
    benchCommand: optional(read, 'bench-command'),
    benchRuns: integer(read, 'bench-runs', DEFAULT_RUNS, 1, 1000),
    benchWarmup: integer(read, 'bench-warmup', DEFAULT_WARMUP, 0, 1000),
    benchTimeout: positiveNumber(read, 'bench-timeout'),
    config: optional(read, 'config'),
    name: validateGateName(read('name') || 'model-gate'),
    baseline,
    baselineBranch: optional(read, 'baseline-branch'),
    updateBaseline: oneOf(read, 'update-baseline', ['auto', 'always', 'never'] as const, 'auto'),
    retentionDays: integer(read, 'retention-days', 90, 1, 400),
    comment: oneOf(read, 'comment', ['auto', 'never'] as const, 'auto'),
    failOn: failOnRaw === '' ? undefined : oneOf(read, 'fail-on', ['fail', 'warn', 'never'] as const, 'fail'),
    githubToken: read('github-token'),
    outDir: read('out-dir') || 'model-gate-out',
    pushgatewayUrl: optional(read, 'pushgateway-url'),
    pushgatewayAuth: optional(read, 'pushgateway-auth'),
    openmetrics: optional(read, 'openmetrics'),
    networkTimeout: integer(read, 'network-timeout', 30, 1, 600),
  };
  if (mode === 'gate' && !inputs.predictions) {
    throw new UsageError(
      'input "predictions" is required (the path of the predictions file) in mode "gate".',
    );
  }
  return inputs;
}
