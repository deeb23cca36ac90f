import { addonText } from '../../../shared/content/index';
import { label } from '../../../shared/index';
import { SET_UP_SHEETS } from './set-up-sheets-title';
import { showSidebar } from './show-sidebar';

/** Menu: Score this deal. */
export function showScorecard(): void {
  showSidebar('scorecard', (language) => addonText('menuScoreDeal', language));
}

/** Menu: Weekly pipeline review. */
export function showWeeklyReview(): void {
  showSidebar('weekly-review', (language) => addonText('menuWeeklyReview', language));
}

/** Menu: Monthly self-assessment. */
export function showMonthlyAssessment(): void {
  showSidebar('monthly', (language) => label('selfAssessment', language));
}

/** Menu: Add accounts, activity or win/loss tabs (the templates the monthly report reads). */
export function showSetUpSheets(): void {
  showSidebar('setup', (language) => SET_UP_SHEETS[language]);
}

/** Menu: Settings. */
export function showSettings(): void {
  showSidebar('settings', (language) => label('settings', language));
}
