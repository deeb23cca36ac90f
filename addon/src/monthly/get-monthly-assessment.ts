import { loadSettings } from '../settings/load-settings';
import { readPipeline } from '../sheet/read-pipeline';
import { buildMonthlyAssessment } from './build-monthly-assessment';
import type { MonthlyAssessmentView, TemplateTabsQuery } from './monthly-types';

/**
 * The monthly self-assessment (playbook §9) for the sidebar: the eight
 * answers with the figures behind them, the win rate by month of the last
 * twelve months, the funnel and the loss reasons. The answers come from the
 * analytics Worker when its URL and the user's key are set, else (or when
 * the Worker cannot be reached) from the pipeline tab alone; `source` and
 * `fallbackReason` say which. Reads the tab once.
 *
 * @param month - YYYY-MM; this month by default
 * @param find - the accounts, activity and win/loss tabs to read as well,
 *   each by its required headers; the sidebar works their sections out
 * @returns the assessment, plain JSON
 * @throws Error naming the month when it is not YYYY-MM, or in the user's
 *   language when there is no pipeline tab
 */
export function getMonthlyAssessment(
  month?: string,
  find?: TemplateTabsQuery,
): MonthlyAssessmentView {
  const settings = loadSettings();
  return buildMonthlyAssessment(
    settings,
    readPipeline(settings),
    month,
    'getMonthlyAssessment',
    find,
  );
}
