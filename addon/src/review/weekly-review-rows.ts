import { addonText } from '../../../shared/content/index';
import { label } from '../../../shared/index';
import { blankIfNull } from '../lib/blank-if-null';
import type { ReportCell } from '../sheet/write-new-tab';
import type { ReviewGroupView, WeeklyReviewView } from './weekly-review-types';

/**
 * The weekly review as rows for a review tab: the headline figures, loss
 * reasons, the largest open deals with risk, slipped deals and stage
 * conversion, each section under a bold-worthy title row. Rates stay
 * fractions (the tab formats them as percentages).
 *
 * @returns rows of cells and the 1-based rows that hold section titles
 */
export function weeklyReviewRows(view: WeeklyReviewView): {
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
  rows.push(['', w('count'), w('amount')]);
  rows.push([w('openPipeline'), view.total.count, view.total.amount]);
  rows.push([w('weightedPipeline'), '', view.weighted]);
  group(w('new'), view.newDeals);
  group(w('advanced'), view.advanced);
  group(w('won'), view.won);
  group(w('lost'), view.lost);
  group(w('slipped'), view.slipped);
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
  for (const d of view.slipped.deals) {
    rows.push([d.name || d.id, d.account, d.stage, blankIfNull(d.amount), d.closeDate ?? '']);
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
  return { rows, titles, formats };
}
