import { PIPELINE_CHANGES } from '../changes/changes-words';
import { addonText } from '../../../shared/content/index';
import { label } from '../../../shared/index';
import { userLanguage } from '../settings/user-language';
import { SAVE_SNAPSHOT } from '../snapshots/snapshot-words';
import { SET_UP_SHEETS } from './set-up-sheets-title';

/**
 * Builds the add-on menu. Runs in AuthMode.NONE when the add-on is installed
 * but not yet used in this file: it then reads no properties and calls no
 * service beyond the menu itself.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const authorized = e !== undefined && e.authMode !== ScriptApp.AuthMode.NONE;
  const language = userLanguage(authorized);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(addonText('menuScoreDeal', language), 'showScorecard')
    .addItem(addonText('menuWeeklyReview', language), 'showWeeklyReview')
    .addItem(label('selfAssessment', language), 'showMonthlyAssessment')
    .addItem(SAVE_SNAPSHOT[language], 'saveSnapshotNow')
    .addItem(PIPELINE_CHANGES[language], 'showPipelineChanges')
    .addSeparator()
    .addItem(addonText('menuSetUpSheet', language), 'setUpPipelineSheet')
    .addItem(SET_UP_SHEETS[language], 'showSetUpSheets')
    .addItem(label('settings', language), 'showSettings')
    .addToUi();
}

/** Installing the add-on from the Marketplace: show the menu right away. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
