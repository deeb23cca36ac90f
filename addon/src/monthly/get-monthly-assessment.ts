import { monthLabel } from '../../../shared/analysis/month-label';
import { parseMonth } from '../../../shared/analysis/parse-month';
import { isoDay } from '../lib/iso-day';
import { loadSettings } from '../settings/load-settings';
import { repChoice } from '../settings/rep-choice';
import { API_KEY_KEY, API_KEY_URL_KEY } from '../settings/settings';
import { problemSummary } from '../sheet/problem-summary';
import { readPipeline } from '../sheet/read-pipeline';
import { fetchWorkerJson } from './fetch-worker-json';
import type { MonthlyData, TemplateTabsQuery } from './monthly-types';
import { readTemplateTab } from './read-template-tab';

/** Months of the Worker's trend, ending with the assessed month. */
const TREND_MONTHS = 12;

/**
 * What the monthly self-assessment sidebar (playbook §9) works from: the
 * pipeline tab's deals as the shared ingestion reads them, the stage table,
 * today, and the analytics Worker's answers and monthly trend as it sent
 * them when Settings has its URL and the user saved a key for that same URL
 * (GET /v1/reports/monthly and /v1/trends). When no Worker is set up, the key
 * was saved for another URL, or a call fails, `worker` is null and `fallback`
 * says why. The sidebar checks the Worker's answers and works out the
 * answers, funnel and loss reasons itself (`monthlyView`), so that code stays
 * out of Code.js.
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

  let worker: MonthlyData['worker'] = null;
  let fallback: MonthlyData['fallback'] = null;
  if (settings.workerUrl) {
    const url = settings.workerUrl;
    const user = PropertiesService.getUserProperties();
    const apiKey = user.getProperty(API_KEY_KEY);
    if (!apiKey) fallback = { reason: 'noKey' };
    else if (user.getProperty(API_KEY_URL_KEY) !== url) {
      // The document's URL is not the one the key was saved with: any editor can
      // change the document's settings, so the key is never sent there.
      fallback = { reason: 'otherUrl', url };
    } else {
      try {
        // Both must answer, or the sidebar falls back to the sheet.
        const from = monthLabel(index - (TREND_MONTHS - 1));
        worker = {
          report: fetchWorkerJson(url, apiKey, '/v1/reports/monthly', { month: assessed }),
          trends: fetchWorkerJson(url, apiKey, '/v1/trends', { from, to: assessed }),
        };
      } catch (error) {
        fallback = {
          reason: 'failed',
          error: error instanceof Error ? error.message : String(error),
        };
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
    fallback,
    tabs: { accounts: tab('accounts'), activity: tab('activity'), winLoss: tab('winLoss') },
    // The sidebar filters the deals to the signed-in user's by default (or the owner picked).
    rep: repChoice(settings, pipeline.ingest.deals),
  };
}
