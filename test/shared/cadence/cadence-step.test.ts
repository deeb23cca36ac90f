import { describe, expect, it } from 'vitest';
import { cadenceStep } from '../../../shared/cadence/cadence-step';
import { PlaybookError } from '../../../shared/types';

describe('cadenceStep', () => {
  it('gives the scheduled touches on a sequence day', () => {
    // playbook §7: day 1 personalised email + LinkedIn connect
    expect(cadenceStep(1)).toEqual({
      kind: 'touch',
      day: 1,
      touches: [
        { channel: 'email', action: 'personalEmail' },
        { channel: 'linkedin', action: 'linkedinConnect' },
      ],
      callTriggered: false,
    });
    // playbook §7: day 14 last call
    expect(cadenceStep(14)).toMatchObject({
      kind: 'touch',
      touches: [{ channel: 'call', action: 'lastCall' }],
    });
  });

  it('has nothing due on the days between touches', () => {
    // playbook §7: no touch on days 2, 4, 6, 8, 9, 11, 12, 13
    for (const day of [2, 4, 6, 8, 9, 11, 12, 13])
      expect(cadenceStep(day), `day ${day}`).toBeNull();
  });

  it('stops the sequence after any reply', () => {
    // playbook §7: any reply stops the sequence
    expect(cadenceStep(3, { replied: true })).toBeNull();
    expect(cadenceStep(20, { replied: true })).toBeNull();
  });

  it('demotes to tier 3 with a 90-day retry after day 14 with no response', () => {
    // playbook §7: no response at the end demotes to tier 3, retry in 90 days
    expect(cadenceStep(15)).toEqual({ kind: 'demote', day: 15, toTier: 3, retryInDays: 90 });
    expect(cadenceStep(30)).toMatchObject({ kind: 'demote' });
  });

  it('calls after three opens without a reply, even on a quiet day', () => {
    // playbook §7: three opens without a reply trigger a call
    expect(cadenceStep(4, { opensWithoutReply: 2 })).toBeNull();
    expect(cadenceStep(4, { opensWithoutReply: 3 })).toEqual({
      kind: 'touch',
      day: 4,
      touches: [{ channel: 'call', action: 'call' }],
      callTriggered: true,
    });
  });

  it('adds the triggered call before the day touches, once', () => {
    expect(cadenceStep(3, { opensWithoutReply: 4 })).toEqual({
      kind: 'touch',
      day: 3,
      touches: [
        { channel: 'call', action: 'call' },
        { channel: 'email', action: 'valueEmail' },
      ],
      callTriggered: true,
    });
    // day 7 already has a call: no second one
    const day7 = cadenceStep(7, { opensWithoutReply: 3 });
    expect(day7?.kind === 'touch' && day7.touches.map((t) => t.action)).toEqual([
      'call',
      'voicemailEmail',
    ]);
  });

  it('rejects a day that is not a whole number from 1, or a bad open count', () => {
    expect(() => cadenceStep(0)).toThrow(PlaybookError);
    expect(() => cadenceStep(2.5)).toThrow(
      'cadenceStep: day must be a whole number from 1 (got 2.5)',
    );
    expect(() => cadenceStep(2, { opensWithoutReply: -1 })).toThrow(PlaybookError);
  });
});
