import { preciseCustomer } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { isBlank } from '../../../shared/ingest/cell-text';
import { readBoolean } from '../lib/read-boolean';

/**
 * Precise customer (playbook §6): need, key person and ability to pay all confirmed. Example: =PRECISE_CUSTOMER(F2:F, G2:G, H2:H)
 * @param {boolean} need Real need (TRUE/FALSE).
 * @param {boolean} key_person Person who signs is known.
 * @param {boolean} ability_to_pay Account can pay.
 * @return {boolean} TRUE when all three hold.
 * @customfunction
 */
export function PRECISE_CUSTOMER(
  need: unknown,
  key_person: unknown,
  ability_to_pay: unknown,
): Spill<boolean | ''> {
  const fn = 'PRECISE_CUSTOMER';
  return byRow(
    fn,
    'need key_person ability_to_pay',
    [need, key_person, ability_to_pay],
    ([n, k, a], row) => {
      if (row !== undefined && isBlank(n) && isBlank(k) && isBlank(a)) return '';
      return preciseCustomer({
        need: readBoolean(fn, 'need', row, n),
        keyPerson: readBoolean(fn, 'key_person', row, k),
        abilityToPay: readBoolean(fn, 'ability_to_pay', row, a),
      }).precise;
    },
  );
}
