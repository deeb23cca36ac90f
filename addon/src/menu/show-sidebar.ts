import { loadSettings } from '../settings/load-settings';

/** Opens one of the built sidebar files with a title in the user's language. */
export function showSidebar(file: string, title: (language: 'en' | 'zh') => string): void {
  const { language } = loadSettings();
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title(language));
  SpreadsheetApp.getUi().showSidebar(html);
}
