/**
 * The reports of an interleaved run (`bench.against`): the baseline column is the interleaved
 * series, the A/A noise is shown per field, the note names the baseline command (escaped for each
 * format) and a confirmation's outcome.
 */
import { describe, expect, it } from 'vitest';
import type { BenchRun, Result } from '../../src/result/schema.js';
import { renderBenchText, renderHtml, renderMarkdown, renderText } from '../../src/report/index.js';
import { loadFixture } from './helpers.js';

const HOSTILE_COMMAND = 'python <img src=x onerror=alert(1)> | `rm -rf` @octocat \u001b[31m::error::x';

function interleavedResult(): Result {
  const r = loadFixture('binary-gate');
  const bench = r.bench!;
  const run = (index: number, wall: number): BenchRun => ({
    ...bench.runs[bench.runs.length - 1],
    index,
    warmup: false,
    wall_seconds: wall,
  });
  const runs = [run(1, 1.0), run(2, 1.1), run(3, 0.9), run(4, 1.2), run(5, 1.0)];
  bench.against = {
    command: ['sh', '-c', HOSTILE_COMMAND],
    runs,
    summary: {
      ...bench.summary,
      wall_seconds: { median: 1.0, mean: 1.04, stddev: 0.114, min: 0.9, max: 1.2, n: 5 },
    },
    order: 'interleaved',
    pairs: 10,
    noise_floor: { wall_seconds: 0.14826 },
    confirm: { pairs: 5, metrics: ['bench.wall_seconds'], outcome: 'cleared' },
  };
  return r;
}

describe('reports of an interleaved benchmark', () => {
  const result = interleavedResult();

  it('markdown: the interleaved baseline column, the A/A noise, the note, escaped', () => {
    const md = renderMarkdown(result, { name: 'gate' });
    expect(md).toContain(
      '| benchmark | baseline (interleaved) | candidate | Δ median | candidate min … max | A/A noise |',
    );
    expect(md).toContain('±14.8%');
    expect(md).toContain('Interleaved A/B');
    expect(md).toContain('10 pairs');
    expect(md).toContain('re-measured with 5 more: cleared (no longer failing)');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('@octocat');
    expect(md).not.toContain('\u001b');
  });

  it('html: the same, escaped', () => {
    const html = renderHtml(result, {});
    expect(html).toContain('baseline (interleaved) median ± σ');
    expect(html).toContain('A/A noise floor of wall time ±14.8%');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x');
  });

  it('text (run and bench): baseline medians, change and noise beside the candidate; no escape sequence', () => {
    for (const text of [renderText(result, { width: 200 }), renderBenchText(result.bench!, { width: 200 })]) {
      expect(text).toMatch(/baseline\s+Δ median\s+A\/A noise/);
      expect(text).toContain('±14.8%');
      expect(text).toContain('Interleaved A/B');
      expect(text).not.toContain('\u001b');
      for (const line of text.split('\n')) expect(line).not.toMatch(/^\s*::/);
    }
  });

  it('a result without against renders as before (no interleaved words)', () => {
    const plain = loadFixture('binary-gate');
    expect(renderMarkdown(plain, { name: 'gate' })).not.toContain('interleaved');
    expect(renderText(plain)).not.toContain('A/A');
  });
});
