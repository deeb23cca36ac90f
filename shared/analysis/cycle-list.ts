import { type MeanAndMedian, meanAndMedian } from '../pipeline/mean-and-median';

/** Largest cycle counted in a histogram for the median; longer lists of longer cycles are sorted. */
const HISTOGRAM_LIMIT = 1 << 16;

/**
 * Sales cycles in days, kept in a growing `Float64Array` so a million cycles
 * are one buffer, not a million array slots; `meanAndMedian` gives the same
 * figures as `meanAndMedian` of the list. When every cycle is a whole number
 * of days below 65,536 (as cycles of day numbers are), the median comes from
 * a histogram in O(n + largest cycle) instead of a sort, and the mean from
 * the sum, which is exact for whole numbers in any order.
 *
 * @example
 * const list = new CycleList();
 * list.push(10); list.push(40); list.push(20); list.push(30);
 * list.meanAndMedian() // => { mean: 25, median: 25 }
 */
export class CycleList {
  private values = new Float64Array(16);
  length = 0;
  private wholeDays = true;
  private largest = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const next = new Float64Array(this.length * 2);
      next.set(this.values);
      this.values = next;
    }
    this.values[this.length++] = value;
    if (!(Number.isInteger(value) && value >= 0 && value < HISTOGRAM_LIMIT)) this.wholeDays = false;
    else if (value > this.largest) this.largest = value;
  }

  meanAndMedian(): MeanAndMedian {
    const n = this.length;
    const values = this.values.subarray(0, n);
    if (n < 64 || !this.wholeDays || this.largest > n * 4) return meanAndMedian(values);
    const counts = new Int32Array(this.largest + 1);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      counts[values[i]]++;
      sum += values[i];
    }
    // The k-th smallest value (0-based).
    const nth = (k: number): number => {
      let seen = 0;
      for (let v = 0; v < counts.length; v++) {
        seen += counts[v];
        if (seen > k) return v;
      }
      return this.largest;
    };
    const mid = n >> 1;
    const median = n % 2 === 1 ? nth(mid) : (nth(mid - 1) + nth(mid)) / 2;
    return { mean: sum / n, median };
  }
}
