import { describe, expect, it } from 'vitest';
import { coverageRatio } from '../../../shared/pipeline/coverage-ratio';
import { PlaybookError } from '../../../shared/types';

describe('coverageRatio', () => {
  it('divides pipeline by quota minus closed won', () => {
    // hand calculation: 300,000 / (150,000 - 50,000) = 3 → healthy (playbook §4: 3x-4x)
    expect(coverageRatio(300_000, 150_000, 50_000)).toEqual({
      ratio: 3,
      remainingQuota: 100_000,
      health: 'healthy',
    });
  });

  it('is under-covered below 3x', () => {
    // 290,000 / 100,000 = 2.9
    expect(coverageRatio(290_000, 100_000)).toEqual({
      ratio: 2.9,
      remainingQuota: 100_000,
      health: 'under',
    });
  });

  it('counts exactly 4x as healthy and above 4x as over', () => {
    // playbook §4: healthy is 3x-4x; 400,000 / 100,000 = 4, 401,000 / 100,000 = 4.01
    expect(coverageRatio(400_000, 100_000).health).toBe('healthy');
    expect(coverageRatio(401_000, 100_000).health).toBe('over');
  });

  it('reports quotaMet with a null ratio when closed won meets the quota', () => {
    // remaining quota 100,000 − 100,000 = 0, and 100,000 − 120,000 < 0: nothing left to cover
    expect(coverageRatio(50_000, 100_000, 100_000)).toEqual({
      ratio: null,
      remainingQuota: 0,
      health: 'quotaMet',
    });
    expect(coverageRatio(50_000, 100_000, 120_000).health).toBe('quotaMet');
    expect(coverageRatio(50_000, 0).health).toBe('quotaMet');
  });

  it('throws for negative or non-numeric input', () => {
    expect(() => coverageRatio(-1, 100)).toThrow(PlaybookError);
    expect(() => coverageRatio(100, Number.NaN)).toThrow(/coverageRatio: quota/);
    expect(() => coverageRatio(100, 100, -5)).toThrow(
      /closed won must be a number of 0 or more \(got -5\)/,
    );
  });
});
