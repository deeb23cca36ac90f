// Weekly snapshots in Settings: the schedule's checks, the one trigger it
// keeps, what a save posts and records, and when the next run is. The Worker
// is faked here (test/worker-page/addon-snapshots.test.ts uses a real one).

import { describe, expect, it } from 'vitest';
import type { SettingsView } from '../../../addon/src/settings/settings-types';
import { nextRun } from '../../../addon/src/snapshots/snapshot-types';
import { FakeScriptApp } from '../harness/fake-triggers';
import { type FetchCall, type FetchReply, loadAddon } from '../harness/load-addon';
import { REVIEW_NOW, reviewPipeline } from '../harness/review-pipeline';

const KEY = `sp_0123456789abcdef_${'ab'.repeat(30)}9f3e`;
const URL = 'https://playbook.example.workers.dev';

/** The review pipeline on Monday 2026-11-23 10:00 UTC (18:00 in Shanghai), with fake triggers. */
function open(options: { fetch?: (call: FetchCall) => FetchReply; connected?: boolean } = {}) {
  const addon = loadAddon({
    sheets: { Pipeline: reviewPipeline() },
    now: REVIEW_NOW,
    timeZone: 'Asia/Shanghai',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const triggers = new FakeScriptApp().installIn(addon);
  if (options.connected !== false) {
    addon.documentProperties.store.set(
      'salesPlaybook.settings',
      JSON.stringify({ workerUrl: URL }),
    );
    addon.userProperties.store.set('salesPlaybook.apiKey', KEY);
    addon.userProperties.store.set('salesPlaybook.apiKeyUrl', URL);
  }
  return { addon, triggers };
}

const stores = (addon: ReturnType<typeof open>['addon']) =>
  JSON.stringify([[...addon.documentProperties.store], [...addon.userProperties.store]]);

describe('nextRun', () => {
  it('is the coming day of the schedule, or a week on once its hour has begun', () => {
    // 2026-11-16 and 2026-11-23 are Mondays, 2026-11-27 a Friday, 2026-11-29 a Sunday.
    expect(nextRun('MONDAY', 7, '2026-11-16 06')).toBe('2026-11-16');
    expect(nextRun('MONDAY', 7, '2026-11-16 07')).toBe('2026-11-23');
    expect(nextRun('FRIDAY', 18, '2026-11-23 18')).toBe('2026-11-27');
    expect(nextRun('SUNDAY', 0, '2026-11-27 23')).toBe('2026-11-29');
    // across a month and a year end
    expect(nextRun('TUESDAY', 9, '2026-12-30 10')).toBe('2027-01-05');
  });
});

describe('weekly snapshot schedule in Settings', () => {
  it('refuses to turn it on without the Worker URL and a key, and writes nothing', () => {
    const { addon, triggers } = open({ connected: false });
    const before = stores(addon);
    expect(() => addon.call('saveSettings', { snapshotDay: 'FRIDAY', snapshotHour: 18 })).toThrow(
      'Settings: snapshotDay needs the service URL and your key',
    );
    expect(stores(addon)).toBe(before);
    expect(triggers.created).toEqual([]);
  });

  it('names a bad day or hour', () => {
    const { addon, triggers } = open();
    expect(() => addon.call('saveSettings', { snapshotDay: 'Funday' })).toThrow(
      'Settings: snapshotDay must be MONDAY…SUNDAY (got "FUNDAY")',
    );
    expect(() => addon.call('saveSettings', { snapshotDay: 'MONDAY', snapshotHour: 24 })).toThrow(
      'Settings: snapshotHour must be 0…23 (got 24)',
    );
    expect(() =>
      addon.call('saveSettings', { snapshotDay: 'MONDAY', snapshotHour: '7:30' }),
    ).toThrow('Settings: snapshotHour must be 0…23 (got "7:30")');
    expect(triggers.created).toEqual([]);
  });

  it('keeps exactly one trigger: saving again replaces it, turning it off deletes it', () => {
    const { addon, triggers } = open();
    addon.call('saveSettings', { snapshotDay: 'friday', snapshotHour: 18 });
    expect(triggers.triggers).toEqual([
      {
        id: 'trigger-1',
        handler: 'runWeeklySnapshot',
        day: 'FRIDAY',
        hour: 18,
        timeZone: 'Asia/Shanghai',
      },
    ]);
    const view = addon.call<SettingsView>('getSettings').snapshots;
    // 10:00 UTC is 18:00 in Shanghai; the sidebar works the next run out from `now`.
    expect(view).toMatchObject({
      day: 'FRIDAY',
      hour: 18,
      timeZone: 'Asia/Shanghai',
      now: '2026-11-23 18',
    });
    expect(nextRun(view.day!, view.hour!, view.now)).toBe('2026-11-27');

    addon.call('saveSettings', { snapshotDay: 'FRIDAY', snapshotHour: 18, quota: 1000 });
    addon.call('saveSettings', { snapshotDay: 'MONDAY', snapshotHour: 6 });
    expect(triggers.created.map((t) => t.id)).toEqual(['trigger-1', 'trigger-2', 'trigger-3']);
    expect(triggers.triggers.map((t) => [t.id, t.day, t.hour])).toEqual([
      ['trigger-3', 'MONDAY', 6],
    ]);

    // A save that does not mention the schedule leaves it alone.
    addon.call('saveSettings', { quota: 2000 });
    expect(triggers.triggers.map((t) => t.id)).toEqual(['trigger-3']);

    addon.call('saveSettings', { snapshotDay: '' });
    expect(triggers.triggers).toEqual([]);
    expect(addon.documentProperties.store.has('salesPlaybook.weekly')).toBe(false);
    const off = addon.call<SettingsView>('getSettings').snapshots;
    expect([off.day, off.hour]).toEqual([undefined, undefined]);
  });

  it('takes a new key and the schedule in one save', () => {
    const { addon, triggers } = open({ connected: false });
    addon.call('saveSettings', {
      workerUrl: URL,
      apiKey: KEY,
      snapshotDay: 'MONDAY',
      snapshotHour: 7,
    });
    expect(triggers.triggers).toHaveLength(1);
  });

  it('a trigger Settings no longer knows deletes itself and saves nothing', () => {
    const fetches: FetchCall[] = [];
    const { addon, triggers } = open({
      fetch: (call) => {
        fetches.push(call);
        return { status: 201, body: { deals: 7 } };
      },
    });
    addon.call('saveSettings', { snapshotDay: 'MONDAY', snapshotHour: 7 });
    // A teammate's trigger from an earlier schedule (Apps Script hides other users' triggers,
    // so only the trigger itself can notice).
    triggers.triggers.push({
      id: 'old-1',
      handler: 'runWeeklySnapshot',
      day: 'SUNDAY',
      hour: 3,
      timeZone: null,
    });
    triggers.fire(addon, triggers.triggers[1]);
    expect(triggers.triggers.map((t) => t.id)).toEqual(['trigger-1']);
    expect(fetches).toEqual([]);
    triggers.fire(addon, triggers.triggers[0]);
    expect(fetches).toHaveLength(1);
  });
});

describe('saving a snapshot', () => {
  it('posts the sheet as today’s snapshot with the stage table, key and language', () => {
    const fetches: FetchCall[] = [];
    const { addon } = open({
      fetch: (call) => {
        fetches.push(call);
        return { status: 201, body: { asOf: '2026-11-23', deals: 7, replaced: false, version: 1 } };
      },
    });
    addon.userProperties.store.set('salesPlaybook.language', 'zh');
    addon.call('saveSnapshotNow');
    expect(fetches).toHaveLength(1);
    const [call] = fetches;
    expect(call.url).toBe(`${URL}/v1/snapshots`);
    expect(call.params).toMatchObject({
      method: 'post',
      contentType: 'application/json',
      muteHttpExceptions: true,
      followRedirects: false,
      headers: { Authorization: `Bearer ${KEY}`, 'Accept-Language': 'zh' },
    });
    const body = JSON.parse(call.params.payload!);
    // Today in Shanghai; dates as the days the sheet shows (D1 row of the review pipeline).
    expect(body.asOf).toBe('2026-11-23');
    expect(body.rows).toHaveLength(8);
    expect(body.rows[1].slice(0, 8)).toEqual([
      'D1',
      'Alpha',
      'Acme',
      'Proposal',
      100000,
      '2026-09-01',
      '2026-12-20',
      '2026-11-18',
    ]);
    // The playbook's seven stages, without the fields the Worker's strict schema refuses.
    expect(body.options.stages).toHaveLength(7);
    expect(body.options.stages[3]).toMatchObject({
      name: 'Proposal',
      probability: 0.5,
      kind: 'open',
    });
    for (const stage of body.options.stages) {
      expect(Object.keys(stage)).not.toContain('order');
      expect(Object.keys(stage)).not.toContain('exitCriterion');
    }
    // The menu opens Settings, which shows the save.
    expect(addon.sidebars.map((s) => s.file)).toEqual(['settings']);
    expect(addon.call<SettingsView>('getSettings').snapshots.saved).toEqual({
      at: '2026-11-23 18:00',
      asOf: '2026-11-23',
      deals: 7,
    });
  });

  it('records why it could not save and keeps the last good save', () => {
    let reply: () => FetchReply = () => ({ status: 201, body: { deals: 7 } });
    const { addon } = open({ fetch: () => reply() });
    const save = () => {
      addon.call('saveSnapshotNow');
      return addon.call<SettingsView>('getSettings').snapshots;
    };
    expect(save().saved?.deals).toBe(7);

    reply = () => {
      throw new Error('Address unavailable: https://playbook.example.workers.dev/v1/snapshots');
    };
    expect(save()).toMatchObject({
      saved: { asOf: '2026-11-23', deals: 7 },
      error: {
        at: '2026-11-23 18:00',
        status: null,
        detail: 'Address unavailable: https://playbook.example.workers.dev/v1/snapshots',
      },
    });

    reply = () => ({
      status: 401,
      body: { title: 'Invalid API key', detail: 'The API key is not valid.', errors: [] },
    });
    expect(save().error).toMatchObject({ status: 401, title: 'Invalid API key' });

    // A problem listing many cells keeps the first ten, so the status fits a document property.
    const errors = Array.from({ length: 500 }, (_, i) => ({
      row: i + 2,
      field: 'amount',
      value: 'x',
      message: 'not a number',
    }));
    reply = () => ({
      status: 422,
      body: {
        title: 'Invalid data',
        detail: '500 cell(s) could not be read; nothing was stored.',
        errors,
      },
    });
    const failed = save().error!;
    expect(failed.errors).toHaveLength(10);
    expect(failed.errors![0]).toEqual({
      row: 2,
      field: 'amount',
      value: 'x',
      message: 'not a number',
    });

    reply = () => ({ status: 200, body: { deals: 7 } });
    expect(save().error).toBeUndefined();
  });

  it('without a key for the document’s URL it says so and calls nothing', () => {
    const fetches: FetchCall[] = [];
    const { addon } = open({
      fetch: (call) => {
        fetches.push(call);
        return { status: 201, body: {} };
      },
    });
    addon.userProperties.store.set('salesPlaybook.apiKeyUrl', 'https://other.example.workers.dev');
    addon.call('saveSnapshotNow');
    expect(addon.call<SettingsView>('getSettings').snapshots.error).toMatchObject({
      status: null,
      code: 'noKey',
    });
    addon.documentProperties.store.set('salesPlaybook.settings', '{}');
    addon.call('saveSnapshotNow');
    expect(addon.call<SettingsView>('getSettings').snapshots.error).toMatchObject({
      code: 'noWorker',
    });
    expect(fetches).toEqual([]);
  });
});
