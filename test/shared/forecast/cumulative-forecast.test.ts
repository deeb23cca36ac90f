import { describe, expect, it } from 'vitest';
import { cumulativeForecast } from '../../../shared/forecast/cumulative-forecast';
import { forecastRollup } from '../../../shared/forecast/forecast-rollup';
import { PlaybookError } from '../../../shared/types';

// Hand-worked: Closed 50,000 (two deals 30,000 + 20,000), Commit 40,000,
// Best Case 25,000 (one blank amount adds nothing), Pipeline 60,000,
// Upside 10,000, Omitted 99,000 (never added).
const rollup = forecastRollup([
  { category: 'closed', amount: 30_000 },
  { category: 'closed', amount: 20_000 },
  { category: 'commit', amount: 40_000 },
  { category: 'bestCase', amount: 25_000 },
  { category: 'bestCase', amount: null },
  { category: 'pipeline', amount: 60_000 },
  { category: 'upside', amount: 10_000 },
  { category: 'omitted', amount: 99_000 },
]);

describe('cumulativeForecast', () => {
  it('adds each category to the ones above it and divides by the quota', () => {
    // Quota 200,000: 50,000 → 25%; +40,000 = 90,000 → 45%; +25,000 = 115,000 → 57.5%;
    // +60,000 = 175,000 → 87.5%; +10,000 = 185,000 → 92.5%.
    expect(cumulativeForecast(rollup, 200_000)).toEqual([
      { category: 'closed', amount: 50_000, cumulative: 50_000, ofQuota: 0.25 },
      { category: 'commit', amount: 40_000, cumulative: 90_000, ofQuota: 0.45 },
      { category: 'bestCase', amount: 25_000, cumulative: 115_000, ofQuota: 0.575 },
      { category: 'pipeline', amount: 60_000, cumulative: 175_000, ofQuota: 0.875 },
      { category: 'upside', amount: 10_000, cumulative: 185_000, ofQuota: 0.925 },
    ]);
  });

  it('gives no share of quota without a quota or with a quota of 0', () => {
    expect(cumulativeForecast(rollup).map((row) => row.ofQuota)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(cumulativeForecast(rollup, 0).at(-1)).toEqual({
      category: 'upside',
      amount: 10_000,
      cumulative: 185_000,
      ofQuota: null,
    });
  });

  it('passes the quota when the pipeline is large enough (above 100%)', () => {
    // Quota 100,000: Closed + Commit + Best Case = 115,000 → 1.15.
    expect(cumulativeForecast(rollup, 100_000)[2].ofQuota).toBeCloseTo(1.15, 12);
  });

  it('refuses a negative or non-finite quota', () => {
    expect(() => cumulativeForecast(rollup, -1)).toThrow(PlaybookError);
    expect(() => cumulativeForecast(rollup, Number.NaN)).toThrow(/quota must be a number ≥ 0/);
  });
});
