import { applySchedule } from '../snapshots/snapshot-schedule';
import { buildSettingsView } from './build-settings-view';
import { findStagesTab } from './find-stages-tab';
import { loadSettings } from './load-settings';
import { planSettings } from './plan-settings';
import { API_KEY_KEY, API_KEY_URL_KEY, LANGUAGE_KEY, SHEET_SETTINGS_KEY } from './settings';
import type { SettingsInput, SettingsView } from './settings-types';

/**
 * Saves what the settings sidebar sent. Every field is checked first
 * (`planSettings`); a bad one throws `Settings: <field> …` and nothing at
 * all is written, so the form keeps what the user typed. Then, under the
 * document lock, the team's settings go to DocumentProperties and a changed
 * stage table to the "Stages" tab when the spreadsheet has one; the
 * language and the API key go to the user's own UserProperties. The key is
 * never sent back: the returned view masks it.
 *
 * @param input - the form's values; absent fields keep their setting
 * @returns the settings as now saved
 * @throws Error naming the first bad field
 */
export function saveSettings(input: SettingsInput): SettingsView {
  const plan = planSettings(input, loadSettings());
  const lock = LockService.getDocumentLock();
  lock.waitLock(10_000);
  try {
    PropertiesService.getDocumentProperties().setProperty(
      SHEET_SETTINGS_KEY,
      JSON.stringify(plan.sheet),
    );
    const tab = plan.stagesTab ? findStagesTab() : null;
    if (tab && plan.stagesTab) {
      // Only the table's own columns (A:F): anything to the right, such as the
      // "As of" date the pipeline formulas read, stays as it is.
      const width = plan.stagesTab[0].length;
      const lastRow = tab.getLastRow();
      if (lastRow > 0) tab.getRange(1, 1, lastRow, width).clearContent();
      tab.getRange(1, 1, plan.stagesTab.length, width).setValues(plan.stagesTab);
      tab.getRange(2, 2, plan.stagesTab.length - 1, 1).setNumberFormat('0%');
    }
  } finally {
    lock.releaseLock();
  }
  const user = PropertiesService.getUserProperties();
  user.setProperty(LANGUAGE_KEY, plan.language);
  if (plan.apiKey === null) {
    user.deleteProperty(API_KEY_KEY);
    user.deleteProperty(API_KEY_URL_KEY);
  } else if (plan.apiKey !== undefined && plan.apiKeyUrl) {
    // The URL lives next to the key, where only this user can change it: the
    // document's URL can be changed by any editor, and the key must not follow it.
    user.setProperty(API_KEY_KEY, plan.apiKey);
    user.setProperty(API_KEY_URL_KEY, plan.apiKeyUrl);
  }
  if (plan.schedule !== undefined)
    applySchedule(plan.schedule, SpreadsheetApp.getActive().getSpreadsheetTimeZone());
  return buildSettingsView(loadSettings());
}
