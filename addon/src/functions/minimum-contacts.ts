import { minimumContacts } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { AMOUNT, readNumber } from '../lib/read-number';

/**
 * Fewest buyer contacts a deal of this size should have engaged (playbook §5): under 25,000 → 2
 * (champion, economic buyer); 25,000-100,000 → 3 (add technical evaluator, end user); over
 * 100,000 → 5 (add procurement, legal, executive sponsor). Example: =MINIMUM_CONTACTS(E2:E).
 *
 * @param {number|number[][]} amount The deal amount, or a column of them (blank rows stay blank).
 * @return {number} 2, 3 or 5, or a column of them.
 * @customfunction
 */
export function MINIMUM_CONTACTS(amount: unknown): Spill<number | ''> {
  const fn = 'MINIMUM_CONTACTS';
  return byRow(fn, [{ name: 'amount', value: amount }], ([cell], row) => {
    const value = readNumber(fn, 'amount', row, cell, AMOUNT);
    return value === null ? '' : minimumContacts(value);
  });
}
