import { monthLabel } from '../../../shared/analysis/month-label';
import { parseMonth } from '../../../shared/analysis/parse-month';
import { isoDay } from '../lib/iso-day';
import { loadSettings } from '../settings/load-settings';
import { API_KEY_KEY, API_KEY_URL_KEY } from '../settings/settings';
import { problemSummary } from '../sheet/problem-summary';
import { readPipeline } from '../sheet/read-pipeline';
import type { MonthlyData, TemplateTabsQuery, WorkerAssessment } from './monthly-types';
import { readTemplateTab } from './read-template-tab';
import { workerAssessment } from './worker-assessment';

/** Months of the Worker's trend, ending with the assessed month. */
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

/**
 * What the monthly self-assessment sidebar (playbook §9) works from: the
 * pipeline tab's deals as the shared ingestion reads them, the stage table,
 * today, and the analytics Worker's eight answers and monthly trend when
 * Settings has its URL and the user saved a key for that same URL (GET
 * /v1/reports/monthly and /v1/trends). When no Worker is set up, the key was
 * saved for another URL, or a call fails, `worker` is null and
 * `fallbackReason` says why. The sidebar works out the answers, funnel and
 * loss reasons itself (`monthlyView`), so that code stays out of Code.js.
 * Reads the tab once.
 *
 * @param month - YYYY-MM; this month by default
 * @param find - the accounts, activity and win/loss tabs to read as well,
 *   each by its required headers; the sidebar works their sections out
 * @returns plain JSON: days as day numbers or YYYY-MM-DD, no Date
 * @throws Error naming the month when it is not YYYY-MM, or in the user's
 *   language when there is no pipeline tab
 */
export function getMonthlyAssessment(month?: string, find?: TemplateTabsQuery): MonthlyData {
  const settings = loadSettings();
  const pipeline = readPipeline(settings);
  const { language } = settings;
  const asked = month === undefined || month === '' ? isoDay(pipeline.asOf).slice(0, 7) : month;
  const index = parseMonth(
    typeof asked === 'string' ? asked : JSON.stringify(asked),
    'getMonthlyAssessment',
  );
  const assessed = monthLabel(index);

  let worker: WorkerAssessment | null = null;
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
        const first = monthLabel(index - (TREND_MONTHS - 1));
        worker = workerAssessment(settings.workerUrl, apiKey, assessed, first);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        fallbackReason = FALLBACK.failed[language].replace('{error}', message);
      }
    }
  }

  const tab = (name: keyof TemplateTabsQuery) =>
    find?.[name] === undefined ? null : readTemplateTab(find[name], pipeline.timeZone);
  return {
    language,
    month: assessed,
    sheetName: pipeline.sheet.getName(),
    today: isoDay(pipeline.asOf),
    deals: pipeline.ingest.deals,
    stages: [...pipeline.table.stages],
    problems: problemSummary(pipeline.ingest),
    worker,
    fallbackReason,
    tabs: { accounts: tab('accounts'), activity: tab('activity'), winLoss: tab('winLoss') },
  };
}
