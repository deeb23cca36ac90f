import { label } from '../../../../shared/labels/label';
import { ACTIVITY_METRICS, ACTIVITY_TARGETS } from '../../../../shared/metrics/activity-targets';
import type { MonthlyAssessmentView, ReportSection } from '../../monthly/monthly-types';
import { SKILL_NAMES, WIN_LOSS } from '../../setup/templates';
import { activityBand } from './activity-band';
import { activityFigure } from './activity-figure';
import { formatPercent } from './format-percent';
import { coverageLine, noTabLine, skillMeasure, windowText } from './monthly-lines';
import type { MonthlySections } from './monthly-sections';
import { tierName } from './monthly-sections';
import { monthlyText } from './monthly-text';

/**
 * The monthly sections as rows for the report tab (written after the
 * server's own tables): territory review, drop and re-tier lists, activity
 * per rep against the targets, win reasons, what worked and what did not,
 * and the self-scores next to their outcomes, in the user's language.
 */
export function monthlyReportSections(
  s: MonthlySections,
  view: MonthlyAssessmentView,
): ReportSection[] {
  const lang = view.language;
  const t = (key: Parameters<typeof monthlyText>[0], values = {}) => monthlyText(key, lang, values);
  const out: ReportSection[] = [];
  const colon = lang === 'zh' ? '：' : ': ';

  if (!s.territory) out.push({ title: t('territory'), rows: [[noTabLine('accountsTab', lang)]] });
  else {
    const { review } = s.territory;
    const rows: (string | number)[][] = [
      [t('asOf', { tab: s.territory.tab, date: s.territory.asOf })],
      [
        label('tier', lang),
        label('accounts', lang),
        label('touched', lang),
        label('coverage', lang),
        t('windowDays'),
      ],
    ];
    for (const tier of [1, 2, 3, 'new'] as const) {
      const f = review.tiers[tier];
      if (f.accounts > 0)
        rows.push([
          tierName(tier, lang),
          f.accounts,
          f.touched,
          formatPercent(f.coverage),
          windowText(f.windowDays, lang),
        ]);
    }
    rows.push([
      t('all'),
      review.all.accounts,
      review.all.touched,
      formatPercent(review.all.coverage),
      '',
    ]);
    const verdict = coverageLine(review, lang);
    if (verdict) rows.push([verdict]);
    out.push({ title: t('territory'), rows });
    out.push({
      title: t('drop'),
      rows: review.drop.length
        ? [
            [label('account', lang), t('idle')],
            ...review.drop.map((a) => [a.account, a.idleDays ?? t('never')]),
          ]
        : [[label('none', lang)]],
    });
    if (review.reTier.length) {
      out.push({
        title: t('reTier'),
        rows: [
          [label('account', lang), label('tier', lang), '→'],
          ...review.reTier.map((a) => [
            a.account,
            tierName(a.tier, lang),
            tierName(a.suggested ?? null, lang),
          ]),
        ],
      });
    }
  }

  if (!s.activity) out.push({ title: t('activity'), rows: [[noTabLine('activityTab', lang)]] });
  else {
    const metrics = ACTIVITY_METRICS.map((m) => label(`metric.${m}`, lang));
    const rows: (string | number)[][] = [
      [t('rep'), t('daysWorked'), ...metrics, t('offTarget')],
      [
        label('target', lang),
        '',
        ...ACTIVITY_METRICS.map((m) => activityBand({ metric: m, ...ACTIVITY_TARGETS[m] }, lang)),
        '',
      ],
    ];
    for (const rep of s.activity.reps) {
      const off = rep.results
        .filter((r) => r.status !== 'onTarget')
        .map(
          (r) => label(`metric.${r.metric}`, lang) + colon + label(`activity.${r.status}`, lang),
        );
      rows.push([
        rep.rep,
        rep.days,
        ...ACTIVITY_METRICS.map((m) => activityFigure(m, rep.actuals[m])),
        off.join(lang === 'zh' ? '；' : '; '),
      ]);
    }
    if (s.activity.reps.length === 0) rows.push([t('noActivity', { month: view.month })]);
    out.push({ title: t('activity'), rows });
  }

  if (!s.winLoss) out.push({ title: t('selfScores'), rows: [[noTabLine('winLossTab', lang)]] });
  else {
    const w = s.winLoss;
    if (w.won + w.lost === 0)
      out.push({
        title: t('winReasons'),
        rows: [[t('noClosed', { month: view.month, tab: w.tab })]],
      });
    else {
      out.push({
        title: t('winReasons'),
        rows: [
          [label('reasons', lang), label('count', lang), label('amount', lang)],
          ...w.winReasons.map((r) => [r.reason, r.count, r.amount]),
        ],
      });
      const h = (k: string) => WIN_LOSS.columns.find((c) => c[0] === k)![lang === 'zh' ? 2 : 1];
      out.push({
        title: t('notes'),
        rows: [
          [label('deal', lang), t('outcome'), h('worked'), h('didNot'), h('lesson')],
          ...w.notes.map((n) => [
            n.deal,
            label(n.won ? 'won' : 'lost', lang),
            n.worked,
            n.didNot,
            n.lesson,
          ]),
        ],
      });
    }
    out.push({
      title: t('selfScores'),
      rows: [
        [t('skill'), t('selfScore'), t('scored'), t('measure'), t('value'), t('bar'), ''],
        ...w.skills.map((k) => [
          SKILL_NAMES[lang][k.skill],
          k.selfScore === null ? '–' : Math.round(k.selfScore * 10) / 10,
          k.scored,
          skillMeasure(k, lang),
          formatPercent(k.outcome.value),
          formatPercent(k.outcome.expected),
          k.mismatch ? t('mismatch') : k.outcome.weak ? t('weak') : '',
        ]),
      ],
    });
  }
  return out;
}
