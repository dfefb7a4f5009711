import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { loadBaseline } from '../compare/baseline.js';
import { silentLogger, type Logger } from '../util/progress.js';
import { buildResult } from '../evaluate/build-result.js';
import type { EvaluationData, ExampleData, RankingData, TextData } from '../result/evaluation-data.js';
import { textMetricsOutput, textStatistics } from '../evaluate/evaluate.js';
import { GateError, InputError, UsageError } from '../errors.js';
import { computeMetrics, type MetricsOutput } from '../evaluate/metrics/index.js';
import type { Result } from '../result/schema.js';
import { checkSameTask, concatShards } from './concat.js';
import { metricsFromConfusions, type ShardResult } from './confusion.js';
import { metricsFromStatistics, type DroppedMetric } from './sums.js';
import { sufficientStatistics } from '../evaluate/sufficient-statistics.js';
import { metricDeclaration, type MergeRule } from '../registry/metrics.js';
import { fingerprintData } from './fingerprint.js';
import type { ScoresData } from '../result/scores-data.js';
import { mergeScoreShards } from './scores-merge.js';

/** A shard as loaded: a run folder or a bare result.json, with its examples sidecar when present. */
export interface Shard {
  /** As the user named it (folder or file), for messages. */
  path: string;
  /** The result.json read. */
  resultFile: string;
  result: Result;
  /** The per-example rows (examples.bin; scores.bin for scores), or null when the shard has none. */
  examples: ExampleData | ScoresData | null;
  /** The sidecar's path when the result names one (even if the file is missing). */
  examplesFile: string | null;
}

export interface MergeOptions {
  /** `created_at` of the merged result (default: now). */
  now?: Date;
  /** Source fields to use where the shards do not agree on one (e.g. the merging CI job's). */
  source?: Result['source'];
}

export interface MergeOutput {
  result: Result;
  /** The concatenated rows (for the merged sidecar), or null for a merge of bare results. */
  data: ExampleData | ScoresData | null;
  /** True when every shard had its examples: the result equals evaluating the whole. */
  exact: boolean;
  /** Metrics of the shards that a merge without examples cannot compute exactly (left out). */
  omitted: string[];
  /** The same, each with the reason (its registry merge rule, or a statistic a shard lacks). */
  dropped: DroppedMetric[];
}

/** How many missing ids the merged result lists (as `evaluate`). */
const MAX_MISSING_IDS = 10;

/** Loads each shard: DIR (DIR/result.json + its sidecar) or a result.json (sidecar beside it). */
export async function loadShards(paths: readonly string[], logger: Logger = silentLogger): Promise<Shard[]> {
  if (paths.length === 0)
    throw new UsageError('no shards given. Name the shard folders or result.json files.');
  const shards: Shard[] = [];
  const seen = new Map<string, string>();
  // Shard by shard (each a file read): the line shows how many of them are in.
  const progress = logger.progress.start(`Reading ${paths.length} shard${paths.length === 1 ? '' : 's'}`);
  for (const path of paths) {
    progress.update(shards.length, paths.length, path);
    let resultFile = path;
    try {
      if ((await stat(path)).isDirectory()) resultFile = join(path, 'result.json');
    } catch {
      // loadBaseline reports the missing path.
    }
    const key = resolve(resultFile);
    const twice = seen.get(key);
    if (twice !== undefined)
      throw new UsageError(
        `the shard ${JSON.stringify(path)} is given twice (also as ${JSON.stringify(twice)}); ` +
          'merging it twice would count its examples twice.',
      );
    seen.set(key, path);
    const loaded = await loadBaseline(path, logger);
    const name = loaded.result.examples?.file;
    shards.push({
      path,
      resultFile,
      result: loaded.result,
      examples: loaded.examples,
      examplesFile: typeof name === 'string' ? join(dirname(resultFile), name) : null,
    });
  }
  progress.done(`${shards.reduce((n, s) => n + s.result.n, 0).toLocaleString('en-US')} examples`);
  return shards;
}

/**
 * Combines results evaluated on disjoint parts of a dataset into the result of the whole.
 *
 * With every shard's examples sidecar (exact merge): the rows are concatenated (`concatShards`:
 * overlap, ids, tasks, positive labels and score layouts are checked) and scored by
 * `computeMetrics`, so metrics, per_class, confusion, errors and `dataset.fingerprint` are what
 * evaluating the concatenated files gives. Read counts (missing/extra/invalid) add up.
 *
 * Without (any shard lacks its sidecar): each metric merges by its registry `merge` rule
 * (`mergeByRules`): `confusion` from the summed confusion counts (bit-identical), `sums` from the
 * summed `statistics.terms` (to rounding), while `sorted` metrics (ranks, medians, maxima) need every
 * example and are left out with a warning that names them and says why; nothing is approximated.
 * When nothing would remain the merge is refused. The fingerprint cannot be combined from shard
 * digests: the merged result gets `merged:sha256:…` (a digest of the shard fingerprints),
 * comparable only with a merge of the same shards.
 *
 * The merged result carries merged `statistics`, so it serves as a bare (unpaired) baseline too.
 *
 * Bench sections (`not-merged`) are dropped with a warning: timings are per runner and do not
 * merge. Gate sections of the shards are ignored (compare the merged result instead). Nothing is
 * written here: the adapters write the merged result (src/pipeline/write-merged.ts).
 */
export function mergeShards(shards: readonly Shard[], options: MergeOptions = {}): MergeOutput {
  if (shards.length === 0) throw new UsageError('no shards given.');
  checkSameTask(shards.map((s) => ({ path: s.path, task: s.result.task })));
  const task = shards[0].result.task;
  if (task === 'ranking') return mergeRankingShards(shards, options);
  if (task === 'scores') return mergeScoreShards(shards, options);
  const notes: string[] = [];
  const exact = shards.every((s) => s.examples !== null);

  let scored: MetricsOutput;
  let data: ExampleData | null = null;
  // Ranking and scores shards were merged above: what is left is a table's rows or text.
  const examplesOf = (s: Shard): EvaluationData | TextData => s.examples as EvaluationData | TextData;
  let fingerprint: string;
  let positiveLabel: string | undefined;
  let shardWarnings: string[];
  const omitted: string[] = [];
  const dropped: DroppedMetric[] = [];
  let statistics: Result['statistics'];
  if (exact) {
    for (const s of shards)
      if (examplesOf(s).task !== s.result.task)
        throw new InputError(
          { file: s.examplesFile ?? s.resultFile },
          `is a ${examplesOf(s).task} examples file but ${s.resultFile} is ${s.result.task}; the files do not belong together`,
        );
    const concatenated = concatShards(shards.map((s) => ({ path: s.path, data: examplesOf(s) })));
    data = concatenated.data as EvaluationData | TextData;
    scored = data.task === 'text' ? textMetricsOutput(data.terms) : computeMetrics(data);
    statistics = data.task === 'text' ? textStatistics(data.terms) : sufficientStatistics(data);
    fingerprint = fingerprintData(data);
    if (data.task === 'binary' && data.positive !== undefined) positiveLabel = data.classes[data.positive];
    // What the shards' readers reported (their metric warnings described the shard, not the whole).
    shardWarnings = shards.flatMap((s) => {
      const ex = examplesOf(s);
      const own = new Set(ex.task === 'text' ? [] : computeMetrics(ex).warnings);
      return s.result.warnings.filter((w) => !own.has(w));
    });
    notes.push(...concatenated.warnings);
  } else {
    const lacking = shards.filter((s) => s.examples === null);
    const named = lacking.filter((s) => s.examplesFile !== null);
    const why =
      `no examples sidecar on ${lacking.length} of ${shards.length} shards: ${lacking
        .slice(0, 3)
        .map((s) => s.path)
        .join(', ')}${lacking.length > 3 ? ', …' : ''}` +
      (named.length > 0 ? `; ${named[0].examplesFile} is named in its result.json but missing` : '');
    const byRules = mergeByRules(
      task,
      shards.map((s) => ({ file: s.resultFile, result: s.result })),
    );
    scored = byRules.scored;
    statistics = byRules.statistics;
    dropped.push(...byRules.dropped);
    omitted.push(...dropped.map((d) => d.metric));
    positiveLabel = task === 'binary' ? shards[0].result.dataset.positive_label : undefined;
    const fix =
      "Keep each shard's examples.bin beside its result.json (`model-gate run --out-dir DIR` writes " +
      'both; upload the whole folder) and merge again.';
    const kept = Object.keys(scored.metrics);
    if (kept.length === 0)
      throw new GateError(`No ${task} metric can be merged (${why}): ${describeDropped(dropped)}. ${fix}`);
    notes.push(
      dropped.length > 0
        ? `Left out: ${omitted.join(', ')} (${why}): ${describeDropped(dropped)}. They are not approximated; ` +
            `${kept.join(', ')} are exact (merged from the shards' confusion counts and sufficient statistics` +
            `${task === 'regression' ? '' : ', as are per_class and confusion'}). ${fix}`
        : `Merged from the shards' confusion counts and sufficient statistics (${why}), exactly: no metric of ` +
            `the shards needs every example. ${fix}`,
      'dataset.fingerprint of shards without examples cannot be combined: the merged result carries ' +
        '"merged:sha256:…", a digest of the shard fingerprints that equals only another merge of the same ' +
        'shards, so a comparison with an unsharded result is flagged not comparable (unpaired tests).',
    );
    fingerprint = mergedFingerprint(shards);
    shardWarnings = shards.flatMap((s) => s.result.warnings.map((w) => `${s.path}: ${w}`));
  }

  const benched = shards.filter((s) => s.result.bench !== undefined);
  if (benched.length > 0)
    notes.push(
      `bench dropped: ${benched.length} of ${shards.length} shards were benchmarked, each on its own runner. ` +
        'Timings of different parts on different machines neither add up to nor average into the timings of ' +
        'the whole, so the merged result has no bench section. Benchmark on one runner (e.g. a separate job ' +
        'running `model-gate bench` or `model-gate run --bench`) and gate bench.* metrics on that result.',
    );
  const sum = (f: (e: Result['errors']) => number | undefined) =>
    shards.reduce((acc, s) => acc + (f(s.result.errors) ?? 0), 0);
  const missingIds = shards.flatMap((s) => s.result.errors.missing_ids ?? []).slice(0, MAX_MISSING_IDS);
  const extraShard = shards.find((s) => (s.result.errors.extra_predictions ?? 0) > 0);
  const missingShard = shards.find((s) => s !== extraShard && (s.result.errors.missing_predictions ?? 0) > 0);
  if (extraShard && missingShard)
    notes.push(
      `${extraShard.path} has prediction rows whose ids are not among its labels, and ${missingShard.path} ` +
        'has labels without predictions: if the labels and the predictions were split differently, the same ' +
        'examples count as extra in one shard and missing in another. Split both files by the same ids.',
    );

  const dataset: Result['dataset'] = { fingerprint };
  const predictionsFile = common(shards.map((s) => s.result.dataset.predictions_file));
  const labelsFile = common(shards.map((s) => s.result.dataset.labels_file));
  if (predictionsFile !== undefined) dataset.predictions_file = predictionsFile;
  if (labelsFile !== undefined) dataset.labels_file = labelsFile;
  if (positiveLabel !== undefined) dataset.positive_label = positiveLabel;

  const result = buildResult({
    task,
    n: data ? data.n : shards.reduce((acc, s) => acc + s.result.n, 0),
    dataset,
    source: commonSource(shards, options.source ?? {}),
    now: options.now ?? new Date(),
    scored,
    rows: {
      missing_predictions: sum((e) => e.missing_predictions),
      extra_predictions: sum((e) => e.extra_predictions),
      invalid_rows: sum((e) => e.invalid_rows),
      missing_ids: missingIds,
    },
    warnings: [...new Set([...notes, ...shardWarnings, ...scored.warnings])],
    statistics,
  });
  return { result, data, exact, omitted, dropped };
}

/**
 * The metrics of bare shards (result.json only), each by its registry merge rule, in the shards'
 * metric order: `confusion` → `metricsFromConfusions`, `sums` → `metricsFromStatistics`,
 * `sorted` and `not-merged` → dropped with the reason.
 */
export function mergeByRules(
  task: Result['task'],
  shards: readonly ShardResult[],
): { scored: MetricsOutput; statistics: Result['statistics']; dropped: DroppedMetric[] } {
  const names: string[] = [];
  for (const s of shards)
    for (const name of Object.keys(s.result.metrics)) if (!names.includes(name)) names.push(name);
  const ruleOf = (name: string): MergeRule => metricDeclaration(name)?.merge ?? 'not-merged';
  const dropped: DroppedMetric[] = [];
  const fromCounts: MetricsOutput =
    task === 'binary' || task === 'multiclass'
      ? metricsFromConfusions(shards)
      : { metrics: {}, top_confusions: [], error_rate: null, warnings: [] };
  const sums = metricsFromStatistics(
    shards,
    names.filter((name) => ruleOf(name) === 'sums'),
  );
  dropped.push(...sums.dropped);
  const metrics: Record<string, number | null> = {};
  for (const name of names) {
    const rule = ruleOf(name);
    if (rule === 'confusion' && Object.hasOwn(fromCounts.metrics, name))
      metrics[name] = fromCounts.metrics[name];
    else if (rule === 'sums' && Object.hasOwn(sums.metrics, name)) metrics[name] = sums.metrics[name];
    else if (rule === 'sorted') dropped.push({ metric: name, reason: SORTED_REASON });
    else if (rule !== 'sums')
      dropped.push({ metric: name, reason: `merge rule "${rule}": per-shard figures that do not combine` });
  }
  return {
    scored: { ...fromCounts, metrics, warnings: [...new Set([...fromCounts.warnings, ...sums.warnings])] },
    statistics: sums.statistics,
    dropped,
  };
}

const SORTED_REASON =
  'merge rule "sorted": need every example\'s score or value (ranks, medians, maxima), which no ' +
  'per-shard count or sum determines';

/** "roc_auc, average_precision: why; log_loss: why", the dropped metrics grouped by their reason. */
function describeDropped(dropped: readonly DroppedMetric[]): string {
  const groups = new Map<string, string[]>();
  for (const d of dropped) groups.set(d.reason, [...(groups.get(d.reason) ?? []), d.metric]);
  return [...groups].map(([reason, metrics]) => `${metrics.join(', ')}: ${reason}`).join('; ');
}

/**
 * Ranking shards (disjoint sets of queries): every metric is a mean over queries, so it merges
 * from the summed per-query moments (`statistics.terms`, to rounding) whether or not the
 * sidecars are there; with every sidecar the queries are concatenated too (the merged sidecar,
 * for paired tests), their ids checked to be disjoint. The qrels behind the shards are not in
 * them, so the fingerprint is the digest of the shard fingerprints (`merged:sha256:…`).
 */
function mergeRankingShards(shards: readonly Shard[], options: MergeOptions): MergeOutput {
  const byRules = mergeByRules(
    'ranking',
    shards.map((s) => ({ file: s.resultFile, result: s.result })),
  );
  if (Object.keys(byRules.scored.metrics).length === 0)
    throw new GateError(`No ranking metric can be merged: ${describeDropped(byRules.dropped)}.`);
  let data: RankingData | null = null;
  if (shards.every((s) => s.examples?.task === 'ranking')) {
    const parts = shards.map((s) => s.examples as RankingData);
    const metrics = parts[0].metrics;
    const seen = new Map<string, string>();
    for (const [k, part] of parts.entries()) {
      if (JSON.stringify(part.metrics) !== JSON.stringify(metrics))
        throw new InputError(
          { file: shards[k].examplesFile ?? shards[k].resultFile },
          `has the metrics ${part.metrics.join(', ')} but ${shards[0].path} has ${metrics.join(', ')}; evaluate the shards with the same --cutoffs`,
        );
      for (const q of part.ids ?? []) {
        const other = seen.get(q);
        if (other !== undefined)
          throw new InputError(
            { file: shards[k].resultFile },
            `query ${JSON.stringify(q)} is also in ${other}: shards must hold disjoint queries (merging would count it twice)`,
          );
        seen.set(q, shards[k].path);
      }
    }
    const n = parts.reduce((acc, p) => acc + p.n, 0);
    const values = new Float64Array(n * metrics.length);
    let at = 0;
    for (const p of parts) {
      values.set(p.values, at);
      at += p.values.length;
    }
    data = { task: 'ranking', n, metrics, values, ids: parts.flatMap((p) => p.ids ?? []) };
  }
  const notes = [
    "Merged from the shards' per-query sums (each ranking metric is a mean over queries). dataset.fingerprint " +
      'is "merged:sha256:…", a digest of the shard fingerprints (the qrels are not in the shards).',
    ...byRules.dropped.map((d) => `Left out ${d.metric}: ${d.reason}.`),
  ];
  const result = buildResult({
    task: 'ranking',
    n: shards.reduce((acc, s) => acc + s.result.n, 0),
    dataset: { fingerprint: mergedFingerprint(shards) },
    source: commonSource(shards, options.source ?? {}),
    now: options.now ?? new Date(),
    scored: byRules.scored,
    rows: { missing_predictions: 0, extra_predictions: 0, invalid_rows: 0, missing_ids: [] },
    warnings: [
      ...new Set([...notes, ...shards.flatMap((s) => s.result.warnings.map((w) => `${s.path}: ${w}`))]),
    ],
    statistics: byRules.statistics,
  });
  return {
    result,
    data,
    exact: data !== null,
    omitted: byRules.dropped.map((d) => d.metric),
    dropped: byRules.dropped,
  };
}

/** Deterministic stand-in when the true fingerprint cannot be computed: shard order does not matter. */
function mergedFingerprint(shards: readonly Shard[]): string {
  const parts = shards.map((s) => s.result.dataset.fingerprint).sort();
  const h = createHash('sha256');
  h.update(`model-gate/merged-fingerprint@1\n${parts.join('\n')}\n`);
  return `merged:sha256:${h.digest('hex')}`;
}

function common<T>(values: readonly (T | undefined)[]): T | undefined {
  return values.every((v) => v !== undefined && v === values[0]) ? values[0] : undefined;
}

function commonSource(shards: readonly Shard[], fallback: Result['source']): Result['source'] {
  const out: Result['source'] = {};
  const keys = ['commit', 'ref', 'run_url', 'event', 'pr_number'] as const;
  for (const key of keys) {
    const value = common(shards.map((s) => s.result.source?.[key])) ?? fallback[key];
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
