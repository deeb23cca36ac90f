import type {
  AccountTier,
  ActivityMetric,
  CadenceAction,
  ChecklistItem,
  ForecastCategory,
  IcpFit,
  MeddpiccBand,
  MeddpiccElement,
  RiskLevel,
  RiskReason,
} from '../types';
import type { ObjectionType } from '../analysis/objection-type';

/** Everyday words the sidebars, formula help and report pages show. */
export type UiWord =
  | 'total'
  | 'band'
  | 'gaps'
  | 'score'
  | 'meddpicc'
  | 'deal'
  | 'deals'
  | 'account'
  | 'owner'
  | 'stage'
  | 'amount'
  | 'count'
  | 'probability'
  | 'forecastCategory'
  | 'forecastAccuracy'
  | 'override'
  | 'weightedPipeline'
  | 'openPipeline'
  | 'coverage'
  | 'quota'
  | 'remainingQuota'
  | 'winRate'
  | 'averageDealSize'
  | 'salesCycle'
  | 'velocity'
  | 'stageConversion'
  | 'new'
  | 'advanced'
  | 'won'
  | 'lost'
  | 'slipped'
  | 'lossReasons'
  | 'largestOpenDeals'
  | 'ageInStage'
  | 'nextStep'
  | 'nextStepDate'
  | 'closeDate'
  | 'lastActivity'
  | 'contacts'
  | 'discount'
  | 'risk'
  | 'reasons'
  | 'checklist'
  | 'tier'
  | 'accounts'
  | 'touched'
  | 'cadence'
  | 'activity'
  | 'target'
  | 'actual'
  | 'perDay'
  | 'perWeek'
  | 'perMonth'
  | 'days'
  | 'mean'
  | 'median'
  | 'trendUp'
  | 'trendFlat'
  | 'trendDown'
  | 'approximate'
  | 'notEnoughData'
  | 'weeklyReview'
  | 'selfAssessment'
  | 'winLoss'
  | 'playbook'
  | 'save'
  | 'saved'
  | 'cancel'
  | 'close'
  | 'apply'
  | 'refresh'
  | 'loading'
  | 'error'
  | 'settings'
  | 'language'
  | 'english'
  | 'chinese'
  | 'yes'
  | 'no'
  | 'none';

/**
 * Every text the product shows, as a key. Families of keys follow the codes
 * used by the rules (`band.atRisk`, `reason.stalled`, `tier.1`...), so a code
 * always has a label; the rest are plain `UiWord`s.
 */
export type LabelKey =
  | UiWord
  | `band.${MeddpiccBand}`
  | `element.${MeddpiccElement}`
  | `score.${1 | 2 | 3}`
  | `forecast.${ForecastCategory}`
  | `risk.${RiskLevel}`
  | `reason.${RiskReason}`
  | `checklist.${ChecklistItem}`
  | `tier.${AccountTier}`
  | `fit.${IcpFit}`
  | `cadence.${CadenceAction}`
  | `cadence.${'demote' | 'stopped' | 'callTriggered'}`
  | `metric.${ActivityMetric}`
  | `activity.${'below' | 'onTarget' | 'above'}`
  | `coverage.${'under' | 'healthy' | 'over' | 'quotaMet'}`
  | `winRate.${'below' | 'healthy' | 'above'}`
  | `question.${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`
  | `objection.${ObjectionType}`;
