import { describe, expect, it } from 'vitest';
import { templateTabSpec } from '../../../addon/src/setup/template-tab-spec';
import { ACCOUNTS, ACTIVITY, WIN_LOSS } from '../../../addon/src/setup/templates';
import { loadAddon } from '../harness/load-addon';

interface Rule {
  list?: string[];
  between?: [number, number];
  allowInvalid?: boolean;
}

/** The validation rule on a column of the new tab (1-based), as recorded by the fake sheet. */
function ruleOf(
  addon: ReturnType<typeof loadAddon>,
  tab: string,
  column: number,
): Rule | undefined {
  const sheet = addon.book.getSheetByName(tab)!;
  const found = sheet.validations.find((v) => v.column === column);
  return found && (JSON.parse(JSON.stringify(found.rule)) as Rule);
}

describe('addTemplateTab (set-up sidebar)', () => {
  it('adds the accounts tab in English with tier and fit dropdowns that accept both languages', () => {
    const addon = loadAddon({ sheets: { Pipeline: [['Stage']] } });
    const made = addon.call<{ sheetName: string }>(
      'addTemplateTab',
      templateTabSpec(ACCOUNTS, 'en'),
    );
    expect(made).toEqual({ sheetName: 'Accounts' });
    const sheet = addon.book.getSheetByName('Accounts')!;
    expect(sheet.data[0]).toEqual([
      'Account',
      'Tier',
      'ICP fit',
      'Visible pain',
      'Owner',
      'Last touch',
      'Touches (30 days)',
    ]);
    expect(sheet.frozenRows).toBe(1);
    // playbook §6 tiers, the user's words first, the Chinese ones accepted too
    expect(ruleOf(addon, 'Accounts', 2)).toEqual({
      list: [
        'Tier 1',
        'Tier 2',
        'Tier 3',
        'New inbound',
        '一级客户',
        '二级客户',
        '三级客户',
        '新的入站客户',
      ],
      allowInvalid: false,
    });
    expect(ruleOf(addon, 'Accounts', 3)?.list).toEqual([
      'Full fit',
      'Partial fit',
      'No fit',
      '完全符合',
      '部分符合',
      '不符合',
    ]);
  });

  it('adds the activity and win/loss tabs in Chinese, with day, share and 1-5 score checks', () => {
    const addon = loadAddon({ sheets: { Pipeline: [['Stage']] } });
    expect(addon.call('addTemplateTab', templateTabSpec(ACTIVITY, 'zh'))).toEqual({
      sheetName: '活动',
    });
    const activity = addon.book.getSheetByName('活动')!;
    expect(activity.data[0].slice(0, 4)).toEqual(['销售代表', '所在周', '工作天数', '邮件']);
    expect(ruleOf(addon, '活动', 3)?.between).toEqual([0.5, 7]);
    expect(ruleOf(addon, '活动', 10)?.between).toEqual([0, 1]);

    expect(addon.call('addTemplateTab', templateTabSpec(WIN_LOSS, 'zh'))).toEqual({
      sheetName: '输赢分析',
    });
    const record = addon.book.getSheetByName('输赢分析')!;
    // playbook §9: what worked, what did not, the lesson, then the six skills scored 1-5
    expect(record.data[0].slice(10)).toEqual([
      '有效做法',
      '无效做法',
      '经验教训',
      '客户开发',
      '需求挖掘',
      '产品演示',
      '异议处理',
      '促成交易',
      '客户关系',
    ]);
    expect(ruleOf(addon, '输赢分析', 4)?.list).toEqual(['赢单', '输单', 'Won', 'Lost']);
    expect(ruleOf(addon, '输赢分析', 19)?.list).toEqual(['1', '2', '3', '4', '5']);
  });

  it('never overwrites an existing tab: it picks a free name and writes only there', () => {
    const mine = [
      ['Account', 'Tier'],
      ['Kept', 'Tier 1'],
    ];
    const addon = loadAddon({ sheets: { Accounts: mine, 'Accounts 2': [['also mine']] } });
    const made = addon.call<{ sheetName: string }>(
      'addTemplateTab',
      templateTabSpec(ACCOUNTS, 'en'),
    );
    expect(made.sheetName).toBe('Accounts 3');
    expect(addon.book.getSheetByName('Accounts')!.data).toEqual(mine);
    expect(addon.book.getSheetByName('Accounts 2')!.data).toEqual([['also mine']]);
    expect(new Set(addon.book.writes.map((w) => w.sheet))).toEqual(new Set(['Accounts 3']));
  });

  it('refuses a malformed request before adding anything', () => {
    const addon = loadAddon({ sheets: { Pipeline: [['Stage']] } });
    for (const bad of [{}, { name: 'X', columns: [] }, { name: 'X', columns: [{ header: 7 }] }]) {
      expect(() => addon.call('addTemplateTab', bad)).toThrow(
        'addTemplateTab: the tab needs a name and 1-50 columns, each with a header (up to 100 characters)',
      );
    }
    expect(addon.book.sheets.map((s) => s.name)).toEqual(['Pipeline']);
  });
});
