// The functions the sidebars call through google.script.run. The sidebars'
// client code types its calls from `ServerApi` (typeof serverApi), so a
// server signature change breaks the sidebar build instead of the user.

import { getChanges } from './changes/get-changes';
import { writeChangesTab } from './changes/write-changes-tab';
import { getForecastAccuracy, getForecastCall, submitForecastCall } from './forecast/forecast-call';
import { getMonthlyAssessment } from './monthly/get-monthly-assessment';
import { writeMonthlyReportTab } from './monthly/write-monthly-report-tab';
import { getWeeklyReview } from './review/get-weekly-review';
import { writeWeeklyReviewTab } from './review/write-weekly-review-tab';
import { getScorecard } from './scorecard/get-scorecard';
import { saveScorecard } from './scorecard/save-scorecard';
import { getSettings } from './settings/get-settings';
import { saveSettings } from './settings/save-settings';
import { saveSnapshotNow } from './snapshots/save-snapshot';
import { addTemplateTab } from './setup/add-template-tab';

export const serverApi = {
  getScorecard,
  saveScorecard,
  getWeeklyReview,
  writeWeeklyReviewTab,
  getMonthlyAssessment,
  writeMonthlyReportTab,
  getChanges,
  writeChangesTab,
  submitForecastCall,
  getForecastAccuracy,
  getForecastCall,
  getSettings,
  saveSettings,
  saveSnapshotNow,
  addTemplateTab,
};

/** The server functions as the sidebars see them. */
export type ServerApi = typeof serverApi;

export type {
  CountAmountView,
  FunnelStageView,
  ReviewDealView,
  ReviewGroupView,
  TopDealView,
  WeeklyReviewView,
  WrittenTab,
} from './review/weekly-review-types';
export type {
  AnswerView,
  MonthlyAssessmentView,
  MonthlyData,
  MonthlyReportLayout,
  MonthlySource,
  MonthRowView,
} from './monthly/monthly-types';
export type {
  ColumnMappingView,
  QuotaPeriod,
  SettingsInput,
  SettingsView,
  StageRow,
} from './settings/settings-types';
