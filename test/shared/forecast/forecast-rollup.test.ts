import { describe, expect, it } from 'vitest';
import { forecastRollup } from '../../../shared/forecast/forecast-rollup';

describe('forecastRollup', () => {
  it('counts deals and sums amounts per category, blanks counted but not summed', () => {
    // hand calculation: commit 10,000 + 5,000 (+ blank) = 15,000 over 3 deals; bestCase 20,000
    const rollup = forecastRollup([
      { category: 'commit', amount: 10_000 },
      { category: 'commit', amount: 5_000 },
      { category: 'commit', amount: null },
      { category: 'bestCase', amount: 20_000 },
      { category: 'closed', amount: 7_500 },
    ]);
    expect(rollup.commit).toEqual({ count: 3, amount: 15_000 });
    expect(rollup.bestCase).toEqual({ count: 1, amount: 20_000 });
    expect(rollup.closed).toEqual({ count: 1, amount: 7_500 });
  });

  it('lists every category, with zeros when empty', () => {
    const rollup = forecastRollup([]);
    expect(Object.keys(rollup)).toEqual([
      'commit',
      'bestCase',
      'pipeline',
      'upside',
      'closed',
      'omitted',
    ]);
    expect(rollup.upside).toEqual({ count: 0, amount: 0 });
  });
});
