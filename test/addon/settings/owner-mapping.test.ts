// The owner mapping in Settings: owner name as the sheet writes it ↔ Google
// account email, with a quota per rep. Saved whole, checked row by row; a bad
// row names itself and nothing is written.
import { describe, expect, it } from 'vitest';
import type { SettingsView } from '../../../addon/src/settings/settings-types';
import { loadAddon } from '../harness/load-addon';
import { samplePipeline } from '../harness/sample-pipeline';

const NOW = '2026-11-23T10:00:00Z';
const open = () => loadAddon({ sheets: { Pipeline: samplePipeline() }, now: NOW });
const saved = (addon: ReturnType<typeof open>) =>
  JSON.parse(addon.documentProperties.store.get('salesPlaybook.settings') ?? '{}');

describe('owner mapping in Settings', () => {
  it('saves the rows with their quotas, keeps the team quota, and shows them back', () => {
    const addon = open();
    const view = addon.call<SettingsView>('saveSettings', {
      quota: '900,000',
      reps: [
        { name: ' Ana Li ', email: 'ana@example.com', quota: '250,000' },
        { name: '王伟', email: '', quota: '' },
        { name: 'Ben', email: 'ben@example.com', quota: 0 },
      ],
    });
    // text is trimmed, "250,000" read as an amount, blank quota = none
    const reps = [
      { name: 'Ana Li', email: 'ana@example.com', quota: 250000 },
      { name: '王伟', email: '', quota: null },
      { name: 'Ben', email: 'ben@example.com', quota: 0 },
    ];
    expect(view.reps).toEqual(reps);
    expect(view.quota).toBe(900000);
    expect(saved(addon)).toMatchObject({ quota: 900000, reps });
    expect(addon.call<SettingsView>('getSettings').reps).toEqual(reps);
    // a save without `reps` keeps them; an empty list removes them
    addon.call('saveSettings', { quota: 1 });
    expect(saved(addon).reps).toEqual(reps);
    addon.call('saveSettings', { reps: [] });
    expect(saved(addon).reps).toBeUndefined();
    expect(addon.call<SettingsView>('getSettings').reps).toEqual([]);
  });

  it.each([
    [
      [{ name: 'Ana', email: 'ana@example', quota: '' }],
      'Settings: reps row 1 email must be an address (got "ana@example")',
    ],
    [
      [
        { name: 'Ana', email: 'ana@example.com', quota: 1 },
        { name: 'Ben', email: 'ben@example.com', quota: -5 },
      ],
      'Settings: reps row 2 quota must be a number of 0 or more (got -5)',
    ],
    [
      [{ name: 'Ana', email: 'ana@example.com', quota: 'lots' }],
      'Settings: reps row 1 quota must be a number of 0 or more (got "lots")',
    ],
    [[{ name: '', email: 'ana@example.com', quota: 1 }], 'Settings: reps row 1 owner is blank'],
    [
      [
        { name: 'Ana', email: 'ana@example.com', quota: 1 },
        { name: 'Ann', email: 'ANA@example.com', quota: 1 },
      ],
      'Settings: reps row 2 repeats "ana@example.com" of an earlier row',
    ],
    [
      [
        { name: 'Ana', email: 'a@example.com', quota: 1 },
        { name: 'Ana', email: 'b@example.com', quota: 1 },
      ],
      'Settings: reps row 2 repeats "Ana" of an earlier row',
    ],
    ['Ana', 'Settings: reps must be a list of rows (got "Ana")'],
  ])('rejects %j naming the row, and writes nothing', (reps, message) => {
    const addon = open();
    addon.call('saveSettings', { quota: 5 });
    const before = JSON.stringify([...addon.documentProperties.store]);
    expect(() => addon.call('saveSettings', { quota: 1000, reps })).toThrow(message);
    expect(JSON.stringify([...addon.documentProperties.store])).toBe(before);
  });
});
