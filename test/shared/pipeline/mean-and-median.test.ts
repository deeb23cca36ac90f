import { describe, expect, it } from 'vitest';
import { meanAndMedian } from '../../../shared/pipeline/mean-and-median';

describe('meanAndMedian', () => {
  it('takes the middle value of an odd count', () => {
    // sorted 5, 10, 60 → median 10; mean 75 / 3 = 25
    expect(meanAndMedian([60, 5, 10])).toEqual({ mean: 25, median: 10 });
  });

  it('takes the mean of the two middle values of an even count', () => {
    // sorted 10, 20, 30, 40 → (20 + 30) / 2 = 25
    expect(meanAndMedian([10, 40, 20, 30])).toEqual({ mean: 25, median: 25 });
  });

  it('sorts numerically, not as text', () => {
    // text order would put 100 before 9
    expect(meanAndMedian([100, 9, 20]).median).toBe(20);
  });

  it('returns nulls for an empty list', () => {
    expect(meanAndMedian([])).toEqual({ mean: null, median: null });
  });

  it('leaves the input unchanged and accepts typed arrays', () => {
    const values = [3, 1, 2];
    meanAndMedian(values);
    expect(values).toEqual([3, 1, 2]);
    expect(meanAndMedian(new Float64Array([4, 2])).median).toBe(3);
  });
});
