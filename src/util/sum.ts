/**
 * Neumaier-compensated summation: numpy sums pairwise; a naive left-to-right sum drifts by
 * ~5e-11 over millions of rows, enough to break 1e-9 parity. Use for every reducer.
 */
export class CompensatedSum {
  private sum = 0;
  private c = 0;
  add(x: number): void {
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.c += this.sum - t + x;
    else this.c += x - t + this.sum;
    this.sum = t;
  }
  get value(): number {
    // Once the sum overflows, the compensation is inf − inf = NaN: the sum is the answer.
    return Number.isFinite(this.sum) ? this.sum + this.c : this.sum;
  }
}

export function sumOf(values: ArrayLike<number>): number {
  let sum = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    const t = sum + x;
    if (Math.abs(sum) >= Math.abs(x)) c += sum - t + x;
    else c += x - t + sum;
    sum = t;
  }
  return Number.isFinite(sum) ? sum + c : sum;
}
