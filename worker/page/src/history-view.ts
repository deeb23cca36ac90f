import { WATERFALL_ORDER } from '../../../shared/snapshots/waterfall-order';
import {
  type DealState,
  getForecastAccuracy,
  getTrends,
  getWaterfall,
  listSnapshots,
  ProblemError,
} from './api';
import { byId, cell, download, fillTable, h, type TableModel, tableCsv } from './dom';
import { formatAmount, formatNumber, formatRate } from './format';
import { stageName, t, type Word } from './text';

const KEY_STORAGE = 'salesPlaybook.teamKey';
/** Change kinds of a waterfall, in the order a manager reads them. */
const CHANGES = WATERFALL_ORDER;

/** The team key of this tab (sessionStorage: gone when the tab closes). */
export const teamKey = (): string | null => sessionStorage.getItem(KEY_STORAGE);

function table(id: string, model: TableModel): HTMLElement {
  const element = h('table', { id: `table-${id}` });
  fillTable(element, model);
  const button = h('button', { type: 'button', class: 'download' }, t('downloadCsv'));
  button.addEventListener('click', () => download(`${id}.csv`, tableCsv(model)));
  return h('div', { class: 'history-table' }, element, button);
}

function say(box: HTMLElement, error: unknown): void {
  const text =
    error instanceof ProblemError
      ? `${error.problem.title}${error.problem.detail ? `: ${error.problem.detail}` : ''}`
      : String(error);
  box.replaceChildren(h('p', { class: 'problem-text' }, text));
}

const stateText = (state: DealState, currency: string | null) =>
  state
    ? `${stageName(state.stage)} · ${formatAmount(state.amount, currency)}${state.closeDate ? ` · ${state.closeDate}` : ''}`
    : '—';

/** Loads the snapshot list and draws the trends, waterfall and accuracy controls. */
export async function showHistory(currency: string | null = null): Promise<void> {
  const key = teamKey();
  const box = byId('history-views');
  byId('forget-key').hidden = key === null;
  byId('save-snapshot').hidden = key === null;
  if (!key) {
    box.replaceChildren();
    return;
  }
  let dates: string[];
  try {
    dates = (await listSnapshots(key)).snapshots.map((s) => s.asOf);
  } catch (error) {
    say(box, error);
    return;
  }
  if (dates.length === 0) {
    box.replaceChildren(h('p', { id: 'snapshot-list' }, t('noSnapshots')));
    return;
  }
  const options = (selected: string) =>
    dates.map((d) => h('option', { value: d, selected: d === selected }, d));
  const first = dates[0];
  const last = dates[dates.length - 1];

  const trendFrom = h('input', { type: 'month', id: 'trend-from', value: first.slice(0, 7) });
  const trendTo = h('input', { type: 'month', id: 'trend-to', value: last.slice(0, 7) });
  const trendOut = h('div', { id: 'trends' });
  const showTrends = async () => {
    try {
      const trends = await getTrends(key, trendFrom.value, trendTo.value);
      trendOut.replaceChildren(
        table('trends', {
          headers: [
            t('month'),
            t('won'),
            t('lost'),
            t('winRate'),
            t('wonAmount'),
            t('openPipeline'),
            t('weightedPipeline'),
          ],
          rows: trends.months.map((m) => [
            cell(m.month),
            cell(formatNumber(m.won), m.won),
            cell(formatNumber(m.lost), m.lost),
            cell(formatRate(m.winRate), m.winRate),
            cell(formatAmount(m.wonAmount, currency), m.wonAmount),
            cell(formatAmount(m.openPipeline, currency), m.openPipeline),
            cell(formatAmount(m.weightedPipeline, currency), m.weightedPipeline),
          ]),
        }),
      );
    } catch (error) {
      say(trendOut, error);
    }
  };

  const fallFrom = h(
    'select',
    { id: 'waterfall-from' },
    ...options(dates[Math.max(0, dates.length - 2)]),
  );
  const fallTo = h('select', { id: 'waterfall-to' }, ...options(last));
  const fallOut = h('div', { id: 'waterfall' });
  const showWaterfall = async () => {
    try {
      const fall = await getWaterfall(key, fallFrom.value, fallTo.value);
      const kinds = CHANGES.filter((kind) => fall.totals[kind]);
      fallOut.replaceChildren(
        table('waterfall', {
          headers: [t('changes'), t('count'), t('amount')],
          rows: kinds.map((kind) => [
            cell(t(`change.${kind}` as Word), kind),
            cell(formatNumber(fall.totals[kind].count), fall.totals[kind].count),
            cell(formatAmount(fall.totals[kind].amount, currency), fall.totals[kind].amount),
          ]),
        }),
        ...kinds
          .filter((kind) => fall.totals[kind].count > 0)
          .map((kind) => {
            const deals = fall.deals.filter((d) => d.changes.includes(kind));
            return h(
              'details',
              { class: 'change-deals', 'data-change': kind },
              h('summary', {}, `${t(`change.${kind}` as Word)} (${formatNumber(deals.length)})`),
              table(`waterfall-${kind}`, {
                headers: [t('deal'), t('account'), t('owner'), t('before'), t('after')],
                rows: deals.map((d) => [
                  cell(d.name ?? d.key),
                  cell(d.account ?? ''),
                  cell(d.owner ?? ''),
                  cell(stateText(d.before, currency)),
                  cell(stateText(d.after, currency)),
                ]),
              }),
            );
          }),
      );
    } catch (error) {
      say(fallOut, error);
    }
  };

  const quarter = `${last.slice(0, 4)}-Q${Math.ceil(Number(last.slice(5, 7)) / 3)}`;
  const period = h('input', {
    type: 'text',
    id: 'accuracy-period',
    value: quarter,
    size: '8',
    pattern: '\\d{4}(-Q[1-4]|-\\d{2})?',
  });
  const accuracyOut = h('div', { id: 'accuracy' });
  const showAccuracy = async () => {
    try {
      const a = await getForecastAccuracy(key, period.value);
      accuracyOut.replaceChildren(
        table('accuracy', {
          headers: [t('forecastCategory'), t('forecastVsActual'), t('actual'), t('ratio')],
          rows: (['commit', 'commitBestCase'] as const).map((k) => [
            cell(k === 'commit' ? t('forecast.commit') : t('commitBestCase'), k),
            cell(formatAmount(a.forecast[k], currency), a.forecast[k]),
            cell(formatAmount(a.actual.won, currency), a.actual.won),
            cell(formatRate(a.accuracy[k].ratio), a.accuracy[k].ratio),
          ]),
        }),
      );
    } catch (error) {
      say(accuracyOut, error);
    }
  };

  const button = (text: string, action: () => void) => {
    const element = h('button', { type: 'button' }, text);
    element.addEventListener('click', action);
    return element;
  };
  const control = (text: string, input: HTMLElement) => h('label', {}, h('span', {}, text), input);
  box.replaceChildren(
    h('p', { id: 'snapshot-list' }, `${t('snapshots')}: ${dates.join(', ')}`),
    h(
      'section',
      {},
      h('h3', {}, t('trends')),
      h(
        'div',
        { class: 'fields' },
        control(t('from'), trendFrom),
        control(t('to'), trendTo),
        button(t('show'), showTrends),
      ),
      trendOut,
    ),
    h(
      'section',
      {},
      h('h3', {}, t('waterfall')),
      h(
        'div',
        { class: 'fields' },
        control(t('from'), fallFrom),
        control(t('to'), fallTo),
        button(t('show'), showWaterfall),
      ),
      fallOut,
    ),
    h(
      'section',
      {},
      h('h3', {}, t('forecastAccuracy')),
      h('div', { class: 'fields' }, control(t('period'), period), button(t('show'), showAccuracy)),
      accuracyOut,
    ),
  );
  await Promise.all([showTrends(), dates.length > 1 ? showWaterfall() : undefined, showAccuracy()]);
}

/** Keeps the key for this tab and shows the history. */
export async function useKey(key: string): Promise<void> {
  sessionStorage.setItem(KEY_STORAGE, key.trim());
  await showHistory();
}

export async function forgetKey(): Promise<void> {
  sessionStorage.removeItem(KEY_STORAGE);
  await showHistory();
}
