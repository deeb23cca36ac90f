/** Result of `meanAndMedian`. */
export interface MeanAndMedian {
  readonly mean: number | null;
  readonly median: number | null;
}

/**
 * Mean and median of a list of numbers (used for sales cycles, playbook §4).
 * The median of an even count is the mean of the two middle values. The
 * input is not changed: values are copied into a `Float64Array` and sorted
 * numerically, so the cost is O(n log n) time and O(n) memory.
 *
 * @param values - numbers, any order
 * @returns both figures, or both `null` for an empty list
 * @example
 * meanAndMedian([10, 40, 20, 30]) // => { mean: 25, median: 25 }
 * meanAndMedian([]) // => { mean: null, median: null }
 */
export function meanAndMedian(values: ArrayLike<number>): MeanAndMedian {
  const n = values.length;
  if (n === 0) return { mean: null, median: null };
  // The constructor copies an array or typed array without its iterator.
  const sorted = new Float64Array(values).sort();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  const mid = n >> 1;
  const median = n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { mean: sum / n, median };
}
