import { describe, expect, it } from 'vitest';
import type { SettingsView } from '../../../addon/src/settings/settings-types';
import { loadAddon } from '../harness/load-addon';
import { samplePipeline } from '../harness/sample-pipeline';

const KEY = `sp_0123456789abcdef_${'ab'.repeat(30)}9f3e`;
const NOW = '2026-11-23T10:00:00Z';

function open(extra: Record<string, unknown[][]> = {}) {
  return loadAddon({ sheets: { Pipeline: samplePipeline(), ...extra }, now: NOW });
}

/** Everything the add-on could have written: both property stores and every tab. */
function snapshot(addon: ReturnType<typeof open>) {
  return JSON.stringify({
    doc: [...addon.documentProperties.store],
    user: [...addon.userProperties.store],
    tabs: addon.book.sheets.map((s) => [s.name, s.data]),
  });
}

describe('getSettings', () => {
  it('detects the columns from the headers and starts from the playbook stages', () => {
    const view = open().call<SettingsView>('getSettings');
    expect(view.pipelineSheet).toBe('Pipeline');
    expect(view.sheetNames).toEqual(['Pipeline']);
    const col = (field: string) => view.columns.find((c) => c.field === field);
    expect(col('amount')).toMatchObject({ header: 'Amount', detected: true });
    expect(col('meddpicc2')).toMatchObject({ header: 'Economic buyer' });
    expect(col('owner')).toMatchObject({ header: '' });
    expect(view.stageSource).toBe('default');
    // playbook §1 default table
    expect(view.stages.slice(0, 2)).toEqual([
      { name: 'Prospecting', probability: 0.05, kind: 'open' },
      { name: 'Discovery', probability: 0.15, kind: 'open' },
    ]);
    expect(view).toMatchObject({
      language: 'en',
      quota: null,
      quotaPeriod: 'quarter',
      winRateBand: 'founderLed',
      workerUrl: '',
      apiKey: { saved: false, masked: '' },
    });
  });
});

describe('saveSettings', () => {
  it('saves every field and reads them back, with the API key masked', () => {
    const addon = open();
    const saved = addon.call<SettingsView>('saveSettings', {
      language: 'zh',
      quota: '1,200,000',
      quotaPeriod: 'month',
      winRateBand: 'mature',
      workerUrl: 'https://playbook.example.workers.dev/',
      apiKey: KEY,
      columns: { owner: 'Region', amount: 'Amount' },
      stages: [
        { name: 'Lead', probability: '10%', kind: 'open' },
        { name: 'Proposal', probability: 0.5, kind: 'open' },
        { name: 'Signed', probability: 1, kind: 'won' },
        { name: 'Lost', probability: 0, kind: 'lost' },
      ],
    });
    const again = addon.call<SettingsView>('getSettings');
    expect(again).toEqual(saved);
    expect(saved).toMatchObject({
      language: 'zh',
      quota: 1200000,
      quotaPeriod: 'month',
      winRateBand: 'mature',
      workerUrl: 'https://playbook.example.workers.dev',
      apiKey: { saved: true, masked: '••••9f3e' },
      stageSource: 'settings',
    });
    expect(saved.stages.map((s) => [s.name, s.probability, s.kind])).toEqual([
      ['Lead', 0.1, 'open'],
      ['Proposal', 0.5, 'open'],
      ['Signed', 1, 'won'],
      ['Lost', 0, 'lost'],
    ]);
    const col = (field: string) => saved.columns.find((c) => c.field === field);
    expect(col('owner')).toMatchObject({ header: 'Region', detected: false });
    // mapped to the header detection finds anyway: kept as detected
    expect(col('amount')).toMatchObject({ header: 'Amount', detected: true });
    // the key lives only in the user's properties and never comes back
    expect(addon.userProperties.store.get('salesPlaybook.apiKey')).toBe(KEY);
    // bound to the address it was saved with, next to the key in the user's own properties
    expect(addon.userProperties.store.get('salesPlaybook.apiKeyUrl')).toBe(
      'https://playbook.example.workers.dev',
    );
    expect(JSON.stringify([...addon.documentProperties.store])).not.toContain(KEY);
    expect(JSON.stringify(saved)).not.toContain(KEY.slice(0, 20));
    expect(addon.lockLog).toEqual(['wait 10000', 'release']);
  });

  it('keeps the saved key when the key field is left empty, and removes it on request', () => {
    const addon = open();
    addon.call('saveSettings', { workerUrl: 'https://playbook.example.workers.dev', apiKey: KEY });
    expect(addon.call<SettingsView>('saveSettings', { apiKey: '' }).apiKey.saved).toBe(true);
    const removed = addon.call<SettingsView>('saveSettings', { removeApiKey: true });
    expect(removed.apiKey).toEqual({ saved: false, masked: '' });
    expect(addon.userProperties.store.has('salesPlaybook.apiKey')).toBe(false);
    expect(addon.userProperties.store.has('salesPlaybook.apiKeyUrl')).toBe(false);
  });

  it('keeps the key bound to its first address when only the address changes', () => {
    const addon = open();
    addon.call('saveSettings', { workerUrl: 'https://playbook.example.workers.dev', apiKey: KEY });
    addon.call('saveSettings', { workerUrl: 'https://other.example.workers.dev' });
    expect(addon.userProperties.store.get('salesPlaybook.apiKeyUrl')).toBe(
      'https://playbook.example.workers.dev',
    );
    addon.call('saveSettings', { apiKey: KEY });
    expect(addon.userProperties.store.get('salesPlaybook.apiKeyUrl')).toBe(
      'https://other.example.workers.dev',
    );
  });

  it.each([
    [{ quota: 'lots' }, 'Settings: quota must be a number of 0 or more (got "lots")'],
    [{ quota: -5 }, 'Settings: quota must be a number of 0 or more (got -5)'],
    [{ language: 'fr' }, 'Settings: language must be "en" or "zh" (got "fr")'],
    [{ sheetName: 'Deals' }, 'Settings: sheetName must be a tab of this spreadsheet (got "Deals")'],
    [{ quotaPeriod: 'week' }, 'Settings: quotaPeriod must be month, quarter or year (got "week")'],
    [{ workerUrl: 'http://insecure.example' }, 'Settings: workerUrl must be an https:// address'],
    [
      { workerUrl: 'https://playbook.example.com' },
      'Settings: workerUrl must be an address the add-on may call: https://*.workers.dev/ (urlFetchWhitelist in appsscript.json) (got "https://playbook.example.com")',
    ],
    [
      { workerUrl: 'https://a.workers.dev.example.com' },
      'Settings: workerUrl must be an address the add-on may call',
    ],
    [
      { apiKey: KEY },
      'Settings: apiKey needs the analytics service URL it belongs to: fill in both',
    ],
    [
      { columns: { amount: 'Value' } },
      'Settings: columns.amount must be a header of the pipeline tab (got "Value"',
    ],
    [{ columns: { colour: 'Region' } }, 'Settings: columns.colour is not a deal field'],
    [
      { columns: { owner: 'Account' } },
      'Settings: columns.owner uses the column "Account" already read for account',
    ],
    [
      { stages: [{ name: 'Lead', probability: '150%', kind: 'open' }] },
      'Settings: stages: stage table row 1, column 2: probability must be between 0 and 1',
    ],
    [
      { stages: [{ name: 'Lead', probability: 0.1, kind: 'open' }] },
      'Settings: stages need at least one open, one won and one lost stage',
    ],
  ])('rejects %j naming the field, and writes nothing', (bad, message) => {
    const addon = open();
    const before = snapshot(addon);
    // valid fields in the same form must not be saved either
    expect(() =>
      addon.call('saveSettings', { language: 'zh', apiKey: KEY, quota: 1000, ...bad }),
    ).toThrow(message);
    expect(snapshot(addon)).toBe(before);
    expect(addon.book.writes).toEqual([]);
  });

  it('rejects a malformed API key without repeating it', () => {
    const addon = open();
    const typed = 'sk-live-0000-secret-value';
    let message = '';
    try {
      addon.call('saveSettings', { apiKey: typed });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Settings: apiKey must be the key the analytics service issued/);
    expect(message).not.toContain('secret');
    expect(addon.userProperties.store.size).toBe(0);
  });

  it('reads the stage table from a Stages tab and writes a changed table back to it', () => {
    // as "Set up a pipeline sheet" makes it: the table in A:F, the "as of" date in H
    const stages = [
      ['Name', 'Probability', 'Kind', 'Aliases', 'Average days', 'Name zh', '', 'As of'],
      ['Intro', 0.1, 'open', 'First call', '', '', '', new Date('2026-11-23T00:00:00Z')],
      ['Deal', 0.6, 'open', '', '', '', '', ''],
      ['Won', 1, 'won', '', '', '', '', ''],
      ['Lost', 0, 'lost', '', '', '', '', ''],
    ];
    const addon = open({ Stages: stages });
    const view = addon.call<SettingsView>('getSettings');
    expect(view.stageSource).toBe('stagesTab');
    expect(view.stages.map((s) => s.name)).toEqual(['Intro', 'Deal', 'Won', 'Lost']);
    const pipelineBefore = JSON.stringify(addon.book.getSheetByName('Pipeline')!.data);
    const saved = addon.call<SettingsView>('saveSettings', {
      stages: [
        { name: 'Intro', probability: 0.2, kind: 'open' },
        { name: 'Won', probability: 1, kind: 'won' },
        { name: 'Lost', probability: 0, kind: 'lost' },
      ],
    });
    expect(saved.stageSource).toBe('stagesTab');
    expect(saved.stages.map((s) => [s.name, s.probability])).toEqual([
      ['Intro', 0.2],
      ['Won', 1],
      ['Lost', 0],
    ]);
    const tab = addon.book.getSheetByName('Stages')!.data;
    // the alias the form does not show survives; the removed row is cleared
    expect(tab[1].slice(0, 4)).toEqual(['Intro', 0.2, 'open', 'First call']);
    expect(tab[4].slice(0, 6).every((cell) => cell === '')).toBe(true);
    // the "as of" column is not part of the table and stays
    expect(tab[0][7]).toBe('As of');
    expect((tab[1][7] as Date).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(JSON.stringify(addon.book.getSheetByName('Pipeline')!.data)).toBe(pipelineBefore);
    // the table is A:G (G the exit criterion); H and beyond stay as they were
    expect(addon.book.writes.every((w) => w.sheet === 'Stages' && w.column + w.columns <= 8)).toBe(
      true,
    );
  });

  it('leaves the Stages tab alone when the table did not change', () => {
    const addon = open();
    addon.call('setUpPipelineSheet');
    const tab = addon.book.sheets.find((s) => s.name.startsWith('Stages'))!;
    const before = JSON.stringify(tab.data);
    const writes = addon.book.writes.length;
    const view = addon.call<SettingsView>('getSettings');
    addon.call('saveSettings', { stages: view.stages, quota: 1000 });
    expect(JSON.stringify(tab.data)).toBe(before);
    expect(addon.book.writes.length).toBe(writes);
  });
});

describe('URL_FETCH_WHITELIST', () => {
  it('is the list in appsscript.json', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(
      readFileSync(new URL('../../../addon/appsscript.json', import.meta.url), 'utf8'),
    );
    const { URL_FETCH_WHITELIST } = await import('../../../addon/src/settings/url-fetch-whitelist');
    expect([...URL_FETCH_WHITELIST]).toEqual(manifest.urlFetchWhitelist);
  });
});
