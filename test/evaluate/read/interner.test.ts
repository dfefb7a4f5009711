import { describe, expect, it } from 'vitest';
import { hashBytes, SEED_A } from '../../../src/evaluate/read/bytes.js';
import { ByteInterner } from '../../../src/evaluate/read/interner.js';

/** `n` distinct keys of varied lengths (enough that some 32-bit hashes collide: ~n²/2³³ pairs). */
function keys(n: number, salt: string): Buffer[] {
  return Array.from({ length: n }, (_, i) =>
    Buffer.from(`${salt}${(i * 2654435761) >>> 0}`.slice(0, 3 + (i % 9))),
  );
}

describe('ByteInterner', () => {
  it('numbers keys in insertion order and finds each by its bytes, through growth and hash collisions', () => {
    const all = [...new Map(keys(300_000, 'k').map((k) => [k.toString('latin1'), k])).values()];
    const hashes = new Map<number, number>();
    for (const k of all)
      hashes.set(hashBytes(k, 0, k.length, SEED_A), (hashes.get(hashBytes(k, 0, k.length, SEED_A)) ?? 0) + 1);
    expect([...hashes.values()].some((c) => c > 1)).toBe(true); // the collision path is exercised
    const added = new ByteInterner(16);
    const appended = new ByteInterner(16);
    const numbers: number[] = [];
    let pendingDuplicate = -1;
    all.forEach((k, i) => {
      numbers.push(added.add(k, 0, k.length), appended.append(k, 0, k.length));
      if (i % 4096 === 4095) pendingDuplicate = Math.max(pendingDuplicate, appended.indexPending());
    });
    expect(numbers).toEqual(all.flatMap((_, i) => [i, i]));
    expect(pendingDuplicate).toBe(-1);
    expect(appended.indexPending()).toBe(-1);
    for (const t of [added, appended]) {
      expect(all.map((k) => t.find(k, 0, k.length))).toEqual(all.map((_, i) => i));
      expect(t.add(all[7], 0, all[7].length)).toBe(-8); // already there: −(index + 1)
      expect(t.find(Buffer.from('absent!'), 0, 7)).toBe(-1);
      // findMany over a batch end to end (every key, then keys that are not there).
      const batch = [...all.slice(0, 50_000), ...keys(1000, 'zz-absent-')];
      const bytes = Buffer.concat(batch);
      const offsets = new Int32Array(batch.length + 1);
      batch.forEach((k, i) => (offsets[i + 1] = offsets[i] + k.length));
      const h = Int32Array.from(batch, (k) => hashBytes(k, 0, k.length, SEED_A));
      const rows = new Int32Array(batch.length);
      t.findMany(bytes, offsets, h, batch.length, rows);
      expect([...rows]).toEqual(batch.map((_, i) => (i < 50_000 ? i : -1)));
      expect(t.strings().slice(0, 3)).toEqual(all.slice(0, 3).map((k) => k.toString()));
    }
  });

  it('indexPending reports the first repeat and the key it repeats', () => {
    const t = new ByteInterner();
    for (const s of ['a', 'bb', 'ccc', 'bb', 'a']) t.append(Buffer.from(s), 0, s.length);
    expect(t.indexPending()).toBe(3);
    expect(t.duplicateOf).toBe(1);
  });
});
