// Answers of the analytics Worker as it sent them for the README's example
// history (examples/pipeline.csv stored as of 2026-11-02, then as of
// 2026-11-20 with D-1035 won on 18 November and D-1004 moved on to
// Negotiation; see the README's /v1/waterfall, /v1/trends and
// /v1/forecast-accuracy sections). Totals the README elides are the zeros the
// Worker sends for every kind nothing happened to.

import type { FetchCall, FetchReply } from '../harness/load-addon';

export const KEY = `sp_0123456789abcdef_${'cd'.repeat(30)}7a7a`;
export const URL_BASE = 'https://playbook.example.workers.dev';

const zero = { count: 0, amount: 0 };

export const WATERFALL = {
  from: '2026-11-02',
  to: '2026-11-20',
  period: { label: '2026-Q4', start: '2026-10-01', end: '2026-12-31' },
  totals: {
    new: zero,
    advanced: { count: 1, amount: 15500 },
    movedBack: zero,
    slipped: zero,
    pulledIn: zero,
    won: { count: 1, amount: 12000 },
    lost: zero,
    reopened: zero,
    removed: zero,
    amountUp: zero,
    amountDown: zero,
  },
  pipeline: {
    start: 2177500,
    new: 0,
    reopened: 0,
    increased: 0,
    decreased: 0,
    won: 12000,
    lost: 0,
    removed: 0,
    end: 2165500,
  },
  unchanged: 138,
  deals: [
    {
      key: 'id:D-1004',
      name: 'Zephyr Systems - Analytics Add-on',
      owner: 'Priya Nair',
      changes: ['advanced'],
      before: { stage: 'Proposal', amount: 15500, closeDate: '2026-12-13' },
      after: { stage: 'Negotiation', amount: 15500, closeDate: '2026-12-13' },
    },
    {
      key: 'id:D-1035',
      name: 'Cobalt Robotics - Analytics Add-on',
      owner: 'Tom Becker',
      changes: ['won'],
      before: { stage: 'Negotiation', amount: 12000, closeDate: '2026-11-27' },
      after: { stage: 'Closed Won', amount: 12000, closeDate: '2026-11-18' },
    },
  ],
};

export const TRENDS = {
  from: '2026-09',
  to: '2026-11',
  months: [
    {
      month: '2026-09',
      won: 8,
      lost: 7,
      winRate: 0.5333333333333333,
      winRateByAmount: 0.5831826401446655,
      wonAmount: 645000,
      averageDealSize: 80625,
      cycleDays: 74.25,
      snapshotAsOf: null,
      openPipeline: null,
      weightedPipeline: null,
      coverage: null,
    },
    {
      month: '2026-11',
      won: 1,
      lost: 3,
      winRate: 0.25,
      winRateByAmount: 0.04979253112033195,
      wonAmount: 12000,
      averageDealSize: 12000,
      cycleDays: 165,
      snapshotAsOf: '2026-11-02',
      openPipeline: 2177500,
      weightedPipeline: 863225,
      coverage: 4.462090163934426,
    },
  ],
};

export const ACCURACY = {
  period: { label: '2026-11', start: '2026-11-01', end: '2026-11-30' },
  forecastAsOf: '2026-11-02',
  actualAsOf: '2026-11-20',
  forecast: { commit: 12000, commitBestCase: 12000 },
  actual: { won: 12000, count: 1 },
  accuracy: {
    commit: { ratio: 1, withinTarget: true },
    commitBestCase: { ratio: 1, withinTarget: true },
  },
};

/** The Worker for a team with the given snapshot dates (oldest first). */
export function workerWith(dates: string[]) {
  return (call: FetchCall): FetchReply => {
    const path = call.url.slice(URL_BASE.length);
    if (path === '/v1/snapshots') {
      return {
        status: 200,
        body: { snapshots: dates.map((asOf) => ({ asOf, deals: 140, version: 1 })) },
      };
    }
    if (path.startsWith('/v1/waterfall')) return { status: 200, body: WATERFALL };
    if (path.startsWith('/v1/trends')) return { status: 200, body: TRENDS };
    if (path.startsWith('/v1/forecast-accuracy')) return { status: 200, body: ACCURACY };
    return { status: 404, body: { title: 'Not found', detail: path } };
  };
}
