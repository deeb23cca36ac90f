import { describe, expect, it } from 'vitest';
import { loadAddon, plain } from '../harness/load-addon';

const addon = loadAddon({ services: false });
const call = addon.call;

// Playbook §8 targets: 30-50 emails and 15-25 calls a day; 8-12 meetings, 5-8 discovery
// calls, 3-5 demos and 2-3 proposals a week; about 35% of the week on self-generated
// pipeline (30%-40%). Both ends of a band are on target.
const BANDS: [activity: string, min: number, max: number, per: string][] = [
  ['emails', 30, 50, 'per day'],
  ['calls', 15, 25, 'per day'],
  ['meetings', 8, 12, 'per week'],
  ['discovery calls', 5, 8, 'per week'],
  ['demos', 3, 5, 'per week'],
  ['proposals', 2, 3, 'per week'],
];

describe('ACTIVITY_CHECK', () => {
  it('puts both edges of every band on target and one outside each edge off it', () => {
    for (const [activity, min, max, per] of BANDS) {
      const band = `(target ${min}-${max})`;
      expect(call('ACTIVITY_CHECK', activity, min - 1)).toBe(
        `Below target: ${min - 1} ${per} ${band}`,
      );
      expect(call('ACTIVITY_CHECK', activity, min)).toBe(`On target: ${min} ${per} ${band}`);
      expect(call('ACTIVITY_CHECK', activity, max)).toBe(`On target: ${max} ${per} ${band}`);
      expect(call('ACTIVITY_CHECK', activity, max + 1)).toBe(
        `Above target: ${max + 1} ${per} ${band}`,
      );
    }
  });

  it('turns a week of emails and calls into a day (5 working days)', () => {
    // hand calculation: 150 / 5 = 30, 250 / 5 = 50, 149 / 5 = 29.8, 251 / 5 = 50.2 emails a day
    expect(call('ACTIVITY_CHECK', 'emails', 150, 'week')).toBe(
      'On target: 30 per day (target 30-50)',
    );
    expect(call('ACTIVITY_CHECK', 'emails', 250, 'week')).toBe(
      'On target: 50 per day (target 30-50)',
    );
    expect(call('ACTIVITY_CHECK', 'emails', 149, 'week')).toBe(
      'Below target: 29.8 per day (target 30-50)',
    );
    expect(call('ACTIVITY_CHECK', 'emails', 251, 'weekly')).toBe(
      'Above target: 50.2 per day (target 30-50)',
    );
    // 75 / 5 = 15 and 125 / 5 = 25 calls a day: the edges; 74 / 5 = 14.8 below
    expect(call('ACTIVITY_CHECK', 'calls', 75, 'week')).toBe(
      'On target: 15 per day (target 15-25)',
    );
    expect(call('ACTIVITY_CHECK', 'calls', 125, 'week')).toBe(
      'On target: 25 per day (target 15-25)',
    );
    expect(call('ACTIVITY_CHECK', 'calls', 74, 'week')).toBe(
      'Below target: 14.8 per day (target 15-25)',
    );
  });

  it('turns a day of meetings, demos and proposals into a week (x 5)', () => {
    // hand calculation: 1.6 x 5 = 8 and 2.4 x 5 = 12 meetings a week (the edges), 2.6 x 5 = 13
    expect(call('ACTIVITY_CHECK', 'meetings', 1.6, 'day')).toBe(
      'On target: 8 per week (target 8-12)',
    );
    expect(call('ACTIVITY_CHECK', 'meetings', 2.4, 'day')).toBe(
      'On target: 12 per week (target 8-12)',
    );
    expect(call('ACTIVITY_CHECK', 'meetings', 2.6, 'day')).toBe(
      'Above target: 13 per week (target 8-12)',
    );
    // 0.4 x 5 = 2 and 0.6 x 5 = 3 proposals (the edges, with no rounding error), 0.2 x 5 = 1
    expect(call('ACTIVITY_CHECK', 'proposals', 0.4, 'day')).toBe(
      'On target: 2 per week (target 2-3)',
    );
    expect(call('ACTIVITY_CHECK', 'proposals', 0.6, 'day')).toBe(
      'On target: 3 per week (target 2-3)',
    );
    expect(call('ACTIVITY_CHECK', 'proposals', 0.2, 'day')).toBe(
      'Below target: 1 per week (target 2-3)',
    );
  });

  it('turns a month into weeks of 52 / 12 weeks a month', () => {
    // hand calculation: 40 meetings / (52 / 12) weeks = 9.23 a week; 30 demos / 4.33 = 6.92
    expect(call('ACTIVITY_CHECK', 'meetings', 40, 'month')).toBe(
      'On target: 9.2 per week (target 8-12)',
    );
    expect(call('ACTIVITY_CHECK', 'demos', 30, 'monthly')).toBe(
      'Above target: 6.9 per week (target 3-5)',
    );
  });

  it('checks the share of time on self-generated pipeline against about 35% (30%-40%)', () => {
    expect(call('ACTIVITY_CHECK', 'self-generated', 0.35)).toBe('On target: 35% (target 30%-40%)');
    expect(call('ACTIVITY_CHECK', 'Self-generated %', '30%')).toBe(
      'On target: 30% (target 30%-40%)',
    );
    expect(call('ACTIVITY_CHECK', 'self-generated', 0.4)).toBe('On target: 40% (target 30%-40%)');
    expect(call('ACTIVITY_CHECK', 'self-generated', 0.29)).toBe(
      'Below target: 29% (target 30%-40%)',
    );
    expect(call('ACTIVITY_CHECK', 'self-generated', 0.41)).toBe(
      'Above target: 41% (target 30%-40%)',
    );
    // a share is the same over any period
    expect(call('ACTIVITY_CHECK', 'self-generated', 0.35, 'week')).toBe(
      'On target: 35% (target 30%-40%)',
    );
  });

  it('works the share out from hours: self-generated hours of the total in period', () => {
    // hand calculation: 14 / 40 = 35%; 12 / 40 = 30% and 16 / 40 = 40% (the edges);
    // 11.6 / 40 = 29% and 16.4 / 40 = 41%
    expect(call('ACTIVITY_CHECK', 'self-generated', 14, 40)).toBe(
      'On target: 35% (target 30%-40%)',
    );
    expect(call('ACTIVITY_CHECK', 'self-generated', 12, 40)).toBe(
      'On target: 30% (target 30%-40%)',
    );
    expect(call('ACTIVITY_CHECK', 'self-generated', 16, 40)).toBe(
      'On target: 40% (target 30%-40%)',
    );
    expect(call('ACTIVITY_CHECK', 'self-generated', 11.6, 40)).toBe(
      'Below target: 29% (target 30%-40%)',
    );
    expect(call('ACTIVITY_CHECK', 'self-generated', 16.4, 40)).toBe(
      'Above target: 41% (target 30%-40%)',
    );
    // no time recorded: no share, a blank cell rather than a silent 0
    expect(call('ACTIVITY_CHECK', 'self-generated', 0, 0)).toBe('');
  });

  it('reads Chinese activities and periods and answers in Chinese', () => {
    expect(call('ACTIVITY_CHECK', '邮件', 42, '', 'zh')).toBe('达到目标：每天 42（目标 30-50）');
    expect(call('ACTIVITY_CHECK', '会议', 1.4, '每天', 'zh')).toBe('低于目标：每周 7（目标 8-12）');
    expect(call('ACTIVITY_CHECK', '需求挖掘通话', 9, '周', 'zh')).toBe(
      '高于目标：每周 9（目标 5-8）',
    );
    expect(call('ACTIVITY_CHECK', '自主开发占比', '35%', '', 'zh')).toBe(
      '达到目标：35%（目标 30%-40%）',
    );
  });

  it('spills one row per activity, blank rows blank', () => {
    expect(
      plain(
        call(
          'ACTIVITY_CHECK',
          [['Emails'], [''], ['call'], ['Demos']],
          [[24], [''], [18], [6]],
          [['day'], [''], [''], ['week']],
        ),
      ),
    ).toEqual([
      ['Below target: 24 per day (target 30-50)'],
      [''],
      ['On target: 18 per day (target 15-25)'],
      ['Above target: 6 per week (target 3-5)'],
    ]);
  });

  it('names the argument, row and value of a bad cell, in English and Chinese', () => {
    expect(() => call('ACTIVITY_CHECK', [['emails'], ['tweets']], 10)).toThrow(
      'ACTIVITY_CHECK: activity in row 2 must be emails, calls, meetings, discovery calls, demos, proposals or self-generated (got "tweets")',
    );
    expect(() => call('ACTIVITY_CHECK', [['emails'], ['tweets']], 10, '', 'zh')).toThrow(
      'ACTIVITY_CHECK：activity（第 2 行）应为 邮件、电话、会议、需求挖掘通话、演示、提案或自主开发占比（实际为 "tweets"）',
    );
    expect(() => call('ACTIVITY_CHECK', 'calls', [[10], [-1]])).toThrow(
      'ACTIVITY_CHECK: count in row 2 must be a number of 0 or more (got -1)',
    );
    expect(() => call('ACTIVITY_CHECK', 'calls', [[10], [-1]], '', 'zh')).toThrow(
      'ACTIVITY_CHECK：count（第 2 行）应为 ≥ 0 的数字（实际为 -1）',
    );
    expect(() => call('ACTIVITY_CHECK', 'calls', 10, 'year')).toThrow(
      'ACTIVITY_CHECK: period must be day, week or month (got "year")',
    );
    expect(() => call('ACTIVITY_CHECK', 'calls', 10, 'year', 'zh')).toThrow(
      'ACTIVITY_CHECK：period 应为 day、week 或 month（每天、每周、每月）（实际为 "year"）',
    );
    expect(() => call('ACTIVITY_CHECK', 'self-generated', 1.5)).toThrow(
      'ACTIVITY_CHECK: count must be a fraction from 0 to 1 (or 0% to 100%) (got 1.5)',
    );
    expect(() => call('ACTIVITY_CHECK', 'self-generated', [[10], [45]], 40, 'zh')).toThrow(
      'ACTIVITY_CHECK：count（第 2 行）应为 不超过 period 的数（实际为 45）',
    );
  });
});
