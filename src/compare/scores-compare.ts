/**
 * The gate of `--task scores` results. Examples pair by id; a sample set that differs between
 * baseline and candidate is refused (exit 2, with the counts) unless `--missing intersection`
 * allows pairing on the examples both have, which is then said in the warnings — never silently.
 * Each metric's paired test is on the per-example differences of its terms (trials already
 * folded into each example, so examples are what is paired and resampled, never trials): the
 * exact McNemar test (or the paired z non-inferiority test with a margin) for a 0/1 score with
 * one trial per example, the paired z test otherwise. Flips: examples that went pass → fail.
 */
import type { GateConfig } from '../config/index.js';
import { rulesForScores } from '../config/index.js';
import { GateError } from '../errors.js';
import type { MissingPolicy } from '../result/evaluation-data.js';
import type { Flips, GateResult, Result } from '../result/schema.js';
import type { ScoresData, ScoreTerms } from '../result/scores-data.js';
import { FLAKY_SUFFIX } from '../registry/metrics.js';
import { displayLabel } from '../util/escape.js';
import { draftCheck, type Draft, type DraftContext } from './check-draft.js';
import type { PairedOutcome } from './paired-tests.js';
import { normalQuantile } from './stats/index.js';
import { pairedMeanDifference } from './stats/paired-mean.js';
import { adjustHolm, decide, gateVerdict } from './verdict.js';

/** Ids listed in a flip or missing-sample message. */
const MAX_IDS = 20;

export interface ScoresCompareInput {
  baseline: Result | null;
  candidate: Result;
  baselineExamples: ScoresData | null;
  candidateExamples: ScoresData | null;
  config: GateConfig;
  missing: MissingPolicy;
}

/** Candidate example of each baseline example (−1 = none) and the counts either side. */
export function pairScores(
  b: ScoresData,
  c: ScoresData,
): { candidateRow: Int32Array; paired: number; onlyBaseline: string[]; onlyCandidate: string[] } {
  const index = new Map<string, number>();
  c.ids.forEach((id, i) => index.set(id, i));
  const candidateRow = new Int32Array(b.n).fill(-1);
  const onlyBaseline: string[] = [];
  const matched = new Uint8Array(c.n);
  let paired = 0;
  for (let i = 0; i < b.n; i++) {
    const j = index.get(b.ids[i]);
    if (j === undefined) onlyBaseline.push(b.ids[i]);
    else {
      candidateRow[i] = j;
      matched[j] = 1;
      paired++;
    }
  }
  const onlyCandidate: string[] = [];
  for (let j = 0; j < c.n; j++) if (!matched[j]) onlyCandidate.push(c.ids[j]);
  return { candidateRow, paired, onlyBaseline, onlyCandidate };
}

const some = (ids: string[]): string =>
  ids
    .slice(0, 5)
    .map((id) => JSON.stringify(displayLabel(id, 40)))
    .join(', ') + (ids.length > 5 ? ', …' : '');

/** Baseline terms and candidate terms restricted to the paired examples (in baseline order). */
function pairedTerms(
  bt: ScoreTerms,
  ct: ScoreTerms,
  candidateRow: Int32Array,
): { base: Float64Array; cand: Float64Array; rows: Int32Array } {
  const rows: number[] = [];
  for (let i = 0; i < candidateRow.length; i++) if (candidateRow[i] >= 0) rows.push(i);
  const base = new Float64Array(rows.length);
  const cand = new Float64Array(rows.length);
  rows.forEach((i, k) => {
    base[k] = bt.values[i];
    cand[k] = ct.values[candidateRow[i]];
  });
  return { base, cand, rows: Int32Array.from(rows) };
}

export function compareScores(input: ScoresCompareInput): GateResult {
  const { baseline, candidate, config } = input;
  const alpha = config.significance;
  const warnings: string[] = [];
  const rules = rulesForScores(config, Object.keys(candidate.metrics));
  const bx = input.baselineExamples;
  const cx = input.candidateExamples;
  const outcomes = new Map<string, PairedOutcome>();
  const discordantByMetric = new Map<string, { b: number; c: number }>();
  let pairedN: number | undefined;
  let flips: Flips | undefined;
  let paired = false;
  if (baseline && bx && cx) {
    const pairing = pairScores(bx, cx);
    const { paired: n, onlyBaseline, onlyCandidate } = pairing;
    if (onlyBaseline.length + onlyCandidate.length > 0) {
      const counts =
        `${n} examples paired, ${onlyBaseline.length} only in the baseline` +
        (onlyBaseline.length ? ` (${some(onlyBaseline)})` : '') +
        `, ${onlyCandidate.length} only in the candidate` +
        (onlyCandidate.length ? ` (${some(onlyCandidate)})` : '');
      if (input.missing !== 'intersection')
        throw new GateError(
          `The baseline and the candidate scored different samples: ${counts}. Their metrics are not comparable as they stand. ` +
            'Run both on the same samples, or pass --missing intersection to pair and test the examples both have.',
        );
      warnings.push(
        `MIXED SAMPLE SETS (--missing intersection): ${counts}. The paired tests use the ${n} common examples; each side's metric values are over all its own examples.`,
      );
    }
    pairedN = n;
    paired = n > 0;
    const byName = (d: ScoresData): Map<string, ScoreTerms> => new Map(d.terms.map((t) => [t.name, t]));
    const bTerms = byName(bx);
    const cTerms = byName(cx);
    let flipMetric: string | null = null;
    for (const rule of rules) {
      const bt = bTerms.get(rule.metric);
      const ct = cTerms.get(rule.metric);
      if (!bt || !ct || !paired) continue;
      const { base, cand, rows } = pairedTerms(bt, ct, pairing.candidateRow);
      if (bt.binary && ct.binary) {
        let b = 0;
        let c = 0;
        for (let k = 0; k < base.length; k++) {
          if (base[k] === 1 && cand[k] === 0) b++;
          else if (base[k] === 0 && cand[k] === 1) c++;
        }
        discordantByMetric.set(rule.metric, { b, c });
      } else {
        const identity = Int32Array.from({ length: base.length }, (_, k) => k);
        const estimate = pairedMeanDifference(base, cand, identity);
        if (ct.aggregate === 'count')
          // A count is n × the mean of its indicators: its difference and se scale by n.
          Object.assign(estimate, { delta: estimate.delta * estimate.n, se: estimate.se * estimate.n });
        outcomes.set(rule.metric, { kind: 'analytic', test: 'paired-z', estimate });
      }
      // Flips of the first gated 0/1 score: every trial passed before and failed now (or back).
      if (flipMetric === null && isZeroOne(bt, bx) && isZeroOne(ct, cx)) {
        flipMetric = rule.metric;
        const rw: string[] = [];
        const wr: string[] = [];
        let nRw = 0;
        let nWr = 0;
        for (let k = 0; k < base.length; k++) {
          const id = bx.ids[rows[k]];
          if (base[k] === 1 && cand[k] === 0) {
            if (nRw++ < MAX_IDS) rw.push(id);
          } else if (base[k] === 0 && cand[k] === 1) {
            if (nWr++ < MAX_IDS) wr.push(id);
          }
        }
        flips = {
          right_to_wrong: nRw,
          wrong_to_right: nWr,
          right_to_wrong_ids: rw,
          wrong_to_right_ids: wr,
          grown_confusions: [],
        };
      }
    }
  } else if (baseline && rules.some((r) => !r.metric.startsWith('bench.'))) {
    warnings.push(
      `Unpaired tests: ${!bx ? 'the baseline' : 'the candidate'} has no per-example file (scores.bin), so the examples could not be paired.`,
    );
  }
  if (cx) warnings.push(...flakyNotes(cx));

  const z = alpha === null ? null : normalQuantile(1 - alpha);
  const ctx: DraftContext = {
    baseline,
    candidate,
    config,
    alpha,
    z,
    comparable: true,
    hostMismatch: false,
    boot: null,
    bootKind: null,
    pairedTests: outcomes,
    discordant: null,
    discordantByMetric,
    ...(pairedN !== undefined ? { pairedN } : {}),
  };
  const drafts: Draft[] = rules.map((rule) => draftCheck(rule, ctx));
  adjustHolm(drafts, alpha, config);
  const checks = drafts.map((d) => decide(d, alpha, baseline !== null, candidate));
  const gate: GateResult = {
    verdict: gateVerdict(checks, baseline !== null),
    checks,
    comparable: true,
    paired,
    significance: alpha,
    multiple_comparisons: config.multiple_comparisons,
    bootstrap: null,
    baseline_source: baseline
      ? {
          ...(baseline.created_at !== undefined ? { created_at: baseline.created_at } : {}),
          ...(baseline.source?.commit !== undefined ? { commit: baseline.source.commit } : {}),
          ...(baseline.source?.ref !== undefined ? { ref: baseline.source.ref } : {}),
          fingerprint: baseline.dataset.fingerprint,
        }
      : null,
    warnings,
  };
  if (flips) gate.flips = flips;
  return gate;
}

/** A pass/fail score: 0/1 with one trial, or a mean over trials of 0/1 values (it has pass@1). */
function isZeroOne(t: ScoreTerms, data: ScoresData): boolean {
  return t.binary || data.terms.some((x) => x.name === `${t.name}.pass@1`);
}

/** The flaky examples of the candidate (both outcomes across trials), by metric. */
function flakyNotes(data: ScoresData): string[] {
  const out: string[] = [];
  for (const t of data.terms) {
    if (!t.name.endsWith(FLAKY_SUFFIX)) continue;
    const ids: string[] = [];
    let count = 0;
    for (let i = 0; i < t.values.length; i++)
      if (t.values[i] === 1) {
        if (count++ < MAX_IDS) ids.push(data.ids[i]);
      }
    if (count > 0)
      out.push(
        `${t.name.slice(0, -FLAKY_SUFFIX.length)}: ${count} flaky examples in the candidate (passed some trials, failed others): ${some(ids)}.`,
      );
  }
  return out;
}
