import { describe, expect, it } from 'vitest';
import { averageDealSize } from '../../../shared/pipeline/average-deal-size';
import { PlaybookError } from '../../../shared/types';

describe('averageDealSize', () => {
  it('divides won amount by won deals', () => {
    // hand calculation: (20,000 + 30,000 + 40,000) / 3 = 30,000
    expect(averageDealSize(90_000, 3)).toBe(30_000);
  });

  it('is null without won deals', () => {
    expect(averageDealSize(0, 0)).toBeNull();
  });

  it('throws for a negative count', () => {
    expect(() => averageDealSize(100, -1)).toThrow(PlaybookError);
  });
});
