import {
  type BuyingRole,
  buyingRoleLabel,
  buyingRolesGap,
  parseBuyingRole,
} from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { cellWords } from '../lib/cell-words';
import { formulaError } from '../lib/formula-error';
import { readLanguage } from '../lib/read-language';
import { AMOUNT, readNumber } from '../lib/read-number';
import { ROLE } from '../lib/localize-error';

/**
 * Buying roles a deal still lacks for its size (playbook §5); blank = none. Example: =BUYING_ROLES_GAP(E2:E, V2:V)
 * @param {number} amount Deal amount.
 * @param {string} roles Roles engaged (champion, economic buyer...), in one or more cells.
 * @param {string} language Optional. "en" or "zh".
 * @return {string} Missing roles.
 * @customfunction
 */
export function BUYING_ROLES_GAP(
  amount: unknown,
  roles: unknown,
  language?: unknown,
): Spill<string> {
  const fn = 'BUYING_ROLES_GAP';
  const lang = readLanguage(fn, language);
  const range = Array.isArray(roles) && Array.isArray(roles[0]) ? (roles as unknown[][]) : null;
  // One deal given a range of roles reads all of its cells; a column of deals, a row each.
  const one = !Array.isArray(amount) || amount.length === 1;
  const value = range && one ? [range.flat()] : roles;
  const width = range ? (value as unknown[][])[0].length : 1;
  return byRow(
    fn,
    `amount roles:${width}`,
    [amount, value],
    ([amountCell, cells], row) => {
      const size = readNumber(fn, 'amount', row, amountCell, AMOUNT);
      if (size === null) return '';
      const engaged: BuyingRole[] = [];
      for (const cell of width > 1 ? (cells as unknown[]) : [cells]) {
        for (const word of cellWords(cell)) {
          const role = parseBuyingRole(word);
          if (!role) throw formulaError(fn, 'roles', row, word, ROLE);
          engaged.push(role);
        }
      }
      return buyingRolesGap(size, engaged)
        .missing.map((role) => buyingRoleLabel(role, lang))
        .join(lang === 'zh' ? '、' : ', ');
    },
    lang,
  );
}
