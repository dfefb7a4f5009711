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
    [this.s0, this.s1, this.s2, this.s3] = out.map((z) => z | 0);
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // never the all-zero state
  }

  /** Next uniform 32-bit unsigned integer. */
  nextUint32(): number {
    return this.next() >>> 0;
  }

  /**
   * One xoshiro128** step, output as a signed 32-bit integer. The state is kept in int32 form
   * (`| 0`) so V8 holds it as small integers rather than boxed doubles: the same bits as the
   * unsigned form, several times faster.
   */
  private next(): number {
    const s1 = this.s1;
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9);
    const t = s1 << 9;
    const s2 = this.s2 ^ this.s0;
    const s3 = this.s3 ^ s1;
    this.s1 = s1 ^ s2;
    this.s0 = this.s0 ^ s3;
    this.s2 = s2 ^ t;
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  }

  /** Uniform double in [0, 1) with 53 random bits. */
  nextFloat(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /**
   * Unbiased integer in [0, n), 1 ≤ n ≤ 2³² (Lemire 2019, "nearly divisionless"). The 64-bit
   * product is formed from 16-bit halves in 32-bit integer arithmetic (Math.imul, >>> 0): the same
   * numbers as exact float arithmetic, ~8× faster — the bootstrap draws n of these per resample.
   */
  nextInt(n: number): number {
    if (!(n >= 1 && n <= 4294967296) || !Number.isInteger(n)) throw new RangeError(`nextInt: bad bound ${n}`);
    if (n === 4294967296) return this.nextUint32();
    const bLo = n & 0xffff;
    const bHi = n >>> 16; // n < 2³²: fits 16 bits
    let x = this.next() >>> 0;
    let lo = mulLo(x, n);
    if (lo < n) {
      const threshold = (4294967296 - n) % n; // 2³² mod n
      while (lo < threshold) {
        x = this.next() >>> 0;
        lo = mulLo(x, n);
      }
    }
    // Below 2²¹ the product is under 2⁵³, exact as a double: one multiply and a truncation.
    return n <= 2097152 ? Math.floor((x * n) / 4294967296) : mulHi(x, bLo, bHi);
  }
}

/** Low 32 bits of a·b (unsigned). */
function mulLo(a: number, b: number): number {
  return Math.imul(a, b) >>> 0;
}

/** High 32 bits of a·b for 32-bit unsigned a and b = bHi·2¹⁶ + bLo. */
function mulHi(a: number, bLo: number, bHi: number): number {
  const aLo = a & 0xffff;
  const aHi = a >>> 16;
  const ll = aLo * bLo; // < 2³²
  const lh = aLo * bHi;
  const hl = aHi * bLo;
  const hh = aHi * bHi;
  // Carry out of the low word: (ll >>> 16) + low halves of the cross products, each < 2¹⁷.
  const mid = (ll >>> 16) + (lh & 0xffff) + (hl & 0xffff);
  return (hh + (lh >>> 16) + (hl >>> 16) + (mid >>> 16)) >>> 0;
}
