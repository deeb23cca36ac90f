import { monthLabel } from '../../../../shared/analysis/month-label';
import { parseMonth } from '../../../../shared/analysis/parse-month';
import { textReader } from '../../../../shared/content/bilingual';
import { label } from '../../../../shared/labels/label';
import {
  type Cohort,
  cohortWinRates,
  MATURING_OPEN_SHARE,
} from '../../../../shared/pipeline/cohorts';
import { createStageTable } from '../../../../shared/stages/create-stage-table';
import type { Language } from '../../../../shared/types';
import type { MonthlyData, ReportSection } from '../../monthly/monthly-types';
import { formatMoney } from './format-money';
import { formatPercent } from './format-percent';
import { h } from './h';

/** Creation months shown, ending with the assessed month (as the win-rate chart). */
const COHORT_MONTHS = 12;

const TEXT = {
  title: { en: 'Cohort win rate', zh: '同期群成交率' },
  intro: {
    en: 'Deals created in each month, followed to where they stand today; win rate = won / (won + lost).',
    zh: '按创建月份分组的交易，跟踪到今天的状态；成交率 = 赢单 / (赢单 + 输单)。',
  },
  maturingRule: {
    en: 'A cohort is still maturing while more than {share} of its deals are open: its win rate may still change.',
    zh: '同期群中仍有超过 {share} 的交易未结束时视为仍在成熟中：其成交率仍可能变化。',
  },
  created: { en: 'Created in', zh: '创建月份' },
  deals: { en: 'Created', zh: '创建数' },
  open: { en: 'Open', zh: '进行中' },
  openShare: { en: 'Open share', zh: '未结束占比' },
  wonAmount: { en: 'Won amount', zh: '赢单金额' },
  maturing: { en: 'Still maturing', zh: '仍在成熟中' },
  openLine: { en: '{share} open', zh: '{share} 未结束' },
  maturingLine: { en: '{share} open: still maturing', zh: '{share} 未结束：仍在成熟中' },
  wonLine: { en: 'Won {amount}', zh: '赢单金额 {amount}' },
  undated: { en: 'No created date', zh: '无创建日期' },
  none: { en: 'No deal created in {from} – {to}', zh: '{from} – {to} 没有新建的交易' },
} as const;

const t = textReader(TEXT);

/** The cohort rows the monthly view shows: months with deals, then the undated deals. */
export interface CohortSection {
  readonly from: string;
  readonly to: string;
  readonly rows: Cohort[];
}

/**
 * The cohort win rate (playbook §4 win rate, by deals) of the deals created
 * in the twelve months ending with the assessed month, as they stand in the
 * pipeline tab today; with an owner, that owner's deals only (as the rest of
 * the monthly view). Months without a created deal are left out; deals
 * without a created date come last, as one row.
 */
export function monthlyCohorts(data: MonthlyData, owner = ''): CohortSection {
  const deals = owner ? data.deals.filter((d) => d.owner?.trim() === owner) : data.deals;
  const last = parseMonth(data.month, 'monthlyCohorts');
  const first = last - (COHORT_MONTHS - 1);
  const result = cohortWinRates(deals, {
    stages: createStageTable(data.stages),
    from: first,
    to: last,
  });
  return {
    from: monthLabel(first),
    to: data.month,
    rows: [
      ...result.cohorts.filter((c) => c.created > 0),
      ...(result.undated ? [result.undated] : []),
    ],
  };
}

const monthName = (c: Cohort, lang: Language) => c.month ?? t('undated', lang);
const header = (lang: Language) => [
  t('created', lang),
  t('deals', lang),
  label('won', lang),
  label('lost', lang),
  t('open', lang),
  label('winRate', lang),
  t('openShare', lang),
  t('wonAmount', lang),
  '',
];

/**
 * The cohort table for the sidebar, sized for its 300 px: counts and win
 * rate in columns, the won amount and the share still open under the month,
 * each maturing cohort marked.
 */
export function cohortElement(s: CohortSection, lang: Language): HTMLElement {
  const num = (text: string | number) => h('td', { class: 'num' }, String(text));
  const [first, ...rest] = header(lang).slice(0, 6);
  return h(
    'section',
    { 'data-testid': 'cohorts' },
    h('h2', {}, t('title', lang)),
    h('p', { class: 'muted' }, t('intro', lang)),
    s.rows.length === 0
      ? h('p', { class: 'muted' }, t('none', lang, { from: s.from, to: s.to }))
      : h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, first),
              rest.map((c) => h('th', { scope: 'col', class: 'num' }, c)),
            ),
          ),
          h(
            'tbody',
            {},
            s.rows.map((c) =>
              h(
                'tr',
                { 'data-maturing': c.maturing ? 'yes' : 'no' },
                h(
                  'th',
                  { scope: 'row' },
                  monthName(c, lang),
                  h(
                    'div',
                    { class: 'muted' },
                    t('wonLine', lang, { amount: formatMoney(c.wonAmount) }),
                  ),
                  h(
                    'div',
                    { class: c.maturing ? 'warn' : 'muted' },
                    t(c.maturing ? 'maturingLine' : 'openLine', lang, {
                      share: formatPercent(c.openShare),
                    }),
                  ),
                ),
                num(c.created),
                num(c.won),
                num(c.lost),
                num(c.open),
                num(formatPercent(c.winRate)),
              ),
            ),
          ),
        ),
    h(
      'p',
      { class: 'muted' },
      t('maturingRule', lang, { share: formatPercent(MATURING_OPEN_SHARE) }),
    ),
  );
}

/** The cohort table as rows of the report tab. */
export function cohortReportSection(s: CohortSection, lang: Language): ReportSection {
  const rule = [t('maturingRule', lang, { share: formatPercent(MATURING_OPEN_SHARE) })];
  if (s.rows.length === 0) {
    return { title: t('title', lang), rows: [[t('none', lang, { from: s.from, to: s.to })], rule] };
  }
  return {
    title: t('title', lang),
    rows: [
      [t('intro', lang)],
      header(lang),
      ...s.rows.map((c) => [
        monthName(c, lang),
        c.created,
        c.won,
        c.lost,
        c.open,
        formatPercent(c.winRate),
        formatPercent(c.openShare),
        c.wonAmount,
        c.maturing ? t('maturing', lang) : '',
      ]),
      rule,
    ],
  };
}
