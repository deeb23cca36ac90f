import type { Language } from '../../../../shared/types';

/** Tells the browser (screen readers, fonts, hyphenation) the language the sidebar now shows. */
export function setPageLanguage(language: Language): void {
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
}
