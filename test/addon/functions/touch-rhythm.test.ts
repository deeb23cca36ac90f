import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

const addon = loadAddon({ services: false });
const call = addon.call;

// A date cell as Sheets passes it (midnight of that day, here in UTC).
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
// Five touches of a round that starts on 2026-01-01 (days 0, 3, 7, 12, 20).
const five = ['2026-01-01', '2026-01-04', '2026-01-08', '2026-01-13', '2026-01-21'].map(d);

describe('TOUCH_RHYTHM', () => {
  it('pauses after the sixth touch on day 29 or 30 until it + 60 days (playbook §7)', () => {
    // hand calculation: 2026-01-30 + 60 days = 2026-03-31; 2026-01-31 + 60 = 2026-04-01
    expect(call('TOUCH_RHYTHM', [[...five, d('2026-01-30')]])).toBe('Pause until 2026-03-31');
    expect(call('TOUCH_RHYTHM', [[...five, d('2026-01-31')]])).toBe('Pause until 2026-04-01');
  });

  it('starts a new round with a sixth touch on day 31 (outside the month)', () => {
    // 2026-02-01 is day 31; its round ends 30 days later, on 2026-03-03
    expect(call('TOUCH_RHYTHM', [[...five, d('2026-02-01')]])).toBe(
      'Touch again (1/6, round ends 2026-03-03)',
    );
  });

  it('ends the pause on day 60 after the sixth touch, not day 59', () => {
    const round = [[...five, d('2026-01-30')]];
    expect(call('TOUCH_RHYTHM', round, d('2026-03-30'))).toBe('Pause until 2026-03-31');
    expect(call('TOUCH_RHYTHM', round, d('2026-03-31'))).toBe('Start a new round');
    expect(call('TOUCH_RHYTHM', round, d('2026-03-31'), 'zh')).toBe('开始新一轮');
  });

  it('spills one answer per prospect row, in English or Chinese, blank rows blank', () => {
    const rows = [
      [...five.slice(0, 3), '', '', ''],
      ['', '', '', '', '', ''],
      [d('2026-01-01'), d('2026-01-06'), d('2026-01-11'), d('2026-01-16'), '', ''],
      [...five, d('2026-01-30')],
    ];
    expect(call('TOUCH_RHYTHM', rows, d('2026-02-05'))).toEqual([
      ['Start a new round'],
      [''],
      ['Start a new round'],
      ['Pause until 2026-03-31'],
    ]);
    // judged on 2026-01-20, before the last row's touches: only the first three rows
    expect(call('TOUCH_RHYTHM', rows.slice(0, 3), d('2026-01-20'), 'zh')).toEqual([
      ['继续触达（3/6，本轮截至 2026-01-31）'],
      [''],
      ['继续触达（4/6，本轮截至 2026-01-31）'],
    ]);
  });

  it('keeps the pause when a touch falls inside it', () => {
    expect(call('TOUCH_RHYTHM', [[...five, d('2026-01-30'), d('2026-02-15')]])).toBe(
      'Pause until 2026-03-31',
    );
    expect(call('TOUCH_RHYTHM', [[...five, d('2026-01-30'), d('2026-02-15')]], '', 'zh')).toBe(
      '暂停至 2026-03-31',
    );
  });

  it('names the argument and row of a bad cell, in both languages', () => {
    const rows = [
      [d('2026-01-01'), ''],
      [d('2026-01-01'), d('2026-02-10')],
    ];
    expect(() => call('TOUCH_RHYTHM', rows, d('2026-02-01'))).toThrow(
      'TOUCH_RHYTHM: touch_dates in row 2 must be a date on or before as_of (got 2026-02-10)',
    );
    expect(() => call('TOUCH_RHYTHM', rows, d('2026-02-01'), 'zh')).toThrow(
      'TOUCH_RHYTHM：touch_dates（第 2 行）应为 不晚于 as_of 的日期（实际为 2026-02-10）',
    );
    expect(() => call('TOUCH_RHYTHM', [['soon']])).toThrow(
      'TOUCH_RHYTHM: touch_dates must be a date (got "soon")',
    );
  });
});
