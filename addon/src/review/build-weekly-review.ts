import type { ReviewDeal, ReviewGroup } from '../../../shared/index';
import {
  analyze,
  label,
  riskReasonLabel,
  WIN_RATE_BANDS,
  weeklyReview,
} from '../../../shared/index';
import type { Deal, Language, StageTable } from '../../../shared/types';
import { isoDay } from '../lib/iso-day';
import { stageDisplay } from '../lib/stage-display';
import type { RepChoice } from '../settings/rep-choice-types';
import type { Settings } from '../settings/settings';
import { problemSummary } from '../sheet/problem-summary';
import type { Pipeline } from '../sheet/read-pipeline';
import { funnelStageViews } from './funnel-stage-views';
import { stageDaysOf } from './measured-stage-days';
import { dealKey } from '../../../shared/snapshots/deal-key';
import { calendarPeriodOf } from '../../../shared/snapshots/calendar-period-of';
import type { ReviewHistory } from '../snapshots/review-history';
import type { ReviewDealView, ReviewGroupView, WeeklyReviewView } from './weekly-review-types';

interface Context {
  readonly table: StageTable;
  readonly language: Language;
  /** Deals by sheet row, for the fields the review does not carry. */
  readonly byRow: ReadonlyMap<number, Deal>;
}

function dealView(deal: ReviewDeal, { table, language, byRow }: Context): ReviewDealView {
  return {
    row: deal.row,
    id: deal.id || '',
    name: deal.name || '',
    account: deal.account || '',
    stage: stageDisplay(table, deal.stage, language),
    amount: deal.amount,
    closeDate: isoDay(byRow.get(deal.row)?.closeDate),
  };
}

function groupView(group: ReviewGroup, context: Context): ReviewGroupView {
  return {
    count: group.count,
    amount: group.amount,
    deals: group.deals.map((d) => dealView(d, context)),
  };
}

/**
 * The weekly review view (playbook §4) of deals already read from the
 * pipeline tab: the shared `weeklyReview` (week, new, advanced, won, lost,
 * slipped, ten largest open deals with risk) and `analyze` (coverage
 * against the quota of the current month, quarter or year, win rate and its
 * health band, average deal size, cycle, velocity, stage conversion), with
 * stage names, risk reasons and health words in the user's language.
 * O(n) over the deals.
 *
 * @param settings - the loaded settings (language, quota, win-rate band)
 * @param pipeline - the pipeline tab as read once by `readPipeline`
 * @param history - the team's snapshots of the week (`reviewHistory`), passed
 *   on for `reviewGroups`, which shows advanced and slipped deals measured
 *   between them when there are two, else the estimates from dates
 * @param rep - whose deals count (`repChoice`); an owner's view counts only
 *   that owner's deals and measures coverage against the owner's quota
 * @returns the view, plain JSON
 */
export function buildWeeklyReview(
  settings: Settings,
  pipeline: Pipeline,
  history: ReviewHistory,
  rep: RepChoice,
): WeeklyReviewView {
  const { language } = settings;
  const { asOf } = pipeline;
  // Average days per stage: typed in the stage table, else measured from stage-history dates.
  const { table, days: stageDays } = stageDaysOf(pipeline.rows, pipeline.table);
  const { owner } = rep;
  const deals: readonly Deal[] = owner
    ? pipeline.ingest.deals.filter((d) => d.owner?.trim() === owner)
    : pipeline.ingest.deals;
  const review = weeklyReview(deals, { asOf, stages: table });
  const teamQuota = owner ? rep.quota : settings.quota;
  const quota =
    typeof teamQuota === 'number' && Number.isFinite(teamQuota) && teamQuota >= 0
      ? teamQuota
      : null;
  // The snapshots' changed deals of the owner's deals only, by the snapshots' deal key.
  const keys = new Set(deals.map(dealKey));
  const period = calendarPeriodOf(asOf, settings.quotaPeriod || 'quarter');
  const band = WIN_RATE_BANDS[settings.winRateBand || 'founderLed'];
  const report = analyze(deals, {
    stages: table,
    asOf,
    groupBy: [],
    winRateBand: band,
    ...(quota !== null ? { quota, quotaPeriod: period } : {}),
  });

  // The won amount coverage counted against the quota: analyze's closed deals by month
  // within the period, with a negative total as 0 as in analyze's coverage (playbook §4).
  const startMonth = isoDay(period.start).slice(0, 7);
  const endMonth = isoDay(period.end).slice(0, 7);
  const wonInPeriod =
    quota === null
      ? 0
      : Math.max(
          0,
          report.winLoss.byMonth
            .filter((m) => m.month >= startMonth && m.month <= endMonth)
            .reduce((sum, m) => sum + m.wonAmount, 0),
        );
  const coverage = report.coverage;
  const { winLoss } = report;
  const context: Context = {
    table,
    language,
    byRow: new Map(deals.map((deal) => [deal.row, deal])),
  };

  return {
    language,
    sheetName: pipeline.sheet.getName(),
    asOf: isoDay(asOf),
    week: { start: isoDay(review.week.start), end: isoDay(review.week.end) },
    dealCount: deals.length,
    rep,
    stageDays: stageDays.map((d) => ({ ...d, stage: stageDisplay(table, d.stage, language) })),
    problems: problemSummary(pipeline.ingest),
    total: { count: review.pipeline.open.count, amount: review.pipeline.open.amount },
    weighted: review.pipeline.weighted,
    newDeals: groupView(review.newDeals, context),
    advanced: { ...groupView(review.advanced, context), method: review.advanced.method },
    // The changed deals, their stage in the user's language; `reviewGroups` reads them.
    history: {
      ...history,
      deals: (owner ? history.deals.filter((d) => keys.has(d.key)) : history.deals).map((d) =>
        d.after
          ? { ...d, after: { ...d.after, stage: stageDisplay(table, d.after.stage, language) } }
          : d,
      ),
    },
    won: groupView(review.won, context),
    lost: {
      ...groupView(review.lost, context),
      reasons: review.lost.reasons.map((r) => ({
        reason: r.reason === '' ? label('none', language) : r.reason,
        count: r.count,
        amount: r.amount,
      })),
    },
    slipped: { ...groupView(review.slipped, context), method: review.slipped.method },
    top: review.largest.map((deal) => ({
      ...dealView(deal, context),
      daysInStage: deal.daysInStage,
      nextStep: deal.nextStep || '',
      nextStepDate: isoDay(deal.nextStepDate),
      risk: deal.risk.level,
      riskLabel: label(`risk.${deal.risk.level}`, language),
      reasons: deal.risk.reasons.map((reason) => riskReasonLabel(reason, language)),
    })),
    coverage: {
      quota,
      period:
        quota === null
          ? { start: '', end: '' }
          : { start: isoDay(period.start), end: isoDay(period.end) },
      wonInPeriod,
      remainingQuota: coverage ? coverage.remainingQuota : null,
      ratio: coverage ? coverage.ratio : null,
      health: coverage ? coverage.health : null,
      healthLabel: coverage ? label(`coverage.${coverage.health}`, language) : '',
    },
    winRate: {
      value: winLoss.winRate,
      won: winLoss.won,
      lost: winLoss.lost,
      band: { min: band.min, max: band.max },
      health: winLoss.winRateHealth,
      healthLabel: winLoss.winRateHealth ? label(`winRate.${winLoss.winRateHealth}`, language) : '',
    },
    averageDealSize: winLoss.avgWonAmount,
    cycleDays: { mean: winLoss.cycleDays.won.mean, median: winLoss.cycleDays.won.median },
    velocity: report.velocity,
    stageConversion: {
      method: report.funnel.method,
      approximate: report.funnel.approximate,
      stages: funnelStageViews(report.funnel, table, language),
    },
  };
}
