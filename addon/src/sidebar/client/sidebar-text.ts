import type { Language } from '../../../../shared/types';

/**
 * Sidebar texts that neither the shared labels nor the add-on texts cover,
 * in English and Simplified Chinese. `{name}` marks a value to fill in.
 */
export const SIDEBAR_TEXT = {
  saving: { en: 'Saving…', zh: '正在保存…' },
  unsaved: { en: 'Unsaved changes', zh: '有未保存的更改' },
  checklistNotSaved: {
    en: 'The sheet has no Checklist column, so these ticks are not saved.',
    zh: '表中没有“检查清单”列，这些勾选不会被保存。',
  },
  neededFor: { en: '{count} needed for this amount', zh: '此金额需要 {count} 位' },
  engaged: { en: '{count} engaged', zh: '已接触 {count} 位' },
  riskAtOpen: { en: 'Risk when opened', zh: '打开时的风险' },
  scoreOf: { en: '{element}: {score}', zh: '{element}：{score}' },
} as const satisfies Record<string, Readonly<Record<Language, string>>>;

/** A key of `SIDEBAR_TEXT`. */
export type SidebarTextKey = keyof typeof SIDEBAR_TEXT;

/**
 * A sidebar text in the chosen language with its `{name}` placeholders filled.
 *
 * @example
 * sidebarText('neededFor', 'en', { count: 3 }) // => '3 needed for this amount'
 */
export function sidebarText(
  key: SidebarTextKey,
  language: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return SIDEBAR_TEXT[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
