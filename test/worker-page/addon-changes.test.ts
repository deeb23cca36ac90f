// Pipeline changes end to end: the built add-on (dist/addon/Code.js in
// node:vm over a fake spreadsheet) saves two snapshots a week apart with
// "Save snapshot now", posting with real HTTP to the local Worker that
// `npm start` runs (wrangler dev, see global-setup.ts); then getChanges asks
// that Worker for the waterfall, trends and forecast accuracy, the sidebar's
// own code lays the tab out and writeChangesTab writes it.

import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineChangesData } from '../../addon/src/changes/changes-types';
import {
  changeGroups,
  changesTabLayout,
  changesView,
} from '../../addon/src/sidebar/client/changes-view';
import type { Addon, FetchCall } from '../addon/harness/load-addon';
import { addonWithHttp, buildAddon, connectToWorker, d, HEADER } from './addon-with-worker';
import { createKey } from './page-helpers';

// Monday 2026-11-02. Open pipeline: 10,000 + 20,000 + 30,000 + 40,000 + 5,000
// + 15,000 + 50,000 + 9,000 = 179,000.
// biome-ignore format: one deal per line reads as the table it is
const WEEK_1 = [
  HEADER,
  ['C1', 'Alpha', 'Acme', 'Discovery', 10000, d('2026-10-01'), d('2026-12-10'), d('2026-10-20')],
  ['C2', 'Bravo', 'Bravo Co', 'Proposal', 20000, d('2026-09-01'), d('2026-11-20'), d('2026-10-25')],
  ['C3', 'Charlie', 'Charlie Co', 'Evaluation', 30000, d('2026-09-15'), d('2026-12-15'), d('2026-10-20')],
  ['C4', 'Delta', 'Delta Co', 'Negotiation', 40000, d('2026-08-01'), d('2026-11-08'), d('2026-10-10')],
  ['C5', 'Echo', 'Echo Co', 'Prospecting', 5000, d('2026-10-20'), d('2026-12-20'), d('2026-10-20')],
  ['C7', 'Golf', 'Golf Co', 'Proposal', 15000, d('2026-09-01'), d('2027-02-01'), d('2026-10-01')],
  ['C8', 'Hotel', 'Hotel Co', 'Negotiation', 50000, d('2026-08-15'), d('2026-12-20'), d('2026-10-15')],
  ['C9', 'India', 'India Co', 'Discovery', 9000, d('2026-10-05'), d('2026-12-31'), d('2026-10-05')],
];

// Monday 2026-11-09, a week later (slipped and pulled in are judged against
// the Worker's default period, the calendar quarter of the earlier date:
// 2026-Q4, to 2026-12-31):
// - C1 Discovery → Evaluation: advanced, 10,000;
// - C2 Proposal → Closed Won on 11-06: won, 20,000;
// - C3's close moved 12-15 → 2027-01-15, out of Q4: slipped, 30,000;
// - C4 Negotiation → Closed Lost: lost, 40,000;
// - C5 5,000 → 8,000: amount up, by 3,000;
// - C6 is new: new, 12,000;
// - C7's close moved 2027-02-01 → 12-01, into Q4: pulled in, 15,000;
// - C8 50,000 → 45,000: amount down, by 5,000;
// - C9 did not change.
// Open pipeline: 179,000 + 12,000 new + 3,000 up − 5,000 down − 20,000 won
// − 40,000 lost = 129,000 (C1 10,000 + C3 30,000 + C5 8,000 + C6 12,000 +
// C7 15,000 + C8 45,000 + C9 9,000).
// biome-ignore format: one deal per line reads as the table it is
const WEEK_2 = [
  HEADER,
  ['C1', 'Alpha', 'Acme', 'Evaluation', 10000, d('2026-10-01'), d('2026-12-10'), d('2026-11-05')],
  ['C2', 'Bravo', 'Bravo Co', 'Closed Won', 20000, d('2026-09-01'), d('2026-11-06'), d('2026-11-06')],
  ['C3', 'Charlie', 'Charlie Co', 'Evaluation', 30000, d('2026-09-15'), d('2027-01-15'), d('2026-10-20')],
  ['C4', 'Delta', 'Delta Co', 'Closed Lost', 40000, d('2026-08-01'), d('2026-11-08'), d('2026-11-08')],
  ['C5', 'Echo', 'Echo Co', 'Prospecting', 8000, d('2026-10-20'), d('2026-12-20'), d('2026-10-20')],
  ['C6', 'Juliet', 'Juliet Co', 'Discovery', 12000, d('2026-11-04'), d('2026-12-30'), d('2026-11-04')],
  ['C7', 'Golf', 'Golf Co', 'Proposal', 15000, d('2026-09-01'), d('2026-12-01'), d('2026-10-01')],
  ['C8', 'Hotel', 'Hotel Co', 'Negotiation', 45000, d('2026-08-15'), d('2026-12-20'), d('2026-10-15')],
  ['C9', 'India', 'India Co', 'Discovery', 9000, d('2026-10-05'), d('2026-12-31'), d('2026-10-05')],
];

let key = '';
beforeAll(async () => {
  await buildAddon();
  key = await createKey('addon-changes');
}, 120_000);

/** The add-on on a given day, connected to the local Worker with real HTTP; 300,000 a quarter. */
function addonAt(now: string, rows: unknown[][], log: FetchCall[]): Addon {
  const addon = addonWithHttp(now, rows, log);
  connectToWorker(addon, key, { quota: 300000, quotaPeriod: 'quarter' });
  return addon;
}

describe('pipeline changes from a real Worker', () => {
  it('compares two snapshots saved from the sheet a week apart and writes the tab', () => {
    const log: FetchCall[] = [];
    const first = addonAt('2026-11-02T09:00:00Z', WEEK_1, log);
    // One snapshot only: nothing to compare yet, and the sidebar says so.
    first.call('saveSnapshotNow');
    expect(first.call<PipelineChangesData>('getChanges')).toMatchObject({
      reason: 'noSnapshots',
      snapshots: ['2026-11-02'],
    });

    const later = addonAt('2026-11-09T09:00:00Z', WEEK_2, log);
    later.call('saveSnapshotNow');
    const data = later.call<PipelineChangesData>('getChanges');
    // 2026-11-02 is exactly seven days before 2026-11-09, so it is the default.
    expect(data).toMatchObject({
      snapshots: ['2026-11-02', '2026-11-09'],
      from: '2026-11-02',
      to: '2026-11-09',
      period: '2026-11',
      // 300,000 a quarter / 3
      quota: 100000,
    });
    expect(data.reason).toBeUndefined();
    expect(data.waterfall?.status).toBe(200);
    const waterfall = data.waterfall!.body;
    expect(waterfall.period.label).toBe('2026-Q4');
    expect(waterfall.pipeline).toMatchObject({ start: 179000, end: 129000 });
    expect(waterfall.unchanged).toBe(1);
    // What the sidebar shows, kind by kind (see WEEK_2's comment for each count).
    const groups = changeGroups(waterfall, 'en');
    expect(groups.map((g) => [g.kind, g.count, g.amount, g.deals.map((x) => x.name)])).toEqual([
      ['new', 1, 12000, ['Juliet']],
      ['advanced', 1, 10000, ['Alpha']],
      ['slipped', 1, 30000, ['Charlie']],
      ['pulledIn', 1, 15000, ['Golf']],
      ['won', 1, 20000, ['Bravo']],
      ['lost', 1, 40000, ['Delta']],
      ['amountUp', 1, 3000, ['Echo']],
      ['amountDown', 1, 5000, ['Hotel']],
    ]);

    // Trends: November from the newest snapshot, C2 won and C4 lost there, so
    // 1 won of 2 closed = 50%; open pipeline from November's first snapshot
    // (11-02), 179,000; coverage = 179,000 / (100,000 quota − 20,000 won) = 2.2375.
    expect(data.trends?.status).toBe(200);
    const november = data.trends!.body.months.find((m: { month: string }) => m.month === '2026-11');
    expect(november).toMatchObject({
      won: 1,
      lost: 1,
      winRate: 0.5,
      snapshotAsOf: '2026-11-02',
      openPipeline: 179000,
      coverage: 2.2375,
    });
    expect(data.trends!.body.months).toHaveLength(13);
    // Forecast accuracy of November: the amount won with a close date in it is C2's 20,000.
    expect(data.accuracy?.status).toBe(200);
    expect(data.accuracy!.body.actual).toEqual({ won: 20000, count: 1 });

    // Every call carried the key; the sidebar's data does not.
    const gets = log.filter((c) => c.params.method === 'get');
    expect(gets.length).toBeGreaterThanOrEqual(5);
    for (const c of gets) expect(c.params.headers?.Authorization).toBe(`Bearer ${key}`);
    expect(JSON.stringify(data)).not.toContain(key);

    const tab = changesTabLayout(changesView(data));
    const { sheetName } = later.call<{ sheetName: string }>(
      'writeChangesTab',
      data.from,
      data.to,
      tab,
    );
    expect(sheetName).toBe('Changes 2026-11-02 – 2026-11-09');
    const rows = later.book.getSheetByName(sheetName)!.data;
    expect(rows.find((r) => r[1] === 'Charlie')).toEqual([
      'Slipped',
      'Charlie',
      'Evaluation',
      'Evaluation',
      30000,
      30000,
      '2026-12-15',
      '2027-01-15',
    ]);
    expect(later.book.getSheetByName(sheetName)!.charts).toHaveLength(2);
  });
});
