import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../src/result/schema.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'report');

export function loadFixture(name: string): Result {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Result;
}

/** Labels that try to break out of Markdown tables, inject HTML/links or ping people. */
export const HOSTILE = [
  'a|b',
  '<script>alert(1)</script>',
  '@org/team',
  '`rm -rf /` ``',
  'line1\nline2\r\n\tend',
  'x'.repeat(300),
  '[x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '**bold** _it_ ~~s~~ $x^2$',
  'fixes #123 and GH-45',
  'see https://evil.example/x and www.evil.example',
  '"><svg onload=alert(1)>',
  '\\|back\\slash\\',
  '# heading',
  '- list',
  'a\u202eb\u001b[31mred',
  '&amp; &lt;b&gt;',
];

/** The multiclass fixture with its labels replaced by hostile strings, plus a gate with flips. */
export function hostileResult(): Result {
  const r = loadFixture('multiclass');
  const labels = r.confusion!.labels;
  const map = new Map(labels.map((l, i) => [l, HOSTILE[i % HOSTILE.length]]));
  const m = (l: string): string => map.get(l) ?? l;
  r.per_class = Object.fromEntries(Object.entries(r.per_class!).map(([k, v]) => [m(k), v]));
  r.confusion = { labels: labels.map(m), counts: r.confusion!.counts.map(([t, p, c]) => [m(t), m(p), c]) };
  r.errors.top_confusions = r.errors.top_confusions.map((c) => ({
    ...c,
    true: m(c.true),
    predicted: m(c.predicted),
  }));
  r.errors.missing_ids = HOSTILE.slice(0, 3);
  r.warnings = [...r.warnings, `label ${HOSTILE[1]} looks odd @octocat`];
  r.dataset.fingerprint = '<b>fp</b>';
  r.tool.version = '1.0<script>';
  r.gate = {
    verdict: 'fail',
    comparable: false,
    paired: false,
    significance: 0.05,
    multiple_comparisons: 'holm',
    bootstrap: null,
    baseline_source: { commit: '@evil', ref: '<ref>', fingerprint: '|x|' },
    checks: [
      {
        metric: 'accuracy',
        baseline: 0.9,
        candidate: 0.88,
        delta: -0.02,
        ci: [-0.03, -0.01],
        p_value: 0.0001,
        threshold: 'max_regression 0 | <b>',
        verdict: 'fail',
        reason: HOSTILE.filter((s) => s.length < 100).join(' '),
      },
      {
        metric: 'per_class.a|b.f1',
        baseline: 0.5,
        candidate: 0.4,
        delta: -0.1,
        ci: null,
        p_value: null,
        threshold: 'max_regression 0',
        verdict: 'warn',
      },
    ],
    flips: {
      right_to_wrong: HOSTILE.length,
      wrong_to_right: 2,
      right_to_wrong_ids: HOSTILE,
      wrong_to_right_ids: ['@here', '#1'],
      grown_confusions: [{ true: HOSTILE[0], predicted: HOSTILE[1], baseline: 1, candidate: 5, delta: 4 }],
    },
    warnings: ['[x](javascript:alert(1)) <img src=x onerror=alert(1)>'],
  };
  return r;
}

/** A deterministic result with `k` classes (per-class, confusion, flips), for the size budget. */
export function manyClassResult(k: number): Result {
  const r = loadFixture('multiclass');
  let seed = 12345;
  const rnd = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const labels = Array.from(
    { length: k },
    (_, i) => `synset_n${String(i).padStart(8, '0')}_a_rather_long_class_name`,
  );
  const per_class: NonNullable<Result['per_class']> = {};
  const counts: [string, string, number][] = [];
  for (let i = 0; i < k; i++) {
    const support = 1 + Math.floor(rnd() * 60);
    const right = Math.floor(support * (0.5 + rnd() * 0.5));
    const p = 0.4 + rnd() * 0.6;
    const rec = right / support;
    per_class[labels[i]] = {
      precision: p,
      recall: rec,
      f1: p + rec ? (2 * p * rec) / (p + rec) : 0,
      support,
    };
    if (right) counts.push([labels[i], labels[i], right]);
    if (support > right) counts.push([labels[i], labels[(i + 1) % k], support - right]);
  }
  r.per_class = per_class;
  r.confusion = { labels, counts };
  r.errors.top_confusions = counts
    .filter(([t, p]) => t !== p)
    .sort((a, b) => b[2] - a[2])
    .slice(0, 50)
    .map(([t, p, c]) => ({ true: t, predicted: p, count: c }));
  const ids = Array.from({ length: 500 }, (_, i) => `example-${i}-with-a-fairly-long-identifier`);
  r.gate = {
    verdict: 'fail',
    comparable: true,
    paired: true,
    significance: 0.05,
    multiple_comparisons: 'holm',
    bootstrap: { seed: 1, resamples: 2000 },
    baseline_source: { commit: 'abc', ref: 'refs/heads/main', fingerprint: r.dataset.fingerprint },
    checks: [
      {
        metric: 'accuracy',
        baseline: 0.9,
        candidate: 0.88,
        delta: -0.02,
        ci: [-0.03, -0.01],
        p_value: 0.0001,
        threshold: 'max_regression 0',
        verdict: 'fail',
      },
    ],
    flips: {
      right_to_wrong: 5000,
      wrong_to_right: 3000,
      right_to_wrong_ids: ids,
      wrong_to_right_ids: ids,
      grown_confusions: r.errors.top_confusions.slice(0, 20).map((c) => ({
        true: c.true,
        predicted: c.predicted,
        baseline: 1,
        candidate: c.count + 1,
        delta: c.count,
      })),
    },
    warnings: Array.from({ length: 40 }, (_, i) => `warning number ${i}: ${'lorem ipsum '.repeat(20)}`),
  };
  return r;
}
