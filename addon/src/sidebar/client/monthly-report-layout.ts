import { addonText } from '../../../../shared/content/addon-text';
import { label } from '../../../../shared/labels/label';
import { blankIfNull } from '../../lib/blank-if-null';
import type {
  MonthlyAssessmentView,
  MonthlyReportLayout,
  ReportSection,
} from '../../monthly/monthly-types';

/**
 * The monthly report tab as cells: a title with the source used, the eight
 * answers with the sidebar's sentence of their figures (`details`), then the three tables the charts are drawn
 * from (win rate by month, funnel, loss reasons), each under a title row,
 * then the sections the sidebar worked out from the template tabs. Laid
 * out in the sidebar and sent to `writeMonthlyReportTab`, which checks it.
 */
export function monthlyReportLayout(
  view: MonthlyAssessmentView,
  sections: readonly ReportSection[] = [],
  details: readonly string[] = [],
): MonthlyReportLayout {
  const lang = view.language;
  const rows: (string | number | boolean)[][] = [];
  const titles: number[] = [];
  const section = (title: string, header: (string | number | boolean)[]) => {
    rows.push([]);
    rows.push([title]);
    titles.push(rows.length);
    rows.push(header);
    return rows.length;
  };

  rows.push([`${label('selfAssessment', lang)} ${view.month}`]);
  titles.push(1);
  rows.push([
    view.sourceLabel +
      (view.snapshotAsOf ? ` (${view.snapshotAsOf})` : '') +
      (view.fallbackReason ? `: ${view.fallbackReason}` : ''),
  ]);
  if (view.problems.count > 0) {
    rows.push([addonText('dataProblems', lang, { count: view.problems.count })]);
  }
  section(label('selfAssessment', lang), [
    '#',
    addonText('question', lang),
    addonText('answer', lang),
    '',
  ]);
  view.answers.forEach((a, i) => {
    rows.push([a.question, a.text, a.answerText, details[i] ?? '']);
  });

  const monthsTitle = addonText('winRateByMonth', lang);
  const monthsHeader = section(monthsTitle, [
    addonText('month', lang),
    label('winRate', lang),
    label('won', lang),
    label('lost', lang),
    label('averageDealSize', lang),
  ]);
  for (const m of view.months) {
    rows.push([m.month, blankIfNull(m.winRate), m.won, m.lost, blankIfNull(m.averageDealSize)]);
  }

  const funnelTitle =
    addonText('funnel', lang) + (view.funnel.approximate ? ` (${label('approximate', lang)})` : '');
  const funnelHeader = section(funnelTitle, [
    label('stage', lang),
    addonText('reached', lang),
    label('advanced', lang),
    label('stageConversion', lang),
  ]);
  for (const s of view.funnel.stages) {
    rows.push([s.stage, s.reached, s.advanced, blankIfNull(s.conversion)]);
  }

  const reasonsTitle = label('lossReasons', lang);
  const reasonsHeader = section(reasonsTitle, [
    label('reasons', lang),
    label('count', lang),
    label('amount', lang),
  ]);
  for (const r of view.lossReasons) rows.push([r.reason, r.count, r.amount]);

  // The sidebar's sections (territory, activity, win/loss, self-scores), worded there.
  for (const s of sections) {
    rows.push([], [s.title]);
    titles.push(rows.length);
    rows.push(...s.rows);
  }

  return {
    rows,
    titles,
    months: { headerRow: monthsHeader, rows: view.months.length, title: monthsTitle },
    funnel: { headerRow: funnelHeader, rows: view.funnel.stages.length, title: funnelTitle },
    lossReasons: { headerRow: reasonsHeader, rows: view.lossReasons.length, title: reasonsTitle },
  };
}
