import type { Language } from '../types';
import type { LabelKey } from './label-key';
import { LABEL_TEXTS } from './label-texts';

/**
 * The display text for a label key in English or Simplified Chinese (the
 * playbook's wording in both languages, §1-§9). Every key has both texts:
 * the label tables are typed so a missing entry does not compile.
 *
 * @param key - a `LabelKey`, e.g. `'band.atRisk'`, `'reason.stalled'`, `'winRate'`
 * @param language - `'en'` or `'zh'`
 * @returns the text to show
 * @example
 * label('band.atRisk', 'zh') // => '有风险'
 */
export function label(key: LabelKey, language: Language): string {
  return LABEL_TEXTS[key][language === 'zh' ? 1 : 0];
}
