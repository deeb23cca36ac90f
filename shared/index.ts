// The shared sales logic: one definition of every playbook rule, used by the
// add-on and the Worker alike. Grouped by playbook topic.

export type * from './types';
export { PlaybookError } from './types';

// Stages (playbook §1)
export { DEFAULT_STAGES } from './stages/default-stages';
export { createStageTable, DEFAULT_STAGE_TABLE } from './stages/create-stage-table';
export { normalizeStageKey } from './stages/normalize-stage-key';
export { findStage } from './stages/find-stage';
export { resolveStage } from './stages/resolve-stage';
export { stageLabel } from './stages/stage-label';
export { stageExitCriterion } from './stages/stage-exit-criterion';
export { parseStageTable } from './stages/parse-stage-table';
export { CRM_VOCABULARIES, type CrmVocabulary } from './stages/crm-vocabularies';
export { suggestStage } from './stages/suggest-stage';
export {
  type AnalysisAnswer,
  analysisAnswer,
  errorSamples,
  type StageRow,
} from './analysis/analysis-answer';
export {
  type AnalysisOptions,
  type AnalysisSettings,
  analysisOptions,
} from './analysis/analysis-options';

// MEDDPICC (playbook §2)
export { MEDDPICC_ELEMENTS } from './meddpicc/meddpicc-elements';
export { parseMeddpiccScores } from './meddpicc/parse-meddpicc-scores';
export { meddpiccTotal } from './meddpicc/meddpicc-total';
export { meddpiccBand } from './meddpicc/meddpicc-band';
export { meddpiccGaps } from './meddpicc/meddpicc-gaps';

// Forecast categories (playbook §3)
export { FORECAST_CATEGORIES, OPEN_FORECAST_CATEGORIES } from './forecast/forecast-order';
export { weakerCategory } from './forecast/weaker-category';
export { meddpiccCap } from './forecast/meddpicc-cap';
export { baseForecastCategory } from './forecast/base-forecast-category';
export { forecastCategory } from './forecast/forecast-category';
export { forecastReason } from './forecast/forecast-reason';
export type { ForecastReason } from './forecast/forecast-reason';

// Pipeline math (playbook §4)
export { openPipeline } from './pipeline/open-pipeline';
export { weightedPipeline } from './pipeline/weighted-pipeline';
export { coverageRatio } from './pipeline/coverage-ratio';
export type { CoverageHealth, CoverageResult } from './pipeline/coverage-ratio';
export { winRate } from './pipeline/win-rate';
export { WIN_RATE_BANDS } from './pipeline/win-rate-bands';
export { winRateHealth } from './pipeline/win-rate-health';
export type { WinRateHealth } from './pipeline/win-rate-health';
export { averageDealSize } from './pipeline/average-deal-size';
export { cycleDays } from './pipeline/cycle-days';
export { meanAndMedian } from './pipeline/mean-and-median';
export type { MeanAndMedian } from './pipeline/mean-and-median';
export { salesVelocity } from './pipeline/sales-velocity';
export type { SalesVelocityInput } from './pipeline/sales-velocity';

// Labels in English and Chinese (playbook §1-§9)
export type { LabelKey, UiWord } from './labels/label-key';
export { LABELS_EN } from './labels/labels-en';
export { LABELS_ZH } from './labels/labels-zh';
export { PROFILE_LABEL_TEXTS } from './labels/profile-label-texts';
export type { ProfileLabelKey } from './labels/profile-label-texts';
export { profileLabel } from './labels/profile-label';
export { label } from './labels/label';
export { translateMessage } from './labels/translate-message';
export { parseLanguage } from './labels/parse-language';

// Forecast reading, labels, accuracy and roll-up (playbook §3)
export { parseForecastCategory } from './forecast/parse-forecast-category';
export { forecastLabel } from './forecast/forecast-label';
export { FORECAST_ACCURACY_TARGET, forecastAccuracy } from './forecast/forecast-accuracy';
export type { ForecastAccuracy } from './forecast/forecast-accuracy';
export { forecastRollup } from './forecast/forecast-rollup';
export type { ForecastBucket } from './forecast/forecast-rollup';

// Deal risk and multi-threading (playbook §1 stage hygiene, §5)
export { minimumContacts } from './risk/minimum-contacts';
export { multiThreadingGap } from './risk/multi-threading-gap';
export {
  BUYING_ROLES,
  BUYING_ROLE_WORDS,
  buyingRoleLabel,
  parseBuyingRole,
} from './risk/buying-roles';
export type { BuyingRole } from './risk/buying-roles';
export { buyingRolesGap } from './risk/buying-roles-gap';
export type { BuyingRolesGap } from './risk/buying-roles-gap';
export { MAX_DISCOUNT, discountCheck } from './risk/discount-check';
export type { DiscountCheck } from './risk/discount-check';
export { discountDecision } from './risk/discount-decision';
export type {
  DiscountAnswers,
  DiscountDecision,
  DiscountOutcome,
  DiscountQuestion,
} from './risk/discount-decision';
export { readDiscount } from './risk/read-discount';
export { STALLED_CHECKLIST } from './risk/stalled-checklist';
export { checklistGaps } from './risk/checklist-gaps';
export { RISK_REASONS } from './risk/risk-reasons';
export { noPower, POWER_STAGE_PROBABILITY } from './risk/no-power';
export { dealRisk } from './risk/deal-risk';
export type { DealRisk, DealRiskOptions } from './risk/deal-risk';
export { riskReasonLabel } from './risk/risk-reason-label';

// Win/loss and pipeline analysis (playbook §4, §8, §9)
export { analyze } from './analysis/analyze';
export type {
  AnalysisReport,
  AnalysisWarning,
  AnalyzeOptions,
  CountAmount,
  StagePipeline,
} from './analysis/analyze';
export { winLossBy } from './analysis/win-loss-by';
export type { WinLossByOptions } from './analysis/win-loss-by';
export type { WinLossGroup } from './analysis/win-loss-group-counter';
export { monthlyTrend } from './analysis/monthly-trend';
export type { MonthlyTrendOptions } from './analysis/monthly-trend';
export type { MonthTrendRow } from './analysis/month-counter';
export { stageConversion } from './analysis/stage-conversion';
export type { StageConversionOptions } from './analysis/stage-conversion';
export type { Funnel, FunnelStage } from './analysis/funnel-counter';
export { paretoShare } from './analysis/pareto-share';
export type { ParetoShare, ParetoShareOptions } from './analysis/pareto-share';
export { objectionType } from './analysis/objection-type';
export type { ObjectionType } from './analysis/objection-type';
export { weeklyReview } from './analysis/weekly-review';
export type {
  AdvancedDeal,
  LargeDeal,
  ReviewDeal,
  ReviewGroup,
  SlippedDeal,
  WeeklyReview,
  WeeklyReviewOptions,
} from './analysis/weekly-review';
export { selfAssessment } from './analysis/self-assessment';
export type {
  SelfAssessment,
  SelfAssessmentAnswer,
  SelfAssessmentOptions,
  Trend,
  TrendWindow,
} from './analysis/self-assessment';

// Ingestion: sheet ranges and CSV text → deals (playbook §1-§5 fields)
export { parseCsv } from './ingest/parse-csv';
export { forEachCsvRow } from './ingest/for-each-csv-row';
export type { CsvOptions } from './ingest/for-each-csv-row';
export { detectCsvDelimiter } from './ingest/detect-csv-delimiter';
export { parseDay } from './ingest/parse-day';
export { dayToIso } from './ingest/day-to-iso';
export type { ParseDayOptions } from './ingest/parse-day';
export { parseAmount } from './ingest/parse-amount';
export { DEAL_COLUMN_ALIASES } from './ingest/deal-column-aliases';
export { detectColumns } from './ingest/detect-columns';
export { ingestRows } from './ingest/ingest-rows';
export { ingestCsv } from './ingest/ingest-csv';
export { ingestHistory } from './ingest/ingest-history';
export type {
  HistoryField,
  IngestHistoryOptions,
  IngestHistoryResult,
} from './ingest/ingest-history';

// Ideal customer profile and territory (playbook §6)
export { icpFit } from './icp/icp-fit';
export type { IcpAccount, IcpFitResult, IcpProfile, IcpRange } from './icp/icp-fit';
export { accountTier } from './icp/account-tier';
export type { AccountTierInput } from './icp/account-tier';
export { TIER_PLAN } from './icp/tier-plan';
export type { TierPlan } from './icp/tier-plan';
export { tierCoverage } from './icp/tier-coverage';
export type {
  TierAccount,
  TierCoverage,
  TierCoverageFigures,
  TierCoverageOptions,
} from './icp/tier-coverage';
export { preciseCustomer } from './icp/precise-customer';
export type { PreciseCustomer } from './icp/precise-customer';

// Outreach cadence (playbook §7)
export { CADENCE_STEPS } from './cadence/cadence-steps';
export type { CadenceStep, CadenceTouch } from './cadence/cadence-steps';
export { cadenceStep } from './cadence/cadence-step';
export { PAUSE_DAYS, ROUND_DAYS, ROUND_TOUCHES, touchRhythm } from './cadence/touch-rhythm';
export type { TouchRhythm } from './cadence/touch-rhythm';
export type { CadenceDue, CadenceOptions } from './cadence/cadence-step';

// Activity metrics against targets (playbook §8)
export { ACTIVITY_METRICS, ACTIVITY_TARGETS } from './metrics/activity-targets';
export type { ActivityTarget } from './metrics/activity-targets';
export { activityVsTargets } from './metrics/activity-vs-targets';
export { selfGeneratedShare } from './metrics/self-generated-share';
export type { ActivityResult, ActivityStatus } from './metrics/activity-vs-targets';
export { activityByRep, WORKING_DAYS_PER_WEEK } from './metrics/activity-by-rep';
export type { ActivityRow, RepActivity } from './metrics/activity-by-rep';

// Territory review (playbook §6)
export { coverageWindow } from './icp/coverage-window';
export { territoryReview } from './icp/territory-review';
export type { TerritoryAccount, TerritoryListed, TerritoryReview } from './icp/territory-review';

// Process self-scores against outcomes (playbook §9)
export { PROCESS_SKILLS } from './self-improvement/process-skills';
export type { ProcessSkill } from './self-improvement/process-skills';
export { closedFunnel } from './self-improvement/closed-funnel';
export type { ClosedFunnelOptions, FunnelStep } from './self-improvement/closed-funnel';
export { skillOutcomes } from './self-improvement/skill-outcomes';
export type { SkillOutcome, SkillOutcomesOptions } from './self-improvement/skill-outcomes';
export { HIGH_SELF_SCORE, selfScoreVsOutcome } from './self-improvement/self-score-vs-outcome';
export type { SelfScoreRow } from './self-improvement/self-score-vs-outcome';
