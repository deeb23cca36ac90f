import { describe, expect, it } from 'vitest';
import { discountCheck, readDiscount } from '../../../shared/index';

describe('readDiscount', () => {
  it.each([
    // the discount rule in readDiscount's documentation (playbook §5 discounts)
    [0.15, 0.15], // a number up to 1 is a fraction
    [1, 1],
    [0, 0],
    [25, 0.25], // a number above 1 is a percentage: 25 → 25%
    [100, 1],
    ['25%', 0.25], // text with % is a percentage
    ['0.5%', 0.005], // even below 1
    ['２０％', 0.2], // full-width digits and percent sign
    ['25', 0.25], // text number above 1: a percentage
    ['0.2', 0.2],
    [' 12.5 % ', 0.125],
  ])('reads %j as the fraction %j', (value, expected) => {
    expect(readDiscount(value)).toBe(expected);
  });

  it('reads a blank cell as null', () => {
    expect(readDiscount('')).toBeNull();
    expect(readDiscount('  ')).toBeNull();
    expect(readDiscount(null)).toBeNull();
    expect(readDiscount(undefined)).toBeNull();
  });

  it.each([
    [150, 'discount must be between 0% and 100% (got 150)'],
    ['150%', 'discount must be between 0% and 100% (got 150%)'],
    [-5, 'discount must be between 0% and 100% (got -5)'],
    ['-10%', 'discount must be between 0% and 100% (got -10%)'],
  ])('gives a reason for %j, which is outside 0% to 100%', (value, reason) => {
    expect(readDiscount(value)).toBe(reason);
  });

  it('gives the reason for text that is not a number', () => {
    expect(readDiscount('lots')).toBe('"lots" is not a number');
  });

  it('feeds discountCheck: 25 is above the 20% ceiling, 20 is not', () => {
    // playbook §5: never above 20% on any deal; exactly 20% is allowed
    expect(discountCheck(readDiscount(25) as number)).toEqual({
      ok: false,
      reason: 'discountTooHigh',
    });
    expect(discountCheck(readDiscount(20) as number)).toEqual({ ok: true });
  });
});
