// Pipeline changes sidebar: pick two of the team's snapshot dates and a
// forecast period; the server asks the analytics Worker (with the user's key,
// which never comes here) and this page shows the waterfall between the two
// snapshots, each kind with its count, amount and deals, the trends by month
// and the forecast accuracy. "Write to a tab" sends the tab as laid out here
// to the server, which checks every cell and writes it with its charts.
// Without a Worker, a key or two snapshots the page says what to do.

import type { Language } from '../../../shared/types';
import { call } from './client/call';
import { changesText } from './client/changes-text';
import {
  answerProblem,
  type ChangeGroup,
  changeGroups,
  type ChangesView,
  changesTabLayout,
  changesView,
  dealName,
  trendMonths,
} from './client/changes-view';
import { errorBox } from './client/error-box';
import { formatMoney } from './client/format-money';
import { formatPercent } from './client/format-percent';
import { formatRatio } from './client/format-ratio';
import { h } from './client/h';
import { mount } from './client/mount';
import { setPageLanguage } from './client/set-page-language';

/** The language until the server says which one the user chose: the browser's. */
const startLanguage: Language = /^zh\b/i.test(navigator.language) ? 'zh' : 'en';

const arrow = (a: string, b: string) => (a === b ? a : `${a} → ${b}`);

function groupView(group: ChangeGroup, lang: Language): HTMLElement {
  const t = (key: Parameters<typeof changesText>[0]) => changesText(key, lang);
  return h(
    'details',
    { 'data-testid': 'kind', 'data-kind': group.kind },
    h(
      'summary',
      {},
      h('strong', {}, group.label),
      ' ',
      h('span', { 'data-testid': 'count' }, String(group.count)),
      h('span', { class: 'muted' }, ` · ${formatMoney(group.amount)}`),
    ),
    group.deals.length === 0
      ? h('p', { class: 'muted' }, t('noChanges'))
      : h(
          'ul',
          { class: 'deals' },
          group.deals.map((d) =>
            h(
              'li',
              { 'data-testid': 'deal' },
              h(
                'div',
                { class: 'deal-name' },
                dealName(d),
                d.owner ? h('span', { class: 'muted' }, ` · ${d.owner}`) : null,
              ),
              h(
                'div',
                { class: 'muted' },
                `${t('stage')}: ${arrow(d.before?.stage ?? '–', d.after?.stage ?? '–')}; ` +
                  `${formatMoney(d.before?.amount)} → ${formatMoney(d.after?.amount)}; ` +
                  `${arrow(d.before?.closeDate ?? '–', d.after?.closeDate ?? '–')}`,
              ),
            ),
          ),
        ),
  );
}

function results(data: ChangesView): HTMLElement {
  const lang = data.language;
  const t = (key: Parameters<typeof changesText>[0], values?: Record<string, string | number>) =>
    changesText(key, lang, values);
  const parts: (HTMLElement | null)[] = [];
  const section = (answer: ChangesView['waterfall'], build: () => (HTMLElement | null)[]) => {
    const problem = answerProblem(answer, lang);
    if (problem) return [errorBox(problem)];
    try {
      return build();
    } catch (error) {
      return [errorBox(error)];
    }
  };
  parts.push(h('h2', {}, t('between', { from: data.from, to: data.to })));
  parts.push(
    ...section(data.waterfall, () => {
      const body = data.waterfall!.body;
      const p = body.pipeline ?? {};
      return [
        h(
          'p',
          { class: 'muted', 'data-testid': 'bridge' },
          t('bridge', {
            start: formatMoney(p.start),
            end: formatMoney(p.end),
            unchanged: body.unchanged ?? '–',
          }),
        ),
        h('p', { class: 'muted' }, t('slipPeriod', { period: body.period?.label ?? '' })),
        h(
          'div',
          { 'data-testid': 'waterfall' },
          changeGroups(body, lang).map((g) => groupView(g, lang)),
        ),
      ];
    }),
  );
  parts.push(h('h2', {}, t('trends')));
  parts.push(
    ...section(data.trends, () => {
      const months = trendMonths(data.trends!.body, lang);
      const head = (['month', 'winRate', 'open', 'weighted', 'coverage', 'cycle'] as const).map(
        (k, i) => h('th', { scope: 'col', class: i ? 'num' : undefined }, t(k)),
      );
      return [
        h(
          'table',
          // six columns: the table scrolls sideways in a narrow sidebar
          { 'data-testid': 'trends', style: 'display: block; overflow-x: auto' },
          h('thead', {}, h('tr', {}, head)),
          h(
            'tbody',
            {},
            months.map((m) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, m.month),
                h('td', { class: 'num' }, formatPercent(m.winRate)),
                h('td', { class: 'num' }, formatMoney(m.openPipeline)),
                h('td', { class: 'num' }, formatMoney(m.weightedPipeline)),
                h('td', { class: 'num' }, formatRatio(m.coverage)),
                h(
                  'td',
                  { class: 'num' },
                  m.cycleDays === null ? '–' : String(Math.round(m.cycleDays)),
                ),
              ),
            ),
          ),
        ),
        data.quota === null
          ? h('p', { class: 'muted', 'data-testid': 'no-quota' }, t('noQuota'))
          : null,
      ];
    }),
  );
  parts.push(h('h2', {}, t('accuracy', { period: data.period })));
  parts.push(
    ...section(data.accuracy, () => {
      const a = data.accuracy!.body;
      const line = (key: 'commit' | 'commitBestCase') => {
        const r = a.accuracy?.[key] ?? {};
        return h(
          'li',
          { 'data-testid': 'accuracy' },
          `${t(key === 'commit' ? 'commit' : 'bestCase')}: ${t('forecast')} ${formatMoney(a.forecast?.[key])}, ${t('actual')} ${formatMoney(a.actual?.won)}, ${t('ratio')} ${r.ratio === null || r.ratio === undefined ? '–' : r.ratio.toFixed(2)}` +
            (r.ratio === null || r.ratio === undefined
              ? ''
              : ` (${t(r.withinTarget ? 'onTarget' : 'offTarget')})`),
        );
      };
      return [
        h(
          'p',
          { class: 'muted' },
          t('forecastFrom', { forecast: a.forecastAsOf ?? '–', actual: a.actualAsOf ?? '–' }),
        ),
        h('ul', {}, line('commit'), line('commitBestCase')),
      ];
    }),
  );
  return h('div', { 'data-testid': 'results' }, parts);
}

/** What to do when there is nothing to compare, in the user's language. */
function nothingToCompare(data: ChangesView): HTMLElement {
  return h(
    'div',
    { class: 'warn', role: 'alert', 'data-testid': 'setup-needed', 'data-reason': data.reason },
    changesText(data.reason as 'noWorker', data.language, {
      n: data.snapshots.length,
      detail: data.detail,
    }),
  );
}

function page(data: ChangesView): void {
  const lang = data.language;
  setPageLanguage(lang);
  const t = (key: Parameters<typeof changesText>[0], values?: Record<string, string | number>) =>
    changesText(key, lang, values);
  const heading = h('h1', {}, t('title'));
  if (data.reason) {
    mount(heading, nothingToCompare(data));
    return;
  }
  const picker = (id: string, chosen: string) =>
    h(
      'select',
      { id, 'data-testid': id },
      [...data.snapshots]
        .reverse()
        .map((d) => h('option', { value: d, selected: d === chosen }, d)),
    ) as HTMLSelectElement;
  const from = picker('from', data.from);
  const to = picker('to', data.to);
  const period = h('input', {
    id: 'period',
    value: data.period,
    placeholder: '2026-Q4',
    'data-testid': 'period',
  }) as HTMLInputElement;
  const show = h(
    'button',
    { type: 'button', 'data-testid': 'show' },
    t('show'),
  ) as HTMLButtonElement;
  const write = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'write' },
    t('write'),
  ) as HTMLButtonElement;
  const status = h('div', { class: 'status', role: 'status', 'data-testid': 'status' });
  const problem = h('div', {});
  write.disabled = data.waterfall?.status !== 200;
  show.onclick = async () => {
    if (from.value > to.value) {
      problem.replaceChildren(errorBox(t('reversed')));
      return;
    }
    show.disabled = true;
    write.disabled = true;
    status.textContent = t('loading');
    problem.replaceChildren();
    try {
      page(changesView(await call('getChanges', from.value, to.value, period.value.trim())));
    } catch (error) {
      status.textContent = '';
      problem.replaceChildren(errorBox(error));
      show.disabled = false;
    }
  };
  write.onclick = async () => {
    write.disabled = true;
    status.textContent = t('writing');
    problem.replaceChildren();
    try {
      const { sheetName } = await call(
        'writeChangesTab',
        data.from,
        data.to,
        changesTabLayout(data),
      );
      status.textContent = t('wrote', { name: sheetName });
    } catch (error) {
      status.textContent = '';
      problem.replaceChildren(errorBox(error));
    }
    write.disabled = false;
  };
  const field = (id: string, text: string, input: HTMLElement) =>
    h('div', { class: 'field' }, h('label', { for: id }, text), input);
  mount(
    heading,
    field('from', t('from'), from),
    field('to', t('to'), to),
    field('period', t('period'), period),
    h('div', { class: 'actions' }, show, write),
    status,
    problem,
    results(data),
  );
}

async function start(): Promise<void> {
  try {
    page(changesView(await call('getChanges')));
  } catch (error) {
    setPageLanguage(startLanguage);
    mount(h('h1', {}, changesText('title', startLanguage)), errorBox(error));
  }
}

void start();
