import { describe, expect, it } from 'vitest';
import { RISK_REASONS } from '../../../shared/risk/risk-reasons';
import { riskReasonLabel } from '../../../shared/risk/risk-reason-label';

describe('riskReasonLabel', () => {
  it('names a reason in English and Chinese', () => {
    expect(riskReasonLabel('nextStepPast', 'en')).toBe('Next step date has passed');
    expect(riskReasonLabel('nextStepPast', 'zh')).toBe('下一步日期已过');
    expect(riskReasonLabel('discountTooHigh', 'en')).toBe('Discount above 20%');
  });

  it('has a distinct label for every reason in each language', () => {
    for (const language of ['en', 'zh'] as const) {
      const labels = RISK_REASONS.map((reason) => riskReasonLabel(reason, language));
      expect(new Set(labels).size).toBe(RISK_REASONS.length);
    }
  });
});
