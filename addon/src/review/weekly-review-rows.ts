import { addonText } from '../../../shared/content/index';
import { label } from '../../../shared/index';
import { blankIfNull } from '../lib/blank-if-null';
import { snapshotText } from '../sidebar/client/snapshot-text';
import { reviewGroups } from './review-groups';
import type { ReviewGroupView, WeeklyReviewView } from './weekly-review-types';

/** A cell of the tab (as `ReportCell` of writeNewTab, which the sidebar cannot import). */
type ReportCell = string | number | boolean;

/**
 * The weekly review as rows for a review tab, laid out by the review sidebar
 * and written by `writeWeeklyReviewTab`: the headline figures, loss
 * reasons, the largest open deals with risk, slipped deals and stage
 * conversion, each section under a bold-worthy title row. Rates stay
 * fractions (the tab formats them as percentages).
 *
 * @returns the tab's name (`Review 2026-11-23`, 回顾 in Chinese), rows of
 *   cells and the 1-based rows that hold section titles
 */
export function weeklyReviewRows(view: WeeklyReviewView): {
  name: string;
  rows: ReportCell[][];
  titles: number[];
  /** Cells to show as a percentage or a multiple: 1-based row and column, number format. */
  formats: { row: number; column: number; format: string }[];
} {
  const { language: lang } = view;
  const w = (key: Parameters<typeof label>[0]) => label(key, lang);
  const rows: ReportCell[][] = [];
  const titles: number[] = [];
  const formats: { row: number; column: number; format: string }[] = [];
  const format = (column: number, pattern: string) =>
    formats.push({ row: rows.length, column, format: pattern });
  const title = (text: string) => {
    rows.push([]);
    rows.push([text]);
    titles.push(rows.length);
  };
  const group = (name: string, g: ReviewGroupView) => rows.push([name, g.count, g.amount]);

  rows.push([
    `${w('weeklyReview')}: ${view.week.start} – ${view.week.end}`,
    '',
    '',
    view.sheetName,
  ]);
  titles.push(1);
  const { history } = view;
  rows.push([
    history.reason
      ? snapshotText('estimatedNote', lang, {
          reason: snapshotText(history.reason, lang, { detail: history.detail }),
        })
      : snapshotText('measuredNote', lang, { from: history.from, to: history.to }),
  ]);
  rows.push(['', w('count'), w('amount')]);
  rows.push([w('openPipeline'), view.total.count, view.total.amount]);
  rows.push([w('weightedPipeline'), '', view.weighted]);
  group(w('new'), view.newDeals);
  const { advanced, slipped } = reviewGroups(view);
  group(w('advanced'), advanced);
  group(w('won'), view.won);
  group(w('lost'), view.lost);
  group(w('slipped'), slipped);
  rows.push([]);
  rows.push([
    w('coverage'),
    blankIfNull(view.coverage.ratio),
    view.coverage.healthLabel,
    view.coverage.quota === null ? '' : `${w('quota')} ${view.coverage.quota}`,
  ]);
  format(2, '0.0"x"');
  rows.push([w('winRate'), blankIfNull(view.winRate.value), view.winRate.healthLabel]);
  format(2, '0%');
  rows.push([w('averageDealSize'), blankIfNull(view.averageDealSize)]);
  rows.push([
    `${w('salesCycle')} (${w('median')}, ${w('days')})`,
    blankIfNull(view.cycleDays.median),
  ]);
  rows.push([`${w('velocity')} (${w('perDay')})`, blankIfNull(view.velocity)]);

  title(w('lossReasons'));
  rows.push([w('reasons'), w('count'), w('amount')]);
  for (const r of view.lost.reasons) rows.push([r.reason, r.count, r.amount]);

  title(w('largestOpenDeals'));
  rows.push([
    w('deal'),
    w('account'),
    w('stage'),
    w('amount'),
    w('ageInStage'),
    w('nextStep'),
    w('nextStepDate'),
    w('risk'),
    w('reasons'),
  ]);
  for (const d of view.top) {
    rows.push([
      d.name || d.id,
      d.account,
      d.stage,
      blankIfNull(d.amount),
      blankIfNull(d.daysInStage),
      d.nextStep,
      d.nextStepDate,
      d.riskLabel,
      d.reasons.join('; '),
    ]);
  }

  title(w('slipped'));
  rows.push([w('deal'), w('account'), w('stage'), w('amount'), w('closeDate')]);
  for (const d of slipped.deals) {
    rows.push([d.name || d.id, d.account, d.stage, blankIfNull(d.amount), d.closeDate || '']);
  }

  title(w('stageConversion') + (view.stageConversion.approximate ? ` (${w('approximate')})` : ''));
  rows.push([w('stage'), addonText('reached', lang), w('advanced'), w('stageConversion')]);
  for (const s of view.stageConversion.stages) {
    rows.push([s.stage, s.reached, s.advanced, blankIfNull(s.conversion)]);
    format(4, '0%');
  }
  if (view.problems.count > 0) {
    rows.push([]);
    rows.push([addonText('dataProblems', lang, { count: view.problems.count })]);
  }
  return { name: `${lang === 'zh' ? '回顾' : 'Review'} ${view.asOf}`, rows, titles, formats };
}
