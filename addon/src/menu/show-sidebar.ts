import { userLanguage } from '../settings/user-language';

/** Opens one of the built sidebar files with a title in the user's language. */
export function showSidebar(file: string, title: (language: 'en' | 'zh') => string): void {
  const language = userLanguage(true);
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title(language));
  SpreadsheetApp.getUi().showSidebar(html);
}
