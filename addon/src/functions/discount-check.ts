import { discountCheck, riskReasonLabel } from '../../../shared/index';
import { addonText } from '../../../shared/content/index';
import { byRow, type Spill } from '../lib/by-row';
import { readLanguage } from '../lib/read-language';
import { readNumber } from '../lib/read-number';

/**
 * Checks a discount against the playbook's ceiling (§5: never above 20% on any deal, and always
 * traded for something). Example: =DISCOUNT_CHECK(Q2:Q) or =DISCOUNT_CHECK(25%, "zh").
 *
 * @param {number|number[][]} discount The discount as a percentage or fraction (15% or 0.15), or a column (blank rows stay blank).
 * @param {string} language Optional. "en" (default) or "zh".
 * @return {string} "Within the 20% ceiling" or "Discount above 20%", or a column of them.
 * @customfunction
 */
export function DISCOUNT_CHECK(discount: unknown, language?: unknown): Spill<string> {
  const fn = 'DISCOUNT_CHECK';
  const lang = readLanguage(fn, language);
  return byRow(fn, [{ name: 'discount', value: discount }], ([cell], row) => {
    const value = readNumber(fn, 'discount', row, cell, {
      min: 0,
      max: 1,
      expected: 'a discount from 0% to 100%',
    });
    if (value === null) return '';
    const check = discountCheck(value);
    return check.ok ? addonText('discountOk', lang) : riskReasonLabel(check.reason!, lang);
  });
}
