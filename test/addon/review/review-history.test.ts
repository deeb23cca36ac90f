// The weekly review with the team's snapshots: which two snapshots it
// compares, how the Worker's waterfall becomes advanced and slipped deals,
// and the estimate (with its reason) whenever there is no usable history.
// The Worker is faked; test/worker-page/addon-snapshots.test.ts runs a real one.

import { describe, expect, it } from 'vitest';
import { buildWeeklyReview } from '../../../addon/src/review/build-weekly-review';
import type {
  WeeklyReviewData,
  WeeklyReviewView,
} from '../../../addon/src/review/weekly-review-types';
import { reviewGroups } from '../../../addon/src/review/review-groups';
import { weeklyReviewRows } from '../../../addon/src/review/weekly-review-rows';
import { type Addon, type FetchCall, type FetchReply, loadAddon } from '../harness/load-addon';
import { REVIEW_NOW, reviewPipeline } from '../harness/review-pipeline';

const KEY = `sp_0123456789abcdef_${'ab'.repeat(30)}9f3e`;
const URL = 'https://playbook.example.workers.dev';

const list = (...days: string[]) => ({
  status: 200,
  body: { snapshots: days.map((asOf, i) => ({ asOf, deals: 7, version: i + 1 })) },
});

/** A waterfall as GET /v1/waterfall answers it: changed deals only. */
const WATERFALL = {
  status: 200,
  body: {
    from: '2026-11-16',
    to: '2026-11-23',
    totals: {},
    deals: [
      {
        key: 'id:D1',
        name: 'Alpha',
        account: 'Acme',
        changes: ['advanced'],
        before: { stage: 'Evaluation', amount: 100000, closeDate: '2026-12-20' },
        after: { stage: 'Proposal', amount: 100000, closeDate: '2026-12-20' },
      },
      {
        key: 'id:D2',
        name: 'Beta',
        account: 'Beta Co',
        changes: ['advanced', 'slipped', 'amountDown'],
        before: { stage: 'Proposal', amount: 60000, closeDate: '2026-11-10' },
        after: { stage: 'Negotiation', amount: 50000, closeDate: '2026-12-05' },
      },
      {
        key: 'name:gone co|gone',
        name: 'Gone',
        changes: ['removed'],
        before: { stage: 'Discovery', amount: 9000 },
        after: null,
      },
    ],
  },
};

function open(replies: (call: FetchCall) => FetchReply, language = 'en', keyUrl = URL) {
  const fetches: FetchCall[] = [];
  const addon = loadAddon({
    sheets: { Pipeline: reviewPipeline() },
    now: REVIEW_NOW,
    fetch: (call) => {
      fetches.push(call);
      return replies(call);
    },
  });
  addon.documentProperties.store.set('salesPlaybook.settings', JSON.stringify({ workerUrl: URL }));
  addon.userProperties.store.set('salesPlaybook.apiKey', KEY);
  addon.userProperties.store.set('salesPlaybook.apiKeyUrl', keyUrl);
  addon.userProperties.store.set('salesPlaybook.language', language);
  return {
    addon,
    fetches,
    view: () => buildWeeklyReview(addon.call<WeeklyReviewData>('getWeeklyReview')),
  };
}

/** The review tab as the sidebar writes it: the review laid out, then written by the server. */
function writeTab(addon: Addon) {
  const view = buildWeeklyReview(addon.call<WeeklyReviewData>('getWeeklyReview'));
  const { sheetName } = addon.call<{ sheetName: string }>(
    'writeWeeklyReviewTab',
    weeklyReviewRows(view),
  );
  return addon.book.getSheetByName(sheetName)!.data;
}

const answer = (call: FetchCall, snapshots: FetchReply) =>
  call.url.includes('/v1/waterfall') ? WATERFALL : snapshots;

describe('weekly review with snapshots', () => {
  it('compares the newest snapshot with the newest one a week before it', () => {
    // 11-24 is after today (2026-11-23) and 11-20 less than a week before 11-23.
    const { fetches, view } = open((call) =>
      answer(
        call,
        list('2026-11-02', '2026-11-09', '2026-11-16', '2026-11-20', '2026-11-23', '2026-11-24'),
      ),
    );
    const review = view();
    expect(fetches.map((f) => f.url)).toEqual([
      `${URL}/v1/snapshots`,
      `${URL}/v1/waterfall?from=2026-11-16&to=2026-11-23&period=2026-11`,
      // The stays per stage over the 13 weeks to today: 2026-11-23 − 91 days = 2026-08-24.
      `${URL}/v1/deal-history?from=2026-08-24&to=2026-11-23`,
    ]);
    expect(fetches[1].params.headers).toMatchObject({ Authorization: `Bearer ${KEY}` });
    expect(review.history).toMatchObject({
      from: '2026-11-16',
      to: '2026-11-23',
      reason: '',
      detail: '',
    });
    expect(review.history.deals).toHaveLength(3);
    // What the sidebar and the tab show (reviewGroups):
    const { advanced, slipped } = reviewGroups(review);
    // advanced: D1 (100,000) + D2 (50,000, its later amount, as the waterfall counts it)
    expect(advanced).toMatchObject({ count: 2, amount: 150000, method: 'previous' });
    expect(advanced.deals.map((d) => d.id)).toEqual(['D1', 'D2']);
    // slipped: D2 only, shown with its new close date; the removed deal counts nowhere
    expect(slipped).toMatchObject({ count: 1, amount: 50000, method: 'previous' });
    expect(slipped.deals).toEqual([
      {
        row: 0,
        id: 'D2',
        name: 'Beta',
        account: 'Beta Co',
        stage: 'Negotiation',
        amount: 50000,
        closeDate: '2026-12-05',
      },
    ]);
    // The rest of the review still reads the sheet: D4 won 2026-11-19 (review-pipeline.ts).
    expect(review.won).toMatchObject({ count: 1, amount: 40000 });
  });

  it('without a snapshot a week before the newest, compares with the oldest one', () => {
    const { fetches, view } = open((call) =>
      answer(call, list('2026-11-19', '2026-11-21', '2026-11-23')),
    );
    expect(view().history).toMatchObject({ from: '2026-11-19', to: '2026-11-23', reason: '' });
    expect(fetches[1].url).toContain('from=2026-11-19&to=2026-11-23');
  });

  it('shows stage names in the user’s language and writes the note to the review tab', () => {
    const { addon, view } = open((call) => answer(call, list('2026-11-16', '2026-11-23')), 'zh');
    expect(reviewGroups(view()).slipped.deals[0].stage).toBe('谈判阶段');
    const rows = writeTab(addon);
    expect(rows[1][0]).toBe('推进与延期交易为实测：2026-11-16 与 2026-11-23 两次快照之间的变化。');
    // The slipped section lists D2 with its new close date.
    expect(rows.some((r) => r[0] === 'Beta' && r[4] === '2026-12-05')).toBe(true);
  });
});

describe('weekly review estimates, and says why', () => {
  // The estimates of the review pipeline (weekly-review.test.ts): D1 advanced by its
  // stage-entered date (100,000); D2 slipped, its close date 11-10 has passed (50,000).
  const estimated = (review: WeeklyReviewView) => {
    expect(review.advanced).toMatchObject({ count: 1, amount: 100000, method: 'stageEntered' });
    expect(review.slipped).toMatchObject({ count: 1, amount: 50000, method: 'pastCloseDate' });
  };

  it('without a Worker', () => {
    const addon = loadAddon({ sheets: { Pipeline: reviewPipeline() }, now: REVIEW_NOW });
    const review = buildWeeklyReview(addon.call<WeeklyReviewData>('getWeeklyReview'));
    expect(review.history).toEqual({ from: '', to: '', reason: 'noWorker', detail: '', deals: [] });
    expect(reviewGroups(review).advanced).toBe(review.advanced);
    estimated(review);
    expect(writeTab(addon)[1][0]).toBe(
      'Advanced and slipped deals are estimated from dates (stage entered this week; close date passed). Set up the analytics service and weekly snapshots in Settings to measure them.',
    );
  });

  it('without a key saved for the document’s URL, calling nothing', () => {
    const { fetches, view } = open(() => list(), 'en', 'https://other.example.workers.dev');
    const review = view();
    expect(review.history.reason).toBe('noKey');
    expect(fetches).toEqual([]);
    estimated(review);
  });

  it('with no snapshot, or only one', () => {
    expect(open(() => list()).view().history.reason).toBe('none');
    const one = open(() => list('2026-11-23'));
    expect(one.view().history.reason).toBe('none');
    expect(one.fetches).toHaveLength(1);
  });

  it('when the newest snapshot is more than a week old', () => {
    const { view } = open(() => list('2026-11-02', '2026-11-09', '2026-11-15'));
    const review = view();
    expect(review.history).toMatchObject({ reason: 'stale', detail: '2026-11-15' });
    estimated(review);
  });

  it('when the Worker refuses or cannot be reached, never failing the review', () => {
    const refused = open(() => ({
      status: 429,
      body: { title: 'Too many requests', detail: 'Try again in 60 seconds.' },
    })).view();
    expect(refused.history).toMatchObject({
      reason: 'unreachable',
      detail: 'HTTP 429: Try again in 60 seconds.',
    });
    estimated(refused);

    const down = open(() => {
      throw new Error('Address unavailable: https://playbook.example.workers.dev/v1/snapshots');
    }).view();
    expect(down.history).toMatchObject({
      reason: 'unreachable',
      detail: 'Address unavailable: https://playbook.example.workers.dev/v1/snapshots',
    });
    estimated(down);

    const noWaterfall = open((call) =>
      call.url.includes('waterfall')
        ? { status: 404, body: { title: 'Not found', detail: 'No snapshot of 2026-11-16.' } }
        : list('2026-11-16', '2026-11-23'),
    ).view();
    expect(noWaterfall.history).toMatchObject({
      reason: 'unreachable',
      detail: 'HTTP 404: No snapshot of 2026-11-16.',
    });
  });
});
