import { textReader } from '../../../../shared/content/bilingual';
import type { Language } from '../../../../shared/types';
import type { RepRow } from '../../settings/settings';
import { h } from './h';

const TEXT = {
  owner: { en: 'Owner (as in the sheet)', zh: '负责人（与表格一致）' },
  name: { en: 'Rep name as the sheet writes it', zh: '表格中写的销售姓名' },
  email: { en: 'Google account email', zh: 'Google 账号邮箱' },
  quota: { en: 'Quota', zh: '配额' },
  repQuota: { en: 'Rep quota', zh: '个人配额' },
  add: { en: 'Add owner', zh: '添加负责人' },
  remove: { en: 'Remove {name}', zh: '删除 {name}' },
  title: { en: 'Owners and their quotas', zh: '负责人及其配额' },
  hint: {
    en: 'Each rep’s reviews open on their own deals; a rep’s coverage uses the rep’s quota, the team’s uses the quota above.',
    zh: '每位销售打开复盘时默认看到自己的交易；个人覆盖率使用个人配额，团队覆盖率使用上面的配额。',
  },
} as const;

/** An owner-mapping text in the language. */
export const repText = textReader(TEXT);

/**
 * The owner mapping editor of the settings sidebar: one row per owner (the
 * name as the Owner column writes it, the Google account email, the quota),
 * add and remove buttons. `read` gives the rows as typed, for the server to
 * check; nothing typed is dropped.
 */
export function repEditor(reps: readonly RepRow[], lang: Language) {
  const body = h('tbody', {}) as HTMLTableSectionElement;
  const cell = (value: string, cls: string, name: string, extra: Record<string, string> = {}) => {
    const el = h('input', {
      type: 'text',
      autocomplete: 'off',
      class: cls,
      'aria-label': name,
      ...extra,
    }) as HTMLInputElement;
    el.value = value;
    return el;
  };
  const addRow = (rep: RepRow) => {
    const name = cell(rep.name, 'rep-name', repText('name', lang));
    const row = h('tr', { 'data-testid': 'rep-row' });
    row.append(
      h('td', {}, name),
      h('td', {}, cell(rep.email, 'rep-email', repText('email', lang), { inputmode: 'email' })),
      h(
        'td',
        { class: 'num' },
        cell(rep.quota === null ? '' : String(rep.quota), 'rep-quota', repText('repQuota', lang), {
          inputmode: 'decimal',
        }),
      ),
      h(
        'td',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'icon',
            'aria-label': repText('remove', lang, { name: rep.name }),
            onclick: () => row.remove(),
          },
          '×',
        ),
      ),
    );
    body.append(row);
    return name;
  };
  reps.forEach(addRow);
  const table = h(
    'table',
    {
      class: 'stages',
      'data-testid': 'reps',
      tabindex: -1,
      // Three inputs side by side must fit a 300 px sidebar.
      style: 'table-layout: fixed; width: 100%',
    },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', style: 'width: 32%' }, repText('owner', lang)),
        h('th', { scope: 'col' }, repText('email', lang)),
        h('th', { scope: 'col', class: 'num', style: 'width: 24%' }, repText('quota', lang)),
        h('th', { style: 'width: 30px' }, ''),
      ),
    ),
    body,
  );
  const add = h(
    'button',
    {
      type: 'button',
      'data-testid': 'add-rep',
      onclick: () => addRow({ name: '', email: '', quota: null }).focus(),
    },
    repText('add', lang),
  );
  const read = () =>
    Array.from(body.rows).map((tr) => {
      const value = (cls: string) => (tr.querySelector(`.${cls}`) as HTMLInputElement).value.trim();
      return { name: value('rep-name'), email: value('rep-email'), quota: value('rep-quota') };
    });
  const same = () =>
    JSON.stringify(read()) ===
    JSON.stringify(
      reps.map((r) => ({
        name: r.name,
        email: r.email,
        quota: r.quota === null ? '' : String(r.quota),
      })),
    );
  return { table, add, read, same, rows: () => Array.from(body.rows) };
}
