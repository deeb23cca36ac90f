import { describe, expect, it } from 'vitest';
import { salesVelocity } from '../../../shared/pipeline/sales-velocity';
import { PlaybookError } from '../../../shared/types';

describe('salesVelocity', () => {
  it('is open deals × win rate × average deal size / cycle days', () => {
    // hand calculation: 20 × 0.25 × 12,000 / 60 = 1,000 a day
    expect(
      salesVelocity({ openDeals: 20, winRate: 0.25, averageDealSize: 12_000, cycleDays: 60 }),
    ).toBe(1_000);
  });

  it('is null when any input is unknown', () => {
    expect(
      salesVelocity({ openDeals: 20, winRate: null, averageDealSize: 12_000, cycleDays: 60 }),
    ).toBeNull();
    expect(
      salesVelocity({ openDeals: 20, winRate: 0.2, averageDealSize: 12_000, cycleDays: null }),
    ).toBeNull();
  });

  it('is null for a cycle of 0 days', () => {
    expect(
      salesVelocity({ openDeals: 20, winRate: 0.2, averageDealSize: 12_000, cycleDays: 0 }),
    ).toBeNull();
  });

  it('throws for negative input', () => {
    expect(() =>
      salesVelocity({ openDeals: -1, winRate: 0.2, averageDealSize: 12_000, cycleDays: 30 }),
    ).toThrow(PlaybookError);
  });
});
