import { describe, expect, it } from 'vitest';
import { loadAddon } from './harness/load-addon';

const ITEMS = [
  'showScorecard',
  'showWeeklyReview',
  'showMonthlyAssessment',
  'saveSnapshotNow',
  'showPipelineChanges',
  'setUpPipelineSheet',
  'showSetUpSheets',
  'showSettings',
];

describe('onOpen and onInstall', () => {
  it('builds the add-on menu in AuthMode.NONE without touching properties or the network', () => {
    const addon = loadAddon();
    addon.authModeNone = true; // properties, fetch and the lock now throw
    addon.g.onOpen({ authMode: 'NONE' });
    expect(addon.menus).toHaveLength(1);
    expect(addon.menus[0].added).toBe(true);
    expect(addon.menus[0].items.map((i) => i.functionName)).toEqual(ITEMS);
    expect(addon.menus[0].items[0].caption).toBe('Score this deal');
    expect(addon.fetches).toHaveLength(0);
  });

  it('shows the menu in the user language once authorized', () => {
    const addon = loadAddon();
    addon.userProperties.setProperty('salesPlaybook.language', 'zh');
    addon.g.onOpen({ authMode: 'FULL' });
    expect(addon.menus[0].items[0].caption).toBe('为此交易评分');
    expect(addon.menus[0].items.find((i) => i.functionName === 'showSetUpSheets')?.caption).toBe(
      '添加客户、活动或输赢分析表',
    );
  });

  it('onInstall shows the same menu', () => {
    const addon = loadAddon();
    addon.authModeNone = true;
    addon.g.onInstall({ authMode: 'NONE' });
    expect(addon.menus[0].items.map((i) => i.functionName)).toEqual(ITEMS);
  });

  it('every menu item names a top-level function of the bundle', () => {
    const addon = loadAddon();
    for (const name of ITEMS) expect(typeof addon.g[name]).toBe('function');
  });

  it('opens each sidebar from a built HTML file', () => {
    const addon = loadAddon();
    addon.g.showScorecard();
    addon.g.showWeeklyReview();
    addon.g.showMonthlyAssessment();
    addon.g.showSetUpSheets();
    addon.g.showSettings();
    expect(addon.sidebars.map((s) => s.file)).toEqual([
      'scorecard',
      'weekly-review',
      'monthly',
      'setup',
      'settings',
    ]);
    expect(addon.sidebars[0].title).toBe('Score this deal');
    expect(addon.sidebars[3].title).toBe('Add accounts, activity or win/loss tabs');
  });

  it('opens the pipeline changes sidebar, titled in the user language', () => {
    const addon = loadAddon();
    addon.g.showPipelineChanges();
    addon.userProperties.setProperty('salesPlaybook.language', 'zh');
    addon.g.onOpen({ authMode: 'FULL' });
    addon.g.showPipelineChanges();
    expect(addon.sidebars).toEqual([
      { file: 'changes', title: 'Pipeline changes' },
      { file: 'changes', title: '管道变化' },
    ]);
    const item = addon.menus[0].items.find((i) => i.functionName === 'showPipelineChanges');
    expect(item?.caption).toBe('管道变化');
  });
});
