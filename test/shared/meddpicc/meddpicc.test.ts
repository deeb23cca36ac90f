import { describe, expect, it } from 'vitest';
import {
  MEDDPICC_ELEMENTS,
  meddpiccBand,
  meddpiccGaps,
  meddpiccTotal,
  parseMeddpiccScores,
} from '../../../shared/index';

describe('parseMeddpiccScores', () => {
  it('counts blanks as 1 and accepts numeric text', () => {
    // playbook §2: a blank score counts as 1 (unknown)
    expect(parseMeddpiccScores([3, '2', '', null, undefined, ' 3 ', 2, 1], 'MEDDPICC')).toEqual([
      3, 2, 1, 1, 1, 3, 2, 1,
    ]);
  });

  it('names the column and row of a score outside 1..3', () => {
    expect(() => parseMeddpiccScores([1, 1, 5, 1, 1, 1, 1, 1], 'MEDDPICC', 4)).toThrow(
      'MEDDPICC: score in column 3 of row 4 must be 1, 2 or 3 (got 5)',
    );
    expect(() => parseMeddpiccScores([1, 1, 1, 1, 1, 1, 1, 'yes'], 'MEDDPICC')).toThrow(
      'MEDDPICC: score in column 8 must be 1, 2 or 3 (got yes)',
    );
  });

  it('requires exactly eight scores', () => {
    expect(() => parseMeddpiccScores([1, 2, 3], 'MEDDPICC', 2)).toThrow(
      'MEDDPICC: expected 8 MEDDPICC scores in row 2 (got 3)',
    );
  });
});

describe('meddpiccTotal and meddpiccBand', () => {
  it('sums the eight scores', () => {
    // hand calculation: 3+3+2+2+1+3+2+1 = 17
    expect(meddpiccTotal([3, 3, 2, 2, 1, 3, 2, 1])).toBe(17);
    expect(meddpiccTotal([1, 1, 1, 1, 1, 1, 1, 1])).toBe(8);
    expect(meddpiccTotal([3, 3, 3, 3, 3, 3, 3, 3])).toBe(24);
  });

  it.each([
    // playbook §2 band table, both edges of every band
    [24, 'strong'],
    [20, 'strong'],
    [19, 'gaps'],
    [15, 'gaps'],
    [14, 'atRisk'],
    [10, 'atRisk'],
    [9, 'unqualified'],
    [8, 'unqualified'],
  ] as const)('puts a total of %i in band %s', (total, band) => {
    expect(meddpiccBand(total)).toBe(band);
  });

  it('rejects totals outside 8..24 and fractions', () => {
    expect(() => meddpiccBand(7)).toThrow('from 8 to 24 (got 7)');
    expect(() => meddpiccBand(25)).toThrow('(got 25)');
    expect(() => meddpiccBand(17.5)).toThrow('(got 17.5)');
  });
});

describe('meddpiccGaps', () => {
  it('lists the elements still at 1 in MEDDPICC order', () => {
    // playbook §2: the elements still at 1 are the gaps, in MEDDPICC order
    expect(meddpiccGaps([3, 1, 2, 2, 1, 3, 3, 1])).toEqual([
      'economicBuyer',
      'paperProcess',
      'competition',
    ]);
    expect(meddpiccGaps([3, 3, 3, 3, 3, 3, 3, 3])).toEqual([]);
    expect(meddpiccGaps([1, 1, 1, 1, 1, 1, 1, 1])).toEqual(MEDDPICC_ELEMENTS);
  });
});
