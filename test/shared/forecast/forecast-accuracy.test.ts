import { describe, expect, it } from 'vitest';
import { forecastAccuracy } from '../../../shared/forecast/forecast-accuracy';
import { PlaybookError } from '../../../shared/types';

describe('forecastAccuracy', () => {
  it('divides the actual closed-won amount by the forecast', () => {
    // hand calculation: 95,000 / 100,000 = 0.95, inside 0.9..1.1 (playbook §3)
    expect(forecastAccuracy(95_000, 100_000)).toEqual({ ratio: 0.95, withinTarget: true });
  });

  it('counts both ends of the 0.9..1.1 target as within', () => {
    // playbook §3: target within 10%; hand calculation 90/100 = 0.9, 110/100 = 1.1, 99/90 = 1.1
    expect(forecastAccuracy(90, 100).withinTarget).toBe(true);
    expect(forecastAccuracy(110, 100).withinTarget).toBe(true);
    expect(forecastAccuracy(99, 90).withinTarget).toBe(true);
    // hand calculation: 8.1/9 = 0.9 exactly, though floating point gives 0.8999999999999999
    expect(forecastAccuracy(8.1, 9).withinTarget).toBe(true);
  });

  it('misses the target just outside either end', () => {
    // hand calculation: 89.9/100 = 0.899, 110.1/100 = 1.101
    expect(forecastAccuracy(89.9, 100).withinTarget).toBe(false);
    expect(forecastAccuracy(110.1, 100).withinTarget).toBe(false);
  });

  it('flags over-delivery as outside the target too', () => {
    // hand calculation: 150/100 = 1.5
    expect(forecastAccuracy(150, 100)).toEqual({ ratio: 1.5, withinTarget: false });
  });

  it('has no ratio when nothing was forecast', () => {
    expect(forecastAccuracy(0, 0)).toEqual({ ratio: null, withinTarget: null });
    expect(forecastAccuracy(5_000, 0)).toEqual({ ratio: null, withinTarget: null });
  });

  it('gives ratio 0 when nothing was won against a forecast', () => {
    expect(forecastAccuracy(0, 100)).toEqual({ ratio: 0, withinTarget: false });
  });

  it('rejects negative or non-numeric amounts', () => {
    expect(() => forecastAccuracy(-1, 100)).toThrow(PlaybookError);
    expect(() => forecastAccuracy(1, Number.NaN)).toThrow(
      'forecastAccuracy: forecast amount must be a number ≥ 0 (got NaN)',
    );
  });
});
