import {
  BUYING_ROLES,
  type BuyingRole,
  buyingRoleLabel,
  parseBuyingRole,
} from '../../../../shared/risk/buying-roles';
import { buyingRolesGap } from '../../../../shared/risk/buying-roles-gap';
import type { Language } from '../../../../shared/types';
import type { RoleCell } from '../../scorecard/scorecard-types';
import { h } from './h';
import { scorecardText } from './scorecard-text';

/** One role field: the column it lives in (made when missing) and its text now and as the sheet holds it. */
export interface RoleField {
  readonly role: BuyingRole | null;
  readonly header: string;
  value: string;
  original: string;
}

const PREFIX = /^\s*(?:role|角色)\s*[:：]\s*/i;

/**
 * The role fields of a deal: the seven buying roles in order, each from its
 * "Role: …" column when the sheet has one (English or Chinese), then any other
 * role column of the sheet as it is, so nothing the sheet holds is hidden.
 */
export function roleFields(cells: readonly RoleCell[], lang: Language): RoleField[] {
  const used = new Set<RoleCell>();
  const fields: RoleField[] = BUYING_ROLES.map((role) => {
    const cell = cells.find(
      (c) => !used.has(c) && parseBuyingRole(c.header.replace(PREFIX, '')) === role,
    );
    if (cell) used.add(cell);
    return {
      role,
      header: cell?.header ?? `${scorecardText('rolePrefix', lang)}${buyingRoleLabel(role, lang)}`,
      value: cell?.value ?? '',
      original: cell?.value ?? '',
    };
  });
  for (const c of cells) {
    if (!used.has(c))
      fields.push({ role: null, header: c.header, value: c.value, original: c.value });
  }
  return fields;
}

/** The buying roles section: a names field per role and the roles the deal size still needs. */
export function rolesSection(
  fields: RoleField[],
  amount: number | null,
  lang: Language,
  changed: () => void,
): HTMLElement {
  const need = h('div', { 'data-testid': 'roles-needed' });
  const update = () => {
    if (amount === null || !(amount >= 0)) return;
    const named = fields.filter((f) => f.role && f.value.trim() !== '').map((f) => f.role!);
    const missing = buyingRolesGap(amount, named).missing;
    need.className = missing.length > 0 ? 'warn' : 'ok';
    need.textContent =
      missing.length > 0
        ? scorecardText('rolesNeeded', lang, {
            roles: missing.map((r) => buyingRoleLabel(r, lang)).join(lang === 'zh' ? '、' : ', '),
          })
        : scorecardText('rolesCovered', lang);
  };
  update();
  const inputs = fields.map((field) => {
    const name = field.role
      ? buyingRoleLabel(field.role, lang)
      : field.header.replace(PREFIX, '') || field.header;
    const input = h('input', {
      type: 'text',
      'aria-label': name,
      'data-testid': `role-${field.role ?? field.header}`,
    }) as HTMLInputElement;
    input.value = field.value;
    input.addEventListener('input', () => {
      field.value = input.value;
      update();
      changed();
    });
    return h('label', { class: 'field' }, h('span', {}, name), input);
  });
  return h(
    'section',
    { 'data-testid': 'roles' },
    h('h2', {}, scorecardText('roles', lang)),
    h('p', { class: 'muted' }, scorecardText('rolesHint', lang)),
    inputs,
    need,
  );
}
