import { multiThreadingGap } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { AMOUNT, COUNT, readNumber } from '../lib/read-number';

/**
 * Contacts still missing for a deal's size (playbook §5); 0 = enough. Example: =MULTI_THREADING_GAP(E2:E, P2:P)
 * @param {number} amount Deal amount.
 * @param {number} contacts Buyer contacts engaged (blank = 0).
 * @return {number} Missing contacts.
 * @customfunction
 */
export function MULTI_THREADING_GAP(amount: unknown, contacts: unknown): Spill<number | ''> {
  const fn = 'MULTI_THREADING_GAP';
  return byRow(fn, 'amount contacts', [amount, contacts], ([amountCell, contactsCell], row) => {
    const value = readNumber(fn, 'amount', row, amountCell, AMOUNT);
    if (value === null) return '';
    const engaged = readNumber(fn, 'contacts', row, contactsCell, COUNT);
    return multiThreadingGap(value, engaged || 0);
  });
}
