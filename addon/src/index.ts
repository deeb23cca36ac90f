// The add-on's whole public surface. Every name Apps Script must see is a named
// export here; addon/build.mjs turns each into a top-level function in Code.js
// (custom functions keep their JSDoc, so Sheets shows autocomplete and help).

// Custom functions: MEDDPICC (playbook §2)
export { MEDDPICC } from './functions/meddpicc';

// Custom functions: stages and pipeline math (playbook §1, §4)
export { STAGE_PROBABILITY } from './functions/stage-probability';
export { WEIGHTED_PIPELINE } from './functions/weighted-pipeline';
export { COVERAGE_RATIO } from './functions/coverage-ratio';
export { WIN_RATE } from './functions/win-rate';
export { SALES_VELOCITY } from './functions/sales-velocity';
export { MEDDPICC_BAND } from './functions/meddpicc-band';
export { MEDDPICC_GAPS } from './functions/meddpicc-gaps';

// Custom functions: forecast (playbook §3)
export { FORECAST_CATEGORY } from './functions/forecast-category';
export { FORECAST_ACCURACY } from './functions/forecast-accuracy';
export { FORECAST_REASON } from './functions/forecast-reason';
export { FORECAST_ROLLUP } from './functions/forecast-rollup';

// Custom functions: deal risk and multi-threading (playbook §1, §5)
export { DEAL_RISK } from './functions/deal-risk';
export { DEAL_RISK_REASONS } from './functions/deal-risk-reasons';
export { MINIMUM_CONTACTS } from './functions/minimum-contacts';
export { MULTI_THREADING_GAP } from './functions/multi-threading-gap';
export { BUYING_ROLES_GAP } from './functions/buying-roles-gap';
export { DISCOUNT_CHECK } from './functions/discount-check';

// Custom functions: accounts (playbook §6)
export { ACCOUNT_TIER } from './functions/account-tier';
export { PRECISE_CUSTOMER } from './functions/precise-customer';
export { ICP_FIT } from './functions/icp-fit';

// Custom functions: activity targets (playbook §8)
export { ACTIVITY_CHECK } from './functions/activity-check';

// Custom functions: funnel (playbook §4)
export { STAGE_CONVERSION } from './functions/stage-conversion';

// Custom functions: outreach cadence (playbook §7)
export { CADENCE_STEP } from './functions/cadence-step';
export { TOUCH_RHYTHM } from './functions/touch-rhythm';

// Menu and menu actions
export { onInstall, onOpen } from './menu/on-open';
export {
  showMonthlyAssessment,
  showScorecard,
  showSetUpSheets,
  showSettings,
  showWeeklyReview,
} from './menu/menu-actions';
export { setUpPipelineSheet } from './setup/set-up-pipeline-sheet';
export { showPipelineChanges } from './changes/show-pipeline-changes';

// Functions the sidebars call (see server-api.ts)
export { getScorecard } from './scorecard/get-scorecard';
export { saveScorecard } from './scorecard/save-scorecard';
export { getWeeklyReview } from './review/get-weekly-review';
export { writeWeeklyReviewTab } from './review/write-weekly-review-tab';
export { getMonthlyAssessment } from './monthly/get-monthly-assessment';
export { writeMonthlyReportTab } from './monthly/write-monthly-report-tab';
export { getChanges } from './changes/get-changes';
export { writeChangesTab } from './changes/write-changes-tab';
export { getForecastAccuracy, getForecastCall, submitForecastCall } from './forecast/forecast-call';
export { getSettings } from './settings/get-settings';
export { saveSettings } from './settings/save-settings';

// Weekly snapshots to the analytics Worker: menu, trigger, settings sidebar
export { runWeeklySnapshot, saveSnapshotNow } from './snapshots/save-snapshot';
export { addTemplateTab } from './setup/add-template-tab';
