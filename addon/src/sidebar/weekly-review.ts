// Weekly pipeline review sidebar (playbook §4): the week's figures, the ten
// largest open deals with a red/yellow/green risk and its reasons, coverage,
// win rate, deal size, cycle and stage conversion, and a button that writes
// the same review to a dated tab. An owner filter shows one rep's deals (by
// default the signed-in user's, through Settings' owner mapping) or the
// whole team's. The server sends what it read; the sidebar works the review out
// (`buildWeeklyReview`), with coverage against the rep's quota.

import { addonText } from '../../../shared/content/addon-text';
import { label } from '../../../shared/labels/label';
import type { Language } from '../../../shared/types';
import type {
  FunnelStageView,
  ReviewGroupView,
  TopDealView,
  WeeklyReviewView,
} from '../review/weekly-review-types';
import { call } from './client/call';
import { errorBox } from './client/error-box';
import { figure } from './client/figure';
import { forecastCallSection } from './client/forecast-call-section';
import { formatMoney } from './client/format-money';
import { formatPercent } from './client/format-percent';
import { formatRatio } from './client/format-ratio';
import { h } from './client/h';
import { mount } from './client/mount';
import { ownerPicker } from './client/owner-picker';
import { pushedSection } from './client/pushed-section';
import { stageDaysSection } from './client/stage-days-section';
import { problemsNote } from './client/problems-note';
import { setPageLanguage } from './client/set-page-language';
import { sidebarText } from './client/sidebar-text';
import { snapshotText } from './client/snapshot-text';
import { buildWeeklyReview } from '../review/build-weekly-review';
import { reviewGroups } from '../review/review-groups';
import { weeklyReviewRows } from '../review/weekly-review-rows';

/** A group of the week (new, won, lost…): its count, with the amount under it. */
function groupTile(testId: string, name: string, group: ReviewGroupView, note = '') {
  return figure(
    testId,
    name,
    String(group.count),
    [formatMoney(group.amount), note].filter(Boolean).join(' · '),
  );
}

function figures(view: WeeklyReviewView): HTMLElement {
  const lang = view.language;
  const { coverage, winRate, cycleDays } = view;
  const { advanced, slipped } = reviewGroups(view);
  return h(
    'section',
    { class: 'figures', 'aria-label': label('weeklyReview', lang) },
    figure(
      'total',
      label('openPipeline', lang),
      formatMoney(view.total.amount),
      sidebarText('dealsCount', lang, { count: view.total.count }),
    ),
    figure('weighted', label('weightedPipeline', lang), formatMoney(view.weighted)),
    groupTile('new', label('new', lang), view.newDeals),
    groupTile(
      'advanced',
      label('advanced', lang),
      advanced,
      advanced.method === 'stageEntered'
        ? sidebarText('fromStageDates', lang)
        : snapshotText('measured', lang),
    ),
    groupTile('won', label('won', lang), view.won),
    groupTile('lost', label('lost', lang), view.lost),
    groupTile(
      'slipped',
      label('slipped', lang),
      slipped,
      slipped.method === 'pastCloseDate'
        ? sidebarText('pastCloseDate', lang)
        : snapshotText('measured', lang),
    ),
    figure(
      'coverage',
      label('coverage', lang),
      formatRatio(coverage.ratio),
      coverage.quota === null
        ? sidebarText('noQuota', lang)
        : h(
            'span',
            { class: coverage.health === 'under' ? 'warn' : '' },
            [
              coverage.healthLabel,
              `${label('remainingQuota', lang)} ${formatMoney(coverage.remainingQuota)}`,
            ]
              .filter(Boolean)
              .join(' · '),
          ),
    ),
    figure(
      'win-rate',
      label('winRate', lang),
      formatPercent(winRate.value),
      [
        sidebarText('wonLost', lang, { won: winRate.won, lost: winRate.lost }),
        winRate.healthLabel,
        sidebarText('bandRange', lang, {
          min: formatPercent(winRate.band.min),
          max: formatPercent(winRate.band.max),
        }),
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    figure('average-deal-size', label('averageDealSize', lang), formatMoney(view.averageDealSize)),
    figure(
      'cycle',
      label('salesCycle', lang),
      cycleDays.mean === null ? '–' : `${Math.round(cycleDays.mean)} ${label('days', lang)}`,
      cycleDays.median === null
        ? null
        : sidebarText('meanMedian', lang, {
            mean: Math.round(cycleDays.mean ?? 0),
            median: Math.round(cycleDays.median),
          }),
    ),
    figure(
      'velocity',
      label('velocity', lang),
      view.velocity === null ? '–' : formatMoney(view.velocity),
      view.velocity === null ? null : label('perDay', lang),
    ),
  );
}

/**
 * The quota period's forecast by category, cumulative from Closed to Upside
 * against the quota (playbook §3); nothing without a quota.
 */
function forecastTable(view: WeeklyReviewView): HTMLElement | null {
  const lang = view.language;
  if (view.forecast.length === 0) return null;
  return h(
    'section',
    { 'data-testid': 'forecast-rollup' },
    h('h2', {}, sidebarText('forecastRollup', lang, view.coverage.period)),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, label('forecastCategory', lang)),
          h('th', { scope: 'col', class: 'num' }, label('amount', lang)),
          h('th', { scope: 'col', class: 'num' }, sidebarText('cumulative', lang)),
          h('th', { scope: 'col', class: 'num' }, sidebarText('ofQuota', lang)),
        ),
      ),
      h(
        'tbody',
        {},
        view.forecast.map((row, i) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, `${i ? '+ ' : ''}${row.label}`),
            h('td', { class: 'num' }, formatMoney(row.amount)),
            h('td', { class: 'num' }, formatMoney(row.cumulative)),
            h('td', { class: 'num' }, formatPercent(row.ofQuota)),
          ),
        ),
      ),
    ),
  );
}

/** Whether advanced and slipped deals were measured between snapshots or estimated, and why. */
function historyNote(view: WeeklyReviewView): HTMLElement {
  const lang = view.language;
  const { history } = view;
  return h(
    'p',
    {
      class: history.reason ? 'warn' : 'muted',
      'data-testid': 'history-note',
      'data-measured': history.reason ? 'false' : 'true',
    },
    history.reason
      ? snapshotText('estimatedNote', lang, {
          reason: snapshotText(history.reason, lang, { detail: history.detail }),
        })
      : snapshotText('measuredNote', lang, { from: history.from, to: history.to }),
  );
}

function lossReasons(view: WeeklyReviewView): HTMLElement | null {
  const lang = view.language;
  if (view.lost.reasons.length === 0) return null;
  return h(
    'section',
    { 'data-testid': 'loss-reasons' },
    h('h2', {}, label('lossReasons', lang)),
    h(
      'ul',
      {},
      view.lost.reasons.map((r) =>
        h('li', {}, `${r.reason}: ${r.count} · ${formatMoney(r.amount)}`),
      ),
    ),
  );
}

function topDeal(deal: TopDealView, lang: Language): HTMLElement {
  const facts = [
    deal.stage,
    deal.daysInStage === null ? '' : sidebarText('inStage', lang, { days: deal.daysInStage }),
    deal.closeDate,
  ].filter(Boolean);
  const next = deal.nextStep
    ? `${label('nextStep', lang)}: ${deal.nextStep}${deal.nextStepDate ? ` (${deal.nextStepDate})` : ''}`
    : sidebarText('noNextStep', lang);
  return h(
    'li',
    { class: 'deal', 'data-testid': 'top-deal', 'data-risk': deal.risk },
    h(
      'div',
      { class: 'deal-head' },
      h('span', {
        class: `dot ${deal.risk}`,
        role: 'img',
        'aria-label': `${label('risk', lang)}: ${deal.riskLabel}`,
      }),
      h('strong', { class: 'deal-name' }, deal.name || deal.id),
      h('span', { class: 'num' }, formatMoney(deal.amount)),
    ),
    h('div', { class: 'muted' }, [deal.account, ...facts].filter(Boolean).join(' · ')),
    h('div', { class: 'muted' }, next),
    deal.reasons.length > 0
      ? h('div', { class: `reasons ${deal.risk}` }, `${deal.riskLabel}: ${deal.reasons.join('; ')}`)
      : null,
  );
}

function conversion(stages: readonly FunnelStageView[], lang: Language): HTMLElement {
  return h(
    'table',
    { 'data-testid': 'conversion' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, label('stage', lang)),
        h('th', { scope: 'col', class: 'num' }, addonText('reached', lang)),
        h('th', { scope: 'col', class: 'num' }, label('advanced', lang)),
        h('th', { scope: 'col', class: 'num' }, '%'),
      ),
    ),
    h(
      'tbody',
      {},
      stages.map((s) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, s.stage),
          h('td', { class: 'num' }, String(s.reached)),
          h('td', { class: 'num' }, String(s.advanced)),
          h('td', { class: 'num' }, formatPercent(s.conversion)),
        ),
      ),
    ),
  );
}

function render(view: WeeklyReviewView, reload: () => void, pick: (owner: string) => void): void {
  const lang = view.language;
  const status = h('span', { class: 'status', role: 'status', 'data-testid': 'status' });
  const problem = h('div', {});
  const write = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'write' },
    addonText('writeReviewTab', lang),
  ) as HTMLButtonElement;
  const refresh = h(
    'button',
    { type: 'button', 'data-testid': 'refresh', onclick: reload },
    label('refresh', lang),
  );
  write.addEventListener('click', async () => {
    write.disabled = true;
    status.className = 'status muted';
    status.textContent = sidebarText('writing', lang);
    problem.replaceChildren();
    try {
      const written = await call('writeWeeklyReviewTab', weeklyReviewRows(view));
      status.className = 'status ok';
      status.textContent = `✓ ${addonText('reviewWritten', lang, { name: written.sheetName })}`;
    } catch (error) {
      status.textContent = '';
      problem.replaceChildren(errorBox(error));
    } finally {
      write.disabled = false;
    }
  });
  mount(
    h('h1', {}, label('weeklyReview', lang)),
    ownerPicker(view.rep, lang, pick).element,
    h('div', { class: 'muted', 'data-testid': 'week' }, sidebarText('weekRange', lang, view.week)),
    h(
      'div',
      { class: 'muted' },
      sidebarText('dealsRead', lang, { count: view.dealCount, sheet: view.sheetName }),
    ),
    problemsNote(view.problems, lang) ?? h('span', {}),
    figures(view),
    historyNote(view),
    view.pushed?.length ? pushedSection(view.pushed, lang) : h('span', {}),
    forecastTable(view) ?? h('span', {}),
    forecastCallSection(view) ?? h('span', {}),
    lossReasons(view) ?? h('span', {}),
    h('h2', {}, label('largestOpenDeals', lang)),
    view.top.length > 0
      ? h(
          'ol',
          { class: 'deals' },
          view.top.map((deal) => topDeal(deal, lang)),
        )
      : h('p', { class: 'muted' }, addonText('noOpenDeals', lang)),
    view.stageDays ? stageDaysSection(view.stageDays, lang) : h('span', {}),
    h('h2', {}, label('stageConversion', lang)),
    conversion(view.stageConversion.stages, lang),
    view.stageConversion.approximate
      ? h(
          'p',
          { class: 'muted', 'data-testid': 'approximate' },
          `${label('approximate', lang)}: ${sidebarText('fromSnapshot', lang)}`,
        )
      : h('span', {}),
    h('div', { class: 'actions' }, problem, h('div', { class: 'row' }, write, refresh, status)),
  );
}

/** Loads the review: of `owner` ('' whole team), or the server's default (the user's deals). */
async function start(owner?: string): Promise<void> {
  try {
    const view = buildWeeklyReview(
      await (owner === undefined ? call('getWeeklyReview') : call('getWeeklyReview', owner)),
    );
    setPageLanguage(view.language);
    const loading = (next?: string) => {
      mount(h('p', { class: 'muted' }, label('loading', view.language)));
      start(next);
    };
    render(view, () => loading(view.rep.owner), loading);
  } catch (error) {
    mount(errorBox(error));
  }
}

start();
