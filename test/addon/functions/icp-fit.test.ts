import { describe, expect, it } from 'vitest';
import { loadAddon, plain } from '../harness/load-addon';

const addon = loadAddon({ services: false });
const call = addon.call;

// A team's ICP naming all six firmographics of playbook §6, and an incompatible stack.
const PROFILE = [
  ['Industry', 'SaaS, Fintech'],
  ['Employees', '50-1000'],
  ['Revenue', '5M-50M'],
  ['Region', 'EMEA'],
  ['Tech stack', 'Salesforce, HubSpot'],
  ['Growth stage', 'Series B'],
  ['Incompatible tech', 'SAP'],
];
const HEADER = [
  'Account',
  'Industry',
  'Employees',
  'Revenue',
  'Region',
  'Tech stack',
  'Growth stage',
  'Pain signals',
  'Anti-signals',
  'Inbound',
];
/** An account meeting all six criteria, with the given changes. */
const account = (changes: Record<string, unknown> = {}): unknown[] => {
  const base: Record<string, unknown> = {
    Account: 'Acme',
    Industry: 'SaaS',
    Employees: 200,
    Revenue: '$12M',
    Region: 'EMEA',
    'Tech stack': 'HubSpot, Slack',
    'Growth stage': 'Series B',
    'Pain signals': '',
    'Anti-signals': '',
    Inbound: '',
  };
  return HEADER.map((h) => (h in changes ? changes[h] : base[h]));
};
const icp = (...rows: unknown[][]) =>
  plain<unknown[][]>(call('ICP_FIT', [HEADER, ...rows], PROFILE));

describe('ICP_FIT', () => {
  it('gives score 1 and tier 1 or 2 for a full fit, by visible pain (playbook §6 tier table)', () => {
    // §6: tier 1 = full ICP fit and visible pain; tier 2 = full fit, no visible pain
    expect(icp(account({ 'Pain signals': 'New executive' }), account())).toEqual([
      ['ICP fit score', 'Tier'],
      [1, 'Tier 1'],
      [1, 'Tier 2'],
    ]);
    // a "yes" in the pain column (the accounts tab's Visible pain) is visible pain too
    expect(icp(account({ 'Pain signals': 'yes' }))[1]).toEqual([1, 'Tier 1']);
    expect(icp(account({ 'Pain signals': 'no' }))[1]).toEqual([1, 'Tier 2']);
    // and a checkbox
    expect(
      icp(account({ 'Pain signals': true }), account({ 'Pain signals': false })).slice(1),
    ).toEqual([
      [1, 'Tier 1'],
      [1, 'Tier 2'],
    ]);
  });

  it('gives tier 3 for any score between 0 and 1 (partial fit) and None at 0', () => {
    // 5 of 6 criteria: 5/6; 1 of 6 (industry only): 1/6; 0 of 6: no fit (§6: partial fit →
    // tier 3, pain or not; no fit → no tier)
    const none = { Employees: 5000, Revenue: '1M', Region: 'APAC', 'Tech stack': 'Zoho' };
    expect(
      icp(
        account({ Region: 'APAC', 'Pain signals': 'hiring' }),
        account({ ...none, 'Growth stage': 'Seed', Industry: 'Fintech' }),
        account({ ...none, 'Growth stage': 'Seed', Industry: 'Retail', 'Pain signals': 'yes' }),
      ).slice(1),
    ).toEqual([
      [5 / 6, 'Tier 3'],
      [1 / 6, 'Tier 3'],
      [0, 'None'],
    ]);
  });

  it('includes both ends of a range and leaves out one past each end', () => {
    // Employees 50-1000: 50 and 1000 fit, 49 and 1001 miss (5 of 6);
    // Revenue 5M-50M: 5,000,000 and 50M fit, 50,000,001 misses
    const scores = icp(
      account({ Employees: 50 }),
      account({ Employees: 1000 }),
      account({ Employees: 49 }),
      account({ Employees: 1001 }),
      account({ Revenue: 5_000_000 }),
      account({ Revenue: '50M' }),
      account({ Revenue: 50_000_001 }),
    ).map((row) => row[0]);
    expect(scores.slice(1)).toEqual([1, 1, 5 / 6, 5 / 6, 1, 1, 5 / 6]);
  });

  it('rules an account out on any anti-signal: score 0 and no tier', () => {
    // §6 anti-signals: under 20 employees (also read from the Employees column), no budget,
    // incompatible stack (the profile's SAP), committee decisions at low deal size
    expect(
      icp(
        account({ 'Anti-signals': 'No budget', 'Pain signals': 'New tool adopted' }),
        account({ Employees: 19 }),
        account({ 'Tech stack': 'HubSpot, SAP' }),
        account({ 'Anti-signals': 'committee' }),
        account({ 'Anti-signals': 'Incompatible stack' }),
        account({ 'Anti-signals': 'none' }),
      ).slice(1),
    ).toEqual([
      [0, 'None'],
      [0, 'None'],
      [0, 'None'],
      [0, 'None'],
      [0, 'None'],
      [1, 'Tier 2'],
    ]);
  });

  it('suggests New inbound for an inbound account that fits, fully or partly', () => {
    // §6: new = an inbound account that qualifies, whatever its pain
    expect(
      icp(account({ Inbound: true }), account({ Region: 'APAC', Inbound: 'yes' })).slice(1),
    ).toEqual([
      [1, 'New inbound'],
      [5 / 6, 'New inbound'],
    ]);
    // an inbound account ruled out stays out
    expect(icp(account({ Inbound: true, 'Anti-signals': 'no budget' }))[1]).toEqual([0, 'None']);
  });

  it('keeps blank rows blank so the result lines up with the accounts', () => {
    expect(
      icp(
        account(),
        HEADER.map(() => ''),
        account(),
      ),
    ).toEqual([
      ['ICP fit score', 'Tier'],
      [1, 'Tier 2'],
      ['', ''],
      [1, 'Tier 2'],
    ]);
  });

  it('reads a Chinese profile and Chinese headers and words and answers in Chinese', () => {
    const profile = [
      ['行业', 'SaaS、金融科技'],
      ['员工人数', '50', '1000'],
      ['地区', '华东'],
    ];
    const accounts = [
      ['客户', '行业', '员工人数', '地区', '痛点信号', '反向信号', '入站'],
      ['甲公司', '金融科技', 300, '华东', '新任高管', '', '否'],
      ['乙公司', 'SaaS', 1200, '华东', '', '', '否'],
      ['丙公司', 'SaaS', 300, '华东', '', '没有预算', '否'],
      ['丁公司', 'SaaS', 300, '华南', '是', '', '是'],
      ['戊公司', 'SaaS', 300, '华东', '', '', ''],
    ];
    // 3 criteria: 甲 all (pain) → tier 1; 乙 2 of 3 → tier 3; 丙 no budget → none;
    // 丁 2 of 3, inbound → new; 戊 all, no pain → tier 2
    expect(plain(call('ICP_FIT', accounts, profile, 'zh'))).toEqual([
      ['ICP 匹配分', '客户等级'],
      [1, '一级客户'],
      [2 / 3, '三级客户'],
      [0, '无'],
      [2 / 3, '新的入站客户'],
      [1, '二级客户'],
    ]);
  });

  it('names the argument, row and column of a bad cell, in English and Chinese', () => {
    const accounts = [HEADER, account(), account({ Employees: 'many' })];
    expect(() => call('ICP_FIT', accounts, PROFILE)).toThrow(
      'ICP_FIT: accounts in column 3 of row 3 must be an amount of 0 or more (got "many")',
    );
    expect(() => call('ICP_FIT', accounts, PROFILE, 'zh')).toThrow(
      'ICP_FIT：accounts（第 3 行第 3 列）应为 ≥ 0 的金额（实际为 "many"）',
    );
    const pain = [HEADER, account({ 'Pain signals': 'hiring; rumours' })];
    expect(() => call('ICP_FIT', pain, PROFILE)).toThrow(
      'ICP_FIT: accounts in column 8 of row 2 must be a pain signal or yes/no (got "rumours")',
    );
    const anti = [HEADER, account({ 'Anti-signals': 'yes' })];
    expect(() => call('ICP_FIT', anti, PROFILE, 'zh')).toThrow(
      'ICP_FIT：accounts（第 2 行第 9 列）应为 反向信号或 否（实际为 "yes"）',
    );
  });

  it('names the row of a bad profile row, in English and Chinese', () => {
    const profile = [
      ['Industry', 'SaaS'],
      ['Headcount', '50+'],
    ];
    expect(() => call('ICP_FIT', [HEADER, account()], profile)).toThrow(
      'ICP_FIT: profile in row 2 must be industry, employees, revenue, region, tech stack, growth stage or incompatible tech (got "Headcount")',
    );
    const range = [
      ['Industry', 'SaaS'],
      ['Employees', '1000-50'],
    ];
    expect(() => call('ICP_FIT', [HEADER, account()], range, 'zh')).toThrow(
      'ICP_FIT：profile（第 2 行）应为 范围，如 50-1000 或 50+（实际为 "1000-50"）',
    );
    expect(() => call('ICP_FIT', [HEADER, account()], [['Region', '']])).toThrow(
      'ICP_FIT: profile in row 1 must be one value or more (got blank)',
    );
    // a profile naming a criterion the accounts have no column for would miss it on every row
    expect(() =>
      call(
        'ICP_FIT',
        [
          ['Account', 'Industry'],
          ['Acme', 'SaaS'],
        ],
        PROFILE,
      ),
    ).toThrow(
      'ICP_FIT: accounts has no "employees" column in its header row (the profile names it)',
    );
    expect(() =>
      call(
        'ICP_FIT',
        [
          ['Account', 'Industry'],
          ['Acme', 'SaaS'],
        ],
        PROFILE,
        'zh',
      ),
    ).toThrow('ICP_FIT：accounts 的表头缺少“员工人数”列（profile 用到）');
  });

  it('reads open-ended ranges and thousands separators: 50+, 1,000-5,000', () => {
    const at = (profile: unknown[][], n: number) =>
      plain<unknown[][]>(call('ICP_FIT', [['Employees'], [n]], profile))[1][0];
    expect(at([['Employees', '50+']], 50)).toBe(1);
    expect(at([['Employees', '50+']], 49)).toBe(0);
    expect(at([['Employees', '1,000-5,000']], 5000)).toBe(1);
    expect(at([['Employees', '1,000-5,000']], 5001)).toBe(0);
  });
});
