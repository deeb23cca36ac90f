import { describe, expect, it } from 'vitest';
import { discountCheck } from '../../../shared/risk/discount-check';
import { PlaybookError } from '../../../shared/types';

describe('discountCheck', () => {
  it('allows discounts up to and including 20%', () => {
    // playbook §5: never above 20%
    expect(discountCheck(0)).toEqual({ ok: true });
    expect(discountCheck(0.15)).toEqual({ ok: true });
    expect(discountCheck(0.2)).toEqual({ ok: true });
  });

  it('flags a discount just above 20%', () => {
    // playbook §5: never above 20%
    expect(discountCheck(0.2001)).toEqual({ ok: false, reason: 'discountTooHigh' });
    expect(discountCheck(1)).toEqual({ ok: false, reason: 'discountTooHigh' });
  });

  it('rejects values that are not a fraction from 0 to 1, such as a percentage number', () => {
    expect(() => discountCheck(20)).toThrow(PlaybookError);
    expect(() => discountCheck(20)).toThrow(
      'discountCheck: discount must be a fraction from 0 to 1, e.g. 0.15 for 15% (got 20)',
    );
    expect(() => discountCheck(-0.1)).toThrow(PlaybookError);
    expect(() => discountCheck(Number.NaN)).toThrow(PlaybookError);
  });
});
