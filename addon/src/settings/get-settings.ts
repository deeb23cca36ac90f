import { buildSettingsView } from './build-settings-view';
import { loadSettings } from './load-settings';
import type { SettingsView } from './settings-types';

/**
 * The settings as the settings sidebar shows them: pipeline tab, column
 * mapping (auto-detected from the headers unless set), stage table (from a
 * "Stages" tab, Settings or the playbook), quota, language, win-rate band,
 * Worker URL, and whether an API key is saved (masked to its last four
 * characters, never the key itself).
 *
 * @returns the settings view, plain JSON
 */
export function getSettings(): SettingsView {
  return buildSettingsView(loadSettings());
}
