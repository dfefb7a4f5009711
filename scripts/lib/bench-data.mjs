// Generated benchmark data, shared by scripts/bench-evaluate.mjs and scripts/bench-gate-speed.mjs
// (and the 1M-row runs in docs): one seeded generator, so both benchmarks and any manual run read
// the same kind of files. Deterministic: the same seed and size give the same bytes.
import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed) {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes n lines, `line(i)` each, buffered in 1 MiB pieces (millions of rows without a huge string). */
export async function writeLines(path, n, line) {
  const out = createWriteStream(path);
  let buf = '';
  for (let i = 0; i < n; i++) {
    buf += line(i);
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

/** A binary label: 1 (positive) for 30 % of rows. */
export const binaryLabel = (random) => (random() < 0.3 ? 1 : 0);

/**
 * A probability-like score of the positive class, rounded to 4 decimals (real model outputs are,
 * and it makes ties common); `strength` < 1 separates the classes less (a worse model).
 */
export const binaryScore = (random, y, strength = 1) =>
  Math.round(Math.min(1, Math.max(0, 0.35 * strength * y + 0.65 * random())) * 1e4) / 1e4;

/**
 * Binary files for a join by id: `${base}-labels.csv` (id,label) and `${base}-predictions.csv`
 * (id,prediction,score) in two different random orders, and `${base}-combined.csv`
 * (label,prediction,score, row-aligned). Kept when they exist.
 */
/**
 * The three files of a join-by-id benchmark: `${base}-labels.csv` (id, label) and
 * `${base}-predictions.csv` (id, then `cells(i)`) in two different random orders (a join by id
 * must not rely on order), and `${base}-combined.csv` (label, then `cells(i)`) in row order.
 * `header` names the prediction-side columns after the id.
 */
export async function writeJoinFiles(base, n, random, header, cells, label) {
  const shuffled = () => {
    const p = Uint32Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [p[i], p[j]] = [p[j], p[i]];
    }
    return p;
  };
  const pl = shuffled();
  const pp = shuffled();
  await writeLines(`${base}-labels.csv`, n + 1, (r) =>
    r === 0 ? 'id,label\n' : `u${pl[r - 1]},${label[pl[r - 1]]}\n`,
  );
  await writeLines(`${base}-predictions.csv`, n + 1, (r) =>
    r === 0 ? `id,${header}\n` : `u${pp[r - 1]},${cells(pp[r - 1])}\n`,
  );
  await writeLines(`${base}-combined.csv`, n + 1, (r) =>
    r === 0 ? `label,${header}\n` : `${label[r - 1]},${cells(r - 1)}\n`,
  );
}

export async function generateBinaryJoin(base, n, random) {
  if (existsSync(`${base}-combined.csv`)) return base;
  const label = new Uint8Array(n);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    label[i] = binaryLabel(random);
    score[i] = binaryScore(random, label[i]);
  }
  const pred = (i) => (score[i] >= 0.5 ? 1 : 0);
  await writeJoinFiles(base, n, random, 'prediction,score', (i) => `${pred(i)},${score[i]}`, label);
  return base;
}

/**
 * Row-aligned files (label column included) of one task for a baseline (`${base}-base.csv`) and
 * a slightly worse candidate (`${base}-cand.csv`): binary with a score column, multiclass with
 * `k` probability columns p_0…p_{k−1}, regression. Kept when they exist.
 */
export async function generateBaseAndCandidate(base, task, n, random, k = 10) {
  if (existsSync(`${base}-cand.csv`)) return base;
  const truth = task === 'regression' ? new Float64Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++)
    truth[i] =
      task === 'regression'
        ? Math.round(random() * 1e5) / 100
        : task === 'binary'
          ? binaryLabel(random)
          : Math.floor(random() * k);
  for (const [side, strength] of [
    ['base', 1.0],
    ['cand', 0.97],
  ]) {
    if (task === 'binary') {
      await writeLines(`${base}-${side}.csv`, n + 1, (r) => {
        if (r === 0) return 'label,prediction,score\n';
        const y = truth[r - 1];
        const s = binaryScore(random, y, strength);
        return `${y},${s >= 0.5 ? 1 : 0},${s}\n`;
      });
    } else if (task === 'multiclass') {
      const header = `label,prediction,${Array.from({ length: k }, (_, c) => `p_${c}`).join(',')}\n`;
      await writeLines(`${base}-${side}.csv`, n + 1, (r) => {
        if (r === 0) return header;
        const y = truth[r - 1];
        const w = Array.from({ length: k }, (_, c) => random() + (c === y ? 1.5 * strength : 0));
        const sum = w.reduce((a, b) => a + b, 0);
        const p = w.map((x) => Math.round((x / sum) * 1e4) / 1e4);
        p[k - 1] = Math.max(0, Math.round((1 - p.slice(0, k - 1).reduce((a, b) => a + b, 0)) * 1e4) / 1e4);
        let arg = 0;
        for (let c = 1; c < k; c++) if (p[c] > p[arg]) arg = c;
        return `${y},${arg},${p.join(',')}\n`;
      });
    } else {
      await writeLines(`${base}-${side}.csv`, n + 1, (r) => {
        if (r === 0) return 'label,prediction\n';
        const y = truth[r - 1];
        return `${y},${Math.round((y + (random() - 0.5) * 40 * (2 - strength)) * 100) / 100}\n`;
      });
    }
  }
  return base;
}

// `node scripts/lib/bench-data.mjs DIR N`: the binary join files of bench-evaluate (seed 12345)
// for a manual run, e.g. `model-gate run --labels DIR/nN-labels.csv --predictions DIR/nN-predictions.csv`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = '.tmp/bench-data', size = '1000000'] = process.argv.slice(2);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  const base = await generateBinaryJoin(`${dir}/n${Number(size)}`, Number(size), mulberry32(12345));
  console.log(`${base}-labels.csv, ${base}-predictions.csv, ${base}-combined.csv`);
}
