import { describe, expect, it } from 'vitest';
import { dealRisk } from '../../../shared/risk/deal-risk';
import { createStageTable } from '../../../shared/stages/create-stage-table';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';
import { type Deal, type MeddpiccScore, PlaybookError } from '../../../shared/types';

const asOf = 20_454; // 2026-01-01

/** An open deal with every hygiene field in order: no risk. */
const healthy: Deal = {
  row: 2,
  stage: 'Proposal',
  amount: 20_000,
  stageEntered: asOf - 5,
  lastActivity: asOf - 2,
  nextStep: 'Security review',
  nextStepDate: asOf + 3,
  closeDate: asOf + 30,
  contacts: 2,
  discount: 0.1,
  meddpicc: [3, 3, 3, 3, 2, 3, 2, 2],
};

/** The default stages with an average of 10 days in every open stage. */
const timedTable = createStageTable(
  DEFAULT_STAGES.map((stage) => (stage.kind === 'open' ? { ...stage, averageDays: 10 } : stage)),
);

const scores = (total: number): MeddpiccScore[] => {
  // spread a total of 8..24 over eight scores of 1..3
  const result: MeddpiccScore[] = [1, 1, 1, 1, 1, 1, 1, 1];
  let extra = total - 8;
  for (let i = 0; i < 8 && extra > 0; i++) {
    const add = Math.min(2, extra);
    result[i] = (1 + add) as MeddpiccScore;
    extra -= add;
  }
  return result;
};

describe('dealRisk', () => {
  it('is green with no reasons for a deal in good order', () => {
    expect(dealRisk(healthy, { asOf })).toEqual({ level: 'green', reasons: [] });
  });

  it('is green for closed deals whatever their fields say', () => {
    const closed = { ...healthy, nextStep: undefined, lastActivity: asOf - 400, discount: 0.5 };
    expect(dealRisk({ ...closed, stage: 'Closed Won' }, { asOf })).toEqual({
      level: 'green',
      reasons: [],
    });
    expect(dealRisk({ ...closed, stage: 'Closed Lost' }, { asOf }).level).toBe('green');
  });

  it('flags a missing next step and a missing next-step date, yellow', () => {
    // playbook §1: every open deal needs a next step and a next-step date
    const deal = { ...healthy, nextStep: '  ', nextStepDate: undefined };
    expect(dealRisk(deal, { asOf })).toEqual({
      level: 'yellow',
      reasons: ['noNextStep', 'noNextStepDate'],
    });
  });

  it('flags a next-step date before asOf but not one on asOf', () => {
    // playbook §1: a past next-step date is a flag
    expect(dealRisk({ ...healthy, nextStepDate: asOf - 1 }, { asOf })).toEqual({
      level: 'yellow',
      reasons: ['nextStepPast'],
    });
    expect(dealRisk({ ...healthy, nextStepDate: asOf }, { asOf }).reasons).toEqual([]);
  });

  it('flags a deal with no change for 14 days but not 13', () => {
    // playbook §1: no change for 14 days means re-qualify
    expect(dealRisk({ ...healthy, lastActivity: asOf - 13 }, { asOf }).reasons).toEqual([]);
    expect(dealRisk({ ...healthy, lastActivity: asOf - 14 }, { asOf })).toEqual({
      level: 'yellow',
      reasons: ['stale'],
    });
  });

  it('honours a custom stale threshold', () => {
    expect(
      dealRisk({ ...healthy, lastActivity: asOf - 7 }, { asOf, staleDays: 7 }).reasons,
    ).toEqual(['stale']);
  });

  it('is red when stale with a past or missing next step', () => {
    // documented level rule: no movement and no plan
    const stale = { ...healthy, lastActivity: asOf - 20 };
    expect(dealRisk({ ...stale, nextStepDate: asOf - 3 }, { asOf })).toEqual({
      level: 'red',
      reasons: ['stale', 'nextStepPast'],
    });
    expect(dealRisk({ ...stale, nextStep: undefined }, { asOf }).level).toBe('red');
  });

  it('is red when stalled: more than twice the stage average, not exactly twice', () => {
    // playbook §1: longer than 2x the stage's average time; average 10 → 21 days stalled, 20 not
    expect(dealRisk({ ...healthy, stageEntered: asOf - 20 }, { asOf, table: timedTable })).toEqual({
      level: 'green',
      reasons: [],
    });
    expect(dealRisk({ ...healthy, stageEntered: asOf - 21 }, { asOf, table: timedTable })).toEqual({
      level: 'red',
      reasons: ['stalled'],
    });
  });

  it('honours a custom stalled factor', () => {
    // hand calculation: 1.5 x 10 = 15 days; 16 days is stalled
    const deal = { ...healthy, stageEntered: asOf - 16 };
    expect(dealRisk(deal, { asOf, table: timedTable, stalledFactor: 1.5 }).reasons).toEqual([
      'stalled',
    ]);
  });

  it('does not judge stalling without a stage average or a stage-entered date', () => {
    expect(dealRisk({ ...healthy, stageEntered: asOf - 400 }, { asOf }).reasons).toEqual([]);
    const noEntry = { ...healthy, stageEntered: undefined };
    expect(dealRisk(noEntry, { asOf, table: timedTable }).reasons).toEqual([]);
  });

  it('is red when the expected close date has passed', () => {
    expect(dealRisk({ ...healthy, closeDate: asOf - 1 }, { asOf })).toEqual({
      level: 'red',
      reasons: ['closeDatePast'],
    });
    expect(dealRisk({ ...healthy, closeDate: asOf }, { asOf }).reasons).toEqual([]);
  });

  it('flags weak MEDDPICC: 10-14 at risk, 8-9 unqualified, 15 fine', () => {
    // playbook §2 band table
    expect(dealRisk({ ...healthy, meddpicc: scores(15) }, { asOf }).reasons).toEqual([]);
    expect(dealRisk({ ...healthy, meddpicc: scores(14) }, { asOf }).reasons).toEqual([
      'lowMeddpicc',
    ]);
    // scores(10) is 3,2,1,...: the economic buyer at 2 in Proposal also means no power
    expect(dealRisk({ ...healthy, meddpicc: scores(10) }, { asOf }).reasons).toEqual([
      'lowMeddpicc',
      'noPower',
    ]);
    expect(dealRisk({ ...healthy, meddpicc: scores(9) }, { asOf }).reasons).toEqual([
      'unqualified',
      'noPower',
    ]);
  });

  it('makes weak MEDDPICC red from Proposal on and yellow earlier', () => {
    // documented level rule: weak qualification in a 50%+ stage
    const weak = { ...healthy, meddpicc: scores(12) };
    expect(dealRisk({ ...weak, stage: 'Proposal' }, { asOf }).level).toBe('red');
    expect(dealRisk({ ...weak, stage: 'Negotiation' }, { asOf }).level).toBe('red');
    expect(dealRisk({ ...weak, stage: 'Evaluation' }, { asOf }).level).toBe('yellow');
    expect(dealRisk({ ...weak, stage: 'Prospecting', meddpicc: scores(8) }, { asOf }).level).toBe(
      'yellow',
    );
  });

  it('flags too few contacts for the deal size at the playbook boundaries', () => {
    // playbook §5: 24,999 needs 2; 25,000 needs 3; 100,001 needs 5
    expect(dealRisk({ ...healthy, amount: 24_999, contacts: 2 }, { asOf }).reasons).toEqual([]);
    expect(dealRisk({ ...healthy, amount: 25_000, contacts: 2 }, { asOf })).toEqual({
      level: 'yellow',
      reasons: ['underThreaded'],
    });
    expect(dealRisk({ ...healthy, amount: 100_000, contacts: 3 }, { asOf }).reasons).toEqual([]);
    expect(dealRisk({ ...healthy, amount: 100_001, contacts: 4 }, { asOf }).reasons).toEqual([
      'underThreaded',
    ]);
  });

  it('does not judge contacts when the count or the amount is blank', () => {
    expect(
      dealRisk({ ...healthy, contacts: undefined, amount: 500_000 }, { asOf }).reasons,
    ).toEqual([]);
    expect(dealRisk({ ...healthy, contacts: 1, amount: null }, { asOf }).reasons).toEqual([]);
  });

  it('flags a discount above 20% but not exactly 20%', () => {
    // playbook §5: never above 20%
    expect(dealRisk({ ...healthy, discount: 0.2 }, { asOf }).reasons).toEqual([]);
    expect(dealRisk({ ...healthy, discount: 0.2001 }, { asOf })).toEqual({
      level: 'yellow',
      reasons: ['discountTooHigh'],
    });
  });

  it('rejects a discount outside 0..1, naming the row', () => {
    expect(() => dealRisk({ ...healthy, discount: 20 }, { asOf })).toThrow(
      'dealRisk: discount in row 2 must be a fraction from 0 to 1 (got 20)',
    );
  });

  it('rejects an unknown stage, naming the row', () => {
    expect(() => dealRisk({ ...healthy, stage: 'Pilot' }, { asOf })).toThrow(PlaybookError);
    expect(() => dealRisk({ ...healthy, stage: 'Pilot' }, { asOf })).toThrow(/"Pilot" in row 2/);
  });

  it('lists several reasons in the documented order', () => {
    const deal: Deal = {
      row: 9,
      stage: 'Discovery',
      amount: 150_000,
      contacts: 1,
      discount: 0.3,
      lastActivity: asOf - 30,
      meddpicc: scores(9),
      closeDate: asOf - 10,
    };
    expect(dealRisk(deal, { asOf })).toEqual({
      level: 'red',
      reasons: [
        'closeDatePast',
        'stale',
        'noNextStep',
        'noNextStepDate',
        'unqualified',
        'underThreaded',
        'discountTooHigh',
      ],
    });
  });

  describe('no power (economic buyer below 3 at Proposal or later)', () => {
    // healthy scores 3,3,3,3,2,3,2,2: only the economic buyer (element 2) changes below
    const withEb = (eb: MeddpiccScore, stage: string): Deal => ({
      ...healthy,
      stage,
      meddpicc: [3, eb, 3, 3, 2, 3, 2, 2],
    });

    it('flags an economic buyer scored 2 at Proposal (50%) and makes the deal red', () => {
      expect(dealRisk(withEb(2, 'Proposal'), { asOf })).toEqual({
        level: 'red',
        reasons: ['noPower'],
      });
      expect(dealRisk(withEb(1, 'Negotiation'), { asOf }).reasons).toEqual(['noPower']);
    });

    it('does not flag an economic buyer scored 3 at Proposal', () => {
      expect(dealRisk(withEb(3, 'Proposal'), { asOf })).toEqual({ level: 'green', reasons: [] });
    });

    it('does not flag the stage before Proposal (Evaluation, 30%), whatever the score', () => {
      expect(dealRisk(withEb(2, 'Evaluation'), { asOf }).reasons).toEqual([]);
      expect(dealRisk(withEb(1, 'Evaluation'), { asOf }).reasons).toEqual([]);
    });

    it('counts a blank economic buyer score as 1 and skips deals without scores', () => {
      // playbook §2: a blank score counts as 1 (ingestion already stores it as 1)
      expect(dealRisk(withEb(1, 'Proposal'), { asOf }).reasons).toEqual(['noPower']);
      expect(dealRisk({ ...healthy, meddpicc: undefined }, { asOf }).reasons).toEqual([]);
    });

    it('ignores closed deals', () => {
      expect(dealRisk(withEb(1, 'Closed Won'), { asOf })).toEqual({ level: 'green', reasons: [] });
    });
  });

  describe('stalled-deal checklist', () => {
    const all = [
      'championIdentified',
      'economicBuyerMet',
      'compellingEvent',
      'costOfInaction',
      'objectionsResolved',
      'competitorNotBlocking',
      'championEngaged',
      'multiThreaded',
    ] as const;

    it('is no risk when all eight items are answered', () => {
      expect(dealRisk(healthy, { asOf, checklist: all })).toEqual({ level: 'green', reasons: [] });
    });

    it('is a yellow risk when one item is unanswered (playbook §5: each is a risk)', () => {
      expect(dealRisk(healthy, { asOf, checklist: all.slice(0, 7) })).toEqual({
        level: 'yellow',
        reasons: ['checklistOpen'],
      });
      expect(dealRisk(healthy, { asOf, checklist: [] }).reasons).toEqual(['checklistOpen']);
    });

    it('says nothing when the sheet keeps no checklist', () => {
      expect(dealRisk(healthy, { asOf }).reasons).toEqual([]);
    });

    it('ignores a closed deal with an empty checklist', () => {
      expect(
        dealRisk({ ...healthy, stage: 'Closed Lost' }, { asOf, checklist: [] }).reasons,
      ).toEqual([]);
    });
  });
});
