// Weekly snapshots end to end: the built add-on (dist/addon/Code.js in
// node:vm over a fake spreadsheet) schedules its weekly trigger, the trigger
// fires and posts the pipeline with real HTTP to the local Worker that
// `npm start` runs (wrangler dev, see global-setup.ts), and the next week's
// review reads the Worker's waterfall for exact advanced and slipped deals.

import { beforeAll, describe, expect, it } from 'vitest';
import { reviewGroups } from '../../addon/src/review/review-groups';
import { weeklyReviewRows } from '../../addon/src/review/weekly-review-rows';
import { buildWeeklyReview } from '../../addon/src/review/build-weekly-review';
import type { WeeklyReviewData } from '../../addon/src/review/weekly-review-types';
import type { SettingsView } from '../../addon/src/settings/settings-types';
import { nextRun } from '../../addon/src/snapshots/snapshot-types';
import { carryProperties, FakeScriptApp } from '../addon/harness/fake-triggers';
import { type Addon, type FetchCall, loadAddon } from '../addon/harness/load-addon';
import { addonWithHttp, buildAddon, connectToWorker, d, HEADER } from './addon-with-worker';
import { baseUrl, createKey } from './page-helpers';

// Monday 2026-11-16: the pipeline as the first weekly run finds it.
// biome-ignore format: one deal per line reads as the table it is
const WEEK_1 = [
  HEADER,
  ['A1', 'Alpha', 'Acme', 'Discovery', 10000, d('2026-10-01'), d('2026-12-15'), d('2026-11-01')],
  ['A2', 'Bravo', 'Bravo Co', 'Proposal', 20000, d('2026-09-01'), d('2026-11-27'), d('2026-11-02')],
  ['A3', 'Charlie', 'Charlie Co', 'Evaluation', 30000, d('2026-09-15'), d('2026-11-20'), d('2026-10-20')],
  ['A4', 'Delta', 'Delta Co', 'Negotiation', 40000, d('2026-08-01'), d('2026-11-25'), d('2026-11-10')],
  ['A5', 'Echo', 'Echo Co', 'Prospecting', 5000, d('2026-11-01'), d('2026-11-19'), d('2026-11-05')],
];

// Monday 2026-11-23, a week later:
// - A1 moved Discovery → Evaluation and its "Stage entered" says so (11-18);
// - A2 moved Proposal → Negotiation, but nobody updated "Stage entered";
// - A3's expected close moved from 11-20 out of November to 12-04;
// - A4's expected close moved from 11-25 to 11-29, still in November;
// - A5's close date (11-19) has passed and did not move;
// - A6 is new this week, entered straight in Discovery.
// biome-ignore format: one deal per line reads as the table it is
const WEEK_2 = [
  HEADER,
  ['A1', 'Alpha', 'Acme', 'Evaluation', 10000, d('2026-10-01'), d('2026-12-15'), d('2026-11-18')],
  ['A2', 'Bravo', 'Bravo Co', 'Negotiation', 20000, d('2026-09-01'), d('2026-11-27'), d('2026-11-02')],
  ['A3', 'Charlie', 'Charlie Co', 'Evaluation', 30000, d('2026-09-15'), d('2026-12-04'), d('2026-10-20')],
  ['A4', 'Delta', 'Delta Co', 'Negotiation', 40000, d('2026-08-01'), d('2026-11-29'), d('2026-11-10')],
  ['A5', 'Echo', 'Echo Co', 'Prospecting', 5000, d('2026-11-01'), d('2026-11-19'), d('2026-11-05')],
  ['A6', 'Foxtrot', 'Fox Co', 'Discovery', 8000, d('2026-11-20'), d('2027-01-15'), d('2026-11-20')],
];

let key = '';
beforeAll(async () => {
  await buildAddon();
  key = await createKey('addon-weekly');
}, 120_000);

/** The add-on on a given day, with its triggers in `scriptApp` and real HTTP to the Worker. */
function addonAt(now: string, rows: unknown[][], scriptApp: FakeScriptApp, log: FetchCall[]) {
  const addon = addonWithHttp(now, rows, log);
  scriptApp.installIn(addon);
  return addon;
}

/** Connects the add-on to the local Worker, its labels in `language`. */
function connect(addon: Addon, language: 'en' | 'zh' = 'en') {
  connectToWorker(addon, key);
  addon.userProperties.store.set('salesPlaybook.language', language);
}

async function storedSnapshots() {
  const answer = await fetch(`${baseUrl}/v1/snapshots`, {
    headers: { authorization: `Bearer ${key}` },
  });
  return (await answer.json()).snapshots;
}

describe('weekly snapshots from the add-on to a real Worker', () => {
  it('schedules one trigger, saves on each run without duplicates, and the next review measures the week', async () => {
    const scriptApp = new FakeScriptApp();
    const log: FetchCall[] = [];
    const week1 = addonAt('2026-11-16T07:20:00Z', WEEK_1, scriptApp, log);
    connect(week1);

    // Turning the weekly save on creates one trigger; saving Settings again replaces it.
    week1.call('saveSettings', { snapshotDay: 'MONDAY', snapshotHour: 6 });
    week1.call('saveSettings', { snapshotDay: 'MONDAY', snapshotHour: 7 });
    expect(scriptApp.created).toHaveLength(2);
    expect(scriptApp.triggers).toEqual([
      {
        id: 'trigger-2',
        handler: 'runWeeklySnapshot',
        day: 'MONDAY',
        hour: 7,
        timeZone: 'Etc/UTC',
      },
    ]);
    // Monday 07:20 is past this week's 07:00 hour, so the next run is a week on.
    let settings = week1.call<SettingsView>('getSettings');
    expect(settings.snapshots).toMatchObject({
      day: 'MONDAY',
      hour: 7,
      timeZone: 'Etc/UTC',
      now: '2026-11-16 07',
    });
    expect(nextRun('MONDAY', 7, settings.snapshots.now)).toBe('2026-11-23');
    expect(settings.snapshots.saved).toBeUndefined();

    // The trigger fires: the sheet lands as the snapshot of 2026-11-16.
    scriptApp.fire(week1, scriptApp.triggers[0]);
    expect(await storedSnapshots()).toEqual([{ asOf: '2026-11-16', deals: 5, version: 1 }]);
    settings = week1.call<SettingsView>('getSettings');
    expect(settings.snapshots.saved).toEqual({
      at: '2026-11-16 07:20',
      asOf: '2026-11-16',
      deals: 5,
    });
    expect(settings.snapshots.error).toBeUndefined();
    const post = log.find((c) => c.params.method === 'post')!;
    expect(post.url).toBe(`${baseUrl}/v1/snapshots`);
    expect(post.params.headers?.Authorization).toBe(`Bearer ${key}`);

    // A retry the same day replaces that day's snapshot: still one, at version 2.
    scriptApp.fire(week1, scriptApp.triggers[0]);
    expect(await storedSnapshots()).toEqual([{ asOf: '2026-11-16', deals: 5, version: 2 }]);

    // A week later the same trigger fires on the changed sheet.
    const week2 = addonAt('2026-11-23T07:40:00Z', WEEK_2, scriptApp, log);
    carryProperties(week1, week2);
    scriptApp.fire(week2, scriptApp.triggers[0]);
    expect(await storedSnapshots()).toEqual([
      { asOf: '2026-11-16', deals: 5, version: 2 },
      { asOf: '2026-11-23', deals: 6, version: 1 },
    ]);

    const review = buildWeeklyReview(week2.call<WeeklyReviewData>('getWeeklyReview'));
    expect(review.history).toMatchObject({
      from: '2026-11-16',
      to: '2026-11-23',
      reason: '',
      detail: '',
    });
    // What the sidebar and the review tab show:
    const { advanced, slipped } = reviewGroups(review);
    // Hand count, snapshot of 11-16 against 11-23 (waterfall, period 2026-11):
    // advanced = A1 (Discovery → Evaluation, 10,000) + A2 (Proposal → Negotiation, 20,000).
    expect(advanced).toMatchObject({ count: 2, amount: 30000, method: 'previous' });
    expect(advanced.deals.map((x) => [x.id, x.stage])).toEqual([
      ['A1', 'Evaluation'],
      ['A2', 'Negotiation'],
    ]);
    // slipped = A3 only: 11-20 is in November, 12-04 after it (30,000). A4 moved
    // 11-25 → 11-29, still November; A5 did not move.
    expect(slipped).toMatchObject({ count: 1, amount: 30000, method: 'previous' });
    expect(slipped.deals[0]).toMatchObject({
      id: 'A3',
      name: 'Charlie',
      closeDate: '2026-12-04',
    });

    // The same sheet without history: the estimates differ, which is why the note matters.
    // advanced by "Stage entered" in 11-17..11-23: A1 (10,000) and A6 (8,000, new, not the
    // first stage) but not A2; slipped by a passed close date: A5 (5,000) but not A3.
    const alone = loadAddon({ sheets: { Pipeline: WEEK_2 }, now: '2026-11-23T07:40:00Z' });
    const estimate = buildWeeklyReview(alone.call<WeeklyReviewData>('getWeeklyReview'));
    expect(estimate.history.reason).toBe('noWorker');
    expect(estimate.advanced).toMatchObject({ count: 2, amount: 18000, method: 'stageEntered' });
    expect(estimate.slipped).toMatchObject({ count: 1, amount: 5000, method: 'pastCloseDate' });

    // The review tab says which it is.
    const tab = week2.call<{ sheetName: string }>('writeWeeklyReviewTab', weeklyReviewRows(review));
    expect(week2.book.getSheetByName(tab.sheetName)!.data[1][0]).toBe(
      'Advanced and slipped deals are measured: what changed between the snapshots of 2026-11-16 and 2026-11-23.',
    );

    // Turning the weekly save off deletes the trigger.
    week2.call('saveSettings', { snapshotDay: '' });
    expect(scriptApp.triggers).toEqual([]);
    const off = week2.call<SettingsView>('getSettings').snapshots;
    expect([off.day, off.hour]).toEqual([undefined, undefined]);
    expect(week2.documentProperties.store.has('salesPlaybook.weekly')).toBe(false);
  });

  it('shows the Worker’s refusal of bad rows as the last error, in the user’s language, and keeps the last good save', async () => {
    const scriptApp = new FakeScriptApp();
    // biome-ignore format: one deal per line reads as the table it is
    const rows = [
      HEADER,
      ['B1', 'Good', 'Acme', 'Proposal', 1000, d('2026-10-01'), d('2026-12-15'), d('2026-11-01')],
      ['B2', 'Odd', 'Odd Co', 'Verbal yes', 2000, d('2026-10-01'), d('2026-12-15'), d('2026-11-01')],
    ];
    const addon = addonAt('2026-11-30T09:00:00Z', rows, scriptApp, []);
    connect(addon, 'zh');
    addon.documentProperties.store.set(
      'salesPlaybook.lastSave',
      JSON.stringify({ saved: { at: '2026-11-23 07:40', asOf: '2026-11-23', deals: 6 } }),
    );
    addon.call('saveSnapshotNow');
    const { snapshots } = addon.call<SettingsView>('getSettings');
    // The good save of last week stays; the refusal is the last error.
    expect(snapshots.saved).toEqual({ at: '2026-11-23 07:40', asOf: '2026-11-23', deals: 6 });
    expect(snapshots.error).toMatchObject({ at: '2026-11-30 09:00', status: 422 });
    // Row 3 of the sheet holds the stage the table does not know.
    expect(snapshots.error?.errors?.[0]).toMatchObject({
      row: 3,
      field: 'stage',
      value: 'Verbal yes',
    });
    // Asked in Chinese (Accept-Language: zh), the Worker words its problem in Chinese.
    expect(snapshots.error?.detail).toMatch(/[\u4e00-\u9fff]/);
    // The menu item opens Settings, where this shows.
    expect(addon.sidebars.map((s) => s.file)).toEqual(['settings']);
    // Nothing was stored for 2026-11-30.
    expect((await storedSnapshots()).map((s: { asOf: string }) => s.asOf)).not.toContain(
      '2026-11-30',
    );
  });
});
