import type { Language } from '../types';
import { PROFILE_LABEL_TEXTS, type ProfileLabelKey } from './profile-label-texts';

/**
 * The display text of an account-profile word (playbook §6, §7) in English
 * or Simplified Chinese.
 *
 * @example
 * profileLabel('touches.1', 'en') // => '2-3 touches a week'
 * profileLabel('antiSignal.noBudget', 'zh') // => '没有预算'
 */
export function profileLabel(key: ProfileLabelKey, language: Language): string {
  return PROFILE_LABEL_TEXTS[key][language === 'zh' ? 1 : 0];
}
