import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQrels, readRun } from '../../../src/evaluate/read/trec.js';
import { scoreRanking } from '../../../src/evaluate/ranking-scores.js';
import { silentLogger } from '../../../src/util/progress.js';
import { metricDeclaration } from '../../../src/registry/metrics.js';

/**
 * Parity with trec_eval 9.0.8 (`trec_eval -q`, its default averaging) on every fixture case of
 * scripts/gen-trec-fixtures.py: the same evaluated queries, every per-query value and every
 * mean, to 1e-9.
 */
const DIR = join(__dirname, '..', '..', 'fixtures', 'ranking');
const CASES = ['random', 'ties', 'binary-relevance', 'graded-gaps', 'edge'];

interface Expected {
  cutoffs: number[];
  queries: Record<string, Record<string, number>>;
  means: Record<string, number>;
}

describe('ranking metrics equal trec_eval 9.0.8', () => {
  for (const name of CASES) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Expected;
      const run = await readRun(join(DIR, `${name}.run`), silentLogger);
      const qrels = await readQrels(join(DIR, `${name}.qrels`), silentLogger);
      const scored = scoreRanking(run, qrels, expected.cutoffs);
      expect([...scored.queries].sort()).toEqual(Object.keys(expected.queries).sort());
      const m = scored.names.length;
      expect([...scored.names].sort()).toEqual(Object.keys(expected.means).sort());
      scored.queries.forEach((q, qi) => {
        scored.names.forEach((metric, j) => {
          const want = expected.queries[q][metric];
          const got = scored.values[qi * m + j];
          expect(Math.abs(got - want), `${name} ${q} ${metric}: ${got} vs ${want}`).toBeLessThanOrEqual(1e-9);
        });
      });
      for (const metric of scored.names) {
        expect(metricDeclaration(metric)?.tasks, metric).toContain('ranking');
        const got = scored.metrics[metric];
        const want = expected.means[metric];
        expect(Math.abs(got - want), `${name} mean ${metric}: ${got} vs ${want}`).toBeLessThanOrEqual(1e-9);
      }
    });
  }
});
