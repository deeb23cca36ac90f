import { type DayNumber, PlaybookError } from '../types';

/** Touches in one round of the rhythm (playbook §7: six touches within a month). */
export const ROUND_TOUCHES = 6;
/** Days after a round's first touch that still belong to the round ("within a month"). */
export const ROUND_DAYS = 30;
/** Shortest pause after a full round, counted from its last touch (playbook §7: 60-90 days). */
export const PAUSE_DAYS = 60;

/** Where a prospect stands in the six-touch rhythm on a given day. */
export type TouchRhythm =
  /** The round is open: touch again before `roundEnds` (its first touch + 30 days). */
  | { readonly kind: 'touch'; readonly touches: number; readonly roundEnds: DayNumber }
  /**
   * Six touches done: rest until `until` (the sixth touch + 60 days).
   * `early` counts touches made during the pause, which the rhythm advises against.
   */
  | { readonly kind: 'pause'; readonly until: DayNumber; readonly early: number }
  /** No round is open: the pause is over, or the last round ended short of six touches. */
  | { readonly kind: 'newRound'; readonly lastRound: number };

/**
 * The alternative outreach rhythm of playbook §7: six touches within a month,
 * then a pause of 60 to 90 days before the next round.
 *
 * A round starts with a touch and holds the touches made up to 30 days after
 * it (day 0 to day 30). The sixth touch closes the round and starts the pause,
 * which ends 60 days after that touch; the next touch from then on starts a new
 * round. Touches made during the pause do not restart anything: they are
 * counted in `early`. A round that reaches day 30 with fewer than six touches
 * is over without a pause (the playbook ties the pause to the six touches), so
 * a touch after day 30 starts a new round, and on a day after day 30 with no
 * such touch the answer is to start one. Same-day touches count separately.
 * Cost: O(n log n) for the sort.
 *
 * @param touches - the days the prospect was touched, in any order
 * @param asOf - the day to judge on (default: the last touch); no touch may be after it
 * @returns where the prospect stands, or `null` when there is no touch
 * @throws PlaybookError when a touch is after `asOf`
 * @example
 * touchRhythm([0, 3, 7, 12, 20, 29], 30) // => { kind: 'pause', until: 89, early: 0 }
 */
export function touchRhythm(touches: readonly DayNumber[], asOf?: DayNumber): TouchRhythm | null {
  if (touches.length === 0) return null;
  const days = [...touches].sort((a, b) => a - b);
  const last = days[days.length - 1];
  const today = asOf ?? last;
  if (last > today) {
    throw new PlaybookError(`touchRhythm: touch after asOf (${last})`);
  }
  let start = days[0];
  let count = 0;
  let pauseUntil: DayNumber | null = null;
  let early = 0;
  for (const day of days) {
    if (pauseUntil !== null && day < pauseUntil) {
      early++;
    } else if (pauseUntil !== null || day - start > ROUND_DAYS) {
      start = day;
      count = 1;
      pauseUntil = null;
      early = 0;
    } else if (++count === ROUND_TOUCHES) {
      pauseUntil = day + PAUSE_DAYS;
    }
  }
  if (pauseUntil !== null) {
    return today < pauseUntil
      ? { kind: 'pause', until: pauseUntil, early }
      : { kind: 'newRound', lastRound: ROUND_TOUCHES };
  }
  return today - start > ROUND_DAYS
    ? { kind: 'newRound', lastRound: count }
    : { kind: 'touch', touches: count, roundEnds: start + ROUND_DAYS };
}
