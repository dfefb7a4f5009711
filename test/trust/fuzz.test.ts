/**
 * Seeded, bounded fuzzing of the real CLI bundle (issue "Trust"). Valid inputs — CSV, TSV, JSON
 * Lines, gzip, gate.yml, result.json — are mutated (bytes, cells, columns, rows, types) and each
 * is run through `node dist/cli/index.js`. Every run must end in one of two ways:
 * - exit 0 with metrics equal (1e-9) to a naive recomputation (test/support/naive-oracle.ts);
 * - exit 2 with one paragraph naming the file, no stack trace, no "internal error".
 * Any other exit code, a crash or a run past its deadline fails, printing the seed that
 * reproduces the case: `MODEL_GATE_FUZZ_SEED=<seed> MODEL_GATE_FUZZ_CASES=1`.
 *
 * Defaults keep the normal suite bounded (60 evaluate and 15 compare runs, two at a time); run more locally with
 * `MODEL_GATE_FUZZ_CASES=2000 MODEL_GATE_SKIP_BUILD=1 npx vitest run test/trust/fuzz.test.ts`.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../src/compare/stats/prng.js';
import { CLI, tempDir } from '../cli/helpers.js';
import { mutateBytes, mutateTable, pick, render, validCase } from '../support/fuzz-inputs.js';
import { oracle, type Verdict } from '../support/naive-oracle.js';

const CASES = Number(process.env.MODEL_GATE_FUZZ_CASES ?? 60);
const SEED = Number(process.env.MODEL_GATE_FUZZ_SEED ?? 20261202);
const PARALLEL = 2;
/** Generous: the machine may be shared; scales the tests' own timeouts. */
const TEST_TIMEOUT_MS = 120_000 + CASES * 3_000;
/** A run that takes longer than this is a hang (the inputs are a few KiB). */
const DEADLINE_MS = 20_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runCli(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, DEADLINE_MS);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** What is wrong with a run, or null. `files` are the names the message may cite. */
function judgeRun(run: Run, files: string[], allowGateFail: boolean): string | null {
  if (run.timedOut) return `no exit within ${DEADLINE_MS} ms`;
  const ok = run.code === 0 || run.code === 2 || (allowGateFail && run.code === 1);
  if (!ok) return `exit ${run.code} (signal ${run.signal})`;
  if (run.code !== 2) return null;
  const msg = run.stderr.trim();
  if (/^\s+at /m.test(msg)) return 'a stack trace';
  if (/internal error/i.test(msg)) return '"internal error"';
  if (/\b(TypeError|ReferenceError|RangeError|SyntaxError)\b/.test(msg)) return 'a JavaScript error name';
  if (msg === '') return 'exit 2 without a message';
  // One paragraph: warnings may precede it, each a line; the error itself is one line.
  if (/\n\s*\n/.test(msg)) return 'more than one paragraph';
  const errorLines = msg.split('\n').filter((l) => /^model-gate \w+: error:/.test(l));
  if (errorLines.length !== 1) return `${errorLines.length} error lines`;
  if (!files.some((f) => errorLines[0].includes(f))) return `the message names none of ${files.join(', ')}`;
  return null;
}

function close(a: unknown, b: number | null): boolean {
  if (b === null) return a === null;
  if (typeof a !== 'number') return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

interface Outcome {
  seed: number;
  what: string;
  problem: string | null;
  verdict: Verdict['kind'];
  code: number | null;
}

let dir: string;
beforeAll(() => {
  dir = tempDir('model-gate-fuzz-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function evaluateCase(seed: number): Promise<Outcome> {
  const rng = new Rng(seed);
  const c = validCase(rng);
  const log: string[] = [`${c.task} ${c.format}${c.gzip ? '.gz' : ''}${c.joined ? ' joined' : ''}`];
  const mutations = rng.nextInt(3); // 0 = the valid input itself
  for (let i = 0; i < mutations; i++) {
    const table = c.labels && rng.nextInt(2) === 0 ? c.labels : c.predictions;
    log.push(mutateTable(rng, table, c.format));
  }
  const caseDir = join(dir, `e${seed}`);
  mkdirSync(caseDir);
  const ext = c.format + (c.gzip && rng.nextInt(2) === 0 ? '.gz' : '');
  const predBytes = render(rng, c.predictions, c.format, c.gzip, log);
  const labelBytes = c.labels ? render(rng, c.labels, c.format, c.gzip, log) : undefined;
  const predFile = `predictions.${ext}`;
  const labelFile = `labels.${ext}`;
  writeFileSync(join(caseDir, predFile), predBytes);
  const args = ['evaluate', '--predictions', predFile, '--task', c.task, '--format', 'json'];
  if (labelBytes) {
    writeFileSync(join(caseDir, labelFile), labelBytes);
    args.push('--labels', labelFile);
  }
  if (c.scoreColumn) args.push('--score-column', c.scoreColumn);
  const expected = oracle({
    task: c.task,
    format: c.format,
    predictions: predBytes,
    labels: labelBytes,
    scoreColumn: c.scoreColumn,
  });
  const run = await runCli(args, caseDir);
  const what = `${log.join('; ')}\nexpected: ${JSON.stringify(expected)}\nstderr: ${run.stderr.slice(0, 600)}`;
  let problem = judgeRun(run, labelBytes ? [predFile, labelFile] : [predFile], false);
  if (problem === null && run.code === 0) {
    if (expected.kind === 'invalid') problem = `exit 0, but the input is invalid (${expected.why})`;
    if (expected.kind === 'valid') {
      const result = JSON.parse(run.stdout);
      if (result.n !== expected.n) problem = `n ${result.n}, expected ${expected.n}`;
      for (const [name, value] of Object.entries(expected.metrics))
        if (!close(result.metrics[name], value))
          problem = `${name} = ${result.metrics[name]}, expected ${value}${problem ? `; ${problem}` : ''}`;
    }
  }
  if (problem === null && run.code === 2 && expected.kind === 'valid' && mutations === 0 && log.length === 1)
    problem = 'a valid, unmutated input was refused';
  if (problem === null) rmSync(caseDir, { recursive: true, force: true });
  return { seed, what, problem, verdict: expected.kind, code: run.code };
}

// --- compare: mutated result.json (baseline or candidate) and gate.yml --------------------------

const GATE = `significance: 0.05
fail_on: fail
metrics:
  accuracy: { min: 0.5, max_regression: 0.02 }
  f1: { max_regression: "5%" }
  log_loss: { max: 2 }
  roc_auc: { max_regression: 1.5pp }
  brier: { max_regression: 0.01 }
bootstrap: { resamples: 200, seed: 3 }
multiple_comparisons: holm
`;
const YAML_VALUES = [
  '[1, 2]',
  '{a: 1}',
  '"0.05"',
  'yes',
  '~',
  '.inf',
  '.nan',
  '-1',
  '1e999',
  '&a 1',
  '*a',
  '!!binary aGk=',
  '2GiB',
  '"10%%"',
  '-5%',
  '101%',
  '0x10',
  '',
  '"1.5pp"',
  '1.5pp',
  'off',
  'true',
  '0',
  '1',
  '2',
];
const JSON_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  'inf',
  '-inf',
  'NaN',
  '',
  'x',
  [],
  {},
  [1, 2],
  { a: 1 },
];

let baselineJson: string;
let candidateJson: string;

async function makeResults(): Promise<void> {
  const rows = (flip: number) => {
    const rng = new Rng(flip);
    const lines = ['id,label,prediction,score'];
    for (let i = 0; i < 60; i++) {
      const y = i % 2;
      const p = rng.nextInt(4) === 0 ? 1 - y : y;
      lines.push(`r${i},${y},${p},${(p === 1 ? 0.5 + rng.nextFloat() / 2 : rng.nextFloat() / 2).toFixed(3)}`);
    }
    return lines.join('\n') + '\n';
  };
  const out: string[] = [];
  for (const seed of [1, 2]) {
    const d = join(dir, `result-${seed}`);
    mkdirSync(d);
    writeFileSync(join(d, 'p.csv'), rows(seed));
    const run = await runCli(
      ['evaluate', '--predictions', 'p.csv', '--score-column', 'score', '--format', 'json'],
      d,
    );
    expect(run.code, run.stderr).toBe(0);
    out.push(run.stdout);
  }
  [baselineJson, candidateJson] = out;
}

/** Sets a random leaf or member of a JSON document to a value of another type, or deletes it. */
function swapJson(rng: Rng, doc: unknown): string {
  const path: (string | number)[] = [];
  let node = doc as Record<string, unknown>;
  for (let depth = 0; depth < 4; depth++) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const k = pick(rng, keys);
    const key = Array.isArray(node) ? Number(k) : k;
    path.push(key);
    const child = (node as Record<string, unknown>)[k];
    if (child === null || typeof child !== 'object' || rng.nextInt(3) === 0) {
      if (rng.nextInt(5) === 0 && !Array.isArray(node)) delete node[k];
      else (node as Record<string, unknown>)[k] = pick(rng, JSON_VALUES);
      return `${path.join('.')} swapped`;
    }
    node = child as Record<string, unknown>;
  }
  return 'none';
}

async function compareCase(seed: number): Promise<Outcome> {
  const rng = new Rng(seed);
  const caseDir = join(dir, `c${seed}`);
  mkdirSync(caseDir);
  const files = { 'baseline.json': baselineJson, 'candidate.json': candidateJson, 'gate.yml': GATE };
  const target = pick(rng, Object.keys(files) as (keyof typeof files)[]);
  const log = [`compare, mutating ${target}`];
  let text = files[target];
  if (target === 'gate.yml') {
    const lines = text.split('\n');
    const count = 1 + rng.nextInt(2);
    for (let i = 0; i < count; i++) {
      const l = rng.nextInt(lines.length);
      const m = /^(\s*[\w.]+:\s*)(.*)$/.exec(lines[l]);
      if (m && rng.nextInt(3) > 0) lines[l] = m[1] + pick(rng, YAML_VALUES);
      else if (rng.nextInt(2) === 0) lines.splice(l, 0, lines[l]);
      else lines[l] = lines[l].replace(/\d+(\.\d+)?/, pick(rng, YAML_VALUES));
      log.push(`line ${l + 1}: ${lines[l]}`);
    }
    text = lines.join('\n');
  } else {
    const doc = JSON.parse(text);
    const count = 1 + rng.nextInt(3);
    for (let i = 0; i < count; i++) log.push(swapJson(rng, doc));
    text = JSON.stringify(doc, null, 2);
  }
  let bytes: Buffer = Buffer.from(text);
  if (rng.nextInt(3) === 0) {
    const [next, what] = mutateBytes(rng, bytes);
    bytes = next;
    log.push(what);
  }
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(caseDir, name), name === target ? bytes : content);
  const run = await runCli(
    [
      'compare',
      '--baseline',
      'baseline.json',
      '--candidate',
      'candidate.json',
      '--config',
      'gate.yml',
      '--format',
      'json',
    ],
    caseDir,
  );
  let problem = judgeRun(run, [target], true);
  if (problem === null && run.code !== 2) {
    try {
      const r = JSON.parse(run.stdout);
      if (typeof r.gate?.verdict !== 'string') problem = 'no gate verdict in the JSON';
    } catch {
      problem = 'stdout is not JSON';
    }
  }
  if (problem === null) rmSync(caseDir, { recursive: true, force: true });
  const what = `${log.join('; ')}\nstderr: ${run.stderr.slice(0, 600)}`;
  return { seed, what, problem, verdict: 'unknown', code: run.code };
}

async function runAll(
  count: number,
  base: number,
  one: (seed: number) => Promise<Outcome>,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const seed = base + next++;
      const outcome = await one(seed);
      outcomes.push(outcome);
      // Long local runs: failures as they happen.
      if (outcome.problem && process.env.MODEL_GATE_FUZZ_LOG)
        appendFileSync(
          process.env.MODEL_GATE_FUZZ_LOG,
          `seed ${seed}: ${outcome.problem}\n${outcome.what}\n\n`,
        );
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return outcomes.sort((a, b) => a.seed - b.seed);
}

function report(outcomes: Outcome[]): void {
  const failed = outcomes.filter((o) => o.problem !== null);
  const refusedValid = outcomes.filter((o) => o.verdict === 'valid' && o.code === 2).length;
  const counts = outcomes.reduce<Record<string, number>>((a, o) => {
    const k = `${o.verdict}/exit ${o.code}`;
    a[k] = (a[k] ?? 0) + 1;
    return a;
  }, {});
  if (process.env.MODEL_GATE_FUZZ_VERBOSE) {
    console.log(JSON.stringify(counts), `valid but refused: ${refusedValid}`);
    for (const o of outcomes
      .filter((x) => x.code === 2)
      .slice(0, Number(process.env.MODEL_GATE_FUZZ_VERBOSE)))
      console.log(`seed ${o.seed}: ${o.what}\n`);
  }
  const text = failed
    .slice(0, 5)
    .map(
      (o) =>
        `seed ${o.seed} (MODEL_GATE_FUZZ_SEED=${o.seed} MODEL_GATE_FUZZ_CASES=1): ${o.problem}\n${o.what}`,
    )
    .join('\n\n');
  expect(failed.length, `${failed.length} of ${outcomes.length} cases failed:\n\n${text}`).toBe(0);
}

describe('fuzzing the CLI bundle with mutated inputs', () => {
  it(
    `evaluate: ${CASES} mutated CSV/TSV/JSONL/gzip inputs give the naive numbers or a clean exit 2 (seed ${SEED})`,
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      report(await runAll(CASES, SEED, evaluateCase));
    },
  );

  it(
    `compare: ${Math.ceil(CASES / 4)} mutated result.json / gate.yml give exit 0, 1 or a clean exit 2`,
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await makeResults();
      report(await runAll(Math.ceil(CASES / 4), SEED + 1_000_000, compareCase));
    },
  );
});
