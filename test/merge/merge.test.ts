import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareResults, loadBaseline, readExamples } from '../../src/compare/index.js';
import { defaultGateConfig, parseGateConfig } from '../../src/config/index.js';
import { STATISTIC_TERMS } from '../../src/evaluate/sufficient-statistics.js';
import { GateError } from '../../src/errors.js';
import type { Evaluation } from '../../src/evaluate/evaluate.js';
import { fingerprintData, loadShards, mergeShards } from '../../src/merge/index.js';
import { writeMerged } from '../../src/pipeline/write-merged.js';
import { METRIC_DECLARATIONS, metricDeclaration } from '../../src/registry/metrics.js';
import type { Result } from '../../src/result/schema.js';
import {
  binaryDataset,
  evaluateRows,
  multiclassDataset,
  NOW,
  randomSplit,
  regressionDataset,
  tempDir,
  writeShard,
  type Dataset,
} from './helpers.js';

/** Metrics that differ from the unsharded value in any bit, across every split (reported below). */
const notBitIdentical: string[] = [];
let comparedFloats = 0;

afterAll(() => {
  // The suite asserts bit-equality; this line documents the count in the test log.
  console.log(`merge parity: ${comparedFloats} floats compared, ${notBitIdentical.length} not bit-identical`);
});

function expectSameNumber(what: string, merged: number | null | undefined, whole: number | null | undefined) {
  comparedFloats++;
  if (typeof merged === 'number' && typeof whole === 'number' && !Object.is(merged, whole)) {
    notBitIdentical.push(`${what}: ${merged} vs ${whole}`);
    const scale = Math.max(Math.abs(whole), Number.MIN_VALUE);
    expect(Math.abs(merged - whole) / scale, what).toBeLessThanOrEqual(1e-12);
  }
  expect(merged, what).toBe(whole);
}

/** Everything but provenance (created_at, files, examples) must equal evaluating the whole. */
function expectSameResult(merged: Result, whole: Result) {
  expect(merged.task).toBe(whole.task);
  expect(merged.n).toBe(whole.n);
  expect(merged.dataset.fingerprint).toBe(whole.dataset.fingerprint);
  expect(merged.dataset.positive_label).toBe(whole.dataset.positive_label);
  expect(Object.keys(merged.metrics)).toEqual(Object.keys(whole.metrics));
  for (const [name, value] of Object.entries(whole.metrics))
    expectSameNumber(`metrics.${name}`, merged.metrics[name], value);
  expect(Object.keys(merged.per_class ?? {})).toEqual(Object.keys(whole.per_class ?? {}));
  for (const [label, stats] of Object.entries(whole.per_class ?? {})) {
    const m = merged.per_class![label];
    expect(m.support).toBe(stats.support);
    expectSameNumber(`per_class.${label}.precision`, m.precision, stats.precision);
    expectSameNumber(`per_class.${label}.recall`, m.recall, stats.recall);
    expectSameNumber(`per_class.${label}.f1`, m.f1, stats.f1);
  }
  expect(merged.confusion).toEqual(whole.confusion);
  const { missing_ids: mIds, ...mErrors } = merged.errors;
  const { missing_ids: wIds, ...wErrors } = whole.errors;
  expect(mErrors).toEqual(wErrors);
  // The first few missing ids: the same set when there are few enough to list them all.
  expect([...(mIds ?? [])].sort()).toEqual([...(wIds ?? [])].sort());
}

interface Case {
  ds: Dataset;
  whole: Evaluation;
}

const cases = new Map<string, Promise<Case>>();
function prepared(name: string, make: () => Dataset): Promise<Case> {
  if (!cases.has(name))
    cases.set(
      name,
      (async () => {
        const ds = make();
        const whole = await evaluateRows(
          ds,
          join(tempDir(), 'whole'),
          ds.labelRows.map((_, i) => i),
        );
        return { ds, whole };
      })(),
    );
  return cases.get(name)!;
}

const DATASETS: [string, () => Dataset][] = [
  ['binary', () => binaryDataset()],
  ['multiclass', () => multiclassDataset()],
  ['regression', () => regressionDataset()],
];

async function shardsOf(ds: Dataset, split: number[][], sidecar = true): Promise<string[]> {
  const root = tempDir();
  const dirs: string[] = [];
  for (let s = 0; s < split.length; s++) {
    const dir = join(root, `shard-${s}`);
    await writeShard(ds, dir, split[s], { sidecar });
    dirs.push(dir);
  }
  return dirs;
}

describe('fingerprintData', () => {
  it.each(DATASETS)('reproduces the reader fingerprint (%s)', async (name, make) => {
    const { whole } = await prepared(name, make);
    expect(fingerprintData(whole.data)).toBe(whole.result.dataset.fingerprint);
  });

  it('matches the reader for rows joined by position', async () => {
    const ds = regressionDataset(50, 9);
    const noIds: Dataset = {
      ...ds,
      predictionColumns: ['label', 'prediction'],
      labelRows: ds.labelRows.map((r) => r.slice(1)),
    };
    const { result, data } = await evaluateRows(noIds, tempDir(), [...Array(50).keys()]);
    expect(data.ids).toBeNull();
    expect(fingerprintData(data)).toBe(result.dataset.fingerprint);
  });
});

describe('merge with examples sidecars equals evaluating the whole', () => {
  for (const [name, make] of DATASETS)
    for (const k of [2, 3, 7])
      it(`${name}, ${k} random shards`, async () => {
        const { ds, whole } = await prepared(name, make);
        const split = randomSplit(ds.labelRows.length, k, 100 + k, ds.rare);
        const dirs = await shardsOf(ds, split);
        const shards = await loadShards(dirs);
        const merged = mergeShards(shards, { now: NOW });
        expect(merged.exact).toBe(true);
        expect(merged.omitted).toEqual([]);
        expectSameResult(merged.result, whole.result);
        expectSameStatistics(merged.result, whole.result);
        // The shards' own metric warnings (e.g. an AUC undefined on a shard) do not leak.
        expect(merged.result.warnings).toEqual(whole.result.warnings);
        if (ds.rare.some(Boolean)) {
          // The rare class lives in one shard only, yet is a class of the merged result.
          const holding = shards.filter((s) => s.result.per_class?.zeta !== undefined);
          expect(holding).toHaveLength(1);
          expect(merged.result.per_class?.zeta).toEqual(whole.result.per_class?.zeta);
        }

        // Shard order does not change counts or the fingerprint.
        const reversed = mergeShards([...shards].reverse(), { now: NOW });
        expect(reversed.result.dataset.fingerprint).toBe(whole.result.dataset.fingerprint);
        expect(reversed.result.confusion).toEqual(whole.result.confusion);

        // The merged folder is a baseline with paired tests against the unsharded evaluation.
        const out = join(tempDir(), 'merged');
        await writeMerged(merged, shards, { outDir: out });
        const baseline = await loadBaseline(out);
        expect(baseline.examples?.n).toBe(whole.data.n);
        const gate = compareResults({
          baseline: baseline.result,
          candidate: whole.result,
          baselineExamples: baseline.examples,
          candidateExamples: whole.data,
          config: defaultGateConfig(),
        });
        expect(gate.comparable).toBe(true);
        expect(gate.paired).toBe(true);
        expect(gate.verdict).toBe('pass');
      });

  it('contiguous shards passed in order reproduce the rows of the whole exactly', async () => {
    const { ds, whole } = await prepared('multiclass', () => multiclassDataset());
    const n = ds.labelRows.length;
    const cuts = [0, 300, 301, 1200, n];
    const split = cuts.slice(1).map((end, s) => Array.from({ length: end - cuts[s] }, (_, i) => cuts[s] + i));
    const merged = mergeShards(await loadShards(await shardsOf(ds, split)), { now: NOW });
    expectSameResult(merged.result, whole.result);
    const data = merged.data!;
    expect(data.task === 'multiclass' && whole.data.task === 'multiclass').toBe(true);
    if (data.task === 'multiclass' && whole.data.task === 'multiclass') {
      expect(data.classes).toEqual(whole.data.classes);
      expect(data.yTrue).toEqual(whole.data.yTrue);
      expect(data.yPred).toEqual(whole.data.yPred);
      expect(data.scores).toEqual(whole.data.scores);
      expect(data.scoreClasses).toEqual(whole.data.scoreClasses);
      expect(data.ids).toEqual(whole.data.ids);
    }
  });

  it('writes result.json with the merged sidecar beside it (--out)', async () => {
    const { ds, whole } = await prepared('binary', () => binaryDataset());
    const shards = await loadShards(await shardsOf(ds, randomSplit(ds.labelRows.length, 3, 5, ds.rare)));
    const merged = mergeShards(shards, { now: NOW });
    const dir = tempDir();
    const written = await writeMerged(merged, shards, { out: join(dir, 'merged.json') });
    expect(written.result).toEqual([join(dir, 'merged.json')]);
    expect(written.examples).toEqual([join(dir, 'examples.bin')]);
    const loaded = await loadBaseline(join(dir, 'merged.json'));
    expect(loaded.result.examples).toEqual({
      file: 'examples.bin',
      format: 'model-gate/examples@2',
      rows: whole.data.n,
    });
    const back = await readExamples(join(dir, 'examples.bin'));
    expect(fingerprintData(back)).toBe(whole.result.dataset.fingerprint);
  });

  it('refuses to overwrite a shard', async () => {
    const { ds } = await prepared('binary', () => binaryDataset());
    const dirs = await shardsOf(ds, randomSplit(ds.labelRows.length, 2, 6, ds.rare));
    const shards = await loadShards(dirs);
    const merged = mergeShards(shards);
    await expect(writeMerged(merged, shards, { outDir: dirs[1] })).rejects.toThrow(
      /would overwrite a file of the shard .*shard-1/,
    );
  });

  it('drops bench sections with a warning that benchmarks are per-runner', async () => {
    const { ds } = await prepared('regression', () => regressionDataset());
    const dirs = await shardsOf(ds, randomSplit(ds.labelRows.length, 2, 7, ds.rare));
    const shards = await loadShards(dirs);
    shards[0].result.bench = { runs: [] } as unknown as Result['bench'];
    const merged = mergeShards(shards);
    expect(merged.result.bench).toBeUndefined();
    expect(merged.result.warnings.join('\n')).toMatch(
      /bench dropped: 1 of 2 shards were benchmarked, each on its own runner/,
    );
  });
});

describe('refusals', () => {
  it('refuses overlapping shards, naming both shards and shared ids', async () => {
    const { ds } = await prepared('binary', () => binaryDataset());
    const split = randomSplit(ds.labelRows.length, 3, 11, ds.rare);
    split[2].push(split[0][0], split[0][1]);
    split[2].sort((a, b) => a - b);
    const dirs = await shardsOf(ds, split);
    const shards = await loadShards(dirs);
    const error = (() => {
      try {
        mergeShards(shards);
      } catch (e) {
        return e as GateError;
      }
      throw new Error('expected a refusal');
    })();
    expect(error).toBeInstanceOf(GateError);
    expect(error.exitCode).toBe(2);
    const a = JSON.stringify(ds.labelRows[split[0][0]][0]);
    const b = JSON.stringify(ds.labelRows[split[0][1]][0]);
    expect(error.message).toBe(
      `the shards overlap: ${dirs[0]} and ${dirs[2]} both hold the id(s) ${a}, ${b} (2 repeated ids across ` +
        'all shards). Shards must be disjoint parts of the dataset — every example in exactly one shard — or ' +
        'merged metrics would count those examples twice. Check the split (e.g. a row goes to shard hash(id) ' +
        'mod SHARDS) and that no shard was passed or downloaded twice.',
    );
  });

  it('refuses the same shard given twice', async () => {
    const { ds } = await prepared('binary', () => binaryDataset());
    const dirs = await shardsOf(ds, randomSplit(ds.labelRows.length, 2, 12, ds.rare));
    await expect(loadShards([dirs[0], dirs[1], join(dirs[0], 'result.json')])).rejects.toThrow(
      /is given twice/,
    );
  });

  it('refuses shards joined by position, saying how to fix it', async () => {
    const ds = regressionDataset(40, 4);
    const noIds: Dataset = {
      ...ds,
      predictionColumns: ['label', 'prediction'],
      labelRows: ds.labelRows.map((r) => r.slice(1)),
    };
    const dirs = await shardsOf(noIds, [[...Array(20).keys()], [...Array(20).keys()].map((i) => i + 20)]);
    expect(() => mergeShards([]).result).toThrow(/no shards/);
    const shards = await loadShards(dirs);
    expect(() => mergeShards(shards)).toThrow(
      /joined by position \(no id column\), so model-gate cannot check that the shards are disjoint.*Give the files an id column/,
    );
  });

  it('refuses mixed tasks', async () => {
    const bin = await prepared('binary', () => binaryDataset());
    const reg = await prepared('regression', () => regressionDataset());
    const a = await shardsOf(bin.ds, [[0, 1, 2, 3]]);
    const b = await shardsOf(reg.ds, [[4, 5, 6, 7]]);
    const shards = await loadShards([...a, ...b]);
    expect(() => mergeShards(shards)).toThrow(
      /cannot merge shards of different tasks \(binary: .*; regression: /,
    );
  });

  it('refuses binary shards with different positive labels (a one-class shard)', async () => {
    const { ds } = await prepared('binary', () => binaryDataset());
    // A shard where every row is "no", predicted "no", evaluated without --positive-label.
    const noRows = ds.labelRows
      .map((r, i) => (r[1] === 'no' && r[2] === 'no' ? i : -1))
      .filter((i) => i >= 0);
    const other = ds.labelRows.map((_, i) => i).filter((i) => !noRows.slice(0, 50).includes(i));
    const implicit: Dataset = { ...ds, options: { ...ds.options, positiveLabel: undefined } };
    const dirs = await shardsOf(implicit, [noRows.slice(0, 50), other]);
    const shards = await loadShards(dirs);
    expect(() => mergeShards(shards)).toThrow(
      `the shards have different positive labels: "no" in ${dirs[0]}, "yes" in ${dirs[1]}.`,
    );
    // With --positive-label on every shard the same split merges, and the one-class shard counts.
    const { whole } = await prepared('binary', () => binaryDataset());
    const fixed = await loadShards(await shardsOf(ds, [noRows.slice(0, 50), other]));
    expect(fixed[0].result.confusion?.labels).toEqual(['no', 'yes']);
    expectSameResult(mergeShards(fixed).result, whole.result);
  });

  it('refuses different score layouts', async () => {
    const { ds } = await prepared('multiclass', () => multiclassDataset());
    const split = randomSplit(ds.labelRows.length, 2, 13, ds.rare);
    const withScores = await shardsOf(ds, [split[0]]);
    const noScores: Dataset = { ...ds, options: { ...ds.options, scorePrefix: undefined } };
    const without = await shardsOf(noScores, [split[1]]);
    const shards = await loadShards([...withScores, ...without]);
    expect(() => mergeShards(shards)).toThrow(
      `different score layouts: ${withScores[0]} has scores but ${without[0]} has none`,
    );
    // Fewer probability columns on one shard.
    const fewer: Dataset = {
      ...ds,
      predictionColumns: ds.predictionColumns.map((c) => (c === 'p_eel' ? 'q_eel' : c)),
      rare: ds.rare,
    };
    const eelFree = split[1].filter((r) => ds.labelRows[r][1] !== 'eel');
    const lacking = await shardsOf(fewer, [eelFree]);
    const mixed = await loadShards([...withScores, ...lacking]);
    expect(() => mergeShards(mixed)).toThrow(/different score layouts: .* \(.* lacks "eel"\)/);
  });
});

/** Within 1e-12 relative (sums merged from the shards' statistics: equal up to rounding). */
function expectClose(what: string, merged: number | null | undefined, whole: number | null | undefined) {
  comparedFloats++;
  if (typeof whole !== 'number' || typeof merged !== 'number') {
    expect(merged, what).toBe(whole);
    return;
  }
  const scale = Math.max(Math.abs(whole), Number.MIN_VALUE);
  expect(Math.abs(merged - whole) / scale, `${what}: ${merged} vs ${whole}`).toBeLessThanOrEqual(1e-12);
}

function expectSameStatistics(merged: Result, whole: Result) {
  const w = whole.statistics?.terms ?? {};
  expect(Object.keys(merged.statistics?.terms ?? {}).sort()).toEqual(Object.keys(w).sort());
  for (const [name, t] of Object.entries(w)) {
    const m = merged.statistics!.terms[name];
    expect(m.n, `statistics.terms.${name}.n`).toBe(t.n);
    for (const key of ['sum', 'sum_sq', 'm2', 'min', 'max'] as const)
      expectClose(`statistics.terms.${name}.${key}`, m[key], t[key]);
  }
}

/** The metrics a merge of bare shards leaves out: those whose registry merge rule is `sorted`. */
const SORTED: Record<string, string[]> = {
  binary: ['roc_auc', 'average_precision'],
  multiclass: ['roc_auc'],
  regression: ['median_ae', 'max_error'],
};

describe("merge of bare result.json shards (no sidecars): by each metric's merge rule", () => {
  it.each([
    ['binary', 4],
    ['multiclass', 3],
    ['regression', 3],
  ] as const)(
    '%s: confusion and sums metrics exact, sorted ones left out with the reason',
    async (name, k) => {
      const make = DATASETS.find(([n]) => n === name)![1];
      const { ds, whole } = await prepared(name, make);
      const dirs = await shardsOf(ds, randomSplit(ds.labelRows.length, k, 21, ds.rare), false);
      const shards = await loadShards(dirs.map((d) => join(d, 'result.json')));
      expect(shards.every((s) => s.examples === null)).toBe(true);
      const merged = mergeShards(shards, { now: NOW });
      expect(merged.exact).toBe(false);
      expect(merged.data).toBeNull();
      expect([...merged.omitted].sort()).toEqual([...SORTED[name]].sort());
      expect(merged.dropped.every((d) => d.reason.startsWith('merge rule "sorted"'))).toBe(true);
      // Every other metric equals evaluating the whole (confusion: bit-identical; sums: 1e-12).
      const kept = Object.keys(whole.result.metrics).filter((m) => !SORTED[name].includes(m));
      expect(Object.keys(merged.result.metrics)).toEqual(kept);
      for (const m of kept) {
        if (metricDeclaration(m)!.merge === 'confusion')
          expect(merged.result.metrics[m], m).toBe(whole.result.metrics[m]);
        else expectClose(`metrics.${m}`, merged.result.metrics[m], whole.result.metrics[m]);
      }
      expect(merged.result.per_class).toEqual(whole.result.per_class);
      expect(merged.result.confusion).toEqual(whole.result.confusion);
      // The merged result carries the merged sufficient statistics: a bare baseline for unpaired tests.
      expectSameStatistics(merged.result, whole.result);
      expect(merged.result.dataset.fingerprint).toMatch(/^merged:sha256:[0-9a-f]{64}$/);
      // What the user reads: which metrics are left out, why, and how to get them.
      const warning = merged.result.warnings[0];
      expect(warning).toBe(
        `Left out: ${SORTED[name].join(', ')} (no examples sidecar on ${k} of ${k} shards: ` +
          `${dirs
            .slice(0, 3)
            .map((d) => join(d, 'result.json'))
            .join(
              ', ',
            )}${k > 3 ? ', …' : ''}): ${SORTED[name].join(', ')}: merge rule "sorted": need every ` +
          "example's score or value (ranks, medians, maxima), which no per-shard count or sum determines. They " +
          `are not approximated; ${kept.join(', ')} are exact (merged from the shards' confusion counts and ` +
          `sufficient statistics${name === 'regression' ? '' : ', as are per_class and confusion'}). Keep each ` +
          "shard's examples.bin beside its result.json (`model-gate run --out-dir DIR` writes both; upload the " +
          'whole folder) and merge again.',
      );
      expect(merged.result.warnings[1]).toMatch(
        /^dataset.fingerprint of shards without examples cannot be combined/,
      );
      // The stand-in fingerprint does not depend on shard order.
      expect(mergeShards([...shards].reverse()).result.dataset.fingerprint).toBe(
        merged.result.dataset.fingerprint,
      );
    },
  );

  it('every sums metric names the statistics terms it is merged from', () => {
    const sums = METRIC_DECLARATIONS.filter((d) => d.merge === 'sums').map((d) => d.name);
    expect(sums.length).toBeGreaterThan(0);
    for (const name of sums) expect(STATISTIC_TERMS[name], name).toBeDefined();
  });

  it('a merged bare result is an unpaired baseline: its statistics give the mean metrics a test', async () => {
    const { ds, whole } = await prepared('binary', () => binaryDataset());
    const dirs = await shardsOf(ds, randomSplit(ds.labelRows.length, 3, 27, ds.rare), false);
    const merged = mergeShards(await loadShards(dirs), { now: NOW });
    const gate = compareResults({
      baseline: merged.result,
      candidate: whole.result,
      baselineExamples: null,
      candidateExamples: whole.data,
      config: parseGateConfig(
        'metrics:\n  log_loss: { max_regression: 0 }\n  brier: { max_regression: 0 }\n',
        'gate.yml',
      ),
    });
    expect(gate.paired).toBe(false);
    expect(gate.checks.map((c) => [c.metric, c.test])).toEqual([
      ['log_loss', 'welch-z'],
      ['brier', 'welch-z'],
    ]);
    for (const c of gate.checks) expect(c.verdict).not.toBe('fail');
  });

  it('a merged bare result merges again (its statistics are those of the whole)', async () => {
    const { ds, whole } = await prepared('regression', () => regressionDataset());
    const split = randomSplit(ds.labelRows.length, 4, 24, ds.rare);
    const first = mergeShards(await loadShards(await shardsOf(ds, split.slice(0, 2), false)), { now: NOW });
    const dir = tempDir();
    await writeMerged(first, [], { out: join(dir, 'result.json') });
    const rest = await shardsOf(ds, split.slice(2), false);
    const again = mergeShards(await loadShards([dir, ...rest]), { now: NOW });
    for (const m of ['mae', 'mse', 'rmse', 'r2', 'mape'])
      expectClose(`metrics.${m}`, again.result.metrics[m], whole.result.metrics[m]);
    expectSameStatistics(again.result, whole.result);
  });

  it('uses the confusion counts when only some shards lack a sidecar', async () => {
    const { ds, whole } = await prepared('multiclass', () => multiclassDataset());
    const split = randomSplit(ds.labelRows.length, 2, 22, ds.rare);
    const a = await shardsOf(ds, [split[0]]);
    const b = await shardsOf(ds, [split[1]], false);
    const merged = mergeShards(await loadShards([...a, ...b]));
    expect(merged.exact).toBe(false);
    expect(merged.result.metrics.accuracy).toBe(whole.result.metrics.accuracy);
    expect(merged.result.metrics.mcc).toBe(whole.result.metrics.mcc);
    expectClose('log_loss', merged.result.metrics.log_loss, whole.result.metrics.log_loss);
    expect(merged.result.warnings.join('\n')).toContain(`no examples sidecar on 1 of 2 shards: ${b[0]}`);
  });

  it('shards written without statistics: their sums metrics are left out, naming the shard', async () => {
    const { ds } = await prepared('binary', () => binaryDataset());
    const dirs = await shardsOf(ds, randomSplit(ds.labelRows.length, 2, 25, ds.rare), false);
    const shards = await loadShards(dirs);
    delete shards[1].result.statistics;
    const merged = mergeShards(shards);
    expect(merged.omitted).toEqual(['log_loss', 'brier', 'roc_auc', 'average_precision']);
    expect(merged.result.metrics.log_loss).toBeUndefined();
    expect(merged.result.statistics).toBeUndefined();
    expect(merged.result.warnings[0]).toContain(
      `log_loss: ${shards[1].resultFile} has no statistics.terms.log_loss (a result.json written before ` +
        'model-gate stored it); evaluate that shard again; brier: ',
    );
  });

  it('refuses regression shards without statistics: no metric would remain', async () => {
    const { ds } = await prepared('regression', () => regressionDataset());
    const dirs = await shardsOf(ds, randomSplit(ds.labelRows.length, 2, 23, ds.rare), false);
    const shards = await loadShards(dirs);
    for (const s of shards) delete s.result.statistics;
    expect(() => mergeShards(shards)).toThrow(
      /^No regression metric can be merged \(no examples sidecar on 2 of 2 shards: .*\): mae: .* has no statistics\.terms\.mae .*median_ae, max_error: merge rule "sorted".*model-gate run --out-dir DIR/,
    );
  });

  it('malformed statistics are an input error naming the file', async () => {
    const { ds } = await prepared('regression', () => regressionDataset());
    const dirs = await shardsOf(ds, randomSplit(ds.labelRows.length, 2, 26, ds.rare), false);
    const shards = await loadShards(dirs);
    (shards[0].result.statistics!.terms.mse as unknown as Record<string, unknown>).n = -3;
    expect(() => mergeShards(shards)).toThrow(
      new RegExp(
        `${shards[0].resultFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*statistics\\.terms\\.mse\\.n is not a count`,
      ),
    );
  });
});
