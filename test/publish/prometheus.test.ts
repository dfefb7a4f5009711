/**
 * The monitoring path end to end, against the real stack: the CLI bundle pushes gate results of
 * several commits to a real Pushgateway, a real Prometheus scrapes it (honor_labels, as
 * docs/monitoring.md says), and every panel query and template variable query of
 * examples/grafana-dashboard.json runs through Prometheus' HTTP API and must return data. Also:
 * the number of series does not grow with the number of commits.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dependencyPresent } from '../support/require-dependency.js';
import { CLI, runCli, tempDir } from '../cli/helpers.js';
import {
  findPrometheusTool,
  findPushgateway,
  startPrometheus,
  startPushgateway,
  type Prometheus,
  type Pushgateway,
} from './helpers.js';

const DASHBOARD = JSON.parse(
  readFileSync(new URL('../../examples/grafana-dashboard.json', import.meta.url), 'utf8'),
) as { templating: { list: TemplateVariable[] }; panels: Panel[] };
const FAKE_NVIDIA_SMI = resolve('test/fixtures/bench/nvidia-smi');
const ALERTS = resolve('examples/prometheus-alerts.yml');

interface TemplateVariable {
  type: string;
  name: string;
  query: unknown;
}
interface Panel {
  id: number;
  type: string;
  title: string;
  targets?: { refId: string; expr: string; instant?: boolean }[];
}
type Labels = Record<string, string>;
type Vector = { metric: Labels; value: [number, string] }[];
type Matrix = { metric: Labels; values: [number, string][] }[];

const pushgatewayBinary = findPushgateway();
const prometheusBinary = findPrometheusTool('prometheus');
const hasStack =
  dependencyPresent(
    'prometheus-pushgateway',
    Boolean(pushgatewayBinary),
    'apt-get install prometheus-pushgateway',
  ) &&
  dependencyPresent('prometheus', Boolean(prometheusBinary), 'apt-get install prometheus') &&
  dependencyPresent('the CLI bundle', existsSync(CLI), 'npm run build');

const CLASSES = ['cat', 'dog', 'bird'];
/** 300 rows; commit k gets a different 1/`every` of them wrong (deterministic). */
function predictions(k: number, every: number): string[] {
  const rows = ['label,prediction'];
  for (let i = 0; i < 300; i++) {
    const label = CLASSES[(i * 7) % 3];
    const wrong = (i * 13 + k * 31) % every === 0;
    rows.push(`${label},${wrong ? CLASSES[(((i * 7) % 3) + 1) % 3] : label}`);
  }
  return rows;
}

/** The benchmarked "model": tells the stand-in nvidia-smi it started, writes per-request latencies. */
const BENCH_SCRIPT = `
import { writeFileSync } from 'node:fs';
writeFileSync(process.env.FAKE_NVIDIA_SMI_START, String(process.pid));
const k = Number(process.argv[2]);
writeFileSync('latency.txt', Array.from({ length: 200 }, (_, i) => String(5 + k + (i % 20))).join('\\n') + '\\n');
await new Promise((r) => setTimeout(r, 350));
`;

const GATE_YML = [
  'metrics:',
  '  accuracy: { min: 0.5, max_regression: 0.1 }',
  '  f1_macro: { max_regression: 0.1 }',
  '  bench.latency_ms_p99: { max: 1s }',
  '',
].join('\n');

describe.skipIf(!hasStack)('the dashboard against a real Prometheus scraping a real Pushgateway', () => {
  let pg: Pushgateway;
  let prom: Prometheus;
  const dir = tempDir('model-gate-prometheus-test-');
  const started = Date.now() / 1000;
  /** Series of job model-gate after each pushed commit (label sets, `__name__` included). */
  const seriesAfter: Labels[][] = [];
  const liveAfter: number[] = [];
  const COMMITS = 3;
  const sha = (k: number, branch = 'main'): string =>
    (branch === 'main' ? 'a' : 'f') + k.toString(16).repeat(39);

  /** One `model-gate run` as CI would run it for `commit` on `branch`; baseline = the previous run. */
  async function gateRun(k: number, branch: string, push: boolean): Promise<void> {
    const work = join(dir, `${branch.replace('/', '_')}-${k}`);
    mkdirSync(work, { recursive: true });
    // main: accuracy 0.9 (at its bound); feature/x: 0.8, below the example bound of 0.9.
    writeFileSync(join(work, 'p.csv'), predictions(k, branch === 'main' ? 10 : 5).join('\n') + '\n');
    writeFileSync(join(work, 'gate.yml'), GATE_YML);
    writeFileSync(join(work, 'bench.mjs'), BENCH_SCRIPT);
    const previous = join(dir, `${branch.replace('/', '_')}-${k - 1}`, 'out');
    const run = await runCli(
      [
        'run',
        '--predictions',
        'p.csv',
        '--config',
        'gate.yml',
        '--out-dir',
        'out',
        ...(existsSync(previous) ? ['--baseline', previous] : []),
        '--bench',
        `${process.execPath} bench.mjs ${k}`,
        '--latency-file',
        'latency.txt',
        '--bench-runs',
        '2',
        '--bench-warmup',
        '0',
        '--name',
        'vision',
        '--fail-on',
        'never',
        ...(push ? ['--pushgateway', pg.url] : []),
      ],
      {
        cwd: work,
        env: {
          PATH: `${FAKE_NVIDIA_SMI}${delimiter}${process.env.PATH ?? ''}`,
          FAKE_NVIDIA_SMI: 'busy',
          FAKE_NVIDIA_SMI_START: join(work, 'started'),
          GITHUB_SHA: sha(k, branch),
          GITHUB_REF: `refs/heads/${branch}`,
          GITHUB_REF_NAME: branch,
        },
      },
    );
    expect(run.code, run.stderr).toBe(0);
    if (push) expect(run.stderr).toContain('Pushed the metrics to the Pushgateway.');
    expect(run.stderr).not.toMatch(/^warning: Pushgateway/m);
  }

  /** Poll until Prometheus has scraped the push of `commit` (1 s scrape interval). */
  async function scraped(commit: string): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const v = await prom.api<{ result: Vector }>('query', {
        query: `model_gate_run_info{commit="${commit}"}`,
      });
      if (v.result.length > 0) return;
      if (Date.now() > deadline) throw new Error(`Prometheus never scraped commit ${commit}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async function jobSeries(): Promise<Labels[]> {
    return prom.api<Labels[]>('series', {
      'match[]': '{job="model-gate"}',
      start: String(started - 60),
      end: String(Date.now() / 1000 + 60),
    });
  }

  beforeAll(async () => {
    pg = await startPushgateway(pushgatewayBinary!);
    prom = await startPrometheus(prometheusBinary!, pg.url.replace('http://', ''), [ALERTS]);
    // A baseline (not pushed), then COMMITS pushed commits on main, each gated against the last;
    // and one commit on a feature branch.
    await gateRun(0, 'main', false);
    for (let k = 1; k <= COMMITS; k++) {
      await gateRun(k, 'main', true);
      await scraped(sha(k));
      seriesAfter.push(await jobSeries());
      const live = await prom.api<{ result: Vector }>('query', { query: 'count({job="model-gate"})' });
      liveAfter.push(Number(live.result[0].value[1]));
    }
    await gateRun(0, 'feature/x', false);
    await gateRun(1, 'feature/x', true);
    await scraped(sha(1, 'feature/x'));
  }, 120_000);
  afterAll(async () => {
    await prom?.stop();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the series of gauges the same from one commit to the next; only the commit info metric gets one per commit', () => {
    const key = (l: Labels) => JSON.stringify(Object.entries(l).sort());
    const gauges = (all: Labels[]) =>
      all
        .filter((l) => l.__name__ !== 'model_gate_run_info')
        .map(key)
        .sort();
    expect(seriesAfter[0].length).toBeGreaterThan(50);
    for (let k = 1; k < COMMITS; k++) {
      const [after1, afterK] = [gauges(seriesAfter[0]), gauges(seriesAfter[k])];
      expect(afterK.length, `number of series after commit ${k + 1} vs after commit 1`).toBe(after1.length);
      expect(afterK, `series after commit ${k + 1} vs after commit 1`).toEqual(after1);
    }
    // The commit is only on the info metric: one (short-lived) series per commit.
    const info = seriesAfter[COMMITS - 1].filter((l) => l.__name__ === 'model_gate_run_info');
    expect(info.map((l) => l.commit).sort()).toEqual([sha(1), sha(2), sha(3)].sort());
    for (const l of seriesAfter[COMMITS - 1]) {
      if (l.__name__ !== 'model_gate_run_info')
        expect(l, `${l.__name__} carries no commit`).not.toHaveProperty('commit');
    }
    // What is live at any instant does not grow either.
    expect(new Set(liveAfter).size, `live series after each commit: ${liveAfter}`).toBe(1);
  });

  it('joins the commit in from the info metric (as docs/monitoring.md shows)', async () => {
    const query =
      'model_gate_metric{metric="accuracy"} * on (gate, branch) group_left (commit) model_gate_run_info';
    const data = await prom.api<{ result: Vector }>('query', { query });
    const commits = Object.fromEntries(data.result.map((r) => [r.metric.branch, r.metric.commit]));
    expect(commits).toEqual({ main: sha(COMMITS), 'feature/x': sha(1, 'feature/x') });
    const accuracy = JSON.parse(readFileSync(join(dir, `main-${COMMITS}`, 'out', 'result.json'), 'utf8'))
      .metrics.accuracy as number;
    expect(Number(data.result.find((r) => r.metric.branch === 'main')!.value[1])).toBe(accuracy);
  });

  it('evaluates every rule of examples/prometheus-alerts.yml on the pushed series without error', async () => {
    type Rule = { name: string; health: string; lastError?: string; lastEvaluation: string };
    const deadline = Date.now() + 10_000;
    const evaluated = async (): Promise<Rule[]> => {
      const data = await prom.api<{ groups: { rules: Rule[] }[] }>('rules', {});
      return data.groups.flatMap((g) => g.rules);
    };
    let rules = await evaluated();
    while (!(rules.length > 0 && rules.every((r) => r.health !== 'unknown')) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      rules = await evaluated();
    }
    expect(rules.map((r) => `${r.name}: ${r.health} ${r.lastError ?? ''}`.trim())).toEqual(
      rules.map((r) => `${r.name}: ok`),
    );
    expect(rules).toHaveLength(7);
    // The bounds are recorded, so the below-bound alert has a right-hand side to compare with.
    const bounds = await prom.api<{ result: Vector }>('query', { query: 'model_gate:metric_lower_bound' });
    expect(bounds.result.map((r) => r.metric.metric).sort()).toEqual(['accuracy', 'f1_macro']);
    // And it fires for the feature branch's accuracy of 0.8 (main's 0.9 is not below 0.9).
    type Alert = { labels: Labels; state: string; value: string };
    let alerts: Alert[] = [];
    for (const until = Date.now() + 10_000; Date.now() < until;) {
      alerts = (await prom.api<{ alerts: Alert[] }>('alerts', {})).alerts;
      if (alerts.some((a) => a.labels.alertname === 'ModelGateMetricBelowBound')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const below = alerts.filter((a) => a.labels.alertname === 'ModelGateMetricBelowBound');
    expect(below.map((a) => [a.labels.branch, a.labels.metric, a.state])).toContainEqual([
      'feature/x',
      'accuracy',
      'firing',
    ]);
    expect(below.filter((a) => a.labels.branch === 'main')).toEqual([]);
    expect(Number(below.find((a) => a.labels.metric === 'accuracy')!.value)).toBeCloseTo(0.8, 12);
  });

  it('answers every template variable query with the pushed gates, branches and metrics', async () => {
    const values = await variableValues({ gate: '.*', branch: '.*', metric: '.*' });
    expect(values.gate).toEqual(['vision']);
    expect(values.branch).toEqual(['feature/x', 'main']);
    expect(values.metric).toEqual(expect.arrayContaining(['accuracy', 'f1_macro', 'error_rate']));
    // With one gate picked, as Grafana substitutes it.
    expect((await variableValues({ gate: 'vision', branch: '.*', metric: '.*' })).branch).toEqual([
      'feature/x',
      'main',
    ]);
  });

  /** Every `label_values(selector, label)` variable, with `$var` substituted; sorted values. */
  async function variableValues(vars: Record<string, string>): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    const list = DASHBOARD.templating.list.filter((v) => v.type === 'query');
    expect(list.map((v) => v.name)).toEqual(['gate', 'branch', 'metric']);
    for (const v of list) {
      const query = (v.query as { query: string }).query;
      const m = /^label_values\((.*),\s*([a-zA-Z_][a-zA-Z0-9_]*)\)$/.exec(query);
      expect(m, `${v.name}: ${query} is a label_values(selector, label) query`).not.toBeNull();
      const data = await prom.api<string[]>(`label/${m![2]}/values`, {
        'match[]': substitute(m![1], vars),
        start: String(started - 60),
        end: String(Date.now() / 1000 + 60),
      });
      expect(data.length, `${v.name}: ${query} has values`).toBeGreaterThan(0);
      out[v.name] = [...data].sort();
    }
    return out;
  }

  function substitute(query: string, vars: Record<string, string>): string {
    return query.replace(/\$\{?([a-z]+)\}?/g, (whole, name: string) => vars[name] ?? whole);
  }

  const targets = DASHBOARD.panels.flatMap((p) =>
    (p.targets ?? []).map((t) => ({ panel: `${p.id} ${p.title} (${t.refId})`, ...t })),
  );
  // "All" (Grafana's allValue .*), one value each, and a multi-value pick ((a|b), as Grafana formats it).
  const picks: [string, Record<string, string>][] = [
    ['all', { gate: '.*', branch: '.*', metric: '.*' }],
    ['one', { gate: 'vision', branch: 'main', metric: 'accuracy' }],
    ['multi', { gate: '(vision)', branch: '(feature/x|main)', metric: '(accuracy|f1_macro)' }],
  ];

  it('has panel queries to run', () => {
    expect(targets.length).toBeGreaterThanOrEqual(18);
  });

  for (const [pick, vars] of picks) {
    it(`returns data for every panel query (${pick}: ${JSON.stringify(vars)})`, async () => {
      const empty: string[] = [];
      for (const t of targets) {
        const query = substitute(t.expr, vars);
        expect(query, t.panel).not.toContain('$');
        if (t.instant) {
          const data = await prom.api<{ resultType: string; result: Vector }>('query', { query });
          if (data.result.length === 0) empty.push(`${t.panel}: ${query}`);
        } else {
          const data = await prom.api<{ resultType: string; result: Matrix }>('query_range', {
            query,
            start: String(Math.floor(started)),
            end: String(Math.ceil(Date.now() / 1000)),
            step: '1',
          });
          if (!data.result.some((s) => s.values.length > 0)) empty.push(`${t.panel}: ${query}`);
        }
      }
      expect(empty, 'panel queries without data').toEqual([]);
    });
  }
});
