import { addonText } from '../../../shared/content/index';
import { discountCheck, readDiscount, riskReasonLabel } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { formulaError } from '../lib/formula-error';
import { readLanguage } from '../lib/read-language';

/**
 * Checks a discount against the playbook's ceiling (§5: never above 20% on any deal, and always
 * traded for something). The discount is read as the pipeline's Discount column is: a
 * percentage (25%), a fraction up to 1 (0.25), or a number above 1 as a percentage (25 means 25%).
 * Example: =DISCOUNT_CHECK(Q2:Q) or =DISCOUNT_CHECK(25, "zh").
 *
 * @param {number|number[][]} discount The discount as a percentage (15%), a fraction (0.15) or a number above 1 read as a percentage (15), or a column (blank rows stay blank).
 * @param {string} language Optional. "en" (default) or "zh".
 * @return {string} "Within the 20% ceiling" or "Discount above 20%", or a column of them.
 * @customfunction
 */
export function DISCOUNT_CHECK(discount: unknown, language?: unknown): Spill<string> {
  const fn = 'DISCOUNT_CHECK';
  const lang = readLanguage(fn, language);
  return byRow(fn, [{ name: 'discount', value: discount }], ([cell], row) => {
    const value = readDiscount(cell);
    if (value === null) return '';
    if (typeof value === 'string') {
      throw formulaError(fn, 'discount', row, cell, 'a discount from 0% to 100%');
    }
    const check = discountCheck(value);
    return check.ok ? addonText('discountOk', lang) : riskReasonLabel(check.reason!, lang);
  });
}
