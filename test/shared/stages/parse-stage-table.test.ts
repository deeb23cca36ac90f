import { describe, expect, it } from 'vitest';
import { createStageTable, findStage, parseStageTable } from '../../../shared/index';

describe('parseStageTable', () => {
  it('reads positional rows with fractions, percentages and text percentages', () => {
    const stages = parseStageTable(
      [
        ['Intro', 0.1, 'open'],
        ['Pilot', 60, 'open', 'trial, POC', 21],
        ['', '', ''],
        ['Signed', '100%', 'won'],
        ['Dropped', 0, '输单'],
      ],
      'STAGE_PROBABILITY',
    );
    expect(stages.map((s) => [s.name, s.probability, s.kind, s.order])).toEqual([
      ['Intro', 0.1, 'open', 1],
      ['Pilot', 0.6, 'open', 2],
      ['Signed', 1, 'won', 3],
      ['Dropped', 0, 'lost', 4],
    ]);
    expect(stages[1].aliases).toEqual(['trial', 'POC']);
    expect(stages[1].averageDays).toBe(21);
    expect(findStage(createStageTable(stages), 'poc')?.name).toBe('Pilot');
  });

  it('follows a header row in any column order, in Chinese too', () => {
    const stages = parseStageTable(
      [
        ['类型', '阶段', '概率', '中文名'],
        ['open', 'Intro', '10%', '初次接触'],
        ['won', 'Signed', 1, '签约'],
      ],
      'WIN_RATE',
    );
    expect(stages[0]).toMatchObject({ name: 'Intro', nameZh: '初次接触', probability: 0.1 });
    expect(stages[1].kind).toBe('won');
  });

  it('names the row and column of a bad probability', () => {
    expect(() => parseStageTable([['Intro', 'high', 'open']], 'STAGE_PROBABILITY')).toThrow(
      'STAGE_PROBABILITY: stage table row 1, column 2: probability must be between 0 and 1',
    );
  });

  it('names the row and column of a bad kind', () => {
    expect(() =>
      parseStageTable(
        [
          ['Intro', 0.1, 'open'],
          ['Signed', 1, 'closed'],
        ],
        'WIN_RATE',
      ),
    ).toThrow(
      'WIN_RATE: stage table row 2, column 3: kind must be open, won or lost (got "closed")',
    );
  });

  it('refuses a kind or header that only names a built-in object property', () => {
    // Words such as "constructor" exist on every JavaScript object; they are
    // not kinds or headers of the table.
    expect(() => parseStageTable([['Intro', 0.1, 'constructor']], 'WIN_RATE')).toThrow(
      'WIN_RATE: stage table row 1, column 3: kind must be open, won or lost (got "constructor")',
    );
    // Not taken for a header row, the first row is read as a stage.
    expect(() =>
      parseStageTable(
        [
          ['constructor', 'toString', 'hasOwnProperty'],
          ['Intro', 0.1, 'open'],
        ],
        'WIN_RATE',
      ),
    ).toThrow('WIN_RATE: stage table row 1, column 2: probability must be between 0 and 1');
  });

  it('rejects an empty table and a header without a probability column', () => {
    expect(() => parseStageTable([['', '']], 'F')).toThrow('F: the stage table is empty');
    expect(() =>
      parseStageTable(
        [
          ['Stage', 'Kind'],
          ['A', 'open'],
        ],
        'F',
      ),
    ).toThrow('F: stage table header has no "probability" column');
  });

  it('reads an optional forecast column for open stages', () => {
    const stages = parseStageTable(
      [
        ['Stage', 'Probability', 'Kind', 'Forecast'],
        ['Negotiation', '70%', 'open', 'Best Case'],
        ['Pilot', '60%', 'open', '肯定会成交'],
        ['Signed', '100%', 'won', 'Closed'],
      ],
      'Stages tab',
    );
    // playbook §3 category labels, English and Chinese
    expect(stages.map((s) => s.forecast)).toEqual(['bestCase', 'commit', undefined]);
    expect(() =>
      parseStageTable(
        [
          ['Stage', 'Probability', 'Kind', 'Forecast'],
          ['Pilot', 0.6, 'open', 'Maybe'],
        ],
        'Stages tab',
      ),
    ).toThrow(
      'Stages tab: stage table row 2, column 4: forecast must be Commit, Best Case, Pipeline or Upside (got "Maybe")',
    );
  });
});
