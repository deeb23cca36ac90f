import { monthLabel } from '../../../../shared/analysis/month-label';
import { monthStart } from '../../../../shared/analysis/month-start';
import { parseMonth } from '../../../../shared/analysis/parse-month';
import { addonText } from '../../../../shared/content/addon-text';
import {
  analyze,
  closedFunnel,
  createStageTable,
  findStage,
  label,
  parseDay,
  selfAssessment,
} from '../../../../shared/index';
import type { DayNumber, Deal, StageTable } from '../../../../shared/types';
import { isoDay } from '../../lib/iso-day';
import { stageDisplay } from '../../lib/stage-display';
import type {
  JsonAnswer,
  MonthlyAssessmentView,
  MonthlyData,
  MonthRowView,
  WorkerAssessment,
} from '../../monthly/monthly-types';
import { funnelStageViews } from '../../review/funnel-stage-views';
import { monthlyAnswerView } from './monthly-answer-view';
import { fallbackText, workerAssessment } from './monthly-worker';

/** Months shown in the win-rate chart and counted for loss reasons, ending with the assessed month. */
const TREND_MONTHS = 12;

/** The shared answers in the Worker's JSON shape: dates as YYYY-MM-DD. */
function sheetAnswers(
  deals: readonly Deal[],
  table: StageTable,
  asOf: DayNumber,
  month: string,
): JsonAnswer[] {
  const result = selfAssessment(deals, { asOf, month, stages: table });
  return result.answers.map((a) =>
    a.question === 8
      ? {
          ...a,
          figures: {
            ...a.figures,
            closeDate: a.figures.closeDate === null ? null : isoDay(a.figures.closeDate),
          },
        }
      : (JSON.parse(JSON.stringify(a)) as JsonAnswer),
  ) as JsonAnswer[];
}

/**
 * The monthly self-assessment view (playbook §9), worked out in the sidebar
 * from what `getMonthlyAssessment` read.
 *
 * The eight answers and the month-by-month win rate are the analytics
 * Worker's when the server got them (`data.worker`) and they read as the
 * Worker's answers (else `fallbackReason` says what was wrong), else the sheet's own
 * (`selfAssessment`, and `analyze`'s months); the funnel (playbook §4), the
 * loss reasons of the twelve months and the month's closed-deal funnel
 * always come from the sheet's deals. O(n).
 *
 * With an owner (by default `data.rep.owner`, the signed-in user's name in
 * Settings' owner mapping; '' for the whole team), everything is about that
 * owner's deals only, and the answers are the sheet's: the Worker answers
 * for the whole team.
 */
export function monthlyView(
  data: MonthlyData,
  owner = data.rep?.owner ?? '',
): MonthlyAssessmentView {
  const { language } = data;
  let worker: WorkerAssessment | null = null;
  let fallback = data.fallback;
  if (data.worker && !owner) {
    try {
      worker = workerAssessment(data.worker);
    } catch (error) {
      fallback = {
        reason: 'failed',
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }
  const table = createStageTable(data.stages);
  const deals = owner ? data.deals.filter((d) => d.owner?.trim() === owner) : data.deals;
  const index = parseMonth(data.month, 'monthlyView');
  const first = monthStart(index - (TREND_MONTHS - 1));
  const firstMonth = monthLabel(index - (TREND_MONTHS - 1));
  const lastDay = monthStart(index + 1) - 1;

  // One pass over the deals gives both the sheet's months and the funnel (playbook §4).
  const report = analyze(deals, { stages: table, groupBy: [] });
  const months: MonthRowView[] = worker
    ? worker.months
    : report.winLoss.byMonth
        .filter((m) => m.month >= firstMonth && m.month <= data.month)
        .map((m) => ({
          month: m.month,
          won: m.won,
          lost: m.lost,
          winRate: m.winRate,
          wonAmount: m.wonAmount,
          averageDealSize: m.averageDealSize,
        }));

  const reasons = new Map<string, { reason: string; count: number; amount: number }>();
  for (const deal of deals) {
    if (findStage(table, deal.stage)?.kind !== 'lost') continue;
    const close = deal.closeDate;
    if (close !== undefined && (close < first || close > lastDay)) continue;
    const reason = deal.lossReason?.trim() || label('none', language);
    const r = reasons.get(reason) ?? { reason, count: 0, amount: 0 };
    r.count++;
    r.amount += deal.amount ?? 0;
    reasons.set(reason, r);
  }

  const asOf = parseDay(data.today) as DayNumber;
  const answers = worker ? worker.answers : sheetAnswers(deals, table, asOf, data.month);
  return {
    language,
    month: data.month,
    sheetName: data.sheetName,
    source: worker ? 'worker' : 'sheet',
    sourceLabel: addonText(worker ? 'usingWorker' : 'usingSheet', language),
    // A rep's view never uses the service (it answers for the team): nothing fell back.
    fallbackReason: fallback && !owner ? fallbackText(fallback, language) : null,
    snapshotAsOf: worker ? worker.snapshotAsOf : null,
    answers: answers.map((a) => monthlyAnswerView(a, language, table)),
    months,
    funnel: {
      approximate: report.funnel.approximate,
      stages: funnelStageViews(report.funnel, table, language),
    },
    lossReasons: [...reasons.values()].sort(
      (a, b) => b.count - a.count || b.amount - a.amount || (a.reason < b.reason ? -1 : 1),
    ),
    dealCount: deals.length,
    problems: data.problems,
    today: data.today,
    monthFunnel: closedFunnel(deals, {
      stages: table,
      from: monthStart(index),
      to: lastDay,
    }).map((s) => ({ ...s, name: stageDisplay(table, s.stage, language) })),
    tabs: data.tabs,
  };
}
