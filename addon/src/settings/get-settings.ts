import type { SettingsView } from './settings-types';

/** The settings as the settings sidebar shows them. */
export function getSettings(): SettingsView {
  throw new Error('getSettings: not available');
}
