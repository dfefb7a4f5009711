import { validateGateName as validateSharedGateName } from '../pipeline/gate-name.js';
import { OPTIONS, optionSpec, type OptionName } from '../pipeline/options.js';
import type { EvaluateOptions } from '../result/evaluation-data.js';
import { UsageError } from '../errors.js';
import { monitorNumbers, type MonitorNumbers } from '../pipeline/run-monitor.js';

/**
 * The action's inputs, typed and validated against the options table (src/pipeline/options.ts:
 * choices, defaults, ranges). Names follow action.yml (kebab-case there).
 */
export interface ActionInputs extends Omit<EvaluateOptions, 'predictions'> {
  mode: 'gate' | 'post-comment' | 'monitor';
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
  /** Mode "monitor" (window and reference are required there, checked by the mode). */
  monitor: MonitorNumbers & {
    window?: string;
    reference?: string;
    latencyColumn?: string;
    errorColumn?: string;
    /** As given; undefined (empty or the default) = "prediction" when the window has it. */
    predictionColumn?: string;
  };
}

/** Reads one input as the runner passes it (`INPUT_<NAME>`, upper case, hyphens kept). */
export type InputReader = (name: string) => string;

export function envInputReader(env: NodeJS.ProcessEnv = process.env): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function optional(read: InputReader, name: OptionName): string | undefined {
  const v = read(name);
  return v === '' ? undefined : v;
}

/** The input, or its default from the options table. */
function text(read: InputReader, name: OptionName): string {
  return read(name) || OPTIONS[name].default;
}

/** One of the option's choices (case-insensitive); empty = its default. */
function oneOf<N extends OptionName>(read: InputReader, name: N): Choice<N> {
  const spec = optionSpec(name);
  const allowed = spec.choices ?? [];
  const v = read(name) || spec.default;
  const lower = v.toLowerCase();
  const hit = allowed.find((a) => a === lower);
  if (!hit) {
    throw new UsageError(`input "${name}": "${v}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}.`);
  }
  return hit as Choice<N>;
}

type Choice<N extends OptionName> = (typeof OPTIONS)[N] extends { choices: readonly (infer C)[] } ? C : never;

function integer(read: InputReader, name: OptionName): number {
  const spec = optionSpec(name);
  const v = read(name) || spec.default;
  if (!/^[0-9]+$/.test(v)) throw new UsageError(`input "${name}": "${v}" is not a whole number.`);
  const n = Number(v);
  const min = spec.min ?? 0;
  const max = spec.max ?? Number.MAX_SAFE_INTEGER;
  if (n < min || n > max) throw new UsageError(`input "${name}": ${n} is outside ${min}..${max}.`);
  return n;
}

function positiveNumber(read: InputReader, name: OptionName): number | undefined {
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
  const mode = oneOf(read, 'mode');
  const baselineRaw = text(read, 'baseline');
  const baseline: ActionInputs['baseline'] =
    baselineRaw.toLowerCase() === 'artifact'
      ? { kind: 'artifact' }
      : baselineRaw.toLowerCase() === 'none'
        ? { kind: 'none' }
        : { kind: 'path', path: baselineRaw };
  const inputs: ActionInputs = {
    mode,
    predictions: optional(read, 'predictions'),
    labels: optional(read, 'labels'),
    task: oneOf(read, 'task'),
    idColumn: text(read, 'id-column'),
    labelColumn: text(read, 'label-column'),
    predictionColumn: text(read, 'prediction-column'),
    scoreColumn: optional(read, 'score-column'),
    scorePrefix: optional(read, 'score-prefix'),
    positiveLabel: optional(read, 'positive-label'),
    missing: oneOf(read, 'missing'),
    benchCommand: optional(read, 'bench-command'),
    benchRuns: integer(read, 'bench-runs'),
    benchWarmup: integer(read, 'bench-warmup'),
    benchTimeout: positiveNumber(read, 'bench-timeout'),
    config: optional(read, 'config'),
    name: validateGateName(text(read, 'name')),
    baseline,
    baselineBranch: optional(read, 'baseline-branch'),
    updateBaseline: oneOf(read, 'update-baseline'),
    retentionDays: integer(read, 'retention-days'),
    comment: oneOf(read, 'comment'),
    // Empty (the default): gate.yml's fail_on decides.
    failOn: read('fail-on') === '' ? undefined : oneOf(read, 'fail-on'),
    githubToken: read('github-token'),
    outDir: text(read, 'out-dir'),
    pushgatewayUrl: optional(read, 'pushgateway-url'),
    pushgatewayAuth: optional(read, 'pushgateway-auth'),
    openmetrics: optional(read, 'openmetrics'),
    networkTimeout: integer(read, 'network-timeout'),
    monitor: {
      ...monitorNumbers(
        (name) => optional(read, name),
        (name) => `input "${name}"`,
      ),
      window: optional(read, 'window'),
      reference: optional(read, 'reference'),
      latencyColumn: optional(read, 'latency-column'),
      errorColumn: optional(read, 'error-column'),
      // The default ("prediction") means the column when the window has it, as on the command line.
      predictionColumn:
        text(read, 'prediction-column') === OPTIONS['prediction-column'].default
          ? undefined
          : text(read, 'prediction-column'),
    },
  };
  if (mode === 'gate' && !inputs.predictions) {
    throw new UsageError(
      'input "predictions" is required (the path of the predictions file) in mode "gate".',
    );
  }
  return inputs;
}
