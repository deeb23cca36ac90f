import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

const addon = loadAddon({ services: false });
const call = addon.call;

describe('MEDDPICC', () => {
  it('adds up one row of eight scores, blanks counting as 1', () => {
    // hand calculation: 3 + 2 + 1 (blank) + 1 + 1 + 3 + 2 + 1 = 14
    expect(call('MEDDPICC', [[3, 2, '', 1, 1, 3, 2, 1]])).toBe(14);
    expect(call('MEDDPICC', [['', '', '', '', '', '', '', '']])).toBe(8); // playbook §2: all unknown
  });

  it('spills a column of totals for a range and leaves empty rows blank', () => {
    const range = [
      [3, 3, 3, 3, 3, 3, 3, 3],
      ['', '', '', '', '', '', '', ''],
      ['2', '2', '2', '2', '2', '2', '2', '2'],
    ];
    expect(call('MEDDPICC', range)).toEqual([[24], [''], [16]]);
  });

  it('names the formula, column, row and value of a bad score', () => {
    const range = [
      [3, 3, 3, 3, 3, 3, 3, 3],
      [1, 1, 5, 1, 1, 1, 1, 1],
    ];
    expect(() => call('MEDDPICC', range)).toThrow(
      'MEDDPICC: score in column 3 of row 2 must be 1, 2 or 3 (got 5)',
    );
  });

  it('asks for eight columns', () => {
    expect(() => call('MEDDPICC', [[1, 2, 3]])).toThrow(/^MEDDPICC: scores must be 8 columns wide/);
    expect(() => call('MEDDPICC', 3)).toThrow(
      /^MEDDPICC: scores must be a range of 8 cells per row/,
    );
  });
});
