import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

// WEIGHTED_PIPELINE and the readers it shares with the other column formulas
// (byRow, readNumber, readStage), beyond the cases in pipeline-math.test.ts.
// Probabilities are the playbook §1 defaults: Prospecting 5%, Discovery 15%,
// Evaluation 30%, Proposal 50%, Negotiation 75%, Closed Won 100%, Closed Lost 0%.
const addon = loadAddon({ services: false });
const call = addon.call;
const KNOWN =
  'expected one of: Prospecting, Discovery, Evaluation, Proposal, Negotiation, Closed Won, Closed Lost';

describe('WEIGHTED_PIPELINE shapes', () => {
  it('takes single values and one-row ranges as one deal', () => {
    // hand calculation: 1,000 × 0.5 = 500
    expect(call('WEIGHTED_PIPELINE', 1000, 'Proposal')).toBe(500);
    expect(call('WEIGHTED_PIPELINE', [[1000]], [['Proposal']])).toBe(500);
    expect(call('WEIGHTED_PIPELINE', '', '')).toBe(0);
  });

  it('reuses a single amount on every row of a stage column', () => {
    // hand calculation: 1,000 × 0.5 + 1,000 × 0.75 + Closed Won left out = 1,250
    expect(call('WEIGHTED_PIPELINE', 1000, [['Proposal'], ['Negotiation'], ['Won']])).toBe(1250);
  });

  it('reads a plain list as a column and leaves the list as it was', () => {
    // hand calculation: 100 × 0.5 + 200 × 0.75 = 200
    const amounts = [100, 200];
    const stages = ['Proposal', 'Negotiation'];
    expect(call('WEIGHTED_PIPELINE', amounts, stages)).toBe(200);
    expect(amounts).toEqual([100, 200]);
    expect(stages).toEqual(['Proposal', 'Negotiation']);
  });

  it('asks for one column per argument', () => {
    expect(() => call('WEIGHTED_PIPELINE', [[1, 2]], [['Proposal']])).toThrow(
      'WEIGHTED_PIPELINE: amounts must be a single column (got 2 columns in row 1)',
    );
  });
});

describe('WEIGHTED_PIPELINE cells', () => {
  it('reads amounts written as text and stages in Chinese, as aliases and in any case', () => {
    // hand calculation: $1,200 × 0.5 (提案阶段 = Proposal) + 12,000 × 0.3 (demo = Evaluation)
    // + 2,000 × 0.75 (NEGOTIATION) + 0 for a blank amount at Discovery = 600 + 3,600 + 1,500 = 5,700
    const amounts = [['$1,200'], ['12k'], [2000], ['']];
    const stages = [['提案阶段'], ['demo'], ['NEGOTIATION'], [' Discovery ']];
    expect(call('WEIGHTED_PIPELINE', amounts, stages)).toBe(5700);
  });

  it('gives the same stage to every spelling of it, however often it repeats', () => {
    // 50,000 rows of 1,000 cycling through ' proposal', 'Proposal', 'PROPOSAL', 'Closed-Won':
    // 12,500 cycles × 3 × 500 = 18,750,000 (sums of multiples of 500 are exact in doubles)
    const names = [' proposal', 'Proposal', 'PROPOSAL', 'Closed-Won'];
    const amounts = Array.from({ length: 50_000 }, () => [1000]);
    const stages = Array.from({ length: 50_000 }, (_, i) => [names[i % 4]]);
    expect(call('WEIGHTED_PIPELINE', amounts, stages)).toBe(18_750_000);
  });

  it('counts nothing for a blank row or a whitespace stage with no amount', () => {
    // hand calculation: only 400 × 0.05 (Prospecting) = 20
    expect(call('WEIGHTED_PIPELINE', [[''], [400], [null]], [['  '], ['Prospecting'], ['']])).toBe(
      20,
    );
  });

  it('names the row of an amount with a blank stage, spaces included', () => {
    expect(() => call('WEIGHTED_PIPELINE', [[100], [200]], [['Proposal'], ['   ']])).toThrow(
      'WEIGHTED_PIPELINE: stages in row 2 must be a stage name when the row has an amount (got blank)',
    );
    expect(() => call('WEIGHTED_PIPELINE', 100, '')).toThrow(
      'WEIGHTED_PIPELINE: stages must be a stage name when the row has an amount (got blank)',
    );
  });

  it('still rejects an unknown stage on a row without an amount', () => {
    expect(() => call('WEIGHTED_PIPELINE', [[''], [5]], [['Pilot'], ['Proposal']])).toThrow(
      `WEIGHTED_PIPELINE: stages in row 1: Unknown stage "Pilot"; ${KNOWN}`,
    );
    // A number in the stage column is looked up as its text.
    expect(() => call('WEIGHTED_PIPELINE', [[5], [5]], [['Proposal'], [3]])).toThrow(
      `WEIGHTED_PIPELINE: stages in row 2: Unknown stage "3"; ${KNOWN}`,
    );
  });

  it('names the row and value of an amount that is not an amount', () => {
    const stages = [['Proposal'], ['Proposal']];
    const bad: [unknown, string][] = [
      [-5, '-5'],
      ['abc', '"abc"'],
      [true, 'TRUE'],
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
    ];
    for (const [value, shown] of bad) {
      expect(() => call('WEIGHTED_PIPELINE', [[1], [value]], stages)).toThrow(
        `WEIGHTED_PIPELINE: amounts in row 2 must be an amount of 0 or more (got ${shown})`,
      );
    }
  });

  it('reports the first bad row, its amount before its stage', () => {
    expect(() =>
      call('WEIGHTED_PIPELINE', [[1], ['x'], [-1]], [['Pilot'], ['Pilot'], ['']]),
    ).toThrow(`WEIGHTED_PIPELINE: stages in row 1: Unknown stage "Pilot"; ${KNOWN}`);
    expect(() => call('WEIGHTED_PIPELINE', [[1], ['x']], [['Proposal'], ['Pilot']])).toThrow(
      'WEIGHTED_PIPELINE: amounts in row 2 must be an amount of 0 or more (got "x")',
    );
  });
});

describe('stage tables from call to call', () => {
  const table = [
    ['Name', 'Probability', 'Kind'],
    ['Intro', '10%', 'open'],
    ['Proposal', '40%', 'open'],
    ['Signed', 1, 'won'],
  ];

  it('looks each call up in its own table', () => {
    // hand calculation: 1,000 × 0.4 with the team table, × 0.5 with the playbook's, in turns
    expect(call('WEIGHTED_PIPELINE', [[1000]], [['Proposal']], table)).toBe(400);
    expect(call('WEIGHTED_PIPELINE', [[1000]], [['Proposal']])).toBe(500);
    expect(call('WEIGHTED_PIPELINE', [[1000]], [['Proposal']], table)).toBe(400);
    expect(call('STAGE_PROBABILITY', 'Intro', table)).toBe(0.1);
    expect(() => call('STAGE_PROBABILITY', 'Intro')).toThrow(
      `STAGE_PROBABILITY: stage: Unknown stage "Intro"; ${KNOWN}`,
    );
    expect(call('STAGE_PROBABILITY', [['Intro'], ['Proposal']], table)).toEqual([[0.1], [0.4]]);
  });
});
