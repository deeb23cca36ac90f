import type { SettingsInput, SettingsView } from './settings-types';

/** Validates and saves the settings. */
export function saveSettings(input: SettingsInput): SettingsView {
  throw new Error(`saveSettings: not available (${Object.keys(input).length})`);
}
