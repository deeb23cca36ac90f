// The shared sales logic: one definition of every playbook rule, used by the
// add-on and the Worker alike. Grouped by playbook topic.

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
export type {
  AnalysisReport,
  AnalysisWarning,
  AnalyzeOptions,
  CountAmount,
  StagePipeline,
} from './analysis/analyze';
// Win/loss and pipeline analysis (playbook §4, §8, §9)
export { analyze } from './analysis/analyze';
export type { Funnel, FunnelStage } from './analysis/funnel-counter';
export type { MonthTrendRow } from './analysis/month-counter';
export type { MonthlyTrendOptions } from './analysis/monthly-trend';
export { monthlyTrend } from './analysis/monthly-trend';
export type { ObjectionType } from './analysis/objection-type';
export { objectionType } from './analysis/objection-type';
export type { ParetoShare, ParetoShareOptions } from './analysis/pareto-share';
export { paretoShare } from './analysis/pareto-share';
export type {
  SelfAssessment,
  SelfAssessmentAnswer,
  SelfAssessmentOptions,
  Trend,
  TrendWindow,
} from './analysis/self-assessment';
export { selfAssessment } from './analysis/self-assessment';
export type { StageConversionOptions } from './analysis/stage-conversion';
export { stageConversion } from './analysis/stage-conversion';
export type {
  AdvancedDeal,
  LargeDeal,
  ReviewDeal,
  ReviewGroup,
  SlippedDeal,
  WeeklyReview,
  WeeklyReviewOptions,
} from './analysis/weekly-review';
export { weeklyReview } from './analysis/weekly-review';
export type { WinLossByOptions } from './analysis/win-loss-by';
export { winLossBy } from './analysis/win-loss-by';
export type { WinLossGroup } from './analysis/win-loss-group-counter';
export type { CadenceDue, CadenceOptions } from './cadence/cadence-step';
export { cadenceStep } from './cadence/cadence-step';
export type { CadenceStep, CadenceTouch } from './cadence/cadence-steps';
// Outreach cadence (playbook §7)
export { CADENCE_STEPS } from './cadence/cadence-steps';
export type { TouchRhythm } from './cadence/touch-rhythm';
export { PAUSE_DAYS, ROUND_DAYS, ROUND_TOUCHES, touchRhythm } from './cadence/touch-rhythm';
export { baseForecastCategory } from './forecast/base-forecast-category';
export { dealForecastCategory } from './forecast/deal-forecast-category';
export type { ForecastAccuracy } from './forecast/forecast-accuracy';
export { FORECAST_ACCURACY_TARGET, forecastAccuracy } from './forecast/forecast-accuracy';
export { forecastCategory } from './forecast/forecast-category';
export { forecastLabel } from './forecast/forecast-label';
// Forecast categories (playbook §3)
export { FORECAST_CATEGORIES, OPEN_FORECAST_CATEGORIES } from './forecast/forecast-order';
export type { ForecastReason } from './forecast/forecast-reason';
export { forecastReason } from './forecast/forecast-reason';
export type { ForecastBucket } from './forecast/forecast-rollup';
export { forecastRollup } from './forecast/forecast-rollup';
export { meddpiccCap } from './forecast/meddpicc-cap';
// Forecast reading, labels, accuracy and roll-up (playbook §3)
export { parseForecastCategory } from './forecast/parse-forecast-category';
export { weakerCategory } from './forecast/weaker-category';
export type { AccountTierInput } from './icp/account-tier';
export { accountTier } from './icp/account-tier';
// Territory review (playbook §6)
export { coverageWindow } from './icp/coverage-window';
export type { IcpAccount, IcpFitResult, IcpProfile, IcpRange } from './icp/icp-fit';
// Ideal customer profile and territory (playbook §6)
export { icpFit } from './icp/icp-fit';
export type { PreciseCustomer } from './icp/precise-customer';
export { preciseCustomer } from './icp/precise-customer';
export type { TerritoryAccount, TerritoryListed, TerritoryReview } from './icp/territory-review';
export { territoryReview } from './icp/territory-review';
export type {
  TierAccount,
  TierCoverage,
  TierCoverageFigures,
  TierCoverageOptions,
} from './icp/tier-coverage';
export { tierCoverage } from './icp/tier-coverage';
export type { TierPlan } from './icp/tier-plan';
export { TIER_PLAN } from './icp/tier-plan';
export { dayToIso } from './ingest/day-to-iso';
export { DEAL_COLUMN_ALIASES } from './ingest/deal-column-aliases';
export { detectColumns } from './ingest/detect-columns';
export { detectCsvDelimiter } from './ingest/detect-csv-delimiter';
export type { CsvOptions } from './ingest/for-each-csv-row';
export { forEachCsvRow } from './ingest/for-each-csv-row';
export { ingestCsv } from './ingest/ingest-csv';
export type {
  HistoryField,
  IngestHistoryOptions,
  IngestHistoryResult,
} from './ingest/ingest-history';
export { ingestHistory } from './ingest/ingest-history';
export { ingestRows } from './ingest/ingest-rows';
export { parseAmount } from './ingest/parse-amount';
// Ingestion: sheet ranges and CSV text → deals (playbook §1-§5 fields)
export { parseCsv } from './ingest/parse-csv';
export type { ParseDayOptions } from './ingest/parse-day';
export { parseDay } from './ingest/parse-day';
export { label } from './labels/label';
// Labels in English and Chinese (playbook §1-§9)
export type { LabelKey, UiWord } from './labels/label-key';
export { LABELS_EN } from './labels/labels-en';
export { LABELS_ZH } from './labels/labels-zh';
export { parseLanguage } from './labels/parse-language';
export { profileLabel } from './labels/profile-label';
export type { ProfileLabelKey } from './labels/profile-label-texts';
export { PROFILE_LABEL_TEXTS } from './labels/profile-label-texts';
export { translateMessage } from './labels/translate-message';
export { meddpiccBand } from './meddpicc/meddpicc-band';
// MEDDPICC (playbook §2)
export { MEDDPICC_ELEMENTS } from './meddpicc/meddpicc-elements';
export { meddpiccGaps } from './meddpicc/meddpicc-gaps';
export { meddpiccTotal } from './meddpicc/meddpicc-total';
export { parseMeddpiccScores } from './meddpicc/parse-meddpicc-scores';
export type { ActivityRow, RepActivity } from './metrics/activity-by-rep';
export { activityByRep, WORKING_DAYS_PER_WEEK } from './metrics/activity-by-rep';
export type { ActivityTarget } from './metrics/activity-targets';
// Activity metrics against targets (playbook §8)
export { ACTIVITY_METRICS, ACTIVITY_TARGETS } from './metrics/activity-targets';
export type { ActivityResult, ActivityStatus } from './metrics/activity-vs-targets';
export { activityVsTargets } from './metrics/activity-vs-targets';
export { selfGeneratedShare } from './metrics/self-generated-share';
export { averageDealSize } from './pipeline/average-deal-size';
export type { CoverageHealth, CoverageResult } from './pipeline/coverage-ratio';
export { coverageRatio } from './pipeline/coverage-ratio';
export { cycleDays } from './pipeline/cycle-days';
export type { MeanAndMedian } from './pipeline/mean-and-median';
export { meanAndMedian } from './pipeline/mean-and-median';
// Pipeline math (playbook §4)
export { openPipeline } from './pipeline/open-pipeline';
export type { SalesVelocityInput } from './pipeline/sales-velocity';
export { salesVelocity } from './pipeline/sales-velocity';
export { weightedPipeline } from './pipeline/weighted-pipeline';
export { winRate } from './pipeline/win-rate';
export { WIN_RATE_BANDS } from './pipeline/win-rate-bands';
export type { WinRateHealth } from './pipeline/win-rate-health';
export { winRateHealth } from './pipeline/win-rate-health';
export type { BuyingRole } from './risk/buying-roles';
export {
  BUYING_ROLE_WORDS,
  BUYING_ROLES,
  buyingRoleLabel,
  parseBuyingRole,
} from './risk/buying-roles';
export type { BuyingRolesGap } from './risk/buying-roles-gap';
export { buyingRolesGap } from './risk/buying-roles-gap';
export { checklistGaps } from './risk/checklist-gaps';
export type { DealRisk, DealRiskOptions } from './risk/deal-risk';
export { dealRisk } from './risk/deal-risk';
export type { DiscountCheck } from './risk/discount-check';
export { discountCheck, MAX_DISCOUNT } from './risk/discount-check';
export type {
  DiscountAnswers,
  DiscountDecision,
  DiscountOutcome,
  DiscountQuestion,
} from './risk/discount-decision';
export { discountDecision } from './risk/discount-decision';
// Deal risk and multi-threading (playbook §1 stage hygiene, §5)
export { minimumContacts } from './risk/minimum-contacts';
export { multiThreadingGap } from './risk/multi-threading-gap';
export { noPower, POWER_STAGE_PROBABILITY } from './risk/no-power';
export { readDiscount } from './risk/read-discount';
export { riskReasonLabel } from './risk/risk-reason-label';
export { RISK_REASONS } from './risk/risk-reasons';
export { STALLED_CHECKLIST } from './risk/stalled-checklist';
export type { ClosedFunnelOptions, FunnelStep } from './self-improvement/closed-funnel';
export { closedFunnel } from './self-improvement/closed-funnel';
export type { ProcessSkill } from './self-improvement/process-skills';
// Process self-scores against outcomes (playbook §9)
export { PROCESS_SKILLS } from './self-improvement/process-skills';
export type { SelfScoreRow } from './self-improvement/self-score-vs-outcome';
export { HIGH_SELF_SCORE, selfScoreVsOutcome } from './self-improvement/self-score-vs-outcome';
export type { SkillOutcome, SkillOutcomesOptions } from './self-improvement/skill-outcomes';
export { skillOutcomes } from './self-improvement/skill-outcomes';
export { createStageTable, DEFAULT_STAGE_TABLE } from './stages/create-stage-table';
export { CRM_VOCABULARIES, type CrmVocabulary } from './stages/crm-vocabularies';
// Stages (playbook §1)
export { DEFAULT_STAGES } from './stages/default-stages';
export { findStage } from './stages/find-stage';
export { normalizeStageKey } from './stages/normalize-stage-key';
export { parseStageTable } from './stages/parse-stage-table';
export { resolveStage } from './stages/resolve-stage';
export { stageExitCriterion } from './stages/stage-exit-criterion';
export { stageLabel } from './stages/stage-label';
export { suggestStage } from './stages/suggest-stage';
export type * from './types';
export { PlaybookError } from './types';
