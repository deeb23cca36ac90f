import { describe, expect, it } from 'vitest';
import { type ActivityRow, activityByRep } from '../../../shared/metrics/activity-by-rep';
import { PlaybookError } from '../../../shared/types';

/** One rep's week of five working days with these totals. */
const week = (counts: ActivityRow['counts'], rep = 'Ana', row = 2): ActivityRow => ({
  rep,
  row,
  days: 5,
  counts,
});
const status = (rows: ActivityRow[]) =>
  Object.fromEntries(activityByRep(rows)[0].results.map((r) => [r.metric, r.status]));

describe('activityByRep', () => {
  it('puts each daily band edge on target and one below / above it off target (30-50 emails, 15-25 calls a day)', () => {
    // playbook §8; a week of 5 days: 150 emails = 30 a day, 250 = 50
    expect(status([week({ emails: 150, calls: 75 })])).toEqual({
      emails: 'onTarget',
      calls: 'onTarget',
    });
    expect(status([week({ emails: 250, calls: 125 })])).toEqual({
      emails: 'onTarget',
      calls: 'onTarget',
    });
    expect(status([week({ emails: 149, calls: 74 })])).toEqual({ emails: 'below', calls: 'below' });
    expect(status([week({ emails: 251, calls: 126 })])).toEqual({
      emails: 'above',
      calls: 'above',
    });
  });

  it('puts each weekly band edge on target: 8-12 meetings, 5-8 discovery calls, 3-5 demos, 2-3 proposals', () => {
    // playbook §8 weekly targets; one row of 5 days is one week
    const low = { meetings: 8, discoveryCalls: 5, demos: 3, proposals: 2 };
    const high = { meetings: 12, discoveryCalls: 8, demos: 5, proposals: 3 };
    const onTarget = {
      meetings: 'onTarget',
      discoveryCalls: 'onTarget',
      demos: 'onTarget',
      proposals: 'onTarget',
    };
    expect(status([week(low)])).toEqual(onTarget);
    expect(status([week(high)])).toEqual(onTarget);
    expect(status([week({ meetings: 7, discoveryCalls: 4, demos: 2, proposals: 1 })])).toEqual({
      meetings: 'below',
      discoveryCalls: 'below',
      demos: 'below',
      proposals: 'below',
    });
    expect(status([week({ meetings: 13, discoveryCalls: 9, demos: 6, proposals: 4 })])).toEqual({
      meetings: 'above',
      discoveryCalls: 'above',
      demos: 'above',
      proposals: 'above',
    });
  });

  it('reads about 35% on self-generated pipeline as 30%-40%, edges included', () => {
    // playbook §8 "about 35%", ACTIVITY_TARGETS band 0.3-0.4
    expect(status([week({ selfGeneratedShare: 0.3 })]).selfGeneratedShare).toBe('onTarget');
    expect(status([week({ selfGeneratedShare: 0.4 })]).selfGeneratedShare).toBe('onTarget');
    expect(status([week({ selfGeneratedShare: 0.29 })]).selfGeneratedShare).toBe('below');
    expect(status([week({ selfGeneratedShare: 0.41 })]).selfGeneratedShare).toBe('above');
  });

  it('turns days into weeks of five and weighs the share by days, per rep', () => {
    // hand calculation, Ana: 2 weeks + 2 single days = 12 days = 2.4 weeks;
    // emails (150 + 200 + 40 + 50) / 12 = 36.67 a day; meetings (10 + 9 + 2 + 3) / 2.4 = 10 a week;
    // share (0.4 × 5 + 0.2 × 5) / 10 = 0.3 (the days rows do not record it)
    const rows: ActivityRow[] = [
      week({ emails: 150, meetings: 10, selfGeneratedShare: 0.4 }, 'Ana', 2),
      week({ emails: 200, meetings: 9, selfGeneratedShare: 0.2 }, ' ana ', 3),
      { rep: 'Ben', row: 4, days: 1, counts: { calls: 12 } },
      { rep: 'Ana', row: 5, days: 1, counts: { emails: 40, meetings: 2 } },
      { rep: 'Ana', row: 6, days: 1, counts: { emails: 50, meetings: 3 } },
    ];
    const [ana, ben] = activityByRep(rows);
    expect(ana.rep).toBe('Ana');
    expect(ana.days).toBe(12);
    expect(ana.actuals.emails).toBeCloseTo(440 / 12, 12);
    expect(ana.actuals.meetings).toBeCloseTo(10, 12);
    expect(ana.actuals.selfGeneratedShare).toBeCloseTo(0.3, 12);
    expect(ana.actuals.calls).toBeUndefined();
    expect(ben).toMatchObject({ rep: 'Ben', days: 1, actuals: { calls: 12 } });
    expect(ben.results).toEqual([
      { metric: 'calls', actual: 12, min: 15, max: 25, per: 'day', status: 'below' },
    ]);
  });

  it('names the row of impossible days, a negative count or a share above 100%', () => {
    expect(() => activityByRep([{ rep: 'Ana', row: 4, days: 0, counts: {} }])).toThrow(
      new PlaybookError('activityByRep: days in row 4 must be above 0 and at most 7 (got 0)'),
    );
    expect(() => activityByRep([{ rep: 'Ana', row: 5, days: 8, counts: {} }])).toThrow(/row 5/);
    expect(() => activityByRep([week({ calls: -1 }, 'Ana', 6)])).toThrow(
      'activityByRep: calls in row 6 must be a number ≥ 0 (got -1)',
    );
    expect(() => activityByRep([week({ selfGeneratedShare: 35 }, 'Ana', 7)])).toThrow(
      'activityByRep: selfGeneratedShare in row 7 must be a share from 0% to 100% (got 35)',
    );
  });
});
