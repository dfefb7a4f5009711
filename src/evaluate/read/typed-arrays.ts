/** Typed-array helpers of the readers. */

export function trimI(a: Int32Array, n: number): Int32Array {
  return a.length === n ? a : a.slice(0, n);
}

export function trimF(a: Float64Array, n: number): Float64Array {
  return a.length === n ? a : a.slice(0, n);
}
