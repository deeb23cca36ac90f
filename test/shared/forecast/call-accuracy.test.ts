import { describe, expect, it } from 'vitest';
import { callAccuracy } from '../../../shared/forecast/call-accuracy';
import { PlaybookError } from '../../../shared/types';

// Hand-worked values. The playbook's rule (§3) is ratio = actual / call within
// 0.9..1.1; the band on the actual is |actual − call| ≤ 0.1 × actual; HubSpot's
// measure is max(0, 1 − |actual − call| / actual).
describe('callAccuracy', () => {
  it('meets every measure when the call is exact', () => {
    expect(callAccuracy(100_000, 100_000)).toEqual({
      ratio: 1,
      withinTarget: true,
      withinTenPercentOfActual: true,
      hubspot: 1,
    });
  });

  it('keeps both edges of the playbook band: 0.9 and 1.1 in, 0.899 and 1.101 out', () => {
    // 90 / 100 = 0.9 (won 10% under the call), 110 / 100 = 1.1 (10% over).
    expect(callAccuracy(90, 100).withinTarget).toBe(true);
    expect(callAccuracy(110, 100).withinTarget).toBe(true);
    // 89.9 / 100 = 0.899 (10.1% under), 110.1 / 100 = 1.101 (10.1% over).
    expect(callAccuracy(89.9, 100).withinTarget).toBe(false);
    expect(callAccuracy(110.1, 100).withinTarget).toBe(false);
    // 90.1 / 100 = 0.901 (9.9% under), 109.9 / 100 = 1.099 (9.9% over).
    expect(callAccuracy(90.1, 100).withinTarget).toBe(true);
    expect(callAccuracy(109.9, 100).withinTarget).toBe(true);
    // 8.1 / 9 = 0.9 exactly on paper, a hair below in floating point.
    expect(callAccuracy(8.1, 9).withinTarget).toBe(true);
  });

  it('keeps both edges of the band on the actual: a miss of 9.9%, 10% and 10.1% of it', () => {
    // Won 100: a call of 90.1 misses by 9.9, of 90 by 10, of 89.9 by 10.1.
    expect(callAccuracy(100, 90.1).withinTenPercentOfActual).toBe(true);
    expect(callAccuracy(100, 90).withinTenPercentOfActual).toBe(true);
    expect(callAccuracy(100, 89.9).withinTenPercentOfActual).toBe(false);
    // The same above the actual: 109.9, 110, 110.1.
    expect(callAccuracy(100, 109.9).withinTenPercentOfActual).toBe(true);
    expect(callAccuracy(100, 110).withinTenPercentOfActual).toBe(true);
    expect(callAccuracy(100, 110.1).withinTenPercentOfActual).toBe(false);
  });

  it('tells the two bands apart: won 90 on a call of 100', () => {
    // Ratio 90 / 100 = 0.9 (in the playbook band); the miss 10 is 11.1% of
    // the 90 won (out of the band on the actual); HubSpot 1 − 10/90 = 0.8889.
    const result = callAccuracy(90, 100);
    expect(result.ratio).toBeCloseTo(0.9, 12);
    expect(result.withinTarget).toBe(true);
    expect(result.withinTenPercentOfActual).toBe(false);
    expect(result.hubspot).toBeCloseTo(1 - 10 / 90, 12);
  });

  it('scores HubSpot by the miss over the actual, floored at 0', () => {
    // Won 80 on a call of 100: 1 − 20/80 = 0.75.
    expect(callAccuracy(80, 100).hubspot).toBeCloseTo(0.75, 12);
    // Won 120 on a call of 100: 1 − 20/120 = 0.8333.
    expect(callAccuracy(120, 100).hubspot).toBeCloseTo(1 - 20 / 120, 12);
    // Won 40 on a call of 100: 1 − 60/40 = −0.5, floored at 0.
    expect(callAccuracy(40, 100).hubspot).toBe(0);
  });

  it('defines nothing won: a call of 0 is exact, any other call scores 0', () => {
    expect(callAccuracy(0, 0)).toEqual({
      ratio: null,
      withinTarget: null,
      withinTenPercentOfActual: true,
      hubspot: 1,
    });
    expect(callAccuracy(0, 50)).toEqual({
      ratio: 0,
      withinTarget: false,
      withinTenPercentOfActual: false,
      hubspot: 0,
    });
  });

  it('gives no playbook ratio for a call of 0 with something won', () => {
    // actual / 0 has no value; the miss 50 is all of the 50 won → HubSpot 0.
    expect(callAccuracy(50, 0)).toEqual({
      ratio: null,
      withinTarget: null,
      withinTenPercentOfActual: false,
      hubspot: 0,
    });
  });

  it('refuses negative and non-finite amounts', () => {
    expect(() => callAccuracy(-1, 100)).toThrow(PlaybookError);
    expect(() => callAccuracy(100, Number.NaN)).toThrow(/call must be a number ≥ 0/);
    expect(() => callAccuracy(Number.POSITIVE_INFINITY, 100)).toThrow(PlaybookError);
  });
});
