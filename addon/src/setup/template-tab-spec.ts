import type { Language } from '../../../shared/types';
import type { Template } from './templates';

/** One column of a new tab: its header and how its cells are checked. */
export interface TemplateColumnSpec {
  readonly header: string;
  /** `date` (yyyy-mm-dd) or `percent` (0%) number format. */
  readonly format?: 'date' | 'percent';
  /** Numbers from min to max only. */
  readonly between?: readonly [number, number];
  /** A dropdown of these words only. */
  readonly list?: readonly string[];
}

/** The tab the set-up sidebar asks for (see `templateTabSpec`). */
export interface TemplateTabSpec {
  readonly name: string;
  readonly columns: readonly TemplateColumnSpec[];
}

/**
 * What the set-up sidebar asks `addTemplateTab` for: the template's tab name
 * and headers in the user's language, dates and shares formatted, working
 * days 0.5-7, shares 0-100%, self-scores 1-5, and dropdowns that list the
 * user's words first and accept the other language's too.
 *
 * @example
 * templateTabSpec(ACCOUNTS, 'zh').columns[1] // => { header: '客户等级', list: ['一级客户', …, 'Tier 1', …] }
 */
export function templateTabSpec(template: Template, language: Language): TemplateTabSpec {
  const other: Language = language === 'zh' ? 'en' : 'zh';
  return {
    name: template.name[language],
    columns: template.columns.map(([, en, zh, kind, words]) => ({
      header: language === 'zh' ? zh : en,
      ...(kind === 'd' ? { format: 'date' as const } : {}),
      ...(kind === 'p' ? { format: 'percent' as const, between: [0, 1] as const } : {}),
      ...(kind === 'w' ? { between: [0.5, 7] as const } : {}),
      ...(kind === 's' ? { list: ['1', '2', '3', '4', '5'] } : {}),
      ...(kind === 'l' && words ? { list: [...words[language], ...words[other]] } : {}),
    })),
  };
}
