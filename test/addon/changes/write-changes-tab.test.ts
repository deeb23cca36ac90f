import { describe, expect, it } from 'vitest';
import type {
  ChangesTabLayout,
  PipelineChangesData,
} from '../../../addon/src/changes/changes-types';
import { changesTabLayout, changesView } from '../../../addon/src/sidebar/client/changes-view';
import { type Addon, loadAddon } from '../harness/load-addon';
import { KEY, URL_BASE, workerWith } from './worker-answers';

// The built bundle reads the Worker's answers and writes the tab; the tab is
// laid out in between by the sidebar's own code (imported from its source),
// as the sidebar does.

interface Chart {
  options: { type: string; ranges: string[]; title: string };
}

function open(language: 'en' | 'zh' = 'en', sheets: Record<string, unknown[][]> = {}) {
  const addon = loadAddon({
    sheets: { Pipeline: [['Deal ID']], ...sheets },
    fetch: workerWith(['2026-11-02', '2026-11-20']),
  });
  addon.documentProperties.store.set(
    'salesPlaybook.settings',
    JSON.stringify({ workerUrl: URL_BASE, quota: 1_500_000 }),
  );
  addon.userProperties.store.set('salesPlaybook.apiKey', KEY);
  addon.userProperties.store.set('salesPlaybook.apiKeyUrl', URL_BASE);
  addon.userProperties.store.set('salesPlaybook.language', language);
  return addon;
}

function layout(addon: Addon): ChangesTabLayout {
  return changesTabLayout(changesView(addon.call<PipelineChangesData>('getChanges')));
}

const rowAfter = (rows: unknown[][], first: unknown, offset = 1) =>
  rows[rows.findIndex((r) => r[0] === first) + offset];

describe('writeChangesTab', () => {
  it('writes the waterfall, the trends and two native charts to a dated tab', () => {
    const addon = open();
    const { sheetName } = addon.call<{ sheetName: string }>(
      'writeChangesTab',
      '2026-11-02',
      '2026-11-20',
      layout(addon),
    );
    expect(sheetName).toBe('Changes 2026-11-02 – 2026-11-20');
    const sheet = addon.book.getSheetByName(sheetName)!;
    const rows = sheet.data;
    expect(rows[0][0]).toBe('Pipeline changes 2026-11-02 – 2026-11-20');
    // the README's example: open pipeline 2,177,500 less the 12,000 won = 2,165,500
    expect(rows[2][0]).toBe('Open pipeline 2,177,500 → 2,165,500; 138 deals unchanged.');
    // counts and amounts per kind, as the Worker's totals give them
    expect(rowAfter(rows, 'Change').slice(0, 3)).toEqual(['New', 0, 0]);
    expect(rows.find((r) => r[0] === 'Advanced' && r[1] === 1)?.slice(0, 3)).toEqual([
      'Advanced',
      1,
      15500,
    ]);
    expect(rows.find((r) => r[0] === 'Won' && r[1] === 1)?.slice(0, 3)).toEqual(['Won', 1, 12000]);
    // one row per kind and deal: stage, amount and close date before and after
    expect(rows.find((r) => r[1] === 'Zephyr Systems - Analytics Add-on')).toEqual([
      'Advanced',
      'Zephyr Systems - Analytics Add-on',
      'Proposal',
      'Negotiation',
      15500,
      15500,
      '2026-12-13',
      '2026-12-13',
    ]);
    expect(rows.find((r) => r[1] === 'Cobalt Robotics - Analytics Add-on')).toEqual([
      'Won',
      'Cobalt Robotics - Analytics Add-on',
      'Negotiation',
      'Closed Won',
      12000,
      12000,
      '2026-11-27',
      '2026-11-18',
    ]);
    // the trends table: 2026-09 has no snapshot, so no open or weighted pipeline
    const header = rows.findIndex((r) => r[0] === 'Month') + 1;
    expect(rows[header - 1]).toEqual([
      'Month',
      'Win rate',
      'Won',
      'Lost',
      'Open pipeline',
      'Weighted pipeline',
      'Coverage',
      'Cycle (days)',
    ]);
    expect(rows[header]).toEqual(['2026-09', 0.5333333333333333, 8, 7, '', '', '', 74.25]);
    expect(rows[header + 1]).toEqual([
      '2026-11',
      0.25,
      1,
      3,
      2177500,
      863225,
      4.462090163934426,
      165,
    ]);
    const charts = JSON.parse(JSON.stringify(sheet.charts)) as Chart[];
    expect(charts.map((c) => [c.options.type, c.options.title])).toEqual([
      ['LINE', 'Win rate'],
      ['COLUMN', 'Open pipeline / Weighted pipeline'],
    ]);
    expect(charts[0].options.ranges).toEqual([
      `R${header}C1:R${header + 2}C1`,
      `R${header}C2:R${header + 2}C2`,
    ]);
    expect(charts[1].options.ranges).toEqual([
      `R${header}C1:R${header + 2}C1`,
      `R${header}C5:R${header + 2}C5`,
      `R${header}C6:R${header + 2}C6`,
    ]);
    // forecast accuracy: 12,000 won against 12,000 committed is a ratio of 1, on target
    expect(rowAfter(rows, 'Commit', 0)).toEqual([
      'Commit',
      12000,
      12000,
      1,
      'on target (0.9–1.1)',
      '',
      '',
      '',
    ]);
  });

  it('names the tab in Chinese for a Chinese user and never touches an existing tab', () => {
    const taken = '管道变化 2026-11-02 – 2026-11-20';
    const addon = open('zh', { [taken]: [['kept']] });
    const { sheetName } = addon.call<{ sheetName: string }>(
      'writeChangesTab',
      '2026-11-02',
      '2026-11-20',
      layout(addon),
    );
    expect(sheetName).toBe(`${taken} 2`);
    expect(addon.book.getSheetByName(taken)!.data).toEqual([['kept']]);
    const rows = addon.book.getSheetByName(sheetName)!.data;
    expect(rows.some((r) => r[0] === '推进' && r[1] === 1)).toBe(true);
    expect(rows.some((r) => r[0] === '月份' && r[1] === '成交率')).toBe(true);
  });

  it('writes the tab without charts when the Worker refused the trends', () => {
    const addon = open();
    const data = changesView(addon.call<PipelineChangesData>('getChanges'));
    const refused = {
      ...data,
      trends: { status: 400, body: { title: 'Bad request', detail: 'quota' } },
    };
    const tab = changesTabLayout(refused);
    expect(tab.trends.rows).toBe(0);
    const { sheetName } = addon.call<{ sheetName: string }>(
      'writeChangesTab',
      '2026-11-02',
      '2026-11-20',
      tab,
    );
    const sheet = addon.book.getSheetByName(sheetName)!;
    expect(sheet.charts).toEqual([]);
    expect(sheet.data.some((r) => r[1] === 'Cobalt Robotics - Analytics Add-on')).toBe(true);
  });

  it('refuses malformed dates, rows and tables before writing anything', () => {
    const addon = open();
    const good = layout(addon);
    const refuse = (from: unknown, to: unknown, tab: unknown, message: string) => {
      expect(() => addon.call('writeChangesTab', from, to, tab)).toThrow(
        `writeChangesTab: ${message}`,
      );
    };
    refuse('2026-11-20', '2026-11-02', good, 'dates must be YYYY-MM-DD, from first');
    refuse('Nov 2', '2026-11-20', good, 'dates must be YYYY-MM-DD, from first');
    const rows = good.rows.map((r) => [...r]);
    (rows[4] as unknown[])[1] = { formula: '=1' };
    refuse(
      '2026-11-02',
      '2026-11-20',
      { ...good, rows },
      'row 5 must be text, number or yes/no cells',
    );
    refuse('2026-11-02', '2026-11-20', { ...good, rows: [] }, 'row 1 must be');
    refuse('2026-11-02', '2026-11-20', null, 'row 1 must be');
    const n = good.rows.length;
    refuse(
      '2026-11-02',
      '2026-11-20',
      { ...good, titles: [n + 1] },
      `titles or trends outside the ${n} rows`,
    );
    refuse(
      '2026-11-02',
      '2026-11-20',
      { ...good, trends: { headerRow: good.trends.headerRow, rows: n } },
      'titles or trends outside',
    );
    // a header row too short for the chart columns
    refuse(
      '2026-11-02',
      '2026-11-20',
      { ...good, trends: { headerRow: 1, rows: 0 } },
      'titles or trends outside',
    );
    expect(addon.book.sheets.map((s) => s.name)).toEqual(['Pipeline']);
  });
});
