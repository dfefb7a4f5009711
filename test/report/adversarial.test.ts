/**
 * Every string a result.json carries — labels, class names, ids, commands, host facts, paths,
 * gate names, check texts, source commit/branch/ref — set to hostile text by a generic walker,
 * then rendered by every renderer: terminal text, Markdown (report.md, job summary, PR comment,
 * the post-comment mode's untrusted rendering), HTML with its SVG charts, the Actions log
 * (annotations), OpenMetrics and the CLI's stdout. No output may contain the raw dangerous form
 * for its medium.
 */
import { describe, expect, it, vi } from 'vitest';
import { annotateChecks } from '../../src/action/summary.js';
import { buildCommentBody } from '../../src/action/comment.js';
import { renderUntrustedReport } from '../../src/action/untrusted-report.js';
import { renderForStdout } from '../../src/cli/output.js';
import { toOpenMetrics, toPrometheusText } from '../../src/publish/openmetrics.js';
import { renderBenchText, renderHtml, renderMarkdown, renderText } from '../../src/report/index.js';
import { serializeResult } from '../../src/result/write.js';
import type { Result } from '../../src/result/schema.js';
import { loadFixture } from './helpers.js';

/**
 * Each is short enough to survive the 80-character label cut whole, so every dangerous part
 * reaches the escaping (a renderer shows each string once per variant).
 */
const HOSTILE = [
  '::error::forged <script>alert(1)</script>',
  '[x](javascript:alert(1)) @user @other #1',
  'see https://evil.example/x --> `tick` | pipe |',
  'line\n::warning::nl \x1b[31mred\x1b[0m',
  '\x1b]8;;https://evil.example/\x07osc\x1b]8;;\x07 \u202eRTL \u009b31m',
  '  ::add-mask::indented',
];

/** Fields whose value is an enumeration the types pin down (not free text from a file). */
const ENUMS = new Set([
  'schema',
  'task',
  'verdict',
  'multiple_comparisons',
  'format',
  'name', // tool.name is the literal "model-gate"
  'created_at',
  'method',
  'signal',
  'event',
]);

/** Maps whose keys are data (class names): renamed too. */
const DATA_KEYED = new Set(['per_class']);

/** Replaces every free-text string (values and data keys) under `node` with `hostile`. */
function poison(node: unknown, hostile: string, key = ''): unknown {
  if (typeof node === 'string') return ENUMS.has(key) ? node : hostile;
  if (Array.isArray(node)) return node.map((v) => poison(v, hostile, key));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  let i = 0;
  for (const [k, v] of Object.entries(node)) {
    // Distinct keys (a map cannot hold one key twice), each still hostile.
    const name = DATA_KEYED.has(key) ? `${hostile} ${i++}` : k;
    out[name] = poison(v, hostile, k);
  }
  return out;
}

/** The richest fixture, with every optional string field present before poisoning. */
function fullResult(): Result {
  const r = loadFixture('binary-gate');
  r.dataset = { ...r.dataset, predictions_file: 'p.csv', labels_file: 'l.csv', positive_label: 'pos' };
  r.source = {
    commit: 'c'.repeat(40),
    ref: 'refs/heads/feature',
    branch: 'feature',
    run_url: 'https://github.com/o/r/actions/runs/1',
    event: 'pull_request',
  };
  r.errors.missing_ids = ['m1', 'm2'];
  r.warnings = ['a warning'];
  const bench = r.bench!;
  bench.command = ['python', 'infer.py', '--model', 'm.pt'];
  bench.warnings = ['bench warning'];
  bench.host = {
    ...bench.host,
    cpu_model: 'cpu',
    os: 'linux',
    arch: 'x64',
    runner_name: 'runner',
    gpus: [{ model: 'gpu', memory_bytes: 1, driver: 'drv' }],
  };
  const gate = r.gate!;
  gate.baseline_source = { commit: 'b'.repeat(40), ref: 'refs/heads/main', fingerprint: 'fp' };
  gate.warnings = ['gate warning'];
  gate.checks = gate.checks.map((c) => ({ ...c, reason: 'why', test: 'mcnemar' }));
  gate.flips = {
    right_to_wrong: 2,
    wrong_to_right: 1,
    right_to_wrong_ids: ['r1', 'r2'],
    wrong_to_right_ids: ['w1'],
    grown_confusions: [{ true: 'a', predicted: 'b', baseline: 1, candidate: 2, delta: 1 }],
  };
  return r;
}

/** The confusion labels must stay consistent with per_class (renderers join them). */
function hostileResult(hostile: string): Result {
  const r = poison(fullResult(), hostile) as Result;
  const classes = Object.keys(r.per_class ?? {});
  if (r.confusion) {
    r.confusion.labels = classes;
    r.confusion.counts = r.confusion.counts.map(([, , c], i) => [
      classes[i % classes.length],
      classes[(i + 1) % classes.length],
      c,
    ]);
  }
  return r;
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A terminal or a CI log: no control or bidi character, no line a runner reads as a command. */
function expectInertText(out: string, where: string) {
  expect(out, where).not.toMatch(CONTROLS);
  for (const line of out.split('\n')) expect(line, `${where}: ${line}`).not.toMatch(/^\s*::/);
}

/** GitHub-flavoured Markdown: no raw HTML, link, mention, reference, code span or cell break. */
function expectInertMarkdown(out: string, where: string) {
  expect(out, where).not.toMatch(CONTROLS);
  expect(out, where).not.toContain('<script');
  // An escaped "\\[x\\](javascript:…)" is text; an unescaped "](" would make a link.
  expect(out, where).not.toMatch(/(?<!\\)\]\(javascript:/);
  expect(out, where).not.toMatch(/@(user|other)/);
  expect(out, where).not.toMatch(/#1\b/);
  expect(out, where).not.toContain('https://evil.example');
  expect(out, where).not.toContain('`tick`');
  expect(out, where).not.toContain('| pipe |');
  // The only HTML comments are our own sticky-comment markers.
  expect(out.replace(/<!-- model-gate:[^<>]* -->/g, ''), where).not.toContain('-->');
  for (const line of out.split('\n')) expect(line, `${where}: ${line}`).not.toMatch(/^\s*::/);
}

/** HTML (with inline SVG): no element, attribute break-out, javascript: URL or comment end. */
function expectInertHtml(out: string, where: string) {
  expect(out, where).not.toMatch(CONTROLS);
  expect(out, where).not.toContain('<script>alert');
  expect(out, where).not.toMatch(/(href|src|xlink:href)\s*=\s*["']?\s*javascript:/i);
  expect(out, where).not.toContain('-->');
  expect(out, where).not.toContain('https://evil.example/x"');
}

/** OpenMetrics / Prometheus text: every line a comment or `name{label="escaped",…} value`. */
function expectValidExposition(out: string, where: string) {
  const sample =
    /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*"(,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*")*\})? \S+$/;
  for (const line of out.trimEnd().split('\n')) {
    if (line.startsWith('#')) expect(line, where).toMatch(/^# (TYPE|HELP|UNIT|EOF)/);
    else expect(line, `${where}: ${line}`).toMatch(sample);
  }
}

describe.each(HOSTILE.map((h, i) => [i, h] as const))('hostile variant %i', (_i, hostile) => {
  const result = hostileResult(hostile);
  const baseline = hostileResult(hostile);
  delete baseline.gate;

  it('the walker reached the fields named in the audit', () => {
    expect(result.bench!.host.cpu_model).toBe(hostile);
    expect(result.bench!.host.os).toBe(hostile);
    expect(result.bench!.command[0]).toBe(hostile);
    expect(result.source.commit).toBe(hostile);
    expect(result.source.branch).toBe(hostile);
    expect(result.gate!.checks[0].metric).toBe(hostile);
    expect(Object.keys(result.per_class!)[0]).toContain(hostile);
  });

  it('terminal text (with and without colour), bench text and the CLI stdout', () => {
    expectInertText(renderText(result), 'renderText');
    // eslint-disable-next-line no-control-regex
    const coloured = renderText(result, { color: true }).replace(/\x1b\[[0-9;]*m/g, '');
    expectInertText(coloured, 'renderText color');
    expectInertText(renderBenchText(result.bench!), 'renderBenchText');
    expectInertText(renderForStdout(result, 'text', baseline), 'stdout text');
    const json = renderForStdout(result, 'json');
    expect(json).not.toMatch(CONTROLS);
    expect(JSON.parse(json)).toEqual(JSON.parse(serializeResult(result)));
    expectInertMarkdown(renderForStdout(result, 'markdown', baseline), 'stdout markdown');
  });

  it('Markdown: report.md / job summary, the sticky comment, the untrusted post-comment rendering', () => {
    const md = renderMarkdown(result, {
      baseline,
      name: 'gate',
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expectInertMarkdown(md, 'renderMarkdown');
    expectInertMarkdown(buildCommentBody(md, 'gate'), 'comment');
    let untrusted: string | undefined;
    try {
      untrusted = renderUntrustedReport(Buffer.from(serializeResult(result)), 'gate', {
        runId: 1,
        runUrl: 'https://github.com/o/r/actions/runs/1',
        prNumber: 2,
      }).markdown;
    } catch (e) {
      // Refusing the artifact is a safe answer too; it must say so in a plain message.
      expect((e as Error).message).toMatch(/result\.json/);
    }
    if (untrusted !== undefined) expectInertMarkdown(untrusted, 'untrusted report');
  });

  it('HTML report with its SVG charts', () => {
    expectInertHtml(renderHtml(result, { baseline, name: 'gate' }), 'renderHtml');
  });

  it('Actions log: one annotation line per check, each inert', () => {
    let stdout = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
    try {
      annotateChecks(result, hostile);
    } finally {
      spy.mockRestore();
    }
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBe(
      result.gate!.checks.filter((c) => c.verdict === 'fail' || c.verdict === 'warn').length,
    );
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning) title=[^\n]*::/);
      expect(line).not.toMatch(CONTROLS);
      // After the command's own "::", the message may not start another one.
      expect(line.replace(/^::[a-z]+ [^:]*(?::(?!:)[^:]*)*::/, '')).not.toMatch(/^\s*::/);
    }
  });

  it('OpenMetrics and Prometheus text: label values escaped, every line well-formed', () => {
    const labels = { gate: hostile, branch: hostile, commit: hostile };
    expectValidExposition(toOpenMetrics(result, labels), 'openmetrics');
    expectValidExposition(toPrometheusText(result, labels), 'prometheus');
  });
});

describe('beyond single fields', () => {
  it('a long reason wrapped so that "::error::" would start a line is still defused', () => {
    const r = fullResult();
    r.gate!.checks[0].reason = `${'word '.repeat(40)}::error::wrapped ${'more '.repeat(40)}`;
    for (const width of [40, 60, 80, 100, 120]) expectInertText(renderText(r, { width }), `width ${width}`);
  });

  it('the untrusted post-comment path: numbers replaced by hostile strings are refused or rendered inert', () => {
    const poisonNumbers = (node: unknown): unknown =>
      typeof node === 'number'
        ? HOSTILE[1]
        : Array.isArray(node)
          ? node.map(poisonNumbers)
          : node && typeof node === 'object'
            ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, poisonNumbers(v)]))
            : node;
    for (const hostile of HOSTILE) {
      const doc = poisonNumbers(hostileResult(hostile)) as Result;
      let markdown: string | undefined;
      try {
        markdown = renderUntrustedReport(Buffer.from(JSON.stringify(doc)), 'gate', {
          runId: 1,
          runUrl: 'https://github.com/o/r/actions/runs/1',
          prNumber: 2,
        }).markdown;
      } catch (e) {
        expect((e as Error).message).toMatch(/result\.json/);
        expect((e as Error).message).not.toMatch(CONTROLS);
      }
      if (markdown !== undefined) expectInertMarkdown(markdown, 'untrusted, numbers poisoned');
    }
  });
});
