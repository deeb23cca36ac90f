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
import {
  REVIEW_NOW,
  reviewPipeline,
  stageTableWithProposalAverage,
} from '../harness/review-pipeline';

const KEY = `sp_0123456789abcdef_${'ab'.repeat(30)}9f3e`;
const URL = 'https://playbook.example.workers.dev';

/** The stays as GET /v1/deal-history answers them. */
const HISTORY = {
  status: 200,
  body: {
    deals: [],
    stages: [
      { stage: 'Prospecting', averageDays: null, deals: 0 },
      { stage: 'Proposal', averageDays: 2, deals: 3 },
      { stage: 'Negotiation', averageDays: 20, deals: 2 },
    ],
  },
};

function review(
  history: FetchReply | ((call: FetchCall) => FetchReply),
  settings: Record<string, unknown> = {},
  language = 'en',
): { view: WeeklyReviewView; fetches: FetchCall[]; data: WeeklyReviewData } {
  const fetches: FetchCall[] = [];
  const addon = loadAddon({
    sheets: { Pipeline: reviewPipeline() },
    now: REVIEW_NOW,
    fetch: (call) => {
      fetches.push(call);
      if (call.url.includes('/v1/deal-history')) {
        return typeof history === 'function' ? history(call) : history;
      }
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
  const data = addon.call<WeeklyReviewData>('getWeeklyReview', '');
  return { view: buildWeeklyReview(data), fetches, data };
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
    const stageTable = stageTableWithProposalAverage();
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

const deal = (key: string, name: string, pushes: number, pushedDays: number) => ({
  key,
  name,
  firstSeen: '2026-08-24',
  lastSeen: '2026-11-23',
  pushes,
  pulls: 0,
  pushedDays,
  stageDays: {},
});

/** The 13 weeks' history, and the week's between the snapshots of 11-16 and 11-23. */
function pushes(call: FetchCall): FetchReply {
  const week = call.url.includes('from=2026-11-16&to=2026-11-23');
  const deals = week
    ? [
        deal('id:D1', 'Alpha', 1, 10),
        deal('id:D2', 'Beta', 1, 25),
        deal('id:D3', 'Gamma', 0, 0),
        deal('id:X9', 'Gone from the sheet', 1, 5),
      ]
    : [
        deal('id:D1', 'Alpha', 3, 40),
        deal('id:D2', 'Beta', 1, 25),
        deal('id:D3', 'Gamma', 2, 30),
        deal('id:X9', 'Gone from the sheet', 2, 12),
      ];
  return { status: 200, body: { ...HISTORY.body, deals } };
}

describe('close dates pushed this week', () => {
  it("lists the week's pushed deals with their 13 weeks' pushes, most pushed first", () => {
    const { view, fetches } = review(pushes);
    expect(fetches.map((f) => f.url.replace(URL, ''))).toEqual([
      '/v1/snapshots',
      '/v1/waterfall?from=2026-11-16&to=2026-11-23&period=2026-11',
      '/v1/deal-history?from=2026-08-24&to=2026-11-23',
      '/v1/deal-history?from=2026-11-16&to=2026-11-23',
    ]);
    // D3 was pushed in earlier weeks only. Totals 3, 2, 1: D1, X9, D2.
    expect(view.pushed).toEqual([
      { ...deal('id:D1', 'Alpha', 1, 10), total: 3 },
      { ...deal('id:X9', 'Gone from the sheet', 1, 5), total: 2 },
      { ...deal('id:D2', 'Beta', 1, 25), total: 1 },
    ]);
  });

  it("keeps an owner's deals only", () => {
    const { data } = review(pushes);
    // An owner with no deal in the sheet: none of the pushed keys is theirs.
    const view = buildWeeklyReview({ ...data, rep: { ...data.rep, owner: 'Nobody' } });
    expect(view.pushed).toEqual([]);
  });

  it('lists none when the Worker has no week to compare', () => {
    const { view } = review({ status: 404, body: { detail: 'No snapshot' } });
    expect(view.pushed).toEqual([]);
  });
});
