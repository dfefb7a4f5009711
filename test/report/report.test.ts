import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, test } from 'vitest';
import type { Result } from '../../src/result/schema.js';
import {
  escapeHtml,
  escapeMarkdownInline,
  renderHtml,
  renderMarkdown,
  renderText,
} from '../../src/report/index.js';
import { HOSTILE, hostileResult, loadFixture, manyClassResult } from './helpers.js';

const FIXTURES = ['multiclass', 'binary-gate', 'regression', 'not-comparable'] as const;
const baselineFor = (name: string): Result | undefined =>
  name === 'binary-gate' ? loadFixture('binary-baseline') : undefined;

/** Every token, depth first (tables' cells included). */
function walk(tokens: Token[], visit: (t: Token) => void): void {
  for (const t of tokens) {
    visit(t);
    if (t.type === 'table') {
      const tb = t as Tokens.Table;
      for (const cell of [...tb.header, ...tb.rows.flat()]) walk(cell.tokens, visit);
    }
    const inner = (t as { tokens?: Token[] }).tokens;
    if (inner) walk(inner, visit);
    const items = (t as { items?: Token[] }).items;
    if (items) walk(items, visit);
  }
}

/** Tables are well formed: the delimiter row's width is every row's width (raw, before parsing). */
function checkTables(md: string): number {
  let tables = 0;
  walk(marked.lexer(md), (t) => {
    if (t.type !== 'table') return;
    tables++;
    const tb = t as Tokens.Table;
    const lines = tb.raw.trimEnd().split('\n');
    const cells = (line: string): number => line.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2;
    for (const line of lines) expect(cells(line), line).toBe(tb.header.length);
    for (const row of tb.rows) expect(row.length).toBe(tb.header.length);
  });
  return tables;
}

const MD_TAGS = new Set(
  'p strong em table thead tbody tr th td ul li blockquote details summary sub h4 a br'.split(' '),
);

/** The raw HTML our Markdown may contain: the marker, <details>/<summary>, <sub>. */
const OUR_HTML = /<!-- model-gate:[^>]*-->|<\/?(details|summary|sub)>/g;

function checkInertMarkdown(md: string): void {
  walk(marked.lexer(md), (t) => {
    if (t.type === 'html') {
      expect(t.raw.replace(OUR_HTML, ''), t.raw).not.toMatch(/</);
    }
    expect(['codespan', 'image', 'code', 'heading', 'del']).not.toContain(
      t.type === 'heading' && t.depth === 4 ? 'ok' : t.type,
    );
    if (t.type === 'link')
      expect((t as Tokens.Link).href).toMatch(/^https:\/\/github\.com\/acme\/vision\/actions\/runs\//);
  });
  const html = marked.parse(md, { async: false });
  // Only the tags Markdown itself makes (plus ours); no event handlers, no foreign links.
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(MD_TAGS, m[0]).toContain(m[1].toLowerCase());
    expect(m[2], m[0]).not.toMatch(/\son\w+\s*=|javascript:/i);
  }
  // Rendered text: no @mention or #ref without the zero-width space GitHub needs to skip them.
  const text = html.replace(/<[^>]+>/g, '');
  expect(text).not.toMatch(/@(?!\u200b)[\w-]/);
  expect(text).not.toMatch(/#(?!\u200b)\d/);
  expect(text).not.toMatch(/https?:\/\/(?!github\.com\/acme)/);
}

describe('snapshots', () => {
  for (const name of FIXTURES) {
    test(name, async () => {
      const r = loadFixture(name);
      const baseline = baselineFor(name);
      await expect(renderText(r, { width: 100 })).toMatchFileSnapshot(`__snapshots__/${name}.txt`);
      await expect(
        renderMarkdown(r, { baseline, name: 'vision', marker: '<!-- model-gate:vision -->' }),
      ).toMatchFileSnapshot(`__snapshots__/${name}.md`);
      await expect(renderHtml(r, { baseline, name: 'vision' })).toMatchFileSnapshot(
        `__snapshots__/${name}.html`,
      );
    });
  }
  test('colored text', async () => {
    const out = renderText(loadFixture('binary-gate'), { color: true, width: 120 });
    expect(out).toContain('\u001b[31m');
    await expect(out).toMatchFileSnapshot('__snapshots__/binary-gate.color.txt');
  });
});

describe('markdown', () => {
  test('marker first, verdict line, well-formed tables', () => {
    for (const name of FIXTURES) {
      const md = renderMarkdown(loadFixture(name), {
        baseline: baselineFor(name),
        marker: '<!-- model-gate:x -->',
      });
      expect(md.split('\n')[0]).toBe('<!-- model-gate:x -->');
      expect(md).toMatch(/\*\*model-gate: (PASS|FAIL|WARN|EVALUATED|NO BASELINE)\*\* — /);
      expect(checkTables(md)).toBeGreaterThan(0);
      checkInertMarkdown(md);
    }
  });

  test('the fail verdict names the regression', () => {
    const md = renderMarkdown(loadFixture('binary-gate'), { baseline: loadFixture('binary-baseline') });
    expect(md).toContain('❌ **model-gate: FAIL** — accuracy regressed by 1.35 points (p = 0.003)');
    expect(md).toContain('| accuracy | 0.9215 | 0.9080 | -1.35 pts \\[-2.06, -0.66\\] | 0.003 |');
    expect(md).toContain('**Prediction flips:** 72 right → wrong, 45 wrong → right');
    expect(md).toContain('<summary>Per-class metrics (2 classes)</summary>');
  });

  test('not comparable is loud', () => {
    const md = renderMarkdown(loadFixture('not-comparable'));
    expect(md).toContain('> [!CAUTION]');
    expect(md).toContain('NOT COMPARABLE');
  });

  test('hostile labels, ids, names and warnings are inert', () => {
    const md = renderMarkdown(hostileResult(), { name: '@org/<b>name|', runUrl: 'javascript:alert(1)' });
    checkTables(md);
    checkInertMarkdown(md);
    expect(md).not.toContain('<script');
    expect(md).not.toContain('javascript:alert(1)</');
    expect(md).toContain('a\\|b');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('@\u200borg/team');
    expect(md).not.toMatch(/line1\s*\n\s*line2/);
    expect(md).toContain('x'.repeat(79) + '…');
    expect(md).not.toContain('x'.repeat(81));
    expect(md).not.toContain('\u202e');
    expect(md).not.toContain('\u001b');
  });

  test('size budget: 20,000 classes fit, and what is left out is said', () => {
    const r = manyClassResult(20_000);
    const md = renderMarkdown(r, { marker: '<!-- model-gate:big -->' });
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md).toContain('Showing 200 of 20,000 classes');
    checkTables(md);

    const small = renderMarkdown(r, { maxLength: 8_000 });
    expect(small.length).toBeLessThanOrEqual(8_000);
    expect(small).toMatch(/Shortened to stay under 8,000 characters — left out: .*per-class table/);
    expect(small).toContain('| accuracy |'); // the checks survive
    checkTables(small);

    const mid = renderMarkdown(r, { maxLength: 20_000 });
    expect(mid.length).toBeLessThanOrEqual(20_000);
    expect(mid).toMatch(/left out: per-class table cut to (50|20) rows/);
    expect(mid).toContain('<details>');

    const tiny = renderMarkdown(r, { maxLength: 1_000 });
    expect(tiny.length).toBeLessThanOrEqual(1_000);
    expect(tiny).toMatch(/Truncated to 1,000 characters|Shortened to stay under 1,000/);
  });

  test('deterministic', () => {
    const r = loadFixture('binary-gate');
    expect(renderMarkdown(r)).toBe(renderMarkdown(structuredClone(r)));
    expect(renderHtml(r)).toBe(renderHtml(structuredClone(r)));
  });
});

describe('html', () => {
  const ALLOWED_TAGS = new Set(
    'html head meta title style body main header h1 h2 h3 p span section table thead tbody tr th td ul li strong details summary div footer a svg rect text line circle g'.split(
      ' ',
    ),
  );

  function checkInertHtml(html: string): void {
    expect(html).not.toMatch(/<script/i);
    for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
      expect(ALLOWED_TAGS, m[0]).toContain(m[1].toLowerCase());
      expect(m[2], m[0]).not.toMatch(/\son\w+\s*=|javascript:/i);
    }
    expect(html).not.toMatch(/(src|href)="(?!https:\/\/github\.com\/)/);
    expect(html).toContain("default-src 'none'");
  }

  test('self-contained, charts, no unescaped hostile strings', () => {
    for (const name of FIXTURES)
      checkInertHtml(renderHtml(loadFixture(name), { baseline: baselineFor(name) }));
    const html = renderHtml(hostileResult(), { name: '"><script>x</script>' });
    checkInertHtml(html);
    for (const s of HOSTILE) if (/[<>"&]/.test(s)) expect(html).not.toContain(s);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
  });

  test('charts: heat map, F1 bars, bench distributions', () => {
    const html = renderHtml(loadFixture('binary-gate'), { baseline: loadFixture('binary-baseline') });
    expect(html).toContain('aria-label="Confusion matrix, 2 of 2 classes"');
    expect(html).toContain('aria-label="Per-class F1, baseline vs candidate"');
    expect(html).toContain('aria-label="Wall time per run"');
    expect(html).toContain('aria-label="Peak RSS per run"');
    expect(html.match(/class="dot base"/g)?.length).toBe(7 * 3);
    const big = renderHtml(manyClassResult(20_000));
    expect(big).toContain('The 20 largest classes by support, of 20,000');
    expect(big.length).toBeLessThan(2_000_000);
  });
});

describe('text', () => {
  test('plain unless colored, sanitised, many classes summarised', () => {
    const plain = renderText(hostileResult());
    expect(plain).not.toContain('\u001b');
    expect(plain).not.toContain('\u202e');
    expect(plain).not.toMatch(/line1\n/);
    const big = renderText(manyClassResult(20_000), { width: 80 });
    expect(big).toContain('20 of 20,000 classes shown');
    for (const line of big.split('\n')) expect(Array.from(line).length, line).toBeLessThanOrEqual(130);
  });

  test('verdict and checks', () => {
    const out = renderText(loadFixture('binary-gate'), { width: 160 });
    expect(out.split('\n')[1]).toBe(
      'FAIL  accuracy regressed by 1.35 points (p = 0.003); 1 more check failed; 1 check warned',
    );
    expect(out).toMatch(/accuracy\s+0\.9215\s+0\.9080\s+-1\.35 pts \[-2\.06, -0\.66\]\s+0\.003/);
    expect(out).toMatch(/Wall time\s+1\.705 s\s+±\s+27\.29 ms\s+\(1\.683 s … 1\.759 s\)\s+n=7/);
  });
});

describe('escape', () => {
  test('escapeMarkdownInline', () => {
    expect(escapeMarkdownInline('a|b')).toBe('a\\|b');
    expect(escapeMarkdownInline('<b>&')).toBe('&lt;b&gt;&amp;');
    expect(escapeMarkdownInline('@team')).toBe('@\u200bteam');
    expect(escapeMarkdownInline('#12')).toBe('\\#\u200b12');
    expect(escapeMarkdownInline('a\nb\tc')).toBe('a b c');
    expect(escapeMarkdownInline('*_`[]~\\')).toBe('\\*\\_\\`\\[\\]\\~\\\\');
  });
  test('escapeHtml', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
