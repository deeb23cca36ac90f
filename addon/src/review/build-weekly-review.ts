import type { ReviewDeal, ReviewGroup } from '../../../shared/index';
import {
  analyze,
  createStageTable,
  findStage,
  forecastCategory,
  forecastLabel,
  forecastRollup,
  label,
  parseDay,
  riskReasonLabel,
  WIN_RATE_BANDS,
  weeklyReview,
} from '../../../shared/index';
import { cumulativeForecast } from '../../../shared/forecast/cumulative-forecast';
import type { DayNumber, Deal, Language, StageTable } from '../../../shared/types';
import { isoDay } from '../lib/iso-day';
import { stageDisplay } from '../lib/stage-display';
import { funnelStageViews } from './funnel-stage-views';
import { dealKey } from '../../../shared/snapshots/deal-key';
import { calendarPeriodOf } from '../../../shared/snapshots/calendar-period-of';
import type {
  ReviewDealView,
  ReviewGroupView,
  WeeklyReviewData,
  WeeklyReviewView,
} from './weekly-review-types';

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
 * The weekly review view (playbook §4), worked out in the sidebar from what
 * `getWeeklyReview` read: the shared `weeklyReview` (week, new, advanced,
 * won, lost, slipped, ten largest open deals with risk) and `analyze`
 * (coverage against the quota of the current month, quarter or year, win
 * rate and its health band, average deal size, cycle, velocity, stage
 * conversion), and the quota period's forecast by category, cumulative
 * from Closed to Upside (playbook §3), with stage names, risk reasons,
 * categories and health words in the user's language. With an owner in `data.rep`, only that owner's deals
 * and snapshot changes count and coverage and the forecast use the owner's
 * quota. O(n)
 * over the deals.
 *
 * @param data - the server's answer (`getWeeklyReview`)
 * @returns the view, plain JSON
 */
export function buildWeeklyReview(data: WeeklyReviewData): WeeklyReviewView {
  const { language, rep, history } = data;
  const asOf = parseDay(data.today) as DayNumber;
  // Average days per stage: typed in the stage table, else measured by the server.
  const table = createStageTable(data.stages);
  const { owner } = rep;
  const deals: readonly Deal[] = owner
    ? data.deals.filter((d) => d.owner?.trim() === owner)
    : data.deals;
  const review = weeklyReview(deals, { asOf, stages: table });
  const teamQuota = owner ? rep.quota : data.quota;
  const quota =
    typeof teamQuota === 'number' && Number.isFinite(teamQuota) && teamQuota >= 0
      ? teamQuota
      : null;
  // The snapshots' changed deals of the owner's deals only, by the snapshots' deal key.
  const keys = new Set(deals.map(dealKey));
  const period = calendarPeriodOf(asOf, data.quotaPeriod);
  const band = WIN_RATE_BANDS[data.winRateBand];
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
  // The period's deals by forecast category, as `analyze` files each deal (playbook §3).
  const forecast =
    quota === null
      ? []
      : cumulativeForecast(
          forecastRollup(
            deals.flatMap((deal) => {
              const stage = findStage(table, deal.stage);
              const day = deal.closeDate;
              if (!stage || day === undefined || day < period.start || day > period.end) return [];
              const scores = deal.meddpicc;
              const total = scores?.length === 8 ? scores.reduce((a, b) => a + b, 0) : null;
              const category = forecastCategory(stage, total, deal.forecastOverride);
              return [{ category, amount: deal.amount }];
            }),
          ),
          quota,
        ).map((row) => ({ ...row, label: forecastLabel(row.category, language) }));
  const coverage = report.coverage;
  const { winLoss } = report;
  const context: Context = {
    table,
    language,
    byRow: new Map(deals.map((deal) => [deal.row, deal])),
  };

  return {
    language,
    sheetName: data.sheetName,
    asOf: isoDay(asOf),
    week: { start: isoDay(review.week.start), end: isoDay(review.week.end) },
    dealCount: deals.length,
    rep,
    stageDays: data.stageDays.map((d) => ({ ...d, stage: stageDisplay(table, d.stage, language) })),
    problems: data.problems,
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
    // Close dates pushed this week, of the owner's deals only; most pushed over 13 weeks first.
    pushed: (data.pushed || [])
      .filter((d) => !owner || keys.has(d.key))
      .sort((a, b) => b.total - a.total || b.pushedDays - a.pushedDays),
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
    forecast,
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
