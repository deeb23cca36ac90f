import { textReader } from '../../../../shared/content/bilingual';
import type { Language } from '../../../../shared/types';
import type { RepChoice, RepWhy } from '../../settings/rep-choice-types';
import { h } from './h';

/** The owner filter's words, in English and Simplified Chinese. */
export const OWNER_TEXT = {
  owner: { en: 'Owner', zh: '负责人' },
  team: { en: 'Whole team', zh: '整个团队' },
  you: {
    en: 'Your deals ({owner}), as Settings maps {email}',
    zh: '您的交易（{owner}），依据设置中 {email} 的对应关系',
  },
  chosen: { en: 'Deals of {owner}', zh: '{owner} 的交易' },
  teamChosen: { en: 'Every deal of the team', zh: '团队的全部交易' },
  noEmail: {
    en: 'Whole team: Google does not give this account’s email to the add-on (common for personal accounts), so it cannot pick your deals; choose an owner',
    zh: '整个团队：Google 未向插件提供此账号的邮箱（个人账号常见），无法找出您的交易；请选择负责人',
  },
  notMapped: {
    en: 'Whole team: {email} is not in the owner mapping in Settings; add it there to see your deals first',
    zh: '整个团队：{email} 不在设置的负责人对应表中；在那里添加后将默认显示您的交易',
  },
  repSheet: {
    en: 'Answers about {owner}’s deals, worked out from the sheet (the analytics service answers for the whole team)',
    zh: '关于 {owner} 的交易的回答，依据表格计算（分析服务只回答整个团队）',
  },
} as const;

/** An owner-filter text in the language, with `{name}` placeholders filled in. */
export const ownerText = textReader(OWNER_TEXT);

/** Why the view covers whom it covers, in words. */
export function ownerNote(rep: RepChoice, lang: Language): string {
  const why: RepWhy = rep.why;
  const key = why === 'team' ? 'teamChosen' : why;
  return ownerText(key, lang, { owner: rep.owner, email: rep.email });
}

/**
 * The owner filter: "Whole team" ('') and every owner of the Owner column
 * (plus the picked one if the column no longer has it), set to `rep.owner`;
 * `onPick` gets the new owner. The note under it says why, then `more`.
 */
export function ownerPicker(
  rep: RepChoice,
  lang: Language,
  onPick: (owner: string) => void,
  more = '',
): { element: HTMLElement; select: HTMLSelectElement } {
  const owners =
    rep.owner && !rep.owners.includes(rep.owner) ? [rep.owner, ...rep.owners] : rep.owners;
  const select = h(
    'select',
    { id: 'owner', 'data-testid': 'owner' },
    h('option', { value: '' }, ownerText('team', lang)),
    owners.map((o) => h('option', { value: o }, o)),
  ) as HTMLSelectElement;
  select.value = rep.owner;
  select.addEventListener('change', () => onPick(select.value));
  const element = h(
    'div',
    { class: 'field' },
    h('label', { for: 'owner' }, ownerText('owner', lang)),
    select,
    h(
      'div',
      {
        class: rep.why === 'noEmail' || rep.why === 'notMapped' ? 'hint warn' : 'hint',
        'data-testid': 'owner-note',
      },
      [ownerNote(rep, lang), more].filter(Boolean).join(' · '),
    ),
  );
  return { element, select };
}
