// Days in stage for the stalled rule (playbook §1: stalled after 2× the
// stage's average days) from the team's snapshots: when neither the stage
// table nor the sheet's stage-history columns give a stage's average, the
// review takes the stay the Worker measured over the last 13 weeks
// (GET /v1/deal-history). The Worker is faked with hand-picked averages.

import { describe, expect, it } from 'vitest';
import { buildWeeklyReview } from '../../../addon/src/review/build-weekly-review';
import type {
  WeeklyReviewData,
  WeeklyReviewView,
} from '../../../addon/src/review/weekly-review-types';
import { type FetchCall, type FetchReply, loadAddon } from '../harness/load-addon';
import { REVIEW_NOW, reviewPipeline } from '../harness/review-pipeline';

const KEY = `sp_0123456789abcdef_${'ab'.repeat(30)}9f3e`;
const URL = 'https://playbook.example.workers.dev';

/** The stays as GET /v1/deal-history answers them. */
const HISTORY = {
  status: 200,
  body: {
    stages: [
      { stage: 'Prospecting', averageDays: null, deals: 0 },
      { stage: 'Proposal', averageDays: 2, deals: 3 },
      { stage: 'Negotiation', averageDays: 20, deals: 2 },
    ],
  },
};

function review(
  history: FetchReply,
  settings: Record<string, unknown> = {},
  language = 'en',
): { view: WeeklyReviewView; fetches: FetchCall[] } {
  const fetches: FetchCall[] = [];
  const addon = loadAddon({
    sheets: { Pipeline: reviewPipeline() },
    now: REVIEW_NOW,
    fetch: (call) => {
      fetches.push(call);
      if (call.url.includes('/v1/deal-history')) return history;
      if (call.url.includes('/v1/waterfall')) return { status: 200, body: { deals: [] } };
      return {
        status: 200,
        body: {
          snapshots: ['2026-11-16', '2026-11-23'].map((asOf) => ({ asOf, deals: 7, version: 1 })),
        },
      };
    },
  });
  addon.documentProperties.store.set(
    'salesPlaybook.settings',
    JSON.stringify({ workerUrl: URL, ...settings }),
  );
  addon.userProperties.store.set('salesPlaybook.apiKey', KEY);
  addon.userProperties.store.set('salesPlaybook.apiKeyUrl', URL);
  addon.userProperties.store.set('salesPlaybook.language', language);
  return {
    view: buildWeeklyReview(addon.call<WeeklyReviewData>('getWeeklyReview', '')),
    fetches,
  };
}

const stalled = (view: WeeklyReviewView, id: string) =>
  view.top.find((t) => t.id === id)?.reasons.some((r) => /stalled|停滞/i.test(r));

describe('days in stage from the snapshots', () => {
  it('uses the measured stays when the sheet has no stage dates', () => {
    const { view, fetches } = review(HISTORY);
    // 13 weeks to today: 2026-11-23 − 91 days = 2026-08-24.
    expect(fetches.map((f) => f.url)).toContain(
      `${URL}/v1/deal-history?from=2026-08-24&to=2026-11-23`,
    );
    // Prospecting has no measured stay and stays without an average.
    expect(view.stageDays).toEqual([
      { stage: 'Proposal', days: 2, source: 'snapshots', deals: 3 },
      { stage: 'Negotiation', days: 20, source: 'snapshots', deals: 2 },
    ]);
    // D1 entered Proposal on 11-18: 5 days on 11-23, over 2 × 2 = 4.
    expect(view.top.find((t) => t.id === 'D1')?.daysInStage).toBe(5);
    expect(stalled(view, 'D1')).toBe(true);
    // D2 entered Negotiation on 10-01: 53 days, over 2 × 20 = 40.
    expect(stalled(view, 'D2')).toBe(true);
  });

  it('lets averages typed in the stage table win, in Chinese too', () => {
    const stageTable = [
      ['Prospecting', '0.05', 'open', '', ''],
      ['Discovery', '0.15', 'open', '', ''],
      ['Evaluation', '0.3', 'open', '', ''],
      ['Proposal', '0.5', 'open', '', '30'],
      ['Negotiation', '0.75', 'open', '', ''],
      ['Closed Won', '1', 'won', '', ''],
      ['Closed Lost', '0', 'lost', '', ''],
    ];
    const { view } = review(HISTORY, { stageTable }, 'zh');
    expect(view.stageDays).toEqual([
      { stage: '提案阶段', days: 30, source: 'typed', deals: 0 },
      { stage: '谈判阶段', days: 20, source: 'snapshots', deals: 2 },
    ]);
    // 5 days is under 2 × 30: not stalled.
    expect(stalled(view, 'D1')).toBe(false);
  });

  it('has no average from a Worker that refuses, and flags nothing as stalled', () => {
    const { view } = review({ status: 404, body: { detail: 'No snapshot' } });
    expect(view.stageDays).toEqual([]);
    expect(stalled(view, 'D1')).toBe(false);
    expect(stalled(view, 'D2')).toBe(false);
  });
});
