import { DEFAULT_RUNS, DEFAULT_WARMUP } from '../bench/index.js';
import { DEFAULT_EVALUATE_OPTIONS } from '../result/evaluation-data.js';
import { DEFAULT_CUTOFFS } from '../evaluate/ranking-scores.js';

/** `cutoffs` as both adapters read it (the CLI's --cutoffs, the Action's input). */
export { parseCutoffs } from '../evaluate/ranking-scores.js';
import { HARNESSES } from '../result/scores-data.js';

/**
 * The one table of the options both adapters take: every Action input (action.yml) and, when the
 * CLI has it too, its flag. Choice lists, defaults and integer ranges live here only, so that
 * `--task` and the `task` input accept the same words and default alike; the CLI builds its flag
 * specs (help, choices) from it (src/cli/commands/*-flags.ts) and the Action validates its inputs
 * with it (src/action/inputs.ts). test/action/options.test.ts checks it against action.yml.
 */
export interface OptionSpec {
  /** `string`: free text (a path, a column name); `integer`/`seconds`/`number`: numbers the
   * adapters check (`seconds` and `number` > 0). */
  type: 'string' | 'integer' | 'seconds' | 'number';
  /** The allowed values (case-insensitive in the Action, exact on the command line). */
  choices?: readonly string[];
  /** The default as action.yml writes it ('' = none / unset). */
  default: string;
  /** Integer range. */
  min?: number;
  max?: number;
  /** The CLI flag (without "--"), when the CLI takes this option; `flag` names its value in help. */
  flag?: { name: string; valueName: string; description: string };
}

const TASKS = ['auto', 'binary', 'multiclass', 'regression', 'ranking', 'scores', 'text'] as const;
const MISSING = ['error', 'count-as-wrong', 'intersection'] as const;
const FAIL_ON = ['fail', 'warn', 'never'] as const;

export const OPTIONS = {
  mode: { type: 'string', choices: ['gate', 'post-comment', 'monitor'], default: 'gate' },
  predictions: {
    type: 'string',
    default: '',
    flag: {
      name: 'predictions',
      valueName: 'PATH',
      description: 'predictions file (CSV, TSV, JSONL; .gz too)',
    },
  },
  labels: {
    type: 'string',
    default: '',
    flag: {
      name: 'labels',
      valueName: 'PATH',
      description: 'labels file (else labels are a column of the predictions file)',
    },
  },
  task: {
    type: 'string',
    choices: TASKS,
    default: DEFAULT_EVALUATE_OPTIONS.task,
    flag: {
      name: 'task',
      valueName: 'TASK',
      description:
        'auto|binary|multiclass|regression|ranking|scores|text (auto: binary when exactly two labels, never ranking, scores or text; ranking: a TREC run and its qrels; scores: per-example scores, e.g. an eval harness; text: generated text against references)',
    },
  },
  'id-column': {
    type: 'string',
    default: DEFAULT_EVALUATE_OPTIONS.idColumn,
    flag: {
      name: 'id-column',
      valueName: 'NAME',
      description: 'id column joining the two files (default id; else rows join by position)',
    },
  },
  'label-column': {
    type: 'string',
    default: DEFAULT_EVALUATE_OPTIONS.labelColumn,
    flag: { name: 'label-column', valueName: 'NAME', description: 'true label column (default label)' },
  },
  'prediction-column': {
    type: 'string',
    default: DEFAULT_EVALUATE_OPTIONS.predictionColumn,
    flag: {
      name: 'prediction-column',
      valueName: 'NAME',
      description: 'predicted label/value column (default prediction)',
    },
  },
  'score-column': {
    type: 'string',
    default: '',
    flag: {
      name: 'score-column',
      valueName: 'NAME',
      description: 'binary: score or probability of the positive class',
    },
  },
  'score-prefix': {
    type: 'string',
    default: '',
    flag: {
      name: 'score-prefix',
      valueName: 'PREFIX',
      description: 'multiclass: one probability column per class, named PREFIX + class',
    },
  },
  // --task scores: per-example scores from any table, or an eval harness's own output.
  'score-columns': {
    type: 'string',
    default: '',
    flag: {
      name: 'score-columns',
      valueName: 'A,B',
      description: 'scores: the score columns (default every numeric or boolean column but the id)',
    },
  },
  from: {
    type: 'string',
    choices: HARNESSES,
    default: '',
    flag: {
      name: 'from',
      valueName: 'HARNESS',
      description: `scores: read a harness's own per-sample output (${HARNESSES.join('|')}) as --predictions`,
    },
  },
  'positive-label': {
    type: 'string',
    default: '',
    flag: {
      name: 'positive-label',
      valueName: 'VALUE',
      description: 'binary: the positive class (default: the greater label)',
    },
  },
  cutoffs: {
    type: 'string',
    default: DEFAULT_CUTOFFS.join(','),
    flag: {
      name: 'cutoffs',
      valueName: 'K,K,…',
      description: `ranking: the k of ndcg@k, precision@k, recall@k (default ${DEFAULT_CUTOFFS.join(',')})`,
    },
  },
  missing: {
    type: 'string',
    choices: MISSING,
    default: DEFAULT_EVALUATE_OPTIONS.missing,
    flag: {
      name: 'missing',
      valueName: 'POLICY',
      description:
        'labels without a prediction: error (default) or count-as-wrong; scores: intersection pairs the samples both runs have',
    },
  },
  'bench-command': {
    type: 'string',
    default: '',
    flag: {
      name: 'bench',
      valueName: 'COMMAND',
      description: 'inference command to run and measure first (it may write the predictions)',
    },
  },
  'bench-runs': {
    type: 'integer',
    default: String(DEFAULT_RUNS),
    min: 1,
    max: 1000,
    flag: {
      name: 'bench-runs',
      valueName: 'N',
      description: `measured runs of --bench (default ${DEFAULT_RUNS})`,
    },
  },
  'bench-warmup': {
    type: 'integer',
    default: String(DEFAULT_WARMUP),
    min: 0,
    max: 1000,
    flag: {
      name: 'bench-warmup',
      valueName: 'N',
      description: `warm-up runs of --bench (default ${DEFAULT_WARMUP})`,
    },
  },
  'bench-timeout': {
    type: 'seconds',
    default: '',
    flag: {
      name: 'bench-timeout',
      valueName: 'SECONDS',
      description: 'kill a --bench run (and its whole process tree) after this long',
    },
  },
  // Interleaved A/B (docs/benchmark.md): the baseline's command measured in turn with bench-command.
  'bench-baseline-command': {
    type: 'string',
    default: '',
    flag: {
      name: 'bench-against',
      valueName: 'COMMAND',
      description:
        "the baseline's command, measured in turn with --bench (A B A B …); the gate compares the two series",
    },
  },
  'bench-confirm': {
    type: 'integer',
    default: '0',
    min: 0,
    max: 1000,
    flag: {
      name: 'bench-confirm',
      valueName: 'N',
      description: 'with --bench-against: re-measure a failing bench check with N more pairs before it fails',
    },
  },
  // A served model (serve-bench): its rounds of load are the runs (bench-runs, bench-warmup).
  'serve-command': {
    type: 'string',
    default: '',
    flag: {
      name: 'serve',
      valueName: 'COMMAND',
      description: 'model server to start, load with --serve-requests and stop (instead of --bench)',
    },
  },
  'serve-ready': {
    type: 'string',
    default: '',
    flag: {
      name: 'serve-ready',
      valueName: 'URL|PORT',
      description: 'readiness of --serve: a health URL answering 2xx, a port or HOST:PORT accepting',
    },
  },
  'serve-requests': {
    type: 'string',
    default: '',
    flag: {
      name: 'serve-requests',
      valueName: 'PATH',
      description:
        'requests for --serve: JSON Lines {method, path, headers, body}, or bodies with --serve-url',
    },
  },
  'serve-url': {
    type: 'string',
    default: '',
    flag: {
      name: 'serve-url',
      valueName: 'URL',
      description: 'POST each line of --serve-requests as a body to this URL',
    },
  },
  'serve-concurrency': {
    type: 'integer',
    default: '',
    min: 1,
    max: 10000,
    flag: {
      name: 'serve-concurrency',
      valueName: 'N',
      description: 'requests in flight (closed loop; with --serve-rate: the most in flight) (default 1)',
    },
  },
  'serve-rate': {
    type: 'number',
    default: '',
    flag: {
      name: 'serve-rate',
      valueName: 'PER_SECOND',
      description: 'open loop: send at this fixed rate, latency from the scheduled send time',
    },
  },
  'serve-duration': {
    type: 'seconds',
    default: '',
    flag: {
      name: 'serve-duration',
      valueName: 'SECONDS',
      description: 'length of each round of load (default 10)',
    },
  },
  'serve-count': {
    type: 'integer',
    default: '',
    min: 1,
    max: 100000000,
    flag: {
      name: 'serve-count',
      valueName: 'N',
      description: 'requests per round of load (instead of --serve-duration)',
    },
  },
  'serve-timeout': {
    type: 'seconds',
    default: '',
    flag: {
      name: 'serve-timeout',
      valueName: 'SECONDS',
      description: 'how long to wait for --serve to be ready (default 60)',
    },
  },
  config: {
    type: 'string',
    default: '',
    flag: {
      name: 'config',
      valueName: 'PATH',
      description: 'gate.yml (default: gate the primary metric with max_regression 0)',
    },
  },
  name: {
    type: 'string',
    default: 'model-gate',
    flag: {
      name: 'name',
      valueName: 'NAME',
      description: 'gate name, for reports and metric labels (default model-gate)',
    },
  },
  // The Action's default looks the baseline up among the artifacts; the CLI has no artifacts and
  // takes a path only.
  baseline: {
    type: 'string',
    default: 'artifact',
    flag: {
      name: 'baseline',
      valueName: 'DIR|FILE',
      description: "a previous run's output folder or result.json",
    },
  },
  'baseline-branch': { type: 'string', default: '' },
  'update-baseline': { type: 'string', choices: ['auto', 'always', 'never'], default: 'auto' },
  'retention-days': { type: 'integer', default: '90', min: 1, max: 400 },
  comment: { type: 'string', choices: ['auto', 'never'], default: 'auto' },
  // Empty: gate.yml's fail_on decides.
  'fail-on': {
    type: 'string',
    choices: FAIL_ON,
    default: '',
    flag: {
      name: 'fail-on',
      valueName: 'LEVEL',
      description: "exit 1 on: fail (default, or gate.yml's fail_on), warn, never",
    },
  },
  'github-token': { type: 'string', default: '${{ github.token }}' },
  'out-dir': {
    type: 'string',
    default: 'model-gate-out',
    flag: {
      name: 'out-dir',
      valueName: 'DIR',
      description: 'where result.json, report.md, report.html go (default model-gate-out)',
    },
  },
  'pushgateway-url': {
    type: 'string',
    default: '',
    flag: {
      name: 'pushgateway',
      valueName: 'URL',
      description: 'push the result to a Prometheus Pushgateway (auth from env MODEL_GATE_PUSHGATEWAY_AUTH)',
    },
  },
  // The CLI reads credentials from the environment only, so they never show in `ps`.
  'pushgateway-auth': { type: 'string', default: '' },
  'network-timeout': {
    type: 'integer',
    default: '30',
    min: 1,
    max: 600,
    flag: {
      name: 'network-timeout',
      valueName: 'SECONDS',
      description:
        'overall deadline of the --pushgateway push, retries included (default 30, or env MODEL_GATE_NETWORK_TIMEOUT)',
    },
  },
  openmetrics: {
    type: 'string',
    default: '',
    flag: {
      name: 'openmetrics',
      valueName: 'PATH',
      description: 'also write the result as OpenMetrics text',
    },
  },
  // `monitor` (the CLI command and the Action's `mode: monitor`), docs/monitoring.md.
  window: {
    type: 'string',
    default: '',
    flag: {
      name: 'window',
      valueName: 'PATH',
      description: 'monitor: the window of served predictions (CSV, TSV, JSONL; .gz too)',
    },
  },
  reference: {
    type: 'string',
    default: '',
    flag: {
      name: 'reference',
      valueName: 'FILE|DIR',
      description:
        "monitor: a reference window file, or the release's run folder / result.json (with its examples.bin)",
    },
  },
  'latency-column': {
    type: 'string',
    default: '',
    flag: {
      name: 'latency-column',
      valueName: 'NAME',
      description: 'monitor: per-request latency in milliseconds (p50/p90/p99)',
    },
  },
  'error-column': {
    type: 'string',
    default: '',
    flag: {
      name: 'error-column',
      valueName: 'NAME',
      description: 'monitor: error type of a failed request (empty, 0 or false: success)',
    },
  },
  'drift-tolerance': {
    type: 'string',
    default: '0.1',
    flag: {
      name: 'drift-tolerance',
      valueName: 'PSI',
      description: 'monitor: a column alarms when its PSI exceeds this with confidence (default 0.1)',
    },
  },
  'drift-significance': {
    type: 'string',
    default: '0.05',
    flag: {
      name: 'drift-significance',
      valueName: 'ALPHA',
      description: 'monitor: false-alarm rate of the drift test at the tolerance (default 0.05)',
    },
  },
  'max-error-rate': {
    type: 'string',
    default: '',
    flag: {
      name: 'max-error-rate',
      valueName: 'RATE',
      description: 'monitor: also alarm when more than this share of requests failed (e.g. 0.01)',
    },
  },
  'max-p99-latency': {
    type: 'string',
    default: '',
    flag: {
      name: 'max-p99-latency',
      valueName: 'MS',
      description: 'monitor: also alarm when the p99 latency exceeds this many milliseconds',
    },
  },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** The spec of an option, widened (the table is `as const` so that choice lists stay literal). */
export function optionSpec(name: OptionName): OptionSpec {
  return OPTIONS[name];
}
