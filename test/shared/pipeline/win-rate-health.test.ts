import { describe, expect, it } from 'vitest';
import { WIN_RATE_BANDS } from '../../../shared/pipeline/win-rate-bands';
import { winRateHealth } from '../../../shared/pipeline/win-rate-health';
import { PlaybookError } from '../../../shared/types';

describe('WIN_RATE_BANDS', () => {
  it('holds the playbook §4 bands as fractions', () => {
    // playbook §4: 15-25% founder-led, early; 20-35% a mature B2B team
    expect(WIN_RATE_BANDS.founderLed).toEqual({ min: 0.15, max: 0.25 });
    expect(WIN_RATE_BANDS.mature).toEqual({ min: 0.2, max: 0.35 });
  });
});

describe('winRateHealth', () => {
  it('uses the founder-led band 15-25% by default, bounds included', () => {
    // playbook §4 founder-led band: 15% and 25% are in it, 10% under, 30% far above
    expect(winRateHealth(0.1)).toBe('below');
    expect(winRateHealth(0.15)).toBe('healthy');
    expect(winRateHealth(0.25)).toBe('healthy');
    expect(winRateHealth(0.3)).toBe('above');
  });

  it('judges against the mature band when given', () => {
    // playbook §4 mature band 20-35%: 30% in it, 50% above, 18% under (healthy for founder-led)
    expect(winRateHealth(0.3, WIN_RATE_BANDS.mature)).toBe('healthy');
    expect(winRateHealth(0.5, WIN_RATE_BANDS.mature)).toBe('above');
    expect(winRateHealth(0.18, WIN_RATE_BANDS.mature)).toBe('below');
    expect(winRateHealth(0.2, WIN_RATE_BANDS.mature)).toBe('healthy');
    expect(winRateHealth(0.35, WIN_RATE_BANDS.mature)).toBe('healthy');
  });

  it('throws for a rate outside 0..1 or an inverted band', () => {
    expect(() => winRateHealth(1.5)).toThrow(PlaybookError);
    expect(() => winRateHealth(Number.NaN)).toThrow(/winRateHealth: rate/);
    expect(() => winRateHealth(0.2, { min: 0.4, max: 0.3 })).toThrow(/winRateHealth: band/);
  });
});
