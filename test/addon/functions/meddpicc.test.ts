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
    // hand calculation: 8 × 3 = 24; blank row stays blank; 8 × 2 = 16 (text scores read as numbers)
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

describe('MEDDPICC_BAND', () => {
  it('maps each total to its playbook §2 band in English and Chinese', () => {
    // playbook §2 band table: 20-24 Strong, 15-19 Gaps, 10-14 At risk, 8-9 Unqualified
    expect(call('MEDDPICC_BAND', [[24], [20], [19], [15], [14], [10], [9], [8]])).toEqual([
      ['Strong'],
      ['Strong'],
      ['Gaps'],
      ['Gaps'],
      ['At risk'],
      ['At risk'],
      ['Unqualified'],
      ['Unqualified'],
    ]);
    expect(call('MEDDPICC_BAND', 17, 'zh')).toBe('有缺口');
    expect(call('MEDDPICC_BAND', 9, '中文')).toBe('不合格');
  });

  it('keeps blank rows blank', () => {
    expect(call('MEDDPICC_BAND', [[''], [22]])).toEqual([[''], ['Strong']]);
  });

  it('names the argument, row and value of a total outside 8..24', () => {
    expect(() => call('MEDDPICC_BAND', [[20], [25]])).toThrow(
      'MEDDPICC_BAND: total in row 2 must be a whole number from 8 to 24 (got 25)',
    );
    expect(() => call('MEDDPICC_BAND', 'abc')).toThrow(
      'MEDDPICC_BAND: total must be a whole number from 8 to 24 (got "abc")',
    );
  });

  it('rejects an unknown language', () => {
    expect(() => call('MEDDPICC_BAND', 20, 'fr')).toThrow(/^MEDDPICC_BAND: language/);
  });
});

describe('MEDDPICC_GAPS', () => {
  it('lists the elements still at 1 in MEDDPICC order', () => {
    // playbook §2: blanks count as 1; order Metrics, Economic buyer, ..., Competition
    expect(call('MEDDPICC_GAPS', [[3, '', 2, 2, 1, 3, 3, 2]])).toBe(
      'Economic buyer, Paper process',
    );
    expect(call('MEDDPICC_GAPS', [[3, '', 2, 2, 1, 3, 3, 2]], 'zh')).toBe('经济买家、采购流程');
  });

  it('is blank for a fully qualified deal and spills for a range', () => {
    expect(
      call('MEDDPICC_GAPS', [
        [3, 3, 3, 3, 3, 3, 3, 3],
        [3, 3, 3, 3, 3, 3, 3, 1],
      ]),
    ).toEqual([[''], ['Competition']]);
  });
});
