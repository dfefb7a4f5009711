/**
 * Deterministic pseudo-random numbers: xoshiro128** (Blackman & Vigna) seeded through splitmix32,
 * with Lemire's unbiased bounded integers. Pure 32-bit integer arithmetic, so the stream is
 * identical on every platform and Node version.
 */

/** splitmix32 step: returns [output, next state]. */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) >>> 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  z = (z ^ (z >>> 16)) >>> 0;
  return [z, next];
}

export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** `seed` is any integer (taken modulo 2³²). */
  constructor(seed: number) {
    let state = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
    const out: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [z, next] = splitmix32(state);
      out.push(z);
      state = next;
    }
    [this.s0, this.s1, this.s2, this.s3] = out;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // never the all-zero state
  }

  /** Next uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.s1 << 9) >>> 0;
    this.s2 = (this.s2 ^ this.s0) >>> 0;
    this.s3 = (this.s3 ^ this.s1) >>> 0;
    this.s1 = (this.s1 ^ this.s2) >>> 0;
    this.s0 = (this.s0 ^ this.s3) >>> 0;
    this.s2 = (this.s2 ^ t) >>> 0;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform double in [0, 1) with 53 random bits. */
  nextFloat(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Unbiased integer in [0, n), 1 ≤ n ≤ 2³² (Lemire 2019, "nearly divisionless"). */
  nextInt(n: number): number {
    if (!(n >= 1 && n <= 4294967296) || !Number.isInteger(n)) throw new RangeError(`nextInt: bad bound ${n}`);
    if (n === 4294967296) return this.nextUint32();
    let m = mul32(this.nextUint32(), n);
    let low = m.lo;
    if (low < n) {
      const threshold = (4294967296 - n) % n; // 2³² mod n
      while (low < threshold) {
        m = mul32(this.nextUint32(), n);
        low = m.lo;
      }
    }
    return m.hi;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** Full 64-bit product of two 32-bit unsigned integers, as high and low 32-bit words. */
function mul32(a: number, b: number): { hi: number; lo: number } {
  // Split b into 16-bit halves so every partial product stays below 2⁵³.
  const bLo = b & 0xffff;
  const bHi = Math.floor(b / 65536);
  const p0 = a * bLo; // < 2⁴⁸
  const p1 = a * bHi; // < 2⁴⁸ (bHi ≤ 65536)
  const p1Lo = (p1 % 65536) * 65536;
  const low = p0 + p1Lo; // < 2⁴⁹
  const lo = low % 4294967296;
  const hi = Math.floor(p1 / 65536) + Math.floor(low / 4294967296);
  return { hi, lo };
}
