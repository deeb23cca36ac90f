import type { AnalysisAnswer } from '../../../shared/analysis/analysis-answer';
import type { AnalysisReport, AnalysisWarning } from '../../../shared/analysis/analyze';
import { OPEN_FORECAST_CATEGORIES } from '../../../shared/forecast/forecast-order';
import type { WinLossGroup } from '../../../shared/analysis/win-loss-group-counter';
import { COLORS, draw } from './chart';
import { byId, cell, download, fillTable, h, type TableModel, tableCsv } from './dom';
import { formatAmount, formatNumber, formatRate } from './format';
import type { GroupBy } from './settings';
import { currentLanguage, stageName, t } from './text';

/** Months with fewer closed deals than this show no win rate point. */
export const SMALL_SAMPLE = 5;

/** The tables drawn last, by id, for the CSV downloads. */
const tables = new Map<string, TableModel>();

function showTable(id: string, model: TableModel): void {
  tables.set(id, model);
  fillTable(byId<HTMLTableElement>(`table-${id}`), model);
}

/** Saves the figures table `id` as `<id>.csv`, with raw numbers. */
export function downloadTable(id: string): void {
  const model = tables.get(id);
  if (model) download(`${id}.csv`, tableCsv(model));
}

/** A figure card: caption, chart, folded figures table and a download button. */
function card(id: string, caption: string, note?: Node): HTMLElement {
  return h(
    'figure',
    { class: 'card', id: `card-${id}` },
    h('figcaption', {}, caption),
    h('div', { class: 'chart' }, h('canvas', { id: `chart-${id}` })),
    note,
    h(
      'details',
      {},
      h('summary', {}, t('table')),
      h('table', { id: `table-${id}` }),
      h('button', { type: 'button', class: 'download', 'data-table': id }, t('downloadCsv')),
    ),
  );
}

/** A warning of the analysis in the current language. */
function warningText(warning: AnalysisWarning, report: AnalysisReport): string {
  const n = formatNumber(warning.count);
  const band = `${formatRate(report.winLoss.winRateBand.min)}–${formatRate(report.winLoss.winRateBand.max)}`;
  const zh: Partial<Record<AnalysisWarning['code'], string>> = {
    unmappedStage: `${n} 笔交易的阶段不在阶段表中：计入未结管道，权重为 0`,
    closedWithoutCloseDate: `${n} 笔已关闭交易没有成交日期，不计入任何月份`,
    monthlyWinRateWithheld: t('withheldNote'),
    missingAmount: `${n} 笔交易没有金额，按 0 计算`,
    negativeAmount: `${n} 笔交易的金额为负数；合计包含它们`,
    negativeCycle: `${n} 笔已关闭交易的成交日期早于创建日期，未计入销售周期`,
    approximateFunnel: `阶段转化率为近似值：${n} 笔输单交易没有输单阶段`,
    dealsWithoutHistory: `${n} 笔交易没有阶段历史，漏斗按当前阶段计算`,
    unknownHistoryStage: `${n} 条阶段历史的阶段不在阶段表中，已忽略`,
    noClosedDeals: '没有已关闭的交易：成交率、平均成交金额和销售周期暂无数值',
    winRateAboveBand: `${t('winRate')} ${formatRate(report.winLoss.winRate)} ${t('winRate.above')}（${band}）`,
    winRateBelowBand: `${t('winRate')} ${formatRate(report.winLoss.winRate)} ${t('winRate.below')}（${band}）`,
    closeDatePast: `${n} 笔未结交易：${t('reason.closeDatePast')}`,
  };
  return (currentLanguage() === 'zh' && zh[warning.code]) || warning.message;
}

function summary(answer: AnalysisAnswer): HTMLElement {
  const { report, currency } = answer;
  const { winLoss, pipeline } = report;
  const money = (n: number | null) => formatAmount(n, currency);
  const items: [string, string][] = [
    [t('deals'), formatNumber(report.deals)],
    [t('winRate'), formatRate(winLoss.winRate)],
    [t('wonAmount'), money(winLoss.wonAmount)],
    [t('averageDealSize'), money(winLoss.avgWonAmount)],
    [t('openPipeline'), money(pipeline.open.amount)],
    [t('weightedPipeline'), money(pipeline.weighted)],
    ...(report.coverage ? ([[t('coverage'), coverageText(report)]] as [string, string][]) : []),
    [
      t('wonCycle'),
      `${formatNumber(winLoss.cycleDays.won.mean)} / ${formatNumber(winLoss.cycleDays.won.median)}`,
    ],
  ];
  return h(
    'dl',
    { id: 'summary', class: 'summary' },
    ...items.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
  );
}

function coverageText(report: AnalysisReport): string {
  const ratio = report.coverage?.ratio;
  return ratio === null || ratio === undefined ? '—' : `${ratio.toFixed(1)}×`;
}

/** Velocity with the inputs it was computed from (the mean won cycle, not the median). */
function velocity(answer: AnalysisAnswer): HTMLElement {
  const { report, currency } = answer;
  const inputs: [string, string][] = [
    [t('openDeals'), formatNumber(report.pipeline.open.count)],
    [t('winRate'), formatRate(report.winLoss.winRate)],
    [t('averageDealSize'), formatAmount(report.winLoss.avgWonAmount, currency)],
    [t('meanWonCycle'), formatNumber(report.winLoss.cycleDays.won.mean)],
  ];
  return h(
    'section',
    { id: 'velocity', class: 'velocity' },
    h(
      'h3',
      {},
      `${t('velocity')}: `,
      h('strong', {}, formatAmount(report.velocity, currency)),
      ` ${t('perDay')}`,
    ),
    h('p', { class: 'muted' }, t('velocityFormula')),
    h(
      'dl',
      { class: 'inputs' },
      ...inputs.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
    ),
  );
}

function showFunnel(report: AnalysisReport): void {
  const { funnel } = report;
  draw('funnel', {
    type: 'bar',
    data: {
      labels: [...funnel.stages.map((s) => stageName(s.stage)), t('won')],
      datasets: [
        {
          label: t('reached'),
          data: [...funnel.stages.map((s) => s.reached), funnel.won],
          backgroundColor: [...funnel.stages.map(() => COLORS.amount), COLORS.won],
        },
      ],
    },
    options: { indexAxis: 'y', plugins: { legend: { display: false } } },
  });
  showTable('funnel', {
    headers: [t('stage'), t('reached'), t('advanced'), t('conversion')],
    rows: funnel.stages.map((s) => [
      cell(stageName(s.stage), s.stage),
      cell(formatNumber(s.reached), s.reached),
      cell(formatNumber(s.advanced), s.advanced),
      cell(formatRate(s.conversion), s.conversion),
    ]),
  });
}

function showGroups(field: GroupBy, groups: readonly WinLossGroup[], currency: string | null) {
  const id = `by-${field}`;
  const name = (key: string) => (key === '' ? t('blank') : key);
  draw(id, {
    type: 'bar',
    data: {
      labels: groups.map((g) => name(g.key)),
      datasets: [
        { label: t('won'), data: groups.map((g) => g.won), backgroundColor: COLORS.won },
        { label: t('lost'), data: groups.map((g) => g.lost), backgroundColor: COLORS.lost },
      ],
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true } } },
  });
  showTable(id, {
    headers: [groupLabel(field), t('won'), t('lost'), t('winRate'), t('wonAmount')],
    rows: groups.map((g) => [
      cell(name(g.key), g.key),
      cell(formatNumber(g.won), g.won),
      cell(formatNumber(g.lost), g.lost),
      cell(formatRate(g.winRate), g.winRate),
      cell(formatAmount(g.wonAmount, currency), g.wonAmount),
    ]),
  });
}

export function groupLabel(field: GroupBy): string {
  return t(`group.${field}`);
}

/** Open pipeline by stage; deals in stages the table does not know form their own bar. */
function showStages(report: AnalysisReport, currency: string | null): void {
  const { byStage, unmapped } = report.pipeline;
  const rows = [
    ...byStage.map((s) => ({ label: stageName(s.stage), raw: s.stage, ...s })),
    ...(unmapped.count > 0
      ? [{ label: t('unmappedGroup'), raw: t('unmappedGroup'), stage: '', ...unmapped }]
      : []),
  ];
  const colors = rows.map((r) => (r.stage === '' ? COLORS.unmapped : COLORS.amount));
  // Open deals without amounts (some exports leave them blank) are drawn by count.
  const byCount = rows.every((r) => r.amount === 0);
  draw('stage', {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: byCount
        ? [{ label: t('count'), data: rows.map((r) => r.count), backgroundColor: colors }]
        : [
            { label: t('amount'), data: rows.map((r) => r.amount), backgroundColor: colors },
            {
              label: t('weightedPipeline'),
              data: rows.map((r) => r.weighted),
              backgroundColor: COLORS.weighted,
            },
          ],
    },
  });
  showTable('stage', {
    headers: [t('stage'), t('count'), t('amount'), t('weightedPipeline')],
    rows: rows.map((r) => [
      cell(r.label, r.raw),
      cell(formatNumber(r.count), r.count),
      cell(formatAmount(r.amount, currency), r.amount),
      cell(formatAmount(r.weighted, currency), r.weighted),
    ]),
  });
}

/** Open deals by forecast category: Commit, Best Case, Pipeline, Upside (closed ones are not a forecast). */
function showForecast(report: AnalysisReport, currency: string | null): void {
  const forecast = report.pipeline.forecast;
  // Open deals without amounts (some exports leave them blank) are drawn by count.
  const byCount = OPEN_FORECAST_CATEGORIES.every((c) => forecast[c].amount === 0);
  draw('forecast', {
    type: 'doughnut',
    data: {
      labels: OPEN_FORECAST_CATEGORIES.map((c) => t(`forecast.${c}`)),
      datasets: [
        {
          label: byCount ? t('count') : t('amount'),
          data: OPEN_FORECAST_CATEGORIES.map((c) =>
            byCount ? forecast[c].count : forecast[c].amount,
          ),
          backgroundColor: COLORS.forecast,
        },
      ],
    },
    options: { plugins: { legend: { position: 'right' } } },
  });
  showTable('forecast', {
    headers: [t('forecastCategory'), t('count'), t('amount')],
    rows: OPEN_FORECAST_CATEGORIES.map((c) => [
      cell(t(`forecast.${c}`), c),
      cell(formatNumber(forecast[c].count), forecast[c].count),
      cell(formatAmount(forecast[c].amount, currency), forecast[c].amount),
    ]),
  });
}

/** Closed deals by month; small months and withheld win rates say so instead of spiking. */
function showMonths(report: AnalysisReport, currency: string | null): void {
  const { byMonth, byMonthWinRateWithheld } = report.winLoss;
  const small = (m: { won: number; lost: number }) => m.won + m.lost < SMALL_SAMPLE;
  const rate = (m: (typeof byMonth)[number]) =>
    byMonthWinRateWithheld || small(m) || m.winRate === null ? null : m.winRate * 100;
  draw('month', {
    type: 'bar',
    data: {
      labels: byMonth.map((m) => m.month),
      datasets: [
        { label: t('won'), data: byMonth.map((m) => m.won), backgroundColor: COLORS.won },
        { label: t('lost'), data: byMonth.map((m) => m.lost), backgroundColor: COLORS.lost },
        {
          type: 'line',
          label: t('winRate'),
          data: byMonth.map(rate),
          borderColor: COLORS.rate,
          backgroundColor: COLORS.rate,
          spanGaps: false,
          yAxisID: 'rate',
        },
      ],
    },
    options: {
      scales: {
        y: { beginAtZero: true },
        rate: {
          position: 'right',
          min: 0,
          max: 100,
          grid: { drawOnChartArea: false },
          ticks: { callback: (value) => `${value}%` },
        },
      },
    },
  });
  showTable('month', {
    headers: [t('month'), t('won'), t('lost'), t('winRate'), t('wonAmount')],
    rows: byMonth.map((m) => {
      const shownRate = byMonthWinRateWithheld
        ? cell('—', null)
        : small(m)
          ? cell(`${formatRate(m.winRate)} (${t('smallSample')})`, m.winRate)
          : cell(formatRate(m.winRate), m.winRate);
      return [
        cell(m.month),
        cell(formatNumber(m.won), m.won),
        cell(formatNumber(m.lost), m.lost),
        shownRate,
        cell(formatAmount(m.wonAmount, currency), m.wonAmount),
      ];
    }),
  });
}

/** Draws an analysis answer into `#report`. */
export function showReport(answer: AnalysisAnswer, groupBy: readonly GroupBy[]): void {
  const { report, currency } = answer;
  // Unknown stages are listed, with their mapping, in the "what we read" step; the
  // reading warnings say the same per stage name.
  const notes = [
    ...report.warnings.filter((w) => w.code !== 'unmappedStage').map((w) => warningText(w, report)),
    ...answer.warnings,
  ];
  const monthNote = report.winLoss.byMonthWinRateWithheld
    ? h('p', { class: 'note', id: 'month-note' }, t('withheldNote'))
    : report.winLoss.byMonth.some((m) => m.won + m.lost < SMALL_SAMPLE)
      ? h('p', { class: 'note', id: 'month-note' }, t('smallSampleNote'))
      : undefined;
  const fields = groupBy.filter((field) => report.winLoss.by[field] !== undefined);
  byId('report').replaceChildren(
    summary(answer),
    h(
      'ul',
      { id: 'warnings', class: 'warnings' },
      ...[...new Set(notes)].map((n) => h('li', {}, n)),
    ),
    velocity(answer),
    h(
      'div',
      { class: 'grid' },
      card('funnel', t('funnel')),
      ...fields.map((field) =>
        card(`by-${field}`, `${t('byGroup')} ${groupLabel(field).toLowerCase()}`),
      ),
      card('stage', t('byStage')),
      card('forecast', t('byForecast')),
      card('month', t('monthly'), monthNote),
    ),
  );
  byId('report').hidden = false;
  showFunnel(report);
  for (const field of fields) showGroups(field, report.winLoss.by[field] ?? [], currency);
  showStages(report, currency);
  showForecast(report, currency);
  showMonths(report, currency);
}
