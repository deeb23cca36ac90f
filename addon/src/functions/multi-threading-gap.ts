import { multiThreadingGap } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { AMOUNT, COUNT, readNumber } from '../lib/read-number';

/**
 * Contacts still missing for a deal's size (playbook §5): the minimum for the amount (see
 * MINIMUM_CONTACTS) minus the contacts engaged, never below 0; above 0 the deal is
 * under-threaded. A blank contacts cell counts as 0. Example: =MULTI_THREADING_GAP(E2:E, P2:P).
 *
 * @param {number|number[][]} amount The deal amount, or a column of them (blank rows stay blank).
 * @param {number|number[][]} contacts Buyer contacts engaged, or a column of them.
 * @return {number} Missing contacts (0 = enough), or a column of them.
 * @customfunction
 */
export function MULTI_THREADING_GAP(amount: unknown, contacts: unknown): Spill<number | ''> {
  const fn = 'MULTI_THREADING_GAP';
  return byRow(
    fn,
    [
      { name: 'amount', value: amount },
      { name: 'contacts', value: contacts },
    ],
    ([amountCell, contactsCell], row) => {
      const value = readNumber(fn, 'amount', row, amountCell, AMOUNT);
      if (value === null) return '';
      const engaged = readNumber(fn, 'contacts', row, contactsCell, COUNT);
      return multiThreadingGap(value, engaged ?? 0);
    },
  );
}
