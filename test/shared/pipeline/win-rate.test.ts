import { describe, expect, it } from 'vitest';
import { winRate } from '../../../shared/pipeline/win-rate';
import { PlaybookError } from '../../../shared/types';

describe('winRate', () => {
  it('is won over won plus lost', () => {
    // hand calculation: 3 / (3 + 2) = 0.6
    expect(winRate(3, 2)).toBe(0.6);
    expect(winRate(1, 0)).toBe(1);
    expect(winRate(0, 4)).toBe(0);
  });

  it('works on amounts as well as counts', () => {
    // 30,000 won, 90,000 lost → 30,000 / 120,000 = 0.25
    expect(winRate(30_000, 90_000)).toBe(0.25);
  });

  it('is null when no deal is closed', () => {
    expect(winRate(0, 0)).toBeNull();
  });

  it('throws for negative input', () => {
    expect(() => winRate(-1, 2)).toThrow(PlaybookError);
    expect(() => winRate(1, Number.NaN)).toThrow(/winRate/);
  });
});
