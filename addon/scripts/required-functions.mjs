// Every top-level function the add-on must define in Code.js, with its
// parameter names in order: the custom functions users type in cells (their
// names and argument orders are public, so they never change silently),
// the menu entry points, and the functions the sidebars call through
// google.script.run. Used by the push script and the bundle test.

import vm from 'node:vm';

export const REQUIRED_FUNCTIONS = {
  // Custom functions (see the formula reference in the README)
  MEDDPICC: ['scores'],
  MEDDPICC_BAND: ['total', 'language'],
  MEDDPICC_GAPS: ['scores', 'language'],
  STAGE_PROBABILITY: ['stage', 'stage_table'],
  WEIGHTED_PIPELINE: ['amounts', 'stages', 'stage_table'],
  COVERAGE_RATIO: ['pipeline', 'quota', 'closed_won'],
  FORECAST_CATEGORY: ['stage', 'meddpicc_total', 'language', 'stage_table'],
  FORECAST_ACCURACY: ['actual_won', 'forecast'],
  WIN_RATE: ['stages', 'stage_table'],
  SALES_VELOCITY: ['open_deals', 'win_rate', 'average_deal_size', 'cycle_days'],
  DEAL_RISK: ['deals', 'as_of', 'language', 'stage_table'],
  DEAL_RISK_REASONS: ['deals', 'as_of', 'language', 'stage_table'],
  MINIMUM_CONTACTS: ['amount'],
  MULTI_THREADING_GAP: ['amount', 'contacts'],
  DISCOUNT_CHECK: ['discount', 'language'],
  ACCOUNT_TIER: ['icp_fit', 'visible_pain', 'inbound', 'language'],
  PRECISE_CUSTOMER: ['need', 'key_person', 'ability_to_pay'],
  CADENCE_STEP: ['day', 'replied', 'language', 'opens_without_reply'],
  STAGE_CONVERSION: ['stages', 'lost_at_stages', 'language', 'stage_table'],
  TOUCH_RHYTHM: ['touch_dates', 'as_of', 'language'],
  FORECAST_REASON: ['stage', 'meddpicc_total', 'language', 'stage_table'],
  FORECAST_ROLLUP: ['categories', 'amounts', 'quota', 'language'],
  BUYING_ROLES_GAP: ['amount', 'roles', 'language'],
  ACTIVITY_CHECK: ['activity', 'count', 'period', 'language'],
  ICP_FIT: ['accounts', 'profile', 'language'],
  // Menu
  onOpen: ['e'],
  onInstall: ['e'],
  showScorecard: [],
  showWeeklyReview: [],
  showMonthlyAssessment: [],
  showSettings: [],
  setUpPipelineSheet: [],
  showSetUpSheets: [],
  showPipelineChanges: [],
  // Called by the sidebars
  getScorecard: [],
  saveScorecard: ['input'],
  getWeeklyReview: ['owner'],
  writeWeeklyReviewTab: ['tab'],
  getMonthlyAssessment: ['month', 'find'],
  writeMonthlyReportTab: ['month', 'report'],
  getChanges: ['from', 'to', 'period'],
  writeChangesTab: ['from', 'to', 'tab'],
  submitForecastCall: ['period', 'rep', 'call', 'version'],
  getForecastCall: ['period', 'rep'],
  getForecastAccuracy: ['period'],
  getSettings: [],
  saveSettings: ['input'],
  addTemplateTab: ['spec'],
  // Weekly snapshots: the menu item (also called by the Settings sidebar) and the trigger
  saveSnapshotNow: [],
  runWeeklySnapshot: ['e'],
};

/**
 * Runs Code.js in a fresh V8 context, as Apps Script does, and lists what is
 * wrong: a required function that is not a top-level function, or one whose
 * parameter names differ.
 *
 * @param {string} code - the bundle
 * @returns {string[]} problems, empty when the bundle is complete
 */
export function checkBundle(code) {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  const problems = [];
  for (const [name, params] of Object.entries(REQUIRED_FUNCTIONS)) {
    const fn = context[name];
    if (typeof fn !== 'function') {
      problems.push(`${name} is not a top-level function`);
      continue;
    }
    const match = /^function\s+[\w$]+\s*\(([^)]*)\)/.exec(Function.prototype.toString.call(fn));
    const found = match
      ? match[1]
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean)
      : [];
    if (found.join(', ') !== params.join(', ')) {
      problems.push(`${name}(${found.join(', ')}) should be ${name}(${params.join(', ')})`);
    }
  }
  return problems;
}
