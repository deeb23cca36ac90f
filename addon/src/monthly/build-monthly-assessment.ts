import { monthLabel } from '../../../shared/analysis/month-label';
import { monthStart } from '../../../shared/analysis/month-start';
import { parseMonth } from '../../../shared/analysis/parse-month';
import { addonText } from '../../../shared/content/index';
import { analyze, closedFunnel, findStage, label, selfAssessment } from '../../../shared/index';
import type { Deal } from '../../../shared/types';
import { isoDay } from '../lib/iso-day';
import { stageDisplay } from '../lib/stage-display';
import { funnelStageViews } from '../review/funnel-stage-views';
import { API_KEY_KEY, API_KEY_URL_KEY, type Settings } from '../settings/settings';
import { problemSummary } from '../sheet/problem-summary';
import type { Pipeline } from '../sheet/read-pipeline';
import { answerView } from './answer-view';
import { readTemplateTab } from './read-template-tab';
import type { MonthlyAssessmentView, MonthRowView, TemplateTabsQuery } from './monthly-types';
import { type JsonAnswer, type WorkerAssessment, workerAssessment } from './worker-assessment';

/** Months shown in the win-rate chart and counted for loss reasons, ending with the assessed month. */
const TREND_MONTHS = 12;

const FALLBACK = {
  noKey: {
    en: 'An analytics service URL is set but no API key is saved',
    zh: '已设置分析服务网址，但未保存 API 密钥',
  },
  otherUrl: {
    en: 'Your API key was saved for another analytics service URL; enter it again in Settings to use {url}',
    zh: '您的 API 密钥是为另一个分析服务网址保存的；要使用 {url}，请在设置中重新输入密钥',
  },
  failed: {
    en: 'The analytics service could not be used: {error}',
    zh: '无法使用分析服务：{error}',
  },
} as const;

/** The shared answers as the Worker sends them: plain JSON, dates as YYYY-MM-DD. */
function sheetAnswers(deals: readonly Deal[], pipeline: Pipeline, month: string): JsonAnswer[] {
  const result = selfAssessment(deals, { asOf: pipeline.asOf, month, stages: pipeline.table });
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
 * The monthly self-assessment view (playbook §9) of the pipeline tab already
 * read, for `getMonthlyAssessment` and `writeMonthlyReportTab`.
 *
 * The eight answers and the month-by-month win rate come from the analytics
 * Worker when Settings has its URL and the user saved a key for that same URL
 * (GET /v1/reports/monthly and /v1/trends); when neither is set up, the key
 * was saved for another URL, or a call fails, they come from the sheet alone
 * and `fallbackReason` says why.
 * The funnel and loss reasons always come from the sheet. O(n).
 *
 * @param month - YYYY-MM; the month of today by default
 * @param find - the template tabs to read, each by its required headers (see `readTemplateTab`)
 * @throws Error `<fn>: month must be YYYY-MM…` for a malformed month
 */
export function buildMonthlyAssessment(
  settings: Settings,
  pipeline: Pipeline,
  month: string | undefined,
  fn: string,
  find?: TemplateTabsQuery,
): MonthlyAssessmentView {
  const { language } = settings;
  const { table } = pipeline;
  const deals = pipeline.ingest.deals;
  const asked = month === undefined || month === '' ? isoDay(pipeline.asOf).slice(0, 7) : month;
  const index = parseMonth(typeof asked === 'string' ? asked : JSON.stringify(asked), fn);
  const key = { month: monthLabel(index), index };
  const first = monthLabel(index - (TREND_MONTHS - 1));

  let fromWorker: WorkerAssessment | null = null;
  let fallbackReason: string | null = null;
  if (settings.workerUrl) {
    const user = PropertiesService.getUserProperties();
    const apiKey = user.getProperty(API_KEY_KEY);
    if (!apiKey) fallbackReason = FALLBACK.noKey[language];
    else if (user.getProperty(API_KEY_URL_KEY) !== settings.workerUrl) {
      // The document's URL is not the one the key was saved with: any editor can
      // change the document's settings, so the key is never sent there.
      fallbackReason = FALLBACK.otherUrl[language].replace('{url}', settings.workerUrl);
    } else {
      try {
        fromWorker = workerAssessment(settings.workerUrl, apiKey, key.month, first);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        fallbackReason = FALLBACK.failed[language].replace('{error}', message);
      }
    }
  }

  // One pass over the deals gives both the sheet's months and the funnel (playbook §4).
  const report = analyze(deals, { stages: table, groupBy: [] });
  let months: MonthRowView[];
  if (fromWorker) months = fromWorker.months;
  else {
    months = report.winLoss.byMonth
      .filter((m) => m.month >= first && m.month <= key.month)
      .map((m) => ({
        month: m.month,
        won: m.won,
        lost: m.lost,
        winRate: m.winRate,
        wonAmount: m.wonAmount,
        averageDealSize: m.averageDealSize,
      }));
  }

  const { funnel } = report;
  const firstDay = monthStart(index - (TREND_MONTHS - 1));
  const lastDay = monthStart(index + 1) - 1;
  const reasons = new Map<string, { reason: string; count: number; amount: number }>();
  for (const deal of deals) {
    if (findStage(table, deal.stage)?.kind !== 'lost') continue;
    const close = deal.closeDate;
    if (close !== undefined && (close < firstDay || close > lastDay)) continue;
    const reason = deal.lossReason?.trim() || label('none', language);
    const r = reasons.get(reason) ?? { reason, count: 0, amount: 0 };
    r.count++;
    r.amount += deal.amount ?? 0;
    reasons.set(reason, r);
  }

  const answers = fromWorker ? fromWorker.answers : sheetAnswers(deals, pipeline, key.month);
  const tab = (name: keyof TemplateTabsQuery) =>
    find?.[name] === undefined ? null : readTemplateTab(find[name], pipeline.timeZone);
  return {
    language,
    month: key.month,
    sheetName: pipeline.sheet.getName(),
    source: fromWorker ? 'worker' : 'sheet',
    sourceLabel: addonText(fromWorker ? 'usingWorker' : 'usingSheet', language),
    fallbackReason,
    snapshotAsOf: fromWorker ? fromWorker.snapshotAsOf : null,
    answers: answers.map((a) => answerView(a, language, table)),
    months,
    funnel: {
      approximate: funnel.approximate,
      stages: funnelStageViews(funnel, table, language),
    },
    lossReasons: [...reasons.values()].sort(
      (a, b) => b.count - a.count || b.amount - a.amount || (a.reason < b.reason ? -1 : 1),
    ),
    dealCount: deals.length,
    problems: problemSummary(pipeline.ingest),
    today: isoDay(pipeline.asOf),
    monthFunnel: closedFunnel(deals, {
      stages: table,
      from: monthStart(index),
      to: monthStart(index + 1) - 1,
    }).map((s) => ({ ...s, name: stageDisplay(table, s.stage, language) })),
    tabs: {
      accounts: tab('accounts'),
      activity: tab('activity'),
      winLoss: tab('winLoss'),
    },
  };
}
