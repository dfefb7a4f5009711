/**
 * The row resampling of a comparison, done once for every gated metric that needs one: the
 * shape-chosen paired tests (paired-tests.ts) and the paired row bootstrap for the metrics they
 * leave over when the rows pair; otherwise the unpaired bootstrap, of both sidecars' rows or, for
 * a bare result.json on one side, of the confusion-shaped metrics' stored tables.
 */
import type { ExampleData } from '../result/evaluation-data.js';
import type { GateConfig, MetricRule } from '../config/index.js';
import type { Result } from '../result/schema.js';
import { metricDeclaration } from '../registry/metrics.js';
import {
  pairedBootstrap,
  unpairedBootstrap,
  type BootstrapDistribution,
  type MetricEvaluator,
} from './stats/index.js';
import type { ProgressFactory } from '../util/progress.js';
import { isConfusionShaped, rowsFromConfusion } from './unpaired-tests.js';
import { pairedTestsByShape, type PairedTests } from './paired-tests.js';

export interface RowResampling {
  boot: Record<string, BootstrapDistribution> | null;
  bootKind: 'paired-bootstrap' | 'unpaired-bootstrap' | null;
  pairedTests: PairedTests | null;
}

export interface RowResamplingInput {
  baseline: Result | null;
  candidate: Result;
  bx: ExampleData | null;
  cx: ExampleData | null;
  config: GateConfig;
  rules: MetricRule[];
  /** Candidate row of each baseline row (alignRows); null = the rows do not pair. */
  permutation: Int32Array | null;
  sameTaskFamily: boolean;
  makeEvaluator: (data: ExampleData) => MetricEvaluator;
  progress?: ProgressFactory;
}

/** Bootstrap once for every metric that needs one. */
export function resampleRows(input: RowResamplingInput): RowResampling {
  const { baseline, candidate, bx, cx, config, rules, permutation, sameTaskFamily, makeEvaluator } = input;
  const alpha = config.significance;
  const bootMetrics =
    alpha === null || !baseline
      ? []
      : rules
          .filter(
            (r) =>
              r.max_regression &&
              !r.metric.startsWith('bench.') &&
              metricDeclaration(r.metric)?.shape !== 'mean-binary',
          )
          .map((r) => r.metric)
          .filter((m, i, all) => all.indexOf(m) === i);
  let boot: Record<string, BootstrapDistribution> | null = null;
  let bootKind: 'paired-bootstrap' | 'unpaired-bootstrap' | null = null;
  if (bootMetrics.length > 0 && baseline && !permutation && !(bx && cx)) {
    // A bare result.json on one side: the confusion-shaped metrics resample the stored tables.
    const confusionMetrics = bootMetrics.filter(isConfusionShaped);
    const rb = rowsFromConfusion(baseline);
    const rc = rowsFromConfusion(candidate);
    if (confusionMetrics.length > 0 && rb && rc && rb.n > 0 && rc.n > 0) {
      boot = unpairedBootstrap(
        rb.n,
        rc.n,
        confusionMetrics,
        makeEvaluator(rb),
        makeEvaluator(rc),
        config.bootstrap,
      );
      bootKind = 'unpaired-bootstrap';
    }
  }
  let pairedTests: PairedTests | null = null;
  if (bootMetrics.length > 0 && bx && cx && sameTaskFamily) {
    if (permutation) {
      // The cheapest exact or O(n) test each metric's shape allows; the row bootstrap for the rest.
      pairedTests = pairedTestsByShape(bx, cx, permutation, bootMetrics, config.bootstrap, input.progress);
      if (pairedTests.leftover.length > 0) {
        const B = config.bootstrap.resamples;
        const progress = input.progress?.start(
          `Paired bootstrap of ${pairedTests.leftover.join(', ')} (${B} resamples of ${bx.n} rows)`,
        );
        const candidateEvaluator = makeEvaluator(cx);
        let round = 0;
        boot = pairedBootstrap(
          bx.n,
          pairedTests.leftover,
          makeEvaluator(bx),
          (w) => {
            const values = candidateEvaluator(w);
            round++;
            progress?.update(round, B, undefined, round);
            return values;
          },
          config.bootstrap,
          permutation,
        );
        progress?.done();
        bootKind = 'paired-bootstrap';
      }
    } else if (bx.n > 0 && cx.n > 0) {
      boot = unpairedBootstrap(
        bx.n,
        cx.n,
        bootMetrics,
        makeEvaluator(bx),
        makeEvaluator(cx),
        config.bootstrap,
      );
      bootKind = 'unpaired-bootstrap';
    }
  }
  return { boot, bootKind, pairedTests };
}
