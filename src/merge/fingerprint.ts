import type { ExampleData } from '../result/evaluation-data.js';
import { hashBytes, SEED_A, SEED_B } from '../evaluate/read/bytes.js';
import { labelHashes, makeNumberHasher, PairFingerprint } from '../evaluate/read/fingerprint.js';

/**
 * `dataset.fingerprint` of joined rows, exactly as `evaluate` computes it while reading (see
 * src/evaluate/read/fingerprint.ts): the order-independent sum of one 64-bit hash per (id, true label)
 * pair, hashed with the row count. Ids are hashed as their UTF-8 bytes — the bytes the reader
 * interned — and rows without ids (joined by position) use the decimal digits of their position.
 * Classification labels are hashed by their class string, regression labels by their float64 bits.
 *
 * Because the combination is a sum, the fingerprint of concatenated disjoint shards is the
 * fingerprint of the whole, whatever the row order. (Ids that were not valid UTF-8 in the input
 * file decode to U+FFFD and would hash differently; no reader of ours produces such ids.)
 */
export function fingerprintData(data: ExampleData): string {
  const fp = new PairFingerprint();
  const label = labelHasher(data);
  const lh = new Int32Array(2);
  const ids = data.ids;
  let buf = Buffer.allocUnsafe(256);
  for (let i = 0; i < data.n; i++) {
    const key = ids ? ids[i] : String(i);
    let need = Buffer.byteLength(key, 'utf8');
    if (need > buf.length) buf = Buffer.allocUnsafe(Math.max(need, buf.length * 2));
    need = buf.write(key, 0, 'utf8');
    label(i, lh);
    fp.add(hashBytes(buf, 0, need, SEED_A), hashBytes(buf, 0, need, SEED_B), lh[0], lh[1]);
  }
  return fp.digest();
}

function labelHasher(data: ExampleData): (i: number, out: Int32Array) => void {
  // A ranking's fingerprint covers its judgements (evaluate/ranking.ts), not per-query labels.
  if (data.task === 'ranking')
    throw new Error('internal: a ranking has no per-example labels to fingerprint');
  if (data.task === 'text') {
    // The reader's hashes of each example's references, kept in the sidecar.
    const h = data.labelHashes;
    return (i, out) => {
      out[0] = h[2 * i]!;
      out[1] = h[2 * i + 1]!;
    };
  }
  if (data.task === 'regression') {
    const hash = makeNumberHasher();
    const yTrue = data.yTrue;
    return (i, out) => hash(yTrue[i], out);
  }
  const { a, b } = labelHashes(data.classes);
  const yTrue = data.yTrue;
  return (i, out) => {
    out[0] = a[yTrue[i]];
    out[1] = b[yTrue[i]];
  };
}
