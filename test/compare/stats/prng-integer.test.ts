import { describe, expect, it } from 'vitest';
import { Rng } from '../../../src/compare/stats/prng.js';

/**
 * The previous nextInt: Lemire's bounded integer with the 64-bit product formed in exact float
 * arithmetic. The integer-arithmetic version must give the very same stream (same bootstrap
 * resamples, same p-values as before).
 */
function floatLemire(rng: Rng, n: number): number {
  const mul = (a: number, b: number) => {
    const bLo = b & 0xffff;
    const bHi = Math.floor(b / 65536);
    const p0 = a * bLo;
    const p1 = a * bHi;
    const low = p0 + (p1 % 65536) * 65536;
    return { hi: Math.floor(p1 / 65536) + Math.floor(low / 4294967296), lo: low % 4294967296 };
  };
  let m = mul(rng.nextUint32(), n);
  if (m.lo < n) {
    const threshold = (4294967296 - n) % n;
    while (m.lo < threshold) m = mul(rng.nextUint32(), n);
  }
  return m.hi;
}

describe('Rng.nextInt in integer arithmetic', () => {
  it('draws the same sequence as the float-arithmetic Lemire for several seeds and bounds', () => {
    const bounds = [1, 2, 3, 7, 1000, 2097152, 2097153, 1_000_000, 3_000_001, 2 ** 31 + 1, 4294967295];
    for (const seed of [0, 1, 7, 12345, 4294967295]) {
      for (const n of bounds) {
        const a = new Rng(seed);
        const b = new Rng(seed);
        const got = Array.from({ length: 5000 }, () => a.nextInt(n));
        const want = Array.from({ length: 5000 }, () => floatLemire(b, n));
        expect(got).toEqual(want);
      }
    }
  });
});
