import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

const addon = loadAddon({ services: false });
const call = addon.call;

describe('CADENCE_STEP', () => {
  it('gives the touches of each day of the tier-1 sequence (playbook §7)', () => {
    // §7: day 1 personalised email + LinkedIn connect; 3 value email; 5 LinkedIn comment;
    // 7 call + voicemail follow-up email; 10 LinkedIn message; 14 last call
    expect(call('CADENCE_STEP', [[1], [2], [3], [5], [7], [10], [14], ['']])).toEqual([
      ['Personalised email + LinkedIn connection request'],
      [''],
      ['Value email'],
      ['LinkedIn comment'],
      ['Call + Voicemail follow-up email'],
      ['LinkedIn message'],
      ['Last call'],
      [''],
    ]);
  });

  it('stops on a reply and demotes to tier 3 after day 14 (playbook §7)', () => {
    expect(call('CADENCE_STEP', 3, true)).toBe('Replied: sequence stopped');
    expect(call('CADENCE_STEP', [[3], [15]], [['是'], ['no']])).toEqual([
      ['Replied: sequence stopped'],
      ['No response: move to tier 3 and retry in 90 days'],
    ]);
  });

  it('calls for a call after three opens without a reply (playbook §7)', () => {
    expect(call('CADENCE_STEP', 3, false, 'en', 3)).toBe(
      'Three opens without a reply: call now: Call + Value email',
    );
    // a quiet day becomes a call day
    expect(call('CADENCE_STEP', 4, false, 'en', 5)).toBe(
      'Three opens without a reply: call now: Call',
    );
    // day 7 already has its call
    expect(call('CADENCE_STEP', 7, '', '', 2)).toBe('Call + Voicemail follow-up email');
  });

  it('answers in Chinese', () => {
    expect(call('CADENCE_STEP', 1, false, 'zh')).toBe('个性化邮件 + 领英添加好友');
    expect(call('CADENCE_STEP', 20, '', 'zh')).toBe('没有回应：降为三级客户，90天后重试');
    // the Chinese text uses the full-width colon throughout
    expect(call('CADENCE_STEP', 3, false, 'zh', 3)).toBe(
      '三次打开未回复：马上打电话：电话 + 价值邮件',
    );
  });

  it('names the argument, row and value of a bad day or flag', () => {
    expect(() => call('CADENCE_STEP', [[1], [0]])).toThrow(
      'CADENCE_STEP: day in row 2 must be a whole number of 1 or more (got 0)',
    );
    expect(() => call('CADENCE_STEP', 2.5)).toThrow(
      'CADENCE_STEP: day must be a whole number of 1 or more (got 2.5)',
    );
    expect(() => call('CADENCE_STEP', [[1], [3]], [['yes'], ['maybe']])).toThrow(
      'CADENCE_STEP: replied in row 2 must be TRUE/FALSE, yes/no or 是/否 (got "maybe")',
    );
    expect(() => call('CADENCE_STEP', 3, false, 'en', -1)).toThrow(
      'CADENCE_STEP: opens_without_reply must be a whole number of 0 or more (got -1)',
    );
  });
});
