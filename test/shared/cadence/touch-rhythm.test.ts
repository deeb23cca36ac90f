import { describe, expect, it } from 'vitest';
import {
  PAUSE_DAYS,
  ROUND_DAYS,
  ROUND_TOUCHES,
  touchRhythm,
} from '../../../shared/cadence/touch-rhythm';
import { PlaybookError } from '../../../shared/types';

// Day numbers are counted from the round's first touch (day 0) unless said otherwise.
const round = (sixth: number) => [0, 3, 7, 12, 20, sixth];

describe('touchRhythm', () => {
  it("encodes the playbook's rhythm: six touches within a month, then a 60-day pause", () => {
    // playbook §7: six touches within a month, then a 60-90 day pause
    expect([ROUND_TOUCHES, ROUND_DAYS, PAUSE_DAYS]).toEqual([6, 30, 60]);
  });

  it('asks for another touch while the round is open, with the day the round ends', () => {
    expect(touchRhythm([0])).toEqual({ kind: 'touch', touches: 1, roundEnds: 30 });
    // five touches in, judged on day 25: one more due by day 30 (0 + 30)
    expect(touchRhythm([0, 3, 7, 12, 20], 25)).toEqual({
      kind: 'touch',
      touches: 5,
      roundEnds: 30,
    });
    // the round is still open on day 30 itself
    expect(touchRhythm([0, 3], 30)).toMatchObject({ kind: 'touch', touches: 2 });
  });

  it('starts the pause at the sixth touch on day 29 or 30, until that touch + 60 days', () => {
    // hand calculation: 29 + 60 = 89, 30 + 60 = 90
    expect(touchRhythm(round(29))).toEqual({ kind: 'pause', until: 89, early: 0 });
    expect(touchRhythm(round(30))).toEqual({ kind: 'pause', until: 90, early: 0 });
  });

  it('counts a sixth touch on day 31 as the first of a new round (only five fell within the month)', () => {
    expect(touchRhythm(round(31))).toEqual({ kind: 'touch', touches: 1, roundEnds: 61 });
  });

  it('ends the pause on the sixth touch + 60 days, not a day earlier', () => {
    // sixth touch on day 29: day 88 (+59) is still paused, day 89 (+60) opens a new round
    expect(touchRhythm(round(29), 29 + 59)).toEqual({ kind: 'pause', until: 89, early: 0 });
    expect(touchRhythm(round(29), 29 + 60)).toEqual({ kind: 'newRound', lastRound: 6 });
  });

  it('counts touches made during the pause without restarting it', () => {
    expect(touchRhythm([...round(29), 50, 60], 70)).toEqual({ kind: 'pause', until: 89, early: 2 });
  });

  it('starts a new round with a touch on or after the pause end', () => {
    expect(touchRhythm([...round(29), 89], 95)).toEqual({
      kind: 'touch',
      touches: 1,
      roundEnds: 119,
    });
  });

  it('closes a round that reaches day 30 short of six touches, without a pause', () => {
    // four touches, judged on day 31: the month is over, start a new round
    expect(touchRhythm([0, 5, 10, 15], 31)).toEqual({ kind: 'newRound', lastRound: 4 });
  });

  it('reads the touches in any order and same-day touches separately', () => {
    expect(touchRhythm([20, 0, 12, 3, 7, 7])).toEqual({ kind: 'pause', until: 80, early: 0 });
  });

  it('answers null with no touch and refuses a touch after the as-of day', () => {
    expect(touchRhythm([])).toBeNull();
    expect(() => touchRhythm([0, 10], 5)).toThrow(PlaybookError);
  });
});
