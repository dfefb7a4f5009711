import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderUntrustedReport } from '../../src/action/untrusted-report.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/report/binary-gate.json');

// Several @ in one string, issue refs, scheme and www links, backticks, pipes, raw HTML.
const ADVERSARIAL = [
  '@alice @bob @org/team hi@example.com',
  'fixes #1 and #22, GH-3',
  'see https://evil.example/x and ftp://evil.example',
  'www.evil.example',
  '`code` ``double`` ```fence```',
  'a | b || c',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '[link](http://evil.example) ![img](http://evil.example/i.png)',
  '<!-- model-gate:other -->',
];

describe('post-comment rendering from an untrusted result.json', () => {
  it.each(ADVERSARIAL)('renders %j with no mention, link, HTML or code span', async (s) => {
    const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    doc.dataset.predictions_file = s;
    doc.source.commit = s;
    doc.source.branch = s;
    doc.warnings = [s];
    if (doc.gate?.checks?.[0]) doc.gate.checks[0].reason = s;
    const r = renderUntrustedReport(Buffer.from(JSON.stringify(doc)), 'g', {
      runId: 9,
      runUrl: 'https://github.com/acme/models/actions/runs/9',
      prNumber: 5,
    });
    // Our note (trusted run link and "#5", the verified pull request) is first; then the report.
    expect(r.markdown).toMatch(
      /^> \[!NOTE\]\n> The figures below were computed by the pull request's own workflow run/,
    );
    const report = r.markdown.slice(r.markdown.indexOf('\n\n') + 2);
    const html = await marked.parse(report);
    expect(html).not.toMatch(/<(script|img|a href="http:\/\/evil|code>)/);
    for (const href of html.match(/href="[^"]*"/g) ?? [])
      expect(href).toBe('href="https://github.com/acme/models/actions/runs/9"');
    const text = html.replace(/<[^>]+>/g, ' ');
    expect(text).not.toMatch(/@[a-z]/i);
    expect(text).not.toMatch(/#\d|GH-\d/);
    expect(text).not.toMatch(/[a-z]+:\/\/|www\./i);
    expect(r.markdown).not.toContain('<!-- model-gate:other -->');
  });

  it('recomputes the verdict from the checks (a forged "pass" stays a fail)', () => {
    const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    doc.gate.checks[0].verdict = 'fail';
    doc.gate.verdict = 'pass';
    const r = renderUntrustedReport(Buffer.from(JSON.stringify(doc)), 'g', {
      runId: 9,
      runUrl: 'https://github.com/acme/models/actions/runs/9',
      prNumber: 5,
    });
    expect(r.verdict).toBe('fail');
    expect(r.markdown).toMatch(/FAIL/);
  });

  it('a string where a number is expected is refused, naming the field', () => {
    const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    doc.n = '5';
    expect(() =>
      renderUntrustedReport(Buffer.from(JSON.stringify(doc)), 'g', {
        runId: 1,
        runUrl: 'https://github.com/',
        prNumber: 1,
      }),
    ).toThrow(/"n"/);
    const d2 = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    d2.gate.checks[0].delta = 'big';
    expect(() =>
      renderUntrustedReport(Buffer.from(JSON.stringify(d2)), 'g', {
        runId: 1,
        runUrl: 'https://github.com/',
        prNumber: 1,
      }),
    ).toThrow(/gate\.checks\[0\]\.delta/);
  });
});
