import { minimumContacts } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { AMOUNT, readNumber } from '../lib/read-number';

/**
 * Fewest buyer contacts for a deal's size (playbook §5). Example: =MINIMUM_CONTACTS(E2:E)
 * @param {number} amount Deal amount.
 * @return {number} 2, 3 or 5.
 * @customfunction
 */
export function MINIMUM_CONTACTS(amount: unknown): Spill<number | ''> {
  const fn = 'MINIMUM_CONTACTS';
  return byRow(fn, 'amount', [amount], ([cell], row) => {
    const value = readNumber(fn, 'amount', row, cell, AMOUNT);
    return value === null ? '' : minimumContacts(value);
  });
}
