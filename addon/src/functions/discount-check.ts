import { addonText } from '../../../shared/content/index';
import { discountCheck, readDiscount, riskReasonLabel } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { formulaError } from '../lib/formula-error';
import { readLanguage } from '../lib/read-language';
import { DISCOUNT } from '../lib/localize-error';

/**
 * Discount against the 20% ceiling (playbook §5). Example: =DISCOUNT_CHECK(Q2:Q)
 * @param {number} discount 15%, 0.15 or 15 (above 1 read as %).
 * @param {string} language Optional. "en" or "zh".
 * @return {string} Within the ceiling, or above it.
 * @customfunction
 */
export function DISCOUNT_CHECK(discount: unknown, language?: unknown): Spill<string> {
  const fn = 'DISCOUNT_CHECK';
  const lang = readLanguage(fn, language);
  return byRow(
    fn,
    'discount',
    [discount],
    ([cell], row) => {
      const value = readDiscount(cell);
      if (value === null) return '';
      if (typeof value === 'string') {
        throw formulaError(fn, 'discount', row, cell, DISCOUNT);
      }
      const check = discountCheck(value);
      return check.ok ? addonText('discountOk', lang) : riskReasonLabel(check.reason!, lang);
    },
    lang,
  );
}
