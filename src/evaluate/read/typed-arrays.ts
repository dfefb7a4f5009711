/** Typed-array helpers of the readers. */

export function trimI(a: Int32Array, n: number): Int32Array {
  return a.length === n ? a : a.slice(0, n);
}

export function trimF(a: Float64Array, n: number): Float64Array {
  return a.length === n ? a : a.slice(0, n);
}

export function resizeI(a: Int32Array, cap: number, keep: number): Int32Array {
  const out = new Int32Array(cap);
  out.set(a.subarray(0, keep));
  return out;
}

export function resizeF(a: Float64Array | null, cap: number, keep: number): Float64Array {
  const out = new Float64Array(cap);
  if (a) out.set(a.subarray(0, keep));
  return out;
}
