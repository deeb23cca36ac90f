import { isoDay } from '../lib/iso-day';
import { loadSettings } from '../settings/load-settings';
import { repChoice } from '../settings/rep-choice';
import { problemSummary } from '../sheet/problem-summary';
import { readPipeline } from '../sheet/read-pipeline';
import { reviewHistory } from '../snapshots/review-history';
import { stageDaysOf } from './measured-stage-days';
import { dealHistoryOf } from './snapshot-stage-days';
import type { WeeklyReviewData } from './weekly-review-types';

/**
 * What the weekly pipeline review sidebar (playbook §4) works from: the
 * pipeline tab's deals as the shared ingestion reads them, the stage table
 * with each open stage's average days (typed, else measured from the
 * sheet's stage-history dates, else from the team's snapshots of the last
 * 13 weeks), today, the team's snapshots of the week
 * (`reviewHistory`), the quota, quota period and win-rate band from
 * Settings, and whose deals count. The sidebar works the review out itself
 * (`buildWeeklyReview`), so the analysis stays out of Code.js. Reads the tab
 * once (one getValues call). With an owner, that owner's deals count and
 * coverage uses the owner's quota from Settings' owner mapping; without one,
 * the signed-in user's deals when Settings maps their email to an owner,
 * else the whole team (`rep` says which and why).
 *
 * @param owner - an owner as the Owner column writes it; '' for the whole team
 * @returns plain JSON: days as day numbers or YYYY-MM-DD, no Date
 * @throws Error in the user's language when there is no pipeline tab
 */
export function getWeeklyReview(owner?: string): WeeklyReviewData {
  const settings = loadSettings();
  const pipeline = readPipeline(settings);
  const history = reviewHistory(settings, pipeline.asOf);
  // The last 13 weeks' and the week's deal histories, unless the Worker just failed to
  // answer or has fewer than two snapshots.
  const asked = !/unreachable|none/.test(history.reason);
  const stays = asked && dealHistoryOf(settings, isoDay(pipeline.asOf - 91), isoDay(pipeline.asOf));
  const week = asked && history.from && stays && dealHistoryOf(settings, history.from, history.to);
  const { table, days } = stageDaysOf(pipeline.rows, pipeline.table, stays ? stays.stages : []);
  const { quota } = settings;
  return {
    language: settings.language,
    sheetName: pipeline.sheet.getName(),
    today: isoDay(pipeline.asOf),
    deals: pipeline.ingest.deals,
    stages: [...table.stages],
    stageDays: days,
    problems: problemSummary(pipeline.ingest),
    history,
    pushed: week
      ? week.deals
          .filter((d) => d.pushes)
          // 13 weeks' pushes; a week starting before those 13 weeks counts its own.
          .map((d) => ({
            ...d,
            total: ((stays || week).deals.find((x) => x.key === d.key) || d).pushes,
          }))
      : [],
    rep: repChoice(settings, pipeline.ingest.deals, owner),
    quota: typeof quota === 'number' && Number.isFinite(quota) && quota >= 0 ? quota : null,
    quotaPeriod: settings.quotaPeriod || 'quarter',
    winRateBand: settings.winRateBand || 'founderLed',
  };
}
