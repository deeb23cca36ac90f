import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

// FORECAST_ROLLUP: a period's deals added up by forecast category (playbook §3), cumulative
// from Closed (won) to Upside, against the quota. Every figure is a hand calculation.
const addon = loadAddon({ services: false });
const call = addon.call;

// Closed (won) 40,000; Commit 100,000 (and a Commit deal with no amount yet); Best Case 50,000;
// Pipeline 30,000; Upside 20,000; Omitted (lost) 25,000, which no row counts; a blank row.
const CATEGORIES = [
  ['Won'],
  ['Commit'],
  ['commit'],
  ['Best Case'],
  ['pipeline'],
  ['Upside'],
  ['Lost'],
  [''],
];
const AMOUNTS = [[40000], [100000], [''], [50000], [30000], [20000], [25000], ['']];

describe('FORECAST_ROLLUP', () => {
  it('adds the categories up from Closed to Upside against the quota', () => {
    expect(call('FORECAST_ROLLUP', CATEGORIES, AMOUNTS, 200000)).toEqual([
      // 40,000 / 200,000 = 0.2
      ['Closed', 40000, 40000, 0.2],
      // 40,000 + 100,000 = 140,000; / 200,000 = 0.7
      ['+ Commit', 100000, 140000, 0.7],
      // 140,000 + 50,000 = 190,000; 0.95
      ['+ Best Case', 50000, 190000, 0.95],
      // 190,000 + 30,000 = 220,000; 1.1
      ['+ Pipeline', 30000, 220000, 1.1],
      // 220,000 + 20,000 = 240,000; 1.2 (the lost 25,000 is in no row)
      ['+ Upside', 20000, 240000, 1.2],
    ]);
  });

  it('leaves the share blank without a quota or with a quota of 0', () => {
    const rows = call<unknown[][]>('FORECAST_ROLLUP', CATEGORIES, AMOUNTS);
    expect(rows.map((r) => r[2])).toEqual([40000, 140000, 190000, 220000, 240000]);
    expect(rows.map((r) => r[3])).toEqual(['', '', '', '', '']);
    expect(call<unknown[][]>('FORECAST_ROLLUP', CATEGORIES, AMOUNTS, 0)[4]).toEqual([
      '+ Upside',
      20000,
      240000,
      '',
    ]);
  });

  it('reads and writes the categories in Chinese', () => {
    const zh = [['成交'], ['肯定会成交'], ['最佳情况'], ['待成交'], ['可能性较低'], ['输单']];
    const amounts = [[40000], [100000], [50000], [30000], [20000], [25000]];
    // Labels as playbook §3 names them: 已成交, 肯定会成交, 最佳情况, 待成交, 可能性较低.
    expect(call('FORECAST_ROLLUP', zh, amounts, '200,000', 'zh')).toEqual([
      ['已成交', 40000, 40000, 0.2],
      ['+ 肯定会成交', 100000, 140000, 0.7],
      ['+ 最佳情况', 50000, 190000, 0.95],
      ['+ 待成交', 30000, 220000, 1.1],
      ['+ 可能性较低', 20000, 240000, 1.2],
    ]);
  });

  it('names the argument and row of a bad cell, in English and Chinese', () => {
    const categories = [['Commit'], ['Maybe']];
    const amounts = [[10], [20]];
    expect(() => call('FORECAST_ROLLUP', categories, amounts)).toThrow(
      'FORECAST_ROLLUP: categories in row 2 must be Commit, Best Case, Pipeline, Upside, Closed or Omitted (got "Maybe")',
    );
    expect(() => call('FORECAST_ROLLUP', categories, amounts, '', 'zh')).toThrow(
      'FORECAST_ROLLUP：categories（第 2 行）应为 肯定会成交、最佳情况、待成交、可能性较低、已成交或已排除（或其英文名）（实际为 "Maybe"）',
    );
    // An amount with no category is refused, not dropped.
    expect(() => call('FORECAST_ROLLUP', [['Commit'], ['']], [[10], [20]])).toThrow(
      'FORECAST_ROLLUP: categories in row 2 must be',
    );
    expect(() => call('FORECAST_ROLLUP', [['Commit']], [[-5]])).toThrow(
      'FORECAST_ROLLUP: amounts must be an amount of 0 or more (got -5)',
    );
    expect(() => call('FORECAST_ROLLUP', [['Commit'], ['Upside']], [[1], [-5]], '', 'zh')).toThrow(
      'FORECAST_ROLLUP：amounts（第 2 行）应为 ≥ 0 的金额（实际为 -5）',
    );
    expect(() => call('FORECAST_ROLLUP', CATEGORIES, AMOUNTS, -1)).toThrow(
      'FORECAST_ROLLUP: quota must be a quota of 0 or more (got -1)',
    );
    expect(() => call('FORECAST_ROLLUP', CATEGORIES, AMOUNTS, -1, 'zh')).toThrow(
      'FORECAST_ROLLUP：quota 应为 ≥ 0 的配额（实际为 -1）',
    );
    expect(() => call('FORECAST_ROLLUP', [['Commit'], ['Upside']], [[1], [2], [3]])).toThrow(
      'FORECAST_ROLLUP: amounts has 3 rows but categories has 2; give ranges of the same height',
    );
  });
});
