import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

const addon = loadAddon({ services: false });
const call = addon.call;

describe('formula errors in the language asked for', () => {
  it('answers MEDDPICC_BAND(7, "zh") in Chinese, naming the argument and the value', () => {
    // playbook §2: a total runs from 8 to 24
    expect(() => call('MEDDPICC_BAND', 7, 'zh')).toThrow(
      'MEDDPICC_BAND：total 应为 8-24 的整数（实际为 7）',
    );
    // and in English when English (or nothing) is asked for
    expect(() => call('MEDDPICC_BAND', 7)).toThrow(
      'MEDDPICC_BAND: total must be a whole number from 8 to 24 (got 7)',
    );
  });

  it('names the row of a range in both languages', () => {
    expect(() => call('MEDDPICC_BAND', [[20], [30]], 'zh')).toThrow(
      'MEDDPICC_BAND：total（第 2 行）应为 8-24 的整数（实际为 30）',
    );
    expect(() => call('MEDDPICC_BAND', [[20], [30]], 'en')).toThrow(
      'MEDDPICC_BAND: total in row 2 must be a whole number from 8 to 24 (got 30)',
    );
  });

  it('translates the row and column of a MEDDPICC score and a blank value', () => {
    expect(() =>
      call(
        'MEDDPICC_GAPS',
        [
          [3, 3, 5, 3, 3, 3, 3, 3],
          [1, 1, 1, 1, 1, 1, 1, 1],
        ],
        'zh',
      ),
    ).toThrow('MEDDPICC_GAPS：score（第 1 行第 3 列）应为 1、2 或 3（实际为 5）');
    expect(() => call('DISCOUNT_CHECK', [['10%'], ['lots']], 'zh')).toThrow(
      'DISCOUNT_CHECK：discount（第 2 行）应为 0%-100% 的折扣（实际为 "lots"）',
    );
  });

  it('translates an unknown stage and keeps the list of stages', () => {
    expect(() => call('FORECAST_CATEGORY', 'Pilot', '', 'zh')).toThrow(
      /^FORECAST_CATEGORY：stage：阶段 "Pilot" 未知；应为以下之一：Prospecting/,
    );
  });

  it('translates the errors of the rows of ACCOUNT_TIER and CADENCE_STEP', () => {
    expect(() => call('ACCOUNT_TIER', 'great', true, false, 'zh')).toThrow(
      'ACCOUNT_TIER：icp_fit 应为 full、partial 或 none（实际为 "great"）',
    );
    expect(() => call('CADENCE_STEP', 0, false, 'zh')).toThrow(
      'CADENCE_STEP：day 应为 ≥ 1 的整数（实际为 0）',
    );
  });
});
