import { parseLanguage } from '../../../shared/index';
import { LANGUAGE_KEY, SHEET_SETTINGS_KEY, type Settings, type SheetSettings } from './settings';

/**
 * Reads the shared sheet settings (DocumentProperties) and the user's
 * language (UserProperties). Never call it from onOpen in AuthMode.NONE.
 */
export function loadSettings(): Settings {
  const raw = PropertiesService.getDocumentProperties().getProperty(SHEET_SETTINGS_KEY);
  let sheet: SheetSettings = {};
  if (raw) {
    try {
      sheet = JSON.parse(raw) as SheetSettings;
    } catch {
      sheet = {};
    }
  }
  let language: Settings['language'] = 'en';
  try {
    language = parseLanguage(
      PropertiesService.getUserProperties().getProperty(LANGUAGE_KEY) ?? undefined,
      'settings',
    );
  } catch {
    language = 'en';
  }
  return { ...sheet, language };
}
