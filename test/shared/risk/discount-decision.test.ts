import { describe, expect, it } from 'vitest';
import { discountCheck } from '../../../shared/risk/discount-check';
import { discountDecision } from '../../../shared/risk/discount-decision';

// The tree: budget? → strategic account? → competitive pressure? Every discount it allows is
// capped at 20% and traded (playbook §5); no budget or no reason to move means no discount.
describe('discountDecision', () => {
  it('asks the three questions in order', () => {
    expect(discountDecision({})).toEqual({ next: 'budget' });
    expect(discountDecision({ budget: true })).toEqual({ next: 'strategic' });
    expect(discountDecision({ budget: true, strategic: false })).toEqual({
      next: 'competitivePressure',
    });
  });

  it('ends every branch with its outcome and largest discount', () => {
    expect(discountDecision({ budget: false })).toEqual({ outcome: 'noBudget', maxDiscount: 0 });
    expect(discountDecision({ budget: true, strategic: true })).toEqual({
      outcome: 'strategic',
      maxDiscount: 0.2,
    });
    expect(discountDecision({ budget: true, strategic: false, competitivePressure: true })).toEqual(
      { outcome: 'competitive', maxDiscount: 0.2 },
    );
    expect(
      discountDecision({ budget: true, strategic: false, competitivePressure: false }),
    ).toEqual({ outcome: 'holdPrice', maxDiscount: 0 });
  });

  it('does not ask a later question once an earlier answer ends the tree', () => {
    // no budget ends it, whatever else was answered
    expect(discountDecision({ budget: false, strategic: true })).toEqual({
      outcome: 'noBudget',
      maxDiscount: 0,
    });
  });
});

describe('discountCheck with the tree', () => {
  it('refuses any discount without budget or when the price is held', () => {
    expect(discountCheck(0.1, discountDecision({ budget: false }))).toEqual({
      ok: false,
      outcome: 'noBudget',
    });
    expect(discountCheck(0, discountDecision({ budget: false }))).toEqual({
      ok: true,
      outcome: 'noBudget',
    });
    expect(
      discountCheck(
        0.05,
        discountDecision({ budget: true, strategic: false, competitivePressure: false }),
      ),
    ).toEqual({ ok: false, outcome: 'holdPrice' });
  });

  it('allows up to 20% on a strategic account or under competitive pressure, never more', () => {
    expect(discountCheck(0.2, discountDecision({ budget: true, strategic: true }))).toEqual({
      ok: true,
      outcome: 'strategic',
    });
    expect(discountCheck(0.25, discountDecision({ budget: true, strategic: true }))).toEqual({
      ok: false,
      reason: 'discountTooHigh',
      outcome: 'strategic',
    });
    expect(
      discountCheck(
        0.15,
        discountDecision({ budget: true, strategic: false, competitivePressure: true }),
      ),
    ).toEqual({ ok: true, outcome: 'competitive' });
  });

  it('checks only the 20% ceiling while the tree is unfinished', () => {
    expect(discountCheck(0.1, discountDecision({ budget: true }))).toEqual({ ok: true });
    expect(discountCheck(0.21, discountDecision({}))).toEqual({
      ok: false,
      reason: 'discountTooHigh',
    });
  });
});
