import { describe, expect, it } from 'vitest';
import {
  BLEU_STATISTICS,
  bleuFromStatistics,
  CHRF_STATISTICS,
  chrfFromStatistics,
  sumRows,
  textCorpusStatistics,
  textMeanTerms,
  textMetricValues,
  textTerms,
} from '../../../src/evaluate/metrics/text/index.js';
import { TEXT_METRICS } from '../../../src/evaluate/metrics/names.js';
import { metricDeclaration } from '../../../src/registry/metrics.js';
import { sumOf } from '../../../src/util/sum.js';
import { normaliseAnswer, answerTokens } from '../../../src/evaluate/metrics/text/squad-normalise.js';
import { tokenize13a } from '../../../src/evaluate/metrics/text/tokenizer-13a.js';
import { rougeTokens } from '../../../src/evaluate/metrics/text/rouge.js';
import { loadTextCases, loadTextStrings, type TextCase } from './text-fixtures.js';

/**
 * Parity with the reference implementations on every fixture corpus (sacrebleu 2.x corpus_bleu
 * and CHRF(), rouge-score RougeScorer, the official SQuAD v2.0 answer scoring): corpus values and
 * every example's terms and sufficient statistics, to 1e-9.
 */
const TOL = 1e-9;
const close = (actual: number | null, expected: number, what: string): void => {
  expect(actual, what).not.toBeNull();
  expect(Math.abs(actual! - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOL);
};

describe('text metrics: parity with sacrebleu, rouge-score and SQuAD v2.0', () => {
  const cases = loadTextCases();
  it('has the fixture corpora', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  for (const c of cases) {
    it(c.name, () => {
      const terms = textTerms(c.predictions, c.references);
      const values = textMetricValues(terms);
      for (const [name, expected] of Object.entries(c.metrics)) {
        close(values[name as keyof typeof values], expected, `${c.name} ${name}`);
      }
      const per = c.per_example;
      for (let i = 0; i < terms.n; i++) {
        const at = `${c.name} example ${i}`;
        expect(terms.exactMatch[i], `${at} exact_match`).toBe(per.exact_match[i]);
        close(terms.tokenF1[i]!, per.token_f1[i]!, `${at} token_f1`);
        close(terms.rouge1[i]!, per.rouge1[i]!, `${at} rouge1`);
        close(terms.rouge2[i]!, per.rouge2[i]!, `${at} rouge2`);
        close(terms.rougeL[i]!, per.rouge_l[i]!, `${at} rouge_l`);
        expect(
          [...terms.bleu.subarray(i * BLEU_STATISTICS, (i + 1) * BLEU_STATISTICS)],
          `${at} bleu`,
        ).toEqual(per.bleu[i]);
        expect(
          [...terms.chrf.subarray(i * CHRF_STATISTICS, (i + 1) * CHRF_STATISTICS)],
          `${at} chrf`,
        ).toEqual(per.chrf[i]);
      }
    });
  }

  it('a subset’s BLEU and chrF are the functions of its summed statistics', () => {
    const c = cases[0]!;
    const terms = textTerms(c.predictions, c.references);
    const half = c.predictions.length >> 1;
    const weights = Array.from({ length: terms.n }, (_, i) => (i < half ? 1 : 0));
    const sub = textMetricValues(textTerms(c.predictions.slice(0, half), c.references.slice(0, half)));
    close(bleuFromStatistics(sumRows(terms.bleu, BLEU_STATISTICS, weights)), sub.bleu!, 'bleu of a subset');
    close(chrfFromStatistics(sumRows(terms.chrf, CHRF_STATISTICS, weights)), sub.chrf!, 'chrf of a subset');
  });

  it('every text metric of the registry has its per-example terms or corpus statistics', () => {
    const c = cases[0]!;
    const terms = textTerms(c.predictions, c.references);
    for (const name of TEXT_METRICS) {
      const mean = textMeanTerms(terms, name);
      const corpus = textCorpusStatistics(terms, name);
      expect(Number(mean !== null) + Number(corpus !== null), name).toBe(1);
      const shape = metricDeclaration(name)!.shape;
      if (mean) {
        expect(['mean', 'mean-binary'], name).toContain(shape);
        close(sumOf(mean) / terms.n, c.metrics[name as keyof TextCase['metrics']], name);
      } else {
        expect(shape, name).toBe('corpus-statistics');
        close(
          corpus!.score(sumRows(corpus!.rows, corpus!.width)),
          c.metrics[name as keyof TextCase['metrics']],
          name,
        );
      }
    }
  });

  it('every fixture value lies within its declared range (a perfect BLEU rounds above 100)', () => {
    for (const c of cases)
      for (const [name, v] of Object.entries(c.metrics)) {
        const [lo, hi] = metricDeclaration(name)!.range!;
        expect(v >= lo && v <= hi, `${c.name} ${name} = ${v}`).toBe(true);
      }
    expect(cases.find((c) => c.name === 'identical')!.metrics.bleu).toBeGreaterThan(100);
  });

  it('an empty corpus has no values', () => {
    const v = textMetricValues(textTerms([], []));
    expect(Object.values(v).every((x) => x === null)).toBe(true);
  });
});

describe('text tokenisation: parity per string', () => {
  const strings = loadTextStrings();
  it('13a tokens (sacrebleu Tokenizer13a of the right-stripped segment)', () => {
    for (const { s, tok13a } of strings) expect(tokenize13a(s), JSON.stringify(s)).toBe(tok13a);
  });
  it('SQuAD v2.0 normal form and tokens', () => {
    for (const { s, squad, squad_tokens } of strings) {
      expect(normaliseAnswer(s), JSON.stringify(s)).toBe(squad);
      expect(answerTokens(s), JSON.stringify(s)).toEqual(squad_tokens);
    }
  });
  it('rouge-score default tokenizer', () => {
    for (const { s, rouge } of strings) expect(rougeTokens(s), JSON.stringify(s)).toEqual(rouge);
  });
});
