import { parseLanguage } from '../../../shared/index';
import type { Language } from '../../../shared/types';
import { LANGUAGE_KEY } from './settings';

/**
 * The user's language for menus and sidebars. In AuthMode.NONE (onOpen
 * before the add-on is enabled in the file) no property may be read, so the
 * menu falls back to English.
 */
export function userLanguage(canReadProperties: boolean): Language {
  if (!canReadProperties) return 'en';
  try {
    return parseLanguage(
      PropertiesService.getUserProperties().getProperty(LANGUAGE_KEY) ?? undefined,
      'settings',
    );
  } catch {
    return 'en';
  }
}
